/**
 * The checklist's lines from the partnership guide (see checklist.ts for the
 * whole checklist a plan yields, its rows, filters and the lines a plan may
 * carry; this part is what the guide's widgets on its pages need, and so is
 * kept free of the related guides' texts). The checklist a plan yields. Its unit is the line (one question, or one
 * thing to do), with a stable id, its 図表 reference and whether its question
 * is the guide's or the site's; lines are grouped into rows (an agreement, a
 * technical requirement, a guideline, a customer topic …), each row of one
 * phase. Who owns a line comes from the guide's own division of the providers'
 * parts; what is stressed comes from the reader's answers.
 */
import {
  authLayers,
  guidelineRequirements,
  guidelines,
  logItems,
  masterDataTasks,
  phaseActionGroups,
  techRequirements,
  type AgreementItem,
  type DataConcern,
  type FigureNo,
  type GuideSide,
  type GuidelineId,
  type PhaseId,
  type Text,
} from '../catalog';
import {securityInEffect, type LineStatus, type Owner, type Plan, type Provider} from './plan';
import {agreementRules, customerWatchFor, guidelinesFor, variantsOf} from './rules';

export type GroupKind = 'agreement' | 'actions' | 'requirement' | 'guideline' | 'watch' | 'related';

/**
 * A related guide a row comes from, where the partnership guide has no
 * figure for it: the customer guide's points (ASPIC's guide for protecting
 * cloud service users, as its 2011 overview sets it out).
 */
export type RelatedDoc = 'customerGuide';

/** A row of the checklist: what its lines belong to. */
export interface ChecklistGroup {
  kind: GroupKind;
  /** agreement id, requirement id, guideline id, 図表31 topic id or the 図表7 group id */
  id: string;
  name: Text;
  /** the guide's figure; null for a row from a related guide */
  figure: FigureNo | null;
  /** the related guide a row without a figure comes from */
  related?: RelatedDoc;
  /** between the providers, or with (or by) the customer */
  parties: 'providers' | 'customer';
}

/** One place of the guide that asks a line's question. */
export interface LineSource {
  figure: FigureNo;
  /** for 図表25: the guideline, and where in it */
  guideline?: GuidelineId;
  where?: Text;
}

/** An option of a question that asks the partners to choose (図表20's techniques, 図表22's items). */
export interface LineChoice {
  id: string;
  label: Text;
  /** the heading the option stands under (図表20's layer) */
  group?: Text;
}

/**
 * Why a line matters more in this plan: the customer's data it names
 * (personal information, the customer's secrets), or what the service's
 * security pattern asks of it (availability, patching).
 */
export type Stress = DataConcern | 'availability' | 'patch';

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
  /** the guide's figure; null for a line from a related guide (see its group) */
  figure: FigureNo | null;
  /** every place that asks it (a guideline quoted by another is asked once) */
  sources: LineSource[];
  /** the options the question asks the partners to choose from (empty for most), and those chosen */
  choices: LineChoice[];
  chosen: string[];
  stress: Stress[];
  status: LineStatus;
  owner: Owner;
  defaultOwner: Owner;
  note: string;
  outcome: string;
  /**
   * In a customer's pattern-1 check, a line of a contract they sign with each
   * provider: its status under each contract (then `status` sums them up).
   */
  providerStatus: Record<Provider, LineStatus> | null;
}

/** A line before the reader's state is put on it. */
export type Draft = Omit<ChecklistLine, 'status' | 'owner' | 'note' | 'outcome' | 'chosen' | 'providerStatus'>;

// ---------------------------------------------------------------------------
// Owners

/** A, the provider that holds the customer contract, is the lead; B the partner. */
const SIDE_OWNER: Record<GuideSide, Owner> = {A: 'lead', B: 'partner'};

/** 図表14: the provider that gives technology, by the plan's answer. */
export function technologyProvider(plan: Plan): Owner {
  switch (plan.techDirection) {
    case 'partnerToLead':
      return 'partner';
    case 'leadToPartner':
      return 'lead';
    default:
      return 'both';
  }
}

/**
 * Who owns a line unless the reader says otherwise, from the guide's own
 * division of the parts:
 * - an item the guide gives to A or B (図表12, 15, 16) is that provider's;
 * - 図表14's disclosure and cooperation are the part of whoever gives the technology;
 * - what is agreed with the customer is the contract holder's in pattern 2
 *   (図表6: one provider contracts) and each provider's in pattern 1 (図表5);
 * - 図表25's requirements on managing a partner's service fall on the provider
 *   that contracts the customer (the medical guideline's Ⅱ．８．１．１ says so in
 *   as many words), so on the lead in pattern 2 and on each provider in pattern 1;
 * - what the customer must watch (図表31) is the customer's;
 * - everything else the two providers agree between themselves: both.
 */
