/**
 * A plan: the reader's answers and what they decided about each checklist
 * line. This, and not the machine's internal state, is what is saved, shared
 * and exported, so a later release that reshapes the machine still opens
 * yesterday's plan.
 */
import type {AgreementId, PatternId, SectorId, TechRequirementId} from '../catalog/types';
import type {SecurityLevel} from '../catalog/related/securityPatterns';
import type {AgreedValue} from './values';

/** The steps of the walk, in order. Saved in plans: never rename one. */
export const STEPS = ['about', 'pattern', 'context', 'sales', 'introduction', 'operation', 'review'] as const;
export type StepId = (typeof STEPS)[number];

/**
 * lead: holds (or would hold) the contract with the customer;
 * partner: the partnered provider; customer: the contracting customer.
 */
export const ROLES = ['lead', 'partner', 'customer'] as const;
export type Role = (typeof ROLES)[number];

/** Who owns a checklist line. */
export const OWNERS = ['lead', 'partner', 'both', 'customer'] as const;
export type Owner = (typeof OWNERS)[number];

/** open: not yet; confirm: needs confirmation; na: not applicable. */
export const LINE_STATUSES = ['open', 'done', 'confirm', 'na'] as const;
export type LineStatus = (typeof LINE_STATUSES)[number];

export const NAME_FIELDS = ['partnership', 'lead', 'partner', 'customer'] as const;
export type NameField = (typeof NAME_FIELDS)[number];

/**
 * The plain questions of the pattern step. Each answer points at one of the
 * two patterns of 図表4: 'one' at pattern 2, 'each' at pattern 1.
 */
export const PATTERN_QUESTIONS = ['contract', 'payment', 'contact'] as const;
export type PatternQuestion = (typeof PATTERN_QUESTIONS)[number];
export type PatternAnswer = 'one' | 'each';

export const DATA_KINDS = ['personalInfo', 'tradeSecret'] as const;
export type DataKind = (typeof DATA_KINDS)[number];

/** The answers of the security pattern finder: integrity is "high" for every service, so it is not asked. */
export interface SecurityAnswers {
  confidentiality: 'high' | 'low';
  availability: SecurityLevel;
}

/** The finder's answers as the plan keeps them: each may still be unanswered. */
export interface PlanSecurity {
  confidentiality: SecurityAnswers['confidentiality'] | null;
  availability: SecurityLevel | null;
}

/**
 * The finder's answers in effect, or null when the reader has not used the
 * finder. 3.2.3【1】① of the security study report: a service that holds
 * personal information or trade secrets, whatever the number of records, has
 * a high confidentiality requirement, and one that holds neither a low one.
 * The planner's data question is that question, so it decides: a data kind
 * ticked is "high", none ticked is "low" — unless the plan carries "high" from
 * the finder on the security page, which stands until the reader says which
 * data it is.
 */
export function securityInEffect(plan: Pick<Plan, 'security' | 'data'>): SecurityInEffect | null {
  if (!plan.security) return null;
  const held = DATA_KINDS.some((k) => plan.data[k]);
  return {
    confidentiality: held ? 'high' : (plan.security.confidentiality ?? 'low'),
    confidentialityFrom: held ? 'data' : plan.security.confidentiality === 'high' ? 'finder' : 'data',
    availability: plan.security.availability,
  };
}

export interface SecurityInEffect {
  confidentiality: SecurityAnswers['confidentiality'];
  /** whether the data answers decide it, or a "high" carried from the security page's finder */
  confidentialityFrom: 'data' | 'finder';
  availability: SecurityLevel | null;
}

/** Both answers in effect, or null while availability is not answered. */
export function completeSecurity(plan: Pick<Plan, 'security' | 'data'>): SecurityAnswers | null {
  const answers = securityInEffect(plan);
  return answers?.availability ? {confidentiality: answers.confidentiality, availability: answers.availability} : null;
}

