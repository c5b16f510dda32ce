/**
 * The plan file: what is downloaded as JSON, kept in browser storage and
 * packed into share links. Versioned; a file from this or an older release
 * opens, a file from a newer one is refused with a reason, and anything that
 * is not a well-formed plan is refused without touching the current plan.
 */
import * as v from 'valibot';
import {agreements, sectors, techRequirements} from '../catalog';
import type {AgreementId, Locale, SectorId, TechRequirementId} from '../catalog/types';
import {allLineIds} from './checklist';
import {
  DATA_KINDS,
  LIMITS,
  LINE_STATUSES,
  NAME_FIELDS,
  OWNERS,
  PATTERN_QUESTIONS,
  ROLES,
  STEPS,
  emptyPlan,
  stepIndex,
  textProblem,
  type Plan,
} from './plan';

export const PLAN_FORMAT = 'saas-partnership-plan';
export const PLAN_VERSION = 1;
/** Larger than any plan this release can write: every line with a full note. */
export const MAX_FILE_CHARS = 2_000_000;
const MAX_LINES = 2000;
const MAX_LINE_ID = 200;

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
  /** text with markup, control characters or beyond the length limits */
  | 'unsafeText'
  | 'tooLarge'
  /** a share link that does not decompress */
  | 'corruptLink';

export type PlanResult = {ok: true; file: PlanFile} | {ok: false; error: PlanError};

const UNSAFE = 'unsafeText';

const safeText = (max: number) =>
  v.pipe(
    v.string(),
    v.check((s) => textProblem(s, max) === null, UNSAFE),
  );

const agreementIds = agreements.map((a) => a.id) as [AgreementId, ...AgreementId[]];
const requirementIds = techRequirements.map((r) => r.id) as [TechRequirementId, ...TechRequirementId[]];
const sectorIds = sectors.map((s) => s.id) as [SectorId, ...SectorId[]];
const answer = v.optional(v.picklist(['one', 'each']));

const lineState = v.object({
  status: v.optional(v.picklist(LINE_STATUSES)),
  owner: v.optional(v.picklist(OWNERS)),
  note: v.optional(safeText(LIMITS.note)),
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
        confidentiality: v.picklist(['high', 'low']),
        availability: v.picklist(['high', 'medium', 'low']),
      }),
    ),
    null,
  ),
  data: v.object(
    Object.fromEntries(DATA_KINDS.map((k) => [k, v.boolean()])) as Record<
      (typeof DATA_KINDS)[number],
      v.BooleanSchema<undefined>
    >,
  ),
  agreementChoices: v.record(v.picklist(agreementIds), v.boolean()),
  requirements: v.pipe(v.array(v.picklist(requirementIds)), v.maxLength(requirementIds.length * 2)),
  lines: v.pipe(
    v.record(v.pipe(v.string(), v.maxLength(MAX_LINE_ID)), lineState),
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

/** Drops what this release cannot use (unknown line ids), and keeps steps consistent. */
function tidy(plan: v.InferOutput<typeof planSchema>): Plan {
  const known = allLineIds();
  const lines = Object.fromEntries(
    Object.entries(plan.lines)
      .filter(([id]) => known.has(id))
      .map(([id, state]) => [
        id,
        Object.fromEntries(Object.entries(state).filter(([, value]) => value !== undefined)),
      ]),
  );
  const patternAnswers = Object.fromEntries(
    Object.entries(plan.patternAnswers).filter(([, a]) => a !== undefined),
  );
  const reached = stepIndex(plan.reached) >= stepIndex(plan.step) ? plan.reached : plan.step;
  return {
    ...emptyPlan(),
    ...plan,
    patternAnswers,
    requirements: [...new Set(plan.requirements)],
    lines,
    reached,
  };
}

/** Reads a plan file (or the JSON inside a share link). Never throws. */
export function parsePlanFile(text: string): PlanResult {
  if (typeof text !== 'string' || text.length > MAX_FILE_CHARS) return {ok: false, error: 'tooLarge'};
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {ok: false, error: 'notJson'};
  }
  return readPlanFile(json);
}

export function readPlanFile(json: unknown): PlanResult {
  const head = v.safeParse(fileSchema, json);
  if (!head.success) return {ok: false, error: 'notPlan'};
  if (head.output.version > PLAN_VERSION) return {ok: false, error: 'newerVersion'};
  // Version 1 is the first; a later schema adds its migration from here.
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
