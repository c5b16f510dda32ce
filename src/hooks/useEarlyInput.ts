import {useLayoutEffect, type RefObject} from 'react';

/**
 * The page paints before its scripts run, so a reader can tick a box, pick an
 * option or type in a field that React has not taken over yet. React keeps
 * what the field shows when it hydrates, but the widget's state starts from
 * the server's defaults, and the two disagree: a radio shows the reader's
 * choice while the widget (and its "continue in the planner" link) still
 * holds the default.
 *
 * Hydration leaves the server's value in `defaultChecked` / `defaultValue`, so
 * a field whose current value differs from it was changed by the reader. Each
 * such change is made again, as the reader made it (a click, or typing), so
 * the widget's own handlers take it. Returns how many fields were replayed.
 */
export function replayEarlyInput(root: ParentNode): number {
  let count = 0;
  for (const field of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) {
    if (field.disabled || field.readOnly) continue;
    if (field instanceof HTMLInputElement && (field.type === 'radio' || field.type === 'checkbox')) {
      if (field.checked === field.defaultChecked) continue;
      // In a radio group, the option the reader picked is replayed; picking it
      // again unchecks the one the server had chosen.
      if (field.type === 'radio' && !field.checked) continue;
      field.checked = field.defaultChecked;
      field.click();
    } else if (
      field instanceof HTMLTextAreaElement ||
      ['text', 'search', 'email', 'url', 'tel', 'number'].includes(field.type)
    ) {
      if (field.value === field.defaultValue) continue;
      const typed = field.value;
      // Back to the server's value through React's own property (so React
      // records it), then the reader's text through the element's native
      // setter and an input event, as typing does.
      field.value = field.defaultValue;
      const prototype =
        field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(prototype, 'value')!.set!.call(field, typed);
      field.dispatchEvent(new Event('input', {bubbles: true}));
    } else {
      continue;
    }
    count += 1;
  }
  return count;
}

/**
 * Takes into the widget's state what the reader did to its fields between the
 * first paint and hydration (see `replayEarlyInput`). Runs once, in the commit
 * that mounts the widget, before anything re-renders the fields; a widget
 * mounted in the browser rather than hydrated has nothing to take.
 */
export function useEarlyInput(root: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    // Once, at hydration: later changes go through the handlers as usual.
    if (root.current) replayEarlyInput(root.current);
  }, [root]);
}
