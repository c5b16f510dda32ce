/**
 * The walk through a plan, as a state machine: one state per step, guarded
 * moves between them, and every answer an event that updates the plan. The
 * machine holds no browser state; saving and sharing happen outside it.
 */
import {and, assertEvent, assign, setup} from 'xstate';
import type {AgreementId, PatternId, SectorId, TechRequirementId} from '../catalog/types';
import {agreementRules} from './rules';
import {applyIntent, type PlannerIntent} from './intent';
import {applyComparison, comparePlans, decideAll, mergePlans, type Change, type Decision} from './compare';
import {
  LIMITS,
  STEPS,
  emptyPlan,
  isBlank,
  stepIndex,
  stepsFor,
  neighbourStep,
  suggestPattern,
  CONTACT_FIELDS,
  CONTACT_KINDS,
  PARTNERSHIP_ID,
  PROVIDERS,
  VALUE_ID,
  stampFor,
  textProblem,
  type DataKind,
  type LineStatus,
  type NameField,
  type Owner,
  type PatternAnswer,
  type PatternQuestion,
  type Plan,
  type Provider,
  type ContactKind,
  type ContactField,
  type Role,
  type StepId,
  type TechDirection,
} from './plan';
import type {SecurityLevel} from '../catalog/related/securityPatterns';
import {storedValueShape, type StoredValue} from './values';

/** A meeting date as <input type="date"> gives it, or empty. */
const MEETING_DATE = /^(\d{4}-\d{2}-\d{2})?$/;

export type PlannerEvent =
  | {type: 'NEXT'}
  | {type: 'BACK'}
  | {type: 'GOTO'; step: StepId}
  | {type: 'SET_ROLE'; role: Role}
  | {type: 'SET_NAME'; field: NameField; value: string}
  | {type: 'ANSWER_PATTERN_QUESTION'; question: PatternQuestion; answer: PatternAnswer}
  | {type: 'CHOOSE_PATTERN'; pattern: PatternId}
  | {type: 'SET_CUSTOMER_SYSTEMS'; value: boolean}
  | {type: 'SET_SECTOR'; sector: SectorId | null}
  | {type: 'SET_DATA'; kind: DataKind; value: boolean}
  /**
   * The security pattern finder's availability answer (its confidentiality is
   * the data answer: see securityInEffect).
   */
  | {type: 'SET_AVAILABILITY'; level: SecurityLevel}
  /** no security pattern: the finder's answers taken back */
  | {type: 'CLEAR_SECURITY'}
  | {type: 'SET_TECH_DIRECTION'; direction: TechDirection | null}
  | {type: 'SET_AGREEMENT'; agreement: AgreementId; included: boolean}
  | {type: 'SET_REQUIREMENT'; requirement: TechRequirementId; included: boolean}
  /**
   * provider: in a customer's pattern-1 check, the contract with that provider.
   * at (on every line event): when the change was made, ISO 8601; it stamps the
   * line with the plan's side (the planner's page adds it as the reader acts).
   */
  | {type: 'SET_LINE_STATUS'; line: string; status: LineStatus; provider?: Provider; at?: string}
  | {type: 'SET_LINE_OWNER'; line: string; owner: Owner; at?: string}
  | {type: 'SET_LINE_NOTE'; line: string; note: string; at?: string}
  | {type: 'SET_LINE_OUTCOME'; line: string; outcome: string; at?: string}
  | {type: 'SET_LINE_CHOICES'; line: string; choices: string[]; at?: string}
  | {type: 'SET_MEETING'; field: 'date' | 'attendees'; value: string}
  /**
   * An agreed value set (or, with null, cleared) by the reader's side: it is
   * their proposal until both agree it again. The page checks it against its
   * field's kind (values.ts) before sending.
   */
  | {type: 'SET_VALUE'; id: string; value: StoredValue | null}
  /** both parties agree the value as it stands, or no longer do */
  | {type: 'SET_VALUE_AGREED'; id: string; agreed: boolean}
  /** one field of the customer's contact sheet */
  | {type: 'SET_CONTACT'; provider: Provider; kind: ContactKind; field: ContactField; value: string}
  /** lines put on the next meeting's agenda, after those already on it */
  | {type: 'AGENDA_ADD'; lines: string[]}
  | {type: 'AGENDA_REMOVE'; line: string}
  /** a line moved one place up (-1) or down (+1) */
  | {type: 'AGENDA_MOVE'; line: string; by: -1 | 1}
  | {type: 'AGENDA_CLEAR'}
  /**
   * A plan from a file or a share link, already validated. A plan of the same
   * partnership as the reader's (not blank) is compared with it rather than
   * opened over it; any other replaces it. at: when it was opened.
   */
  | {type: 'LOAD'; plan: Plan; origin: 'file' | 'link'; at?: string}
  /** the plan's partnership id, made by the page once the plan has an answer */
  | {type: 'START_PARTNERSHIP'; id: string}
  /** in a comparison: the reader's decision on one change, or on all of them */
  | {type: 'COMPARE_DECIDE'; key: string; decision: Decision}
  | {type: 'COMPARE_DECIDE_ALL'; decision: Decision}
  /** the decisions applied to the reader's plan (undone by RESTORE_PREVIOUS) */
  | {type: 'COMPARE_APPLY'; at: string}
  /** the other party's plan opened in place of the reader's, as an unrelated plan would be */
  | {type: 'COMPARE_REPLACE'; at?: string}
  /** the comparison closed, nothing changed */
  | {type: 'COMPARE_CANCEL'}
  /** a choice carried over from one of the guide's widgets */
  | {type: 'APPLY_INTENT'; intent: PlannerIntent}
  /** one of the reader's kept plans, opened when the page opens or picked from their plans */
  | {type: 'RESUME'; plan: Plan; previous?: Plan | null}
  /**
   * What another tab wrote of this plan, already merged into the reader's
   * (threeWay.ts) by the page; where both changed a field, the plan keeps
   * this tab's value and `conflict` holds the other tab's version and the
   * fields, for the reader to decide.
   */
  | {type: 'SYNC'; plan: Plan; conflict: {theirs: Plan; keys: string[]} | null}
  /** back to the plan a LOAD replaced, or to the plan before a comparison was applied */
  | {type: 'RESTORE_PREVIOUS'}
  | {type: 'DISMISS_NOTICE'};