/** What the reader decided about one line; absent fields take the default. */
export interface LineState {
  status?: LineStatus;
  owner?: Owner;
  note?: string;
  /** the decision or outcome recorded at a meeting */
  outcome?: string;
  /** for a question with options (図表20's techniques, 図表22's log items): the ones chosen */
  choices?: string[];
  /**
   * A customer in pattern 1 signs one contract with each provider (図表5), so
   * each contract's line has a status per provider.
   */
  providerStatus?: Partial<Record<Provider, LineStatus>>;
}

/** The two providers of a partnership, by their part (see Role). */
export const PROVIDERS = ['lead', 'partner'] as const;
export type Provider = (typeof PROVIDERS)[number];

/**
 * The customer's contact sheet: whom to call at each provider, for each kind
 * of call, as the reader writes it down.
 */
export const CONTACT_KINDS = ['faults', 'enquiries', 'billing', 'security'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];
export const CONTACT_FIELDS = ['name', 'department', 'reach', 'hours'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];
export type Contact = Record<ContactField, string>;
export type Contacts = Record<Provider, Record<ContactKind, Contact>>;

export function emptyContacts(): Contacts {
  const sheet = () =>
    Object.fromEntries(
      CONTACT_KINDS.map((k) => [k, Object.fromEntries(CONTACT_FIELDS.map((f) => [f, ''])) as Contact]),
    ) as Record<ContactKind, Contact>;
  return {lead: sheet(), partner: sheet()};
}

export function contactsBlank(contacts: Contacts): boolean {
  return PROVIDERS.every((p) => CONTACT_KINDS.every((k) => CONTACT_FIELDS.every((f) => contacts[p][k][f] === '')));
}

/**
 * 図表14: 「ASP･SaaS 事業者相互、もしくは一方から他方へ技術提供を行う」 — who
 * gives technology to whom, when the technology provision agreement is made.
 */
export const TECH_DIRECTIONS = ['partnerToLead', 'leadToPartner', 'mutual'] as const;
export type TechDirection = (typeof TECH_DIRECTIONS)[number];

/** The next meeting with the partner: when, who comes, and the lines on its agenda, in order. */
export interface Meeting {
  /** YYYY-MM-DD, or '' when not set */
  date: string;
  attendees: string;
  agenda: string[];
}

export function emptyMeeting(): Meeting {
  return {date: '', attendees: '', agenda: []};
}

/**
 * Who last changed a checklist line: the side that changed it (the role the
 * plan had then), the name that side goes by in the plan, and when (ISO 8601,
 * UTC). No account: it is what the editing party's own plan says.
 */
export interface EditStamp {
  by: Role;
  name: string;
  at: string;
}

/**
 * A party's mark that it agreed the plan: who, on which day, and the
 * fingerprint of the decisions it agreed (fingerprint.ts). A record of the
 * talks, never a signature.
 */
export interface AgreementMark {
  name: string;
  /** YYYY-MM-DD */
  date: string;
  /** SHA-256 of the decisions agreed, 64 hex digits */
  fingerprint: string;
}

/**
 * An agreed value's id: the field's (catalog/data/agreedValues.ts), with
 * "@lead" or "@partner" for one provider's own where each signs its own
 * contract (pattern 1) or one SLA describes each service (図表31).
 */
export const VALUE_ID = /^[a-z][A-Za-z]*\.[a-z][A-Za-z]*(?:@(?:lead|partner))?$/;

/** A partnership's id: letters, digits, '-' and '_' (a UUID, as browsers make them). */
export const PARTNERSHIP_ID = /^[A-Za-z0-9_-]{8,64}$/;

