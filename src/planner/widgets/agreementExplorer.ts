/**
 * The agreement explorer (chapter 3(1)②, after the overviews of what is
 * agreed): the reader filters the guide's agreements by phase and by party,
 * opens one to its items and check questions, and ticks the agreements the
 * rules leave to the reader that they mean to make. Pure domain code: the
 * choice and what follows from it, read from the catalog and the rules.
 */
import {assertEvent, assign, setup} from 'xstate';
import {agreements, phases} from '../../catalog';
import type {
  Agreement,
  AgreementId,
  AgreementItem,
  AgreementVariant,
  CheckQuestion,
  PhaseId,
} from '../../catalog/types';
import type {PlannerIntent} from '../intentLink';
import {emptyPlan} from '../plan';
import {agreementRules, type RuleReason} from '../rules';

export type PhaseFilter = 'all' | PhaseId;
export type PartyFilter = 'both' | Agreement['parties'];

/** The phase filter's choices: every phase, then each phase in the guide's order. */
export const PHASE_FILTERS: readonly PhaseFilter[] = ['all', ...phases.map((p) => p.id)];
/** The party filter's choices. */
export const PARTY_FILTERS: readonly PartyFilter[] = ['providers', 'customer', 'both'];

export interface AgreementExplorerContext {
  phase: PhaseFilter;
  parties: PartyFilter;
  /** the agreement opened to its items (null when the reader closed it) */
  open: AgreementId | null;
  /** the optional agreements the reader means to make, in the guide's order */
  chosen: AgreementId[];
}

export type AgreementExplorerEvent =
  | {type: 'SET_PHASE'; phase: PhaseFilter}
  | {type: 'SET_PARTIES'; parties: PartyFilter}
  | {type: 'OPEN'; agreement: AgreementId}
  | {type: 'CLOSE'}
  | {type: 'SET_CHOSEN'; agreement: AgreementId; chosen: boolean};

// ---------------------------------------------------------------------------
// Selectors

/** The agreements that match the filters, in the guide's order. */
export function matchingAgreements(filter: Pick<AgreementExplorerContext, 'phase' | 'parties'>): Agreement[] {
  return agreements.filter(
    (a) =>
      (filter.phase === 'all' || a.phase === filter.phase) &&
      (filter.parties === 'both' || a.parties === filter.parties),
  );
}

/** The opened agreement, when it is among those shown. */
export function openedAgreement(context: AgreementExplorerContext): Agreement | null {
  if (!context.open) return null;
  return matchingAgreements(context).find((a) => a.id === context.open) ?? null;
}

let optionalIds: readonly AgreementId[] | null = null;

/**
 * The agreements the rules leave to the reader whatever the plan: those that
 * come out 'optional' for a plan with nothing chosen. Worked out once.
 */
export function optionalAgreementIds(): readonly AgreementId[] {
  optionalIds ??= agreementRules(emptyPlan())
    .filter((r) => r.applicability === 'optional')
    .map((r) => r.agreement.id);
  return optionalIds;
}

export function isOptionalAgreement(id: AgreementId): boolean {
  return optionalAgreementIds().includes(id);
}

/** The rule's reason for an optional agreement (when it is made), from the rules. */
export function optionalReason(id: AgreementId): RuleReason | null {
  return (
    agreementRules(emptyPlan()).find((r) => r.agreement.id === id && r.applicability === 'optional')?.reason ?? null
  );
}

/**
 * An agreement's items as the widget lists them: one group per variant for
 * the service contract (図表27), a single unnamed group otherwise.
 */
export interface ItemGroup {
  variant: AgreementVariant | null;
  items: AgreementItem[];
}

export function itemGroups(agreement: Agreement): ItemGroup[] {
  if (agreement.variants) return agreement.variants.map((v) => ({variant: v, items: v.items}));
  return [{variant: null, items: agreement.items}];
}

/** How many check questions an agreement has: the guide's, and the ones this site added. */
export function questionCounts(agreement: Agreement): {guide: number; site: number} {
  const questions: CheckQuestion[] = itemGroups(agreement).flatMap((g) => g.items.flatMap((i) => i.questions));
  return {
    guide: questions.filter((q) => q.source === 'guide').length,
    site: questions.filter((q) => q.source === 'site').length,
  };
}

