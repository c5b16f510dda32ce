/**
 * The walk through a plan. The machine is explored with xstate/graph over a
 * representative set of answers, and every plan it can end up with on the
 * checklist step is held against the guide's rules; single events are then
 * checked on a running actor.
 */
import {describe, expect, it} from 'vitest';
import {createActor, type SnapshotFrom} from 'xstate';
import {getShortestPaths, getSimplePaths} from 'xstate/graph';
import {deriveChecklist, type ChecklistLine} from '@site/src/planner/checklist';
import {
  canGoTo,
  comparisonChanges,
  plannerMachine,
  withUndecidedTheirs,
  type PlannerEvent,
} from '@site/src/planner/machine';
import {
  LIMITS,
  ROLES,
  STEPS,
  stepsFor,
  conflictingAnswers,
  emptyPlan,
  sameAnswers,
  stepIndex,
  type Plan,
  type StepId,
} from '@site/src/planner/plan';

type Snapshot = SnapshotFrom<typeof plannerMachine>;

// ---------------------------------------------------------------------------
// The walk, explored

/** The answers each step offers, as the UI offers them there. */
const eventsByStep: Record<StepId, PlannerEvent[]> = {
  about: [
    {type: 'SET_ROLE', role: 'lead'},
    {type: 'SET_ROLE', role: 'partner'},
    {type: 'SET_ROLE', role: 'customer'},
    {type: 'NEXT'},
  ],
  pattern: [
    {type: 'ANSWER_PATTERN_QUESTION', question: 'contract', answer: 'one'},
    {type: 'ANSWER_PATTERN_QUESTION', question: 'contract', answer: 'each'},
    {type: 'CHOOSE_PATTERN', pattern: 'p1'},
    {type: 'CHOOSE_PATTERN', pattern: 'p2'},
    {type: 'NEXT'},
    {type: 'BACK'},
  ],
  context: [
    {type: 'SET_CUSTOMER_SYSTEMS', value: true},
    {type: 'SET_CUSTOMER_SYSTEMS', value: false},
    {type: 'SET_SECTOR', sector: null},
    {type: 'SET_SECTOR', sector: 'medical'},
    {type: 'SET_SECTOR', sector: 'school'},
    {type: 'NEXT'},
    {type: 'BACK'},
  ],
  sales: [{type: 'NEXT'}, {type: 'BACK'}],
  introduction: [{type: 'SET_REQUIREMENT', requirement: 'masterData', included: true}, {type: 'NEXT'}, {type: 'BACK'}],
  operation: [{type: 'NEXT'}, {type: 'BACK'}],
  review: [{type: 'BACK'}],
};

const valueOf = (s: Snapshot) => s.value as StepId;

/** The answer a step asks for before the reader moves past it (none for the later steps). */
const answered = (plan: Plan, step: StepId): boolean =>
  step === 'about'
    ? plan.role !== null
    : step === 'pattern'
      ? plan.pattern !== null
      : step === 'context'
        ? plan.customerSystems !== null
        : true;
const events = (s: Snapshot) => eventsByStep[valueOf(s)];

/**
 * The step and every plan field the events above can change: two snapshots
 * with the same serialisation hold the same plan, so one path to each is
 * enough to check what the plan yields.
 */
const serializeState = (s: Snapshot) => {
  const p = s.context.plan;
  return JSON.stringify([
    s.value,
    p.step,
    p.reached,
    p.role,
    p.patternAnswers,
    p.pattern,
    p.customerSystems,
    p.sector,
    p.requirements,
  ]);
};

const shortest = getShortestPaths(plannerMachine, {input: {}, events, serializeState});
const atReview = shortest.filter((p) => p.state.value === 'review');

const groupIds = (lines: ChecklistLine[]) => new Set(lines.map((l) => l.group.id));
const lineIds = (lines: ChecklistLine[]) => new Set(lines.map((l) => l.id));

