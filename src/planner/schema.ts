/**
 * The plan file: what is downloaded as JSON, kept in browser storage and
 * packed into share links. Versioned; a file from this or an older release
 * opens, a file from a newer one is refused with a reason, and anything that
 * is not a well-formed plan is refused without touching the current plan.
 */
import * as v from 'valibot';
import {agreements, sectors, techRequirements} from '../catalog';
import type {AgreementId, Locale, SectorId, TechRequirementId} from '../catalog/types';
import {allLineIds, retiredLineIds} from './checklist';
import {DURATION_UNITS, WEEKDAYS} from './values';
import {
  CONTACT_FIELDS,
  CONTACT_KINDS,
  DATA_KINDS,
  LIMITS,
  LINE_STATUSES,
  NAME_FIELDS,
  OWNERS,
  PARTNERSHIP_ID,
  PATTERN_QUESTIONS,
  ROLES,
  STEPS,
  TECH_DIRECTIONS,
  VALUE_ID,
  emptyContacts,
  emptyMeeting,
  emptyPlan,
  stepIndex,
  textProblem,
  type ContactField,
  type ContactKind,
  type LineState,
  type Plan,
} from './plan';

export const PLAN_FORMAT = 'saas-partnership-plan';
/**
 * 1: the first release. 2: line outcomes and chosen options, the meeting
 * (date, attendees, agenda), who gives technology to whom, and security
 * answers that may be unanswered one by one; lines of version 1 that are now
 * part of another keep their state on it (retiredLineIds). 3: the customer's
 * contact sheet, and a status per provider on the lines of a customer's
 * pattern-1 contracts; 図表31's sentences on a topic are one line. 4: the
 * partnership the plan belongs to, who last changed each line and when, and
 * when the other party's version was last opened into it (a plan of an
 * earlier version has none of these: it belongs to no partnership yet). 5:
 * the values agreed (or proposed), each party's mark that it agreed the plan,
 * and the fingerprint of the version a copy was based on (earlier plans have
 * none of these).
 */
export const PLAN_VERSION = 5;
/**
 * The largest plan file read, in bytes of UTF-8: nearly twice the largest
 * plan this release writes (every line with a full note and outcome in
 * Japanese, about 2.2 MB). A file is measured before it is read.
 */
export const MAX_FILE_BYTES = 4_000_000;
const MAX_LINES = 2000;
const MAX_LINE_ID = 200;
const MAX_CHOICES = 64;
/**
 * A note may hold more than a reader can type into one line (LIMITS.note):
 * the notes of the lines that became one (retiredLineIds) are kept together.
 */
const MAX_STORED_NOTE = LIMITS.note * 8;

export interface PlanFile {
  format: typeof PLAN_FORMAT;
  version: number;
  savedAt: string;
  locale: Locale;
  plan: Plan;
}

export type PlanError =
  /** not JSON at all */
  | 'notJson'
  /** JSON, but not a plan file of this site */
  | 'notPlan'
  /** a plan file from a later release */
  | 'newerVersion'
  /** a plan file whose content does not hold together */
  | 'invalid'
  /** text with control or direction characters, half a character, or beyond the length limits */
  | 'unsafeText'
  | 'tooLarge'
  /** a share link that does not decompress, or whose checksum does not match */
  | 'corruptLink'
  /** a file whose bytes are not UTF-8 text (Shift_JIS, Latin-1, binary) */
  | 'notUtf8'
  /** a file the browser could not read */
  | 'unreadableFile';

export type PlanResult = {ok: true; file: PlanFile} | {ok: false; error: PlanError};

const UNSAFE = 'unsafeText';

/** A fingerprint as fingerprint.ts writes it: SHA-256, 64 hex digits. */
const FINGERPRINT = /^[0-9a-f]{64}$/;

const safeText = (max: number) =>
  v.pipe(
    v.string(),
    v.check((s) => textProblem(s, max) === null, UNSAFE),
  );

