import {memo, type ReactNode} from 'react';
import type {SendPlannerEvent} from '@site/src/planner/machine';
import type {Plan} from '@site/src/planner/plan';
import {planSummary} from '@site/src/planner/summary';
import {useLocale} from '@site/src/hooks/useLocale';
import {fill, t} from '@site/src/components/Planner/text';
import styles from './styles.module.css';

/**
 * Answers with a line of their own on a wide screen: those that run long, and
 * those with no partner beside them, so that no row stops at half width.
 */
const WIDE = new Set(['partnership', 'parties', 'agreements', 'techDirection', 'requirements']);

/**
 * "Check your answers": what the plan rests on, in a few lines, each with a
 * way back to the step where it is changed. The first thing on the checklist,
 * and so on the screen of whoever opens a shared plan.
 */
function PlannerSummary({plan, send}: {plan: Plan; send: SendPlannerEvent}): ReactNode {
  const locale = useLocale();
  const rows = planSummary(plan, locale);
  return (
    <section className={styles.summary} aria-labelledby="planner-answers">
      <h3 id="planner-answers" className={styles.heading}>
        {t.answersHeading[locale]}
      </h3>
      <p className={styles.intro}>{t.answersIntro[locale]}</p>
      <dl className={styles.list}>
        {rows.map((row) => (
          <div
            key={row.key}
            className={WIDE.has(row.key) ? `${styles.row} ${styles.wide}` : styles.row}
            data-summary={row.key}
          >
            <dt>{row.label}</dt>
            <dd className={row.missing ? styles.missing : undefined}>
              {row.parts ? (
                <ul className={styles.parts}>
                  {row.parts.map((part) => (
                    <li key={part}>{part}</li>
                  ))}
                </ul>
              ) : (
                row.value
              )}
            </dd>
            <dd className={styles.change}>
              <button
                type="button"
                className={styles.changeButton}
                onClick={() => send({type: 'GOTO', step: row.step})}
                aria-label={fill(t.changeWhat[locale], {what: row.label})}
              >
                {t.change[locale]}
              </button>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export default memo(PlannerSummary);
