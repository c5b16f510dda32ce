/**
 * The customer check (chapter 5, after 図表31): the customer picks their
 * contract pattern and whether their own systems connect to the service, and
 * sees what to confirm with the providers — the customer view of the
 * planner's checklist for that choice, grouped by agreement — with the points
 * of 図表31 for the pattern and whom to call when something breaks. Pure
 * domain code: the choice and what follows from it, read from the catalog
 * and the rules.
 */
import {assertEvent, assign, setup} from 'xstate';
import {getAgreement, patterns, sameText} from '../../catalog';
import type {AgreementId, FigureNo, PatternId, Text} from '../../catalog/types';
import {deriveGuideChecklist, viewLines, type ChecklistLine} from '../guideChecklist';
import type {PlannerIntent} from '../intentLink';
import {emptyPlan, type Plan} from '../plan';
import {customerWatchFor, variantsOf} from '../rules';

export interface CustomerCheckContext {
  pattern: PatternId;
  /** do the customer's own systems or services connect to the partnered service */
  customerSystems: boolean;
}

export type CustomerCheckEvent =
  {type: 'CHOOSE_PATTERN'; pattern: PatternId} | {type: 'SET_CUSTOMER_SYSTEMS'; value: boolean};

export interface CustomerCheckInput {
  pattern?: PatternId;
  customerSystems?: boolean;
}

/** What the widget shows before the reader chooses: pattern 1, no systems of their own. */
export const DEFAULT_CHOICE: CustomerCheckContext = {pattern: 'p1', customerSystems: false};

// ---------------------------------------------------------------------------
// Selectors

/** The plan the planner would hold for this choice, seen by a customer. */
export function customerPlan(context: CustomerCheckContext): Plan {
  return {...emptyPlan(), role: 'customer', pattern: context.pattern, customerSystems: context.customerSystems};
}

/** The planner's "what to confirm with the providers" for this choice (図表31 included). */
export function customerLines(context: CustomerCheckContext): ChecklistLine[] {
  const plan = customerPlan(context);
  return viewLines(deriveGuideChecklist(plan), 'customer', plan);
}

/** Consecutive questions about one item of an agreement. */
export interface ItemBlock {
  item: Text;
  lines: ChecklistLine[];
}

/** The items of one variant of the service contract (図表27), or of an agreement without variants. */
export interface ItemSection {
  /** the variant's heading in 図表27; null for an agreement without variants */
  variant: Text | null;
  items: ItemBlock[];
}

export interface ConfirmGroup {
  agreement: AgreementId;
  name: Text;
  figure: FigureNo;
  /** how many questions the group holds */
  count: number;
  /** how many of them this site wrote (the guide's checklist stops before these agreements) */
  siteCount: number;
  sections: ItemSection[];
}

function itemBlocks(lines: ChecklistLine[]): ItemBlock[] {
  const blocks: ItemBlock[] = [];
  for (const line of lines) {
    const last = blocks[blocks.length - 1];
    if (last && sameText(last.item, line.item)) last.lines.push(line);
    else blocks.push({item: line.item, lines: [line]});
  }
  return blocks;
}

/**
 * The questions to put to the providers, one group per agreement with the
 * customer, in the checklist's order. The service contract's questions are
 * split by the variants of 図表27 the choice calls for.
 */
export function confirmGroups(context: CustomerCheckContext): ConfirmGroup[] {
  const plan = customerPlan(context);
  const lines = customerLines(context).filter((l) => l.group.kind === 'agreement');
  const groups: ConfirmGroup[] = [];
  for (const line of lines) {
    if (groups.some((g) => g.agreement === line.group.id)) continue;
    const id = line.group.id as AgreementId;
    const own = lines.filter((l) => l.group.id === id);
    const agreement = getAgreement(id);
    const sections: ItemSection[] = agreement.variants
      ? variantsOf(agreement, plan)
          .map((v) => {
            const ids = new Set(v.items.flatMap((item) => item.questions.map((q) => q.id)));
            return {variant: v.name, items: itemBlocks(own.filter((l) => ids.has(l.id)))};
          })
          .filter((s) => s.items.length > 0)
      : [{variant: null, items: itemBlocks(own)}];
    // an agreement always has its figure
    if (line.group.figure === null) continue;
    groups.push({
      agreement: id,
      name: line.group.name,
      figure: line.group.figure,
      count: own.length,
      siteCount: own.filter((l) => l.source === 'site').length,
      sections,
    });
  }
  return groups;
}

/** How many questions to put to the providers, over every agreement. */
export function questionCount(context: CustomerCheckContext): number {
  return confirmGroups(context).reduce((n, g) => n + g.count, 0);
}

export interface WatchTopic {
  id: string;
  topic: Text;
  points: Text[];
}

/** 図表31 for the pattern, except fault isolation, which faultContact() gives. */
export function watchTopics(context: CustomerCheckContext): WatchTopic[] {
  return customerWatchFor(context.pattern).filter((t) => t.id !== 'faultIsolation');
}

/**
 * Whom the customer calls when something breaks: the provider they contracted
 * (pattern 2) or each provider (pattern 1), with what 図表31 says of fault
 * isolation for the pattern.
 */
export interface FaultContact {
  contact: 'contractedProvider' | 'eachProvider';
  topic: Text;
  points: Text[];
}

export function faultContact(context: CustomerCheckContext): FaultContact {
  const topic = customerWatchFor(context.pattern).find((t) => t.id === 'faultIsolation');
  if (!topic) throw new Error('図表31 has no fault isolation topic');
  return {
    contact: context.pattern === 'p2' ? 'contractedProvider' : 'eachProvider',
    topic: topic.topic,
    points: topic.points,
  };
}

/** What "continue in the planner" carries: the role and the two answers. */
export function continueIntent(context: CustomerCheckContext): PlannerIntent {
  return {role: 'customer', pattern: context.pattern, customerSystems: context.customerSystems};
}

// ---------------------------------------------------------------------------
// Machine

const patternIds = new Set<string>(patterns.map((p) => p.id));

export const customerCheckMachine = setup({
  types: {
    context: {} as CustomerCheckContext,
    events: {} as CustomerCheckEvent,
    input: {} as CustomerCheckInput,
  },
  guards: {
    /** one of the guide's two patterns, and not the one already chosen */
    otherPattern: ({context, event}) => {
      assertEvent(event, 'CHOOSE_PATTERN');
      return patternIds.has(event.pattern) && event.pattern !== context.pattern;
    },
  },
  actions: {
    choosePattern: assign(({event}) => {
      assertEvent(event, 'CHOOSE_PATTERN');
      return {pattern: event.pattern};
    }),
    setCustomerSystems: assign(({event}) => {
      assertEvent(event, 'SET_CUSTOMER_SYSTEMS');
      return {customerSystems: event.value};
    }),
  },
}).createMachine({
  id: 'customerCheck',
  context: ({input}) => ({
    pattern: input.pattern ?? DEFAULT_CHOICE.pattern,
    customerSystems: input.customerSystems ?? DEFAULT_CHOICE.customerSystems,
  }),
  initial: 'choosing',
  states: {
    choosing: {
      on: {
        CHOOSE_PATTERN: {guard: 'otherPattern', actions: 'choosePattern'},
        SET_CUSTOMER_SYSTEMS: {actions: 'setCustomerSystems'},
      },
    },
  },
});
