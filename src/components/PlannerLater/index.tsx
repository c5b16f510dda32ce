import {createContext, startTransition, useContext, useEffect, useState, type ReactNode} from 'react';

/**
 * Whether a step that mounts now was opened by the reader (true once the
 * planner has started) rather than rendered with the page.
 */
export const StepOpenedByReader = createContext(false);

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
  const [shown, setShown] = useState(!deferred);
  useEffect(() => {
    if (!shown) startTransition(() => setShown(true));
  }, [shown]);
  return shown ? children : null;
}
