/**
 * Two parties, one plan: a plan of the same partnership coming back is
 * compared rather than opened over the reader's; each line carries who last
 * changed it; what the reader decides is applied, and can be undone; and the
 * plan format that carries all this (version 4) still opens versions 1–3.
 */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {createActor, type SnapshotFrom} from 'xstate';
import {deriveChecklist} from '@site/src/planner/checklist';
import {applyComparison, changedSinceReceived, comparePlans} from '@site/src/planner/compare';
import {comparisonView} from '@site/src/planner/compareView';
import {changeLabel, valueText} from '@site/src/planner/compareText';
import {plannerMachine, samePartnership, type PlannerEvent} from '@site/src/planner/machine';
import {emptyPlan, type Plan} from '@site/src/planner/plan';
import {PLAN_VERSION, parsePlanFile, readPlanFile, serializePlanFile, toPlanFile} from '@site/src/planner/schema';
import {decodeShareFragment, encodeShareFragment} from '@site/src/planner/share';
import {exportRows} from '@site/src/planner/exporters/rows';
import {toMarkdown} from '@site/src/planner/exporters/markdown';

type Snapshot = SnapshotFrom<typeof plannerMachine>;

const ID = '0123456789abcdef0123456789abcdef';
const T0 = '2026-12-01T09:00:00.000Z';
const T1 = '2026-12-02T10:30:00.000Z';
const T2 = '2026-12-03T11:45:00.000Z';

function leadPlan(patch: Partial<Plan> = {}): Plan {
  return {
    ...emptyPlan(),
    partnershipId: ID,
    role: 'lead',
    names: {partnership: '医療連携', lead: '株式会社エー', partner: 'Bee Ltd', customer: 'シー病院'},
    pattern: 'p2',
    patternAnswers: {contract: 'one'},
    customerSystems: true,
    sector: 'medical',
    step: 'review',
    reached: 'review',
    ...patch,
  };
}

const lines = deriveChecklist(leadPlan());
const [a, b, c] = [lines[0]!.id, lines[1]!.id, lines[2]!.id];

function start(plan?: Plan) {
  const actor = createActor(plannerMachine, {input: plan ? {plan} : {}});
  actor.start();
  return actor;
}

function send(actor: ReturnType<typeof start>, ...events: PlannerEvent[]): Snapshot {
  for (const e of events) actor.send(e);
  return actor.getSnapshot();
}

/** The partner's version: three lines changed, stamped by the partner. */
function partnerVersion(mine: Plan): Plan {
  const partner = start({...mine, role: 'partner', received: T0});
  return send(
    partner,
    {type: 'SET_LINE_STATUS', line: a, status: 'done', at: T1},
    {type: 'SET_LINE_OWNER', line: b, owner: 'partner', at: T1},
    {type: 'SET_LINE_NOTE', line: c, note: 'SLAは99.9%で <確認>', at: T1},
  ).context.plan;
}

describe('who changed a line, and when', () => {
  it("a change to a line is stamped with the plan's side, the name it goes by and the moment", () => {
    const actor = start(leadPlan());
    const plan = send(actor, {type: 'SET_LINE_STATUS', line: a, status: 'confirm', at: T1}).context.plan;
    expect(plan.edits[a]).toEqual({by: 'lead', name: '株式会社エー', at: T1});
    // every kind of line change stamps
    const after = send(
      actor,
      {type: 'SET_LINE_OWNER', line: b, owner: 'both', at: T2},
      {type: 'SET_LINE_OUTCOME', line: c, outcome: '合意', at: T2},
    ).context.plan;
    expect(after.edits[b]).toEqual({by: 'lead', name: '株式会社エー', at: T2});
    expect(after.edits[c]?.at).toBe(T2);
  });

  it('setting a line to what it already holds leaves its stamp alone; a refused note stamps nothing', () => {
    const actor = start(leadPlan());
    send(actor, {type: 'SET_LINE_STATUS', line: a, status: 'confirm', at: T1});
    expect(send(actor, {type: 'SET_LINE_STATUS', line: a, status: 'confirm', at: T2}).context.plan.edits[a]?.at).toBe(
      T1,
    );
    expect(
      send(actor, {type: 'SET_LINE_NOTE', line: b, note: 'x\u0007', at: T2}).context.plan.edits[b],
    ).toBeUndefined();
  });

  it('shows in the exports: a column before the id, and a line in Markdown', () => {
    const plan = partnerVersion(leadPlan());
    const table = exportRows(deriveChecklist(plan), plan, 'plan', 'en');
    expect(table.columns.at(-2)).toBe('changed');
    expect(table.header.at(-2)).toBe('Last changed by');
    const row = table.rows.find((r) => r.at(-1) === a)!;
    expect(row.at(-2)).toBe('Partner provider (Bee Ltd)・2026-12-02 10:30 UTC');
    expect(table.rows.find((r) => r.at(-1) === lines[5]!.id)!.at(-2)).toBe('');
    const md = toMarkdown(plan, deriveChecklist(plan), 'plan', 'ja', new Date(T2));
    expect(md).toContain('**最終更新**：連携先の事業者（Bee Ltd）・2026-12-02 10:30 UTC');
  });
});

