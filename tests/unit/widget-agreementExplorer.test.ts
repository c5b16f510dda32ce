import {describe, expect, it} from 'vitest';
import {createActor} from 'xstate';
import {agreementQuestions, agreements, getAgreement, type AgreementId} from '@site/src/catalog';
import {decodeIntent, intentHref} from '@site/src/planner/intent';
import {emptyPlan} from '@site/src/planner/plan';
import {agreementRules} from '@site/src/planner/rules';
import {
  PARTY_FILTERS,
  PHASE_FILTERS,
  agreementExplorerMachine,
  chosenAgreements,
  explorerIntent,
  initialContext,
  isOptionalAgreement,
  itemGroups,
  matchingAgreements,
  openedAgreement,
  optionalAgreementIds,
  optionalReason,
  phasesWithAgreements,
  questionCounts,
  type AgreementExplorerEvent,
} from '@site/src/planner/widgets/agreementExplorer';

function start(...events: AgreementExplorerEvent[]) {
  const actor = createActor(agreementExplorerMachine).start();
  for (const event of events) actor.send(event);
  return actor;
}

const ids = (list: {id: AgreementId}[]) => list.map((a) => a.id);

describe('agreementExplorer selectors', () => {
  it('filters the catalog by phase and party, in the guide’s order', () => {
    expect(ids(matchingAgreements({phase: 'all', parties: 'both'}))).toEqual(ids([...agreements]));
    expect(ids(matchingAgreements({phase: 'sales', parties: 'both'}))).toEqual([
      'jointProvision',
      'jointSales',
      'license',
      'nda',
    ]);
    expect(ids(matchingAgreements({phase: 'introduction', parties: 'both'}))).toEqual(['techProvision', 'customerNda']);
    expect(ids(matchingAgreements({phase: 'operation', parties: 'customer'}))).toEqual([
      'serviceContract',
      'customerSla',
      'termsOfUse',
    ]);
    expect(ids(matchingAgreements({phase: 'all', parties: 'providers'}))).toEqual(
      ids(agreements.filter((a) => a.parties === 'providers')),
    );
    expect(matchingAgreements({phase: 'sales', parties: 'customer'})).toEqual([]);
    for (const phase of PHASE_FILTERS) {
      for (const parties of PARTY_FILTERS) {
        for (const a of matchingAgreements({phase, parties})) {
          if (phase !== 'all') expect(a.phase).toBe(phase);
          if (parties !== 'both') expect(a.parties).toBe(parties);
        }
      }
    }
  });

  it('takes the optional agreements from the rules with an empty plan', () => {
    const fromRules = agreementRules(emptyPlan())
      .filter((r) => r.applicability === 'optional')
      .map((r) => r.agreement.id);
    expect(optionalAgreementIds()).toEqual(fromRules);
    expect(optionalAgreementIds()).toEqual(['jointSales', 'techProvision']);
    expect(isOptionalAgreement('jointSales')).toBe(true);
    expect(isOptionalAgreement('license')).toBe(false);
    expect(optionalReason('jointSales')).toBe('whenSellingTogether');
    expect(optionalReason('techProvision')).toBe('whenProvidingTechnology');
    expect(optionalReason('nda')).toBeNull();
  });

  it('groups the service contract’s items by variant, other agreements in one group', () => {
    const service = getAgreement('serviceContract');
    const groups = itemGroups(service);
    expect(groups.map((g) => g.variant?.id)).toEqual(['singleContract', 'individualContracts', 'customerSystems']);
    expect(groups.map((g) => g.variant?.name)).toEqual(service.variants!.map((v) => v.name));
    expect(groups.every((g) => g.items.length > 0)).toBe(true);
    const nda = itemGroups(getAgreement('nda'));
    expect(nda).toHaveLength(1);
    expect(nda[0].variant).toBeNull();
    expect(nda[0].items).toBe(getAgreement('nda').items);
  });

  it('counts the guide’s and the site’s questions', () => {
    for (const a of agreements) {
      const all = agreementQuestions(a);
      expect(questionCounts(a)).toEqual({
        guide: all.filter((q) => q.source === 'guide').length,
        site: all.filter((q) => q.source === 'site').length,
      });
    }
    expect(questionCounts(getAgreement('serviceContract')).site).toBeGreaterThan(0);
  });

  it('names the phases that have agreements for a party', () => {
    expect(phasesWithAgreements('customer')).toEqual(['introduction', 'operation']);
    expect(phasesWithAgreements('providers')).toEqual(['sales', 'introduction', 'operation']);
    expect(phasesWithAgreements('both')).toEqual(['sales', 'introduction', 'operation']);
  });

  it('carries every choice left to the reader to the planner: made when ticked, declined when not', () => {
    // the ticks start as the planner's defaults: technology provision made, joint sales not
    expect(explorerIntent(initialContext())).toEqual({agreements: ['techProvision'], declined: ['jointSales']});
    expect(decodeIntent(intentHref(explorerIntent(initialContext())).split('#')[1])).toEqual({
      agreements: ['techProvision'],
      declined: ['jointSales'],
    });
    const context = {...initialContext(), chosen: ['techProvision', 'jointSales'] as AgreementId[]};
    expect(ids(chosenAgreements(context))).toEqual(['jointSales', 'techProvision']);
    expect(explorerIntent(context)).toEqual({agreements: ['jointSales', 'techProvision']});
    expect(decodeIntent(intentHref(explorerIntent(context)).split('#')[1])).toEqual({
      agreements: ['jointSales', 'techProvision'],
    });
  });
});

