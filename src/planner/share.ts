/**
 * Share links: the plan file, compressed into the URL fragment. A fragment
 * never reaches a server, so the plan stays between the people who hold the
 * link.
 */
import {compressToEncodedURIComponent, decompressFromEncodedURIComponent} from 'lz-string';
import type {Locale} from '../catalog/types';
import type {Plan} from './plan';
import {parsePlanFile, toPlanFile, type PlanResult} from './schema';

export const SHARE_KEY = 'plan';
/** Well above any plan this release writes, well below what browsers accept. */
export const MAX_FRAGMENT_CHARS = 200_000;

/** The fragment (without '#') that carries the plan. */
export function encodeShareFragment(plan: Plan, locale: Locale, now: Date): string {
  const file = toPlanFile(plan, locale, now);
  return `${SHARE_KEY}=${compressToEncodedURIComponent(JSON.stringify(file))}`;
}

/** Does this fragment (with or without '#') carry a plan at all? */
export function hasSharedPlan(fragment: string): boolean {
  return fragment.replace(/^#/, '').startsWith(`${SHARE_KEY}=`);
}

/** Reads the plan out of a fragment. Never throws. */
export function decodeShareFragment(fragment: string): PlanResult {
  const body = fragment.replace(/^#/, '');
  if (!body.startsWith(`${SHARE_KEY}=`)) return {ok: false, error: 'corruptLink'};
  const packed = body.slice(SHARE_KEY.length + 1);
  if (packed.length > MAX_FRAGMENT_CHARS) return {ok: false, error: 'tooLarge'};
  let json: string | null;
  try {
    json = decompressFromEncodedURIComponent(packed);
  } catch {
    json = null;
  }
  if (!json) return {ok: false, error: 'corruptLink'};
  const result = parsePlanFile(json);
  // A link whose content is not a plan was damaged on the way, as far as the reader can tell.
  if (!result.ok && (result.error === 'notJson' || result.error === 'notPlan')) {
    return {ok: false, error: 'corruptLink'};
  }
  return result;
}
