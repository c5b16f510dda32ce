import {useCallback, useEffect, useRef, useState} from 'react';
import type {ActorRefFrom} from 'xstate';
import type {Locale} from '@site/src/catalog/types';
import type {plannerMachine} from '@site/src/planner/machine';
import type {PlanError} from '@site/src/planner/schema';
import {decodeShareFragment, hasSharedPlan} from '@site/src/planner/share';
import {decodeIntent, hasIntent, isEmptyIntent} from '@site/src/planner/intent';
import {
  PREVIOUS_KEY,
  STORAGE_KEY,
  listAside,
  loadSaved,
  rawValue,
  removeAside,
  save,
  setAside,
  type AsideResult,
  type AsideValue,
  type SaveResult,
  type StorageLike,
} from '@site/src/planner/storage';
import {isBlank, type Plan} from '@site/src/planner/plan';
import {timed} from './timed';

/** A new partnership's id: 128 random bits, in hex. Called from effects only, never while rendering. */
function newPartnershipId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export type StartupProblem =
  | {kind: 'link'; error: PlanError}
  | {kind: 'storage'; error: 'unavailable'}
  /**
   * A stored plan (the reader's, or the one kept to go back to) that could
   * not be read: set aside, or, when that failed, left in its slot, which is
   * then not saved over until the reader says so.
   */
  | {kind: 'unreadable'; key: string; error: PlanError; aside: AsideResult};

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
): {
  ready: boolean;
  saveResult: SaveResult | null;
  problems: StartupProblem[];
  /** what is set aside in this browser, now */
  aside: AsideValue[];
  deleteAside: (key: string) => void;
  /** slots left unsaved because what they hold could not be set aside */
  held: string[];
  /** the raw value of a slot, for download */
  rawOf: (key: string) => string | null;
  /** lets autosave write over a held slot again */
  release: (key: string) => void;
} {
  const [ready, setReady] = useState(false);
  const [saveResult, setSaveResult] = useState<SaveResult | null>(null);
  const [problems, setProblems] = useState<StartupProblem[]>([]);
  const [aside, setAsideList] = useState<AsideValue[]>([]);
  const [held, setHeld] = useState<string[]>([]);
  const heldRef = useRef<string[]>([]);
  const writeNow = useRef<(() => void) | null>(null);
  const started = useRef(false);

  useEffect(() => {
    // StrictMode runs effects twice in development; start once.
    if (started.current) return;
    started.current = true;
    const storage = browserStorage();
    const found: StartupProblem[] = [];
    const saved = timed('planner: read saved plan', () => loadSaved(storage));
    const previous = timed('planner: read saved plan', () => loadSaved(storage, PREVIOUS_KEY));
    const keep: string[] = [];
    if (saved.kind === 'unreadable' && saved.error === 'unavailable')
      found.push({kind: 'storage', error: 'unavailable'});
    // What cannot be read is set aside before anything is saved over it; if
    // it cannot be, its slot is not saved over until the reader says so.
    for (const [key, result] of [
      [STORAGE_KEY, saved],
      [PREVIOUS_KEY, previous],
    ] as const) {
      if (result.kind !== 'unreadable' || result.error === 'unavailable') continue;
      const text = rawValue(storage, key);
      const kept = text === null ? ({kept: false, why: 'unavailable'} as const) : setAside(storage, text);
      if (!kept.kept) keep.push(key);
      found.push({kind: 'unreadable', key, error: result.error, aside: kept});
    }
    heldRef.current = keep;
    setHeld(keep);
    setAsideList(listAside(storage));
    if (saved.kind === 'loaded') {
      actor.send({type: 'RESUME', plan: saved.plan, previous: previous.kind === 'loaded' ? previous.plan : null});
    }
    const hash = window.location.hash;
    if (hasIntent(hash)) {
      const intent = decodeIntent(hash);
      if (!isEmptyIntent(intent)) actor.send({type: 'APPLY_INTENT', intent});
      window.history.replaceState(null, '', window.location.pathname + window.location.search);
    } else if (hasSharedPlan(hash)) {
      const shared = timed('planner: read share link', () => decodeShareFragment(hash));
      if (shared.ok) actor.send({type: 'LOAD', plan: shared.file.plan, origin: 'link', at: new Date().toISOString()});
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
    // A plan belongs to a partnership from its first answer on (and a plan
    // from an earlier release, once it is opened here), so that the other
    // party's version of it can be told from an unrelated plan.
    const ensurePartnership = (plan: Plan) => {
      if (plan.partnershipId === null && !isBlank(plan))
        actor.send({type: 'START_PARTNERSHIP', id: newPartnershipId()});
    };
    ensurePartnership(actor.getSnapshot().context.plan);
    let last = actor.getSnapshot().context;
    const write = () => {
      const now = new Date();
      const holding = heldRef.current;
      const result = holding.includes(STORAGE_KEY) ? null : save(storage, last.plan, locale, now);
      if (!holding.includes(PREVIOUS_KEY)) save(storage, last.previous, locale, now, PREVIOUS_KEY);
      setSaveResult(result);
    };
    writeNow.current = write;
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
    // A plan belongs to a partnership from its first answer on (and a plan
    // from an earlier release, once it is opened here), so that the other
    // party's version of it can be told from an unrelated plan.
    const sub = actor.subscribe((snapshot) => {
      ensurePartnership(snapshot.context.plan);
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

  const deleteAside = useCallback((key: string) => {
    const storage = browserStorage();
    removeAside(storage, key);
    setAsideList(listAside(storage));
  }, []);
  const release = useCallback((key: string) => {
    heldRef.current = heldRef.current.filter((k) => k !== key);
    setHeld(heldRef.current);
    writeNow.current?.();
  }, []);
  const rawOf = useCallback((key: string) => rawValue(browserStorage(), key), []);

  return {ready, saveResult, problems, aside, deleteAside, held, rawOf, release};
}
