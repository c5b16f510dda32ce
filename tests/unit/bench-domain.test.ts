import {describe, expect, it} from 'vitest';
import {domainTimings} from '../../scripts/bench-domain.mjs';
import {deriveChecklist} from '../../src/planner/checklist';
import {emptyPlan} from '../../src/planner/plan';

describe('npm run bench: the domain timings', () => {
  it('derives the largest checklist and times every export of it', async () => {
    const result = await domainTimings({runs: 1});
    // the largest plan makes more lines than a plain one
    const plain = deriveChecklist({...emptyPlan(), role: 'lead', pattern: 'p1'}).length;
    expect(result.lines).toBeGreaterThan(plain);
    expect(Object.keys(result.exportMs).sort()).toEqual(['csv', 'json', 'markdown', 'xlsx']);
    for (const ms of [result.deriveMs, ...Object.values(result.exportMs)]) {
      expect(Number.isFinite(ms)).toBe(true);
      expect(ms).toBeGreaterThan(0);
    }
  }, 60_000);
});
