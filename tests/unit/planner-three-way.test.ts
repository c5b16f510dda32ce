/**
 * Two copies of one plan changed apart since a common base, merged as diff3
 * merges text: what only one copy changed is taken, what both changed to
 * different values is a conflict (never dropped), and what both changed
 * alike is taken once. Generated plans and generated edit sequences.
 */
import {describe, expect, it} from 'vitest';
import * as fc from 'fast-check';
import {comparePlans, type CompareOptions} from '@site/src/planner/compare';
import {type EditStamp, type Plan} from '@site/src/planner/plan';
import {threeWay} from '@site/src/planner/threeWay';
import {
  applyEdits,
  editArb,
  editedLineIds,
  editKey,
  lastEditByKey,
  momentArb,
  planArb,
  setAt,
  valueAt,
  type Edit,
} from '../support/planArbitraries';

const RUNS = {numRuns: 150};
const WITH_ROLE: CompareOptions = {role: true};

const editsArb = fc.array(editArb, {maxLength: 8});

/** The keys of the fields two plans hold differently. */
const differences = (a: Plan, b: Plan, options: CompareOptions = WITH_ROLE) =>
  comparePlans(a, b, options).map((c) => c.key);

/** Edit sequences for two copies that never touch the same field. */
const disjointEditsArb = fc.tuple(editsArb, editsArb).map(([a, b]) => {
  const inA = new Set(a.map(editKey));
  return [a, b.filter((e) => !inA.has(editKey(e)))] as const;
});

/**
 * What diff3 makes of one field: the side that changed it, the shared value
 * when both changed it alike, and for a conflict the value `theirs` holds.
 */
function expectedField(base: unknown, mine: unknown, theirs: unknown): {value: unknown; conflict: boolean} {
  if (mine === base) return {value: theirs, conflict: false};
  if (theirs === base || mine === theirs) return {value: mine, conflict: false};
  return {value: theirs, conflict: true};
}

/** The merge worked out field by field from the edits themselves, independently of compare.ts. */
function expectedMerge(base: Plan, mineEdits: readonly Edit[], theirsEdits: readonly Edit[]) {
  const mine = applyEdits(base, mineEdits);
  const theirs = applyEdits(base, theirsEdits);
  let plan = base;
  const conflicts = new Map<string, {base: unknown; mine: unknown; theirs: unknown}>();
  for (const [key, edit] of lastEditByKey([...mineEdits, ...theirsEdits])) {
    const b = valueAt(base, edit);
    const m = valueAt(mine, edit);
    const t = valueAt(theirs, edit);
    const {value, conflict} = expectedField(b, m, t);
    plan = setAt(plan, edit, value);
    if (conflict) conflicts.set(key, {base: b, mine: m, theirs: t});
  }
  return {mine, theirs, plan, conflicts};
}

