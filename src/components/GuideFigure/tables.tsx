import type {ReactNode} from 'react';
import {
  agreements,
  authLayers,
  customerAgreements,
  customerWatch,
  figure7Heading,
  guidelineRequirements,
  guidelines,
  labels,
  logItems,
  masterDataTasks,
  patterns,
  phaseActionGroups,
  phases,
  providerAgreements,
  techProcessNote,
  techProcessRows,
  techRequirements,
  techStages,
} from '@site/src/catalog';
import type {Agreement, AgreementItem, FigureNo, Text} from '@site/src/catalog';
import {useLocale} from '@site/src/hooks/useLocale';
import BulletList from '@site/src/components/BulletList';
import Term from '@site/src/components/Term';
import {CustomerSystems} from './diagrams';
import styles from './styles.module.css';

function Scroll({children}: {children: ReactNode}): ReactNode {
  // A focusable scroll box, so that keyboard users can scroll a wide table.
  return (
    <div className="table-scroll" tabIndex={0} role="group">
      {children}
    </div>
  );
}

function Th({label, scope = 'col'}: {label: Text; scope?: 'col' | 'row'}): ReactNode {
  const locale = useLocale();
  return <th scope={scope}>{label[locale]}</th>;
}

/** 図表7: the actions of each phase. */
export function PhaseActionsTable(): ReactNode {
  const locale = useLocale();
  return (
    <Scroll>
      <table className={styles.table}>
        <thead>
          <tr>
            <Th label={labels.phase} />
            <Th label={figure7Heading.labels} />
            <Th label={figure7Heading.column} />
          </tr>
        </thead>
        <tbody>
          {phases.map((phase) => {
            const groups = phaseActionGroups.filter((g) => g.phase === phase.id);
            return groups.map((group, i) => (
              <tr key={group.id}>
                {i === 0 && (
                  <th scope="rowgroup" rowSpan={groups.length} className={styles.rowHead}>
                    {phase.name[locale]}
                  </th>
                )}
                <td>
                  {group.area && <strong className={styles.area}>{group.area[locale]}</strong>}
                  <BulletList items={group.labels} />
                </td>
                <td>
                  <BulletList items={group.actions} />
                </td>
              </tr>
            ));
          })}
        </tbody>
      </table>
    </Scroll>
  );
}

/** 図表9: the provider-to-provider agreements by phase. */
export function ProviderOverviewTable(): ReactNode {
  const locale = useLocale();
  return (
    <Scroll>
      <table className={styles.table}>
        <thead>
          <tr>
            <Th label={labels.phase} />
            <Th label={labels.agreementName} />
            <Th label={labels.agreementContent} />
          </tr>
        </thead>
        <tbody>
          {phases.map((phase) => {
            const rows = providerAgreements.filter((a) => a.phase === phase.id);
            return rows.map((agreement, i) => (
              <tr key={agreement.id}>
                {i === 0 && (
                  <th scope="rowgroup" rowSpan={rows.length} className={styles.rowHead}>
                    {phase.figure9Label[locale]}
                  </th>
                )}
                <th scope="row">
                  <Term text={agreement.name} />
                </th>
                <td>
                  <BulletList items={agreement.overview} />
                </td>
              </tr>
            ));
          })}
        </tbody>
      </table>
    </Scroll>
  );
}

