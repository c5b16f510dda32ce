/**
 * Share links: the plan file, compressed into the URL fragment. A fragment
 * never reaches a server, so the plan stays between the people who hold the
 * link.
 *
 * A link is `plan=<check>.<packed>`: the plan file compressed by lz-string
 * (`packed`), after a short checksum of it (`check`), so that a link changed
 * on the way is refused as damaged rather than opened as some other plan.
 * Links made before the checksum (`plan=<packed>`) still open, marked as
 * unchecked. What mail does to a long link is undone first: line breaks and
 * the spaces of a wrapped line, `+` written as `%2B` or turned into a space,
 * and what was pasted after it (see linkBody).
 */
import {compressToEncodedURIComponent} from 'lz-string';
import type {Locale} from '../catalog/types';
import type {Plan} from './plan';
import {MAX_FILE_BYTES, parsePlanFile, toPlanFile, type PlanFile, type PlanResult} from './schema';
import {decompressUriSafeBounded} from './lzBounded';

export const SHARE_KEY = 'plan';
/**
 * The longest link the planner makes: about 8,000 characters is what common
 * browsers, mail clients and chat tools carry without cutting. A plan whose
 * link would be longer (long notes on many lines) travels as a plan file
 * instead, and the planner says so.
 */
export const MAX_LINK_CHARS = 8_000;
/**
 * The longest packed plan a link may carry when read: links made by earlier
 * releases, before MAX_LINK_CHARS, were allowed this long and still open.
 */
export const MAX_FRAGMENT_CHARS = 200_000;
/**
 * The longest fragment looked at at all: the packed plan with room for what
 * mail adds (every character percent-encoded, line breaks). Anything longer is
 * refused before any work is done on it.
 */
export const MAX_RAW_FRAGMENT_CHARS = MAX_FRAGMENT_CHARS * 3 + 1000;
/**
 * The most text a link may unpack to: a plan file's bound (each character
 * of it at least one byte). Unpacking stops as soon as it is passed.
 */
export const MAX_LINK_JSON_CHARS = MAX_FILE_BYTES;

const CHECK_LENGTH = 7;
const CHECK_SEPARATOR = '.';

/** FNV-1a, 32 bits, over the packed plan's characters (all ASCII), written in base 36. */
export function linkChecksum(packed: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < packed.length; i++) {
    hash ^= packed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36).padStart(CHECK_LENGTH, '0');
}

/**
 * The fragment for a plan, or null when the plan is too large for a link:
 * when the fragment, with room for the page's address before it
 * (`pageChars`), would pass MAX_LINK_CHARS.
 */
export function shareFragmentOrNull(plan: Plan, locale: Locale, now: Date, pageChars = 100): string | null {
  const json = JSON.stringify(toPlanFile(plan, locale, now));
  if (json.length > MAX_LINK_JSON_CHARS) return null;
  const packed = compressToEncodedURIComponent(json);
  const fragment = `${SHARE_KEY}=${linkChecksum(packed)}${CHECK_SEPARATOR}${packed}`;
  return fragment.length + 1 + pageChars > MAX_LINK_CHARS ? null : fragment;
}

/** The fragment (without '#') that carries the plan. */
export function encodeShareFragment(plan: Plan, locale: Locale, now: Date): string {
  const packed = compressToEncodedURIComponent(JSON.stringify(toPlanFile(plan, locale, now)));
  return `${SHARE_KEY}=${linkChecksum(packed)}${CHECK_SEPARATOR}${packed}`;
}

