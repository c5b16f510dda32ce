/**
 * The checklist a plan yields: the partnership guide's lines (guideChecklist.ts,
 * re-exported here) and, for a customer whose data calls for it, the customer
 * guide's points; the rows a task list shows, its views and filters, and the
 * ids of the lines a plan may carry. Who owns a line comes from the guide's own
 * division of the providers' parts; what is stressed comes from the reader's
 * answers.
 */
import {
  authLayers,
  customerAgreementSides,
  customerWatch,
  guidelineRequirements,
  logItems,
  techRequirements,
  technologySides,
  type GuideSide,
  type PhaseId,
  type Text,
} from '../catalog';
import {customerLabels, dataAbroadChecks, expectationGaps} from '../catalog/related/customers';
import {DATA_KINDS, LINE_STATUSES, emptyContacts, type LineStatus, type Owner, type Plan, type Role} from './plan';
import {agreementRules} from './rules';
import {
  PHASE_ORDER,
  guideDrafts,
  joinTexts,
  ownerOf,
  technologyProvider,
  withState,
  type ChecklistGroup,
  type ChecklistLine,
  type Draft,
} from './guideChecklist';

export * from './guideChecklist';

// ---------------------------------------------------------------------------
// The customer guide's points

/**
 * For a customer whose data includes personal information or trade secrets:
 * what the customer guide (ASPIC's guide for protecting cloud service users,
 * in its 2011 overview) has them settle with the provider — the seven points
 * where the two sides' expectations part, asked as the site words them, and
 * the five points to act on when the data is kept abroad, as the guide says
 * them. The partnership guide itself names such data in a few of its
 * contract items, which are stressed instead (see dataStress).
 */
function customerGuideLines(plan: Plan): Draft[] {
  if (plan.role !== 'customer' || !DATA_KINDS.some((k) => plan.data[k])) return [];
  const gaps: ChecklistGroup = {
    kind: 'related',
    id: 'expectationGaps',
    name: customerLabels.gapsCaption,
    figure: null,
    related: 'customerGuide',
    parties: 'customer',
  };
  const abroad: ChecklistGroup = {
    kind: 'related',
    id: 'dataAbroad',
    name: customerGuideRows.dataAbroad,
    figure: null,
    related: 'customerGuide',
    parties: 'customer',
  };
  const common = {phase: 'operation' as const, figure: null, sources: [], choices: [], stress: []};
  return [
    ...expectationGaps.map((g) => ({
      ...common,
      id: `customerGuide.gap.${g.id}`,
      group: gaps,
      item: g.gap,
      text: g.check,
      source: 'site' as const,
      defaultOwner: ownerOf(gaps, null, plan),
    })),
    ...dataAbroadChecks.map((c) => ({
      ...common,
      id: `customerGuide.abroad.${c.id}`,
      group: abroad,
      item: c.topic,
      text: joinTexts([c.point, ...c.notes], {ja: '\n', en: '\n'}),
      source: 'guide' as const,
      defaultOwner: ownerOf(abroad, null, plan),
    })),
  ];
}

/** Headings of the rows from the customer guide. */
export const customerGuideRows = {
  dataAbroad: {ja: 'データを海外に置く場合の対応のポイント', en: 'Points to act on when the data is kept abroad'},
} satisfies Record<string, Text>;

/** Every line the plan calls for, in phase order, each with the reader's state. */
export function deriveChecklist(plan: Plan): ChecklistLine[] {
  return withState(plan, [...guideDrafts(plan), ...customerGuideLines(plan)]);
}

// ---------------------------------------------------------------------------
// Rows

export type RowProgress = 'done' | 'confirm' | 'inProgress' | 'open' | 'na';

export interface ChecklistRow {
  /** `${kind}:${id}`, unique in a checklist */
  key: string;
  group: ChecklistGroup;
  phase: PhaseId;
  lines: ChecklistLine[];
  counts: Record<LineStatus, number>;
  progress: RowProgress;
  /** the owners of its lines, in the order of OWNERS */
  owners: Owner[];
  /** what the reader's side does under it, where the guide gives the providers different parts */
  yourPart: Text | null;
  /** how many of its lines are stressed */
  stressed: number;
  /** every question is the site's (the guide's checklist stops after 図表15) */
  siteOnly: boolean;
}

/** What kind of thing a row is, for headings within a phase. */
export type RowSection =
  'providerAgreements' | 'customerAgreements' | 'analysis' | 'requirements' | 'guidelines' | 'watch' | 'customerGuide';