export function ownerOf(group: ChecklistGroup, item: AgreementItem | null, plan: Plan): Owner {
  if (group.kind === 'watch') return 'customer';
  // the customer guide's points are settled with the provider(s) the customer contracts, as the contracts are
  if (item?.side) return SIDE_OWNER[item.side];
  if (item?.byTechnologyProvider) return technologyProvider(plan);
  if (group.parties === 'customer' || group.kind === 'guideline') return plan.pattern === 'p2' ? 'lead' : 'both';
  return 'both';
}

// ---------------------------------------------------------------------------
// Stress

/**
 * 3.2.3【1】① of the security study report: a service that holds personal
 * information or trade secrets has a high confidentiality requirement; the
 * planner's data question is that question. A line whose own words name the
 * customer's personal information or secrets is stressed when the plan
 * handles such data.
 */
function dataStress(concerns: DataConcern[] | undefined, plan: Plan): Stress[] {
  if (!concerns) return [];
  return concerns.filter((c) => (c === 'personalInfo' ? plan.data.personalInfo : plan.data.tradeSecret));
}

/** Items whose questions the service's security pattern bears on (the report's 3.3.4【2】 implications). */
const SERVICE_LEVEL_ITEMS = new Set(['providerSla.serviceLevel', 'customerSla.serviceLevel']);
const PATCH_QUESTIONS = new Set(['jointProvision.maintenance.q4']);

function securityStress(item: AgreementItem, questionId: string, plan: Plan): Stress[] {
  const security = securityInEffect(plan);
  if (!security) return [];
  const out: Stress[] = [];
  // availability "high" or "not so high": stopping the service harms the customer,
  // so the service level each provider guarantees is the point to settle
  if (SERVICE_LEVEL_ITEMS.has(item.id) && (security.availability === 'high' || security.availability === 'medium')) {
    out.push('availability');
  }
  // every pattern carries a reference value for starting OS and middleware patches
  if (PATCH_QUESTIONS.has(questionId)) out.push('patch');
  return out;
}

// ---------------------------------------------------------------------------
// Lines

function itemLines(
  items: AgreementItem[],
  group: ChecklistGroup & {figure: FigureNo},
  phase: PhaseId,
  plan: Plan,
): Draft[] {
  return items.flatMap((item) =>
    item.questions.map((q) => ({
      id: q.id,
      phase,
      group,
      item: item.checklistName ?? item.name,
      text: q.text,
      source: q.source,
      figure: group.figure,
      sources: [{figure: group.figure}],
      choices: [],
      stress: [...dataStress(q.concerns, plan), ...securityStress(item, q.id, plan)],
      defaultOwner: ownerOf(group, item, plan),
    })),
  );
}

function agreementLines(plan: Plan): Draft[] {
  return (
    agreementRules(plan)
      // a customer signs only the agreements with the customer (chapter 4)
      .filter((r) => r.included && (plan.role !== 'customer' || r.agreement.parties === 'customer'))
      .flatMap(({agreement}) => {
        const group: ChecklistGroup & {figure: FigureNo} = {
          kind: 'agreement',
          id: agreement.id,
          name: agreement.name,
          figure: agreement.figure,
          parties: agreement.parties,
        };
        const items = agreement.variants ? variantsOf(agreement, plan).flatMap((v) => v.items) : agreement.items;
        return itemLines(items, group, agreement.phase, plan);
      })
  );
}

/** 図表7: the business and system analysis of the introduction phase. */
function actionLines(plan: Plan): Draft[] {
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
        sources: [{figure: 7 as const}],
        choices: [],
        stress: [],
        defaultOwner: ownerOf(group, null, plan),
      }));
    });
}

/**
 * 図表19's tasks refer to one another by number ("No.3の検討項目"); on a
 * checklist a number means nothing, so each is followed by the task's name.
 */
function withTaskNames(text: Text): Text {
  const name = (n: string, locale: 'ja' | 'en') => masterDataTasks.find((t) => String(t.no) === n)?.task[locale];
  // A build keeps only its own language of a text (plugins/split-catalog.ts): the other half may be missing.
  if (typeof text.ja !== 'string' || typeof text.en !== 'string') {
    return {
      ja: typeof text.ja === 'string' ? withTaskNames({ja: text.ja, en: ''}).ja : text.ja,
      en: typeof text.en === 'string' ? withTaskNames({ja: '', en: text.en}).en : text.en,
    };
  }
  return {
    ja: text.ja.replace(/No\.?\s*(\d)(?:、(\d))?/g, (whole, a: string, b?: string) => {
      const names = [a, b].filter((n): n is string => Boolean(n)).map((n) => `No.${n}「${name(n, 'ja') ?? ''}」`);
      return names.length ? names.join('、') : whole;
    }),
    en: text.en.replace(/\bNos?\.\s*(\d)(?:\s*and\s*(\d))?/g, (whole, a: string, b?: string) => {
      const names = [a, b].filter((n): n is string => Boolean(n)).map((n) => `No. ${n} (“${name(n, 'en') ?? ''}”)`);
      return names.length ? names.join(' and ') : whole;
    }),
  };
}