/** What the guide's rules say the checklist of a finished plan contains. */
function expectGuideRules(plan: Plan, where: string): void {
  const lines = deriveChecklist(plan);
  const groups = groupIds(lines);
  const ids = lineIds(lines);
  const has = (prefix: string) => [...ids].some((id) => id.startsWith(prefix));

  const customer = plan.role === 'customer';
  // 3.(2)② 【ライセンス供与契約】【レベニューシェア契約】【SLA】: pattern 2 only, and
  // only on the providers' plans: a customer signs the agreements of chapter 4.
  for (const id of ['license', 'revenueShare', 'providerSla']) {
    expect(groups.has(id), `${where}: ${id}`).toBe(plan.pattern === 'p2' && !customer);
  }
  for (const id of ['jointProvision', 'nda', 'confidentiality']) {
    expect(groups.has(id), `${where}: ${id}`).toBe(!customer);
  }
  // 4.(2) 図表27: one contract (pattern 2) or one per provider (pattern 1).
  expect(has('serviceContract.singleContract.'), where).toBe(plan.pattern === 'p2');
  expect(has('serviceContract.individualContracts.'), where).toBe(plan.pattern === 'p1');
  // 5.(1) 図表31: the points for the chosen pattern.
  expect(ids.has(`watch.sla.${plan.pattern}`), where).toBe(true);
  // 4.(2)【機密保持契約】図表30 and the fault boundary of 図表27: only with the customer's own systems.
  expect(groups.has('customerNda'), where).toBe(plan.customerSystems === true);
  expect(has('serviceContract.customerSystems.'), where).toBe(plan.customerSystems === true);
  // 3.(4) 図表25: the general guidelines with any sector, and the sector's own.
  expect(groups.has('disclosure') && groups.has('security'), where).toBe(plan.sector !== null);
  expect(groups.has('medical'), where).toBe(plan.sector === 'medical');
  expect(groups.has('school'), where).toBe(plan.sector === 'school');
  // 3.(3)① 図表18 and 図表19: マスタデータ連携 when chosen.
  expect(
    lines.some((l) => l.group.id === 'masterData' && l.figure === 19),
    where,
  ).toBe(plan.requirements.includes('masterData') && !customer);
}

