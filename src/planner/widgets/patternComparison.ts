/**
 * The pattern comparison of chapter 2: the reader switches between pattern 1
 * and pattern 2 (図表4–6) and sees what the choice changes — the contract
 * diagram, the agreements between the providers it adds or does without, and
 * where the contracting customer stands (whom it contracts and pays, whose SLA
 * it relies on, who isolates faults: 図表31). Pure domain code: the machine
 * holds the choice, the selectors derive the rest from the catalog and the
 * planner's rules.
 */
import {assertEvent, assign, setup} from 'xstate';
import {getAgreement, getPattern} from '../../catalog';
import type {Agreement, AgreementId, AgreementVariant, Pattern, PatternId, Text} from '../../catalog/types';
import {emptyPlan, type Plan} from '../plan';
import {agreementRules, customerWatchFor, patternDifference, variantsOf, type RuleReason} from '../rules';
import type {PlannerIntent} from '../intentLink';

export const PATTERN_IDS: readonly PatternId[] = ['p1', 'p2'];

/** What the page shows before the reader chooses (and without JavaScript). */
export const DEFAULT_PATTERN: PatternId = 'p1';

export interface PatternComparisonContext {
  pattern: PatternId;
}

export type PatternComparisonEvent = {type: 'CHOOSE_PATTERN'; pattern: PatternId};

export const patternComparisonMachine = setup({
  types: {
    context: {} as PatternComparisonContext,
    events: {} as PatternComparisonEvent,
  },
  guards: {
    /** a known pattern other than the one shown */
    otherPattern: ({context, event}) => {
      assertEvent(event, 'CHOOSE_PATTERN');
      return PATTERN_IDS.includes(event.pattern) && event.pattern !== context.pattern;
    },
  },
  actions: {
    choosePattern: assign(({event}) => {
      assertEvent(event, 'CHOOSE_PATTERN');
      return {pattern: event.pattern};
    }),
  },
}).createMachine({
  id: 'patternComparison',
  context: {pattern: DEFAULT_PATTERN},
  on: {
    CHOOSE_PATTERN: {guard: 'otherPattern', actions: 'choosePattern'},
  },
});

// ---------------------------------------------------------------------------
// Selectors

/**
 * The plan the rules are asked about: nothing chosen but the pattern, so that
 * only what the pattern decides differs (no customer systems, no optional
 * agreement switched by the reader).
 */
export function comparisonPlan(pattern: PatternId): Plan {
  return {...emptyPlan(), pattern};
}

export function otherPatternOf(pattern: PatternId): PatternId {
  return pattern === 'p1' ? 'p2' : 'p1';
}

export function selectPattern(context: PatternComparisonContext): Pattern {
  return getPattern(context.pattern);
}

export interface AgreementChanges {
  /** the pattern this one is compared with */
  comparedWith: Pattern;
  /** agreements between the providers this pattern makes and the other does not */
  added: Agreement[];
  /** agreements between the providers the other pattern makes and this one does without */
  removed: Agreement[];
  /** why the rules include or leave out the changed agreements (distinct, in order) */
  reasons: RuleReason[];
}

/** The agreements between the providers that the chosen pattern adds or removes (patternDifference). */
export function selectAgreementChanges(context: PatternComparisonContext): AgreementChanges {
  const pattern = context.pattern;
  const other = otherPatternOf(pattern);
  const difference = patternDifference(comparisonPlan(pattern));
  const between = (ids: readonly AgreementId[]) => ids.map(getAgreement).filter((a) => a.parties === 'providers');
  const added = between(difference[pattern]);
  const removed = between(difference[other]);
  const changed = new Set([...added, ...removed].map((a) => a.id));
  const reasons = [
    ...new Set(
      agreementRules(comparisonPlan(pattern))
        .filter((r) => changed.has(r.agreement.id))
        .map((r) => r.reason),
    ),
  ];
  return {comparedWith: getPattern(other), added, removed, reasons};
}

export interface CustomerPosition {
  /** whom the customer contracts and pays (2.(1)) */
  summary: Text;
  /** where the division of responsibility is fixed (図表4) */
  responsibility: Text;
  /** the service use contract (図表27) and the variant(s) the pattern uses */
  serviceContract: {agreement: Agreement; variants: AgreementVariant[]};
  /** 図表31: the SLA the customer relies on, and who isolates faults */
  watch: ReturnType<typeof customerWatchFor>;
}

/** The contracting customer's position under the chosen pattern. */
export function selectCustomerPosition(context: PatternComparisonContext): CustomerPosition {
  const pattern = getPattern(context.pattern);
  const plan = comparisonPlan(context.pattern);
  const serviceContract = getAgreement('serviceContract');
  return {
    summary: pattern.summary,
    responsibility: pattern.responsibility,
    serviceContract: {agreement: serviceContract, variants: variantsOf(serviceContract, plan)},
    watch: customerWatchFor(context.pattern),
  };
}

/** What "continue in the planner" carries: the pattern shown. */
export function selectIntent(context: PatternComparisonContext): PlannerIntent {
  return {pattern: context.pattern};
}