describe("a plan of the same partnership is compared, not opened over the reader's", () => {
  it("opening it sets both versions side by side and changes nothing of the reader's plan", () => {
    const mine = leadPlan();
    const theirs = partnerVersion(mine);
    const actor = start(mine);
    const s = send(actor, {type: 'LOAD', plan: theirs, origin: 'file', at: T2});
    expect(s.context.plan).toEqual(mine);
    expect(s.context.previous).toBeNull();
    expect(s.context.comparing?.origin).toBe('file');
    expect(comparePlans(s.context.plan, s.context.comparing!.theirs).map((ch) => ch.key)).toEqual([
      `line|${a}|status`,
      `line|${b}|owner`,
      `line|${c}|note`,
    ]);
  });

  it('an unrelated plan, a plan with no partnership, or any plan over a blank one is opened as before', () => {
    const mine = leadPlan();
    const other = {...partnerVersion(mine), partnershipId: 'ffffffffffffffffffffffffffffffff'};
    expect(send(start(mine), {type: 'LOAD', plan: other, origin: 'link'}).context).toMatchObject({
      comparing: null,
      previous: mine,
    });
    const old = {...partnerVersion(mine), partnershipId: null};
    expect(
      send(start({...mine, partnershipId: null}), {type: 'LOAD', plan: old, origin: 'link'}).context.comparing,
    ).toBeNull();
    const blank = {...emptyPlan(), partnershipId: ID};
    const s = send(start(blank), {type: 'LOAD', plan: partnerVersion(mine), origin: 'link', at: T2});
    expect(s.context.comparing).toBeNull();
    expect(s.context.plan.lines[a]).toEqual({status: 'done'});
    // opened: it counts as received from the other party, at that moment
    expect(s.context.plan.received).toBe(T2);
    expect(samePartnership(blank, mine)).toBe(false);
  });

  it('taking two and keeping one: the plan takes what was taken, the stamps follow, and it can be undone', () => {
    const mine = leadPlan();
    const theirs = partnerVersion(mine);
    const actor = start(mine);
    send(
      actor,
      {type: 'LOAD', plan: theirs, origin: 'file', at: T2},
      {type: 'COMPARE_DECIDE', key: `line|${a}|status`, decision: 'theirs'},
      {type: 'COMPARE_DECIDE', key: `line|${c}|note`, decision: 'theirs'},
      {type: 'COMPARE_DECIDE', key: `line|${b}|owner`, decision: 'mine'},
    );
    const s = send(actor, {type: 'COMPARE_APPLY', at: T2});
    expect(s.context.comparing).toBeNull();
    expect(s.context.notice).toEqual({kind: 'merged', origin: 'file', taken: 2, kept: 1});
    expect(s.context.plan.lines[a]).toEqual({status: 'done'});
    expect(s.context.plan.lines[c]).toEqual({note: 'SLAは99.9%で <確認>'});
    expect(s.context.plan.lines[b]).toBeUndefined();
    // taken lines keep the partner's stamp; the kept one is the reader's, now
    expect(s.context.plan.edits[a]).toEqual({by: 'partner', name: 'Bee Ltd', at: T1});
    expect(s.context.plan.edits[b]).toEqual({by: 'lead', name: '株式会社エー', at: T2});
    expect(s.context.plan.received).toBe(T2);
    expect(s.context.plan.role).toBe('lead');
    expect(s.context.plan.partnershipId).toBe(ID);
    // one line differs from what the partner sent: the one kept
    expect(changedSinceReceived(s.context.plan)).toEqual([b]);

    const undone = send(actor, {type: 'RESTORE_PREVIOUS'});
    expect(undone.context.plan).toEqual(mine);
  });

  it('decisions for all, and keeping both notes', () => {
    const mine = leadPlan({lines: {[c]: {note: '自社メモ'}}});
    const theirs = partnerVersion(mine);
    const actor = start(mine);
    send(actor, {type: 'LOAD', plan: theirs, origin: 'link'}, {type: 'COMPARE_DECIDE_ALL', decision: 'both'});
    expect(actor.getSnapshot().context.comparing?.decisions).toEqual({
      [`line|${a}|status`]: 'theirs',
      [`line|${b}|owner`]: 'theirs',
      [`line|${c}|note`]: 'both',
    });
    const s = send(actor, {type: 'COMPARE_APPLY', at: T2});
    expect(s.context.plan.lines[c]?.note).toBe('自社メモ\nSLAは99.9%で <確認>');
    expect(s.context.plan.edits[c]?.by).toBe('lead');
  });

  it('refuses "both" on a value that is not text and a decision on a change that is not there', () => {
    const mine = leadPlan();
    const actor = start(mine);
    send(actor, {type: 'LOAD', plan: partnerVersion(mine), origin: 'link'});
    send(actor, {type: 'COMPARE_DECIDE', key: `line|${a}|status`, decision: 'both'});
    send(actor, {type: 'COMPARE_DECIDE', key: 'line|nowhere|status', decision: 'theirs'});
    expect(actor.getSnapshot().context.comparing?.decisions).toEqual({});
  });

  it('closing the comparison changes nothing; replacing opens theirs as an unrelated plan would be', () => {
    const mine = leadPlan();
    const theirs = partnerVersion(mine);
    const actor = start(mine);
    const closed = send(actor, {type: 'LOAD', plan: theirs, origin: 'link'}, {type: 'COMPARE_CANCEL'});
    expect(closed.context.plan).toEqual(mine);
    expect(closed.context.comparing).toBeNull();
    expect(closed.context.previous).toBeNull();
    const replaced = send(actor, {type: 'LOAD', plan: theirs, origin: 'link'}, {type: 'COMPARE_REPLACE', at: T2});
    expect(replaced.context.plan.lines).toEqual(theirs.lines);
    expect(replaced.context.previous).toEqual(mine);
    expect(replaced.context.notice).toEqual({kind: 'loaded', origin: 'link'});
    expect(send(actor, {type: 'RESTORE_PREVIOUS'}).context.plan).toEqual(mine);
    // with no comparison open, the comparison's events do nothing
    const before = actor.getSnapshot().context;
    expect(
      send(actor, {type: 'COMPARE_APPLY', at: T2}, {type: 'COMPARE_DECIDE_ALL', decision: 'theirs'}).context,
    ).toEqual(before);
  });

  it('a line the reader changes while comparing is compared as it stands now', () => {
    const mine = leadPlan();
    const actor = start(mine);
    send(
      actor,
      {type: 'LOAD', plan: partnerVersion(mine), origin: 'file'},
      {type: 'COMPARE_DECIDE_ALL', decision: 'theirs'},
    );
    // the reader sets the first line as the partner did: no longer a change
    const s = send(actor, {type: 'SET_LINE_STATUS', line: a, status: 'done', at: T2}, {type: 'COMPARE_APPLY', at: T2});
    expect(s.context.notice).toEqual({kind: 'merged', origin: 'file', taken: 2, kept: 0});
    expect(s.context.plan.lines[a]).toEqual({status: 'done'});
    expect(s.context.plan.edits[a]?.by).toBe('lead');
  });

  it('a partnership id is taken once, and only in its form', () => {
    const actor = start({...leadPlan(), partnershipId: null});
    expect(send(actor, {type: 'START_PARTNERSHIP', id: '<script>'}).context.plan.partnershipId).toBeNull();
    expect(send(actor, {type: 'START_PARTNERSHIP', id: ID}).context.plan.partnershipId).toBe(ID);
    expect(send(actor, {type: 'START_PARTNERSHIP', id: 'ffffffffffffffff'}).context.plan.partnershipId).toBe(ID);
  });
});

