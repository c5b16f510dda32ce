import {useEffect, useRef, useState} from 'react';
import type {ActorRefFrom} from 'xstate';
import type {Locale} from '@site/src/catalog/types';
import type {plannerMachine} from '@site/src/planner/machine';
import type {PlanError} from '@site/src/planner/schema';
import {decodeShareFragment, hasSharedPlan} from '@site/src/planner/share';
import {decodeIntent, hasIntent, isEmptyIntent} from '@site/src/planner/intent';
import {
  PREVIOUS_KEY,
  STORAGE_KEY,
  loadSaved,
  save,
  type SaveResult,
  type StorageLike,
} from '@site/src/planner/storage';

export type StartupProblem =
  | {kind: 'link'; error: PlanError}
  | {kind: 'storage'; error: PlanError | 'unavailable'};

function browserStorage(): StorageLike | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Brings the reader's plan back when the page opens (from a share link, or
 * else from browser storage) and saves every change. Runs after mount only:
 * the server render knows nothing of the reader's browser.
 */
export function usePlanPersistence(
  actor: ActorRefFrom<typeof plannerMachine>,
  locale: Locale,
): {ready: boolean; saveResult: SaveResult | null; problems: StartupProblem[]} {
  const [ready, setReady] = useState(false);
  const [saveResult, setSaveResult] = useState<SaveResult | null>(null);
  const [problems, setProblems] = useState<StartupProblem[]>([]);
  const started = useRef(false);

  useEffect(() => {
    // StrictMode runs effects twice in development; start once.
    if (started.current) return;
    started.current = true;
    const storage = browserStorage();
    const found: StartupProblem[] = [];
    const saved = loadSaved(storage);
    const previous = loadSaved(storage, PREVIOUS_KEY);
    if (saved.kind === 'loaded') {
      actor.send({type: 'RESUME', plan: saved.plan, previous: previous.kind === 'loaded' ? previous.plan : null});
    } else if (saved.kind === 'unreadable') {
      if (saved.error !== 'unavailable' && storage) {
        // Keep what could not be read, rather than overwrite it with the next save.
        try {
          storage.setItem(`${STORAGE_KEY}.unreadable`, storage.getItem(STORAGE_KEY) ?? '');
        } catch {
          // nothing more can be done; the message below still tells the reader
        }
      }
      found.push({kind: 'storage', error: saved.error});
    }
    const hash = window.location.hash;
    if (hasIntent(hash)) {
      const intent = decodeIntent(hash);
      if (!isEmptyIntent(intent)) actor.send({type: 'APPLY_INTENT', intent});
      window.history.replaceState(null, '', window.location.pathname + window.location.search);
    } else if (hasSharedPlan(hash)) {
      const shared = decodeShareFragment(hash);
      if (shared.ok) actor.send({type: 'LOAD', plan: shared.file.plan, origin: 'link'});
      else found.push({kind: 'link', error: shared.error});
      // The plan now lives in the page; a reload should not open the link again.
      window.history.replaceState(null, '', window.location.pathname + window.location.search);
    }
    setProblems(found);
    setReady(true);
  }, [actor]);

  useEffect(() => {
    if (!ready) return undefined;
    const storage = browserStorage();
    let last = actor.getSnapshot().context;
    const write = () => {
      const now = new Date();
      const result = save(storage, last.plan, locale, now);
      save(storage, last.previous, locale, now, PREVIOUS_KEY);
      setSaveResult(result);
    };
    write();
    // A change is written just after the frame that shows it, so the click
    // that moves to the next step does not wait for the plan's serialization.
    // Leaving or hiding the page writes at once what is still waiting.
    let waiting = false;
    const writeWaiting = () => {
      if (!waiting) return;
      waiting = false;
      write();
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') writeWaiting();
    };
    const sub = actor.subscribe((snapshot) => {
      if (snapshot.context.plan === last.plan && snapshot.context.previous === last.previous) return;
      last = snapshot.context;
      if (waiting) return;
      waiting = true;
      requestAnimationFrame(() => setTimeout(writeWaiting));
    });
    window.addEventListener('pagehide', writeWaiting);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      sub.unsubscribe();
      window.removeEventListener('pagehide', writeWaiting);
      document.removeEventListener('visibilitychange', onHidden);
      writeWaiting();
    };
  }, [actor, ready, locale]);

  return {ready, saveResult, problems};
}
