/**
 * Two versions of one plan side by side: what the other party changed, and
 * the plan that results from the reader's decision on each change. A plan
 * travels between the providers as a file or link; when it comes back, the
 * reader sees each changed answer and line with both values, and keeps
 * theirs, takes the other's, or (for written text) keeps both.
 *
 * Pure: plans in, changes and a plan out. What the reader is (their role)
 * and where they stand in the walk are theirs alone and never compared.
 */
import {
  CONTACT_FIELDS,
  CONTACT_KINDS,
  DATA_KINDS,
  NAME_FIELDS,
  PATTERN_QUESTIONS,
  PROVIDERS,
  ROLES,
  stampFor,
  type EditStamp,
  type LineState,
  type Plan,
} from './plan';

/**
 * Where a change is: the plan's answers, one checklist line, the meeting, the
 * contact sheet, an agreed value, or a party's mark that it agreed the plan.
 */
export type ChangeArea = 'answer' | 'line' | 'meeting' | 'contact' | 'value' | 'mark';

/** The fields of a line a party decides. */
export const LINE_FIELDS = ['status', 'owner', 'note', 'outcome', 'choices', 'providerStatus'] as const;
export type LineField = (typeof LINE_FIELDS)[number];

export interface Change {
  /** unique within a comparison; what a decision is recorded under */
  key: string;
  area: ChangeArea;
  /** the line's id, for a line change */
  line?: string;
  /** the answer, line field, meeting field, contact cell ("lead.faults.reach"), value id or the marking party */
  field: string;
  /** the reader's value and the other party's; undefined where a plan leaves it unset */
  mine: unknown;
  theirs: unknown;
  /** written text, where keeping both is a choice */
  text: boolean;
}

/** What the reader decides for a change: keep theirs, take the other's, or keep both texts. */
export type Decision = 'mine' | 'theirs' | 'both';

/** The answers compared, each read from and written to the plan. */
const ANSWERS: {field: string; get: (p: Plan) => unknown; set: (p: Plan, v: unknown) => Plan; text?: boolean}[] = [
  ...NAME_FIELDS.map((f) => ({
    field: `names.${f}`,
    get: (p: Plan) => p.names[f],
    set: (p: Plan, v: unknown) => ({...p, names: {...p.names, [f]: v as string}}),
    text: true,
  })),
  ...PATTERN_QUESTIONS.map((q) => ({
    field: `patternAnswers.${q}`,
    get: (p: Plan) => p.patternAnswers[q],
    set: (p: Plan, v: unknown) => {
      const patternAnswers = {...p.patternAnswers};
      if (v === undefined) delete patternAnswers[q];
      else patternAnswers[q] = v as 'one' | 'each';
      return {...p, patternAnswers};
    },
  })),
  {field: 'pattern', get: (p) => p.pattern, set: (p, v) => ({...p, pattern: v as Plan['pattern']})},
  {
    field: 'customerSystems',
    get: (p) => p.customerSystems,
    set: (p, v) => ({...p, customerSystems: v as Plan['customerSystems']}),
  },
  {field: 'sector', get: (p) => p.sector, set: (p, v) => ({...p, sector: v as Plan['sector']})},
  ...DATA_KINDS.map((k) => ({
    field: `data.${k}`,
    get: (p: Plan) => p.data[k],
    set: (p: Plan, v: unknown) => ({...p, data: {...p.data, [k]: v as boolean}}),
  })),
  {field: 'security', get: (p) => p.security, set: (p, v) => ({...p, security: v as Plan['security']})},
  {
    field: 'agreementChoices',
    get: (p) => p.agreementChoices,
    set: (p, v) => ({...p, agreementChoices: v as Plan['agreementChoices']}),
  },
  {field: 'requirements', get: (p) => p.requirements, set: (p, v) => ({...p, requirements: v as Plan['requirements']})},
  {
    field: 'techDirection',
    get: (p) => p.techDirection,
    set: (p, v) => ({...p, techDirection: v as Plan['techDirection']}),
  },
];

/**
 * The reader's role: their own, and so not compared with the other party's
 * plan, but compared between two tabs of the reader's own plan.
 */
const ROLE_ANSWER: (typeof ANSWERS)[number] = {
  field: 'role',
  get: (p) => p.role,
  set: (p, v) => ({...p, role: v as Plan['role']}),
};