export interface Plan {
  /**
   * The partnership this plan belongs to: made once, when the plan is first
   * given an answer, and carried by every file and link made from it, so that
   * the other party's version can be told from an unrelated plan. null until then.
   */
  partnershipId: string | null;
  /** who last changed each line, by line id */
  edits: Record<string, EditStamp>;
  /** when the other party's version was last opened into this plan (ISO 8601), or null */
  received: string | null;
  role: Role | null;
  names: Record<NameField, string>;
  patternAnswers: Partial<Record<PatternQuestion, PatternAnswer>>;
  pattern: PatternId | null;
  /** does the customer run systems or services the partnered service connects to */
  customerSystems: boolean | null;
  sector: SectorId | null;
  data: Record<DataKind, boolean>;
  /**
   * The service's pattern under the information security guideline, as the
   * answers to its questions (integrity is always high); null when neither is
   * answered. Read it through securityInEffect: the data answers decide
   * confidentiality.
   */
  security: PlanSecurity | null;
  /** the reader's choice on agreements the rules leave open (see rules.ts) */
  agreementChoices: Partial<Record<AgreementId, boolean>>;
  requirements: TechRequirementId[];
  /** who gives technology to whom (図表14); null when not said */
  techDirection: TechDirection | null;
  lines: Record<string, LineState>;
  meeting: Meeting;
  /** whom the customer calls at each provider */
  contacts: Contacts;
  /** the values agreed (or proposed), by value id */
  values: Record<string, AgreedValue>;
  /** each party's mark that it agreed the plan */
  marks: Partial<Record<Role, AgreementMark>>;
  /**
   * The fingerprint of the version this copy was made from or last merged
   * with: the common base of a later exchange. null when there is none.
   */
  base: string | null;
  /** the step the reader is on, and the furthest step reached */
  step: StepId;
  reached: StepId;
}

export function emptyPlan(): Plan {
  return {
    partnershipId: null,
    edits: {},
    received: null,
    role: null,
    names: {partnership: '', lead: '', partner: '', customer: ''},
    patternAnswers: {},
    pattern: null,
    customerSystems: null,
    sector: null,
    data: {personalInfo: false, tradeSecret: false},
    security: null,
    agreementChoices: {},
    requirements: [],
    techDirection: null,
    lines: {},
    meeting: emptyMeeting(),
    contacts: emptyContacts(),
    values: {},
    marks: {},
    base: null,
    step: 'about',
    reached: 'about',
  };
}

export function stepIndex(step: StepId): number {
  return STEPS.indexOf(step);
}

/**
 * The steps a reader walks. A customer skips the three phases: what the
 * providers agree between themselves (chapter 3) is theirs to settle, and a
 * customer signs only the contracts of chapter 4, with what chapter 5 says to
 * watch; their walk goes from their own situation straight to the check.
 */
export function stepsFor(role: Role | null): readonly StepId[] {
  return role === 'customer' ? CUSTOMER_STEPS : STEPS;
}

const CUSTOMER_STEPS: readonly StepId[] = ['about', 'pattern', 'context', 'review'];

/** The step after (+1) or before (-1) this one on the reader's walk. */
export function neighbourStep(role: Role | null, step: StepId, by: 1 | -1): StepId | null {
  const steps = stepsFor(role);
  const i = steps.indexOf(step);
  if (i < 0) return null;
  return steps[i + by] ?? null;
}

/** The pattern the answers point at, or null when none is answered. */
export function suggestPattern(answers: Plan['patternAnswers']): PatternId | null {
  // The contract question decides: the pattern *is* who the customer contracts
  // with (図表4). The other two follow from it, and only break a missing answer.
  const decisive = answers.contract ?? answers.payment ?? answers.contact;
  if (!decisive) return null;
  return decisive === 'one' ? 'p2' : 'p1';
}

/** Questions whose answer points away from the chosen pattern. */
export function conflictingAnswers(plan: Plan): PatternQuestion[] {
  if (!plan.pattern) return [];
  const expected: PatternAnswer = plan.pattern === 'p2' ? 'one' : 'each';
  return PATTERN_QUESTIONS.filter((q) => {
    const a = plan.patternAnswers[q];
    return a !== undefined && a !== expected;
  });
}

/** What a plan holds about itself rather than answers: who changed what, which partnership, when received. */
const BOOKKEEPING: readonly (keyof Plan)[] = ['step', 'reached', 'partnershipId', 'edits', 'received', 'base'];