/** The consideration of 図表18 under which a detail figure's options are chosen. */
const CHOICE_HOST: Partial<Record<string, string>> = {serverAuth: 'c1', logManagement: 'c1'};

/**
 * 図表18 for each chosen requirement, with the figure that details it: 図表19's
 * tasks as lines of their own; 図表20's authentication techniques and 図表22's
 * log items as the options of the consideration they answer.
 */
function requirementLines(plan: Plan): Draft[] {
  return techRequirements
    .filter((r) => plan.requirements.includes(r.id))
    .flatMap((r) => {
      const group: ChecklistGroup = {kind: 'requirement', id: r.id, name: r.name, figure: 18, parties: 'providers'};
      const line = (
        id: string,
        text: Text,
        figure: FigureNo,
        item: Text = r.name,
        choices: LineChoice[] = [],
      ): Draft => ({
        id: `tech.${r.id}.${id}`,
        phase: 'introduction',
        group,
        item,
        text,
        source: 'guide',
        figure,
        sources: figure === 18 ? [{figure}] : [{figure: 18}, {figure}],
        choices,
        stress: [],
        defaultOwner: ownerOf(group, null, plan),
      });
      const options: LineChoice[] =
        r.detailFigure === 20
          ? authLayers.flatMap((l) =>
              l.groups.flatMap((g, gi) =>
                g.techniques.map((t, ti) => ({
                  id: `layer${l.no}.${gi + 1}.${ti + 1}`,
                  label: t,
                  group: g.heading
                    ? {ja: `${l.layer.ja}（${g.heading.ja}）`, en: `${l.layer.en} (${g.heading.en})`}
                    : l.layer,
                })),
              ),
            )
          : r.detailFigure === 22
            ? logItems.map((l) => ({id: `log${l.no}`, label: l.name}))
            : [];
      const optionsFigure = r.detailFigure === 20 || r.detailFigure === 22 ? r.detailFigure : null;
      const lines = r.considerations.map((c, i) => {
        const id = `c${i + 1}`;
        return optionsFigure && CHOICE_HOST[r.id] === id
          ? line(id, c, optionsFigure, r.name, options)
          : line(id, c, 18);
      });
      if (r.detailFigure === 19) {
        lines.push(
          ...masterDataTasks.map((t) => line(`task${t.no}`, withTaskNames(t.summary), 19, withTaskNames(t.task))),
        );
      }
      return lines;
    });
}

/**
 * 図表25 for the plan's sector: one line per requirement, asked once. A
 * paragraph that quotes a general guideline's requirement (the medical
 * guideline quotes the security guideline's Ⅱ．３．１) is not asked again:
 * its place is added to the sources of the line that asks it.
 */
function guidelineLines(plan: Plan): Draft[] {
  const ids = guidelinesFor(plan.sector);
  const rows = guidelineRequirements.filter((r) => ids.includes(r.guideline));
  const drafts = new Map<string, Draft>();
  const quoted: {target: string; source: LineSource}[] = [];
  for (const row of rows) {
    const guideline = guidelines.find((g) => g.id === row.guideline)!;
    const where: Text = joinTexts(row.location, {ja: ' ', en: ' '});
    const own = row.detail.filter((_, i) => !row.quotes?.[i]);
    for (const target of row.quotes ?? []) {
      if (target) quoted.push({target, source: {figure: 25, guideline: guideline.id, where}});
    }
    if (own.length === 0) continue;
    const group: ChecklistGroup = {
      kind: 'guideline',
      id: guideline.id,
      name: guideline.name,
      figure: 25,
      parties: 'providers',
    };
    drafts.set(row.id, {
      id: `guideline.${row.id}`,
      phase: 'operation',
      group,
      item: where,
      text: joinTexts(own, {ja: '\n', en: '\n'}),
      source: 'guide',
      figure: 25,
      sources: [{figure: 25, guideline: guideline.id, where}],
      choices: [],
      stress: [],
      defaultOwner: ownerOf(group, null, plan),
    });
  }
  for (const {target, source} of quoted) {
    const draft = drafts.get(target);
    if (
      draft &&
      !draft.sources.some(
        (s) =>
          s.guideline === source.guideline &&
          s.where &&
          source.where &&
          s.where.ja === source.where.ja &&
          s.where.en === source.where.en,
      )
    ) {
      draft.sources.push(source);
    }
  }
  return [...drafts.values()];
}

