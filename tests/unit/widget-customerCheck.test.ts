/**
 * The customer check's machine and selectors: the choice, and the planner's
 * customer view, 図表31 and the continue intent that follow from it.
 */
import {describe, expect, it} from 'vitest';
import {createActor} from 'xstate';
import {customerWatch, getAgreement, type PatternId} from '@site/src/catalog';
import {deriveChecklist, viewLines} from '@site/src/planner/checklist';
import {decodeIntent, encodeIntent} from '@site/src/planner/intent';
import {emptyPlan} from '@site/src/planner/plan';
import {
  DEFAULT_CHOICE,
  confirmGroups,
  continueIntent,
  customerCheckMachine,
  customerPlan,
  faultContact,
  questionCount,
  watchTopics,
  type CustomerCheckContext,
} from '@site/src/planner/widgets/customerCheck';

const CHOICES: CustomerCheckContext[] = (['p1', 'p2'] as const).flatMap((pattern) =>
  [false, true].map((customerSystems) => ({pattern, customerSystems})),
);

const label = (c: CustomerCheckContext) => `${c.pattern}, systems ${c.customerSystems ? 'yes' : 'no'}`;

describe('customerCheckMachine', () => {
  it('starts on pattern 1 with no systems of the customer’s own', () => {
    const actor = createActor(customerCheckMachine, {input: {}}).start();
    expect(actor.getSnapshot().context).toEqual({pattern: 'p1', customerSystems: false});
    expect(DEFAULT_CHOICE).toEqual({pattern: 'p1', customerSystems: false});
  });

  it('takes an initial choice as input', () => {
    const actor = createActor(customerCheckMachine, {input: {pattern: 'p2', customerSystems: true}}).start();
    expect(actor.getSnapshot().context).toEqual({pattern: 'p2', customerSystems: true});
  });

  it('chooses the pattern and the customer’s systems', () => {
    const actor = createActor(customerCheckMachine, {input: {}}).start();
    actor.send({type: 'CHOOSE_PATTERN', pattern: 'p2'});
    expect(actor.getSnapshot().context.pattern).toBe('p2');
    actor.send({type: 'SET_CUSTOMER_SYSTEMS', value: true});
    expect(actor.getSnapshot().context).toEqual({pattern: 'p2', customerSystems: true});
    actor.send({type: 'CHOOSE_PATTERN', pattern: 'p1'});
    actor.send({type: 'SET_CUSTOMER_SYSTEMS', value: false});
    expect(actor.getSnapshot().context).toEqual({pattern: 'p1', customerSystems: false});
  });

  it('ignores a pattern the guide does not have, and the pattern already chosen', () => {
    const actor = createActor(customerCheckMachine, {input: {}}).start();
    const before = actor.getSnapshot();
    expect(before.can({type: 'CHOOSE_PATTERN', pattern: 'p1'})).toBe(false);
    actor.send({type: 'CHOOSE_PATTERN', pattern: 'p3' as PatternId});
    expect(actor.getSnapshot().context).toEqual(before.context);
    expect(before.can({type: 'CHOOSE_PATTERN', pattern: 'p2'})).toBe(true);
  });
});

describe('customerPlan', () => {
  it('is the planner’s plan for a customer with this choice', () => {
    expect(customerPlan({pattern: 'p2', customerSystems: true})).toEqual({
      ...emptyPlan(),
      role: 'customer',
      pattern: 'p2',
      customerSystems: true,
    });
  });
});

