/**
 * The reader's plans kept in the browser's key-value store (IndexedDB in the
 * page; a Map here): what one tab saves is kept, what two tabs save is
 * merged rather than one saved over the other, what a newer release or a
 * damaged record holds is never written over, a full or missing store is
 * reported rather than thrown, and what an earlier release kept in
 * localStorage moves into the list without loss.
 */
import {afterEach, describe, expect, it} from 'vitest';
import * as fc from 'fast-check';
import {comparePlans} from '@site/src/planner/compare';
import {emptyPlan, isBlank, type Plan} from '@site/src/planner/plan';
import {PLAN_VERSION, parsePlanFile, serializePlanFile, toPlanFile} from '@site/src/planner/schema';
import {
  BUNDLE_FORMAT,
  KEEP_DELETED_DAYS,
  LEGACY_KEYS,
  RECORD_FORMAT,
  addPlan,
  changeRecord,
  latestPlan,
  looksLikeBundle,
  planOfPartnership,
  readAll,
  readOne,
  readRecord,
  recordKey,
  removeRecord,
  writePlan,
  type KeyValueStore,
  type ReadRecord,
  type RecordOrigin,
  type Synced,
  type WriteRequest,
} from '@site/src/planner/library';
import {copyOfPlan, listEntries, purgeDeleted} from '@site/src/planner/libraryList';
import {
  BUNDLE_VERSION,
  MAX_BUNDLE_CHARS,
  MAX_BUNDLE_PLANS,
  bundleText,
  newToStore,
  parseBundle,
} from '@site/src/planner/bundle';
import {moveLegacy, type LegacyStorage} from '@site/src/planner/legacy';
import {applyEdits, editArb, editKey, editedLineIds, momentArb, planArb, valueAt} from '../support/planArbitraries';