/** What is compared besides the checklist: `role` for two copies of the reader's own plan (two tabs). */
export interface CompareOptions {
  role?: boolean;
}

const answersFor = (options: CompareOptions) => (options.role ? [ROLE_ANSWER, ...ANSWERS] : ANSWERS);

/** The answers a comparison looks at (the fingerprint too), each with how it is read from a plan. */
export function compareFields(options: CompareOptions = {}): readonly {field: string; get: (p: Plan) => unknown}[] {
  return answersFor(options);
}

const MEETING = ['date', 'attendees', 'agenda'] as const;

/** Same value, for the JSON-shaped values a plan holds; the order of a set (requirements) does not count. */
function same(a: unknown, b: unknown, unordered = false): boolean {
  if (unordered && Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
  }
  return stable(a) === stable(b);
}

function stable(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
}

/** A line's field as the plan keeps it; a field the plan leaves unset (or empty) is undefined. */
export function lineFieldValue(state: LineState | undefined, field: LineField): unknown {
  const value = state?.[field];
  if (field === 'note' || field === 'outcome') return value === '' ? undefined : value;
  if (field === 'choices') return Array.isArray(value) && value.length === 0 ? undefined : value;
  if (field === 'providerStatus') return value && Object.keys(value).length > 0 ? value : undefined;
  return value;
}

/** Every difference between the reader's plan and the other party's, in the order of the plan. */
export function comparePlans(mine: Plan, theirs: Plan, options: CompareOptions = {}): Change[] {
  const changes: Change[] = [];
  for (const a of answersFor(options)) {
    const m = a.get(mine);
    const t = a.get(theirs);
    if (!same(m, t, a.field === 'requirements')) {
      changes.push({
        key: `answer|${a.field}`,
        area: 'answer',
        field: a.field,
        mine: m,
        theirs: t,
        text: a.text === true,
      });
    }
  }
  const ids = [...new Set([...Object.keys(mine.lines), ...Object.keys(theirs.lines)])];
  for (const id of ids) {
    for (const field of LINE_FIELDS) {
      const m = lineFieldValue(mine.lines[id], field);
      const t = lineFieldValue(theirs.lines[id], field);
      if (!same(m, t, field === 'choices')) {
        changes.push({
          key: `line|${id}|${field}`,
          area: 'line',
          line: id,
          field,
          mine: m,
          theirs: t,
          text: field === 'note' || field === 'outcome',
        });
      }
    }
  }
  for (const field of MEETING) {
    const m = mine.meeting[field];
    const t = theirs.meeting[field];
    if (!same(m, t))
      changes.push({key: `meeting|${field}`, area: 'meeting', field, mine: m, theirs: t, text: field === 'attendees'});
  }
  for (const id of [...new Set([...Object.keys(mine.values), ...Object.keys(theirs.values)])].sort()) {
    const m = mine.values[id];
    const t = theirs.values[id];
    if (!same(m, t)) changes.push({key: `value|${id}`, area: 'value', field: id, mine: m, theirs: t, text: false});
  }
  for (const role of ROLES) {
    const m = mine.marks[role];
    const t = theirs.marks[role];
    if (!same(m, t)) changes.push({key: `mark|${role}`, area: 'mark', field: role, mine: m, theirs: t, text: false});
  }
  for (const provider of PROVIDERS) {
    for (const kind of CONTACT_KINDS) {
      for (const f of CONTACT_FIELDS) {
        const m = mine.contacts[provider][kind][f];
        const t = theirs.contacts[provider][kind][f];
        if (m !== t) {
          changes.push({
            key: `contact|${provider}.${kind}.${f}`,
            area: 'contact',
            field: `${provider}.${kind}.${f}`,
            mine: m,
            theirs: t,
            text: true,
          });
        }
      }
    }
  }
  return changes;
}

/**
 * Both texts kept: the reader's, then the other party's on a line of its
 * own; either alone when the other is empty.
 */
export function bothTexts(mine: unknown, theirs: unknown): string {
  const a = typeof mine === 'string' ? mine : '';
  const b = typeof theirs === 'string' ? theirs : '';
  if (a === '' || a === b) return b;
  if (b === '') return a;
  return `${a}\n${b}`;
}

function withLineField(plan: Plan, id: string, field: LineField, value: unknown): Plan {
  const state: LineState = {...plan.lines[id]};
  if (value === undefined) delete state[field];
  else (state as Record<string, unknown>)[field] = value;
  const lines = {...plan.lines};
  if (Object.keys(state).length === 0) delete lines[id];
  else lines[id] = state;
  return {...plan, lines};
}