describe('merging two copies of a plan changed apart (three-way)', () => {
  it('a copy nobody changed since the base takes every change of the other (fast-forward)', () => {
    fc.assert(
      fc.property(planArb, planArb, (base, theirs) => {
        const result = threeWay(base, structuredClone(base), theirs, WITH_ROLE);
        expect(result.conflicts).toEqual([]);
        expect(differences(result.plan, theirs)).toEqual([]);
        expect(result.tookTheirs).toBe(differences(base, theirs).length > 0);
        // where the reader stands stays theirs
        expect(result.plan.step).toBe(base.step);
        expect(result.plan.reached).toBe(base.reached);
      }),
      RUNS,
    );
  });

  it('when the other copy did not change, the reader’s copy is kept as it is and nothing is taken', () => {
    fc.assert(
      fc.property(planArb, planArb, (base, mine) => {
        const result = threeWay(base, mine, structuredClone(base), WITH_ROLE);
        expect(result.conflicts).toEqual([]);
        expect(differences(result.plan, mine)).toEqual([]);
        expect(result.tookTheirs).toBe(false);
      }),
      RUNS,
    );
  });

  it('two copies changed alike merge into that same plan, with no conflict', () => {
    fc.assert(
      fc.property(planArb, planArb, (base, both) => {
        const result = threeWay(base, both, structuredClone(both), WITH_ROLE);
        expect(result.conflicts).toEqual([]);
        expect(differences(result.plan, both)).toEqual([]);
        expect(result.tookTheirs).toBe(false);
      }),
      RUNS,
    );
  });

  it('edits to different fields never conflict, and no edit of either copy is dropped', () => {
    fc.assert(
      fc.property(planArb, disjointEditsArb, (base, [mineEdits, theirsEdits]) => {
        const mine = applyEdits(base, mineEdits);
        const theirs = applyEdits(base, theirsEdits);
        const result = threeWay(base, mine, theirs, WITH_ROLE);
        expect(result.conflicts).toEqual([]);
        // both sequences of edits, made one after the other on the base
        expect(differences(result.plan, applyEdits(mine, theirsEdits))).toEqual([]);
        for (const e of mineEdits) expect(valueAt(result.plan, e), editKey(e)).toEqual(valueAt(mine, e));
        for (const e of theirsEdits) expect(valueAt(result.plan, e), editKey(e)).toEqual(valueAt(theirs, e));
      }),
      RUNS,
    );
  });

  it('a field both copies changed differently is a conflict with the base’s, mine’s and theirs’ values, and only such a field is', () => {
    fc.assert(
      fc.property(planArb, editsArb, editsArb, (base, mineEdits, theirsEdits) => {
        const expected = expectedMerge(base, mineEdits, theirsEdits);
        const result = threeWay(base, expected.mine, expected.theirs, WITH_ROLE);
        const reported = new Map(result.conflicts.map((c) => [c.key, c]));
        expect([...reported.keys()].sort()).toEqual([...expected.conflicts.keys()].sort());
        for (const [key, values] of expected.conflicts) {
          const conflict = reported.get(key)!;
          expect({base: conflict.base, mine: conflict.mine, theirs: conflict.theirs}, key).toEqual(values);
        }
        // every other field as diff3 decides it, and each conflict holding theirs' value for now
        expect(differences(result.plan, expected.plan)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('one note written differently in both copies is exactly one conflict, holding the other copy’s note', () => {
    fc.assert(
      fc.property(
        planArb,
        fc.constantFrom(...editedLineIds),
        fc.uniqueArray(fc.constantFrom('A社に確認', 'B社に確認', '保留', 'agreed'), {minLength: 2, maxLength: 2}),
        (base, id, [mineNote, theirsNote]) => {
          const mine = {...base, lines: {...base.lines, [id]: {...base.lines[id], note: mineNote}}};
          const theirs = {...base, lines: {...base.lines, [id]: {...base.lines[id], note: theirsNote}}};
          const baseNote = base.lines[id]?.note;
          const result = threeWay(base, mine, theirs);
          // a copy whose note is the base's did not change it: then only the other copy did
          if (baseNote === mineNote || baseNote === theirsNote) {
            expect(result.conflicts).toEqual([]);
          } else {
            expect(result.conflicts).toHaveLength(1);
            expect(result.conflicts[0]).toMatchObject({
              key: `line|${id}|note`,
              area: 'line',
              line: id,
              field: 'note',
              base: baseNote === '' ? undefined : baseNote,
              mine: mineNote,
              theirs: theirsNote,
            });
            expect(result.plan.lines[id].note).toBe(theirsNote);
          }
        },
      ),
      RUNS,
    );
  });

  it('merging the result again with the same other copy changes nothing and raises no new conflict', () => {
    fc.assert(
      fc.property(planArb, editsArb, editsArb, (base, mineEdits, theirsEdits) => {
        const mine = applyEdits(base, mineEdits);
        const theirs = applyEdits(base, theirsEdits);
        const first = threeWay(base, mine, theirs, WITH_ROLE);
        const again = threeWay(base, first.plan, theirs, WITH_ROLE);
        expect(again.conflicts).toEqual([]);
        expect(differences(again.plan, first.plan)).toEqual([]);
        expect(again.tookTheirs).toBe(false);
        // and once the other copy is the base, the result stands as it is
        const onTheirs = threeWay(theirs, first.plan, theirs, WITH_ROLE);
        expect(onTheirs.conflicts).toEqual([]);
        expect(differences(onTheirs.plan, first.plan)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('which copy is “mine” only matters where both changed a field differently', () => {
    fc.assert(
      fc.property(planArb, editsArb, editsArb, (base, aEdits, bEdits) => {
        const a = applyEdits(base, aEdits);
        const b = applyEdits(base, bEdits);
        const ab = threeWay(base, a, b, WITH_ROLE);
        const ba = threeWay(base, b, a, WITH_ROLE);
        const conflictKeys = ab.conflicts.map((c) => c.key).sort();
        expect(ba.conflicts.map((c) => c.key).sort()).toEqual(conflictKeys);
        for (const c of ab.conflicts) {
          const other = ba.conflicts.find((d) => d.key === c.key)!;
          expect({base: other.base, mine: other.mine, theirs: other.theirs}).toEqual({
            base: c.base,
            mine: c.theirs,
            theirs: c.mine,
          });
        }
        // the two orders agree on every field but the conflicts, which each hands to its own "theirs"
        expect(differences(ab.plan, ba.plan).sort()).toEqual(conflictKeys);
      }),
      RUNS,
    );
  });

  it('without conflicts, the merge is the same whichever copy is “mine”', () => {
    fc.assert(
      fc.property(planArb, disjointEditsArb, (base, [aEdits, bEdits]) => {
        const a = applyEdits(base, aEdits);
        const b = applyEdits(base, bEdits);
        expect(differences(threeWay(base, a, b, WITH_ROLE).plan, threeWay(base, b, a, WITH_ROLE).plan)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('“took theirs” says exactly whether the merge holds anything the reader’s copy did not', () => {
    fc.assert(
      fc.property(planArb, editsArb, editsArb, fc.boolean(), (base, mineEdits, theirsEdits, role) => {
        const options = {role};
        const mine = applyEdits(base, mineEdits);
        const result = threeWay(base, mine, applyEdits(base, theirsEdits), options);
        expect(result.tookTheirs).toBe(differences(mine, result.plan, options).length > 0);
      }),
      RUNS,
    );
  });

  it('the reader’s role is merged between two tabs of their own plan, never with the other party’s plan', () => {
    fc.assert(
      fc.property(
        planArb,
        fc.constantFrom('lead' as const, 'partner' as const, 'customer' as const, null),
        fc.constantFrom('lead' as const, 'partner' as const, 'customer' as const, null),
        (base, mineRole, theirsRole) => {
          const mine = {...base, role: mineRole};
          const theirs = {...base, role: theirsRole};
          const withRole = threeWay(base, mine, theirs, WITH_ROLE);
          const expected = expectedField(base.role, mineRole, theirsRole);
          expect(withRole.plan.role).toBe(expected.value);
          expect(withRole.conflicts.map((c) => c.key)).toEqual(expected.conflict ? ['answer|role'] : []);

          const without = threeWay(base, mine, theirs);
          expect(without.plan.role).toBe(mineRole);
          expect(without.conflicts).toEqual([]);
          expect(without.tookTheirs).toBe(false);
        },
      ),
      RUNS,
    );
  });

  it('keeps who changed each line last, the later “received”, the partnership once given, and the reader’s step', () => {
    const stampsArb = fc
      .array(
        fc.tuple(
          fc.constantFrom(...editedLineIds),
          fc.record({by: fc.constantFrom('lead' as const, 'partner' as const), name: fc.string(), at: momentArb}),
        ),
        {maxLength: 5},
      )
      .map((entries) => Object.fromEntries(entries) as Record<string, EditStamp>);
    fc.assert(
      fc.property(planArb, planArb, planArb, stampsArb, stampsArb, (base, mine0, theirs0, mineStamps, theirsStamps) => {
        const mine = {...mine0, edits: mineStamps};
        const theirs = {...theirs0, edits: theirsStamps};
        const {plan} = threeWay(base, mine, theirs, WITH_ROLE);
        const ids = new Set([...Object.keys(mineStamps), ...Object.keys(theirsStamps)]);
        expect(Object.keys(plan.edits).sort()).toEqual([...ids].sort());
        for (const id of ids) {
          const ats = [mineStamps[id]?.at, theirsStamps[id]?.at].filter((at): at is string => at !== undefined);
          expect(plan.edits[id].at, id).toBe(ats.sort().at(-1));
          expect([mineStamps[id], theirsStamps[id]]).toContainEqual(plan.edits[id]);
        }
        const received = [mine.received, theirs.received].filter((r): r is string => r !== null).sort();
        expect(plan.received).toBe(received.at(-1) ?? null);
        expect(plan.partnershipId).toBe(theirs.partnershipId ?? mine.partnershipId);
        expect(plan.step).toBe(mine.step);
        expect(plan.reached).toBe(mine.reached);
      }),
      RUNS,
    );
  });

  it('never changes the three plans it is given', () => {
    fc.assert(
      fc.property(planArb, editsArb, editsArb, (base, mineEdits, theirsEdits) => {
        const mine = applyEdits(base, mineEdits);
        const theirs = applyEdits(base, theirsEdits);
        const before = structuredClone([base, mine, theirs]);
        threeWay(base, mine, theirs, WITH_ROLE);
        expect([base, mine, theirs]).toEqual(before);
      }),
      {numRuns: 50},
    );
  });
});
