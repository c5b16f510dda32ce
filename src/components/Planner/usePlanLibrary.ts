import {useCallback, useEffect, useRef, useState} from 'react';
import type {ActorRefFrom} from 'xstate';
import type {Locale} from '@site/src/catalog/types';
import {withUndecidedTheirs, type plannerMachine} from '@site/src/planner/machine';
import {mergePlans, comparePlans} from '@site/src/planner/compare';
import {threeWay} from '@site/src/planner/threeWay';
import {parsePlanFile, type PlanError} from '@site/src/planner/schema';
import {decodeShareFragment, hasSharedPlan} from '@site/src/planner/share';
import {decodeIntent, hasIntent, isEmptyIntent} from '@site/src/planner/intent';
import {emptyPlan, isBlank, type Plan} from '@site/src/planner/plan';
import {
  KEEP_DELETED_DAYS,
  LEGACY_KEYS,
  changeRecord,
  hasLegacyValues,
  latestPlan,
  planOfPartnership,
  readAll,
  readOne,
  writePlan,
  type KeyValueStore,
  type ReadRecord,
  type RecordOrigin,
  type Synced,
} from '@site/src/planner/library';
import {browserStore, legacyStorage, randomId, setTabPlanId, tabPlanId} from './browserStore';
import type {PlanActions} from './planActions';
import {timed, timedAsync} from './timed';

export type SaveResult = 'saved' | 'full' | 'unavailable';

export type StartupProblem =
  | {kind: 'link'; error: PlanError}
  /** the browser keeps nothing for the page: the plan lives in the tab only */
  | {kind: 'storage'}
  /** kept plans this release cannot open (a newer release's, or damaged): listed, to download */
  | {kind: 'unopened'; count: number}
  /** values of an earlier release that could not be moved into the list: still where they were */
  | {kind: 'legacyLeft'; count: number};

/** What the plans did that the reader should hear of, beside the machine's notices. */
export type LibraryNotice =
  /** a plan from a link or file opened as a plan of its own; the one the reader had is in the list */
  | {kind: 'beside'; id: string; name: string}
  /** a link made before links carried a checksum: opened as a plan of its own */
  | {kind: 'unchecked'}
  /** a newer release of the site saved this plan in another tab: this page no longer saves it */
  | {kind: 'held'}
  /** another tab deleted the plan open here */
  | {kind: 'deletedElsewhere'}
  /** the reader deleted a plan, which can be brought back */
  | {kind: 'deleted'; id: string; name: string}
  /** plans restored from a file of every plan: how many added, already kept, not readable */
  | {kind: 'bundle'; added: number; known: number; refused: number}
  /** a plan file or link came while fields changed in another tab were still to decide */
  | {kind: 'decideFirst'};

export interface StorageUse {
  usage: number | null;
  quota: number | null;
  persisted: boolean | null;
}

export interface PlanLibrary {
  ready: boolean;
  saveResult: SaveResult | null;
  problems: StartupProblem[];
  notice: LibraryNotice | null;
  dismissNotice: () => void;
  /** the plan this tab has open, once it is kept */
  currentId: string | null;
  /** every record kept, as read last (on start, when the list is asked for, and as tabs change it) */
  reads: ReadRecord[] | null;
  usage: StorageUse | null;
  /** false where the browser keeps nothing */
  available: boolean;
  /** reads the list again, and keeps it up to date from then on */
  refresh: () => Promise<void>;
  open: (id: string) => Promise<void>;
  newPlan: () => Promise<void>;
  /** a plan from a link or a file: compared with the reader's plan of its partnership, or opened beside the others */
  openIncoming: (plan: Plan, origin: 'file' | 'link', unchecked?: boolean) => Promise<void>;
  /** what the list does (rename, duplicate, delete, bring back, download, restore), loaded when first asked for */
  act: () => Promise<PlanActions>;
}

/** What the list's actions (planActions.ts) use of the plans open in this tab. */
export interface LibraryInternals {
  actor: ActorRefFrom<typeof plannerMachine>;
  locale: Locale;
  live: {current: Live};
  write: () => Promise<void>;
  switchTo: (
    target: {id: string; read: Extract<ReadRecord, {kind: 'plan'}>} | {id: null; origin: RecordOrigin | null},
    flush?: boolean,
  ) => Promise<void>;
  readPlan: (id: string) => Promise<Extract<ReadRecord, {kind: 'plan'}> | null>;
  open: (id: string) => Promise<void>;
  listChanged: () => Promise<void>;
  tell: (message: Message) => void;
  setNotice: (notice: LibraryNotice | null) => void;
  wantList: () => void;
}

