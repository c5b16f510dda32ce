import {createContext, startTransition, useContext, useEffect, useState, type ReactNode} from 'react';

/**
 * Whether a step that mounts now was opened by the reader (true once the
 * planner has started) rather than rendered with the page.
 */
export const StepOpenedByReader = createContext(false);

/**
 * Whether the step is the one on screen. The planner renders the step after
 * the current one out of sight while the reader answers (see `PlannerStepPane`);
 * such a step shows only its first part, and what it leaves for later waits
 * until the reader opens it.
 */
export const StepOnScreen = createContext(true);

/**
 * The part of a planner step that can follow its first paint. When the reader
 * moves to a step, the step's heading and first questions are painted at
 * once and what is under them (comparison tables, further agreements,
 * figures) is rendered in a transition just after, which the browser can
 * paint around. A step rendered with the page shows everything at once, so
 * the page does not grow under the reader after it has painted.
 */
export default function PlannerLater({children}: {children: ReactNode}): ReactNode {
  const deferred = useContext(StepOpenedByReader);
  const onScreen = useContext(StepOnScreen);
  const [shown, setShown] = useState(!deferred && onScreen);
  useEffect(() => {
    if (!shown && onScreen) startTransition(() => setShown(true));
  }, [shown, onScreen]);
  return shown ? children : null;
}