export function rowSection(group: ChecklistGroup): RowSection {
  switch (group.kind) {
    case 'agreement':
      return group.parties === 'customer' ? 'customerAgreements' : 'providerAgreements';
    case 'actions':
      return 'analysis';
    case 'requirement':
      return 'requirements';
    case 'guideline':
      return 'guidelines';
    case 'watch':
      return 'watch';
    // not the guide's 図表31: the customer guide's points have a heading of their own
    case 'related':
      return 'customerGuide';
  }
}

export function groupKey(group: Pick<ChecklistGroup, 'kind' | 'id'>): string {
  return `${group.kind}:${group.id}`;
}

/**
 * A row's progress, as a task list shows it: done when every line is done
 * (or not applicable), to confirm when any line needs confirmation, under way
 * when some are done, not applicable when all are, open otherwise.
 */
export function rowProgress(counts: Record<LineStatus, number>): RowProgress {
  const total = LINE_STATUSES.reduce((n, s) => n + counts[s], 0);
  if (total > 0 && counts.na === total) return 'na';
  if (counts.confirm > 0) return 'confirm';
  if (counts.done + counts.na === total) return 'done';
  if (counts.done > 0) return 'inProgress';
  return 'open';
}

export function countStatuses(lines: readonly ChecklistLine[]): Record<LineStatus, number> {
  const counts = {open: 0, done: 0, confirm: 0, na: 0};
  for (const line of lines) counts[line.status] += 1;
  return counts;
}

/** The reader's side, as the guide's A and B: the lead is A; a customer has none. */
export function guideSideOf(role: Role | null): GuideSide | null {
  return role === 'lead' ? 'A' : role === 'partner' ? 'B' : null;
}

/** What the reader's side does under a row's agreement, or null where the guide gives both the same part. */
export function yourPart(group: ChecklistGroup, plan: Plan): Text | null {
  const side = guideSideOf(plan.role);
  if (!side || group.kind !== 'agreement') return null;
  const agreement = agreementRules(plan).find((r) => r.agreement.id === group.id)?.agreement;
  if (agreement?.sides) return agreement.sides[side];
  if (group.id === 'techProvision') {
    const provider = technologyProvider(plan);
    if (provider === 'both') return plan.techDirection === 'mutual' ? technologySides.mutual : null;
    return provider === plan.role ? technologySides.provider : technologySides.receiver;
  }
  if (group.parties === 'customer' && plan.pattern) return customerAgreementSides[plan.pattern][side];
  return null;
}

const OWNER_ORDER: readonly Owner[] = ['lead', 'partner', 'both', 'customer'];

/** Lines grouped into rows, in their order; each row keeps the order of its lines. */
export function checklistRows(lines: readonly ChecklistLine[], plan: Plan): ChecklistRow[] {
  const rows: ChecklistRow[] = [];
  const byKey = new Map<string, ChecklistRow>();
  for (const line of lines) {
    const key = groupKey(line.group);
    let row = byKey.get(key);
    if (!row) {
      row = {
        key,
        group: line.group,
        phase: line.phase,
        lines: [],
        counts: {open: 0, done: 0, confirm: 0, na: 0},
        progress: 'open',
        owners: [],
        yourPart: yourPart(line.group, plan),
        stressed: 0,
        siteOnly: true,
      };
      byKey.set(key, row);
      rows.push(row);
    }
    row.lines.push(line);
  }
  for (const row of rows) {
    row.counts = countStatuses(row.lines);
    row.progress = rowProgress(row.counts);
    row.owners = OWNER_ORDER.filter((o) => row.lines.some((l) => l.owner === o));
    row.stressed = row.lines.filter((l) => l.stress.length > 0).length;
    row.siteOnly = row.lines.every((l) => l.source === 'site');
  }
  return rows;
}

export interface PhaseBlock<T> {
  phase: PhaseId;
  items: T[];
}

/** Anything with a phase, grouped by phase in the guide's order, each keeping its order. */
export function byPhase<T extends {phase: PhaseId}>(items: readonly T[]): PhaseBlock<T>[] {
  return PHASE_ORDER.map((phase) => ({phase, items: items.filter((i) => i.phase === phase)})).filter(
    (b) => b.items.length > 0,
  );
}

// ---------------------------------------------------------------------------
// Views and filters

/** Whose lines: everyone's, the reader's own side's (theirs and both), or one owner's. */
export type OwnerFilter = 'all' | 'mine' | Owner;

export interface ChecklistFilter {
  phase: PhaseId | 'all';
  owner: OwnerFilter;
  status: LineStatus | 'all';
  source: 'all' | 'guide' | 'site';
  /** words to find in a line's item, question, note or outcome */
  text: string;
}

