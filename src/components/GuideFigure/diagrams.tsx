import {useId, type ReactNode} from 'react';
import clsx from 'clsx';
import {
  contractPatternDiagram,
  customerSystemsDiagram,
  figure2Diagram,
  figure3Diagram,
  figure8Diagram,
  patterns,
} from '@site/src/catalog';
import type {PatternId, Text} from '@site/src/catalog';
import {useText} from '@site/src/hooks/useLocale';
import styles from './diagrams.module.css';

/*
 * The guide's diagrams, drawn in HTML (and SVG for the contract lines) from
 * the catalog, so that their words are text: readable by screen readers,
 * found by search, copyable, and translated like the rest of the page.
 */

const useT = useText;

/** A row of boxes, one per text. */
function BoxList({items, className}: {items: readonly Text[]; className?: string}): ReactNode {
  const t = useT();
  return (
    <ul className={clsx(styles.plain, className ?? styles.row)}>
      {items.map((item, i) => (
        <li key={i} className={clsx(styles.box, styles.small)}>
          {t(item)}
        </li>
      ))}
    </ul>
  );
}

/** A plain bulleted list of texts. */
function TextList({items}: {items: readonly Text[]}): ReactNode {
  const t = useT();
  return (
    <ul>
      {items.map((item, i) => (
        <li key={i}>{t(item)}</li>
      ))}
    </ul>
  );
}

/** 図表2: the three categories of ASP・SaaS, and partnership across them. */
export function ServiceSystems(): ReactNode {
  const t = useT();
  const d = figure2Diagram;
  return (
    <div className={styles.diagram}>
      <p className={styles.groupLabel}>
        {t(d.systemLabel)} — {t(d.categoryBasis)}
      </p>
      <ul className={clsx(styles.row, styles.plain)}>
        {d.categories.map((c, i) => (
          <li key={i} className={styles.box}>
            {t(c)}
          </li>
        ))}
      </ul>
      <div className={styles.across} role="note">
        <span className={styles.arrowBoth} aria-hidden="true" />
        <strong>{t(d.crossCategory)}</strong>
        <span>{t(d.crossCategoryEffect)}</span>
      </div>
      <p className={styles.groupLabel}>{t(d.significanceLabel)}</p>
      <BoxList items={d.exampleApplications} className={styles.chain} />
      <p className={styles.effect}>{t(d.exampleEffect)}</p>
    </div>
  );
}