export type Notice =
  | {kind: 'loaded'; origin: 'file' | 'link'}
  | {kind: 'intent'}
  | {kind: 'restored'}
  /** a comparison decided: how many changes were taken from the other party, how many kept */
  | {kind: 'merged'; origin: 'file' | 'link'; taken: number; kept: number}
  /** the fields changed in another tab too, decided */
  | {kind: 'tabDecided'; taken: number; kept: number};

/**
 * The other party's version of the plan (from a file or link), or another
 * tab's (`tab`), set beside the reader's until they decide.
 */
export interface Comparison {
  theirs: Plan;
  origin: 'file' | 'link' | 'tab';
  /** for another tab's version: the fields both tabs changed, the only ones to decide */
  keys?: string[];
  /**
   * the reader's decisions so far, by change key; a change left undecided
   * keeps the reader's value. The changes themselves are worked out from the
   * reader's plan as it stands (comparePlans), so an answer changed while
   * comparing is compared as it is now.
   */
  decisions: Record<string, Decision>;
}

export interface PlannerContext {
  plan: Plan;
  /** the plan a LOAD replaced or a comparison changed, so the reader can go back to it */
  previous: Plan | null;
  notice: Notice | null;
  /** the other party's version being compared with the reader's, or null */
  comparing: Comparison | null;
}

/**
 * The changes a comparison offers: every difference from the other party's
 * plan; from another tab's, only the fields both tabs changed (the role too,
 * which is the reader's own in both).
 */
export function comparisonChanges(plan: Plan, comparing: Comparison): Change[] {
  if (comparing.origin !== 'tab') return comparePlans(plan, comparing.theirs);
  const keys = new Set(comparing.keys ?? []);
  return comparePlans(plan, comparing.theirs, {role: true}).filter((c) => keys.has(c.key));
}