// Every write and read goes through the plan file (a few milliseconds each).
const RUNS = {numRuns: 40};
const NOW = new Date('2025-04-01T09:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;
const later = (minutes: number, from: Date = NOW) => new Date(from.getTime() + minutes * 60_000);

type PlanRead = Extract<ReadRecord, {kind: 'plan'}>;

// ---------------------------------------------------------------------------
// Stores

/**
 * IndexedDB as idb-keyval gives it to the page, in memory: values are
 * structured clones, `update` stores whatever its updater returns, and past
 * `quota` characters (as JSON) a write is refused as a browser refuses it.
 */
class MemoryStore implements KeyValueStore {
  readonly values = new Map<string, unknown>();
  constructor(private readonly quota = Infinity) {}

  private put(key: string, value: unknown): void {
    let used = charsOf(value);
    for (const [k, v] of this.values) if (k !== key) used += charsOf(v);
    if (used > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.values.set(key, structuredClone(value));
  }

  async get(key: string) {
    return structuredClone(this.values.get(key));
  }
  async set(key: string, value: unknown) {
    this.put(key, value);
  }
  async del(key: string) {
    this.values.delete(key);
  }
  async entries(): Promise<[unknown, unknown][]> {
    return [...this.values].map(([k, v]) => [k, structuredClone(v)]);
  }
  async update(key: string, updater: (old: unknown) => unknown) {
    this.put(key, updater(structuredClone(this.values.get(key))));
  }

  /** Every stored value as text, to tell that nothing was written. */
  snapshot(): string {
    return JSON.stringify([...this.values]);
  }
}

function charsOf(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return 0;
  }
}

/** A store the browser took away (private mode, a closed database): every call rejects. */
function rejectingStore(): KeyValueStore {
  const fail = () => Promise.reject(new DOMException('The database connection is closing.', 'InvalidStateError'));
  return {get: fail, set: fail, del: fail, entries: fail, update: fail};
}

/** A store whose every call throws before it returns a promise at all. */
function throwingStore(): KeyValueStore {
  const fail = () => {
    throw new TypeError('indexedDB is not available');
  };
  return {get: fail, set: fail, del: fail, entries: fail, update: fail};
}

/** localStorage of an earlier release: a Map, with getItem and removeItem. */
class FakeLocalStorage implements LegacyStorage {
  readonly items = new Map<string, unknown>();
  constructor(
    items: Record<string, unknown> = {},
    private readonly refuseRemove = false,
  ) {
    for (const [k, v] of Object.entries(items)) this.items.set(k, v);
  }
  getItem(key: string): string | null {
    return (this.items.has(key) ? this.items.get(key) : null) as string | null;
  }
  removeItem(key: string): void {
    if (this.refuseRemove) throw new DOMException('denied', 'SecurityError');
    this.items.delete(key);
  }
}

// ---------------------------------------------------------------------------
// Helpers

function save(store: KeyValueStore, id: string, plan: Plan, base: Synced | null, extra: Partial<WriteRequest> = {}) {
  return writePlan(store, {id, plan, base, locale: 'ja', now: NOW, ...extra});
}

/** The plan kept under `id`, which must be a readable plan. */
async function kept(store: KeyValueStore, id: string): Promise<PlanRead> {
  const read = await readOne(store, id);
  if (read === null || read === 'unavailable' || read.kind !== 'plan') {
    throw new Error(`no readable plan kept as ${id}: ${JSON.stringify(read)}`);
  }
  return read;
}

/** The keys of the fields two plans hold differently, the role included. */
const differences = (a: Plan, b: Plan) => comparePlans(a, b, {role: true}).map((c) => c.key);

const withNote = (plan: Plan, id: string, note: string): Plan => ({
  ...plan,
  lines: {...plan.lines, [id]: {...plan.lines[id], note}},
});

const named = (partnership: string, patch: Partial<Plan> = {}): Plan => ({
  ...emptyPlan(),
  names: {...emptyPlan().names, partnership},
  ...patch,
});

/** A plan file text of the plan, as a download holds it. */
const fileText = (plan: Plan, savedAt = NOW) => serializePlanFile(toPlanFile(plan, 'ja', savedAt));

/** Writes a plan, then gives the stored record back so that a test can change it as another release would. */
async function storedRecord(store: MemoryStore, id: string, plan: Plan): Promise<Record<string, unknown>> {
  await save(store, id, plan, null);
  return structuredClone(store.values.get(recordKey(id))) as Record<string, unknown>;
}

const editsArb = fc.array(editArb, {minLength: 1, maxLength: 6});
const disjointEditsArb = fc.tuple(editsArb, editsArb).map(([a, b]) => {
  const inA = new Set(a.map(editKey));
  return [a, b.filter((e) => !inA.has(editKey(e)))] as const;
});

afterEach(() => {
  // a hostile record must never reach Object.prototype
  expect(({} as Record<string, unknown>).format).toBeUndefined();
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

// ---------------------------------------------------------------------------

describe('saving the plan open in a tab', () => {
  it('a plan saved for the first time is kept as revision 1 and reads back unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(planArb, fc.constantFrom<RecordOrigin | null>(null, 'file', 'link'), async (plan, origin) => {
        const store = new MemoryStore();
        const outcome = await save(store, 'plan-0001', plan, null, {origin});
        expect(outcome).toEqual({kind: 'written', rev: 1, plan, moved: false, conflicts: [], deletedAt: null});
        const read = await kept(store, 'plan-0001');
        expect(read.plan).toEqual(plan);
        expect(read.record).toMatchObject({
          format: RECORD_FORMAT,
          rev: 1,
          savedAt: NOW.toISOString(),
          version: PLAN_VERSION,
          deletedAt: null,
          previous: null,
          origin,
        });
        expect(await readAll(store)).toEqual([read]);
      }),
      RUNS,
    );
  });

  it('each save from the revision the tab last saved goes up by one and keeps exactly the tab’s plan', async () => {
    await fc.assert(
      fc.asyncProperty(planArb, fc.array(editArb, {minLength: 1, maxLength: 4}), async (start, edits) => {
        const store = new MemoryStore();
        const first = await save(store, 'plan-0001', start, null);
        if (first.kind !== 'written') throw new Error(first.kind);
        let synced: Synced = {rev: first.rev, plan: first.plan};
        let plan = start;
        for (const [i, edit] of edits.entries()) {
          plan = applyEdits(plan, [edit]);
          const outcome = await save(store, 'plan-0001', plan, synced, {now: later(i + 1)});
          expect(outcome).toEqual({kind: 'written', rev: i + 2, plan, moved: false, conflicts: [], deletedAt: null});
          synced = {rev: i + 2, plan};
          const read = await kept(store, 'plan-0001');
          expect(read.plan).toEqual(plan);
          expect(read.record.rev).toBe(i + 2);
          expect(read.record.savedAt).toBe(later(i + 1).toISOString());
        }
      }),
      RUNS,
    );
  });

  it('two tabs editing different fields from the same revision both keep their edits', async () => {
    await fc.assert(
      fc.asyncProperty(planArb, disjointEditsArb, async (start, [aEdits, bEdits]) => {
        const store = new MemoryStore();
        await save(store, 'plan-0001', start, null);
        const base: Synced = {rev: 1, plan: (await kept(store, 'plan-0001')).plan};
        const tabA = applyEdits(base.plan, aEdits);
        const tabB = {...applyEdits(base.plan, bEdits), step: 'review' as const, reached: 'review' as const};

        const a = await save(store, 'plan-0001', tabA, base, {now: later(1)});
        expect(a).toMatchObject({kind: 'written', rev: 2, moved: false, conflicts: []});
        const b = await save(store, 'plan-0001', tabB, base, {now: later(2)});
        expect(b).toMatchObject({kind: 'written', rev: 3, moved: true, conflicts: []});

        const read = await kept(store, 'plan-0001');
        expect(read.record.rev).toBe(3);
        for (const e of aEdits) expect(valueAt(read.plan, e), `tab A: ${editKey(e)}`).toEqual(valueAt(tabA, e));
        for (const e of bEdits) expect(valueAt(read.plan, e), `tab B: ${editKey(e)}`).toEqual(valueAt(tabB, e));
        expect(differences(read.plan, applyEdits(tabA, bEdits))).toEqual([]);
        // the second tab gets the plan as written, to go on from; it stays on its own step
        if (b.kind !== 'written') throw new Error(b.kind);
        expect(differences(b.plan, read.plan)).toEqual([]);
        expect(read.plan.step).toBe('review');
      }),
      RUNS,
    );
  });

  it('two tabs writing one note differently: the later save gets one conflict and the note saved first is kept', async () => {
    await fc.assert(
      fc.asyncProperty(
        planArb,
        fc.constantFrom(...editedLineIds),
        fc.uniqueArray(fc.constantFrom('A社に確認済み', 'B社の回答待ち', '保留', 'agreed on 3/1'), {
          minLength: 2,
          maxLength: 2,
        }),
        async (start, id, [noteA, noteB]) => {
          // the base's note is neither tab's, so both changed it
          const startPlan = withNote(start, id, 'base note');
          const store = new MemoryStore();
          await save(store, 'plan-0001', startPlan, null);
          const base: Synced = {rev: 1, plan: (await kept(store, 'plan-0001')).plan};

          await save(store, 'plan-0001', withNote(base.plan, id, noteA), base, {now: later(1)});
          const b = await save(store, 'plan-0001', withNote(base.plan, id, noteB), base, {now: later(2)});
          if (b.kind !== 'written') throw new Error(b.kind);
          expect(b.moved).toBe(true);
          expect(b.conflicts).toHaveLength(1);
          expect(b.conflicts[0]).toMatchObject({
            key: `line|${id}|note`,
            base: 'base note',
            mine: noteB,
            theirs: noteA,
          });
          expect((await kept(store, 'plan-0001')).plan.lines[id].note).toBe(noteA);
          expect(b.plan.lines[id].note).toBe(noteA);

          // once the reader decides for their own note, it is saved
          const decided = await save(store, 'plan-0001', withNote(b.plan, id, noteB), {rev: b.rev, plan: b.plan});
          expect(decided).toMatchObject({kind: 'written', rev: 4, moved: false, conflicts: []});
          expect((await kept(store, 'plan-0001')).plan.lines[id].note).toBe(noteB);
        },
      ),
      RUNS,
    );
  });

  it('a tab that never saved its plan, when another tab created it first, merges with it instead of replacing it', async () => {
    const store = new MemoryStore();
    const tabA = named('', {names: {partnership: '', lead: 'A社', partner: '', customer: ''}});
    const tabB = named('', {names: {partnership: '', lead: '', partner: 'B社', customer: ''}});
    await save(store, 'plan-0001', tabA, null);
    const b = await save(store, 'plan-0001', tabB, null, {now: later(1)});
    expect(b).toMatchObject({kind: 'written', rev: 2, moved: true, conflicts: []});
    expect((await kept(store, 'plan-0001')).plan.names).toEqual({
      partnership: '',
      lead: 'A社',
      partner: 'B社',
      customer: '',
    });
  });

  it('a plan deleted in another tab stays deleted when this tab saves it, and the tab is told', async () => {
    const store = new MemoryStore();
    const plan = named('勤怠×給与');
    await save(store, 'plan-0001', plan, null);
    const deletedAt = later(1).toISOString();
    expect(await changeRecord(store, 'plan-0001', {deletedAt}, 'ja', later(1))).toBe(true);
    const outcome = await save(store, 'plan-0001', named('勤怠×給与 連携'), {rev: 1, plan}, {now: later(2)});
    expect(outcome).toMatchObject({kind: 'written', rev: 3, deletedAt});
    const read = await kept(store, 'plan-0001');
    expect(read.record.deletedAt).toBe(deletedAt);
    expect(read.plan.names.partnership).toBe('勤怠×給与 連携');
  });

  it('the plan before a comparison is kept to go back to until the tab clears it', async () => {
    const store = new MemoryStore();
    const before = named('before the comparison');
    const after = named('after the comparison');
    await save(store, 'plan-0001', after, null, {previous: before});
    const first = await kept(store, 'plan-0001');
    expect(parsePlanFile(first.record.previous!)).toMatchObject({ok: true, file: {plan: before}});

    await save(store, 'plan-0001', named('renamed'), {rev: 1, plan: after});
    expect((await kept(store, 'plan-0001')).record.previous).toBe(first.record.previous);

    await save(store, 'plan-0001', named('renamed'), {rev: 2, plan: named('renamed')}, {previous: null});
    expect((await kept(store, 'plan-0001')).record.previous).toBeNull();
  });

  describe('a record a newer release wrote is never written over', () => {
    const cases: [string, (r: Record<string, unknown>) => unknown][] = [
      ['a higher plan version', (r) => ({...r, version: PLAN_VERSION + 1})],
      ['a higher record format', (r) => ({...r, format: RECORD_FORMAT + 1, layout: 'new'})],
      [
        'a plan file of a higher version inside',
        (r) => ({...r, text: JSON.stringify({...JSON.parse(r.text as string), version: PLAN_VERSION + 1})}),
      ],
    ];
    for (const [name, newer] of cases) {
      it(`${name}: the save is refused and the record is left byte for byte`, async () => {
        const store = new MemoryStore();
        const value = newer(await storedRecord(store, 'plan-0001', named('original')));
        store.values.set(recordKey('plan-0001'), value);
        const before = store.snapshot();
        const outcome = await save(store, 'plan-0001', named('this release'), {rev: 1, plan: named('original')});
        expect(outcome).toEqual({kind: 'newer'});
        expect(store.snapshot()).toBe(before);
        expect(store.values.get(recordKey('plan-0001'))).toEqual(value);
        expect(await readOne(store, 'plan-0001')).toMatchObject({kind: 'newer', id: 'plan-0001'});
        // nor renamed, deleted or brought back
        expect(await changeRecord(store, 'plan-0001', {deletedAt: NOW.toISOString()}, 'ja', NOW)).toBe(false);
        expect(await changeRecord(store, 'plan-0001', {plan: () => named('x')}, 'ja', NOW)).toBe(false);
        expect(store.snapshot()).toBe(before);
      });
    }
  });

  describe('a record that cannot be read is never written over', () => {
    const cases: [string, (r: Record<string, unknown>) => unknown][] = [
      ['text that is not JSON', (r) => ({...r, text: '{"format": "saas-partnership-plan", "plan": {'})],
      ['text that is JSON but no plan', (r) => ({...r, text: '{"hello": "world"}'})],
      [
        'a plan with a right-to-left override in a name',
        (r) => ({...r, text: (r.text as string).replace('original', 'orig\u202Einal')}),
      ],
      ['a negative revision', (r) => ({...r, rev: -1})],
      ['a bare string', () => 'just some text'],
      ['a number', () => 42],
    ];
    for (const [name, damaged] of cases) {
      it(`${name}: the save is refused and the record is left as it was`, async () => {
        const store = new MemoryStore();
        const value = damaged(await storedRecord(store, 'plan-0001', named('original')));
        store.values.set(recordKey('plan-0001'), value);
        const before = store.snapshot();
        const outcome = await save(store, 'plan-0001', named('this release'), {rev: 1, plan: named('original')});
        expect(outcome).toEqual({kind: 'unreadable'});
        expect(store.snapshot()).toBe(before);
        expect(await readOne(store, 'plan-0001')).toMatchObject({kind: 'unreadable', id: 'plan-0001'});
      });
    }
  });

  it('a full store is reported as full, and the plan saved last is still kept', async () => {
    const store = new MemoryStore(10_000);
    const small = named('小さな計画');
    expect(await save(store, 'plan-0001', small, null)).toMatchObject({kind: 'written', rev: 1});
    const before = store.snapshot();
    // every edited line with a full note: more than the store has room for
    const big = editedLineIds.reduce((p, id) => withNote(p, id, 'あ'.repeat(2000)), small);
    const outcome = await save(store, 'plan-0001', big, {rev: 1, plan: small});
    expect(outcome).toEqual({kind: 'failed', why: 'full'});
    expect(store.snapshot()).toBe(before);
    expect((await kept(store, 'plan-0001')).plan).toEqual(small);
    // a new plan that does not fit is not half kept either
    expect(await save(store, 'plan-0002', big, null)).toEqual({kind: 'failed', why: 'full'});
    expect(await readOne(store, 'plan-0002')).toBeNull();
    expect(await addPlan(store, 'plan-0003', big, 'file', 'ja', NOW)).toBe('full');
    expect(store.snapshot()).toBe(before);
  });

  it('Firefox’s older name for a full store is reported as full too', async () => {
    const store = new MemoryStore();
    store.update = async () => {
      throw new DOMException('quota', 'NS_ERROR_DOM_QUOTA_REACHED');
    };
    expect(await save(store, 'plan-0001', named('x'), null)).toEqual({kind: 'failed', why: 'full'});
  });

  it('a store the browser took away is reported as unavailable, and nothing throws', async () => {
    for (const store of [rejectingStore(), throwingStore()]) {
      await expect(save(store, 'plan-0001', named('x'), null)).resolves.toEqual({kind: 'failed', why: 'unavailable'});
      await expect(readAll(store)).resolves.toBeNull();
      await expect(readOne(store, 'plan-0001')).resolves.toBe('unavailable');
      await expect(changeRecord(store, 'plan-0001', {deletedAt: null}, 'ja', NOW)).resolves.toBe('unavailable');
      await expect(addPlan(store, 'plan-0001', named('x'), null, 'ja', NOW)).resolves.toBe('unavailable');
      await expect(removeRecord(store, 'plan-0001')).resolves.toBe(false);
    }
  });

  it('a store that fails with something other than an error is still only “unavailable”', async () => {
    for (const thrown of [null, undefined, 'closed', 0, {name: 42}]) {
      const store = new MemoryStore();
      store.update = () => Promise.reject(thrown);
      await expect(save(store, 'plan-0001', named('x'), null)).resolves.toEqual({kind: 'failed', why: 'unavailable'});
    }
  });
});