describe('the walk, explored with xstate/graph', () => {
  it('reaches every step', () => {
    const reached = new Set(shortest.map((p) => p.state.value));
    expect([...reached].sort()).toEqual([...STEPS].sort());
  });

  it("reaches the checklist only through every step of the reader's walk, in order", () => {
    for (const role of ROLES) {
      const mine = atReview.filter((p) => p.state.context.plan.role === role);
      const quickest = mine.reduce((a, b) => (b.weight < a.weight ? b : a));
      const visited = quickest.steps.map((s) => s.state.value).filter((v, i, all) => v !== all[i - 1]);
      expect(visited, role).toEqual([...stepsFor(role)]);
    }
    // a customer's walk leaves out the providers' three phases (their agreements are chapter 3's)
    expect(stepsFor('customer')).toEqual(['about', 'pattern', 'context', 'review']);
  });

  it("never takes a customer to the providers' phases", () => {
    for (const {state} of shortest) {
      if (state.context.plan.role === 'customer') {
        expect(['sales', 'introduction', 'operation'], serializeState(state)).not.toContain(state.value);
      }
    }
  });

  it('only ever stands on a step whose earlier steps are answered, and records it in the plan', () => {
    expect(shortest.length).toBeGreaterThan(1000);
    for (const {state} of shortest) {
      const step = valueOf(state);
      const plan = state.context.plan;
      expect(plan.step, serializeState(state)).toBe(step);
      expect(stepIndex(step), serializeState(state)).toBeLessThanOrEqual(stepIndex(plan.reached));
      expect(
        STEPS.slice(0, stepIndex(step)).every((s) => answered(plan, s)),
        serializeState(state),
      ).toBe(true);
      // a choice of pattern stands; answers that disagree with it are only pointed out
      const contract = plan.patternAnswers.contract;
      const disagrees =
        contract !== undefined && plan.pattern !== null && (contract === 'one') !== (plan.pattern === 'p2');
      expect(conflictingAnswers(plan), serializeState(state)).toEqual(disagrees ? ['contract'] : []);
    }
  });

  it('ends on the checklist with every combination of pattern, customer systems, sector and requirement', () => {
    const combos = new Set(
      atReview.map(
        ({
          state: {
            context: {plan},
          },
        }) => JSON.stringify([plan.pattern, plan.customerSystems, plan.sector, plan.requirements]),
      ),
    );
    // 2 patterns × systems or not × no sector, medical, school × master data or not
    expect(combos.size).toBe(2 * 2 * 3 * 2);
  });

  it("gives every plan that reaches the checklist the lines the guide's rules call for", () => {
    // Each distinct plan the walk can produce, whatever the way there (BACK included).
    expect(atReview.length).toBeGreaterThan(0);
    for (const {state} of atReview) expectGuideRules(state.context.plan, serializeState(state));
  });

  it('gives the same checklist on every forward path to it, whatever the order of the answers', () => {
    // A forward walk that answers each question once: its simple paths are
    // every order in which the reader can give the answers.
    const answeredOnce = (s: Snapshot, e: PlannerEvent) => {
      const p = s.context.plan;
      switch (e.type) {
        case 'BACK':
          return false;
        case 'SET_ROLE':
          return p.role === null;
        case 'ANSWER_PATTERN_QUESTION':
          return p.patternAnswers.contract === undefined;
        case 'CHOOSE_PATTERN':
          return p.pattern === null;
        case 'SET_CUSTOMER_SYSTEMS':
          return p.customerSystems === null;
        case 'SET_SECTOR':
          return p.sector === null && e.sector !== null;
        case 'SET_REQUIREMENT':
          return !p.requirements.includes(e.requirement);
        default:
          return true;
      }
    };
    const paths = getSimplePaths(plannerMachine, {
      input: {},
      events: (s) => eventsByStep[valueOf(s)].filter((e) => e.type !== 'SET_ROLE' || e.role === 'lead'),
      filterEvents: answeredOnce,
      serializeState,
      toState: (s) => s.value === 'review',
    });
    // answers first or choice first on the pattern step; sector before or after the systems
    expect(paths.length).toBeGreaterThan(atReview.length / 3);
    const byPlan = new Map<string, string>();
    for (const path of paths) {
      const plan = path.state.context.plan;
      expectGuideRules(plan, path.steps.map((s) => s.event.type).join(' '));
      const key = JSON.stringify([plan.pattern, plan.customerSystems, plan.sector, plan.requirements]);
      const checklist = JSON.stringify(deriveChecklist(plan).map((l) => [l.id, l.owner]));
      expect(byPlan.get(key) ?? checklist, key).toBe(checklist);
      byPlan.set(key, checklist);
    }
  });
});

// ---------------------------------------------------------------------------
// Single events on a running actor

function start(plan?: Plan) {
  const actor = createActor(plannerMachine, {input: plan ? {plan} : {}});
  actor.start();
  return actor;
}

type Actor = ReturnType<typeof start>;

function send(actor: Actor, ...events: PlannerEvent[]): Snapshot {
  for (const e of events) actor.send(e);
  return actor.getSnapshot();
}

/** A plan answered through to the checklist. */
function finishedPlan(patch: Partial<Plan> = {}): Plan {
  return {
    ...emptyPlan(),
    role: 'lead',
    names: {partnership: 'Joint HR suite', lead: 'A社', partner: 'B社', customer: 'C社'},
    pattern: 'p2',
    patternAnswers: {contract: 'one'},
    customerSystems: true,
    sector: 'medical',
    step: 'review',
    reached: 'review',
    ...patch,
  };
}

const toContext: PlannerEvent[] = [
  {type: 'SET_ROLE', role: 'partner'},
  {type: 'NEXT'},
  {type: 'CHOOSE_PATTERN', pattern: 'p1'},
  {type: 'NEXT'},
];

