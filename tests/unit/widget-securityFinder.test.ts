import {describe, expect, it} from 'vitest';
import {createActor} from 'xstate';
import {findSecurityPattern, securityPatterns} from '@site/src/catalog/related/securityPatterns';
import {
  availabilityLevels,
  confidentialityLevels,
  securityFinderMachine,
  securityPatternFor,
  securityPatternTitle,
} from '@site/src/planner/widgets/securityFinder';
import {exportMeta} from '@site/src/planner/exporters/meta';
import {decodeIntent, encodeIntent} from '@site/src/planner/intent';
import {emptyPlan} from '@site/src/planner/plan';
import {parsePlanFile, serializePlanFile, toPlanFile} from '@site/src/planner/schema';

/** The security pattern finder of the information security guideline (6 patterns by C, I, A). */
describe('security pattern finder', () => {
  it('leads every answer the questions offer to one of the six patterns, and reaches all six', () => {
    const found = new Set<number>();
    for (const confidentiality of confidentialityLevels) {
      for (const availability of availabilityLevels) {
        const pattern = securityPatternFor({confidentiality, availability});
        expect(pattern).toBe(findSecurityPattern(confidentiality, 'high', availability));
        found.add(pattern.no);
      }
    }
    expect([...found].sort()).toEqual(securityPatterns.map((p) => p.no).sort());
  });

  it('starts at pattern 1 (high, high, high) and follows the answers', () => {
    const actor = createActor(securityFinderMachine, {input: undefined}).start();
    expect(securityPatternFor(actor.getSnapshot().context).no).toBe(1);
    actor.send({type: 'SET_AVAILABILITY', level: 'low'});
    expect(securityPatternFor(actor.getSnapshot().context).no).toBe(3);
    actor.send({type: 'SET_CONFIDENTIALITY', level: 'low'});
    expect(securityPatternFor(actor.getSnapshot().context).no).toBe(6);
  });

  it('travels to the planner, is kept in the plan file and named on the checklist', () => {
    const answers = {confidentiality: 'low', availability: 'medium'} as const;
    expect(decodeIntent(`#${encodeIntent({security: answers})}`)).toEqual({security: answers});
    const plan = {...emptyPlan(), security: answers};
    const reopened = parsePlanFile(serializePlanFile(toPlanFile(plan, 'ja', new Date())));
    expect(reopened.ok && reopened.file.plan.security).toEqual(answers);
    const title = securityPatternTitle(securityPatternFor(answers), 'ja');
    expect(title).toMatch(/^パターン5：/);
    expect(exportMeta(plan, 'plan', 'ja', new Date())).toContainEqual({label: 'セキュリティパターン', value: title});
    expect(exportMeta(emptyPlan(), 'plan', 'ja', new Date()).some((m) => m.label === 'セキュリティパターン')).toBe(
      false,
    );
  });
});
