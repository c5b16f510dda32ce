import {readFileSync} from 'node:fs';
import * as fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {deriveChecklist} from '@site/src/planner/checklist';
import {parsePlanFile} from '@site/src/planner/schema';
import {decodeShareFragment} from '@site/src/planner/share';

/**
 * A plan file and a share link saved by the first release of the planner.
 * Every later release must still open them; when the plan schema changes,
 * a migration keeps these passing. Never regenerate them.
 */
const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

describe('plans saved by earlier releases still open', () => {
  const expectTheMedicalPlan = (plan: ReturnType<typeof parsePlanFile> & {ok: true}) => {
    const p = plan.file.plan;
    expect(p.role).toBe('lead');
    expect(p.names).toEqual({
      partnership: '医療連携プラン',
      lead: '株式会社エー',
      partner: 'ビー株式会社',
      customer: 'シー病院',
    });
    expect(p.pattern).toBe('p2');
    expect(p.customerSystems).toBe(true);
    expect(p.sector).toBe('medical');
    expect(p.agreementChoices).toEqual({jointSales: true});
    expect(p.requirements).toEqual(['masterData', 'serverAuth']);
    expect(p.step).toBe('review');
    const lines = deriveChecklist(p);
    const line = (id: string) => lines.find((l) => l.id === id);
    expect(line('jointProvision.purpose.q1')).toMatchObject({
      status: 'confirm',
      note: '価格表を次回までに共有する, "確認"',
    });
    expect(line('license.scope.q1')).toMatchObject({owner: 'partner'});
    expect(line('tech.masterData.c1')).toMatchObject({status: 'done'});
  };

  it('opens the version-1 plan file', () => {
    const result = parsePlanFile(fixture('plan-file-v1.json'));
    expect(result.ok).toBe(true);
    if (result.ok) expectTheMedicalPlan(result);
  });

  it('opens the version-1 share link', () => {
    const result = decodeShareFragment(fixture('share-link-v1.txt').trim());
    expect(result.ok).toBe(true);
    if (result.ok) expectTheMedicalPlan(result);
  });

  it('opens the version-1 share link when mail broke a line inside an encoded line break', () => {
    const body = fixture('share-link-v1.txt').trim().slice('#plan='.length);
    for (const broken of [`%\n0A${body}`, `%0\nA${body}`, `${body.slice(0, 9)}%\r\n  0A${body.slice(9)}`]) {
      const result = decodeShareFragment(`#plan=${broken}`);
      expect(result.ok).toBe(true);
      if (result.ok) expectTheMedicalPlan(result);
    }
  });

  it('opens the version-1 share link after mail has been at it: wrapped, its + encoded or turned into spaces', () => {
    const link = fixture('share-link-v1.txt').trim();
    fc.assert(
      fc.property(
        fc.constantFrom('keep', '%2B', ' '),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('\n', '\r\n', '%0A')), {maxLength: 5}),
        (plus, breaks) => {
          let body = link.slice('#plan='.length);
          for (const [at, br] of breaks) {
            const k = at % (body.length + 1);
            body = body.slice(0, k) + br + body.slice(k);
          }
          if (plus !== 'keep') body = body.replace(/\+/g, plus);
          const result = decodeShareFragment(`#plan=${body}`);
          expect(result.ok).toBe(true);
          if (result.ok) expectTheMedicalPlan(result);
        },
      ),
      {numRuns: 100},
    );
  });

  it('opens it when an encoded line break lands inside another one ("%" "%0A" "0A"), as a generated run once found', () => {
    const body = fixture('share-link-v1.txt').trim().slice('#plan='.length);
    const nested = `%%0A0A${body.slice(0, 20)}%%%0A0A0A${body.slice(20)}`;
    const result = decodeShareFragment(`#plan=${nested}`);
    expect(result.ok).toBe(true);
    if (result.ok) expectTheMedicalPlan(result);
  });
});
