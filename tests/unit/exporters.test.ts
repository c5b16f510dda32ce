import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import {readSheet} from 'read-excel-file/node';
import {figureRef} from '@site/src/catalog';
import {deriveChecklist, groupLines, viewLines, type ChecklistLine, type ChecklistView} from '@site/src/planner/checklist';
import {LIMITS, emptyPlan, textProblem, type Plan} from '@site/src/planner/plan';
import {parsePlanFile} from '@site/src/planner/schema';
import {metaLabels, ownerNames, statusNames} from '@site/src/planner/strings';
import {guideSource} from '@site/src/catalog/data/guideSource';
import {readFileSync} from 'node:fs';
import {
  CSV_MIME,
  JSON_MIME,
  exportFileName,
  exportMeta,
  exportRows,
  toCsv,
  toJson,
  toMarkdown,
} from '@site/src/planner/exporters';
import {XLSX_MIME, sheetName, toXlsx} from '@site/src/planner/exporters/xlsx';

const NOW = new Date('2025-04-01T09:30:00Z');

/**
 * Any code point, astral ones included. fast-check's own unit: 'binary' does
 * the same but spends a second building tables on first use.
 */
const anyChar = fc
  .integer({min: 0, max: 0x10ffff})
  .filter((c) => c < 0xd800 || c > 0xdfff)
  .map((c) => String.fromCodePoint(c));

const TRICKY_NOTE = '単価は「月額1,000円」、\n"税込"で合意済み';
const FORMULA_NOTE = '=HYPERLINK("http://example.com","開く")';

/** A plan as a reader would leave it: pattern 2, a medical customer, some lines worked on. */
function samplePlan(): Plan {
  const plan = emptyPlan();
  plan.role = 'lead';
  plan.names = {
    partnership: 'さくら病院 予約連携',
    lead: '株式会社あおばソフト',
    partner: 'みどりクラウド株式会社',
    customer: '医療法人さくら会',
  };
  plan.patternAnswers = {contract: 'one'};
  plan.pattern = 'p2';
  plan.customerSystems = true;
  plan.sector = 'medical';
  plan.data = {personalInfo: true, tradeSecret: false};
  plan.requirements = ['masterData', 'serverAuth'];
  plan.lines = {
    'jointProvision.purpose.q1': {status: 'done', owner: 'partner', note: TRICKY_NOTE},
    'jointProvision.term.q1': {status: 'confirm', note: FORMULA_NOTE},
    'customerNda.scope.q1': {status: 'done', note: '秘密情報の範囲は別紙1のとおり'},
    'guideline.medical.r4': {status: 'na', owner: 'lead'},
  };
  plan.step = 'review';
  plan.reached = 'review';
  return plan;
}

function linesOf(plan: Plan, view: ChecklistView = 'providers'): ChecklistLine[] {
  return viewLines(deriveChecklist(plan), view);
}

/** The CSV as a spreadsheet app sees it: BOM dropped, parsed as RFC 4180. */
function parseCsv(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(1), {newline: '\r\n'});
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('meta', () => {
  it('names the plan, the parties, the pattern, the view, the date, the language and the guide', () => {
    expect(exportMeta(samplePlan(), 'customer', 'ja', NOW)).toEqual([
      {label: 'プラン', value: 'さくら病院 予約連携'},
      {
        label: '当事者',
        value: '契約主体の事業者：株式会社あおばソフト、連携先の事業者：みどりクラウド株式会社、利用者：医療法人さくら会',
      },
      {label: '契約パターン', value: 'パターン2：1社が利用契約者と契約を一本化'},
      {label: '内容', value: '利用者が事業者に確認すること'},
      {label: '作成日', value: '2025-04-01'},
      {label: '言語', value: '日本語'},
      {label: '参照', value: 'ASP・SaaS事業者連携ガイド（総務省、平成24年（2012年）7月）'},
    ]);
  });

  it('says what is missing, and leaves out parties nobody named', () => {
    const plan = emptyPlan();
    plan.names.partner = 'Midori Cloud';
    const meta = exportMeta(plan, 'agenda', 'en', NOW);
    expect(meta.map((m) => m.value)).toEqual([
      '(untitled)',
      'Partner provider: Midori Cloud',
      'not chosen',
      'Meeting agenda (needs confirmation)',
      '2025-04-01',
      'English',
      'ASP/SaaS Provider Partnership Guide (MIC, July 2012)',
    ]);
    expect(exportMeta(emptyPlan(), 'agenda', 'en', NOW).map((m) => m.label)).not.toContain('Parties');
  });
});

