/**
 * The reader's plans, kept in the browser: each plan a record of its own in a
 * key-value store (IndexedDB in the page). The store is passed in, so this
 * stays free of the browser and is tested without one.
 *
 * A record holds the plan file exactly as a download would (so what cannot be
 * read is still there to download, and an earlier release's plan reads as any
 * old plan file does), with a revision that goes up with every write. A write
 * reads the record and writes it in one transaction: when another tab wrote
 * since this one last read it, the two are merged (threeWay.ts) rather than
 * one saved over the other. A record written by a newer release of the site
 * is never written by this one.
 */
import type {Locale} from '../catalog/types';
import {emptyPlan, isBlank, type Plan} from './plan';
import {PLAN_VERSION, parsePlanFile, toPlanFile, type PlanError} from './schema';
import {threeWay, type Conflict} from './threeWay';

/** What the page gives this module: idb-keyval's calls, bound to the planner's own database. */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  entries(): Promise<[unknown, unknown][]>;
  /** reads and writes one key in one transaction, so that no other tab writes it in between */
  update(key: string, updater: (old: unknown) => unknown): Promise<void>;
}

/** The layout of a record; a later release that changes it writes a higher number, which this one leaves alone. */
export const RECORD_FORMAT = 1;
const KEY_PREFIX = 'plan:';
/** A record's id: as a partnership's id, letters, digits, '-' and '_'. */
export const RECORD_ID = /^[A-Za-z0-9_-]{8,80}$/;
/** How long a deleted plan can be brought back. */
export const KEEP_DELETED_DAYS = 30;

/** Where a plan in the list came from, when not made here. */
export type RecordOrigin = 'legacy' | 'legacyPrevious' | 'legacyAside' | 'bundle' | 'file' | 'link' | 'copy';

export interface PlanRecord {
  format: typeof RECORD_FORMAT;
  id: string;
  /** goes up by one with every write */
  rev: number;
  /** ISO 8601 */
  savedAt: string;
  /** the plan file's version, read without parsing it, so that a newer one is never written over */
  version: number;
  /** the plan file, as a download holds it */
  text: string;
  /** the plan as it was before the last comparison was applied, to go back to */
  previous: string | null;
  /** when it was deleted, or null */
  deletedAt: string | null;
  origin: RecordOrigin | null;
}

export const recordKey = (id: string) => `${KEY_PREFIX}${id}`;

/** A record as read back: a plan, a record of a newer release, or something that cannot be read. */
export type ReadRecord =
  | {kind: 'plan'; id: string; record: PlanRecord; plan: Plan}
  | {kind: 'newer'; id: string; record: Partial<PlanRecord>}
  | {kind: 'unreadable'; id: string; error: PlanError; record: Partial<PlanRecord> | null; raw: string};

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const isMoment = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));

/** What can be downloaded of a stored value that cannot be read: its text, as kept. */
export function rawText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isObject(value) && typeof value.text === 'string') return value.text;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    try {
      return String(value);
    } catch {
      // an object that neither JSON nor String can write out: nothing of it to download
      return '';
    }
  }
}

/** The record's fields that hold together, for what a list says of a record it cannot open. */
function partial(value: unknown): Partial<PlanRecord> | null {
  if (!isObject(value)) return null;
  const out: Partial<PlanRecord> = {};
  if (typeof value.id === 'string' && RECORD_ID.test(value.id)) out.id = value.id;
  if (isMoment(value.savedAt)) out.savedAt = value.savedAt;
  if (value.deletedAt === null || isMoment(value.deletedAt)) out.deletedAt = value.deletedAt as string | null;
  if (typeof value.rev === 'number' && Number.isSafeInteger(value.rev)) out.rev = value.rev;
  return out;
}

/** Reads a stored value, whatever it is. Never throws. */
export function readRecord(id: string, value: unknown): ReadRecord {
  const record = partial(value);
  if (!isObject(value) || !record) return {kind: 'unreadable', id, error: 'notPlan', record: null, raw: rawText(value)};
  const format = value.format;
  const version = value.version;
  if (typeof format === 'number' && format > RECORD_FORMAT) return {kind: 'newer', id, record};
  if (typeof version === 'number' && version > PLAN_VERSION) return {kind: 'newer', id, record};
  if (
    format !== RECORD_FORMAT ||
    typeof value.text !== 'string' ||
    typeof value.rev !== 'number' ||
    !Number.isSafeInteger(value.rev) ||
    value.rev < 0 ||
    !isMoment(value.savedAt) ||
    !(value.deletedAt === null || isMoment(value.deletedAt)) ||
    !(value.previous === null || typeof value.previous === 'string')
  ) {
    return {kind: 'unreadable', id, error: 'invalid', record, raw: rawText(value)};
  }
  const parsed = parsePlanFile(value.text);
  if (!parsed.ok) {
    if (parsed.error === 'newerVersion') return {kind: 'newer', id, record};
    return {kind: 'unreadable', id, error: parsed.error, record, raw: value.text};
  }
  const origin =
    typeof value.origin === 'string' && ORIGINS.includes(value.origin as RecordOrigin) ? value.origin : null;
  return {
    kind: 'plan',
    id,
    record: {
      format: RECORD_FORMAT,
      id,
      rev: value.rev,
      savedAt: value.savedAt,
      version: PLAN_VERSION,
      text: value.text,
      previous: value.previous as string | null,
      deletedAt: value.deletedAt as string | null,
      origin: origin as RecordOrigin | null,
    },
    plan: parsed.file.plan,
  };
}