describe('agreementExplorerMachine', () => {
  it("starts on the sales phase, both parties, with the first agreement open and the planner's defaults ticked", () => {
    const {context} = start().getSnapshot();
    expect(context).toEqual({phase: 'sales', parties: 'both', open: 'jointProvision', chosen: ['techProvision']});
    expect(context).toEqual(initialContext());
    expect(openedAgreement(context)?.id).toBe(matchingAgreements(context)[0].id);
  });

  it('opens the first agreement shown when the opened one is filtered out', () => {
    const actor = start({type: 'SET_PHASE', phase: 'introduction'});
    expect(actor.getSnapshot().context.open).toBe('techProvision');
    actor.send({type: 'SET_PARTIES', parties: 'customer'});
    expect(actor.getSnapshot().context.open).toBe('customerNda');
    actor.send({type: 'SET_PHASE', phase: 'operation'});
    expect(actor.getSnapshot().context.open).toBe('serviceContract');
    expect(openedAgreement(actor.getSnapshot().context)?.id).toBe('serviceContract');
  });

  it('keeps the opened agreement while it is still shown', () => {
    const actor = start({type: 'OPEN', agreement: 'nda'});
    expect(actor.getSnapshot().context.open).toBe('nda');
    actor.send({type: 'SET_PARTIES', parties: 'providers'});
    actor.send({type: 'SET_PHASE', phase: 'all'});
    expect(actor.getSnapshot().context.open).toBe('nda');
  });

  it('has nothing open when nothing matches', () => {
    const actor = start({type: 'SET_PARTIES', parties: 'customer'});
    const {context} = actor.getSnapshot();
    expect(context).toMatchObject({phase: 'sales', parties: 'customer', open: null});
    expect(matchingAgreements(context)).toEqual([]);
    expect(openedAgreement(context)).toBeNull();
  });

  it('opens only an agreement the filters show, and closes it', () => {
    const actor = start({type: 'OPEN', agreement: 'serviceContract'});
    expect(actor.getSnapshot().context.open).toBe('jointProvision');
    actor.send({type: 'OPEN', agreement: 'license'});
    expect(actor.getSnapshot().context.open).toBe('license');
    actor.send({type: 'CLOSE'});
    expect(actor.getSnapshot().context.open).toBeNull();
    expect(openedAgreement(actor.getSnapshot().context)).toBeNull();
    // a filter change after closing opens the first agreement shown again
    actor.send({type: 'SET_PHASE', phase: 'operation'});
    expect(actor.getSnapshot().context.open).toBe('revenueShare');
  });

  it('ignores filters it does not know', () => {
    const actor = start();
    actor.send({type: 'SET_PHASE', phase: 'later' as never});
    actor.send({type: 'SET_PARTIES', parties: 'nobody' as never});
    expect(actor.getSnapshot().context).toEqual(initialContext());
  });

  it('ticks only the optional agreements, kept in the guide’s order across filters', () => {
    const actor = start(
      {type: 'SET_CHOSEN', agreement: 'techProvision', chosen: true},
      {type: 'SET_CHOSEN', agreement: 'license', chosen: true},
      {type: 'SET_CHOSEN', agreement: 'jointSales', chosen: true},
      {type: 'SET_PHASE', phase: 'operation'},
    );
    expect(actor.getSnapshot().context.chosen).toEqual(['jointSales', 'techProvision']);
    expect(explorerIntent(actor.getSnapshot().context)).toEqual({agreements: ['jointSales', 'techProvision']});
    actor.send({type: 'SET_CHOSEN', agreement: 'jointSales', chosen: false});
    expect(actor.getSnapshot().context.chosen).toEqual(['techProvision']);
    actor.send({type: 'SET_CHOSEN', agreement: 'techProvision', chosen: false});
    expect(explorerIntent(actor.getSnapshot().context)).toEqual({declined: ['jointSales', 'techProvision']});
  });
});