describe('the guide named in every export', () => {
  // The cover of the guide (sources/partnership-guide-cover.txt) gives its
  // issuer and its month; a file read away from the site must say both.
  const cover = readFileSync(new URL('../../sources/partnership-guide-cover.txt', import.meta.url), 'utf8');

  it.each(['ja', 'en'] as const)('carries the issuer and the date of the guide (%s)', (locale) => {
    const reference = exportMeta(samplePlan(), 'providers', locale, NOW).at(-1)!;
    expect(reference.label).toBe(metaLabels.reference[locale]);
    expect(reference.value).toContain(guideSource.title[locale]);
    expect(reference.value).toContain(guideSource.issuerShort[locale]);
    expect(reference.value).toContain(guideSource.issued[locale]);
    expect(reference.value).toContain('2012');
  });

  it('states only what the cover says', () => {
    expect(cover).toContain(guideSource.title.ja);
    expect(cover).toContain(guideSource.issuer.ja);
    // 平成24年（2012年）7月 is the cover's 平成24年7月 with the Western year added
    expect(cover).toContain(guideSource.issued.ja.replace('（2012年）', ''));
  });

  it('reaches the CSV, the Markdown and the spreadsheet', async () => {
    const plan = samplePlan();
    const lines = linesOf(plan);
    const ja = exportMeta(plan, 'providers', 'ja', NOW).at(-1)!.value;
    expect(toCsv(plan, lines, 'providers', 'ja', NOW)).toContain(ja);
    expect(toMarkdown(plan, lines, 'providers', 'ja', NOW)).toContain(ja);
    const blob = await toXlsx(plan, lines, 'providers', 'ja', NOW);
    const rows = await readSheet(Buffer.from(await blob.arrayBuffer()));
    expect(rows.flat()).toContain(ja);
  });
});

describe('exportRows', () => {
  it('gives one row per line, in the columns of the header', () => {
    const lines = linesOf(samplePlan());
    const {header, rows} = exportRows(lines, 'ja');
    expect(header).toEqual(['ID', '段階', '取り決め・要件', '項目', '確認事項', '出典', '図表', '状況', '担当', 'メモ']);
    expect(rows).toHaveLength(lines.length);
    const row = rows[lines.findIndex((l) => l.id === 'jointProvision.purpose.q1')];
    expect(row).toEqual([
      'jointProvision.purpose.q1',
      '販売段階',
      'サービス共同提供契約',
      expect.any(String),
      expect.stringContaining('目的'),
      'ガイド',
      '図表10',
      '済',
      '連携先の事業者',
      TRICKY_NOTE,
    ]);
    // A line's own figure, not its group's: 図表19 details 図表18's master data row.
    expect(rows[lines.findIndex((l) => l.id === 'tech.masterData.task1')][6]).toBe('図表19');
  });
});

