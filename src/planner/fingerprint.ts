/**
 * The fingerprint of a plan's decisions: a SHA-256 over what the parties
 * decided, written by ids in one fixed order, so that two parties whose
 * fingerprints match hold the same decisions, whatever order their files
 * write them in, and a new release that rewords a question or adds a line
 * leaves it as it was.
 *
 * The decisions are the answers (names, pattern, sector, data, agreements,
 * requirements …), for each line its status, owner, choices, note and
 * outcome, and the agreed values (each with who proposed it and whether both
 * agreed it). Left out is what is each party's own or not decided: the
 * reader's role, where they stand in the walk, who changed what and when,
 * the partnership's id, the next meeting, the contact sheet, and the marks
 * that record an agreement (each holds this fingerprint).
 */
import {compareFields, lineFieldValue} from './compare';
import type {Plan} from './plan';

/** A JSON value written with its object keys in order and nothing undefined: one text for one value. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The plan's decisions, by id, as the fingerprint reads them. */
export function decisionsOf(plan: Plan): unknown {
  const answers = Object.fromEntries(compareFields().map((f) => [f.field, f.get(plan)]));
  const lines: Record<string, Record<string, unknown>> = {};
  for (const [id, state] of Object.entries(plan.lines)) {
    const line = Object.fromEntries(
      (['status', 'owner', 'note', 'outcome', 'choices', 'providerStatus'] as const)
        .map((field) => [field, lineFieldValue(state, field)] as const)
        .map(([field, v]) => [field, field === 'choices' && Array.isArray(v) ? [...v].sort() : v]),
    );
    if (Object.values(line).some((v) => v !== undefined)) lines[id] = line;
  }
  // a set, whatever order it was ticked in; the values as agreed or proposed
  return {...answers, requirements: [...plan.requirements].sort(), lines, values: plan.values};
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * SHA-256 of a text, in hex: the browser's WebCrypto where the page has it
 * (a secure context), else a maintained implementation, loaded only then.
 */
export async function sha256Hex(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const subtle = globalThis.crypto?.subtle;
  if (subtle) return hex(new Uint8Array(await subtle.digest('SHA-256', bytes)));
  const {sha256} = await import('@noble/hashes/sha2.js');
  return hex(sha256(bytes));
}

/** The fingerprint of a plan's decisions: 64 hex digits. */
export function decisionsFingerprint(plan: Plan): Promise<string> {
  return sha256Hex(canonicalJson(decisionsOf(plan)));
}

/** A fingerprint as people read it out and compare it: the first 16 digits, in groups of four. */
export function shortFingerprint(fingerprint: string): string {
  return (fingerprint.slice(0, 16).match(/.{4}/g) ?? []).join(' ');
}