describe('moving between steps', () => {
  it("refuses NEXT on 'about' until a role is chosen", () => {
    const actor = start();
    const before = actor.getSnapshot();
    const after = send(actor, {type: 'NEXT'});
    expect(after.value).toBe('about');
    expect(after.context).toEqual(before.context);
    expect(send(actor, {type: 'SET_ROLE', role: 'customer'}, {type: 'NEXT'}).value).toBe('pattern');
  });

  it("refuses NEXT on 'pattern' until a pattern is chosen", () => {
    const actor = start();
    const before = send(actor, {type: 'SET_ROLE', role: 'lead'}, {type: 'NEXT'});
    const after = send(actor, {type: 'NEXT'});
    expect(after.value).toBe('pattern');
    expect(after.context).toEqual(before.context);
    expect(
      send(actor, {type: 'ANSWER_PATTERN_QUESTION', question: 'payment', answer: 'each'}).context.plan.pattern,
    ).toBe('p1');
    expect(send(actor, {type: 'NEXT'}).value).toBe('context');
  });

  it("refuses NEXT on 'context' until the customer's systems are answered (the sector may stay open)", () => {
    const actor = start();
    const before = send(actor, ...toContext, {type: 'SET_SECTOR', sector: 'school'});
    const after = send(actor, {type: 'NEXT'});
    expect(after.value).toBe('context');
    expect(after.context).toEqual(before.context);
    expect(send(actor, {type: 'SET_CUSTOMER_SYSTEMS', value: false}, {type: 'NEXT'}).value).toBe('sales');
  });

  it('lets the first pattern answer choose the pattern, and keeps a chosen pattern when a later answer disagrees', () => {
    const actor = start();
    send(actor, {type: 'SET_ROLE', role: 'lead'}, {type: 'NEXT'});
    expect(
      send(actor, {type: 'ANSWER_PATTERN_QUESTION', question: 'contract', answer: 'one'}).context.plan.pattern,
    ).toBe('p2');
    const s = send(actor, {type: 'ANSWER_PATTERN_QUESTION', question: 'contract', answer: 'each'});
    expect(s.context.plan.pattern).toBe('p2');
    expect(conflictingAnswers(s.context.plan)).toEqual(['contract']);
    expect(send(actor, {type: 'CHOOSE_PATTERN', pattern: 'p1'}).context.plan.pattern).toBe('p1');
  });

  it('goes BACK one step, keeping the answers and the furthest step reached', () => {
    const actor = start();
    send(actor, ...toContext, {type: 'SET_CUSTOMER_SYSTEMS', value: true}, {type: 'NEXT'});
    const s = send(actor, {type: 'BACK'});
    expect(s.value).toBe('context');
    expect(s.context.plan).toMatchObject({step: 'context', reached: 'sales', pattern: 'p1', customerSystems: true});
    expect(send(actor, {type: 'BACK'}, {type: 'BACK'}).value).toBe('about');
  });

  it('moving between steps changes where the plan stands, never its answers; answering does', () => {
    const actor = start();
    const before = send(actor, ...toContext).context.plan;
    const moved = send(actor, {type: 'BACK'}).context.plan;
    expect(moved).not.toBe(before);
    expect(moved.step).toBe('pattern');
    expect(sameAnswers(moved, before)).toBe(true);
    const answered = send(actor, {type: 'NEXT'}, {type: 'SET_CUSTOMER_SYSTEMS', value: true}).context.plan;
    expect(sameAnswers(answered, before)).toBe(false);
    expect(sameAnswers({...before, names: {...before.names, partner: 'B社'}}, before)).toBe(false);
  });

  it('refuses GOTO a step not yet reached, and accepts GOTO a reached one', () => {
    const actor = start();
    send(actor, ...toContext);
    for (const step of ['sales', 'operation', 'review'] as const) {
      expect(send(actor, {type: 'GOTO', step}).value, step).toBe('context');
    }
    expect(send(actor, {type: 'GOTO', step: 'about'}).value).toBe('about');
    expect(send(actor, {type: 'GOTO', step: 'context'}).value).toBe('context');
    expect(actor.getSnapshot().context.plan.reached).toBe('context');
  });

  it('jumps from the checklist back to any step and forward to it again', () => {
    const actor = start(finishedPlan());
    expect(actor.getSnapshot().value).toBe('review');
    for (const step of STEPS) expect(send(actor, {type: 'GOTO', step}).value, step).toBe(step);
    expect(send(actor, {type: 'GOTO', step: 'pattern'}, {type: 'GOTO', step: 'review'}).value).toBe('review');
  });
});

