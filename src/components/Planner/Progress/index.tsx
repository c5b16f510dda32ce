import type {ReactNode} from 'react';
import {canGoTo, type SendPlannerEvent} from '@site/src/planner/machine';
import {stepIndex, stepsFor, type Plan, type StepId} from '@site/src/planner/plan';
import {stepName} from '@site/src/planner/strings';
import {useLocale} from '@site/src/hooks/useLocale';
import {t} from '@site/src/components/Planner/text';
import styles from './styles.module.css';

/** The steps, with the current one marked and every reached one a button. */
export default function PlannerProgress({
  plan,
  current,
  send,
}: {
  plan: Plan;
  current: StepId;
  send: SendPlannerEvent;
}): ReactNode {
  const locale = useLocale();
  const reached = stepIndex(plan.reached);
  // a customer's walk has four steps, a provider's seven
  const steps = stepsFor(plan.role);
  const at = Math.max(0, steps.indexOf(current));
  return (
    <nav aria-label={t.progress[locale]} className={styles.progress}>
      <ol>
        {steps.map((step, i) => {
          const isCurrent = step === current;
          const open = canGoTo(plan, step);
          const state = isCurrent ? styles.current : stepIndex(step) <= reached ? styles.reached : styles.ahead;
          return (
            <li key={step} className={state}>
              <button
                type="button"
                onClick={() => send({type: 'GOTO', step})}
                disabled={!open || isCurrent}
                aria-current={isCurrent ? 'step' : undefined}
              >
                <span className={styles.number} aria-hidden="true">
                  {i + 1}
                </span>
                <span className={styles.name}>{stepName(step, plan.role)[locale]}</span>
              </button>
            </li>
          );
        })}
      </ol>
      <div
        className={styles.bar}
        role="progressbar"
        aria-label={t.progress[locale]}
        aria-valuemin={1}
        aria-valuemax={steps.length}
        aria-valuenow={at + 1}
        aria-valuetext={`${at + 1} / ${steps.length}: ${stepName(current, plan.role)[locale]}`}
      >
        <span style={{width: `${((at + 1) / steps.length) * 100}%`}} />
      </div>
    </nav>
  );
}
