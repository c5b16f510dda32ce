/**
 * Comparing the reader's plan with the one the other party sent back, and
 * merging them by the reader's decisions. Generated plans: taking every
 * change of theirs gives their plan, keeping every change of one's own
 * changes nothing, and what was decided is all that moves.
 */
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {sectors, techRequirements} from '@site/src/catalog';
import {allLineIds} from '@site/src/planner/checklist';
import {bothTexts, comparePlans, decideAll, mergePlans, type Decision} from '@site/src/planner/compare';
import {
  CONTACT_FIELDS,
  CONTACT_KINDS,
  LINE_STATUSES,
  OWNERS,
  PROVIDERS,
  emptyContacts,
  emptyPlan,
  type LineState,
  type Plan,
} from '@site/src/planner/plan';

const lineIds = [...allLineIds()].slice(0, 40);
const text = fc.oneof(fc.constant(''), fc.string({maxLength: 12}), fc.constantFrom('<SLA> 確認', '価格表\n次回'));

const lineStateArb: fc.Arbitrary<LineState> = fc.record(
  {
    status: fc.constantFrom(...LINE_STATUSES),
    owner: fc.constantFrom(...OWNERS),
    note: text,
    outcome: text,
    choices: fc.uniqueArray(fc.constantFrom('layer1.1.1', 'log3', 'log8'), {maxLength: 2}),
    providerStatus: fc.record(
      {lead: fc.constantFrom(...LINE_STATUSES), partner: fc.constantFrom(...LINE_STATUSES)},
      {requiredKeys: []},
    ),
  },
  {requiredKeys: []},
);

const contactsArb = fc
  .array(
    fc.tuple(
      fc.constantFrom(...PROVIDERS),
      fc.constantFrom(...CONTACT_KINDS),
      fc.constantFrom(...CONTACT_FIELDS),
      text,
    ),
    {maxLength: 4},
  )
  .map((cells) => {
    const contacts = emptyContacts();
    for (const [p, k, f, v] of cells) contacts[p][k][f] = v;
    return contacts;
  });

const planArb: fc.Arbitrary<Plan> = fc
  .record({
    role: fc.constantFrom('lead' as const, 'partner' as const),
    partnership: text,
    lead: text,
    pattern: fc.constantFrom('p1' as const, 'p2' as const, null),
    contract: fc.option(fc.constantFrom('one' as const, 'each' as const), {nil: undefined}),
    customerSystems: fc.constantFrom(true, false, null),
    sector: fc.option(fc.constantFrom(...sectors.map((s) => s.id)), {nil: null}),
    personalInfo: fc.boolean(),
    requirements: fc.shuffledSubarray(techRequirements.map((r) => r.id)),
    jointSales: fc.option(fc.boolean(), {nil: undefined}),
    lines: fc.dictionary(fc.constantFrom(...lineIds), lineStateArb, {maxKeys: 6}),
    attendees: text,
    agenda: fc.uniqueArray(fc.constantFrom(...lineIds), {maxLength: 3}),
    contacts: contactsArb,
  })
  .map((r) => ({
    ...emptyPlan(),
    role: r.role,
    names: {...emptyPlan().names, partnership: r.partnership, lead: r.lead},
    pattern: r.pattern,
    patternAnswers: r.contract ? {contract: r.contract} : {},
    customerSystems: r.customerSystems,
    sector: r.sector,
    data: {personalInfo: r.personalInfo, tradeSecret: false},
    requirements: r.requirements,
    agreementChoices: r.jointSales === undefined ? {} : {jointSales: r.jointSales},
    lines: r.lines,
    meeting: {date: '', attendees: r.attendees, agenda: r.agenda},
    contacts: r.contacts,
  }));