const ORIGINS: readonly RecordOrigin[] = ['legacy', 'legacyPrevious', 'legacyAside', 'bundle', 'file', 'link', 'copy'];

/** The plan as a record keeps it: the plan file, compact. */
export function planText(plan: Plan, locale: Locale, now: Date): string {
  return JSON.stringify(toPlanFile(plan, locale, now));
}

export function newRecord(
  id: string,
  text: string,
  now: Date,
  origin: RecordOrigin | null,
  previous: string | null = null,
) {
  return {
    format: RECORD_FORMAT,
    id,
    rev: 1,
    savedAt: now.toISOString(),
    version: PLAN_VERSION,
    text,
    previous,
    deletedAt: null,
    origin,
  } satisfies PlanRecord;
}

/** Every record in the store, read; null when the store cannot be read at all. Never throws. */
export async function readAll(store: KeyValueStore): Promise<ReadRecord[] | null> {
  let entries: [unknown, unknown][];
  try {
    entries = await store.entries();
  } catch {
    return null;
  }
  const out: ReadRecord[] = [];
  for (const [key, value] of entries) {
    if (typeof key !== 'string' || !key.startsWith(KEY_PREFIX) || value === undefined) continue;
    out.push(readRecord(key.slice(KEY_PREFIX.length), value));
  }
  return out;
}

/** One record, read; null when there is none; 'unavailable' when the store cannot be read. */
export async function readOne(store: KeyValueStore, id: string): Promise<ReadRecord | null | 'unavailable'> {
  let value: unknown;
  try {
    value = await store.get(recordKey(id));
  } catch {
    return 'unavailable';
  }
  return value === undefined ? null : readRecord(id, value);
}

/** The plan to open when a tab opens the planner: the one changed last that is not deleted. */
export function latestPlan(reads: readonly ReadRecord[]): Extract<ReadRecord, {kind: 'plan'}> | null {
  let best: Extract<ReadRecord, {kind: 'plan'}> | null = null;
  for (const read of reads) {
    if (read.kind !== 'plan' || read.record.deletedAt !== null) continue;
    if (!best || read.record.savedAt > best.record.savedAt) best = read;
  }
  return best;
}

/** The reader's plan of this partnership, if they keep one (the one changed last). */
export function planOfPartnership(
  reads: readonly ReadRecord[],
  partnershipId: string | null,
): Extract<ReadRecord, {kind: 'plan'}> | null {
  if (partnershipId === null) return null;
  return latestPlan(
    reads.filter((r) => r.kind === 'plan' && r.plan.partnershipId === partnershipId && !isBlank(r.plan)),
  );
}

export type StoreFailure = 'full' | 'unavailable';

function failure(e: unknown): StoreFailure {
  const name = isObject(e) || e instanceof Error ? String((e as {name?: unknown}).name) : '';
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? 'full' : 'unavailable';
}

/** What the tab last read or wrote of its plan: the base of the next merge. */
export interface Synced {
  rev: number;
  plan: Plan;
}

export type WriteOutcome =
  | {
      kind: 'written';
      rev: number;
      /** the plan as written: the tab's, with what other tabs wrote since merged in */
      plan: Plan;
      /** another tab had written since this one last read */
      moved: boolean;
      /** fields both changed: the stored value was kept, the tab's is for the reader to decide */
      conflicts: Conflict[];
      /** another tab deleted this plan: it stays deleted, and is written */
      deletedAt: string | null;
    }
  /** a newer release wrote the record since: left as it is */
  | {kind: 'newer'}
  /** the record cannot be read: left as it is */
  | {kind: 'unreadable'}
  | {kind: 'failed'; why: StoreFailure};

export interface WriteRequest {
  id: string;
  plan: Plan;
  /** what the tab last read or wrote; null for a plan not kept yet */
  base: Synced | null;
  /** the plan before the last comparison was applied; undefined leaves it as kept */
  previous?: Plan | null;
  locale: Locale;
  now: Date;
  origin?: RecordOrigin | null;
}

/**
 * Writes a tab's plan. When the record moved on since the tab's base, the
 * other writes are merged in: a field only one side changed takes that
 * side's value; a field both changed keeps the stored value, and the
 * conflict is returned for the reader to decide. Never throws.
 */
