import * as fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {createActor} from 'xstate';
import {decodeIntent, encodeIntent, applyIntent, intentHref, type PlannerIntent} from '@site/src/planner/intent';
import {plannerMachine} from '@site/src/planner/machine';
import {emptyPlan} from '@site/src/planner/plan';

/** "Continue in the planner": a widget's choice travels in the fragment and is applied to the reader's plan. */
describe('planner intents', () => {
  it('round-trips every choice a widget can make', () => {
    const intent: PlannerIntent = {
      role: 'customer',
      pattern: 'p2',
      customerSystems: true,
      sector: 'medical',
      requirements: ['masterData', 'serverAuth'],
      agreements: ['jointSales'],
      declined: ['techProvision'],
      security: {confidentiality: 'low', availability: 'medium'},
    };
    expect(intentHref(intent)).toMatch(/^\/planner#start&/);
    expect(decodeIntent(`#${encodeIntent(intent)}`)).toEqual(intent);
  });

  it('leaves out what it does not know, and never throws', () => {
    expect(decodeIntent('#start&pattern=p9&role=admin&requirements=masterData,nope&sector=mars')).toEqual({
      requirements: ['masterData'],
    });
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(() => decodeIntent(`#start&${s}`)).not.toThrow();
      }),
    );
  });

  it('adds to the plan without taking anything away', () => {
    const plan = {...emptyPlan(), role: 'lead' as const, requirements: ['logManagement' as const]};
    const next = applyIntent(plan, {pattern: 'p1', requirements: ['masterData']});
    expect(next.role).toBe('lead');
    expect(next.pattern).toBe('p1');
    expect(next.requirements).toEqual(['logManagement', 'masterData']);
  });

  it('goes on at the phases when the carried choice answers every question', () => {
    const actor = createActor(plannerMachine, {input: {plan: emptyPlan()}}).start();
    actor.send({type: 'APPLY_INTENT', intent: {role: 'lead', pattern: 'p2', customerSystems: true}});
    expect(actor.getSnapshot().value).toBe('sales');
  });

  it("takes a customer whose questions are all answered to their check (a customer's walk has no phases)", () => {
    const actor = createActor(plannerMachine, {input: {plan: emptyPlan()}}).start();
    actor.send({type: 'APPLY_INTENT', intent: {role: 'customer', pattern: 'p2', customerSystems: true}});
    expect(actor.getSnapshot().value).toBe('review');
  });

  it('makes and declines the agreements left to the reader', () => {
    const next = applyIntent(emptyPlan(), {agreements: ['jointSales'], declined: ['techProvision']});
    expect(next.agreementChoices).toEqual({jointSales: true, techProvision: false});
  });

  it('opens the planner at the first question still to answer, and can be undone', () => {
    const plan = {...emptyPlan(), role: 'lead' as const, names: {...emptyPlan().names, partnership: 'x'}};
    const actor = createActor(plannerMachine, {input: {plan}}).start();
    actor.send({type: 'APPLY_INTENT', intent: {pattern: 'p2'}});
    // role and pattern are answered; the context question is not
    expect(actor.getSnapshot().value).toBe('context');
    expect(actor.getSnapshot().context.plan.pattern).toBe('p2');
    actor.send({type: 'RESTORE_PREVIOUS'});
    expect(actor.getSnapshot().context.plan.pattern).toBeNull();
  });
});