describe('confirmGroups', () => {
  for (const choice of CHOICES) {
    it(`is the planner's customer view, less 図表31, grouped by agreement (${label(choice)})`, () => {
      const plan = {...emptyPlan(), role: 'customer' as const, ...choice};
      const expected = viewLines(deriveChecklist(plan), 'customer', plan).filter((l) => l.group.kind === 'agreement');
      const groups = confirmGroups(choice);
      const flattened = groups.flatMap((g) => g.sections.flatMap((s) => s.items.flatMap((i) => i.lines)));
      expect(flattened.map((l) => l.id)).toEqual(expected.map((l) => l.id));
      expect(questionCount(choice)).toBe(expected.length);
      for (const group of groups) {
        const agreement = getAgreement(group.agreement);
        expect(agreement.parties).toBe('customer');
        expect(group.name).toBe(agreement.name);
        expect(group.figure).toBe(agreement.figure);
        const lines = group.sections.flatMap((s) => s.items.flatMap((i) => i.lines));
        expect(group.count).toBe(lines.length);
        expect(group.siteCount).toBe(lines.filter((l) => l.source === 'site').length);
        for (const section of group.sections) {
          for (const block of section.items) {
            expect(block.lines.every((l) => l.item.ja === block.item.ja)).toBe(true);
          }
        }
      }
    });
  }

  it('holds the service contract, SLA and terms of use; the customer NDA only with the customer’s systems', () => {
    expect(confirmGroups({pattern: 'p1', customerSystems: false}).map((g) => g.agreement)).toEqual([
      'serviceContract',
      'customerSla',
      'termsOfUse',
    ]);
    expect(confirmGroups({pattern: 'p2', customerSystems: true}).map((g) => g.agreement)).toEqual([
      'customerNda',
      'serviceContract',
      'customerSla',
      'termsOfUse',
    ]);
  });

  it('splits the service contract by the variants of 図表27 the choice calls for', () => {
    const variants = (c: CustomerCheckContext) =>
      confirmGroups(c)
        .find((g) => g.agreement === 'serviceContract')!
        .sections.map((s) => s.variant);
    const named = getAgreement('serviceContract').variants!;
    const name = (id: string) => named.find((v) => v.id === id)!.name;
    expect(variants({pattern: 'p1', customerSystems: false})).toEqual([name('individualContracts')]);
    expect(variants({pattern: 'p2', customerSystems: false})).toEqual([name('singleContract')]);
    expect(variants({pattern: 'p2', customerSystems: true})).toEqual([name('singleContract'), name('customerSystems')]);
    // an agreement without variants has one unnamed section
    const sla = confirmGroups(DEFAULT_CHOICE).find((g) => g.agreement === 'customerSla')!;
    expect(sla.sections.map((s) => s.variant)).toEqual([null]);
  });

  it('changes with each answer', () => {
    const ids = (c: CustomerCheckContext) =>
      confirmGroups(c).flatMap((g) => g.sections.flatMap((s) => s.items.flatMap((i) => i.lines.map((l) => l.id))));
    const base = ids({pattern: 'p1', customerSystems: false});
    expect(ids({pattern: 'p2', customerSystems: false})).not.toEqual(base);
    expect(ids({pattern: 'p1', customerSystems: true}).length).toBeGreaterThan(base.length);
  });
});

describe('図表31', () => {
  for (const pattern of ['p1', 'p2'] as const) {
    it(`gives fault isolation as whom to call, and the other topics as points (${pattern})`, () => {
      const fault = faultContact({pattern, customerSystems: false});
      const topic = customerWatch.find((w) => w.id === 'faultIsolation')!;
      expect(fault.contact).toBe(pattern === 'p2' ? 'contractedProvider' : 'eachProvider');
      expect(fault.topic).toBe(topic.topic);
      expect(fault.points).toBe(topic.byPattern[pattern]);
      const others = watchTopics({pattern, customerSystems: true});
      expect(others.map((t) => t.id)).toEqual(customerWatch.filter((w) => w.id !== 'faultIsolation').map((w) => w.id));
      for (const t of others) {
        expect(t.points).toBe(customerWatch.find((w) => w.id === t.id)!.byPattern[pattern]);
      }
    });
  }
});

describe('continueIntent', () => {
  for (const choice of CHOICES) {
    it(`carries the role and the choice (${label(choice)})`, () => {
      const intent = continueIntent(choice);
      expect(intent).toEqual({role: 'customer', ...choice});
      expect(decodeIntent(encodeIntent(intent))).toEqual(intent);
    });
  }
});