export const NO_FILTER: ChecklistFilter = {phase: 'all', owner: 'all', status: 'all', source: 'all', text: ''};

export function isFiltered(filter: ChecklistFilter): boolean {
  return (
    filter.phase !== 'all' ||
    filter.owner !== 'all' ||
    filter.status !== 'all' ||
    filter.source !== 'all' ||
    filter.text.trim() !== ''
  );
}

/** The owners that count as the reader's: their side's, and what both providers do together. */
export function ownersOf(role: Role | null): Owner[] {
  switch (role) {
    case 'lead':
      return ['lead', 'both'];
    case 'partner':
      return ['partner', 'both'];
    case 'customer':
      return ['customer'];
    default:
      return [...OWNER_ORDER];
  }
}

/** For search: one width for letters and digits, one case. */
function searchable(s: string): string {
  return s.normalize('NFKC').toLocaleLowerCase();
}

export function filterLines(
  lines: readonly ChecklistLine[],
  filter: ChecklistFilter,
  role: Role | null,
  locale: 'ja' | 'en',
): ChecklistLine[] {
  const mine = new Set(ownersOf(role));
  const words = searchable(filter.text).split(/\s+/).filter(Boolean);
  return lines.filter((l) => {
    if (filter.phase !== 'all' && l.phase !== filter.phase) return false;
    if (filter.owner === 'mine' ? !mine.has(l.owner) : filter.owner !== 'all' && l.owner !== filter.owner) return false;
    if (filter.status !== 'all' && l.status !== filter.status) return false;
    if (filter.source !== 'all' && l.source !== filter.source) return false;
    if (words.length > 0) {
      const haystack = searchable([l.group.name[locale], l.item[locale], l.text[locale], l.note, l.outcome].join('\n'));
      if (!words.every((w) => haystack.includes(w))) return false;
    }
    return true;
  });
}

// ---------------------------------------------------------------------------
// The lines a plan may carry

/**
 * Lines of earlier releases that are now part of another: 図表20's layers and
 * 図表22's log items were lines of their own and are now the options of the
 * consideration they answer; 図表25 rows that only quote the security
 * guideline are asked under it. A plan that carries state for one of them
 * keeps it on its successor (see schema.ts).
 */
export function retiredLineIds(): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const layer of authLayers) map.set(`tech.serverAuth.layer${layer.no}`, 'tech.serverAuth.c1');
  for (const item of logItems) map.set(`tech.logManagement.log${item.no}`, 'tech.logManagement.c1');
  // 図表31's sentences on a topic were a line each; now a topic is one line
  for (const topic of customerWatch) {
    for (const pattern of ['p1', 'p2'] as const) {
      topic.byPattern[pattern].forEach((_, i) =>
        map.set(`watch.${topic.id}.${pattern}.${i + 1}`, `watch.${topic.id}.${pattern}`),
      );
    }
  }
  for (const row of guidelineRequirements) {
    const quotes = row.quotes ?? [];
    if (quotes.length === row.detail.length && quotes.every(Boolean))
      map.set(`guideline.${row.id}`, `guideline.${quotes[0]}`);
  }
  return map;
}

let knownLineIds: ReadonlySet<string> | null = null;

/** Every line id any plan can produce: the ids a saved plan may carry. Worked out once. */
export function allLineIds(): ReadonlySet<string> {
  if (knownLineIds) return knownLineIds;
  const ids = new Set<string>();
  const everything: Plan = {
    partnershipId: null,
    edits: {},
    received: null,
    role: 'lead',
    names: {partnership: '', lead: '', partner: '', customer: ''},
    patternAnswers: {},
    pattern: 'p2',
    customerSystems: true,
    sector: 'general',
    data: Object.fromEntries(DATA_KINDS.map((k) => [k, true])) as Plan['data'],
    security: null,
    agreementChoices: {jointSales: true, techProvision: true},
    requirements: techRequirements.map((r) => r.id),
    techDirection: null,
    lines: {},
    meeting: {date: '', attendees: '', agenda: []},
    contacts: emptyContacts(),
    values: {},
    marks: {},
    base: null,
    step: 'review',
    reached: 'review',
  };
  const sectors = ['general', 'medical', 'school', 'localGov'] as const;
  for (const pattern of ['p1', 'p2'] as const) {
    for (const sector of sectors) {
      for (const role of ['lead', 'customer'] as const) {
        for (const line of deriveChecklist({...everything, role, pattern, sector})) ids.add(line.id);
      }
    }
  }
  knownLineIds = ids;
  return ids;
}