describe('toCsv', () => {
  const plan = samplePlan();
  const lines = linesOf(plan);

  it('opens in Japanese Excel: BOM, CRLF between records, the meta first', () => {
    const csv = toCsv(plan, lines, 'providers', 'ja', NOW);
    expect(CSV_MIME).toBe('text/csv;charset=utf-8');
    const data = parseCsv(csv);
    const meta = exportMeta(plan, 'providers', 'ja', NOW);
    expect(data.slice(0, meta.length)).toEqual(meta.map((m) => [m.label, m.value]));
    expect(data[meta.length]).toEqual(['']);
    expect(data[meta.length + 1][0]).toBe('ID');
    // Outside quoted fields, every line break is CRLF; inside, a note keeps its own.
    const unquoted = csv.replace(/"(?:[^"]|"")*"/g, '""');
    expect(unquoted).not.toMatch(/[^\r]\n|\r(?!\n)/);
    expect(unquoted.split('\r\n')).toHaveLength(data.length);
  });

  it('round-trips every line: id, Japanese text, labels and notes', () => {
    const data = parseCsv(toCsv(plan, lines, 'providers', 'ja', NOW));
    const body = data.slice(data.findIndex((r) => r[0] === 'ID') + 1);
    expect(body).toHaveLength(lines.length);
    body.forEach((row, i) => {
      const line = lines[i];
      expect(row).toHaveLength(10);
      expect(row[0]).toBe(line.id);
      expect(row[4]).toBe(line.text.ja);
      expect(row[7]).toBe(statusNames[line.status].ja);
      expect(row[8]).toBe(ownerNames[line.owner].ja);
    });
    const byId = new Map(body.map((row) => [row[0], row]));
    expect(byId.get('jointProvision.purpose.q1')![9]).toBe(TRICKY_NOTE);
    expect(byId.get('jointProvision.purpose.q1')![7]).toBe('済');
    expect(byId.get('customerNda.scope.q1')![9]).toBe('秘密情報の範囲は別紙1のとおり');
    // The one thing that does not come back as typed: a formula is defused.
    expect(byId.get('jointProvision.term.q1')![9]).toBe(`'${FORMULA_NOTE}`);
    // Multi-line catalog text (図表25) stays in its cell.
    expect(byId.get('guideline.medical.r4')![4]).toContain('\n');
  });

  it('writes English headers and labels for the English site', () => {
    const data = parseCsv(toCsv(plan, lines, 'providers', 'en', NOW));
    expect(data[0]).toEqual(['Plan', 'さくら病院 予約連携']);
    const headerAt = data.findIndex((r) => r[0] === 'ID');
    expect(data[headerAt]).toEqual([
      'ID',
      'Phase',
      'Agreement or requirement',
      'Item',
      'What to check',
      'Source',
      'Figure',
      'Status',
      'Owner',
      'Note',
    ]);
    const row = data.find((r) => r[0] === 'jointProvision.purpose.q1')!;
    expect(row[1]).toBe('Sales phase');
    expect(row[6]).toBe('Figure 10');
    expect(row[7]).toBe('Done');
    expect(row[8]).toBe('Partner provider');
  });

  it('defuses formulas in names too', () => {
    const hostile = {...plan, names: {...plan.names, partnership: '+cmd|calc', lead: '@SUM(A1)'}};
    const data = parseCsv(toCsv(hostile, [], 'agenda', 'ja', NOW));
    expect(data[0]).toEqual(['プラン', "'+cmd|calc"]);
    // The parties cell starts with its label, so it is not a formula to begin with.
    expect(data[1][1]).toMatch(/^契約主体の事業者：@SUM/);
  });

  it('round-trips any note the planner accepts', () => {
    const id = 'jointProvision.term.q2';
    // Cells are split by these, so they are worth generating often.
    const awkward = fc.constantFrom(',', '"', '\n', '\r', '\r\n', '\t', ' ', '=', '+', '-', '@', "'", '\uFEFF', 'あ', '漢', '😀');
    const note = fc
      .oneof(
        fc.string({unit: anyChar, maxLength: 60}),
        fc.string({unit: fc.oneof(awkward, fc.string({unit: 'grapheme-ascii', minLength: 1, maxLength: 3})), maxLength: 30}),
      )
      .filter((s) => textProblem(s, LIMITS.note) === null);
    fc.assert(
      fc.property(note, (text) => {
        // A few lines suffice around the one under test, and keep 200 runs quick.
        const withNote = lines.slice(0, 5).map((l) => (l.id === id ? {...l, note: text} : l));
        const data = parseCsv(toCsv(plan, withNote, 'providers', 'ja', NOW));
        const row = data.find((r) => r[0] === id)!;
        const expected = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
        expect(row[9]).toBe(expected);
      }),
      {numRuns: 200},
    );
  });
});

