/** The pattern comparison widget of chapter 2: its machine and what it derives from the rules. */
import {describe, expect, it} from 'vitest';
import {createActor} from 'xstate';
import {customerWatch, getPattern, type PatternId} from '@site/src/catalog';
import {decodeIntent, encodeIntent} from '@site/src/planner/intent';
import {includedAgreements, patternDifference} from '@site/src/planner/rules';
import {
  DEFAULT_PATTERN,
  comparisonPlan,
  patternComparisonMachine,
  selectAgreementChanges,
  selectCustomerPosition,
  selectIntent,
  selectPattern,
  type PatternComparisonEvent,
} from '@site/src/planner/widgets/patternComparison';

const ctx = (pattern: PatternId) => ({pattern});

describe('patternComparison machine', () => {
  it('starts on pattern 1', () => {
    const actor = createActor(patternComparisonMachine).start();
    expect(DEFAULT_PATTERN).toBe('p1');
    expect(actor.getSnapshot().context).toEqual({pattern: 'p1'});
  });

  it('switches between the patterns', () => {
    const actor = createActor(patternComparisonMachine).start();
    actor.send({type: 'CHOOSE_PATTERN', pattern: 'p2'});
    expect(actor.getSnapshot().context.pattern).toBe('p2');
    actor.send({type: 'CHOOSE_PATTERN', pattern: 'p1'});
    expect(actor.getSnapshot().context.pattern).toBe('p1');
  });

  it('ignores the pattern already shown and unknown patterns', () => {
    const actor = createActor(patternComparisonMachine).start();
    expect(actor.getSnapshot().can({type: 'CHOOSE_PATTERN', pattern: 'p1'})).toBe(false);
    expect(actor.getSnapshot().can({type: 'CHOOSE_PATTERN', pattern: 'p2'})).toBe(true);
    actor.send({type: 'CHOOSE_PATTERN', pattern: 'p9'} as unknown as PatternComparisonEvent);
    expect(actor.getSnapshot().context.pattern).toBe('p1');
  });
});

describe('patternComparison selectors', () => {
  it('asks the rules about the pattern alone', () => {
    const plan = comparisonPlan('p2');
    expect(plan.pattern).toBe('p2');
    expect(plan.customerSystems).toBeNull();
    expect(plan.agreementChoices).toEqual({});
  });

  for (const p of ['p1', 'p2'] as const) {
    it(`shows the catalog's pattern (${p})`, () => {
      expect(selectPattern(ctx(p))).toBe(getPattern(p));
      expect(selectPattern(ctx(p)).figure).toBe(p === 'p1' ? 5 : 6);
    });
  }

  it('pattern 2 adds the license, revenue share and providers’ SLA agreements', () => {
    const changes = selectAgreementChanges(ctx('p2'));
    expect(changes.comparedWith.id).toBe('p1');
    expect(changes.added.map((a) => a.id)).toEqual(['license', 'revenueShare', 'providerSla']);
    expect(changes.added.map((a) => a.figure)).toEqual([12, 15, 16]);
    expect(changes.removed).toEqual([]);
    expect(changes.reasons).toEqual(['singleContractOnly']);
  });

  it('pattern 1 does without them', () => {
    const changes = selectAgreementChanges(ctx('p1'));
    expect(changes.comparedWith.id).toBe('p2');
    expect(changes.added).toEqual([]);
    expect(changes.removed.map((a) => a.id)).toEqual(['license', 'revenueShare', 'providerSla']);
    expect(changes.reasons).toEqual(['singleContractOnly']);
  });

  it('follows patternDifference, between providers only', () => {
    for (const p of ['p1', 'p2'] as const) {
      const diff = patternDifference(comparisonPlan(p));
      const changes = selectAgreementChanges(ctx(p));
      const other = p === 'p1' ? 'p2' : 'p1';
      expect(changes.added.map((a) => a.id)).toEqual(diff[p]);
      expect(changes.removed.map((a) => a.id)).toEqual(diff[other]);
      for (const a of [...changes.added, ...changes.removed]) {
        expect(a.parties).toBe('providers');
        expect(includedAgreements(comparisonPlan(p)).includes(a.id)).toBe(changes.added.includes(a));
      }
    }
  });

  it('gives the customer’s position from the catalog and 図表31', () => {
    for (const p of ['p1', 'p2'] as const) {
      const position = selectCustomerPosition(ctx(p));
      expect(position.summary).toBe(getPattern(p).summary);
      expect(position.responsibility).toBe(getPattern(p).responsibility);
      expect(position.serviceContract.agreement.id).toBe('serviceContract');
      expect(position.serviceContract.variants.map((v) => v.id)).toEqual([
        p === 'p1' ? 'individualContracts' : 'singleContract',
      ]);
      expect(position.watch.map((w) => w.id)).toEqual(['sla', 'faultIsolation']);
      for (const w of position.watch) {
        expect(w.points).toBe(customerWatch.find((c) => c.id === w.id)!.byPattern[p]);
      }
    }
  });

  it('carries the pattern to the planner', () => {
    for (const p of ['p1', 'p2'] as const) {
      expect(selectIntent(ctx(p))).toEqual({pattern: p});
      expect(decodeIntent(encodeIntent(selectIntent(ctx(p))))).toEqual({pattern: p});
    }
  });
});
