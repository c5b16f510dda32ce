/**
 * The plans' IndexedDB for component tests: fake-indexeddb stands in for the
 * browser's, made afresh for each test, and read and seeded through the same
 * calls the planner uses.
 */
import 'fake-indexeddb/auto';
import {IDBFactory} from 'fake-indexeddb';
import {browserStore} from '@site/src/components/Planner/browserStore';
import {latestPlan, readAll, recordKey, writePlan, type ReadRecord} from '@site/src/planner/library';
import type {Plan} from '@site/src/planner/plan';

/** A browser with nothing kept: a new, empty IndexedDB, and nothing in this tab's session. */
export function freshBrowser(): void {
  globalThis.indexedDB = new IDBFactory();
  window.sessionStorage.clear();
  window.localStorage.clear();
}

/** Every record kept, read as the planner reads it. */
export async function keptRecords(): Promise<ReadRecord[]> {
  return (await readAll(browserStore()!)) ?? [];
}

/** The plan changed last, as kept; null when none is. */
export async function keptPlan(): Promise<Plan | null> {
  return latestPlan(await keptRecords())?.plan ?? null;
}

/** Keeps a plan, as the planner would have, and returns its id. */
export async function seedPlan(plan: Plan, id = `seeded-${Math.random().toString(16).slice(2, 10)}`): Promise<string> {
  const outcome = await writePlan(browserStore()!, {
    id,
    plan,
    base: null,
    locale: 'ja',
    now: new Date(),
  });
  if (outcome.kind !== 'written') throw new Error(`not seeded: ${outcome.kind}`);
  return id;
}

/** Puts any value where a plan's record goes: what another release, or damage, may leave. */
export async function seedRaw(id: string, value: unknown): Promise<void> {
  await browserStore()!.set(recordKey(id), value);
}

/** The value kept under a record's key, as it is. */
export async function rawRecord(id: string): Promise<unknown> {
  return browserStore()!.get(recordKey(id));
}