describe('answers that are refused', () => {
  const badTexts = {
    control: 'A社\u0007',
    nul: 'x\u0000y',
  };

  it('ignores a name with control characters or beyond the limit, and takes one that looks like markup whole', () => {
    const actor = start();
    for (const [what, value] of Object.entries({...badTexts, tooLong: 'あ'.repeat(LIMITS.name + 1)})) {
      expect(send(actor, {type: 'SET_NAME', field: 'partner', value}).context.plan.names.partner, what).toBe('');
    }
    for (const typed of [
      'B社 (1 < 2) & "C"',
      '<script>alert(1)</script>',
      'A社 <img src=x onerror=alert(1)>',
      '<SLA>',
    ]) {
      expect(send(actor, {type: 'SET_NAME', field: 'partner', value: typed}).context.plan.names.partner).toBe(typed);
    }
    const longest = 'x'.repeat(LIMITS.name);
    expect(send(actor, {type: 'SET_NAME', field: 'lead', value: longest}).context.plan.names.lead).toBe(longest);
  });

  it('ignores a line note with control characters or beyond the limit, and takes one holding "<" whole', () => {
    const actor = start(finishedPlan());
    const line = deriveChecklist(finishedPlan())[0].id;
    for (const [what, note] of Object.entries({...badTexts, tooLong: 'x'.repeat(LIMITS.note + 1)})) {
      expect(send(actor, {type: 'SET_LINE_NOTE', line, note}).context.plan.lines[line], what).toBeUndefined();
    }
    const note = '確認済み <script>alert(1)</script>\n担当: 法務\t(期限 3/31) <SLA>';
    expect(send(actor, {type: 'SET_LINE_NOTE', line, note}).context.plan.lines[line]).toEqual({note});
    expect(send(actor, {type: 'SET_LINE_STATUS', line, status: 'confirm'}).context.plan.lines[line]).toEqual({
      note,
      status: 'confirm',
    });
  });

  it('ignores SET_AGREEMENT on an agreement the rules decide, and takes it on an optional one', () => {
    const actor = start(finishedPlan({pattern: 'p2'}));
    for (const agreement of ['jointProvision', 'nda', 'license', 'serviceContract', 'customerNda'] as const) {
      send(actor, {type: 'SET_AGREEMENT', agreement, included: false});
    }
    send(
      actor,
      {type: 'CHOOSE_PATTERN', pattern: 'p1'},
      {type: 'SET_AGREEMENT', agreement: 'revenueShare', included: true},
    );
    expect(actor.getSnapshot().context.plan.agreementChoices).toEqual({});
    send(actor, {type: 'SET_AGREEMENT', agreement: 'jointSales', included: true});
    send(actor, {type: 'SET_AGREEMENT', agreement: 'techProvision', included: false});
    expect(actor.getSnapshot().context.plan.agreementChoices).toEqual({jointSales: true, techProvision: false});
  });
});