describe('toXlsx', () => {
  it('writes a workbook that reads back with the header and every line, Japanese intact', async () => {
    const plan = samplePlan();
    const lines = linesOf(plan);
    const blob = await toXlsx(plan, lines, 'providers', 'ja', NOW);
    expect(blob.type).toBe(XLSX_MIME);
    const rows = await readSheet(Buffer.from(await blob.arrayBuffer()), {trim: false});
    expect(rows[0]).toEqual(['プラン', 'さくら病院 予約連携', ...Array(8).fill(null)]);
    const headerAt = rows.findIndex((r) => r[0] === 'ID');
    expect(rows[headerAt]).toEqual(['ID', '段階', '取り決め・要件', '項目', '確認事項', '出典', '図表', '状況', '担当', 'メモ']);
    const body = rows.slice(headerAt + 1);
    expect(body.map((r) => r[0])).toEqual(lines.map((l) => l.id));
    expect(body.map((r) => r[4])).toEqual(lines.map((l) => l.text.ja));
    const byId = new Map(body.map((r) => [r[0], r]));
    expect(byId.get('jointProvision.purpose.q1')![9]).toBe(TRICKY_NOTE);
    expect(byId.get('jointProvision.term.q1')![9]).toBe(`'${FORMULA_NOTE}`);
  });

  it('names the sheet after the view, within what Excel accepts', () => {
    for (const view of ['providers', 'customer', 'agenda'] as const) {
      for (const locale of ['ja', 'en'] as const) {
        const name = sheetName(view, locale);
        expect(name.length).toBeGreaterThan(0);
        expect(name.length).toBeLessThanOrEqual(31);
        expect(name).not.toMatch(/[[\]:*?/\\]|^'|'$/);
      }
    }
    expect(sheetName('agenda', 'ja')).toBe('打ち合わせの議題（要確認）');
  });
});