export function joinTexts(texts: Text[], sep: Text): Text {
  return {ja: texts.map((t) => t.ja).join(sep.ja), en: texts.map((t) => t.en).join(sep.en)};
}

/**
 * 図表31 for the chosen pattern: what the customer must watch, one line per
 * topic. The figure's sentences on a topic follow one another (「従って、…」,
 * 「但し…」 carry on from the sentence before), so they stay together.
 */
function watchLines(plan: Plan): Draft[] {
  return customerWatchFor(plan.pattern).map((topic) => {
    const group: ChecklistGroup = {kind: 'watch', id: topic.id, name: topic.topic, figure: 31, parties: 'customer'};
    return {
      id: `watch.${topic.id}.${plan.pattern}`,
      phase: 'operation' as const,
      group,
      item: topic.topic,
      text: joinTexts(topic.points, {ja: '', en: ' '}),
      source: 'guide' as const,
      figure: 31 as const,
      sources: [{figure: 31 as const}],
      choices: [],
      stress: [],
      defaultOwner: ownerOf(group, null, plan),
    };
  });
}

/**
 * 図表5: in pattern 1 the customer contracts each provider, so a line of the
 * contracts with the customer is checked once per contract.
 */
function perProvider(d: Draft, plan: Plan): boolean {
  return (
    plan.role === 'customer' && plan.pattern === 'p1' && d.group.kind === 'agreement' && d.group.parties === 'customer'
  );
}

/** A line checked under two contracts: done (or not applicable) when both are, to confirm when either is. */
export function combinedStatus(byProvider: Record<Provider, LineStatus>): LineStatus {
  const both = [byProvider.lead, byProvider.partner];
  if (both.includes('confirm')) return 'confirm';
  if (both.every((s) => s === 'na')) return 'na';
  if (both.every((s) => s === 'done' || s === 'na')) return 'done';
  return 'open';
}

export const PHASE_ORDER: readonly PhaseId[] = ['sales', 'introduction', 'operation'];

/**
 * The lines from the partnership guide alone, without the customer guide's
 * points (which only a customer's plan with personal or secret data has):
 * what the guide's widgets show, so that a chapter's page does not carry the
 * customer guide's texts. For a plan without such data it is deriveChecklist.
 */
export function deriveGuideChecklist(plan: Plan): ChecklistLine[] {
  return withState(plan, guideDrafts(plan));
}

export function guideDrafts(plan: Plan): Draft[] {
  // A customer's check: the contracts they sign, what to watch and what their
  // sector's guidelines ask of the provider; the providers' own agreements are theirs.
  const customer = plan.role === 'customer';
  return [
    ...agreementLines(plan),
    ...(plan.pattern && !customer ? actionLines(plan) : []),
    ...(customer ? [] : requirementLines(plan)),
    ...guidelineLines(plan),
    ...watchLines(plan),
  ];
}

/** Drafts in phase order, each with what the reader decided about it. */
export function withState(plan: Plan, drafts: Draft[]): ChecklistLine[] {
  const ordered = PHASE_ORDER.flatMap((phase) => drafts.filter((d) => d.phase === phase));
  return ordered.map((d) => {
    const state = plan.lines[d.id] ?? {};
    const known = new Set(d.choices.map((c) => c.id));
    const providerStatus = perProvider(d, plan)
      ? {lead: state.providerStatus?.lead ?? 'open', partner: state.providerStatus?.partner ?? 'open'}
      : null;
    // Object.assign, not a spread followed by more fields: V8 copies the spread's
    // shape and then reshapes each copy field by field, which made this 20× slower
    // (1.7 ms against 0.08 ms for the largest plan's 155 lines, npm run bench)
    return Object.assign({}, d, {
      providerStatus,
      status: providerStatus ? combinedStatus(providerStatus) : (state.status ?? 'open'),
      owner: state.owner ?? d.defaultOwner,
      note: state.note ?? '',
      outcome: state.outcome ?? '',
      chosen: (state.choices ?? []).filter((c) => known.has(c)),
    });
  });
}

// ---------------------------------------------------------------------------
// Views

/**
 * The plan's views: the whole checklist; what the customer confirms with the
 * providers (the customer-facing agreements and 図表31); the next meeting's
 * agenda (the lines the reader put on it, in their order).
 */
export type ChecklistView = 'plan' | 'customer' | 'agenda';

export function viewLines(lines: readonly ChecklistLine[], view: ChecklistView, plan: Plan): ChecklistLine[] {
  switch (view) {
    case 'plan':
      return [...lines];
    case 'customer':
      return lines.filter((l) => l.group.parties === 'customer');
    case 'agenda': {
      const byId = new Map(lines.map((l) => [l.id, l]));
      return plan.meeting.agenda.map((id) => byId.get(id)).filter((l): l is ChecklistLine => l !== undefined);
    }
  }
}
