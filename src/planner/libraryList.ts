/**
 * The reader's plans as their list shows them, and what the list does that
 * the planner's start does not need: a copy for another customer, and the
 * removal of plans deleted long ago. Loaded with the list.
 */
import type {Locale, Text} from '../catalog/types';
import type {Plan, Role} from './plan';
import type {PlanError} from './schema';
import {KEEP_DELETED_DAYS, removeRecord, type KeyValueStore, type ReadRecord, type RecordOrigin} from './library';

/** A plan as the list shows it. */
export interface PlanEntry {
  id: string;
  state: 'plan' | 'newer' | 'unreadable';
  error: PlanError | null;
  /** the partnership's name as the reader wrote it ('' when not named) */
  name: string;
  parties: {lead: string; partner: string; customer: string};
  role: Role | null;
  partnershipId: string | null;
  savedAt: string | null;
  deletedAt: string | null;
  origin: RecordOrigin | null;
  /** characters kept */
  size: number;
}

export function entryOf(read: ReadRecord): PlanEntry {
  const base = {
    id: read.id,
    name: '',
    parties: {lead: '', partner: '', customer: ''},
    role: null,
    partnershipId: null,
    savedAt: read.record?.savedAt ?? null,
    deletedAt: read.record?.deletedAt ?? null,
    origin: null,
  };
  if (read.kind === 'plan') {
    const {names, role, partnershipId} = read.plan;
    return {
      ...base,
      state: 'plan',
      error: null,
      name: names.partnership,
      parties: {lead: names.lead, partner: names.partner, customer: names.customer},
      role,
      partnershipId,
      origin: read.record.origin,
      size: read.record.text.length + (read.record.previous?.length ?? 0),
    };
  }
  if (read.kind === 'newer') return {...base, state: 'newer', error: 'newerVersion', size: 0};
  return {...base, state: 'unreadable', error: read.error, size: read.raw.length};
}

/** The list: plans kept, the most recently changed first; deleted ones apart. */
export function listEntries(reads: readonly ReadRecord[]): {kept: PlanEntry[]; deleted: PlanEntry[]} {
  const entries = reads.map(entryOf).sort((a, b) => (b.savedAt ?? '').localeCompare(a.savedAt ?? ''));
  return {kept: entries.filter((e) => e.deletedAt === null), deleted: entries.filter((e) => e.deletedAt !== null)};
}

/**
 * Removes the plans deleted more than KEEP_DELETED_DAYS ago. What this
 * release cannot read (a newer release's record) is left to that release.
 * Returns how many.
 */
export async function purgeDeleted(store: KeyValueStore, reads: readonly ReadRecord[], now: Date): Promise<number> {
  const limit = now.getTime() - KEEP_DELETED_DAYS * 24 * 60 * 60 * 1000;
  let removed = 0;
  for (const read of reads) {
    if (read.kind !== 'plan') continue;
    const deletedAt = read.record.deletedAt;
    if (typeof deletedAt === 'string' && Date.parse(deletedAt) < limit && (await removeRecord(store, read.id)))
      removed++;
  }
  return removed;
}

/**
 * A copy of a plan for another partnership with the same partner ("same
 * partner, new customer"): the answers, the parties' names other than the
 * customer's, and every line's status, owner, note and outcome stay; the
 * customer's name, the next meeting (date, attendees, agenda) and who changed
 * what do not. It is a partnership of its
 * own, so it gets its own id (given by the caller).
 */
export function copyOfPlan(plan: Plan, partnershipId: string, suffix: Text, locale: Locale): Plan {
  return {
    ...plan,
    partnershipId,
    names: {...plan.names, partnership: `${plan.names.partnership}${suffix[locale]}`.trim(), customer: ''},
    edits: {},
    received: null,
    meeting: {date: '', attendees: '', agenda: []},
  };
}