/**
 * The phases that do have agreements for the chosen parties: what the widget
 * suggests when a combination has none (the customer has none in the sales phase).
 */
export function phasesWithAgreements(parties: PartyFilter): PhaseId[] {
  return phases.map((p) => p.id).filter((phase) => matchingAgreements({phase, parties}).length > 0);
}

/** The ticked optional agreements, in the guide's order. */
export function chosenAgreements(context: AgreementExplorerContext): Agreement[] {
  return agreements.filter((a) => context.chosen.includes(a.id));
}

/**
 * What "continue in the planner" carries: every agreement left to the
 * reader's choice, made (ticked) or declined (not ticked).
 */
export function explorerIntent(context: AgreementExplorerContext): PlannerIntent {
  const chosen = chosenAgreements(context).map((a) => a.id);
  const declined = optionalAgreementIds().filter((id) => !context.chosen.includes(id));
  return {...(chosen.length ? {agreements: chosen} : {}), ...(declined.length ? {declined} : {})};
}

// ---------------------------------------------------------------------------
// The machine

/**
 * After a filter changes: the opened agreement stays open when it is still
 * shown; otherwise the first agreement shown opens, so there is always
 * something to read (or nothing, when no agreement matches).
 */
function reopened(
  context: AgreementExplorerContext,
  filter: Pick<AgreementExplorerContext, 'phase' | 'parties'>,
): AgreementId | null {
  const shown = matchingAgreements(filter);
  if (context.open && shown.some((a) => a.id === context.open)) return context.open;
  return shown[0]?.id ?? null;
}

/** What the widget shows before the reader chooses (and without JavaScript). */
export function initialContext(): AgreementExplorerContext {
  const filter = {phase: 'sales', parties: 'both'} as const;
  // The ticks start as the planner's own defaults (technology provision is made unless declined).
  const chosen = agreementRules(emptyPlan())
    .filter((r) => r.applicability === 'optional' && r.defaultIncluded)
    .map((r) => r.agreement.id);
  return {...filter, open: matchingAgreements(filter)[0]?.id ?? null, chosen};
}

export const agreementExplorerMachine = setup({
  types: {
    context: {} as AgreementExplorerContext,
    events: {} as AgreementExplorerEvent,
  },
  guards: {
    knownPhase: ({event}) => {
      assertEvent(event, 'SET_PHASE');
      return PHASE_FILTERS.includes(event.phase);
    },
    knownParties: ({event}) => {
      assertEvent(event, 'SET_PARTIES');
      return PARTY_FILTERS.includes(event.parties);
    },
    /** only an agreement the filters show can be opened */
    shown: ({context, event}) => {
      assertEvent(event, 'OPEN');
      return matchingAgreements(context).some((a) => a.id === event.agreement);
    },
    /** only the agreements the rules leave to the reader can be ticked */
    optional: ({event}) => {
      assertEvent(event, 'SET_CHOSEN');
      return isOptionalAgreement(event.agreement);
    },
  },
  actions: {
    setPhase: assign(({context, event}) => {
      assertEvent(event, 'SET_PHASE');
      return {phase: event.phase, open: reopened(context, {phase: event.phase, parties: context.parties})};
    }),
    setParties: assign(({context, event}) => {
      assertEvent(event, 'SET_PARTIES');
      return {parties: event.parties, open: reopened(context, {phase: context.phase, parties: event.parties})};
    }),
    open: assign(({event}) => {
      assertEvent(event, 'OPEN');
      return {open: event.agreement};
    }),
    close: assign({open: null}),
    setChosen: assign(({context, event}) => {
      assertEvent(event, 'SET_CHOSEN');
      const chosen = agreements
        .filter((a) => (a.id === event.agreement ? event.chosen : context.chosen.includes(a.id)))
        .map((a) => a.id);
      return {chosen};
    }),
  },
}).createMachine({
  id: 'agreementExplorer',
  context: initialContext,
  on: {
    SET_PHASE: {guard: 'knownPhase', actions: 'setPhase'},
    SET_PARTIES: {guard: 'knownParties', actions: 'setParties'},
    OPEN: {guard: 'shown', actions: 'open'},
    CLOSE: {actions: 'close'},
    SET_CHOSEN: {guard: 'optional', actions: 'setChosen'},
  },
});
