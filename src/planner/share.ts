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
/**
 * The longest fragment a link may carry: well below what browsers and mail
 * clients cope with. A plan with long notes on many lines can exceed it; such
 * a plan travels as a plan file instead (the toolbar says so).
 */
export const MAX_FRAGMENT_CHARS = 200_000;

/** The fragment for a plan, or null when the plan is too large for a link. */
export function shareFragmentOrNull(plan: Plan, locale: Locale, now: Date): string | null {
  const fragment = encodeShareFragment(plan, locale, now);
  return fragment.length - SHARE_KEY.length - 1 > MAX_FRAGMENT_CHARS ? null : fragment;
}

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
