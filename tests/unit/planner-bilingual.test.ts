/**
 * Both languages for an export: the pairs the build writes put back the half
 * of each text a language's build leaves out, exactly where it was.
 */
import {describe, expect, it} from 'vitest';
import Papa from 'papaparse';
import ExcelJS from 'exceljs';
import {agreements, getAgreement} from '@site/src/catalog';
import {deriveChecklist} from '@site/src/planner/checklist';
import {emptyPlan, type Plan} from '@site/src/planner/plan';
import {toCsv} from '@site/src/planner/exporters/csv';
import {toXlsx} from '@site/src/planner/exporters/xlsx';
import {toMarkdown} from '@site/src/planner/exporters/markdown';
import {completeTexts, planTextPairs} from '@site/src/planner/bilingual';
import {columns, statusNames} from '@site/src/planner/strings';

describe('the other language, put back', () => {
  it('names every text of the catalog and the planner by a path, both halves given', () => {
    const pairs = planTextPairs();
    const values = Object.values(pairs);
    expect(values.length).toBeGreaterThan(500);
    expect(values.every(([ja, en]) => ja !== '' && en !== '')).toBe(true);
    // the question of a line and a column heading are among them
    const question = agreements[0]!.items[0]!.questions[0]!.text;
    expect(values).toContainEqual([question.ja, question.en]);
    expect(values).toContainEqual([columns.text.ja, columns.text.en]);
  });

  it('fills exactly the emptied halves, as a language build leaves them, and nothing else', () => {
    const pairs = planTextPairs();
    const question = agreements[0]!.items[0]!.questions[0]!.text as {ja: string; en: string};
    const status = statusNames.confirm as {ja: string; en: string};
    const saved = {q: question.en, s: status.ja};
    try {
      // as the Japanese build ships the question, and the English build the status
      question.en = '';
      status.ja = '';
      expect(completeTexts(pairs)).toBe(2);
      expect(question.en).toBe(saved.q);
      expect(status.ja).toBe(saved.s);
      expect(completeTexts(pairs)).toBe(0);
    } finally {
      question.en = saved.q;
      status.ja = saved.s;
    }
  });
});

describe('exports in both languages', () => {
  const NOW = new Date(2026, 11, 2, 10, 0, 0);
  const plan: Plan = {
    ...emptyPlan(),
    role: 'lead',
    names: {partnership: '予約連携', lead: 'A社', partner: 'B社', customer: ''},
    pattern: 'p2',
    customerSystems: false,
    lines: {'license.scope.q1': {status: 'confirm', note: '範囲は次回 <draft>'}},
    step: 'review',
    reached: 'review',
  };
  const lines = deriveChecklist(plan);

  it('CSV: the guide’s words in a Japanese and an English column, side by side; status, owner and note once', () => {
    const rows = Papa.parse<string[]>(toCsv(plan, lines, 'plan', 'ja', NOW, {both: true}).replace(/^\uFEFF/, '')).data;
    const header = rows.find((r) => r[0] === '取り決め・要件')!;
    expect(header.slice(0, 6)).toEqual([
      '取り決め・要件',
      'Agreement or requirement',
      '項目',
      'Item',
      '確認事項',
      'What to check',
    ]);
    expect(header).toContain('状況 / Status');
    const license = rows.find((r) => r.at(-1) === 'license.scope.q1')!;
    const q = getAgreement('license')
      .items.flatMap((i) => i.questions)
      .find((x) => x.id === 'license.scope.q1')!;
    expect(license[header.indexOf('確認事項')]).toBe(q.text.ja);
    expect(license[header.indexOf('What to check')]).toBe(q.text.en);
    // the guide's Japanese term beside each English agreement name
    expect(license[0]).toBe('ライセンス供与契約');
    expect(license[1]).toBe(getAgreement('license').name.en);
    expect(license[header.indexOf('状況 / Status')]).toBe('要確認');
    expect(license[header.indexOf('メモ / Note')]).toBe('範囲は次回 <draft>');
    // every line once, and nothing else under a line's id
    const ids = new Set(lines.map((l) => l.id));
    expect(rows.filter((r) => ids.has(r.at(-1) ?? '')).map((r) => r.at(-1))).toEqual(lines.map((l) => l.id));
  });

  it('XLSX: the same columns, its print area up to the reference', async () => {
    const blob = await toXlsx(plan, lines, 'plan', 'en', NOW, {both: true});
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await blob.arrayBuffer());
    const sheet = book.worksheets[1]!;
    const head = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(head.slice(0, 2)).toEqual(['取り決め・要件', 'Agreement or requirement']);
    const figure = head.indexOf('図表 / Figure') + 1;
    expect(figure).toBeGreaterThan(8);
    expect(sheet.pageSetup.printArea).toMatch(
      new RegExp(`^\\$?A\\$?1:\\$?${String.fromCharCode(64 + figure)}\\$?\\d+$`),
    );
  });

  it('Markdown: each question followed by its other language', () => {
    const md = toMarkdown(plan, lines, 'plan', 'ja', NOW, {both: true});
    const q = getAgreement('license')
      .items.flatMap((i) => i.questions)
      .find((x) => x.id === 'license.scope.q1')!;
    const at = md.indexOf(q.text.ja);
    expect(at).toBeGreaterThan(0);
    expect(md.slice(at)).toMatch(/\n\s+> \*[^\n]+\*: /);
    expect(md).toContain(`### ライセンス供与契約 / ${getAgreement('license').name.en}`);
  });
});