/** 図表3: what providers and users each want from a partnership. */
export function PartnershipPurposes(): ReactNode {
  const t = useT();
  const d = figure3Diagram;
  return (
    <div className={styles.diagram}>
      <div className={styles.vendors}>
        {d.vendors.map((vendor, i) => (
          <div key={i} className={styles.vendor}>
            <p className={styles.boxTitle}>{t(vendor)}</p>
            <p className={clsx(styles.box, styles.small)}>{t(d.functions[i])}</p>
            <p className={styles.muted}>{t(d.formerOfferings[i])}</p>
            <p className={styles.customer}>
              {t(d.customers[i].name)}
              {d.customers[i].note && <span className={styles.muted}>{t(d.customers[i].note!)}</span>}
            </p>
          </div>
        ))}
        <p className={styles.link}>
          <span className={styles.arrowBoth} aria-hidden="true" />
          {t(d.integration)}
        </p>
      </div>
      <p className={styles.banner}>{t(d.combinedOffer)}</p>
      <div className={styles.purposes}>
        {(
          [
            [d.providerPurposesLabel, d.providerPurposes],
            [d.customerPurposesLabel, d.customerPurposes],
          ] as const
        ).map(([label, list], i) => (
          <section key={i} className={styles.purposeGroup}>
            <p className={styles.boxTitle}>{t(label)}</p>
            <dl className={styles.defs}>
              {list.map((p, j) => (
                <div key={j}>
                  <dt>{t(p.label)}</dt>
                  <dd>{t(p.text)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <p className={styles.note}>{t(d.note)}</p>
    </div>
  );
}

function ContractModel({pattern}: {pattern: PatternId}): ReactNode {
  const t = useT();
  const markerId = `arrow-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const d = contractPatternDiagram;
  const p = patterns.find((x) => x.id === pattern)!;
  const caption = pattern === 'p1' ? d.p1Caption : d.p2Caption;
  const contracts = pattern === 'p1' ? [0, 1] : [0];
  const description =
    pattern === 'p1'
      ? `${t(d.customer)} → ${t(d.providers[0])}: ${t(d.contract)}; ${t(d.customer)} → ${t(d.providers[1])}: ${t(d.contract)}`
      : `${t(d.customer)} → ${t(d.providers[0])}: ${t(d.contract)}`;
  // Box centres on a 380 × 230 canvas: services at the top, the customer
  // below; wide enough for the English names.
  const serviceX = [94, 286];
  return (
    <div className={styles.model}>
      <svg viewBox="0 0 380 230" className={styles.svg} role="img" aria-label={description}>
        {serviceX.map((x, i) => (
          <g key={i}>
            <rect x={x - 84} y={10} width={168} height={44} rx={6} className={styles.svgBox} />
            <text x={x} y={30} textAnchor="middle" className={styles.svgName}>
              {t(d.services[i])}
            </text>
            <text x={x} y={47} textAnchor="middle" className={styles.svgSmall}>
              {t(d.providers[i])}
            </text>
          </g>
        ))}
        <line
          x1={180}
          y1={32}
          x2={200}
          y2={32}
          className={styles.svgLink}
          markerStart={`url(#${markerId})`}
          markerEnd={`url(#${markerId})`}
        />
        <text x={190} y={72} textAnchor="middle" className={styles.svgSmall}>
          {t(d.link)}
        </text>
        {contracts.map((i) => (
          <g key={i}>
            <line x1={190} y1={176} x2={serviceX[i]} y2={56} className={styles.svgContract} />
            <text
              x={(190 + serviceX[i]) / 2 + (i === 0 ? -10 : 10)}
              y={122}
              textAnchor={i === 0 ? 'end' : 'start'}
              className={styles.svgSmall}
            >
              {t(d.contract)}
            </text>
          </g>
        ))}
        <rect x={100} y={176} width={180} height={40} rx={20} className={styles.svgCustomer} />
        <text x={190} y={201} textAnchor="middle" className={styles.svgText}>
          {t(d.customer)}
        </text>
        <defs>
          <marker
            id={markerId}
            viewBox="0 0 10 10"
            refX="5"
            refY="5"
            markerWidth="5"
            markerHeight="5"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" className={styles.svgArrow} />
          </marker>
        </defs>
      </svg>
      <p className={styles.modelNote}>{t(p.responsibility)}</p>
      <p className={styles.modelCaption}>{t(caption)}</p>
    </div>
  );
}

/** 図表4 (both patterns), 図表5 (pattern 1), 図表6 (pattern 2). */
export function ContractModels({show}: {show: 'both' | PatternId}): ReactNode {
  const list: PatternId[] = show === 'both' ? ['p1', 'p2'] : [show];
  return (
    <div className={clsx(styles.diagram, styles.models)}>
      {list.map((p) => (
        <ContractModel key={p} pattern={p} />
      ))}
    </div>
  );
}

/** 図表8: who agrees what with whom when one provider contracts the customer. */
export function PartnershipAgreements(): ReactNode {
  const t = useT();
  const d = figure8Diagram;
  return (
    <div className={clsx(styles.diagram, styles.fig8)}>
      <p className={clsx(styles.box, styles.customerBox)}>{t(d.customer)}</p>
      <div className={styles.between}>
        <span className={styles.arrowVertical} aria-hidden="true" />
        <ul className={clsx(styles.tags, styles.plain)}>
          {d.customerAgreements.map((a, i) => (
            <li key={i} className={styles.tag}>
              {t(a)}
            </li>
          ))}
        </ul>
        <div className={styles.itemsBox}>
          <span className={styles.boxTitle}>{t(d.contractItemsLabel)}</span>
          <TextList items={d.contractItems} />
        </div>
        <div>
          <ul className={clsx(styles.tags, styles.plain)}>
            {d.dottedAgreements.map((a, i) => (
              <li key={i} className={clsx(styles.tag, styles.dotted)}>
                {t(a)}
              </li>
            ))}
          </ul>
        </div>
      </div>
      <div className={styles.providerFrame}>
        <p className={styles.frameLabel}>{t(d.serviceProvider)}</p>
        <div className={styles.providerRow}>
          <p className={styles.box}>{t(d.providerA)}</p>
          <div className={styles.providerLinks}>
            <div className={styles.itemsBox}>
              <span className={styles.boxTitle}>{t(d.providerAgreementsLabel)}</span>
              <TextList items={d.providerAgreements} />
            </div>
            <div className={styles.itemsBox}>
              <span className={styles.boxTitle}>{t(d.technicalLabel)}</span>
              <TextList items={d.technicalAgreements} />
            </div>
          </div>
          <p className={styles.box}>{t(d.providerB)}</p>
        </div>
      </div>
      <p className={styles.note}>{t(d.dottedNote)}</p>
    </div>
  );
}

/** The unnumbered drawing in 図表27: the customer's own systems beside the partnered services. */
export function CustomerSystems(): ReactNode {
  const t = useT();
  const d = customerSystemsDiagram;
  return (
    <div className={clsx(styles.diagram, styles.sides)}>
      <section className={styles.side}>
        <BoxList items={d.partneredServices} />
        <p className={styles.muted}>
          {t(d.link)} · {t(d.partneredContract)}
        </p>
      </section>
      <section className={clsx(styles.side, styles.center)}>
        <span className={styles.arrowBoth} aria-hidden="true" />
        <p>
          <strong>{t(d.responsibilityAgreement)}</strong>
        </p>
        <p className={styles.muted}>{t(d.incorporation)}</p>
      </section>
      <section className={styles.side}>
        <p className={styles.boxTitle}>{t(d.existingSystemsLabel)}</p>
        <BoxList items={d.existingSystems} />
      </section>
    </div>
  );
}
