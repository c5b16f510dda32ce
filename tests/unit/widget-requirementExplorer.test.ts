/**
 * The technical requirement explorer's machine and selectors: what the reader
 * picks, what each pick needs (図表18, 19, 20, 22) and the checklist lines the
 * planner would add, checked against the catalog and the planner itself.
 */
import {describe, expect, it} from 'vitest';
import {createActor} from 'xstate';
import {authLayers, logItems, masterDataTasks, techRequirements, type TechRequirementId} from '@site/src/catalog';
import {deriveChecklist} from '@site/src/planner/checklist';
import {applyIntent, decodeIntent, encodeIntent} from '@site/src/planner/intent';
import {emptyPlan} from '@site/src/planner/plan';
import {
  DEFAULT_PICKED,
  explorerIntent,
  explorerPlan,
  pickedRequirements,
  requirementDetail,
  requirementExplorerMachine,
  requirementLineCount,
  requirementLineCounts,
  type RequirementExplorerEvent,
} from '@site/src/planner/widgets/requirementExplorer';

function run(...events: RequirementExplorerEvent[]) {
  const actor = createActor(requirementExplorerMachine).start();
  for (const event of events) actor.send(event);
  return actor.getSnapshot().context;
}

const requirement = (id: TechRequirementId) => techRequirements.find((r) => r.id === id)!;

/** The rows a requirement's detail figure gives, by the catalog. */
/** 図表19's tasks are lines of their own; 図表20's techniques and 図表22's items are options of a line already counted. */
function detailRows(id: TechRequirementId): number {
  return requirement(id).detailFigure === 19 ? masterDataTasks.length : 0;
}

describe('requirementExplorerMachine', () => {
  it('starts with master data integration picked', () => {
    expect(DEFAULT_PICKED).toEqual(['masterData']);
    expect(run().picked).toEqual(['masterData']);
  });

  it('picks and unpicks requirements, keeping 図表18 order', () => {
    expect(run({type: 'TOGGLE', requirement: 'operation', picked: true}).picked).toEqual(['masterData', 'operation']);
    expect(
      run(
        {type: 'TOGGLE', requirement: 'operation', picked: true},
        {type: 'TOGGLE', requirement: 'transactionData', picked: true},
      ).picked,
    ).toEqual(['transactionData', 'masterData', 'operation']);
    expect(run({type: 'TOGGLE', requirement: 'masterData', picked: false}).picked).toEqual([]);
  });

  it('does not pick a requirement twice', () => {
    expect(run({type: 'TOGGLE', requirement: 'masterData', picked: true}).picked).toEqual(['masterData']);
  });

  it('ignores an id that is not in 図表18', () => {
    const context = run({type: 'TOGGLE', requirement: 'nope' as TechRequirementId, picked: true});
    expect(context.picked).toEqual(['masterData']);
  });

  it('clears the selection', () => {
    const context = run({type: 'TOGGLE', requirement: 'security', picked: true}, {type: 'CLEAR'});
    expect(context.picked).toEqual([]);
  });

  it('does not take CLEAR when nothing is picked', () => {
    const actor = createActor(requirementExplorerMachine).start();
    actor.send({type: 'CLEAR'});
    expect(actor.getSnapshot().can({type: 'CLEAR'})).toBe(false);
    actor.send({type: 'TOGGLE', requirement: 'interface', picked: true});
    expect(actor.getSnapshot().can({type: 'CLEAR'})).toBe(true);
  });
});

describe('selectors', () => {
  it('lists the picked requirements from the catalog, in its order', () => {
    const picked = pickedRequirements({picked: ['logManagement', 'serverAuth']});
    expect(picked.map((r) => r.id)).toEqual(['serverAuth', 'logManagement']);
    expect(picked[0]).toBe(requirement('serverAuth'));
  });

  it('gives each requirement the figure that details it, and only that', () => {
    expect(requirementDetail(requirement('masterData'))).toEqual({figure: 19, tasks: masterDataTasks});
    expect(requirementDetail(requirement('serverAuth'))).toEqual({figure: 20, layers: authLayers});
    expect(requirementDetail(requirement('logManagement'))).toEqual({figure: 22, items: logItems});
    for (const r of techRequirements.filter((x) => !x.detailFigure)) {
      expect(requirementDetail(r)).toBeNull();
    }
  });

  it('counts a requirement’s lines as its considerations plus the tasks of 図表19', () => {
    for (const r of techRequirements) {
      const counts = requirementLineCounts({picked: [r.id]});
      const expected = r.considerations.length + detailRows(r.id);
      expect(counts).toEqual({[r.id]: expected});
      expect(requirementLineCount({picked: [r.id]})).toBe(expected);
    }
  });

  it('counts the default pick: 図表18 considerations and the tasks of 図表19', () => {
    const md = requirement('masterData');
    expect(requirementLineCount(run())).toBe(md.considerations.length + masterDataTasks.length);
  });

  it('counts nothing when nothing is picked', () => {
    expect(requirementLineCounts({picked: []})).toEqual({});
    expect(requirementLineCount({picked: []})).toBe(0);
  });

  it('adds up to the requirement lines of the planner’s checklist', () => {
    const all = {picked: techRequirements.map((r) => r.id)};
    const counts = requirementLineCounts(all);
    const total = Object.values(counts).reduce((a, b) => a + (b ?? 0), 0);
    expect(requirementLineCount(all)).toBe(total);
    const planLines = deriveChecklist({...emptyPlan(), requirements: all.picked}).filter(
      (l) => l.group.kind === 'requirement',
    );
    expect(planLines).toHaveLength(total);
  });

  it('makes a plan with only the picked requirements', () => {
    expect(explorerPlan({picked: ['security']})).toEqual({...emptyPlan(), requirements: ['security']});
  });

  it('carries the picked requirements to the planner', () => {
    const context = {picked: ['masterData', 'logManagement'] as TechRequirementId[]};
    const intent = explorerIntent(context);
    expect(intent).toEqual({requirements: ['masterData', 'logManagement']});
    const decoded = decodeIntent(`#${encodeIntent(intent)}`);
    expect(decoded).toEqual(intent);
    // the planner, given the intent, adds as many lines as the widget said
    const applied = applyIntent(emptyPlan(), decoded);
    expect(deriveChecklist(applied).filter((l) => l.group.kind === 'requirement')).toHaveLength(
      requirementLineCount(context),
    );
  });

  it('carries nothing when nothing is picked', () => {
    expect(decodeIntent(`#${encodeIntent(explorerIntent({picked: []}))}`)).toEqual({});
  });
});