/**
 * The plan with another tab's values on the fields both tabs changed and not
 * yet decided: what this tab writes, so that it never saves over the other
 * tab's edit before the reader chooses.
 */
export function withUndecidedTheirs(plan: Plan, comparing: Comparison | null): Plan {
  if (!comparing || comparing.origin !== 'tab') return plan;
  const changes = comparisonChanges(plan, comparing);
  if (changes.length === 0) return plan;
  return mergePlans(plan, comparing.theirs, Object.fromEntries(changes.map((c) => [c.key, 'theirs' as const])), {
    role: true,
  });
}

export interface PlannerInput {
  plan?: Plan;
}

function at(plan: Plan, step: StepId): Plan {
  const reached = stepIndex(step) > stepIndex(plan.reached) ? step : plan.reached;
  return {...plan, step, reached};
}

/**
 * The line with the patch applied and, when that changed it, stamped with the
 * plan's side and the moment.
 */
function withLine(plan: Plan, line: string, patch: Plan['lines'][string], at: string | undefined): Plan {
  const before = plan.lines[line] ?? {};
  const after = {...before, ...patch};
  const changed = (Object.keys(patch) as (keyof typeof patch)[]).some(
    (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
  const stamp = changed ? stampFor(plan, at ?? new Date().toISOString()) : null;
  return {
    ...plan,
    lines: {...plan.lines, [line]: after},
    ...(stamp ? {edits: {...plan.edits, [line]: stamp}} : {}),
  };
}

/**
 * Is this plan another version of the reader's own: the same partnership,
 * and the reader has a plan to compare it with.
 */
export function samePartnership(mine: Plan, theirs: Plan): boolean {
  return mine.partnershipId !== null && mine.partnershipId === theirs.partnershipId && !isBlank(mine);
}

/** What each step needs answered before the reader can move on. */
export function stepComplete(plan: Plan, step: StepId): boolean {
  switch (step) {
    case 'about':
      return plan.role !== null;
    case 'pattern':
      return plan.pattern !== null;
    case 'context':
      return plan.customerSystems !== null;
    default:
      return true;
  }
}

/** Can the reader jump to this step: one already reached, or the next one after a complete step. */
export function canGoTo(plan: Plan, step: StepId): boolean {
  // a customer's walk leaves out the providers' phases
  if (!stepsFor(plan.role).includes(step)) return false;
  const target = stepIndex(step);
  if (target <= stepIndex(plan.reached)) {
    // Every step before the target must still be complete: answers may have been cleared.
    return STEPS.slice(0, target).every((s) => stepComplete(plan, s));
  }
  return false;
}

/**
 * The reader's context once a plan someone sent is opened in place of theirs.
 * It opens on its answers and checklist, when its first questions are
 * answered; otherwise where it was left.
 */
function opened(mine: Plan, theirs: Plan, origin: 'file' | 'link', at: string | undefined): Partial<PlannerContext> {
  const answered = (['about', 'pattern', 'context'] as const).every((s) => stepComplete(theirs, s));
  const plan: Plan = {...theirs, received: at ?? theirs.received};
  return {
    plan: answered ? {...plan, step: 'review' as const, reached: 'review' as const} : plan,
    // nothing to go back to when the reader had not started a plan
    previous: isBlank(mine) ? null : mine,
    notice: {kind: 'loaded', origin} as Notice,
  };
}

export const plannerMachine = setup({
  types: {
    context: {} as PlannerContext,
    events: {} as PlannerEvent,
    input: {} as PlannerInput,
  },
  guards: {
    stepComplete: ({context}, params: {step: StepId}) => stepComplete(context.plan, params.step),
    /** a GOTO to this step, which the reader has already reached */
    goTo: ({context, event}, params: {step: StepId}) =>
      event.type === 'GOTO' && event.step === params.step && canGoTo(context.plan, params.step),
    resumeAt: ({context}, params: {step: StepId}) =>
      context.plan.step === params.step && canGoTo(context.plan, params.step),
    reachable: ({context}, params: {step: StepId}) => canGoTo(context.plan, params.step),
    validName: ({event}) => {
      assertEvent(event, 'SET_NAME');
      return textProblem(event.value, LIMITS.name) === null;
    },
    validNote: ({event}) => {
      assertEvent(event, 'SET_LINE_NOTE');
      return textProblem(event.note, LIMITS.note) === null;
    },
    validOutcome: ({event}) => {
      assertEvent(event, 'SET_LINE_OUTCOME');
      return textProblem(event.outcome, LIMITS.note) === null;
    },
    validContact: ({event}) => {
      assertEvent(event, 'SET_CONTACT');
      return (
        PROVIDERS.includes(event.provider) &&
        CONTACT_KINDS.includes(event.kind) &&
        CONTACT_FIELDS.includes(event.field) &&
        textProblem(event.value, LIMITS.contact) === null
      );
    },
    isCustomer: ({context}) => context.plan.role === 'customer',
    validValue: ({event}) => {
      assertEvent(event, 'SET_VALUE');
      return VALUE_ID.test(event.id) && (event.value === null || storedValueShape(event.value));
    },
    hasValue: ({context, event}) => {
      assertEvent(event, 'SET_VALUE_AGREED');
      return context.plan.values[event.id] !== undefined;
    },
    validMeeting: ({event}) => {
      assertEvent(event, 'SET_MEETING');
      return event.field === 'date'
        ? MEETING_DATE.test(event.value)
        : textProblem(event.value, LIMITS.attendees) === null;
    },
    /** only agreements the rules leave to the reader can be switched */
    optionalAgreement: ({context, event}) => {
      assertEvent(event, 'SET_AGREEMENT');
      return agreementRules(context.plan).some(
        (r) => r.agreement.id === event.agreement && r.applicability === 'optional',
      );
    },
    hasPrevious: ({context}) => context.previous !== null,
    samePartnership: ({context, event}) => {
      assertEvent(event, 'LOAD');
      return samePartnership(context.plan, event.plan);
    },
    comparing: ({context}) => context.comparing !== null,
    /** the other party's plan is compared (another tab's fields in conflict must be decided, never set aside) */
    comparingTheirs: ({context}) => context.comparing !== null && context.comparing.origin !== 'tab',
    newPartnership: ({context, event}) => {
      assertEvent(event, 'START_PARTNERSHIP');
      return context.plan.partnershipId === null && PARTNERSHIP_ID.test(event.id);
    },
    knownChange: ({context, event}) => {
      assertEvent(event, 'COMPARE_DECIDE');
      if (!context.comparing) return false;
      const change = comparisonChanges(context.plan, context.comparing).find((c) => c.key === event.key);
      return change !== undefined && (event.decision !== 'both' || change.text);
    },
  },
  actions: {
    enterStep: assign(({context}, params: {step: StepId}) => ({plan: at(context.plan, params.step)})),
    setRole: assign(({context, event}) => {
      assertEvent(event, 'SET_ROLE');
      return {plan: {...context.plan, role: event.role}};
    }),
    setName: assign(({context, event}) => {
      assertEvent(event, 'SET_NAME');
      return {plan: {...context.plan, names: {...context.plan.names, [event.field]: event.value}}};
    }),
    answerPatternQuestion: assign(({context, event}) => {
      assertEvent(event, 'ANSWER_PATTERN_QUESTION');
      const patternAnswers = {...context.plan.patternAnswers, [event.question]: event.answer};
      // The first answers choose the pattern they point at; once chosen, the
      // reader's choice stands and conflicting answers are only pointed out.
      const pattern = context.plan.pattern ?? suggestPattern(patternAnswers);
      return {plan: {...context.plan, patternAnswers, pattern}};
    }),
    choosePattern: assign(({context, event}) => {
      assertEvent(event, 'CHOOSE_PATTERN');
      return {plan: {...context.plan, pattern: event.pattern}};
    }),
    setCustomerSystems: assign(({context, event}) => {
      assertEvent(event, 'SET_CUSTOMER_SYSTEMS');
      return {plan: {...context.plan, customerSystems: event.value}};
    }),
    setSector: assign(({context, event}) => {
      assertEvent(event, 'SET_SECTOR');
      return {plan: {...context.plan, sector: event.sector}};
    }),
    setData: assign(({context, event}) => {
      assertEvent(event, 'SET_DATA');
      return {plan: {...context.plan, data: {...context.plan.data, [event.kind]: event.value}}};
    }),
    setAvailability: assign(({context, event}) => {
      assertEvent(event, 'SET_AVAILABILITY');
      const confidentiality = context.plan.security?.confidentiality ?? null;
      return {plan: {...context.plan, security: {confidentiality, availability: event.level}}};
    }),
    clearSecurity: assign(({context}) => ({plan: {...context.plan, security: null}})),
    setTechDirection: assign(({context, event}) => {
      assertEvent(event, 'SET_TECH_DIRECTION');
      return {plan: {...context.plan, techDirection: event.direction}};
    }),
    setAgreement: assign(({context, event}) => {
      assertEvent(event, 'SET_AGREEMENT');
      return {
        plan: {
          ...context.plan,
          agreementChoices: {...context.plan.agreementChoices, [event.agreement]: event.included},
        },
      };
    }),
    setRequirement: assign(({context, event}) => {
      assertEvent(event, 'SET_REQUIREMENT');
      const others = context.plan.requirements.filter((r) => r !== event.requirement);
      return {plan: {...context.plan, requirements: event.included ? [...others, event.requirement] : others}};
    }),
    setLineStatus: assign(({context, event}) => {
      assertEvent(event, 'SET_LINE_STATUS');
      if (event.provider) {
        const current = context.plan.lines[event.line]?.providerStatus ?? {};
        return {
          plan: withLine(
            context.plan,
            event.line,
            {providerStatus: {...current, [event.provider]: event.status}},
            event.at,
          ),
        };
      }
      return {plan: withLine(context.plan, event.line, {status: event.status}, event.at)};
    }),
    setLineOwner: assign(({context, event}) => {
      assertEvent(event, 'SET_LINE_OWNER');
      return {plan: withLine(context.plan, event.line, {owner: event.owner}, event.at)};
    }),
    setLineNote: assign(({context, event}) => {
      assertEvent(event, 'SET_LINE_NOTE');
      return {plan: withLine(context.plan, event.line, {note: event.note}, event.at)};
    }),
    setLineOutcome: assign(({context, event}) => {
      assertEvent(event, 'SET_LINE_OUTCOME');
      return {plan: withLine(context.plan, event.line, {outcome: event.outcome}, event.at)};
    }),
    setLineChoices: assign(({context, event}) => {
      assertEvent(event, 'SET_LINE_CHOICES');
      return {plan: withLine(context.plan, event.line, {choices: [...new Set(event.choices)]}, event.at)};
    }),
    setMeeting: assign(({context, event}) => {
      assertEvent(event, 'SET_MEETING');
      return {plan: {...context.plan, meeting: {...context.plan.meeting, [event.field]: event.value}}};
    }),
    setContact: assign(({context, event}) => {
      assertEvent(event, 'SET_CONTACT');
      const {contacts} = context.plan;
      const sheet = contacts[event.provider];
      return {
        plan: {
          ...context.plan,
          contacts: {
            ...contacts,
            [event.provider]: {...sheet, [event.kind]: {...sheet[event.kind], [event.field]: event.value}},
          },
        },
      };
    }),
    setValue: assign(({context, event}) => {
      assertEvent(event, 'SET_VALUE');
      const values = {...context.plan.values};
      const before = values[event.id];
      if (event.value === null) delete values[event.id];
      else if (before && JSON.stringify(before.value) === JSON.stringify(event.value)) return {};
      else values[event.id] = {value: event.value, by: context.plan.role, agreed: false};
      return {plan: {...context.plan, values}};
    }),
    setValueAgreed: assign(({context, event}) => {
      assertEvent(event, 'SET_VALUE_AGREED');
      const before = context.plan.values[event.id]!;
      return {plan: {...context.plan, values: {...context.plan.values, [event.id]: {...before, agreed: event.agreed}}}};
    }),
    agendaAdd: assign(({context, event}) => {
      assertEvent(event, 'AGENDA_ADD');
      const {agenda} = context.plan.meeting;
      const added = [...new Set(event.lines)].filter((id) => !agenda.includes(id));
      return {plan: {...context.plan, meeting: {...context.plan.meeting, agenda: [...agenda, ...added]}}};
    }),
    agendaRemove: assign(({context, event}) => {
      assertEvent(event, 'AGENDA_REMOVE');
      const agenda = context.plan.meeting.agenda.filter((id) => id !== event.line);
      return {plan: {...context.plan, meeting: {...context.plan.meeting, agenda}}};
    }),
    agendaMove: assign(({context, event}) => {
      assertEvent(event, 'AGENDA_MOVE');
      const agenda = [...context.plan.meeting.agenda];
      const from = agenda.indexOf(event.line);
      const to = from + event.by;
      if (from < 0 || to < 0 || to >= agenda.length) return {};
      [agenda[from], agenda[to]] = [agenda[to]!, agenda[from]!];
      return {plan: {...context.plan, meeting: {...context.plan.meeting, agenda}}};
    }),
    agendaClear: assign(({context}) => ({plan: {...context.plan, meeting: {...context.plan.meeting, agenda: []}}})),
    load: assign(({context, event}) => {
      assertEvent(event, 'LOAD');
      return opened(context.plan, event.plan, event.origin, event.at);
    }),
    startComparison: assign(({event}) => {
      assertEvent(event, 'LOAD');
      return {
        comparing: {theirs: event.plan, origin: event.origin, decisions: {}},
        notice: null,
      };
    }),
    startPartnership: assign(({context, event}) => {
      assertEvent(event, 'START_PARTNERSHIP');
      return {plan: {...context.plan, partnershipId: event.id}};
    }),
    compareDecide: assign(({context, event}) => {
      assertEvent(event, 'COMPARE_DECIDE');
      const comparing = context.comparing!;
      return {comparing: {...comparing, decisions: {...comparing.decisions, [event.key]: event.decision}}};
    }),
    compareDecideAll: assign(({context, event}) => {
      assertEvent(event, 'COMPARE_DECIDE_ALL');
      const comparing = context.comparing!;
      return {
        comparing: {...comparing, decisions: decideAll(comparisonChanges(context.plan, comparing), event.decision)},
      };
    }),
    compareApply: assign(({context, event}) => {
      assertEvent(event, 'COMPARE_APPLY');
      const {theirs, decisions, origin} = context.comparing!;
      const changes = comparisonChanges(context.plan, context.comparing!);
      const taken = changes.filter((c) => (decisions[c.key] ?? 'mine') !== 'mine').length;
      if (origin === 'tab') {
        const chosen = Object.fromEntries(changes.map((c) => [c.key, decisions[c.key] ?? 'mine']));
        return {
          plan: mergePlans(context.plan, theirs, chosen, {role: true}),
          comparing: null,
          notice: {kind: 'tabDecided', taken, kept: changes.length - taken} as Notice,
        };
      }
      return {
        plan: applyComparison(context.plan, theirs, decisions, event.at),
        previous: context.plan,
        comparing: null,
        notice: {kind: 'merged', origin: origin as 'file' | 'link', taken, kept: changes.length - taken} as Notice,
      };
    }),
    compareReplace: assign(({context, event}) => {
      assertEvent(event, 'COMPARE_REPLACE');
      const {theirs, origin} = context.comparing!;
      return {...opened(context.plan, theirs, origin as 'file' | 'link', event.at), comparing: null};
    }),
    compareCancel: assign({comparing: null}),
    applyIntent: assign(({context, event}) => {
      assertEvent(event, 'APPLY_INTENT');
      const applied = applyIntent(context.plan, event.intent);
      // Take the reader to the first question still to answer (or leave them
      // where they were when none is left): the carried choice is already made.
      // With every question answered, the walk goes on at the phases.
      const open = STEPS.find((s) => !stepComplete(applied, s));
      // the first step after the answers: the phases, or a customer's check
      const after = neighbourStep(applied.role, 'context', 1) ?? 'sales';
      const target = open ?? (stepIndex(applied.step) >= stepIndex(after) ? applied.step : after);
      return {
        plan: at({...applied, step: target}, target),
        previous: isBlank(context.plan) ? null : context.plan,
        notice: {kind: 'intent'} as Notice,
      };
    }),
    resume: assign(({event}) => {
      assertEvent(event, 'RESUME');
      return {plan: event.plan, previous: event.previous ?? null, comparing: null, notice: null};
    }),
    sync: assign(({context, event}) => {
      assertEvent(event, 'SYNC');
      let comparing = context.comparing;
      if (event.conflict) {
        // fields still in conflict from before stay to decide, with the decisions already made
        const before = comparing?.origin === 'tab' ? comparing : null;
        const keys = [...new Set([...(before?.keys ?? []), ...event.conflict.keys])];
        comparing = {theirs: event.conflict.theirs, origin: 'tab', keys, decisions: before?.decisions ?? {}};
      }
      // nothing left to decide: the two tabs agree again
      if (comparing?.origin === 'tab' && comparisonChanges(event.plan, comparing).length === 0) comparing = null;
      return {plan: event.plan, comparing};
    }),
    restorePrevious: assign(({context}) => ({
      plan: context.previous ?? context.plan,
      previous: null,
      notice: {kind: 'restored'} as Notice,
    })),
    dismissNotice: assign({notice: null}),
  },
}).createMachine({
  id: 'planner',
  context: ({input}) => ({plan: input.plan ?? emptyPlan(), previous: null, notice: null, comparing: null}),
  initial: 'resume',
  on: {
    SET_ROLE: {actions: 'setRole'},
    SET_NAME: {guard: 'validName', actions: 'setName'},
    ANSWER_PATTERN_QUESTION: {actions: 'answerPatternQuestion'},
    CHOOSE_PATTERN: {actions: 'choosePattern'},
    SET_CUSTOMER_SYSTEMS: {actions: 'setCustomerSystems'},
    SET_SECTOR: {actions: 'setSector'},
    SET_DATA: {actions: 'setData'},
    SET_AGREEMENT: {guard: 'optionalAgreement', actions: 'setAgreement'},
    SET_AVAILABILITY: {actions: 'setAvailability'},
    CLEAR_SECURITY: {actions: 'clearSecurity'},
    SET_TECH_DIRECTION: {actions: 'setTechDirection'},
    SET_REQUIREMENT: {actions: 'setRequirement'},
    SET_LINE_STATUS: {actions: 'setLineStatus'},
    SET_LINE_OWNER: {actions: 'setLineOwner'},
    SET_LINE_NOTE: {guard: 'validNote', actions: 'setLineNote'},
    SET_LINE_OUTCOME: {guard: 'validOutcome', actions: 'setLineOutcome'},
    SET_LINE_CHOICES: {actions: 'setLineChoices'},
    SET_MEETING: {guard: 'validMeeting', actions: 'setMeeting'},
    SET_VALUE: {guard: 'validValue', actions: 'setValue'},
    SET_VALUE_AGREED: {guard: 'hasValue', actions: 'setValueAgreed'},
    SET_CONTACT: {guard: 'validContact', actions: 'setContact'},
    AGENDA_ADD: {actions: 'agendaAdd'},
    AGENDA_REMOVE: {actions: 'agendaRemove'},
    AGENDA_MOVE: {actions: 'agendaMove'},
    AGENDA_CLEAR: {actions: 'agendaClear'},
    LOAD: [
      {guard: 'samePartnership', actions: 'startComparison'},
      {target: '.resume', actions: ['compareCancel', 'load']},
    ],
    START_PARTNERSHIP: {guard: 'newPartnership', actions: 'startPartnership'},
    COMPARE_DECIDE: {guard: 'knownChange', actions: 'compareDecide'},
    COMPARE_DECIDE_ALL: {guard: 'comparing', actions: 'compareDecideAll'},
    COMPARE_APPLY: {guard: 'comparing', actions: 'compareApply'},
    COMPARE_REPLACE: {guard: 'comparingTheirs', target: '.resume', actions: 'compareReplace'},
    COMPARE_CANCEL: {guard: 'comparingTheirs', actions: 'compareCancel'},
    RESUME: {target: '.resume', actions: 'resume'},
    SYNC: {target: '.resume', actions: 'sync'},
    APPLY_INTENT: {target: '.resume', actions: 'applyIntent'},
    RESTORE_PREVIOUS: {guard: 'hasPrevious', target: '.resume', actions: 'restorePrevious'},
    DISMISS_NOTICE: {actions: 'dismissNotice'},
    GOTO: STEPS.map((step) => ({guard: {type: 'goTo' as const, params: {step}}, target: `.${step}`})),
  },
  states: {
    /** Picks up a saved or loaded plan at the step it was left on. */
    resume: {
      always: [
        // the step the plan was left on, when it can still be stood on…
        ...STEPS.map((step) => ({
          guard: {type: 'resumeAt' as const, params: {step}},
          target: step,
        })),
        // …or else the furthest step it can (the first one with an answer missing)
        ...[...STEPS].reverse().map((step) => ({
          guard: {type: 'reachable' as const, params: {step}},
          target: step,
        })),
        {target: 'about'},
      ],
    },
    about: {
      description: 'Who the reader is, and the names of the partnership and its parties',
      tags: ['step'],
      entry: {type: 'enterStep', params: {step: 'about'}},
      on: {NEXT: {guard: {type: 'stepComplete', params: {step: 'about'}}, target: 'pattern'}},
    },
    pattern: {
      description: 'Contract pattern 1 or 2 (図表4–6)',
      tags: ['step'],
      entry: {type: 'enterStep', params: {step: 'pattern'}},
      on: {
        BACK: 'about',
        NEXT: {guard: {type: 'stepComplete', params: {step: 'pattern'}}, target: 'context'},
      },
    },
    context: {
      description: "The customer's own systems, the sector, the data handled",
      tags: ['step'],
      entry: {type: 'enterStep', params: {step: 'context'}},
      on: {
        BACK: 'pattern',
        NEXT: [
          {
            guard: and([{type: 'stepComplete', params: {step: 'context' as const}}, 'isCustomer']),
            target: 'review',
          },
          {guard: {type: 'stepComplete', params: {step: 'context'}}, target: 'sales'},
        ],
      },
    },
    sales: {
      description: 'Agreements of the sales phase (図表9–13)',
      tags: ['step'],
      entry: {type: 'enterStep', params: {step: 'sales'}},
      on: {BACK: 'context', NEXT: 'introduction'},
    },
    introduction: {
      description: 'Technology provision, 図表7 analysis, technical requirements (図表14, 18–24)',
      tags: ['step'],
      entry: {type: 'enterStep', params: {step: 'introduction'}},
      on: {BACK: 'sales', NEXT: 'operation'},
    },
    operation: {
      description: "Revenue share, providers' SLA, confidentiality, customer agreements, 図表25 and 図表31",
      tags: ['step'],
      entry: {type: 'enterStep', params: {step: 'operation'}},
      on: {BACK: 'introduction', NEXT: 'review'},
    },
    review: {
      description: 'The checklist and its downloads',
      tags: ['step'],
      entry: {type: 'enterStep', params: {step: 'review'}},
      on: {BACK: [{guard: 'isCustomer', target: 'context'}, {target: 'operation'}]},
    },
  },
});

/** How step components talk to the machine. */
export type SendPlannerEvent = (event: PlannerEvent) => void;