/** What other tabs of the planner hear: a plan written, or the list changed. */
export type Message = {type: 'saved'; id: string; rev: number} | {type: 'list'};
const CHANNEL = 'saas-partnership-planner';

export interface Live {
  store: KeyValueStore | null;
  /** the kept plan this tab has open; null for a plan not kept yet */
  id: string | null;
  /** the id a new plan will be kept under, once it has an answer */
  pendingId: string;
  pendingOrigin: RecordOrigin | null;
  synced: Synced | null;
  /** the plan before a comparison, as last written */
  previousWritten: Plan | null | undefined;
  /** this plan is not written (a newer release saved it) */
  held: boolean;
  /** everything that reads or writes the store, one after another */
  queue: Promise<void>;
  writeWaiting: boolean;
  channel: BroadcastChannel | null;
  persistAsked: boolean;
}

function channel(): BroadcastChannel | null {
  try {
    return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  } catch {
    return null;
  }
}

/**
 * The reader's plans in this browser, and the one open in this tab: brought
 * back when the page opens (or a link's plan opened beside them), every
 * change written, and the changes another tab writes brought in. Runs after
 * mount only: the server render knows nothing of the reader's browser.
 */
export function usePlanLibrary(actor: ActorRefFrom<typeof plannerMachine>, locale: Locale): PlanLibrary {
  const [ready, setReady] = useState(false);
  const [saveResult, setSaveResult] = useState<SaveResult | null>(null);
  const [problems, setProblems] = useState<StartupProblem[]>([]);
  const [notice, setNotice] = useState<LibraryNotice | null>(null);
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [reads, setReads] = useState<ReadRecord[] | null>(null);
  const [usage, setUsage] = useState<StorageUse | null>(null);
  const [available, setAvailable] = useState(true);
  const listWanted = useRef(false);
  const live = useRef<Live>({
    store: null,
    id: null,
    pendingId: '',
    pendingOrigin: null,
    synced: null,
    previousWritten: undefined,
    held: false,
    queue: Promise.resolve(),
    writeWaiting: false,
    channel: null,
    persistAsked: false,
  });

  /** Runs store work after whatever is under way, one task at a time. */
  const serial = useCallback((task: () => Promise<void>): Promise<void> => {
    const r = live.current;
    const run = r.queue.then(task, task);
    r.queue = run.catch(() => undefined);
    return run;
  }, []);

  const tell = useCallback((message: Message) => {
    try {
      live.current.channel?.postMessage(message);
    } catch {
      // another tab learns of it when it next writes, which merges
    }
  }, []);

  const readList = useCallback(async () => {
    const store = live.current.store;
    if (!store) return;
    const found = await readAll(store);
    if (found) setReads(found);
    try {
      const estimate = await navigator.storage?.estimate?.();
      const persisted = (await navigator.storage?.persisted?.()) ?? null;
      setUsage({usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted});
    } catch {
      setUsage(null);
    }
  }, []);

  /** The list on screen read again once writes pause (a name typed shows in it without a read per key). */
  const listTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const listSoon = useCallback(() => {
    if (!listWanted.current) return;
    if (listTimer.current) clearTimeout(listTimer.current);
    listTimer.current = setTimeout(() => void readList(), 400);
  }, [readList]);

  const refresh = useCallback(async () => {
    listWanted.current = true;
    await readList();
  }, [readList]);

  /** The list again, here and in every other tab. */
  const listChanged = useCallback(async () => {
    tell({type: 'list'});
    await readList();
  }, [readList, tell]);

  /**
   * Another tab's version, brought into this tab's plan: what only it
   * changed is taken; a field both changed keeps this tab's value, set
   * beside the other's for the reader to decide.
   */
  const bringIn = useCallback(
    (base: Plan, stored: Plan, storedConflicts: string[]) => {
      const now = actor.getSnapshot().context.plan;
      const merged = threeWay(base, now, stored, {role: true});
      const keys = [...new Set([...storedConflicts, ...merged.conflicts.map((c) => c.key)])];
      if (!merged.tookTheirs && keys.length === 0) return;
      let plan: Plan = {...merged.plan, step: now.step, reached: now.reached};
      if (keys.length > 0)
        plan = mergePlans(plan, now, Object.fromEntries(keys.map((k) => [k, 'theirs' as const])), {role: true});
      actor.send({type: 'SYNC', plan, conflict: keys.length > 0 ? {theirs: stored, keys} : null});
    },
    [actor],
  );

  /** Writes the tab's plan as it stands now. */
  const write = useCallback(
    () =>
      serial(async () => {
        const r = live.current;
        r.writeWaiting = false;
        const {store} = r;
        if (!store || r.held) return;
        const context = actor.getSnapshot().context;
        if (r.id === null && isBlank(context.plan)) return;
        const id = r.id ?? r.pendingId;
        const sent = withUndecidedTheirs(context.plan, context.comparing);
        const previous = context.previous === r.previousWritten ? undefined : context.previous;
        // nothing new since the last read or write (a plan just opened)
        if (
          r.synced &&
          previous === undefined &&
          sent.step === r.synced.plan.step &&
          sent.reached === r.synced.plan.reached &&
          comparePlans(r.synced.plan, sent, {role: true}).length === 0
        )
          return;
        const outcome = await timedAsync('planner: save plan', () =>
          writePlan(store, {
            id,
            plan: sent,
            base: r.synced,
            previous,
            locale,
            now: new Date(),
            origin: r.id === null ? r.pendingOrigin : undefined,
          }),
        );
        if (outcome.kind === 'failed') {
          setSaveResult(outcome.why);
          return;
        }
        if (outcome.kind !== 'written') {
          // a newer release saved it in another tab (or it was damaged there): never saved over
          r.held = true;
          setNotice({kind: 'held'});
          return;
        }
        setSaveResult('saved');
        if (previous !== undefined) r.previousWritten = previous;
        const first = r.id === null;
        if (first) {
          r.id = id;
          setTabPlanId(id);
          setCurrentId(id);
        }
        r.synced = {rev: outcome.rev, plan: outcome.plan};
        if (outcome.moved)
          bringIn(
            sent,
            outcome.plan,
            outcome.conflicts.map((c) => c.key),
          );
        if (outcome.deletedAt !== null) setNotice({kind: 'deletedElsewhere'});
        tell({type: 'saved', id, rev: outcome.rev});
        if (first) await listChanged();
        else listSoon();
        if (!r.persistAsked) {
          r.persistAsked = true;
          // a plan kept for months must not be cleared when the disk runs low
          void navigator.storage?.persist?.().catch(() => undefined);
        }
      }),
    [actor, bringIn, listChanged, listSoon, locale, serial, tell],
  );

  /** Another tab wrote this plan: read it, and bring its changes in. */
  const pull = useCallback(
    () =>
      serial(async () => {
        const r = live.current;
        if (!r.store || r.id === null) return;
        const read = await readOne(r.store, r.id);
        if (read === null || read === 'unavailable') return;
        if (read.kind !== 'plan') {
          r.held = true;
          setNotice({kind: 'held'});
          return;
        }
        if (r.synced && read.record.rev <= r.synced.rev) return;
        const base = r.synced?.plan ?? emptyPlan();
        r.synced = {rev: read.record.rev, plan: read.plan};
        bringIn(base, read.plan, []);
        if (read.record.deletedAt !== null) setNotice({kind: 'deletedElsewhere'});
        // what this tab changed and has not written goes out now, merged
        const context = actor.getSnapshot().context;
        if (comparePlans(read.plan, withUndecidedTheirs(context.plan, context.comparing), {role: true}).length > 0)
          void write();
      }),
    [actor, bringIn, serial, write],
  );

  /**
   * Opens a kept plan (or a new one) in this tab, after what this tab has
   * still to write of the plan it leaves.
   */
  const switchTo = useCallback(
    async (
      target: {id: string; read: Extract<ReadRecord, {kind: 'plan'}>} | {id: null; origin: RecordOrigin | null},
      flush = true,
    ) => {
      if (flush) await write();
      await serial(async () => {
        const r = live.current;
        r.held = false;
        r.previousWritten = undefined;
        if (target.id === null) {
          r.id = null;
          r.pendingId = randomId();
          r.pendingOrigin = target.origin;
          r.synced = null;
          setCurrentId(null);
          actor.send({type: 'RESUME', plan: emptyPlan(), previous: null});
          return;
        }
        const {record, plan} = target.read;
        r.id = target.id;
        r.synced = {rev: record.rev, plan};
        setTabPlanId(target.id);
        setCurrentId(target.id);
        const previous = record.previous === null ? null : parsePlanFile(record.previous);
        r.previousWritten = previous?.ok ? previous.file.plan : null;
        actor.send({type: 'RESUME', plan, previous: previous?.ok ? previous.file.plan : null});
      });
    },
    [actor, serial, write],
  );

  const readPlan = useCallback(async (id: string) => {
    const store = live.current.store;
    if (!store) return null;
    const read = await readOne(store, id);
    return read !== null && read !== 'unavailable' && read.kind === 'plan' ? read : null;
  }, []);

  const open = useCallback(
    async (id: string) => {
      const read = await readPlan(id);
      if (!read) return;
      if (read.record.deletedAt !== null)
        await changeRecord(live.current.store!, id, {deletedAt: null}, locale, new Date());
      await switchTo({id, read: (await readPlan(id)) ?? read});
      setNotice(null);
      await listChanged();
    },
    [listChanged, locale, readPlan, switchTo],
  );

  const newPlan = useCallback(async () => {
    await switchTo({id: null, origin: null});
    setNotice(null);
  }, [switchTo]);

  const openIncoming = useCallback(
    async (plan: Plan, origin: 'file' | 'link', unchecked = false) => {
      const r = live.current;
      const context = actor.getSnapshot().context;
      if (context.comparing?.origin === 'tab') {
        setNotice({kind: 'decideFirst'});
        return;
      }
      const reads = r.store ? ((await readAll(r.store)) ?? []) : [];
      const at = new Date().toISOString();
      // the reader's own plan of this partnership: compared with it, never opened over it
      const same = unchecked ? null : planOfPartnership(reads, plan.partnershipId);
      if (same) {
        if (same.id !== r.id) await switchTo({id: same.id, read: same});
        actor.send({type: 'LOAD', plan, origin, at});
        return;
      }
      if (r.id === null && isBlank(context.plan)) {
        r.pendingOrigin = origin;
        actor.send({type: 'LOAD', plan, origin, at});
      } else if (r.id === null && !r.store) {
        // nothing is kept in this browser: the plan in the tab is the only copy, so it can be gone back to
        actor.send({type: 'LOAD', plan, origin, at});
      } else {
        await write();
        const before = {id: r.id, name: actor.getSnapshot().context.plan.names.partnership};
        await switchTo({id: null, origin}, false);
        actor.send({type: 'LOAD', plan, origin, at});
        if (before.id !== null) setNotice({kind: 'beside', id: before.id, name: before.name});
      }
      if (unchecked) setNotice({kind: 'unchecked'});
      // kept at once, so that the list has it even before the reader changes anything
      await write();
    },
    [actor, switchTo, write],
  );

  const wantList = useCallback(() => {
    listWanted.current = true;
  }, []);

  const actions = useRef<Promise<PlanActions> | null>(null);
  const internals = useRef<LibraryInternals | null>(null);
  useEffect(() => {
    internals.current = {actor, locale, live, write, switchTo, readPlan, open, listChanged, tell, setNotice, wantList};
  }, [actor, locale, write, switchTo, readPlan, open, listChanged, tell, wantList]);
  const act = useCallback((): Promise<PlanActions> => {
    actions.current ??= import('./planActions').then(({planActions}) => planActions(() => internals.current!));
    return actions.current;
  }, []);

  // Opening the page: the plans of an earlier release moved in, the plan this
  // tab had (or the one changed last) opened, then a link's plan or a widget's choice.
  const started = useRef(false);
  useEffect(() => {
    // StrictMode runs effects twice in development; start once.
    if (started.current) return;
    started.current = true;
    const r = live.current;
    r.pendingId = randomId();
    r.store = browserStore();
    r.channel = channel();
    const found: StartupProblem[] = [];
    const hash = window.location.hash;
    void (async () => {
      let reads: ReadRecord[] | null = null;
      let legacyPlan: string | null = null;
      if (r.store) {
        if (hasLegacyValues(legacyStorage())) {
          const {moveLegacy} = await import('@site/src/planner/legacy');
          const moved = await moveLegacy(r.store, legacyStorage(), new Date());
          if (moved.left > 0) found.push({kind: 'legacyLeft', count: moved.left});
          legacyPlan = moved.planId;
        }
        reads = await timedAsync('planner: read saved plans', () => readAll(r.store!));
        // plans deleted longer ago than they can be brought back go for good
        const limit = Date.now() - KEEP_DELETED_DAYS * 24 * 60 * 60 * 1000;
        if (reads?.some((x) => x.kind === 'plan' && x.record.deletedAt && Date.parse(x.record.deletedAt) < limit)) {
          const {purgeDeleted} = await import('@site/src/planner/libraryList');
          if ((await purgeDeleted(r.store, reads, new Date())) > 0) reads = await readAll(r.store);
        }
      }
      if (!reads) {
        r.store = null;
        setAvailable(false);
        found.push({kind: 'storage'});
        // an earlier release's plan, still in localStorage, opens in the tab
        const text = legacyStorage()?.getItem(LEGACY_KEYS.plan);
        const legacy = typeof text === 'string' ? parsePlanFile(text) : null;
        if (legacy?.ok) actor.send({type: 'RESUME', plan: legacy.file.plan, previous: null});
      } else {
        setReads(reads);
        const unopened = reads.filter((x) => x.kind !== 'plan' && x.record?.deletedAt == null).length;
        if (unopened > 0) found.push({kind: 'unopened', count: unopened});
        // the plan this tab had open; else the one an earlier release had open; else the one changed last
        const open = (id: string | null) =>
          reads!.find(
            (x): x is Extract<ReadRecord, {kind: 'plan'}> =>
              x.id === id && x.kind === 'plan' && x.record.deletedAt === null,
          ) ?? null;
        const chosen = open(tabPlanId()) ?? open(legacyPlan) ?? latestPlan(reads);
        // the saved plan opens in place of the blank one the page was rendered with
        if (chosen) await switchTo({id: chosen.id, read: chosen}, false);
      }
      if (hasIntent(hash)) {
        const intent = decodeIntent(hash);
        if (!isEmptyIntent(intent)) actor.send({type: 'APPLY_INTENT', intent});
        window.history.replaceState(null, '', window.location.pathname + window.location.search);
      } else if (hasSharedPlan(hash)) {
        const shared = timed('planner: read share link', () => decodeShareFragment(hash));
        // The plan now lives in the page; a reload should not open the link again.
        window.history.replaceState(null, '', window.location.pathname + window.location.search);
        if (shared.ok) await openIncoming(shared.file.plan, 'link', 'unchecked' in shared);
        else found.push({kind: 'link', error: shared.error});
      }
      setProblems(found);
      setReady(true);
    })();
  }, [actor, openIncoming, switchTo]);

  // Every change written just after the frame that shows it, so the click
  // that moves to the next step does not wait for it; leaving or hiding the
  // page writes at once. Another tab's writes are brought in as they happen.
  useEffect(() => {
    if (!ready) return undefined;
    const r = live.current;
    let last = actor.getSnapshot().context;
    const writeSoon = () => {
      if (r.writeWaiting) return;
      r.writeWaiting = true;
      requestAnimationFrame(() => setTimeout(() => void write()));
    };
    const sub = actor.subscribe((snapshot) => {
      const {plan, previous, comparing} = snapshot.context;
      if (plan === last.plan && previous === last.previous && comparing === last.comparing) return;
      last = snapshot.context;
      writeSoon();
    });
    const onMessage = (event: MessageEvent<Message>) => {
      const message = event.data;
      if (message?.type === 'saved' && message.id === r.id && (message.rev < 0 || message.rev > (r.synced?.rev ?? 0)))
        void pull();
      // a plan added or removed anywhere changes the count; a plan changed, only the list on screen
      if (message?.type === 'list') void readList();
      else if (message?.type === 'saved') listSoon();
    };
    r.channel?.addEventListener('message', onMessage);
    // a tab that slept may have missed what others wrote
    const onVisible = () => {
      if (document.visibilityState === 'visible') void pull();
      else if (r.writeWaiting) void write();
    };
    const onHide = () => {
      if (r.writeWaiting) void write();
    };
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('pagehide', onHide);
    if (r.id === null && !isBlank(actor.getSnapshot().context.plan)) writeSoon();
    return () => {
      sub.unsubscribe();
      r.channel?.removeEventListener('message', onMessage);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('pagehide', onHide);
      if (r.writeWaiting) void write();
    };
  }, [actor, listSoon, pull, readList, ready, write]);

  // A plan belongs to a partnership from its first answer on (and a plan from
  // an earlier release, once opened here), so that the other party's version
  // of it can be told from an unrelated plan.
  useEffect(() => {
    if (!ready) return undefined;
    const ensure = () => {
      const {plan} = actor.getSnapshot().context;
      if (plan.partnershipId === null && !isBlank(plan)) actor.send({type: 'START_PARTNERSHIP', id: randomId()});
    };
    ensure();
    const sub = actor.subscribe(ensure);
    return () => sub.unsubscribe();
  }, [actor, ready]);

  const dismissNotice = useCallback(() => setNotice(null), []);

  // a new object each render: the parts that take it render with the planner anyway, and the
  // memoized toolbar takes only the stable callbacks
  return {
    ready,
    saveResult,
    problems,
    notice,
    dismissNotice,
    currentId,
    reads,
    usage,
    available,
    refresh,
    open,
    newPlan,
    openIncoming,
    act,
  };
}