describe('comparing and merging two versions of a plan', () => {
  it('finds nothing to compare in a plan and itself', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        expect(comparePlans(plan, plan)).toEqual([]);
        expect(comparePlans(plan, structuredClone(plan))).toEqual([]);
      }),
    );
  });

  it('keeping every change of one’s own changes nothing', () => {
    fc.assert(
      fc.property(planArb, planArb, (mine, theirs) => {
        const changes = comparePlans(mine, theirs);
        expect(mergePlans(mine, theirs, decideAll(changes, 'mine'))).toEqual(mine);
        expect(mergePlans(mine, theirs, {})).toEqual(mine);
      }),
    );
  });

  it('taking every change of theirs gives their plan, with the reader still in their own role and place', () => {
    fc.assert(
      fc.property(planArb, planArb, (mine, theirs) => {
        const merged = mergePlans(mine, theirs, decideAll(comparePlans(mine, theirs), 'theirs'));
        expect(comparePlans(merged, theirs)).toEqual([]);
        expect(merged.role).toBe(mine.role);
        expect(merged.step).toBe(mine.step);
      }),
    );
  });

  it('moves exactly what was decided: a change taken is theirs, every other stays the reader’s', () => {
    fc.assert(
      fc.property(
        planArb,
        planArb,
        fc.infiniteStream(fc.constantFrom<Decision>('mine', 'theirs')),
        (mine, theirs, picks) => {
          const changes = comparePlans(mine, theirs);
          const decisions = Object.fromEntries(changes.map((c) => [c.key, picks.next().value]));
          const merged = mergePlans(mine, theirs, decisions);
          const left = new Map(comparePlans(merged, theirs).map((c) => [c.key, c]));
          for (const c of changes) {
            if (decisions[c.key] === 'theirs') expect(left.has(c.key), c.key).toBe(false);
            else expect(left.get(c.key)?.mine, c.key).toEqual(c.mine);
          }
        },
      ),
    );
  });

  it('keeps both notes, the reader’s first, each whole', () => {
    const id = lineIds[0]!;
    const mine = {...emptyPlan(), lines: {[id]: {note: '<SLA> 99.9%'}}};
    const theirs = {...emptyPlan(), lines: {[id]: {note: '99.5%で合意可', status: 'confirm' as const}}};
    const changes = comparePlans(mine, theirs);
    expect(changes.map((c) => c.key).sort()).toEqual([`line|${id}|note`, `line|${id}|status`].sort());
    const merged = mergePlans(mine, theirs, decideAll(changes, 'both'));
    expect(merged.lines[id]).toEqual({note: '<SLA> 99.9%\n99.5%で合意可', status: 'confirm'});
    expect(bothTexts('', 'x')).toBe('x');
    expect(bothTexts('x', 'x')).toBe('x');
  });

  it('compares the meeting and the contact sheet too', () => {
    const mine = emptyPlan();
    const theirs = {
      ...emptyPlan(),
      meeting: {date: '2026-12-10', attendees: '山田', agenda: []},
      contacts: emptyContacts(),
    };
    theirs.contacts.lead.faults.reach = 'ops@example.jp';
    const keys = comparePlans(mine, theirs).map((c) => c.key);
    expect(keys).toEqual(['meeting|date', 'meeting|attendees', 'contact|lead.faults.reach']);
  });
});

describe('agreed values and marks in a comparison', () => {
  it("shows the other party's value and mark beside the reader's, named as the guide names the value, and takes them when asked", async () => {
    const {changeLabel, valueText} = await import('@site/src/planner/compareText');
    const mine = {
      ...emptyPlan(),
      role: 'lead' as const,
      pattern: 'p2' as const,
      values: {'providerSla.availability': {value: 99.9, by: 'lead' as const, agreed: false}},
    };
    const theirs = {
      ...mine,
      role: 'partner' as const,
      values: {'providerSla.availability': {value: 99.5, by: 'partner' as const, agreed: false}},
      marks: {partner: {name: 'ビー株式会社 佐藤', date: '2026-12-06', fingerprint: 'c'.repeat(64)}},
    };
    const changes = comparePlans(mine, theirs);
    expect(changes.map((c) => c.key)).toEqual(['value|providerSla.availability', 'mark|partner']);
    const [value, mark] = changes as [(typeof changes)[number], (typeof changes)[number]];
    expect(changeLabel(value, mine, 'ja')).toBe('稼働率（図表16）');
    expect(valueText(value, value.mine, null, mine, 'ja')).toBe('99.9%（提案中）');
    expect(valueText(value, value.theirs, null, mine, 'en')).toBe('99.5% (proposed)');
    expect(changeLabel(mark, mine, 'en')).toBe('Record of agreement: Partner provider');
    const merged = mergePlans(mine, theirs, decideAll(changes, 'theirs'));
    expect(merged.values).toEqual(theirs.values);
    expect(merged.marks).toEqual(theirs.marks);
    // keeping mine keeps it whole
    expect(mergePlans(mine, theirs, decideAll(changes, 'mine'))).toEqual(mine);
  });
});