function valueFor(change: Change, decision: Decision): unknown {
  if (decision === 'theirs') return change.theirs;
  if (decision === 'both' && change.text) {
    const joined = bothTexts(change.mine, change.theirs);
    // a line's empty note is no note at all
    return change.area === 'line' && joined === '' ? undefined : joined;
  }
  return change.mine;
}

/**
 * The reader's plan with their decisions applied: a change without a
 * decision keeps the reader's value. The reader's role and place in the walk
 * stay theirs.
 */
export function mergePlans(
  mine: Plan,
  theirs: Plan,
  decisions: Readonly<Record<string, Decision>>,
  options: CompareOptions = {},
): Plan {
  let plan: Plan = mine;
  for (const change of comparePlans(mine, theirs, options)) {
    const decision = decisions[change.key] ?? 'mine';
    if (decision === 'mine') continue;
    const value = valueFor(change, decision);
    switch (change.area) {
      case 'answer':
        plan = answersFor(options)
          .find((a) => a.field === change.field)!
          .set(plan, value);
        break;
      case 'line':
        plan = withLineField(plan, change.line!, change.field as LineField, value);
        break;
      case 'meeting':
        plan = {...plan, meeting: {...plan.meeting, [change.field]: value}};
        break;
      case 'value': {
        const values = {...plan.values};
        if (value === undefined) delete values[change.field];
        else values[change.field] = value as Plan['values'][string];
        plan = {...plan, values};
        break;
      }
      case 'mark': {
        const marks = {...plan.marks};
        const role = change.field as keyof Plan['marks'];
        if (value === undefined) delete marks[role];
        else marks[role] = value as NonNullable<Plan['marks'][typeof role]>;
        plan = {...plan, marks};
        break;
      }
      case 'contact': {
        const [provider, kind, f] = change.field.split('.') as [
          keyof Plan['contacts'],
          keyof Plan['contacts']['lead'],
          string,
        ];
        plan = {
          ...plan,
          contacts: {
            ...plan.contacts,
            [provider]: {...plan.contacts[provider], [kind]: {...plan.contacts[provider][kind], [f]: value}},
          },
        };
        break;
      }
    }
  }
  return plan;
}

/** The same decision for every change. */
export function decideAll(changes: readonly Change[], decision: Decision): Record<string, Decision> {
  return Object.fromEntries(changes.map((c) => [c.key, decision === 'both' && !c.text ? 'theirs' : decision]));
}

/**
 * The reader's plan with their decisions applied, as the planner keeps it:
 * the merge, and who last changed each line that moved. A line where the
 * reader took every change of the other party's keeps the other party's
 * stamp; a line where they kept theirs or kept both texts against the other
 * party's is the reader's side's, now (`at`), since it differs from what was
 * sent. The other party's version counts as received at that moment. The
 * plan stays in its partnership.
 */
export function applyComparison(
  mine: Plan,
  theirs: Plan,
  decisions: Readonly<Record<string, Decision>>,
  at: string,
): Plan {
  const merged = mergePlans(mine, theirs, decisions);
  const edits: Record<string, EditStamp> = {...merged.edits};
  const ours = new Set<string>();
  const taken = new Set<string>();
  for (const change of comparePlans(mine, theirs)) {
    if (change.area !== 'line') continue;
    if ((decisions[change.key] ?? 'mine') === 'theirs') taken.add(change.line!);
    else ours.add(change.line!);
  }
  const stamp = stampFor(mine, at);
  for (const id of taken) {
    if (ours.has(id)) continue;
    const theirStamp = theirs.edits[id];
    if (theirStamp) edits[id] = theirStamp;
    else delete edits[id];
  }
  if (stamp) for (const id of ours) edits[id] = stamp;
  return {...merged, edits, received: at};
}

/**
 * The lines the reader's side changed since the other party's version was
 * last opened into the plan (every line the reader's side changed, when it
 * never was): what the other party will find changed when they compare.
 * Only the reader's own stamps count, which their own clock made.
 */
export function changedSinceReceived(plan: Pick<Plan, 'role' | 'edits' | 'received'>): string[] {
  return Object.entries(plan.edits)
    .filter(([, s]) => s.by === plan.role && (plan.received === null || s.at >= plan.received))
    .map(([id]) => id);
}
