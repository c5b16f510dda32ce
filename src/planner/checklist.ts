/**
 * The checklist a plan yields: lines grouped by phase, then by agreement (or
 * technical requirement, guideline, …), then by item. Every line carries a
 * stable id, its 図表 reference and whether its question is the guide's or
 * the site's.
 */
import {
  authLayers,
  guidelines,
  logItems,
  masterDataTasks,
  phaseActionGroups,
  techRequirements,
  type AgreementItem,
  type FigureNo,
  type PhaseId,
  type Text,
} from '../catalog';
import type {LineStatus, Owner, Plan} from './plan';
import {agreementRules, customerWatchFor, guidelineRequirementsFor, variantsOf} from './rules';

export type GroupKind = 'agreement' | 'actions' | 'requirement' | 'guideline' | 'watch';

export interface ChecklistGroup {
  kind: GroupKind;
  /** agreement id, requirement id, guideline id, 'watch' or the 図表7 group id */
  id: string;
  name: Text;
  figure: FigureNo;
  /** between the providers, or with (or by) the customer */
  parties: 'providers' | 'customer';
}

export interface ChecklistLine {
  /** stable across releases: the catalog id of the question or row */
  id: string;
  phase: PhaseId;
  group: ChecklistGroup;
  /** the agreement's item, the requirement, the guideline … */
  item: Text;
  /** the question, or what is to be done */
  text: Text;
  /** 'site' for questions this site wrote where the guide's checklist has none */
  source: 'guide' | 'site';
  figure: FigureNo;
  status: LineStatus;
  owner: Owner;
  defaultOwner: Owner;
  note: string;
}

type Draft = Omit<ChecklistLine, 'status' | 'owner' | 'note' | 'defaultOwner'>;

/**
 * Who owns a line unless the reader says otherwise: the providers together
 * for what they agree between themselves; for what is agreed with the
 * customer, the contract holder in pattern 2 and each provider in pattern 1;
 * the customer for what the customer must watch.
 */
export function defaultOwner(group: ChecklistGroup, plan: Plan): Owner {
  if (group.kind === 'watch') return 'customer';
  if (group.parties === 'customer') return plan.pattern === 'p2' ? 'lead' : 'both';
  return 'both';
}

function itemLines(items: AgreementItem[], group: ChecklistGroup, phase: PhaseId): Draft[] {
  return items.flatMap((item) =>
    item.questions.map((q) => ({
      id: q.id,
      phase,
      group,
      item: item.checklistName ?? item.name,
      text: q.text,
      source: q.source,
      figure: group.figure,
    })),
  );
}

function agreementLines(plan: Plan): Draft[] {
  return agreementRules(plan)
    .filter((r) => r.included)
    .flatMap(({agreement}) => {
      const group: ChecklistGroup = {
        kind: 'agreement',
        id: agreement.id,
        name: agreement.name,
        figure: agreement.figure,
        parties: agreement.parties,
      };
      const items = agreement.variants
        ? variantsOf(agreement, plan).flatMap((v) => v.items)
        : agreement.items;
      return itemLines(items, group, agreement.phase);
    });
}

/** 図表7: the business and system analysis of the introduction phase. */
function actionLines(): Draft[] {
  return phaseActionGroups
    .filter((g) => g.phase === 'introduction' && g.area)
    .flatMap((g) => {
      const group: ChecklistGroup = {kind: 'actions', id: g.id, name: g.area!, figure: 7, parties: 'providers'};
      return g.actions.map((action, i) => ({
        id: `${g.id}.a${i + 1}`,
        phase: 'introduction' as const,
        group,
        item: g.area!,
        text: action,
        source: 'guide' as const,
        figure: 7 as const,
      }));
    });
}

/** 図表18 for each chosen requirement, with 図表19, 20 and 22 where they detail it. */
function requirementLines(plan: Plan): Draft[] {
  return techRequirements
    .filter((r) => plan.requirements.includes(r.id))
    .flatMap((r) => {
      const group: ChecklistGroup = {kind: 'requirement', id: r.id, name: r.name, figure: 18, parties: 'providers'};
      const line = (id: string, text: Text, figure: FigureNo, item: Text = r.name): Draft => ({
        id: `tech.${r.id}.${id}`,
        phase: 'introduction',
        group,
        item,
        text,
        source: 'guide',
        figure,
      });
      const lines = r.considerations.map((c, i) => line(`c${i + 1}`, c, 18));
      if (r.detailFigure === 19) {
        lines.push(...masterDataTasks.map((t) => line(`task${t.no}`, t.summary, 19, t.task)));
      }
      if (r.detailFigure === 20) {
        lines.push(
          ...authLayers.map((l) =>
            line(`layer${l.no}`, joinTexts(l.groups.flatMap((g) => g.techniques), {ja: '、', en: ', '}), 20, l.layer),
          ),
        );
      }
      if (r.detailFigure === 22) {
        lines.push(...logItems.map((l) => line(`log${l.no}`, l.name, 22, l.name)));
      }
      return lines;
    });
}