describe("the comparison set out as the checklist is, in the reader's language", () => {
  it('groups line changes under their checklist row, names each line, and writes values as text', () => {
    const mine = leadPlan({names: {...leadPlan().names, partnership: '医療連携（案）'}});
    const theirs = partnerVersion(leadPlan());
    const changes = comparePlans(mine, theirs);
    const view = comparisonView(mine, theirs, changes);
    expect(view.answers.map((ch) => ch.field)).toEqual(['names.partnership']);
    const all = view.groups.flatMap((g) => g.lines);
    expect(all.map((l) => l.id)).toEqual([a, b, c]);
    expect(view.groups[0]!.group!.name.ja).toBe(lines[0]!.group.name.ja);
    const la = all[0]!;
    expect(la.line?.text.ja).toBe(lines[0]!.text.ja);
    expect(la.theirs).toEqual({by: 'partner', name: 'Bee Ltd', at: T1});
    const status = la.changes[0]!;
    expect(changeLabel(status, mine, 'ja')).toBe('状況');
    expect(valueText(status, status.mine, la.line, mine, 'ja')).toBe('未着手（既定）');
    expect(valueText(status, status.theirs, la.line, mine, 'en')).toBe('Done');
    const owner = all[1]!.changes[0]!;
    expect(valueText(owner, owner.theirs, all[1]!.line, mine, 'en')).toBe('Partner provider (Bee Ltd)');
    const name = view.answers[0]!;
    expect(changeLabel(name, mine, 'en')).toBe('Name of the partnership (plan)');
    expect(valueText(name, name.theirs, null, mine, 'ja')).toBe('医療連携');
  });

  it("counts only the reader's own changes since the other party's version came", () => {
    const plan = leadPlan({
      received: T1,
      edits: {
        [a]: {by: 'lead', name: 'A', at: T2},
        [b]: {by: 'lead', name: 'A', at: T0},
        [c]: {by: 'partner', name: 'B', at: T2},
      },
    });
    expect(changedSinceReceived(plan)).toEqual([a]);
    expect(changedSinceReceived({...plan, received: null})).toEqual([a, b]);
  });

  it("applyComparison with nothing decided gives the reader's answers and lines", () => {
    const mine = leadPlan();
    const theirs = partnerVersion(mine);
    const merged = applyComparison(mine, theirs, {}, T2);
    expect(merged.lines).toEqual(mine.lines);
    expect(merged.received).toBe(T2);
  });
});

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