/**
 * Do two plans hold the same answers, whatever step each stands on? What a
 * step shows depends on the answers, never on where the reader is.
 */
export function sameAnswers(a: Plan, b: Plan): boolean {
  if (a === b) return true;
  return (Object.keys(a) as (keyof Plan)[]).every((key) => BOOKKEEPING.includes(key) || a[key] === b[key]);
}

/** The stamp of a change made now by the plan's own side, or null when the plan has no role yet. */
export function stampFor(plan: Pick<Plan, 'role' | 'names'>, at: string): EditStamp | null {
  return plan.role ? {by: plan.role, name: plan.names[plan.role], at} : null;
}

/** Has the reader entered anything worth keeping? */
export function isBlank(plan: Plan): boolean {
  return (
    plan.role === null &&
    NAME_FIELDS.every((f) => plan.names[f] === '') &&
    Object.keys(plan.patternAnswers).length === 0 &&
    plan.pattern === null &&
    plan.customerSystems === null &&
    plan.sector === null &&
    DATA_KINDS.every((k) => !plan.data[k]) &&
    plan.security === null &&
    Object.keys(plan.agreementChoices).length === 0 &&
    plan.requirements.length === 0 &&
    plan.techDirection === null &&
    Object.keys(plan.lines).length === 0 &&
    plan.meeting.date === '' &&
    plan.meeting.attendees === '' &&
    plan.meeting.agenda.length === 0 &&
    contactsBlank(plan.contacts) &&
    Object.keys(plan.values).length === 0 &&
    Object.keys(plan.marks).length === 0
  );
}

/**
 * Text the reader typed is kept exactly as typed and always shown as text
 * (React escapes it; every export escapes or neutralises it for its format),
 * so `<`, `&` or anything that looks like markup is ordinary text. Only its
 * length is bounded, and four kinds of character are not taken in, because
 * no keyboard types them and they would change what others see rather than
 * be seen: control characters other than tab and line breaks; the invisible
 * characters that set the direction of text (a name with U+202E shows the
 * rest of the line reversed); half of a character (an unpaired UTF-16
 * surrogate), which no file or export can carry unchanged; and the Unicode
 * noncharacters, which XML 1.0 (and so a workbook) cannot hold either. They are refused,
 * never removed: what is taken in is exactly what was typed.
 */
export const LIMITS = {name: 200, note: 2000, attendees: 500, contact: 200} as const;

// C0 controls other than tab, newline and carriage return; DEL; the C1
// controls; and the interlinear annotation controls.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFF9-\uFFFB]/;
// The bidirectional formatting characters: the Arabic letter mark, the
// left-to-right and right-to-left marks, embeddings and overrides
// (U+202A–202E) and isolates (U+2066–2069).
const DIRECTION = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const BROKEN = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// The Unicode noncharacters: U+FDD0–FDEF, and the last two code points of
// every plane (U+FFFE and U+FFFF, which XML 1.0 forbids, so that Excel calls
// a workbook holding one corrupt; U+1FFFE … U+10FFFF, as surrogate pairs).
const NONCHARACTER =
  /[\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/;

export type TextProblem = 'control' | 'direction' | 'brokenCharacter' | 'nonCharacter' | 'tooLong';

export function textProblem(value: string, max: number): TextProblem | null {
  if (value.length > max) return 'tooLong';
  if (CONTROL.test(value)) return 'control';
  if (DIRECTION.test(value)) return 'direction';
  if (BROKEN.test(value)) return 'brokenCharacter';
  if (NONCHARACTER.test(value)) return 'nonCharacter';
  return null;
}

/**
 * The first character that makes `value` refused, written as U+XXXX (so the
 * reader can find what no font shows), or null when there is none.
 */
export function refusedCharacter(value: string): string | null {
  for (const pattern of [CONTROL, DIRECTION, BROKEN, NONCHARACTER]) {
    const found = pattern.exec(value);
    if (found) return `U+${found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return null;
}