export async function writePlan(store: KeyValueStore, request: WriteRequest): Promise<WriteOutcome> {
  const {id, plan, base, locale, now} = request;
  let outcome: WriteOutcome = {kind: 'failed', why: 'unavailable'};
  try {
    await store.update(recordKey(id), (old) => {
      if (old === undefined) {
        const previous = request.previous ? planText(request.previous, locale, now) : null;
        outcome = {kind: 'written', rev: 1, plan, moved: false, conflicts: [], deletedAt: null};
        return newRecord(id, planText(plan, locale, now), now, request.origin ?? null, previous);
      }
      const read = readRecord(id, old);
      if (read.kind !== 'plan') {
        outcome = {kind: read.kind === 'newer' ? 'newer' : 'unreadable'};
        return old;
      }
      const stored = read.record;
      let written = plan;
      let conflicts: Conflict[] = [];
      const moved = base === null || stored.rev !== base.rev;
      if (moved) {
        const merged = threeWay(base?.plan ?? emptyPlan(), plan, read.plan, {role: true});
        written = {...merged.plan, step: plan.step, reached: plan.reached};
        conflicts = merged.conflicts;
      }
      const previous =
        request.previous === undefined
          ? stored.previous
          : request.previous === null
            ? null
            : planText(request.previous, locale, now);
      outcome = {kind: 'written', rev: stored.rev + 1, plan: written, moved, conflicts, deletedAt: stored.deletedAt};
      return {
        ...stored,
        rev: stored.rev + 1,
        savedAt: now.toISOString(),
        version: PLAN_VERSION,
        text: planText(written, locale, now),
        previous,
      } satisfies PlanRecord;
    });
  } catch (e) {
    return {kind: 'failed', why: failure(e)};
  }
  return outcome;
}

/**
 * Changes a kept record in one transaction: deleted or brought back, its
 * plan changed (renamed), or nothing when the record is not a readable plan.
 * Returns whether it was changed.
 */
export async function changeRecord(
  store: KeyValueStore,
  id: string,
  change: {deletedAt?: string | null; plan?: (plan: Plan) => Plan},
  locale: Locale,
  now: Date,
): Promise<boolean | StoreFailure> {
  let changed = false;
  let absent = false;
  try {
    await store.update(recordKey(id), (old) => {
      // removed meanwhile (in another tab): the transaction writes what it is given, so nothing is taken out below
      if (old === undefined) {
        absent = true;
        return undefined;
      }
      const read = readRecord(id, old);
      if (read.kind !== 'plan') return old;
      changed = true;
      const next: PlanRecord = {...read.record, rev: read.record.rev + 1};
      if (change.deletedAt !== undefined) next.deletedAt = change.deletedAt;
      if (change.plan) {
        next.text = planText(change.plan(read.plan), locale, now);
        next.savedAt = now.toISOString();
      }
      return next;
    });
    if (absent) await store.del(recordKey(id));
  } catch (e) {
    return failure(e);
  }
  return changed;
}

/** Adds a plan as a new record. Never throws. */
export async function addPlan(
  store: KeyValueStore,
  id: string,
  plan: Plan,
  origin: RecordOrigin | null,
  locale: Locale,
  now: Date,
): Promise<true | StoreFailure> {
  try {
    await store.set(recordKey(id), newRecord(id, planText(plan, locale, now), now, origin));
    return true;
  } catch (e) {
    return failure(e);
  }
}

/** Removes a record for good (a deleted plan past its time, or what the reader chose to remove). */
export async function removeRecord(store: KeyValueStore, id: string): Promise<boolean> {
  try {
    await store.del(recordKey(id));
    return true;
  } catch {
    return false;
  }
}

/** Where the first releases kept the reader's one plan, the plan a link replaced, and what they set aside. */
export const LEGACY_KEYS = {
  plan: 'saas-partnership-planner.plan',
  previous: 'saas-partnership-planner.previous',
  aside: [
    'saas-partnership-planner.plan.unreadable',
    ...Array.from({length: 5}, (_, i) => `saas-partnership-planner.plan.unreadable.${i + 1}`),
  ],
} as const;

/** Does localStorage hold anything an earlier release kept (to move it, see legacy.ts)? Never throws. */
export function hasLegacyValues(storage: Pick<Storage, 'getItem'> | null): boolean {
  if (!storage) return false;
  return [LEGACY_KEYS.plan, LEGACY_KEYS.previous, ...LEGACY_KEYS.aside].some((key) => {
    try {
      return storage.getItem(key) !== null;
    } catch {
      return false;
    }
  });
}

/** The format named at the start of a file of every plan (bundle.ts). */
export const BUNDLE_FORMAT = 'saas-partnership-plans';

/** Is this text (already read) a bundle rather than one plan file? Looks only at its start. */
export function looksLikeBundle(text: string): boolean {
  return /^\s*\{\s*"format"\s*:\s*"saas-partnership-plans"/.test(text.slice(0, 200));
}