describe('loading, resetting and going back', () => {
  it('offers no way back when a plan is opened before the reader has started one', () => {
    const actor = start();
    actor.send({type: 'LOAD', plan: finishedPlan({}), origin: 'link'});
    expect(actor.getSnapshot().context.previous).toBeNull();
    expect(actor.getSnapshot().can({type: 'RESTORE_PREVIOUS'})).toBe(false);
  });

  it('LOAD replaces the plan and opens on its answers and checklist; RESTORE_PREVIOUS brings the previous plan back', () => {
    const actor = start();
    const mine = send(actor, ...toContext).context.plan;
    const theirs = finishedPlan({step: 'sales', reached: 'sales'});

    const loaded = send(actor, {type: 'LOAD', plan: theirs, origin: 'link'});
    expect(loaded.value).toBe('review');
    expect(loaded.context.plan).toEqual({...theirs, step: 'review', reached: 'review'});
    expect(loaded.context.notice).toEqual({kind: 'loaded', origin: 'link'});

    const restored = send(actor, {type: 'RESTORE_PREVIOUS'});
    expect(restored.value).toBe('context');
    expect(restored.context.plan).toEqual(mine);
    expect(restored.context.notice).toEqual({kind: 'restored'});

    // only once: there is nothing further back
    expect(send(actor, {type: 'RESTORE_PREVIOUS'}).context.plan).toEqual(mine);
    expect(send(actor, {type: 'DISMISS_NOTICE'}).context.notice).toBeNull();
  });

  it('LOAD of a plan whose first questions are not all answered resumes where it was left', () => {
    const actor = start();
    const unfinished = {
      ...emptyPlan(),
      role: 'partner' as const,
      pattern: 'p1' as const,
      step: 'pattern' as const,
      reached: 'pattern' as const,
    };
    expect(send(actor, {type: 'LOAD', plan: unfinished, origin: 'file'}).value).toBe('pattern');
  });

  it("SYNC brings another tab's changes in where the reader stands; a field both tabs changed waits for the reader, the other tab's value written meanwhile", () => {
    const [a, b] = ['jointProvision.term.q1', 'license.scope.q1'];
    const mine = finishedPlan({step: 'operation', lines: {[a]: {note: 'このタブのメモ'}}});
    const theirs: Plan = {...mine, lines: {[a]: {note: '別のタブのメモ'}, [b]: {status: 'done'}}};
    const actor = start(mine);
    // the page has merged: the other tab's line b taken, line a's note in conflict, this tab's value shown
    const merged: Plan = {...mine, lines: {[a]: {note: 'このタブのメモ'}, [b]: {status: 'done'}}};
    const synced = send(actor, {type: 'SYNC', plan: merged, conflict: {theirs, keys: [`line|${a}|note`]}});
    expect(synced.value).toBe('operation');
    expect(synced.context.plan.lines[b]).toEqual({status: 'done'});
    expect(synced.context.plan.lines[a]!.note).toBe('このタブのメモ');
    const comparing = synced.context.comparing!;
    expect(comparing.origin).toBe('tab');
    expect(comparisonChanges(synced.context.plan, comparing).map((c) => c.key)).toEqual([`line|${a}|note`]);
    // until the reader decides, what this tab writes keeps the other tab's value
    expect(withUndecidedTheirs(synced.context.plan, comparing).lines[a]!.note).toBe('別のタブのメモ');
    expect(withUndecidedTheirs(synced.context.plan, comparing).lines[b]).toEqual({status: 'done'});
    // it cannot be put aside or replaced, only decided
    expect(synced.can({type: 'COMPARE_CANCEL'})).toBe(false);
    expect(synced.can({type: 'COMPARE_REPLACE'})).toBe(false);
    send(actor, {type: 'COMPARE_DECIDE', key: `line|${a}|note`, decision: 'both'});
    const decided = send(actor, {type: 'COMPARE_APPLY', at: '2026-12-06T10:00:00.000Z'});
    expect(decided.context.comparing).toBeNull();
    expect(decided.context.plan.lines[a]!.note).toBe('このタブのメモ\n別のタブのメモ');
    expect(decided.context.notice).toEqual({kind: 'tabDecided', taken: 1, kept: 0});
    expect(decided.context.plan.received).toBe(mine.received);
  });

  it('a conflict between tabs that comes again keeps the fields still undecided; it closes once the tabs agree', () => {
    const [a, b] = ['jointProvision.term.q1', 'license.scope.q1'];
    const mine = finishedPlan({step: 'review', lines: {[a]: {note: 'A1'}, [b]: {note: 'B1'}}});
    const actor = start(mine);
    const first: Plan = {...mine, lines: {[a]: {note: 'A2'}, [b]: {note: 'B1'}}};
    send(actor, {type: 'SYNC', plan: mine, conflict: {theirs: first, keys: [`line|${a}|note`]}});
    const second: Plan = {...mine, lines: {[a]: {note: 'A2'}, [b]: {note: 'B2'}}};
    const both = send(actor, {type: 'SYNC', plan: mine, conflict: {theirs: second, keys: [`line|${b}|note`]}});
    expect(comparisonChanges(both.context.plan, both.context.comparing!).map((c) => c.key)).toEqual([
      `line|${a}|note`,
      `line|${b}|note`,
    ]);
    // a sync that touches neither field leaves both to decide; once this tab holds the other's values, nothing is
    expect(
      send(actor, {type: 'SYNC', plan: {...mine, lines: {[a]: {note: 'A1'}, [b]: {note: 'B1'}}}, conflict: null})
        .context.comparing,
    ).not.toBeNull();
    const agreed = send(actor, {type: 'SYNC', plan: second, conflict: null});
    expect(agreed.context.comparing).toBeNull();
  });

  it("SET_VALUE keeps an agreed value as the reader's side's proposal; changing it takes back the agreement; null clears it", () => {
    const actor = start(finishedPlan({step: 'review'}));
    send(actor, {type: 'SET_VALUE', id: 'providerSla.availability', value: 99.5});
    expect(actor.getSnapshot().context.plan.values['providerSla.availability']).toEqual({
      value: 99.5,
      by: 'lead',
      agreed: false,
    });
    send(actor, {type: 'SET_VALUE_AGREED', id: 'providerSla.availability', agreed: true});
    expect(actor.getSnapshot().context.plan.values['providerSla.availability']!.agreed).toBe(true);
    // the same value again changes nothing; another one is a new proposal
    send(actor, {type: 'SET_VALUE', id: 'providerSla.availability', value: 99.5});
    expect(actor.getSnapshot().context.plan.values['providerSla.availability']!.agreed).toBe(true);
    send(actor, {type: 'SET_VALUE', id: 'providerSla.availability', value: 99.9});
    expect(actor.getSnapshot().context.plan.values['providerSla.availability']).toEqual({
      value: 99.9,
      by: 'lead',
      agreed: false,
    });
    send(actor, {type: 'SET_VALUE', id: 'providerSla.availability', value: null});
    expect(actor.getSnapshot().context.plan.values).toEqual({});
    // what is not a value's id or shape, or a mark on a value not set, is refused
    const before = actor.getSnapshot().context.plan;
    send(
      actor,
      {type: 'SET_VALUE', id: 'not an id', value: 1},
      {type: 'SET_VALUE', id: 'providerSla.availability', value: {text: '<b>'} as never},
      {type: 'SET_VALUE_AGREED', id: 'providerSla.recovery', agreed: true},
    );
    expect(actor.getSnapshot().context.plan).toBe(before);
  });

  it('starts a saved plan at its step when every earlier step is answered', () => {
    const actor = start(finishedPlan({step: 'operation', reached: 'review'}));
    expect(actor.getSnapshot().value).toBe('operation');
    expect(actor.getSnapshot().context.plan.reached).toBe('review');
    expect(send(actor, {type: 'NEXT'}).value).toBe('review');
  });

  it('starts a saved plan whose step cannot be stood on at the furthest step it can: the first unanswered one', () => {
    const broken: Plan[] = [
      finishedPlan({pattern: null}),
      finishedPlan({customerSystems: null, step: 'operation'}),
      finishedPlan({role: null, step: 'context'}),
      // a step beyond the furthest reached
      finishedPlan({step: 'review', reached: 'sales'}),
    ];
    for (const plan of broken) {
      const s = start(plan).getSnapshot();
      const step = valueOf(s);
      const firstUnanswered = STEPS.findIndex((st) => !answered(plan, st));
      expect(STEPS, JSON.stringify(plan)).toContain(step);
      expect(
        STEPS.slice(0, stepIndex(step)).every((st) => answered(plan, st)),
        step,
      ).toBe(true);
      // the furthest step it can stand on: the first unanswered one, or the furthest reached
      const furthest =
        firstUnanswered === -1 ? stepIndex(plan.reached) : Math.min(firstUnanswered, stepIndex(plan.reached));
      expect(stepIndex(step), JSON.stringify(plan)).toBe(furthest);
      expect(stepIndex(step)).toBeLessThan(stepIndex(plan.step));
      expect(canGoTo(s.context.plan, plan.step)).toBe(false);
    }
  });

  it('lets the reader jump back to where a saved plan was once the missing answer is given', () => {
    const actor = start(finishedPlan({pattern: null}));
    expect(send(actor, {type: 'GOTO', step: 'review'}).value).not.toBe('review');
    send(actor, {type: 'CHOOSE_PATTERN', pattern: 'p1'});
    expect(send(actor, {type: 'GOTO', step: 'review'}).value).toBe('review');
  });
});