/** Percent escapes of ASCII characters decoded; anything else left as it is. */
function percentDecoded(text: string): string {
  return text.replace(/%([0-7][0-9A-Fa-f])/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/**
 * A line break that mail put inside a percent escape ("%" then a break, then
 * "0A") taken out, so that the escape is read whole. lz-string never writes
 * "%", so every "%" starts an escape.
 */
function escapesJoined(text: string): string {
  return text.replace(/%(?:[\r\n]+[ \t]*)?([0-7])(?:[\r\n]+[ \t]*)?([0-9A-Fa-f])/g, '%$1$2');
}

/**
 * The fragment's body, its percent escapes of ASCII characters decoded and its
 * ends trimmed. An escape can hold another (a line break, itself encoded, put
 * inside "%0A" where mail split it: "%" "%0A" "0A"), so the escapes are read
 * again while that changes anything, a few times at most: each pass is one
 * walk over the text.
 */
function normalised(fragment: string): string {
  let text = fragment.replace(/^#/, '');
  for (let pass = 0; pass < MAX_ESCAPE_PASSES; pass++) {
    const next = percentDecoded(escapesJoined(text));
    if (next === text) break;
    text = next;
  }
  return text.replace(/^\s+|\s+$/g, '');
}

const MAX_ESCAPE_PASSES = 8;

/**
 * The packed plan as it may have been before mail changed it. A space is a
 * '+' that a mail client or a form decoded, or the indent of a wrapped line;
 * which one, the checksum tells (a link without one takes a space for '+' first,
 * as lz-string does).
 */
function candidates(packed: string): string[] {
  const unbroken = packed.replace(/[\r\n\t]/g, '');
  if (!unbroken.includes(' ')) return [unbroken];
  return [
    ...new Set([
      unbroken.replace(/ /g, '+'),
      unbroken.replace(/ /g, ''),
      packed
        .replace(/[\r\n]+[ \t]*/g, '')
        .replace(/[\t]/g, '')
        .replace(/ /g, '+'),
    ]),
  ];
}

/**
 * The link's own characters, without what came after it where people paste
 * links: the end of a sentence (`.`, `,`, `)`, `]`, `>`, `。`, `、`, `」`, as
 * typed or percent-encoded), a query string or a second `#` that a mail or
 * chat tool added. The checksum is base 36 and lz-string writes only
 * letters, digits, `+`, `-` and `$`, so the link ends at the first other
 * character (the spaces and line breaks of a wrapped line aside, and the one
 * `.` after the checksum).
 */
function linkBody(rest: string): string {
  const end = /^(?:[0-9a-z\s]+\.)?[A-Za-z0-9+\-$\s]*/.exec(rest)![0];
  return end.replace(/\s+$/, '');
}

/** Does this fragment (with or without '#') carry a plan at all? */
export function hasSharedPlan(fragment: string): boolean {
  return normalised(fragment.slice(0, 64)).startsWith(`${SHARE_KEY}=`);
}

/**
 * A plan read from a link. `unchecked`: the link was made before links carried
 * a checksum, so a link cut short or changed on the way could still read as a
 * plan; the planner opens such a plan only as one of its own, and says so.
 */
export type LinkResult = PlanResult | {ok: true; file: PlanFile; unchecked: true};

/** Reads the plan out of a fragment. Never throws; the work it does is bounded by the bounds above. */
export function decodeShareFragment(fragment: string): LinkResult {
  if (typeof fragment !== 'string') return {ok: false, error: 'corruptLink'};
  if (fragment.length > MAX_RAW_FRAGMENT_CHARS) return {ok: false, error: 'tooLarge'};
  const body = normalised(fragment);
  if (!body.startsWith(`${SHARE_KEY}=`)) return {ok: false, error: 'corruptLink'};
  let rest = linkBody(body.slice(SHARE_KEY.length + 1));
  let check: string | null = null;
  const dot = rest.indexOf(CHECK_SEPARATOR);
  if (dot >= 0) {
    check = rest.slice(0, dot).replace(/\s/g, '');
    rest = rest.slice(dot + 1);
  }
  let last: PlanResult = {ok: false, error: 'corruptLink'};
  for (const packed of candidates(rest)) {
    if (packed.length > MAX_FRAGMENT_CHARS) return {ok: false, error: 'tooLarge'};
    if (check !== null && linkChecksum(packed) !== check) continue;
    last = unpack(packed);
    if (last.ok && check === null) return {...last, unchecked: true};
    if (last.ok || check !== null) return last;
  }
  return last;
}

function unpack(packed: string): PlanResult {
  const json = decompressUriSafeBounded(packed, MAX_LINK_JSON_CHARS);
  if (!json.ok) return {ok: false, error: json.error === 'tooLarge' ? 'tooLarge' : 'corruptLink'};
  const result = parsePlanFile(json.text);
  // A link whose content is not a plan was damaged on the way, as far as the reader can tell.
  if (!result.ok && (result.error === 'notJson' || result.error === 'notPlan')) {
    return {ok: false, error: 'corruptLink'};
  }
  return result;
}
