/**
 * The bench's timings of the domain code: the largest checklist a plan can
 * make, derived, then exported in each format. Apart from the bench so that a
 * unit test runs it (a few runs) and a change to the domain's signatures
 * cannot leave the bench broken unseen.
 */
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {createJiti} from 'jiti';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** runs: how many times each is timed (derivation 10×, the workbook 0.4×), after a warm-up. */
export async function domainTimings({runs = 50} = {}) {
  const jiti = createJiti(import.meta.url);
  const load = (file) => jiti.import(path.join(root, file));
  const {deriveChecklist, viewLines} = await load('src/planner/checklist.ts');
  const {emptyPlan} = await load('src/planner/plan.ts');
  const {techRequirements} = await load('src/catalog/index.ts');
  const {toCsv} = await load('src/planner/exporters/csv.ts');
  const {toMarkdown} = await load('src/planner/exporters/markdown.ts');
  const {toJson} = await load('src/planner/exporters/json.ts');
  const {toXlsx} = await load('src/planner/exporters/xlsx.ts');
  // Every agreement, every requirement, the sector with the most guideline
  // rows, both kinds of data, a note on every line and every line on the agenda.
  const largest = {
    ...emptyPlan(),
    role: 'lead',
    pattern: 'p2',
    customerSystems: true,
    sector: 'medical',
    data: {personalInfo: true, tradeSecret: true},
    agreementChoices: {jointSales: true, techProvision: true},
    requirements: techRequirements.map((r) => r.id),
  };
  const lines0 = deriveChecklist(largest);
  largest.lines = Object.fromEntries(lines0.map((l) => [l.id, {status: 'confirm', note: '確認する。'.repeat(20)}]));
  largest.meeting = {...largest.meeting, agenda: lines0.map((l) => l.id)};
  const time = async (fn, n) => {
    const count = Math.max(1, Math.round(n));
    for (let i = 0; i < Math.min(5, count); i++) await fn();
    const t0 = performance.now();
    for (let i = 0; i < count; i++) await fn();
    return (performance.now() - t0) / count;
  };
  const lines = viewLines(deriveChecklist(largest), 'plan', largest);
  const now = new Date();
  return {
    lines: lines.length,
    deriveMs: Number((await time(() => deriveChecklist(largest), runs * 10)).toFixed(3)),
    exportMs: {
      csv: Number((await time(() => toCsv(largest, lines, 'plan', 'ja', now), runs)).toFixed(2)),
      xlsx: Number((await time(() => toXlsx(largest, lines, 'plan', 'ja', now), runs * 0.4)).toFixed(2)),
      markdown: Number((await time(() => toMarkdown(largest, lines, 'plan', 'ja', now), runs)).toFixed(2)),
      json: Number((await time(() => toJson(largest, 'ja', now), runs)).toFixed(2)),
    },
  };
}