describe('plan format 5', () => {
  it('is the version written, and carries the partnership, the stamps, when theirs was received, the agreed values, the marks and the base', () => {
    expect(PLAN_VERSION).toBe(5);
    const plan: Plan = {
      ...partnerVersion(leadPlan()),
      values: {
        'providerSla.availability': {value: 99.5, by: 'partner', agreed: true},
        'customerSla.availability': {value: 99.9, by: 'lead', agreed: false},
        'customerSla.hours@partner': {
          value: {days: ['mon', 'tue'], from: '22:00', to: '06:00'},
          by: 'lead',
          agreed: false,
        },
        'jointProvision.term': {value: {amount: 12, unit: 'months'}, by: null, agreed: false},
        'jointProvision.start': {value: '2027-04-01', by: 'lead', agreed: true},
        'customerSla.region': {value: ['JP'], by: 'lead', agreed: true},
        'jointProvision.renewal': {value: 'automatic', by: 'partner', agreed: false},
      },
      marks: {lead: {name: '株式会社エー 山田', date: '2026-12-06', fingerprint: 'a'.repeat(64)}},
      base: 'b'.repeat(64),
    };
    const back = parsePlanFile(serializePlanFile(toPlanFile(plan, 'ja', new Date(T2))));
    expect(back.ok && back.file.plan).toEqual(plan);
    const link = decodeShareFragment(encodeShareFragment(plan, 'en', new Date(T2)));
    expect(link.ok && link.file.plan).toEqual(plan);
  });

  it('opens the version-3 file and link: the contact sheet and per-provider statuses kept, no partnership yet', () => {
    for (const result of [
      parsePlanFile(fixture('plan-file-v3.json')),
      decodeShareFragment(fixture('share-link-v3.txt').trim()),
    ]) {
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      const p = result.file.plan;
      expect(result.file.version).toBe(PLAN_VERSION);
      expect(p.names.partnership).toBe('医療連携（版3）');
      expect(p.contacts.lead.faults).toEqual({
        name: '障害窓口',
        department: '運用部',
        reach: '03-0000-0000',
        hours: '24時間',
      });
      expect(p.lines['serviceContract.individualContracts.fees.q1']).toEqual({
        note: '<b>両社</b>に確認',
        providerStatus: {lead: 'done', partner: 'confirm'},
      });
      expect(p.meeting).toEqual({date: '2026-12-10', attendees: '山田、Smith', agenda: []});
      expect({partnershipId: p.partnershipId, edits: p.edits, received: p.received}).toEqual({
        partnershipId: null,
        edits: {},
        received: null,
      });
      expect({values: p.values, marks: p.marks, base: p.base}).toEqual({values: {}, marks: {}, base: null});
    }
  });

  it('opens the version-4 file and link: the partnership, the stamps and the receipt kept, no values, marks or base yet', () => {
    for (const result of [
      parsePlanFile(fixture('plan-file-v4.json')),
      decodeShareFragment(fixture('share-link-v4.txt').trim()),
    ]) {
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      const p = result.file.plan;
      expect(result.file.version).toBe(PLAN_VERSION);
      expect(p.partnershipId).toBe('6f1c2d9e8a7b4c3d2e1f0a9b8c7d6e5f');
      expect(p.edits['license.scope.q1']).toEqual({
        by: 'partner',
        name: 'ビー株式会社',
        at: '2026-11-21T04:05:06.000Z',
      });
      expect(p.received).toBe('2026-11-21T05:00:00.000Z');
      expect(p.lines['providerSla.serviceLevel.q1']).toEqual({status: 'open', note: '稼働率 99.5% を提示された'});
      expect(p.lines['license.scope.q1']).toEqual({owner: 'partner', outcome: '範囲は国内の医療機関に限る'});
      expect(p.meeting.agenda).toEqual(['jointProvision.purpose.q1', 'license.scope.q1']);
      expect({values: p.values, marks: p.marks, base: p.base}).toEqual({values: {}, marks: {}, base: null});
    }
  });

  it('refuses values, marks or a base that are not of their shape, as a damaged plan', () => {
    const file = JSON.parse(serializePlanFile(toPlanFile(leadPlan(), 'ja', new Date(T2)))) as {
      plan: Record<string, unknown>;
    };
    for (const bad of [
      {values: {'providerSla.availability': {value: true, by: 'lead', agreed: true}}},
      {values: {'providerSla.availability': {value: 'ninety nine', by: 'lead', agreed: true}}},
      {values: {'providerSla.availability': {value: Number.MAX_VALUE * 0, by: 'lead'}}},
      {values: {'not an id': {value: 99, by: 'lead', agreed: true}}},
      {values: {'providerSla.availability': {value: 99, by: 'boss', agreed: true}}},
      {values: {'providerSla.availability': {value: {amount: 1, unit: 'weeks'}, by: null, agreed: false}}},
      {values: {'providerSla.availability': {value: 99, by: null, agreed: false, extra: '<b>'}}},
      {marks: {lead: {name: 'A', date: '6 Dec', fingerprint: 'a'.repeat(64)}}},
      {marks: {lead: {name: 'A', date: '2026-12-06', fingerprint: 'xyz'}}},
      {base: 'not a fingerprint'},
    ]) {
      const result = parsePlanFile(JSON.stringify({...file, plan: {...file.plan, ...bad}}));
      expect(result, JSON.stringify(bad)).toEqual({ok: false, error: 'invalid'});
    }
    const unsafe = {marks: {lead: {name: 'A\u202E', date: '2026-12-06', fingerprint: 'a'.repeat(64)}}};
    expect(parsePlanFile(JSON.stringify({...file, plan: {...file.plan, ...unsafe}}))).toEqual({
      ok: false,
      error: 'unsafeText',
    });
  });

  it('opens the version-1 file with no partnership, stamps or receipt', () => {
    const result = parsePlanFile(fixture('plan-file-v1.json'));
    expect(result.ok && {id: result.file.plan.partnershipId, edits: result.file.plan.edits}).toEqual({
      id: null,
      edits: {},
    });
  });

  it('refuses a stamp or id that does not hold together, as any bad plan is refused; drops stamps of unknown lines', () => {
    const file = JSON.parse(serializePlanFile(toPlanFile(partnerVersion(leadPlan()), 'ja', new Date(T2))));
    const withPlan = (patch: Record<string, unknown>) => readPlanFile({...file, plan: {...file.plan, ...patch}});
    expect(withPlan({edits: {[a]: {by: 'partner', name: 'B\u202Eevil', at: T1}}})).toEqual({
      ok: false,
      error: 'unsafeText',
    });
    expect(withPlan({edits: {[a]: {by: 'partner', name: 'B', at: 'yesterday'}}})).toEqual({
      ok: false,
      error: 'invalid',
    });
    expect(withPlan({edits: {[a]: {by: 'someone', name: 'B', at: T1}}})).toEqual({ok: false, error: 'invalid'});
    expect(withPlan({partnershipId: '../../etc'})).toEqual({ok: false, error: 'invalid'});
    expect(withPlan({received: 42})).toEqual({ok: false, error: 'invalid'});
    const unknown = withPlan({edits: {'no.such.line': {by: 'partner', name: 'B', at: T1}}});
    expect(unknown.ok && unknown.file.plan.edits).toEqual({});
  });
});