// ---------------------------------------------------------------------------

describe('reading whatever is stored', () => {
  const hostile = fc.anything({
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withObjectString: true,
    withTypedArray: true,
    withSparseArray: true,
    withUnicodeString: true,
    maxDepth: 3,
  });

  it('any value at all is read without throwing, as a record that cannot be opened', () => {
    fc.assert(
      fc.property(hostile, (value) => {
        const read = readRecord('plan-0001', value);
        expect(read.kind === 'unreadable' || read.kind === 'newer').toBe(true);
        if (read.kind === 'unreadable') expect(typeof read.raw).toBe('string');
      }),
      {numRuns: 500},
    );
  });

  it('a record-shaped value with anything in one field never throws, and opens only when that field is sound', async () => {
    const record = await storedRecord(new MemoryStore(), 'plan-0001', named('original'));
    fc.assert(
      fc.property(
        fc.constantFrom('format', 'rev', 'savedAt', 'text', 'deletedAt', 'previous', 'version'),
        hostile,
        (field, value) => {
          const read = readRecord('plan-0001', {...record, [field]: value});
          if (read.kind === 'plan') {
            expect(Number.isSafeInteger(read.record.rev) && read.record.rev >= 0).toBe(true);
            expect(typeof read.record.text).toBe('string');
            expect(Number.isNaN(Date.parse(read.record.savedAt))).toBe(false);
            expect(read.plan.names.partnership).toBe('original');
          } else if (read.kind === 'unreadable') {
            expect(typeof read.raw).toBe('string');
          }
        },
      ),
      {numRuns: 300},
    );
  });

  it('a record whose text is not a string is unreadable, and what is kept is still there to download', async () => {
    const record = await storedRecord(new MemoryStore(), 'plan-0001', named('original'));
    for (const text of [42, null, undefined, true, {plan: 'x'}, ['a'], JSON.parse(record.text as string)]) {
      const read = readRecord('plan-0001', {...record, text});
      expect(read.kind, JSON.stringify(text)).toBe('unreadable');
      if (read.kind !== 'unreadable') continue;
      expect(read.error).toBe('invalid');
      expect(typeof read.raw).toBe('string');
      // the rest of the record is in it
      expect(read.raw).toContain('"savedAt"');
    }
  });

  it('a revision that is not a whole number from 0 on is unreadable, however large', async () => {
    const record = await storedRecord(new MemoryStore(), 'plan-0001', named('original'));
    for (const rev of [-1, 1.5, NaN, Infinity, 2 ** 53, 1e300, '3', null]) {
      expect(readRecord('plan-0001', {...record, rev}).kind, String(rev)).toBe('unreadable');
    }
    expect(readRecord('plan-0001', {...record, rev: Number.MAX_SAFE_INTEGER}).kind).toBe('plan');
  });

  it('a value whose fields hide under __proto__ is not read as a record, and pollutes nothing', async () => {
    const record = await storedRecord(new MemoryStore(), 'plan-0001', named('original'));
    const hidden: unknown = JSON.parse(`{"__proto__": ${JSON.stringify({...record, polluted: true})}}`);
    expect(readRecord('plan-0001', hidden)).toMatchObject({kind: 'unreadable'});
    const beside: unknown = JSON.parse(JSON.stringify(record).replace(/^\{/, '{"__proto__": {"polluted": true},'));
    const read = readRecord('plan-0001', beside);
    expect(read.kind).toBe('plan');
    if (read.kind === 'plan') expect(read.plan.names.partnership).toBe('original');
  });

  it('a damaged plan text is given back exactly as kept, to download', async () => {
    const record = await storedRecord(new MemoryStore(), 'plan-0001', named('original'));
    const text = (record.text as string).slice(0, 50);
    expect(readRecord('plan-0001', {...record, text})).toMatchObject({kind: 'unreadable', error: 'notJson', raw: text});
    expect(readRecord('plan-0001', 'plain text')).toMatchObject({kind: 'unreadable', raw: 'plain text'});
  });

  it('a stored object that neither JSON nor String can write out is unreadable, not thrown on', async () => {
    // IndexedDB keeps cycles and BigInts; an object whose toString is not a function cannot be made a string
    const cyclic: Record<string, unknown> = {toString: 0, format: 1};
    cyclic.self = cyclic;
    const bigNoProto = Object.assign(Object.create(null) as object, {rev: 1n});
    for (const value of [cyclic, bigNoProto, [bigNoProto]]) {
      let read: ReadRecord | undefined;
      expect(() => (read = readRecord('plan-0001', value))).not.toThrow();
      expect(read?.kind).toBe('unreadable');
    }
    // one such value does not take the whole list away
    const store = new MemoryStore();
    await save(store, 'plan-0001', named('kept'), null);
    store.values.set(recordKey('plan-odd-0002'), cyclic);
    const reads = await readAll(store).catch((e: unknown) => `readAll threw: ${String(e)}`);
    expect(Array.isArray(reads) ? reads.map((r) => [r.id, r.kind]) : reads).toEqual([
      ['plan-0001', 'plan'],
      ['plan-odd-0002', 'unreadable'],
    ]);
  });

  it('keys that are not plans are not listed', async () => {
    const store = new MemoryStore();
    await save(store, 'plan-0001', named('x'), null);
    store.values.set('settings', {theme: 'dark'});
    store.values.set('plan', 'no id');
    const reads = await readAll(store);
    expect(reads?.map((r) => r.id)).toEqual(['plan-0001']);
  });
});

// ---------------------------------------------------------------------------

describe('the list of kept plans', () => {
  /** Plans saved at distinct moments, some deleted since. */
  const keptArb = fc
    .uniqueArray(momentArb, {minLength: 1, maxLength: 6})
    .chain((moments) =>
      fc.tuple(
        fc.constant(moments),
        fc.array(fc.boolean(), {minLength: moments.length, maxLength: moments.length}),
        fc.nat(2),
      ),
    );

  it('lists plans most recently saved first, deleted ones apart, and opens the latest one not deleted', async () => {
    await fc.assert(
      fc.asyncProperty(keptArb, async ([moments, deleted, junk]) => {
        const store = new MemoryStore();
        for (const [i, at] of moments.entries()) {
          const id = `plan-${i}-aaaa`;
          await save(store, id, named(`plan ${i}`), null, {now: new Date(at)});
          if (deleted[i]) await changeRecord(store, id, {deletedAt: NOW.toISOString()}, 'ja', NOW);
        }
        for (let i = 0; i < junk; i++) store.values.set(recordKey(`junk-${i}-aaaa`), `junk ${i}`);
        const reads = (await readAll(store))!;
        const {kept: keptEntries, deleted: deletedEntries} = listEntries(reads);

        expect([...keptEntries, ...deletedEntries].map((e) => e.id).sort()).toEqual(reads.map((r) => r.id).sort());
        expect(deletedEntries.map((e) => e.id).sort()).toEqual(
          moments.map((_, i) => `plan-${i}-aaaa`).filter((_, i) => deleted[i]),
        );
        for (const list of [keptEntries, deletedEntries]) {
          const saved = list.map((e) => e.savedAt).filter((s) => s !== null);
          expect(saved).toEqual([...saved].sort().reverse());
          // what cannot be read comes after what can
          expect(list.findIndex((e) => e.savedAt === null)).toBe(
            list.some((e) => e.savedAt === null) ? saved.length : -1,
          );
        }
        for (const e of keptEntries.filter((e) => e.state === 'plan')) {
          expect(e.name).toBe(`plan ${e.id.split('-')[1]}`);
          expect(e.savedAt).toBe(moments[Number(e.id.split('-')[1])]);
        }
        expect(keptEntries.filter((e) => e.state === 'unreadable')).toHaveLength(junk);

        const latest = latestPlan(reads);
        const notDeleted = moments.map((at, i) => ({at, i})).filter(({i}) => !deleted[i]);
        if (notDeleted.length === 0) expect(latest).toBeNull();
        else {
          const newest = notDeleted.reduce((a, b) => (b.at > a.at ? b : a));
          expect(latest?.id).toBe(`plan-${newest.i}-aaaa`);
        }
      }),
      RUNS,
    );
  });

  it('the plan of a partnership is the latest one kept for it that holds anything', async () => {
    const store = new MemoryStore();
    const pid = 'partnership-1234';
    const plans: [string, Plan, number, boolean][] = [
      ['plan-older-a', named('older', {partnershipId: pid}), 1, false],
      ['plan-chosen-b', named('chosen', {partnershipId: pid}), 2, false],
      ['plan-blank-c', {...emptyPlan(), partnershipId: pid}, 3, false],
      ['plan-other-d', named('other partnership', {partnershipId: 'partnership-9999'}), 4, false],
      ['plan-deleted-e', named('deleted', {partnershipId: pid}), 5, true],
      ['plan-nopid-f', named('no partnership'), 6, false],
    ];
    for (const [id, plan, minutes, deleted] of plans) {
      await save(store, id, plan, null, {now: later(minutes)});
      if (deleted) await changeRecord(store, id, {deletedAt: later(7).toISOString()}, 'ja', later(7));
    }
    store.values.set(recordKey('plan-junk-g'), 'junk');
    const reads = (await readAll(store))!;
    expect(isBlank({...emptyPlan(), partnershipId: pid})).toBe(true);
    expect(planOfPartnership(reads, pid)?.id).toBe('plan-chosen-b');
    expect(planOfPartnership(reads, 'partnership-0000')).toBeNull();
    expect(planOfPartnership(reads, null)).toBeNull();
    // and the plan to open is the latest of all that is not deleted
    expect(latestPlan(reads)?.id).toBe('plan-nopid-f');
  });

  it('a plan is deleted, brought back and renamed, each time as a new revision', async () => {
    const store = new MemoryStore();
    await save(store, 'plan-0001', named('元の名前'), null);
    const deletedAt = later(1).toISOString();

    expect(await changeRecord(store, 'plan-0001', {deletedAt}, 'ja', later(1))).toBe(true);
    let read = await kept(store, 'plan-0001');
    expect(read.record).toMatchObject({rev: 2, deletedAt, savedAt: NOW.toISOString()});
    expect(listEntries([read]).deleted.map((e) => e.id)).toEqual(['plan-0001']);
    expect(latestPlan([read])).toBeNull();

    expect(await changeRecord(store, 'plan-0001', {deletedAt: null}, 'ja', later(2))).toBe(true);
    read = await kept(store, 'plan-0001');
    expect(read.record).toMatchObject({rev: 3, deletedAt: null});
    expect(listEntries([read]).kept.map((e) => e.id)).toEqual(['plan-0001']);

    const renamed = (p: Plan) => ({...p, names: {...p.names, partnership: '新しい名前'}});
    expect(await changeRecord(store, 'plan-0001', {plan: renamed}, 'ja', later(3))).toBe(true);
    read = await kept(store, 'plan-0001');
    expect(read.record).toMatchObject({rev: 4, savedAt: later(3).toISOString()});
    expect(read.plan).toEqual(renamed(named('元の名前')));
  });

  it('deleting a plan another tab already removed for good leaves nothing behind in the list', async () => {
    const store = new MemoryStore();
    await save(store, 'plan-0001', named('kept'), null);
    expect(await changeRecord(store, 'plan-gone-0002', {deletedAt: NOW.toISOString()}, 'ja', NOW)).toBe(false);
    const reads = (await readAll(store))!;
    expect(reads.map((r) => r.id)).toEqual(['plan-0001']);
  });

  it('plans deleted more than 30 days ago are removed for good; later ones can still be brought back', async () => {
    expect(KEEP_DELETED_DAYS).toBe(30);
    const store = new MemoryStore();
    const ago = (days: number, minutes = 0) => new Date(NOW.getTime() - days * DAY + minutes * 60_000).toISOString();
    const plans: [string, string | null][] = [
      ['plan-old-0001', ago(90)],
      ['plan-just-past', ago(30, -1)],
      ['plan-not-yet-1', ago(30, 1)],
      ['plan-recent-01', ago(1)],
      ['plan-kept-0001', null],
    ];
    for (const [id, deletedAt] of plans) {
      await save(store, id, named(id), null, {now: new Date(ago(120))});
      if (deletedAt) await changeRecord(store, id, {deletedAt}, 'ja', NOW);
    }
    expect(await purgeDeleted(store, (await readAll(store))!, NOW)).toBe(2);
    expect((await readAll(store))!.map((r) => r.id).sort()).toEqual([
      'plan-kept-0001',
      'plan-not-yet-1',
      'plan-recent-01',
    ]);
    // a store that refuses removes nothing, and says so
    expect(await purgeDeleted(rejectingStore(), (await readAll(store))!, later(60 * 24 * 60))).toBe(0);
  });

  it('a copy for the same partner and a new customer keeps the lines and answers but not the customer, meeting or stamps', () => {
    fc.assert(
      fc.property(planArb, fc.constantFrom('ja' as const, 'en' as const), (plan, locale) => {
        const suffix = {ja: '（コピー）', en: ' (copy)'};
        const original = structuredClone(plan);
        const copy = copyOfPlan(plan, 'new-partnership-id', suffix, locale);
        expect(copy.partnershipId).toBe('new-partnership-id');
        expect(copy.names).toEqual({
          ...plan.names,
          partnership: `${plan.names.partnership}${suffix[locale]}`.trim(),
          customer: '',
        });
        expect(copy.lines).toEqual(plan.lines);
        expect(copy.edits).toEqual({});
        expect(copy.received).toBeNull();
        expect(copy.meeting).toEqual({date: '', attendees: '', agenda: []});
        expect(copy.role).toBe(plan.role);
        // every answer but the names and the meeting is the original's
        const moved = differences(copy, plan).filter(
          (k) => !['answer|names.partnership', 'answer|names.customer'].includes(k) && !k.startsWith('meeting|'),
        );
        expect(moved).toEqual([]);
        // the original is untouched
        expect(plan).toEqual(original);
      }),
      {numRuns: 100},
    );
  });
});

// ---------------------------------------------------------------------------

describe('every plan in one file (a bundle)', () => {
  /** A store with the given plans, some deleted, and a record of each kind that is not a plan. */
  async function storeWith(plans: readonly Plan[], deleted: readonly boolean[]) {
    const store = new MemoryStore();
    for (const [i, plan] of plans.entries()) {
      const id = `plan-${i}-bundle`;
      await save(store, id, plan, null, {now: later(i)});
      if (deleted[i]) await changeRecord(store, id, {deletedAt: later(100 + i).toISOString()}, 'ja', NOW);
    }
    store.values.set(recordKey('junk-unreadable'), 'not a record');
    const newer = await storedRecord(new MemoryStore(), 'x', named('newer'));
    store.values.set(recordKey('newer-release'), {...newer, version: PLAN_VERSION + 1});
    return store;
  }

  const plansArb = fc
    .array(planArb, {minLength: 1, maxLength: 4})
    .chain((plans) =>
      fc.tuple(fc.constant(plans), fc.array(fc.boolean(), {minLength: plans.length, maxLength: plans.length})),
    );

  it('gives back every readable plan kept, deleted ones marked, and nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(plansArb, async ([plans, deleted]) => {
        const reads = (await readAll(await storeWith(plans, deleted)))!;
        const text = bundleText(reads, NOW);
        expect(looksLikeBundle(text)).toBe(true);
        const parsed = parseBundle(text);
        if (!parsed.ok) throw new Error(parsed.error);
        expect(parsed.refused).toBe(0);
        const readable = reads.filter((r): r is PlanRead => r.kind === 'plan');
        expect(readable).toHaveLength(plans.length);
        expect(parsed.plans).toEqual(readable.map((r) => ({plan: r.plan, deletedAt: r.record.deletedAt})));
        expect(parsed.plans.filter((p) => p.deletedAt !== null)).toHaveLength(deleted.filter(Boolean).length);
      }),
      RUNS,
    );
  });

  it('opening a bundle of the plans already kept adds none of them; a plan not kept yet is added once', async () => {
    await fc.assert(
      fc.asyncProperty(plansArb, planArb, async ([plans, deleted], extra) => {
        const reads = (await readAll(await storeWith(plans, deleted)))!;
        const parsed = parseBundle(bundleText(reads, NOW));
        if (!parsed.ok) throw new Error(parsed.error);
        expect(newToStore(parsed.plans, reads)).toEqual([]);

        // the same plan on another step is the same plan
        const moved = parsed.plans.map(({plan, deletedAt}) => ({plan: {...plan, step: 'review' as const}, deletedAt}));
        expect(newToStore(moved, reads)).toEqual([]);

        fc.pre(!plans.some((p) => differences(p, extra).length === 0));
        const incoming = [...parsed.plans, {plan: extra, deletedAt: null}, {plan: extra, deletedAt: null}];
        expect(newToStore(incoming, reads)).toEqual([{plan: extra, deletedAt: null}]);
      }),
      RUNS,
    );
  });

  it('a plan kept with the same decisions, made in another order, is recognised as already kept', async () => {
    const [first, second] = editedLineIds;
    const store = new MemoryStore();
    const keptPlan = named('same decisions', {
      lines: {[first]: {status: 'done', note: '確認済み'}, [second]: {owner: 'lead'}},
    });
    await save(store, 'plan-0001', keptPlan, null);
    const sameDecisions = named('same decisions', {
      lines: {[second]: {owner: 'lead'}, [first]: {note: '確認済み', status: 'done'}},
    });
    expect(differences(keptPlan, sameDecisions)).toEqual([]);
    expect(newToStore([{plan: sameDecisions, deletedAt: null}], (await readAll(store))!)).toEqual([]);
  });

  const bundle = (fields: Record<string, unknown>) =>
    JSON.stringify({format: BUNDLE_FORMAT, version: BUNDLE_VERSION, savedAt: NOW.toISOString(), plans: [], ...fields});
  const entry = (plan: Plan, deletedAt: unknown = null) => ({file: JSON.parse(fileText(plan)) as unknown, deletedAt});

  it('refuses what is not a bundle, or a bundle of a later release, with the reason', () => {
    expect(parseBundle('')).toEqual({ok: false, error: 'notJson'});
    expect(parseBundle('{"format": "saas-partnership-plans", "plans": [')).toEqual({ok: false, error: 'notJson'});
    for (const text of ['{}', '[]', 'null', '"plans"', '42', fileText(named('a single plan')), bundle({plans: {}})]) {
      expect(parseBundle(text), text.slice(0, 40)).toEqual({ok: false, error: 'notPlan'});
    }
    expect(parseBundle(bundle({format: 'saas-partnership-plan'}))).toEqual({ok: false, error: 'notPlan'});
    expect(parseBundle(bundle({version: BUNDLE_VERSION + 1}))).toEqual({ok: false, error: 'newerVersion'});
    expect(parseBundle(bundle({plans: []}))).toEqual({ok: true, plans: [], refused: 0});
  });

  it('refuses a bundle of too many plans, or too long, without reading it', () => {
    const plans = Array.from({length: MAX_BUNDLE_PLANS + 1}, () => null);
    expect(parseBundle(bundle({plans}))).toEqual({ok: false, error: 'tooLarge'});
    expect(parseBundle(bundle({plans: plans.slice(1)}))).toEqual({ok: true, plans: [], refused: MAX_BUNDLE_PLANS});
    const padded = bundle({plans: [entry(named('a'))]}) + ' '.repeat(MAX_BUNDLE_CHARS);
    expect(padded.length).toBeGreaterThan(MAX_BUNDLE_CHARS);
    expect(parseBundle(padded)).toEqual({ok: false, error: 'tooLarge'});
  });

  it('a plan in the bundle that cannot be opened is counted and the others still open', () => {
    const good = [named('first'), named('second', {sector: 'medical'})];
    const unsafe = named('reversed\u202Etext');
    const plans = [
      entry(good[0], later(5).toISOString()),
      entry(unsafe),
      null,
      5,
      {},
      {file: 'not a plan file'},
      {file: {...(entry(good[0]).file as object), version: PLAN_VERSION + 1}},
      entry(good[1], 'yesterday'),
    ];
    expect(parseBundle(bundle({plans}))).toEqual({
      ok: true,
      plans: [
        {plan: good[0], deletedAt: later(5).toISOString()},
        // a deletion moment that is no moment is no deletion
        {plan: good[1], deletedAt: null},
      ],
      refused: 6,
    });
  });

  it('tells a bundle from a single plan file by its start', () => {
    expect(looksLikeBundle(bundle({}))).toBe(true);
    expect(looksLikeBundle(`\n  ${JSON.stringify({format: BUNDLE_FORMAT, version: 1, plans: []}, null, 2)}`)).toBe(
      true,
    );
    expect(looksLikeBundle(fileText(named('one plan')))).toBe(false);
    expect(looksLikeBundle('saas-partnership-plans')).toBe(false);
    expect(looksLikeBundle('')).toBe(false);
  });
});

