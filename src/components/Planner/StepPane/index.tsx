import {Suspense, lazy, memo, useEffect, useRef, type ReactNode} from 'react';
import type {SendPlannerEvent} from '@site/src/planner/machine';
import {sameAnswers, type Plan, type StepId} from '@site/src/planner/plan';
import PlannerStepAbout from '@site/src/components/Planner/StepAbout';
import PlannerStepPattern from '@site/src/components/Planner/StepPattern';
import PlannerStepContext from '@site/src/components/Planner/StepContext';
import PlannerStepPhase from '@site/src/components/Planner/StepPhase';
// The checklist, the largest step, is fetched when the walk comes near it (the
// step before it is laid out ahead, in an idle moment) or a plan opens on it:
// the planner's first steps do not wait for it. The server never renders it
// (a plan opens on the first step), so no page's HTML depends on it.
const PlannerChecklist = lazy(() => import('@site/src/components/Planner/Checklist'));
import {StepOnScreen} from '@site/src/components/Planner/Later';
import {whenIdle} from './idle';
import styles from './styles.module.css';

interface ContentProps {
  step: StepId;
  plan: Plan;
  send: SendPlannerEvent;
}

/** What one step asks and shows. Moving to another step leaves it as it is. */
const StepContent = memo(
  function StepContent({step, plan, send}: ContentProps): ReactNode {
    switch (step) {
      case 'about':
        return <PlannerStepAbout plan={plan} send={send} />;
      case 'pattern':
        return <PlannerStepPattern plan={plan} send={send} />;
      case 'context':
        return <PlannerStepContext plan={plan} send={send} />;
      case 'sales':
      case 'introduction':
      case 'operation':
        return <PlannerStepPhase phase={step} plan={plan} send={send} />;
      case 'review':
        // A plan opened for another role opens on that role's view.
        return (
          <Suspense fallback={null}>
            <PlannerChecklist key={plan.role ?? 'none'} plan={plan} send={send} />
          </Suspense>
        );
    }
  },
  (a, b) => a.step === b.step && a.send === b.send && sameAnswers(a.plan, b.plan),
);

/**
 * One step of the planner, on screen or kept out of sight. The planner keeps
 * the step after the current one rendered and laid out, hidden, while the
 * reader answers, so that moving on only has to show it; the step just left
 * stays, hidden, until the browser has a moment to take it away.
 *
 * Not React's `Activity`: it hides with `display: none`, so a step is laid out
 * only when shown, in the click's frame. Measured with the bench's steps
 * (same run, nine walks each, twice): the checklist step took 168–176 ms to
 * show with `Activity` against 80–96 ms with this pane; the other steps were
 * within noise of each other.
 */
export default function PlannerStepPane({step, plan, send, onScreen}: ContentProps & {onScreen: boolean}): ReactNode {
  const pane = useRef<HTMLDivElement>(null);
  // A hidden step is laid out in an idle moment, not when it is shown.
  useEffect(() => {
    if (onScreen) return undefined;
    return whenIdle(() => {
      let last = pane.current?.lastElementChild;
      while (last?.lastElementChild) last = last.lastElementChild;
      last?.getBoundingClientRect();
    });
  });
  return (
    <div
      ref={pane}
      className={onScreen ? styles.pane : `${styles.pane} ${styles.hidden}`}
      aria-hidden={onScreen ? undefined : true}
      data-step-pane={step}
    >
      <StepOnScreen.Provider value={onScreen}>
        <StepContent step={step} plan={plan} send={send} />
      </StepOnScreen.Provider>
    </div>
  );
}
