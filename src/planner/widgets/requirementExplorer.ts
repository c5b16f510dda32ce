/**
 * The technical requirement explorer (chapter 3(3), after 図表18): the reader
 * picks requirements and sees what each needs, and how many checklist lines
 * the planner would add for them. Pure domain code: the choice and what
 * follows from it, read from the catalog and the planner's own checklist.
 */
import {assertEvent, assign, setup} from 'xstate';
import {authLayers, logItems, masterDataTasks, techRequirements} from '../../catalog';
import type {AuthLayer, LogItem, MasterDataTask, TechRequirement, TechRequirementId} from '../../catalog/types';
import {deriveGuideChecklist} from '../guideChecklist';
import type {PlannerIntent} from '../intentLink';
import {emptyPlan, type Plan} from '../plan';

export interface RequirementExplorerContext {
  /** the picked requirements, always in 図表18's order */
  picked: TechRequirementId[];
}

export type RequirementExplorerEvent =
  {type: 'TOGGLE'; requirement: TechRequirementId; picked: boolean} | {type: 'CLEAR'};

/** What the widget shows before the reader chooses (and without JavaScript). */
export const DEFAULT_PICKED: readonly TechRequirementId[] = ['masterData'];

/** The ids, in 図表18's order, with one switched on or off. */
function toggled(picked: readonly TechRequirementId[], id: TechRequirementId, on: boolean): TechRequirementId[] {
  return techRequirements.filter((r) => (r.id === id ? on : picked.includes(r.id))).map((r) => r.id);
}

export const requirementExplorerMachine = setup({
  types: {
    context: {} as RequirementExplorerContext,
    events: {} as RequirementExplorerEvent,
  },
  guards: {
    /** only a requirement of 図表18 can be picked */
    knownRequirement: ({event}) => {
      assertEvent(event, 'TOGGLE');
      return techRequirements.some((r) => r.id === event.requirement);
    },
    hasPicked: ({context}) => context.picked.length > 0,
  },
  actions: {
    toggle: assign(({context, event}) => {
      assertEvent(event, 'TOGGLE');
      return {picked: toggled(context.picked, event.requirement, event.picked)};
    }),
    clear: assign({picked: () => [] as TechRequirementId[]}),
  },
}).createMachine({
  id: 'requirementExplorer',
  context: {picked: [...DEFAULT_PICKED]},
  on: {
    TOGGLE: {guard: 'knownRequirement', actions: 'toggle'},
    CLEAR: {guard: 'hasPicked', actions: 'clear'},
  },
});

// ---------------------------------------------------------------------------
// Selectors

/** The picked requirements of 図表18, in the figure's order. */
export function pickedRequirements(context: RequirementExplorerContext): TechRequirement[] {
  return techRequirements.filter((r) => context.picked.includes(r.id));
}

/** The figure that details a requirement, with its rows: 図表19, 20 or 22. */
export type RequirementDetail =
  | {figure: 19; tasks: readonly MasterDataTask[]}
  | {figure: 20; layers: readonly AuthLayer[]}
  | {figure: 22; items: readonly LogItem[]};

export function requirementDetail(requirement: TechRequirement): RequirementDetail | null {
  switch (requirement.detailFigure) {
    case 19:
      return {figure: 19, tasks: masterDataTasks};
    case 20:
      return {figure: 20, layers: authLayers};
    case 22:
      return {figure: 22, items: logItems};
    default:
      return null;
  }
}

/** A plan with nothing chosen but the picked requirements. */
export function explorerPlan(context: RequirementExplorerContext): Plan {
  return {...emptyPlan(), requirements: [...context.picked]};
}

/** How many lines the planner's checklist gets for each picked requirement. */
export function requirementLineCounts(context: RequirementExplorerContext): Partial<Record<TechRequirementId, number>> {
  const counts: Partial<Record<TechRequirementId, number>> = {};
  for (const line of deriveGuideChecklist(explorerPlan(context))) {
    if (line.group.kind !== 'requirement') continue;
    const id = line.group.id as TechRequirementId;
    counts[id] = (counts[id] ?? 0) + 1;
  }
  return counts;
}

/** How many lines the planner's checklist gets for the picked requirements in all. */
export function requirementLineCount(context: RequirementExplorerContext): number {
  return deriveGuideChecklist(explorerPlan(context)).filter((line) => line.group.kind === 'requirement').length;
}

/** What "continue in the planner" carries: the picked requirements. */
export function explorerIntent(context: RequirementExplorerContext): PlannerIntent {
  return {requirements: [...context.picked]};
}
