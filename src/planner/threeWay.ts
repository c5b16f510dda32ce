/**
 * Three versions of one plan: the one both copies started from (the base),
 * and two copies changed apart since. What only one copy changed is taken
 * without asking; where both changed the same answer or line field to
 * different values, the two are a conflict for the reader to decide, and
 * nothing is dropped on its own. This is how `git merge-file` and `diff3`
 * treat text, applied to the plan's fields as the comparison names them
 * (compare.ts).
 *
 * Pure. Used between two tabs of the reader's own plan (with the role); the
 * exchange with the other party can use it once plans know their common base.
 */
import {comparePlans, mergePlans, type Change, type CompareOptions, type Decision} from './compare';
import type {EditStamp, Plan} from './plan';

/** A field both copies changed, to different values: each value, and the base's. */
export interface Conflict extends Change {
  base: unknown;
}

export interface ThreeWay {
  /**
   * Every change of either copy where the other left the field as the base
   * had it; where both changed it, `theirs` (see `conflicts`). The step the
   * reader stands on is `mine`.
   */
  plan: Plan;
  conflicts: Conflict[];
  /** did `theirs` bring anything `mine` did not have */
  tookTheirs: boolean;
}

/** The later of two stamps of a line (the one made last), or either alone. */
function later(a: EditStamp | undefined, b: EditStamp | undefined): EditStamp | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.at > a.at ? b : a;
}

export function threeWay(base: Plan, mine: Plan, theirs: Plan, options: CompareOptions = {}): ThreeWay {
  const mineMoved = new Set(comparePlans(base, mine, options).map((c) => c.key));
  const theirsMoved = new Map(comparePlans(base, theirs, options).map((c) => [c.key, c]));
  const decisions: Record<string, Decision> = {};
  const conflicts: Conflict[] = [];
  for (const change of comparePlans(mine, theirs, options)) {
    if (!mineMoved.has(change.key)) decisions[change.key] = 'theirs';
    else if (!theirsMoved.has(change.key)) decisions[change.key] = 'mine';
    else {
      // comparePlans(base, theirs) holds the base's value as its `mine`
      conflicts.push({...change, base: theirsMoved.get(change.key)!.mine});
      decisions[change.key] = 'theirs';
    }
  }
  const merged = mergePlans(mine, theirs, decisions, options);
  const edits: Record<string, EditStamp> = {};
  for (const id of new Set([...Object.keys(mine.edits), ...Object.keys(theirs.edits)])) {
    const stamp = later(mine.edits[id], theirs.edits[id]);
    if (stamp) edits[id] = stamp;
  }
  const received =
    mine.received === null
      ? theirs.received
      : theirs.received === null || mine.received > theirs.received
        ? mine.received
        : theirs.received;
  return {
    plan: {
      ...merged,
      edits,
      received,
      // a partnership's id, once given, is never taken back
      partnershipId: theirs.partnershipId ?? mine.partnershipId,
    },
    conflicts,
    tookTheirs: Object.values(decisions).some((d) => d === 'theirs'),
  };
}