const agreementIds = agreements.map((a) => a.id) as [AgreementId, ...AgreementId[]];
const requirementIds = techRequirements.map((r) => r.id) as [TechRequirementId, ...TechRequirementId[]];
const sectorIds = sectors.map((s) => s.id) as [SectorId, ...SectorId[]];
const answer = v.optional(v.picklist(['one', 'each']));

const lineId = v.pipe(v.string(), v.maxLength(MAX_LINE_ID));

const lineState = v.object({
  status: v.optional(v.picklist(LINE_STATUSES)),
  owner: v.optional(v.picklist(OWNERS)),
  note: v.optional(safeText(MAX_STORED_NOTE)),
  outcome: v.optional(safeText(MAX_STORED_NOTE)),
  choices: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(MAX_LINE_ID))), v.maxLength(MAX_CHOICES))),
  providerStatus: v.optional(
    v.object({lead: v.optional(v.picklist(LINE_STATUSES)), partner: v.optional(v.picklist(LINE_STATUSES))}),
  ),
});

const contactSchema = v.object(
  Object.fromEntries(CONTACT_FIELDS.map((f) => [f, safeText(LIMITS.contact)])) as Record<
    ContactField,
    ReturnType<typeof safeText>
  >,
);
const contactSheetSchema = v.object(
  Object.fromEntries(CONTACT_KINDS.map((k) => [k, contactSchema])) as Record<ContactKind, typeof contactSchema>,
);
const contactsSchema = v.object({lead: contactSheetSchema, partner: contactSheetSchema});

/** A moment as Date.toISOString writes it. */
const isoMoment = v.pipe(v.string(), v.maxLength(40), v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/));

const stampSchema = v.object({
  by: v.picklist(ROLES),
  name: safeText(LIMITS.name),
  at: isoMoment,
});

/**
 * A stored value, by its shape: a number, a duration, hours of the week, a
 * choice's option or a date, or region codes. What fits which field is
 * checked against the field's kind where the value is used (values.ts).
 */
const storedValue = v.union([
  v.pipe(v.number(), v.finite()),
  v.strictObject({amount: v.pipe(v.number(), v.finite()), unit: v.picklist(DURATION_UNITS)}),
  v.strictObject({
    days: v.pipe(v.array(v.picklist(WEEKDAYS)), v.maxLength(WEEKDAYS.length)),
    from: v.pipe(v.string(), v.regex(/^\d{2}:\d{2}$/)),
    to: v.pipe(v.string(), v.regex(/^\d{2}:\d{2}$/)),
  }),
  v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{1,40}$/)),
  v.pipe(v.array(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/))), v.maxLength(300)),
]);

const MAX_VALUES = 400;

const agreedValue = v.strictObject({value: storedValue, by: v.nullable(v.picklist(ROLES)), agreed: v.boolean()});

const mark = v.strictObject({
  name: safeText(LIMITS.name),
  date: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
  fingerprint: v.pipe(v.string(), v.regex(FINGERPRINT)),
});

const meetingSchema = v.object({
  date: v.pipe(v.string(), v.regex(/^(\d{4}-\d{2}-\d{2})?$/)),
  attendees: safeText(LIMITS.attendees),
  agenda: v.pipe(v.array(lineId), v.maxLength(MAX_LINES)),
});

