import {useEffect, useRef} from 'react';
import type {PlannerEvent} from '@site/src/planner/machine';
import {STEPS, type StepId} from '@site/src/planner/plan';
import {hasSharedPlan} from '@site/src/planner/share';
import {hasIntent} from '@site/src/planner/intent';

interface StepState {
  plannerStep: StepId;
}

function stepOf(state: unknown): StepId | null {
  const step = (state as Partial<StepState> | null)?.plannerStep;
  return step && (STEPS as readonly string[]).includes(step) ? step : null;
}

/**
 * The browser's history follows the walk: each step the reader moves to is an
 * entry, so Back and Forward move between steps (the URL stays the page's
 * own). A share link or a widget's choice pasted into the address bar of a tab
 * already on the planner opens as it would in a new tab: the page starts
 * again, saving the plan first, and the plan it replaces can be brought back.
 */
export function useStepHistory(step: StepId, ready: boolean, send: (event: PlannerEvent) => void): void {
  const started = useRef(false);

  useEffect(() => {
    if (!ready) return;
    const here = window.location.pathname + window.location.search;
    if (!started.current) {
      started.current = true;
      window.history.replaceState({...(window.history.state ?? {}), plannerStep: step}, '', here);
      return;
    }
    // A step reached by Back or Forward is the entry already there.
    if (stepOf(window.history.state) !== step) window.history.pushState({plannerStep: step}, '', here);
  }, [ready, step]);

  useEffect(() => {
    if (!ready) return undefined;
    const onPop = (event: PopStateEvent) => {
      const target = stepOf(event.state);
      if (target) send({type: 'GOTO', step: target});
    };
    const onHash = () => {
      const hash = window.location.hash;
      if (hasSharedPlan(hash) || hasIntent(hash)) window.location.reload();
    };
    window.addEventListener('popstate', onPop);
    window.addEventListener('hashchange', onHash);
    return () => {
      window.removeEventListener('popstate', onPop);
      window.removeEventListener('hashchange', onHash);
    };
  }, [ready, send]);
}