/** 図表26: the provider–customer agreements. */
export function CustomerOverviewTable(): ReactNode {
  return (
    <Scroll>
      <table className={styles.table}>
        <thead>
          <tr>
            <Th label={labels.item} />
            <Th label={labels.itemOverview} />
          </tr>
        </thead>
        <tbody>
          {customerAgreements.map((agreement) => (
            <tr key={agreement.id}>
              <th scope="row">
                <Term text={agreement.name} />
              </th>
              <td>
                <BulletList items={agreement.overview} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

function ItemRows({items}: {items: readonly AgreementItem[]}): ReactNode {
  return (
    <>
      {items.map((item) => (
        <tr key={item.id} id={`item-${item.id}`}>
          <th scope="row">
            <Term text={item.name} />
          </th>
          <td>
            <BulletList items={item.notes} />
          </td>
        </tr>
      ))}
    </>
  );
}

function ItemTable({items, caption}: {items: readonly AgreementItem[]; caption?: Text}): ReactNode {
  const locale = useLocale();
  return (
    <Scroll>
      <table className={styles.table}>
        {caption && <caption className={styles.subCaption}>{caption[locale]}</caption>}
        <colgroup>
          <col className={styles.nameCol} />
          <col />
        </colgroup>
        <thead>
          <tr>
            <Th label={labels.item} />
            <Th label={labels.itemNotes} />
          </tr>
        </thead>
        <tbody>
          <ItemRows items={items} />
        </tbody>
      </table>
    </Scroll>
  );
}

function agreementForFigure(n: FigureNo): Agreement {
  const found = agreements.find((a) => a.figure === n);
  if (!found) throw new Error(`No agreement has figure ${n}`);
  return found;
}

/** 図表10–17 and 27–30: an agreement's items; 図表27 in its three variants. */
export function AgreementTable({n}: {n: FigureNo}): ReactNode {
  const agreement = agreementForFigure(n);
  if (agreement.variants) {
    return (
      <>
        {agreement.variants.map((variant) => (
          <div key={variant.id}>
            {variant.id === 'customerSystems' && <CustomerSystems />}
            <ItemTable items={variant.items} caption={variant.name} />
          </div>
        ))}
      </>
    );
  }
  return <ItemTable items={agreement.items} />;
}

/** 図表18 */
export function TechRequirementsTable(): ReactNode {
  return (
    <Scroll>
      <table className={styles.table}>
        <thead>
          <tr>
            <Th label={labels.techRequirement} />
            <Th label={labels.techConsiderations} />
          </tr>
        </thead>
        <tbody>
          {techRequirements.map((req) => (
            <tr key={req.id}>
              <th scope="row">
                <Term text={req.name} />
              </th>
              <td>
                <BulletList items={req.considerations} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

/** 図表19 */
export function MasterDataTable(): ReactNode {
  const locale = useLocale();
  return (
    <Scroll>
      <table className={styles.table}>
        <thead>
          <tr>
            <Th label={labels.no} />
            <Th label={labels.task} />
            <Th label={labels.summary} />
          </tr>
        </thead>
        <tbody>
          {masterDataTasks.map((task) => (
            <tr key={task.no}>
              <td className={styles.num}>{task.no}</td>
              <th scope="row">{task.task[locale]}</th>
              <td>{task.summary[locale]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

/** 図表20 */
export function AuthLayersTable(): ReactNode {
  const locale = useLocale();
  return (
    <Scroll>
      <table className={styles.table}>
        <thead>
          <tr>
            <Th label={labels.no} />
            <Th label={labels.layer} />
            <Th label={labels.authTechniques} />
          </tr>
        </thead>
        <tbody>
          {authLayers.map((layer) => (
            <tr key={layer.no}>
              <td className={styles.num}>{layer.no}</td>
              <th scope="row">{layer.layer[locale]}</th>
              <td>
                {layer.groups.map((group, i) => (
                  <div key={i} className={styles.group}>
                    {group.heading && <p className={styles.groupHeading}>【{group.heading[locale]}】</p>}
                    <BulletList items={group.techniques} />
                  </div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

/** 図表22 */
export function LogItemsTable(): ReactNode {
  const locale = useLocale();
  return (
    <Scroll>
      <table className={styles.table}>
        <thead>
          <tr>
            <Th label={labels.no} />
            <Th label={labels.logItem} />
          </tr>
        </thead>
        <tbody>
          {logItems.map((item) => (
            <tr key={item.no}>
              <td className={styles.num}>{item.no}</td>
              <td>{item.name[locale]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

/** 図表24: stages × Plan / Do / Check / Action. */
export function TechProcessGrid(): ReactNode {
  const locale = useLocale();
  return (
    <Scroll>
      <table className={styles.table}>
        <caption className={styles.subCaption}>
          {techProcessNote.withinStage[locale]} · {techProcessNote.progression[locale]} →
        </caption>
        <thead>
          <tr>
            <td />
            {techStages.map((stage) => (
              <th scope="col" key={stage.id}>
                {stage.name[locale]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {techProcessRows.map((row) => (
            <tr key={row.id}>
              <th scope="row" className={styles.rowHead}>
                {row.cycle}
                {row.label && <span className={styles.rowLabel}>{row.label[locale]}</span>}
              </th>
              {techStages.map((stage) => (
                <td key={stage.id}>
                  <BulletList items={row.cells[stage.id]} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

/** 図表25: requirements of the sector guidelines, grouped by guideline. */
export function GuidelineRequirementsTable(): ReactNode {
  const locale = useLocale();
  return (
    <Scroll>
      <table className={styles.table}>
        <colgroup>
          <col className={styles.colGuideline} />
          <col className={styles.colIssuer} />
          <col />
          <col className={styles.colLocation} />
          <col className={styles.colDetail} />
        </colgroup>
        <thead>
          <tr>
            <Th label={labels.guidelineName} />
            <Th label={labels.issuer} />
            <Th label={labels.issued} />
            <Th label={labels.guidelineLocation} />
            <Th label={labels.guidelineDetail} />
          </tr>
        </thead>
        <tbody>
          {guidelines.map((guideline) => {
            const rows = guidelineRequirements.filter((r) => r.guideline === guideline.id);
            return rows.map((row, i) => (
              <tr key={row.id}>
                {i === 0 && (
                  <>
                    <th scope="rowgroup" rowSpan={rows.length} className={styles.guidelineHead}>
                      <Term text={guideline.name} />
                    </th>
                    <td rowSpan={rows.length}>{guideline.issuer[locale]}</td>
                    <td rowSpan={rows.length} className={styles.nowrap}>
                      {guideline.date}
                      {guideline.dateNote && <span className={styles.rowLabel}>{guideline.dateNote[locale]}</span>}
                    </td>
                  </>
                )}
                <td>
                  {row.location.map((line, j) => (
                    <span key={j} className={styles.line}>
                      {line[locale]}
                    </span>
                  ))}
                </td>
                <td>
                  <BulletList items={row.detail} />
                </td>
              </tr>
            ));
          })}
        </tbody>
      </table>
    </Scroll>
  );
}

/** 図表31: what the customer must watch, per pattern. */
export function CustomerWatchTable(): ReactNode {
  const locale = useLocale();
  return (
    <Scroll>
      <table className={styles.table}>
        <thead>
          <tr>
            <td />
            {patterns.map((p) => (
              <th scope="col" key={p.id}>
                {p.shortName[locale]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {customerWatch.map((topic) => (
            <tr key={topic.id}>
              <th scope="row">{topic.topic[locale]}</th>
              {patterns.map((p) => (
                <td key={p.id}>
                  <BulletList items={topic.byPattern[p.id]} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}