const planSchema = v.object({
  role: v.nullable(v.picklist(ROLES)),
  names: v.object(
    Object.fromEntries(NAME_FIELDS.map((f) => [f, safeText(LIMITS.name)])) as Record<
      (typeof NAME_FIELDS)[number],
      ReturnType<typeof safeText>
    >,
  ),
  patternAnswers: v.object(
    Object.fromEntries(PATTERN_QUESTIONS.map((q) => [q, answer])) as Record<
      (typeof PATTERN_QUESTIONS)[number],
      typeof answer
    >,
  ),
  pattern: v.nullable(v.picklist(['p1', 'p2'])),
  customerSystems: v.nullable(v.boolean()),
  sector: v.nullable(v.picklist(sectorIds)),
  // Added after the first plan files were saved: absent means not set.
  security: v.optional(
    v.nullable(
      v.object({
        confidentiality: v.nullable(v.picklist(['high', 'low'])),
        availability: v.nullable(v.picklist(['high', 'medium', 'low'])),
      }),
    ),
    null,
  ),
  // Version 2.
  techDirection: v.optional(v.nullable(v.picklist(TECH_DIRECTIONS)), null),
  meeting: v.optional(meetingSchema, emptyMeeting),
  // Version 3.
  contacts: v.optional(contactsSchema, emptyContacts),
  // Version 4.
  partnershipId: v.optional(v.nullable(v.pipe(v.string(), v.regex(PARTNERSHIP_ID))), null),
  edits: v.optional(
    v.pipe(
      v.record(lineId, stampSchema),
      v.check((r) => Object.keys(r).length <= MAX_LINES),
    ),
    {},
  ),
  received: v.optional(v.nullable(isoMoment), null),
  // Version 5.
  values: v.optional(
    v.pipe(
      v.record(v.pipe(v.string(), v.regex(VALUE_ID)), agreedValue),
      v.check((r) => Object.keys(r).length <= MAX_VALUES),
    ),
    {},
  ),
  marks: v.optional(
    v.strictObject({lead: v.optional(mark), partner: v.optional(mark), customer: v.optional(mark)}),
    {},
  ),
  base: v.optional(v.nullable(v.pipe(v.string(), v.regex(FINGERPRINT))), null),
  data: v.object(
    Object.fromEntries(DATA_KINDS.map((k) => [k, v.boolean()])) as Record<
      (typeof DATA_KINDS)[number],
      v.BooleanSchema<undefined>
    >,
  ),
  agreementChoices: v.record(v.picklist(agreementIds), v.boolean()),
  requirements: v.pipe(v.array(v.picklist(requirementIds)), v.maxLength(requirementIds.length * 2)),
  lines: v.pipe(
    v.record(lineId, lineState),
    v.check((r) => Object.keys(r).length <= MAX_LINES),
  ),
  step: v.picklist(STEPS),
  reached: v.picklist(STEPS),
});