describe('toMarkdown', () => {
  const plan = samplePlan();
  const lines = linesOf(plan);
  const md = toMarkdown(plan, lines, 'providers', 'ja', NOW);
  const tasks = md.split('\n').filter((l) => /^- \[[ x]\] /.test(l));

  it('has a title, the meta and a heading for every phase and group', () => {
    expect(md.startsWith('# 連携プランナー：さくら病院 予約連携\n')).toBe(true);
    expect(md).toContain('- **契約パターン**：パターン2：1社が利用契約者と契約を一本化');
    for (const phase of groupLines(lines)) {
      expect(md).toContain(`\n## ${{sales: '販売段階', introduction: '導入段階', operation: '運用段階'}[phase.phase]}\n`);
      for (const {group} of phase.groups) {
        expect(md).toContain(`\n### ${group.name.ja}（${figureRef(group.figure, 'ja')}）\n`);
      }
    }
  });

  it('gives one task per line, ticked when done', () => {
    expect(tasks).toHaveLength(lines.length);
    expect(tasks.filter((t) => t.startsWith('- [x]'))).toHaveLength(lines.filter((l) => l.status === 'done').length);
    expect(tasks.find((t) => t.includes('秘密情報の範囲') || t.includes('機密保持契約の対象とする情報の範囲が明示'))).toMatch(
      /^- \[x\] /,
    );
  });

  it('marks the questions this site added', () => {
    const marked = tasks.filter((t) => t.endsWith('、サイト追加）'));
    expect(marked).toHaveLength(lines.filter((l) => l.source === 'site').length);
  });

  it('keeps multi-line text and notes inside their list item', () => {
    const body = md.slice(md.indexOf('\n## '));
    for (const line of body.split('\n')) {
      if (line === '') continue;
      expect(line).toMatch(/^(## |### |- \[[ x]\] | {2}\S)/);
    }
    expect(md).toContain('  > **メモ**：単価は「月額1,000円」、\\\n  > "税込"で合意済み');
  });

  it('escapes markup in notes and names, so nothing becomes HTML or a link', () => {
    const hostile = {
      ...plan,
      names: {...plan.names, partnership: '# *Big* [x](javascript:alert(1))'},
      lines: {
        ...plan.lines,
        'jointProvision.purpose.q1': {note: '<script>alert(1)</script> [link](http://x)\n- item\n1. step\n==='},
      },
    };
    const out = toMarkdown(hostile, linesOf(hostile), 'providers', 'en', NOW);
    expect(out).not.toMatch(/<script/i);
    expect(out).not.toContain('](');
    expect(out).not.toContain('http://');
    expect(out).toContain('&lt;script&gt;');
    expect(out).toContain('\\[link\\]\\(http\\://x)');
    expect(out.split('\n')[0]).toBe('# Partnership planner: \\# \\*Big\\* \\[x\\]\\(javascript:alert(1))');
    expect(out).toContain('  > \\- item\\\n  > 1\\. step\\\n  > \\===');
  });

  it('writes English for the English site', () => {
    const en = toMarkdown(plan, lines, 'providers', 'en', NOW);
    expect(en).toContain('\n## Sales phase\n');
    expect(en).toMatch(/\n- \[x\] \*\*.+\*\*: .+ \(Figure 10, Done, Partner provider\)\n/);
    expect(en).toMatch(/, Added by this site\)\n/);
  });
});

describe('toJson', () => {
  it('round-trips the plan through the plan file reader', () => {
    const plan = samplePlan();
    const result = parsePlanFile(toJson(plan, 'ja', NOW));
    expect(JSON_MIME).toBe('application/json');
    expect(result).toEqual({
      ok: true,
      file: {format: 'saas-partnership-plan', version: 1, savedAt: NOW.toISOString(), locale: 'ja', plan},
    });
  });
});

describe('exportFileName', () => {
  it('keeps Japanese and drops what file systems refuse', () => {
    const plan = emptyPlan();
    plan.names.partnership = ' さくら病院/予約:連携*計画?"<>|\t 2025 ';
    expect(exportFileName(plan, 'providers', 'ja', NOW, 'csv')).toBe(
      'partnership-plan-さくら病院予約連携計画-2025-providers-2025-04-01.csv',
    );
  });

  it('falls back to "plan" and caps the length', () => {
    expect(exportFileName(emptyPlan(), 'agenda', 'en', NOW, 'md')).toBe('partnership-plan-plan-agenda-2025-04-01.md');
    const plan = emptyPlan();
    plan.names.partnership = '\\/:*?';
    expect(exportFileName(plan, 'customer', 'en', NOW, 'xlsx')).toBe('partnership-plan-plan-customer-2025-04-01.xlsx');
    plan.names.partnership = '連'.repeat(200);
    expect(exportFileName(plan, 'customer', 'ja', NOW, 'json').length).toBeLessThan(120);
  });

  it('never lets an unsafe character through', () => {
    fc.assert(
      fc.property(fc.string({unit: anyChar, maxLength: 80}), (name) => {
        const plan = emptyPlan();
        plan.names.partnership = name;
        const file = exportFileName(plan, 'providers', 'ja', NOW, 'csv');
        // eslint-disable-next-line no-control-regex
        expect(file).not.toMatch(/[/\\:*?"<>|\u0000-\u001F\u007F\s]/);
        expect(file).toMatch(/^partnership-plan-.+-providers-2025-04-01\.csv$/);
      }),
      {numRuns: 200},
    );
  });
});