function joinTexts(texts: Text[], sep: Text): Text {
  return {ja: texts.map((t) => t.ja).join(sep.ja), en: texts.map((t) => t.en).join(sep.en)};
}

/** 図表25 rows of the guidelines that apply to the chosen sector. */
function guidelineLines(plan: Plan): Draft[] {
  return guidelineRequirementsFor(plan.sector).map((row) => {
    const guideline = guidelines.find((g) => g.id === row.guideline)!;
    return {
      id: `guideline.${row.id}`,
      phase: 'operation',
      group: {kind: 'guideline', id: guideline.id, name: guideline.name, figure: 25, parties: 'providers'},
      item: joinTexts(row.location, {ja: ' ', en: ' '}),
      text: joinTexts(row.detail, {ja: '\n', en: '\n'}),
      source: 'guide',
      figure: 25,
    };
  });
}

/** 図表31 for the chosen pattern: what the customer must watch. */
function watchLines(plan: Plan): Draft[] {
  const group: ChecklistGroup = {
    kind: 'watch',
    id: 'watch',
    name: {ja: '利用者の留意事項', en: 'What the customer must watch'},
    figure: 31,
    parties: 'customer',
  };
  return customerWatchFor(plan.pattern).flatMap((topic) =>
    topic.points.map((point, i) => ({
      id: `watch.${topic.id}.${plan.pattern}.${i + 1}`,
      phase: 'operation' as const,
      group,
      item: topic.topic,
      text: point,
      source: 'guide' as const,
      figure: 31 as const,
    })),
  );
}

const PHASE_ORDER: PhaseId[] = ['sales', 'introduction', 'operation'];

/** Every line the plan calls for, in phase order, each with the reader's state. */
export function deriveChecklist(plan: Plan): ChecklistLine[] {
  const drafts = [
    ...agreementLines(plan),
    ...(plan.pattern ? actionLines() : []),
    ...requirementLines(plan),
    ...guidelineLines(plan),
    ...watchLines(plan),
  ];
  const ordered = PHASE_ORDER.flatMap((phase) => drafts.filter((d) => d.phase === phase));
  return ordered.map((d) => {
    const state = plan.lines[d.id] ?? {};
    const fallback = defaultOwner(d.group, plan);
    return {
      ...d,
      status: state.status ?? 'open',
      owner: state.owner ?? fallback,
      defaultOwner: fallback,
      note: state.note ?? '',
    };
  });
}

export type ChecklistView = 'providers' | 'customer' | 'agenda';

/**
 * The three views of one plan: the providers' checklist (everything they
 * agree on, between themselves and with the customer); the customer's "what to
 * confirm with the providers" (the customer-facing agreements and 図表31); and
 * the meeting agenda (everything marked as needing confirmation).
 */
export function viewLines(lines: ChecklistLine[], view: ChecklistView): ChecklistLine[] {
  switch (view) {
    case 'providers':
      return lines.filter((l) => l.group.kind !== 'watch');
    case 'customer':
      return lines.filter((l) => l.group.parties === 'customer');
    case 'agenda':
      return lines.filter((l) => l.status === 'confirm');
  }
}

export interface LineGroupBlock {
  group: ChecklistGroup;
  lines: ChecklistLine[];
}
export interface PhaseBlock {
  phase: PhaseId;
  groups: LineGroupBlock[];
}

/** Lines grouped phase → group, keeping their order. */
export function groupLines(lines: ChecklistLine[]): PhaseBlock[] {
  const phases: PhaseBlock[] = [];
  for (const line of lines) {
    let phase = phases.find((p) => p.phase === line.phase);
    if (!phase) phases.push((phase = {phase: line.phase, groups: []}));
    let group = phase.groups.find((g) => g.group.kind === line.group.kind && g.group.id === line.group.id);
    if (!group) phase.groups.push((group = {group: line.group, lines: []}));
    group.lines.push(line);
  }
  return phases;
}

let knownLineIds: ReadonlySet<string> | null = null;

/** Every line id any plan can produce: the ids a saved plan may carry. Worked out once. */
export function allLineIds(): ReadonlySet<string> {
  if (knownLineIds) return knownLineIds;
  const ids = new Set<string>();
  const everything: Plan = {
    role: 'lead',
    names: {partnership: '', lead: '', partner: '', customer: ''},
    patternAnswers: {},
    pattern: 'p2',
    customerSystems: true,
    sector: 'general',
    data: {personalInfo: true, tradeSecret: true},
    security: null,
    agreementChoices: {jointSales: true, techProvision: true},
    requirements: techRequirements.map((r) => r.id),
    lines: {},
    step: 'review',
    reached: 'review',
  };
  const sectors = ['general', 'medical', 'school', 'localGov'] as const;
  for (const pattern of ['p1', 'p2'] as const) {
    for (const sector of sectors) {
      for (const line of deriveChecklist({...everything, pattern, sector})) ids.add(line.id);
    }
  }
  knownLineIds = ids;
  return ids;
}
