import {useId, useRef, type ReactNode} from 'react';
import {useActorRef, useSelector} from '@xstate/react';
import type {Agreement} from '@site/src/catalog/types';
import {
  PATTERN_IDS,
  patternComparisonMachine,
  selectAgreementChanges,
  selectCustomerPosition,
  selectIntent,
  selectPattern,
} from '@site/src/planner/widgets/patternComparison';
import {patternChoice, ruleReasons} from '@site/src/planner/ruleStrings';
import {useLocale} from '@site/src/hooks/useLocale';
import {useEarlyInput} from '@site/src/hooks/useEarlyInput';
import {ContractModels} from '@site/src/components/GuideFigure/diagrams';
import ContinueInPlanner from '@site/src/components/ContinueInPlanner';
import FigureLink from '@site/src/components/FigureLink';
import Term from '@site/src/components/Term';
import {fill} from '@site/src/components/Planner/text';
import {text} from './text';
import styles from './styles.module.css';

function AgreementList({agreements}: {agreements: Agreement[]}): ReactNode {
  return (
    <ul className={styles.agreements}>
      {agreements.map((a) => (
        <li key={a.id} data-agreement={a.id}>
          <Term text={a.name} /> (<FigureLink n={a.figure} />)
        </li>
      ))}
    </ul>
  );
}

/**
 * Pattern 1 or pattern 2: the contract diagram, the agreements between the
 * providers the pattern adds or does without, and the contracting customer's
 * position (whom it contracts and pays, its SLA, fault isolation: 図表31).
 */
export default function PatternComparison(): ReactNode {
  const locale = useLocale();
  const group = useId();
  const actor = useActorRef(patternComparisonMachine);
  const context = useSelector(actor, (s) => s.context);
  const pattern = selectPattern(context);
  const changes = selectAgreementChanges(context);
  const position = selectCustomerPosition(context);
  const other = changes.comparedWith.shortName[locale];
  const listSep = locale === 'ja' ? '、' : '; ';
  const root = useRef<HTMLElement>(null);
  useEarlyInput(root);

  return (
    <section ref={root} className={styles.widget} aria-label={text.label[locale]} data-pattern={pattern.id}>
      <fieldset className={styles.choices}>
        <legend className={styles.legend}>
          {text.legend[locale]} (<FigureLink n={4} />)
        </legend>
        <div className={styles.options}>
          {PATTERN_IDS.map((id) => (
            <label key={id} className={styles.option} data-checked={id === pattern.id ? 'true' : 'false'}>
              <input
                type="radio"
                name={group}
                value={id}
                checked={id === pattern.id}
                onChange={() => actor.send({type: 'CHOOSE_PATTERN', pattern: id})}
              />
              <span>{patternChoice[id][locale]}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <div className={styles.result} aria-live="polite">
        <div className={styles.block}>
          <p className={styles.heading}>
            {text.diagram[locale]} (<FigureLink n={pattern.figure} />)
          </p>
          <div className={styles.diagram}>
            <ContractModels show={pattern.id} />
          </div>
        </div>

        <div className={styles.block}>
          <p className={styles.heading}>{text.agreements[locale]}</p>
          {changes.added.length > 0 && (
            <>
              <p className={styles.subheading}>{fill(text.added[locale], {other})}</p>
              <AgreementList agreements={changes.added} />
            </>
          )}
          {changes.removed.length > 0 && (
            <>
              <p className={styles.subheading}>{fill(text.removed[locale], {other})}</p>
              <AgreementList agreements={changes.removed} />
            </>
          )}
          {changes.added.length === 0 && changes.removed.length === 0 && <p>{fill(text.noChange[locale], {other})}</p>}
          {changes.reasons.map((r) => (
            <p key={r} className={styles.reason}>
              {ruleReasons[r][locale]}
            </p>
          ))}
        </div>

        <div className={styles.block}>
          <p className={styles.heading}>{text.customer[locale]}</p>
          <dl className={styles.position}>
            <div>
              <dt>{text.contractAndPay[locale]}</dt>
              <dd>
                <p>{position.summary[locale]}</p>
                {position.serviceContract.variants.length > 0 && (
                  <p className={styles.contract}>
                    <Term text={position.serviceContract.agreement.name} /> (
                    <FigureLink n={position.serviceContract.agreement.figure} />
                    ): {position.serviceContract.variants.map((v) => v.name[locale]).join(listSep)}
                  </p>
                )}
              </dd>
            </div>
            {position.watch.map((w) => (
              <div key={w.id} data-topic={w.id}>
                <dt>
                  {w.topic[locale]} (<FigureLink n={31} />)
                </dt>
                <dd>
                  <ul>
                    {w.points.map((point, i) => (
                      <li key={i}>{point[locale]}</li>
                    ))}
                  </ul>
                </dd>
              </div>
            ))}
          </dl>
        </div>
      </div>

      <ContinueInPlanner intent={selectIntent(context)} />
    </section>
  );
}
