/**
 * Every plan in one file: what the reader downloads to keep a copy of all
 * their plans, or to move them to another browser, and reads back. Each plan
 * in it is read as a plan file is. Loaded when the reader asks for it.
 */
import {comparePlans} from './compare';
import {BUNDLE_FORMAT, isMoment, isObject, type ReadRecord} from './library';

export {BUNDLE_FORMAT, looksLikeBundle} from './library';
import type {Plan} from './plan';
import {parsePlanFile, type PlanError} from './schema';

export const BUNDLE_VERSION = 1;
/** The most plans a bundle holds, and its largest size read (each plan as large as one plan file may be). */
export const MAX_BUNDLE_PLANS = 200;
export const MAX_BUNDLE_CHARS = 20_000_000;
/** The largest file of every plan read, in bytes of UTF-8 (measured before it is read). */
export const MAX_BUNDLE_BYTES = MAX_BUNDLE_CHARS * 3;

/** Every readable plan kept (deleted ones too, marked), as one file. */
export function bundleText(reads: readonly ReadRecord[], now: Date): string {
  const plans = reads
    .filter((r): r is Extract<ReadRecord, {kind: 'plan'}> => r.kind === 'plan')
    .map((r) => ({file: JSON.parse(r.record.text) as unknown, deletedAt: r.record.deletedAt}));
  return JSON.stringify({format: BUNDLE_FORMAT, version: BUNDLE_VERSION, savedAt: now.toISOString(), plans}, null, 1);
}

export type BundleResult =
  {ok: true; plans: {plan: Plan; deletedAt: string | null}[]; refused: number} | {ok: false; error: PlanError};

/**
 * Reads a bundle: each plan in it is read as a plan file is, and one that
 * cannot be is counted, not opened. Never throws.
 */
export function parseBundle(text: string): BundleResult {
  if (typeof text !== 'string' || text.length > MAX_BUNDLE_CHARS) return {ok: false, error: 'tooLarge'};
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {ok: false, error: 'notJson'};
  }
  if (!isObject(json) || json.format !== BUNDLE_FORMAT || !Array.isArray(json.plans))
    return {ok: false, error: 'notPlan'};
  if (typeof json.version !== 'number' || !Number.isInteger(json.version) || json.version < 1)
    return {ok: false, error: 'notPlan'};
  if (json.version > BUNDLE_VERSION) return {ok: false, error: 'newerVersion'};
  if (json.plans.length > MAX_BUNDLE_PLANS) return {ok: false, error: 'tooLarge'};
  const plans: {plan: Plan; deletedAt: string | null}[] = [];
  let refused = 0;
  for (const entry of json.plans) {
    const file = isObject(entry) ? entry.file : undefined;
    const parsed = file === undefined ? null : parsePlanFile(JSON.stringify(file));
    if (parsed?.ok) {
      const deletedAt = isObject(entry) && isMoment(entry.deletedAt) ? entry.deletedAt : null;
      plans.push({plan: parsed.file.plan, deletedAt});
    } else refused++;
  }
  return {ok: true, plans, refused};
}

/**
 * A bundle's bytes, refused (not altered) when they are not UTF-8, handed to
 * `restore`; what it says went wrong, or null.
 */
export async function restoreBundleBytes(
  bytes: Uint8Array,
  restore: (text: string) => Promise<PlanError | 'unavailable' | null>,
): Promise<PlanError | 'unavailable' | null> {
  if (bytes.byteLength > MAX_BUNDLE_BYTES) return 'tooLarge';
  let text: string;
  try {
    text = new TextDecoder('utf-8', {fatal: true}).decode(bytes);
  } catch {
    return 'notUtf8';
  }
  return restore(text);
}

/**
 * The plans of a bundle that this browser does not keep already: a plan
 * kept with the same partnership and the same decisions is left out.
 */
export function newToStore(
  incoming: readonly {plan: Plan; deletedAt: string | null}[],
  reads: readonly ReadRecord[],
): {plan: Plan; deletedAt: string | null}[] {
  const known: Plan[] = reads
    .filter((r) => r.kind === 'plan')
    .map((r) => (r as Extract<ReadRecord, {kind: 'plan'}>).plan);
  // the same decisions, whatever the order they were written in
  const same = (a: Plan, b: Plan) =>
    a.partnershipId === b.partnershipId && comparePlans(a, b, {role: true}).length === 0;
  const out: {plan: Plan; deletedAt: string | null}[] = [];
  for (const entry of incoming) {
    if (known.some((p) => same(p, entry.plan))) continue;
    known.push(entry.plan);
    out.push(entry);
  }
  return out;
}