const fileSchema = v.object({
  format: v.literal(PLAN_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  savedAt: v.pipe(v.string(), v.maxLength(64)),
  locale: v.picklist(['ja', 'en']),
  plan: v.unknown(),
});

function defined(state: v.InferOutput<typeof lineState>): LineState {
  const out = Object.fromEntries(Object.entries(state).filter(([, value]) => value !== undefined)) as LineState;
  if (state.providerStatus) {
    const byProvider = Object.fromEntries(Object.entries(state.providerStatus).filter(([, s]) => s !== undefined));
    if (Object.keys(byProvider).length > 0) out.providerStatus = byProvider;
    else delete out.providerStatus;
  }
  return out;
}

/**
 * What the reader decided on lines that are now part of another
 * (retiredLineIds) is kept on that line: the notes together, one after the
 * other; a status or owner where the line has none of its own.
 */
function carryRetired(lines: Record<string, LineState>): Record<string, LineState> {
  const retired = retiredLineIds();
  const out: Record<string, LineState> = {};
  for (const [id, state] of Object.entries(lines)) if (!retired.has(id)) out[id] = {...state};
  for (const [id, state] of Object.entries(lines)) {
    const successor = retired.get(id);
    if (!successor) continue;
    const into = (out[successor] ??= {});
    if (state.note) into.note = into.note ? `${into.note}\n${state.note}` : state.note;
    if (state.status && !into.status) into.status = state.status;
    if (state.owner && !into.owner) into.owner = state.owner;
    if (state.outcome) into.outcome = into.outcome ? `${into.outcome}\n${state.outcome}` : state.outcome;
  }
  return out;
}

/** Drops what this release cannot use (unknown line ids), and keeps steps consistent. */
function tidy(plan: v.InferOutput<typeof planSchema>): Plan {
  const known = allLineIds();
  const lines = Object.fromEntries(
    Object.entries(
      carryRetired(Object.fromEntries(Object.entries(plan.lines).map(([id, s]) => [id, defined(s)]))),
    ).filter(([id]) => known.has(id)),
  );
  const patternAnswers = Object.fromEntries(Object.entries(plan.patternAnswers).filter(([, a]) => a !== undefined));
  const reached = stepIndex(plan.reached) >= stepIndex(plan.step) ? plan.reached : plan.step;
  const retired = retiredLineIds();
  const agenda = [...new Set(plan.meeting.agenda.map((id) => retired.get(id) ?? id))].filter((id) => known.has(id));
  // a stamp follows its line where the line became part of another, and goes with a line this release does not know
  const edits: Plan['edits'] = {};
  for (const [id, stamp] of Object.entries(plan.edits)) {
    const to = retired.get(id) ?? id;
    if (known.has(to) && (!edits[to] || edits[to].at < stamp.at)) edits[to] = stamp;
  }
  const security =
    plan.security && (plan.security.confidentiality !== null || plan.security.availability !== null)
      ? plan.security
      : null;
  return {
    ...emptyPlan(),
    ...plan,
    patternAnswers,
    security,
    requirements: [...new Set(plan.requirements)],
    lines,
    edits,
    meeting: {...plan.meeting, agenda},
    reached,
  };
}

/** The length of `text` in UTF-8, counted only as far as `max` + 1. */
export function utf8Length(text: string, max = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= max; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** Reads a plan file (or the JSON inside a share link). Never throws. */
export function parsePlanFile(text: string): PlanResult {
  if (typeof text !== 'string' || text.length > MAX_FILE_BYTES || utf8Length(text, MAX_FILE_BYTES) > MAX_FILE_BYTES) {
    return {ok: false, error: 'tooLarge'};
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {ok: false, error: 'notJson'};
  }
  return readPlanFile(json);
}

/**
 * Reads a plan file's bytes: refused unread when larger than MAX_FILE_BYTES,
 * and refused, not altered, when they are not UTF-8 (a decoder that replaced
 * what it cannot read would open a plan whose notes are not what was saved).
 */
export function parsePlanFileBytes(bytes: Uint8Array): PlanResult {
  if (bytes.byteLength > MAX_FILE_BYTES) return {ok: false, error: 'tooLarge'};
  let text: string;
  try {
    text = new TextDecoder('utf-8', {fatal: true}).decode(bytes);
  } catch {
    return {ok: false, error: 'notUtf8'};
  }
  return parsePlanFile(text);
}

export function readPlanFile(json: unknown): PlanResult {
  const head = v.safeParse(fileSchema, json);
  if (!head.success) return {ok: false, error: 'notPlan'};
  if (head.output.version > PLAN_VERSION) return {ok: false, error: 'newerVersion'};
  // An earlier version reads as this one with nothing of the later versions
  // set; version 1's retired lines are carried over by tidy, which every
  // version goes through.
  const plan = v.safeParse(planSchema, head.output.plan);
  if (!plan.success) {
    return {ok: false, error: plan.issues.some((i) => i.message === UNSAFE) ? 'unsafeText' : 'invalid'};
  }
  return {
    ok: true,
    file: {
      format: PLAN_FORMAT,
      version: PLAN_VERSION,
      savedAt: head.output.savedAt,
      locale: head.output.locale,
      plan: tidy(plan.output),
    },
  };
}

export function toPlanFile(plan: Plan, locale: Locale, savedAt: Date): PlanFile {
  return {format: PLAN_FORMAT, version: PLAN_VERSION, savedAt: savedAt.toISOString(), locale, plan};
}

export function serializePlanFile(file: PlanFile): string {
  return JSON.stringify(file, null, 2);
}