// ---------------------------------------------------------------------------

describe('moving the plan an earlier release kept in localStorage', () => {
  const planA = named('前のリリースの計画', {
    role: 'lead',
    sector: 'medical',
    lines: {[editedLineIds[0]]: {status: 'confirm', note: '法務に確認'}},
  });
  const planB = named('リンクで置き換えられた計画', {role: 'partner'});
  const savedA = new Date('2024-12-01T10:00:00.000Z');
  const textA = fileText(planA, savedA);
  const textB = fileText(planB, new Date('2024-11-01T10:00:00.000Z'));
  const junk0 = '{"format": "saas-partnership-plan", "plan": {"names": ';
  const junk2 = 'これは計画ではない';

  const legacyItems = () => ({
    [LEGACY_KEYS.plan]: textA,
    [LEGACY_KEYS.previous]: textB,
    [LEGACY_KEYS.aside[0]]: junk0,
    [LEGACY_KEYS.aside[2]]: junk2,
  });

  it('every value becomes a record of its own, the reader’s plan to open, and localStorage is emptied', async () => {
    const store = new MemoryStore();
    const storage = new FakeLocalStorage(legacyItems());
    const result = await moveLegacy(store, storage, NOW);
    expect(result).toMatchObject({moved: 4, left: 0});
    expect(storage.items.size).toBe(0);

    const reads = (await readAll(store))!;
    expect(reads).toHaveLength(4);
    const plans = reads.filter((r): r is PlanRead => r.kind === 'plan');
    const mine = plans.find((r) => r.record.origin === 'legacy')!;
    expect(result.planId).toBe(mine.id);
    expect(mine.plan).toEqual(planA);
    expect(mine.record.text).toBe(textA);
    // it keeps the moment it was saved, to stand among the others in the list
    expect(mine.record.savedAt).toBe(savedA.toISOString());
    const previous = plans.find((r) => r.record.origin === 'legacyPrevious')!;
    expect(previous.plan).toEqual(planB);
    expect(previous.record.text).toBe(textB);

    const unreadable = reads.filter((r) => r.kind === 'unreadable');
    expect(unreadable.map((r) => (r.kind === 'unreadable' ? r.raw : '')).sort()).toEqual([junk0, junk2].sort());
    expect(latestPlan(reads)?.id).toBe(mine.id);
  });

  it('moving again adds nothing twice', async () => {
    const store = new MemoryStore();
    await moveLegacy(store, new FakeLocalStorage(legacyItems()), NOW);
    const before = store.snapshot();
    // localStorage emptied: nothing left to move
    expect(await moveLegacy(store, new FakeLocalStorage(), later(1))).toEqual({planId: null, moved: 0, left: 0});
    // localStorage that could not be emptied: the same values become the same records
    const stubborn = new FakeLocalStorage(legacyItems(), true);
    const again = await moveLegacy(store, stubborn, later(2));
    expect(again.left).toBe(0);
    expect(store.snapshot()).toBe(before);
    expect(stubborn.items.size).toBe(4);
    expect((await readAll(store))!).toHaveLength(4);
  });

  it('the same plan in two places is one record, still the one to open', async () => {
    const store = new MemoryStore();
    const result = await moveLegacy(
      store,
      new FakeLocalStorage({[LEGACY_KEYS.plan]: textA, [LEGACY_KEYS.previous]: textA}),
      NOW,
    );
    expect(result.moved).toBe(2);
    const reads = (await readAll(store))!;
    expect(reads).toHaveLength(1);
    expect(result.planId).toBe(reads[0].id);
  });

  it('when the store does not keep them, every value stays in localStorage and is counted as left', async () => {
    for (const store of [rejectingStore(), throwingStore(), new MemoryStore(100)]) {
      const storage = new FakeLocalStorage(legacyItems());
      const result = await moveLegacy(store, storage, NOW);
      expect(result).toEqual({planId: null, moved: 0, left: 4});
      expect(Object.fromEntries(storage.items)).toEqual(legacyItems());
    }
  });

  it('a store that says it kept a value but did not: the value stays in localStorage', async () => {
    const store = new MemoryStore();
    store.update = async () => {};
    const storage = new FakeLocalStorage(legacyItems());
    expect(await moveLegacy(store, storage, NOW)).toEqual({planId: null, moved: 0, left: 4});
    expect(storage.items.size).toBe(4);
  });

  it('an unreadable value where the plan was is listed to download, and there is no plan to open', async () => {
    const store = new MemoryStore();
    const result = await moveLegacy(store, new FakeLocalStorage({[LEGACY_KEYS.plan]: junk0}), NOW);
    expect(result).toEqual({planId: null, moved: 1, left: 0});
    const reads = (await readAll(store))!;
    expect(reads).toMatchObject([{kind: 'unreadable', raw: junk0, record: {savedAt: NOW.toISOString()}}]);
  });

  it('localStorage that gives back what is not a string, or throws, does not stop the move', async () => {
    const store = new MemoryStore();
    const storage = new FakeLocalStorage({
      [LEGACY_KEYS.plan]: 42,
      [LEGACY_KEYS.previous]: {plan: 'object'},
      [LEGACY_KEYS.aside[1]]: textB,
    });
    const result = await moveLegacy(store, storage, NOW);
    expect(result).toEqual({planId: null, moved: 3, left: 0});
    const reads = (await readAll(store))!;
    expect(reads.filter((r) => r.kind === 'unreadable').map((r) => (r.kind === 'unreadable' ? r.raw : ''))).toEqual(
      expect.arrayContaining(['42', '{"plan":"object"}']),
    );
    expect(reads.find((r) => r.kind === 'plan')).toMatchObject({plan: planB, record: {origin: 'legacyAside'}});

    const throwing: LegacyStorage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    await expect(moveLegacy(store, throwing, NOW)).resolves.toEqual({planId: null, moved: 0, left: 0});
    await expect(moveLegacy(store, null, NOW)).resolves.toEqual({planId: null, moved: 0, left: 0});
  });
});
