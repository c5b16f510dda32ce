import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import ExcelJS from 'exceljs';
import {strFromU8, unzipSync} from 'fflate';
import {
  byPhase,
  checklistRows,
  deriveChecklist,
  viewLines,
  type ChecklistLine,
  type ChecklistView,
} from '@site/src/planner/checklist';
import {LIMITS, LINE_STATUSES, emptyPlan, textProblem, type Plan} from '@site/src/planner/plan';
import {agreementRules} from '@site/src/planner/rules';
import {planSummary} from '@site/src/planner/summary';
import {getAgreement} from '@site/src/catalog';
import {PLAN_VERSION, parsePlanFile} from '@site/src/planner/schema';
import {metaLabels, ownerNames, referenceLabel, statusNames} from '@site/src/planner/strings';
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
    'guideline.medical.r3': {status: 'na', owner: 'lead'},
  };
  plan.meeting = {
    date: '2025-04-10',
    attendees: '山田（あおば）、佐藤（みどり）',
    agenda: ['jointProvision.term.q1', 'license.scope.q1'],
  };
  plan.step = 'review';
  plan.reached = 'review';
  return plan;
}

function linesOf(plan: Plan, view: ChecklistView = 'plan'): ChecklistLine[] {
  return viewLines(deriveChecklist(plan), view, plan);
}

/** A row's cell by its column's header. */
function cellOf(
  header: readonly (string | null)[],
  row: readonly (string | null | undefined)[],
  name: string,
): string | null | undefined {
  const at = header.indexOf(name);
  expect(at, name).toBeGreaterThanOrEqual(0);
  return row[at];
}

/** The CSV as a spreadsheet app sees it: BOM dropped, parsed as RFC 4180. */
function parseCsv(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(1), {newline: '\r\n'});
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('meta', () => {
  it("names the plan, the parties and the answers the customer's view rests on, then the view, date, language and guide", () => {
    expect(exportMeta(samplePlan(), 'customer', 'ja', NOW)).toEqual([
      {label: 'プラン', value: 'さくら病院 予約連携'},
      {
        label: '当事者',
        value:
          '契約主体の事業者：株式会社あおばソフト、連携先の事業者：みどりクラウド株式会社、利用者：医療法人さくら会',
      },
      {label: '契約パターン', value: 'パターン2：1社が利用契約者と契約を一本化'},
      {label: '利用者のシステムとの連携', value: 'あり'},
      {label: '分野', value: '医療'},
      {label: '取り扱うデータ', value: '個人情報を取り扱う'},
      {label: '締結する取り決め', value: expect.stringContaining('ライセンス供与契約')},
      // the site's notes on what has become of the medical guideline and the personal-information act since 2012
      {
        label: 'ガイド以降の動き',
        value: expect.stringMatching(
          /^サイトの注記（\d{4}-\d{2}-\d{2}確認）：.*情報セキュリティ対策ガイドライン.*#since-aspSaasSecurity）$/,
        ),
      },
      {label: 'ガイド以降の動き', value: expect.stringMatching(/^サイトの注記.*医療情報.*#since-aspSaasMedical）$/)},
      {
        label: 'ガイド以降の動き',
        value: expect.stringMatching(/^サイトの注記.*個人情報保護法.*#since-personalInformationAct）$/),
      },
      {label: '内容', value: '利用者が事業者に確認すること'},
      {label: '作成日', value: '2025-04-01'},
      {label: '言語', value: '日本語'},
      {label: '参照', value: 'ASP・SaaS事業者連携ガイド（総務省、平成24年（2012年）7月）'},
    ]);
  });

  it("names each agreement once, in the guide's two groups, so that the SLA and the NDA of each side are told apart", () => {
    const plan = samplePlan();
    const included = agreementRules(plan).filter((r) => r.included);
    for (const locale of ['ja', 'en'] as const) {
      const value = exportMeta(plan, 'plan', locale, NOW).find((m) => m.label === metaLabels.agreements[locale])!.value;
      const label = {ja: '：', en: ': '}[locale];
      const groups = value.split({ja: '／', en: '. '}[locale]).map((g) => g.split(label));
      expect(groups.map(([name]) => name)).toEqual([
        metaLabels.agreementsBetweenProviders[locale],
        metaLabels.agreementsWithCustomer[locale],
      ]);
      for (const [i, parties] of (['providers', 'customer'] as const).entries()) {
        expect(groups[i]![1]!.split({ja: '、', en: ', '}[locale])).toEqual(
          included.filter((r) => r.agreement.parties === parties).map((r) => r.agreement.name[locale]),
        );
      }
      // each side's SLA and NDA, named alike, each in its own group
      const names = groups.map(([, list]) => list!.split({ja: '、', en: ', '}[locale]));
      expect(names[0]).toEqual(
        expect.arrayContaining([getAgreement('providerSla').name[locale], getAgreement('nda').name[locale]]),
      );
      expect(names[1]).toEqual(
        expect.arrayContaining([getAgreement('customerSla').name[locale], getAgreement('customerNda').name[locale]]),
      );
    }
  });

  it("the agenda's header carries the meeting's date and attendees; the plan's carries the reader's role and requirements", () => {
    const agenda = exportMeta(samplePlan(), 'agenda', 'ja', NOW);
    expect(agenda).toContainEqual({label: '打ち合わせ日', value: '2025-04-10'});
    expect(agenda).toContainEqual({label: '出席者', value: '山田（あおば）、佐藤（みどり）'});
    const whole = exportMeta(samplePlan(), 'plan', 'ja', NOW);
    expect(whole).toContainEqual({label: 'あなたの立場', value: '契約主体の事業者'});
    expect(whole).toContainEqual({label: '技術要件', value: 'マスタデータ連携、サーバ認証（主体認証）'});
    expect(whole.map((m) => m.label)).not.toContain('打ち合わせ日');
  });

  it('says what is missing, and leaves out what nobody answered', () => {
    const plan = emptyPlan();
    plan.names.partner = 'Midori Cloud';
    const meta = exportMeta(plan, 'agenda', 'en', NOW);
    expect(meta.map((m) => m.value)).toEqual([
      '(untitled)',
      'Partner provider: Midori Cloud',
      'Not answered',
      'None',
      'None',
      'Meeting agenda',
      '2025-04-01',
      'English',
      'ASP/SaaS Provider Partnership Guide (MIC, July 2012)',
    ]);
    expect(exportMeta(emptyPlan(), 'agenda', 'en', NOW).map((m) => m.label)).not.toContain('Parties');
  });
});

describe('planSummary', () => {
  it('says the parties are not named yet, rather than that there are none, and marks the answer as missing', () => {
    for (const locale of ['ja', 'en'] as const) {
      const parties = planSummary({...emptyPlan(), role: 'partner'}, locale).find((r) => r.key === 'parties')!;
      expect(parties).toMatchObject({value: metaLabels.notNamed[locale], missing: true, step: 'about'});
      expect(parties.value).not.toBe(metaLabels.none[locale]);
    }
    const named = {...emptyPlan(), names: {...emptyPlan().names, partner: 'みどりクラウド'}};
    expect(planSummary(named, 'ja').find((r) => r.key === 'parties')).toMatchObject({
      value: '連携先の事業者：みどりクラウド',
      missing: false,
    });
  });
});

describe('the guide named in every export', () => {
  // The cover of the guide (sources/partnership-guide-cover.txt) gives its
  // issuer and its month; a file read away from the site must say both.
  const cover = readFileSync(new URL('../../sources/partnership-guide-cover.txt', import.meta.url), 'utf8');

  it.each(['ja', 'en'] as const)('carries the issuer and the date of the guide (%s)', (locale) => {
    const reference = exportMeta(samplePlan(), 'plan', locale, NOW).at(-1)!;
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

  it('reaches the CSV, the Markdown and the spreadsheet', {timeout: 20_000}, async () => {
    const plan = samplePlan();
    const lines = linesOf(plan);
    const ja = exportMeta(plan, 'plan', 'ja', NOW).at(-1)!.value;
    expect(toCsv(plan, lines, 'plan', 'ja', NOW)).toContain(ja);
    expect(toMarkdown(plan, lines, 'plan', 'ja', NOW)).toContain(ja);
    const blob = await toXlsx(plan, lines, 'plan', 'ja', NOW);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await blob.arrayBuffer());
    const cells = book
      .getWorksheet('概要')!
      .getSheetValues()
      .flatMap((r) => (Array.isArray(r) ? r.map(String) : []));
    expect(cells).toContain(ja);
  });
});

describe('exportRows', () => {
  it('gives one row per line, the id last, owners named as the parties are', () => {
    const plan = samplePlan();
    const lines = linesOf(plan);
    const {header, rows} = exportRows(lines, plan, 'plan', 'ja');
    expect(header).toEqual([
      '取り決め・要件',
      '項目',
      '確認事項',
      '担当',
      '状況',
      'メモ',
      '決定事項・結果',
      '図表',
      '段階',
      '選んだもの',
      '重点',
      '出典箇所',
      '出典',
      '最終更新',
      'ID',
    ]);
    expect(rows).toHaveLength(lines.length);
    const row = rows[lines.findIndex((l) => l.id === 'jointProvision.purpose.q1')]!;
    const cell = (r: string[], name: string) => cellOf(header, r, name);
    expect(cell(row, '段階')).toBe('販売段階');
    expect(cell(row, '取り決め・要件')).toBe('サービス共同提供契約');
    expect(cell(row, '確認事項')).toContain('目的');
    expect(cell(row, '担当')).toBe('連携先の事業者（みどりクラウド株式会社）');
    expect(cell(row, '状況')).toBe('済');
    expect(cell(row, 'メモ')).toBe(TRICKY_NOTE);
    expect(cell(row, '図表')).toBe('図表10');
    expect(row.at(-1)).toBe('jointProvision.purpose.q1');
    // A detail figure is named beside 図表18: 図表19 details the master data row.
    expect(cell(rows[lines.findIndex((l) => l.id === 'tech.masterData.task1')]!, '図表')).toBe('図表18、図表19');
    // The personal-information question is stressed for a plan that handles it.
    expect(cell(rows[lines.findIndex((l) => l.id === 'confidentiality.personalInfo.q1')]!, '重点')).toBe('個人情報');
    // A guideline requirement asked in several places lists them all.
    const quoted = cellOf(header, rows[lines.findIndex((l) => l.id === 'guideline.security.r3')]!, '出典箇所')!;
    expect(quoted.split('\n').length).toBeGreaterThan(3);
    expect(quoted).toContain('表３-１２');
  });

  it("the agenda's rows are its lines in the reader's order, with the outcome beside the owner", () => {
    const plan = samplePlan();
    plan.lines['license.scope.q1'] = {outcome: '範囲は別紙で合意'};
    const {header, rows} = exportRows(linesOf(plan, 'agenda'), plan, 'agenda', 'ja');
    expect(header).toEqual([
      '取り決め・要件',
      '項目',
      '確認事項',
      '担当',
      '状況',
      '決定事項・結果',
      'メモ',
      '図表',
      'ID',
    ]);
    expect(rows.map((r) => r.at(-1))).toEqual(['jointProvision.term.q1', 'license.scope.q1']);
    expect(rows[1]![3]).toBe('連携先の事業者（みどりクラウド株式会社）');
    expect(rows[1]![5]).toBe('範囲は別紙で合意');
  });
});

describe('toCsv', () => {
  const plan = samplePlan();
  const lines = linesOf(plan);

  it('opens in Japanese Excel: BOM, CRLF between records, the meta first', () => {
    const csv = toCsv(plan, lines, 'plan', 'ja', NOW);
    expect(CSV_MIME).toBe('text/csv;charset=utf-8');
    const data = parseCsv(csv);
    const meta = exportMeta(plan, 'plan', 'ja', NOW);
    expect(data.slice(0, meta.length)).toEqual(meta.map((m) => [m.label, m.value]));
    expect(data[meta.length]).toEqual(['']);
    expect(data[meta.length + 1]!.at(-1)).toBe('ID');
    // Outside quoted fields, every line break is CRLF; inside, a note keeps its own.
    const unquoted = csv.replace(/"(?:[^"]|"")*"/g, '""');
    expect(unquoted).not.toMatch(/[^\r]\n|\r(?!\n)/);
    expect(unquoted.split('\r\n')).toHaveLength(data.length);
  });

  it('round-trips every line: id, Japanese text, labels and notes', () => {
    const data = parseCsv(toCsv(plan, lines, 'plan', 'ja', NOW));
    const headerAt = data.findIndex((r) => r.at(-1) === 'ID');
    const header = data[headerAt]!;
    const body = data.slice(headerAt + 1);
    expect(body).toHaveLength(lines.length);
    body.forEach((row, i) => {
      const line = lines[i];
      expect(row).toHaveLength(header.length);
      expect(cellOf(header, row, 'ID')).toBe(line.id);
      expect(cellOf(header, row, '確認事項')).toBe(line.text.ja);
      expect(cellOf(header, row, '状況')).toBe(statusNames[line.status].ja);
      expect(cellOf(header, row, '担当')).toMatch(new RegExp(`^${ownerNames[line.owner].ja}`));
    });
    const byId = new Map(body.map((row) => [cellOf(header, row, 'ID'), row]));
    const note = (id: string) => cellOf(header, byId.get(id)!, 'メモ');
    expect(note('jointProvision.purpose.q1')).toBe(TRICKY_NOTE);
    expect(cellOf(header, byId.get('jointProvision.purpose.q1')!, '状況')).toBe('済');
    expect(note('customerNda.scope.q1')).toBe('秘密情報の範囲は別紙1のとおり');
    // The one thing that does not come back as typed: a formula is defused.
    expect(note('jointProvision.term.q1')).toBe(`'${FORMULA_NOTE}`);
    // Multi-line catalog text (図表25) stays in its cell.
    expect(cellOf(header, byId.get('guideline.security.r2')!, '出典箇所')).toContain('\n');
  });

  it('writes English headers and labels for the English site', () => {
    const data = parseCsv(toCsv(plan, lines, 'plan', 'en', NOW));
    expect(data[0]).toEqual(['Plan', 'さくら病院 予約連携']);
    const headerAt = data.findIndex((r) => r.at(-1) === 'ID');
    const header = data[headerAt]!;
    expect(header.at(-1)).toBe('ID');
    expect(header).toContain('Decision or outcome');
    const row = data.find((r) => r.at(-1) === 'jointProvision.purpose.q1')!;
    expect(cellOf(header, row, 'Phase')).toBe('Sales phase');
    expect(cellOf(header, row, 'Figure')).toBe('Figure 10');
    expect(cellOf(header, row, 'Status')).toBe('Done');
    expect(cellOf(header, row, 'Owner')).toBe('Partner provider (みどりクラウド株式会社)');
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
    const awkward = fc.constantFrom(
      ',',
      '"',
      '\n',
      '\r',
      '\r\n',
      '\t',
      ' ',
      '=',
      '+',
      '-',
      '@',
      "'",
      '\uFEFF',
      'あ',
      '漢',
      '😀',
    );
    const note = fc
      .oneof(
        fc.string({unit: anyChar, maxLength: 60}),
        fc.string({
          unit: fc.oneof(awkward, fc.string({unit: 'grapheme-ascii', minLength: 1, maxLength: 3})),
          maxLength: 30,
        }),
      )
      .filter((s) => textProblem(s, LIMITS.note) === null);
    fc.assert(
      fc.property(note, (text) => {
        // A few lines suffice around the one under test, and keep 200 runs quick.
        const withNote = lines.slice(0, 5).map((l) => (l.id === id ? {...l, note: text} : l));
        const data = parseCsv(toCsv(plan, withNote, 'plan', 'ja', NOW));
        const header = data.find((r) => r.at(-1) === 'ID')!;
        const row = data.find((r) => r.at(-1) === id)!;
        const expected = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
        expect(cellOf(header, row, 'メモ')).toBe(expected);
      }),
      {numRuns: 200},
    );
  });
});

// Building and reading a workbook takes a second or two, more on a busy 2-core machine.
describe('toXlsx', {timeout: 20_000}, () => {
  async function workbook(plan: Plan, view: ChecklistView, locale: 'ja' | 'en' = 'ja') {
    const blob = await toXlsx(plan, linesOf(plan, view), view, locale, NOW);
    expect(blob.type).toBe(XLSX_MIME);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await blob.arrayBuffer());
    return book;
  }
  // Rows and cells as text; a sheet's value arrays are sparse (empty rows and cells are holes).
  const values = (sheet: ExcelJS.Worksheet) =>
    Array.from(sheet.getSheetValues().slice(1), (r) =>
      Array.isArray(r) ? Array.from(r.slice(1), (v) => (v == null ? null : String(v))) : [],
    );

  it("gives each status count on the summary a column wide enough for the status's name", async () => {
    for (const locale of ['ja', 'en'] as const) {
      const sheet = (await workbook(samplePlan(), 'plan', locale)).worksheets[0]!;
      const header = values(sheet).find((r) => r.includes(statusNames.confirm[locale]))!;
      for (const status of LINE_STATUSES) {
        const column = header.indexOf(statusNames[status][locale]) + 1;
        expect(column).toBeGreaterThan(2);
        // ASCII here: a character a unit
        expect(sheet.getColumn(column).width).toBeGreaterThanOrEqual(statusNames[status][locale].length);
      }
    }
  });

  it('opens on a summary of the plan and the progress of each row', async () => {
    const plan = samplePlan();
    const book = await workbook(plan, 'plan');
    expect(book.worksheets.map((w) => w.name)).toEqual(['概要', sheetName('plan', 'ja'), '選択肢']);
    const summary = values(book.getWorksheet('概要')!);
    expect(summary[0]![0]).toContain('さくら病院 予約連携');
    expect(summary).toContainEqual(['契約パターン', 'パターン2：1社が利用契約者と契約を一本化']);
    const rows = checklistRows(linesOf(plan), plan);
    const progressAt = summary.findIndex((r) => r[1] === '進み具合');
    expect(summary.slice(progressAt + 1).map((r) => r[0])).toEqual(
      rows.map((r) => `${r.group.name.ja}（図表${r.group.figure}）`),
    );
    const joint = summary.find((r) => r[0] === 'サービス共同提供契約（図表10）')!;
    expect(joint.slice(1, 6)).toEqual(['要確認あり', '13', '1', '1', '0']);
  });

  it('lists every line under a frozen, filterable header, with drop-downs for status and owner, fit to a landscape page', async () => {
    const plan = samplePlan();
    const lines = linesOf(plan);
    const book = await workbook(plan, 'plan');
    const sheet = book.getWorksheet(sheetName('plan', 'ja'))!;
    const all = values(sheet);
    const header = all[0]!;
    expect(header.at(-1)).toBe('ID');
    const body = all.slice(1);
    expect(body.map((r) => cellOf(header, r, 'ID'))).toEqual(lines.map((l) => l.id));
    expect(body.map((r) => cellOf(header, r, '確認事項'))).toEqual(lines.map((l) => l.text.ja));
    const byId = new Map(body.map((r) => [cellOf(header, r, 'ID'), r]));
    expect(cellOf(header, byId.get('jointProvision.purpose.q1')!, 'メモ')).toBe(TRICKY_NOTE);
    expect(cellOf(header, byId.get('jointProvision.term.q1')!, 'メモ')).toBe(`'${FORMULA_NOTE}`);

    expect(sheet.views[0]).toMatchObject({state: 'frozen', ySplit: 1});
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.pageSetup).toMatchObject({orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 50});
    expect(sheet.pageSetup.printTitlesRow).toBe('1:1');
    // the printout holds what a meeting reads, up to the figure; the row heights fit their wrapped text
    expect(sheet.pageSetup.printArea?.replace(/\$/g, '')).toBe(`A1:H${lines.length + 1}`);
    expect(header[7]).toBe('図表');
    const longest = lines.reduce((a, l, i) => (l.text.ja.length > lines[a]!.text.ja.length ? i : a), 0);
    expect(sheet.getRow(longest + 2).height).toBeGreaterThan(sheet.getRow(2).height ?? 15);
    const statusColumn = header.indexOf('状況') + 1;
    const ownerColumn = header.indexOf('担当') + 1;
    const lists = book.getWorksheet('選択肢')!;
    expect(lists.state).toBe('hidden');
    const statusList = sheet.getCell(2, statusColumn).dataValidation;
    expect(statusList).toMatchObject({type: 'list', formulae: [expect.stringMatching(/選択肢'!\$A\$1:\$A\$4$/)]});
    expect(sheet.getCell(lines.length + 1, ownerColumn).dataValidation).toMatchObject({type: 'list'});
    expect([1, 2, 3, 4].map((r) => String(lists.getCell(r, 1).value))).toEqual(['未着手', '済', '要確認', '対象外']);
    expect(String(lists.getCell(2, 2).value)).toBe('連携先の事業者（みどりクラウド株式会社）');
  });

  it('an agenda workbook holds the meeting in its summary and the agenda lines with their outcomes', async () => {
    const plan = samplePlan();
    plan.lines['license.scope.q1'] = {outcome: '範囲は別紙で合意'};
    const book = await workbook(plan, 'agenda', 'en');
    const summary = values(book.getWorksheet('Summary')!);
    expect(summary).toContainEqual(['Meeting date', '2025-04-10']);
    const all = values(book.getWorksheet(sheetName('agenda', 'en'))!);
    const header = all[0]!;
    expect(all.slice(1).map((r) => cellOf(header, r, 'ID'))).toEqual(plan.meeting.agenda);
    expect(cellOf(header, all[2]!, 'Decision or outcome')).toBe('範囲は別紙で合意');
  });

  it("titles the workbook with the plan's name, punctuated as each language is", async () => {
    const ja = await workbook(samplePlan(), 'plan', 'ja');
    expect(values(ja.worksheets[0]!)[0]).toEqual(['連携プランナー：さくら病院 予約連携']);
    expect(ja.title).toBe('連携プランナー：さくら病院 予約連携');
    const en = await workbook(samplePlan(), 'plan', 'en');
    expect(en.title).toBe('Partnership planner: さくら病院 予約連携');
  });

  it('names the sheet after the view, within what Excel accepts', () => {
    for (const view of ['plan', 'customer', 'agenda'] as const) {
      for (const locale of ['ja', 'en'] as const) {
        const name = sheetName(view, locale);
        expect(name.length).toBeGreaterThan(0);
        expect(name.length).toBeLessThanOrEqual(31);
        expect(name).not.toMatch(/[[\]:*?/\\]|^'|'$/);
      }
    }
    expect(sheetName('agenda', 'ja')).toBe('打ち合わせの議題');
  });
});

describe('toMarkdown', () => {
  const plan = samplePlan();
  const lines = linesOf(plan);
  const md = toMarkdown(plan, lines, 'plan', 'ja', NOW);
  const tasks = md.split('\n').filter((l) => /^- \[[ x]\] /.test(l));

  it('has a title, the meta and a heading for every phase and group', () => {
    expect(md.startsWith('# 連携プランナー：さくら病院 予約連携\n')).toBe(true);
    expect(md).toContain('- **契約パターン**：パターン2：1社が利用契約者と契約を一本化');
    for (const block of byPhase(checklistRows(lines, plan))) {
      expect(md).toContain(
        `\n## ${{sales: '販売段階', introduction: '導入段階', operation: '運用段階'}[block.phase]}\n`,
      );
      for (const {group} of block.items) {
        expect(md).toContain(`\n### ${group.name.ja}（${referenceLabel(group, 'ja')}）\n`);
      }
    }
  });

  it('gives one task per line, ticked when done', () => {
    expect(tasks).toHaveLength(lines.length);
    expect(tasks.filter((t) => t.startsWith('- [x]'))).toHaveLength(lines.filter((l) => l.status === 'done').length);
    expect(
      tasks.find((t) => t.includes('秘密情報の範囲') || t.includes('機密保持契約の対象とする情報の範囲が明示')),
    ).toMatch(/^- \[x\] /);
  });

  it('marks the questions this site added', () => {
    const marked = tasks.filter((t) => /、サイト追加(、[^、）]+)*）$/.test(t));
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
    const out = toMarkdown(hostile, linesOf(hostile), 'plan', 'en', NOW);
    expect(out).not.toMatch(/<script/i);
    expect(out).not.toContain('](');
    expect(out).not.toContain('http://');
    expect(out).toContain('&lt;script&gt;');
    expect(out).toContain('\\[link\\]\\(http\\://x)');
    expect(out.split('\n')[0]).toBe('# Partnership planner: \\# \\*Big\\* \\[x\\]\\(javascript:alert(1))');
    expect(out).toContain('  > \\- item\\\n  > 1\\. step\\\n  > \\===');
  });

  it('writes English for the English site', () => {
    const en = toMarkdown(plan, lines, 'plan', 'en', NOW);
    expect(en).toContain('\n## Sales phase\n');
    expect(en).toMatch(/\n- \[x\] \*\*.+\*\*: .+ \(Figure 10, Done, Partner provider \(みどりクラウド株式会社\)\)\n/);
    expect(en).toMatch(/, Added by this site\)\n/);
  });

  it('writes the agenda as a numbered list in its order, each with its outcome', () => {
    const withOutcome = {...plan, lines: {...plan.lines, 'license.scope.q1': {outcome: '範囲は別紙で合意'}}};
    const out = toMarkdown(withOutcome, linesOf(withOutcome, 'agenda'), 'agenda', 'ja', NOW);
    expect(out).toContain('- **打ち合わせ日**：2025-04-10');
    const items = out.split('\n').filter((l) => /^\d+\. \[[ x]\] /.test(l));
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^1\. \[ \] \*\*サービス共同提供契約：サービス共同提供契約の期間\*\*/);
    expect(items[1]).toMatch(/^2\. \[ \] \*\*ライセンス供与契約：適用範囲\*\*/);
    expect(out).toContain('   > **決定事項・結果**：範囲は別紙で合意');
  });
});

describe('toJson', () => {
  it('round-trips the plan through the plan file reader', () => {
    const plan = samplePlan();
    const result = parsePlanFile(toJson(plan, 'ja', NOW));
    expect(JSON_MIME).toBe('application/json');
    expect(result).toEqual({
      ok: true,
      file: {format: 'saas-partnership-plan', version: PLAN_VERSION, savedAt: NOW.toISOString(), locale: 'ja', plan},
    });
  });
});

describe('exportFileName', () => {
  it("starts with the plan's name, keeps Japanese and drops what file systems refuse", () => {
    const plan = emptyPlan();
    plan.names.partnership = ' さくら病院/予約:連携*計画?"<>|\t 2025 ';
    expect(exportFileName(plan, 'plan', NOW, 'csv')).toBe('さくら病院予約連携計画-2025-checklist-2025-04-01.csv');
    expect(exportFileName(plan, 'agenda', NOW, 'xlsx')).toBe('さくら病院予約連携計画-2025-agenda-2025-04-01.xlsx');
  });

  it('falls back to "partnership-plan" and caps the length', () => {
    expect(exportFileName(emptyPlan(), 'agenda', NOW, 'md')).toBe('partnership-plan-agenda-2025-04-01.md');
    const plan = emptyPlan();
    plan.names.partnership = '\\/:*?';
    expect(exportFileName(plan, 'customer', NOW, 'xlsx')).toBe('partnership-plan-customer-check-2025-04-01.xlsx');
    plan.names.partnership = '連'.repeat(200);
    expect(exportFileName(plan, 'customer', NOW, 'json').length).toBeLessThan(120);
  });

  it('never lets an unsafe character through', () => {
    fc.assert(
      fc.property(fc.string({unit: anyChar, maxLength: 80}), (name) => {
        const plan = emptyPlan();
        plan.names.partnership = name;
        const file = exportFileName(plan, 'plan', NOW, 'csv');
        expect(file).not.toMatch(/[/\\:*?"<>|\u0000-\u001F\u007F\s]/);
        expect(file).toMatch(/^.+-checklist-2025-04-01\.csv$/);
      }),
      {numRuns: 200},
    );
  });
});

/**
 * What XML 1.0 cannot hold (a workbook is XML in a zip, and Excel calls a
 * workbook holding one corrupt) and the Unicode noncharacters: the controls
 * other than tab and line breaks, half a character, U+FFFE and U+FFFF,
 * U+FDD0–FDEF and the last two code points of every plane.
 */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/;

describe('no export holds a character XML forbids', {timeout: 60_000}, () => {
  /** Any UTF-16 unit or code point, the forbidden ones often. */
  const wild = fc.oneof(
    anyChar,
    fc.integer({min: 0, max: 0xffff}).map((c) => String.fromCharCode(c)),
    fc.constantFrom('\uFFFE', '\uFFFF', '\uFDD0', '\uFDEF', '\u{1FFFE}', '\u{10FFFF}', '\u0001', '\u000B', '\uD800'),
  );
  const typed = (max: number) => fc.string({unit: wild, maxLength: 30}).map((s) => s.slice(0, max));

  it('the planner refuses every such character as it is typed', () => {
    fc.assert(
      fc.property(typed(LIMITS.note), (text) => {
        if (FORBIDDEN.test(text)) expect(textProblem(text, LIMITS.note)).not.toBeNull();
      }),
      {numRuns: 2000},
    );
  });

  it('so that what it takes in reaches the CSV, Markdown, plan file and workbook, and none of them holds one', async () => {
    const customer = (text: string): Plan => {
      const plan = samplePlan();
      plan.role = 'customer';
      plan.contacts.lead.faults = {name: text, department: text, reach: text, hours: text};
      plan.contacts.partner.billing = {name: text, department: text, reach: text, hours: text};
      return plan;
    };
    const lead = (text: string): Plan => {
      const plan = samplePlan();
      plan.names = {partnership: text, lead: text, partner: text, customer: text};
      plan.meeting = {...plan.meeting, attendees: text};
      plan.lines = {
        ...plan.lines,
        'jointProvision.term.q1': {status: 'confirm', note: text, outcome: text},
      };
      return plan;
    };
    const samples = await fc.sample(
      typed(LIMITS.contact).filter((s) => s.trim() !== '' && textProblem(s, LIMITS.contact) === null),
      {numRuns: 12, seed: 28},
    );
    for (const text of samples) {
      for (const [plan, view] of [
        [lead(text), 'plan'],
        [lead(text), 'agenda'],
        [customer(text), 'customer'],
      ] as const) {
        const lines = linesOf(plan, view);
        for (const out of [
          toCsv(plan, lines, view, 'ja', NOW),
          toMarkdown(plan, lines, view, 'en', NOW),
          toJson(plan, 'ja', NOW),
        ]) {
          expect(out).not.toMatch(FORBIDDEN);
        }
        const zip = unzipSync(new Uint8Array(await (await toXlsx(plan, lines, view, 'ja', NOW)).arrayBuffer()));
        const xml = Object.entries(zip).filter(([name]) => name.endsWith('.xml'));
        expect(xml.length).toBeGreaterThan(3);
        for (const [name, bytes] of xml) expect(strFromU8(bytes), name).not.toMatch(FORBIDDEN);
        // and the text the reader typed is there, whole (XML-escaped where it must be)
        const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
        expect(
          xml.some(([, bytes]) => strFromU8(bytes).includes(escaped)),
          JSON.stringify(text),
        ).toBe(true);
      }
    }
  });
});

describe('agreed values and the SLA chain in every export (図表16・図表28)', {timeout: 30_000}, () => {
  /** The medical pattern-2 plan with the three availabilities typed, monthly. */
  function withValues(patch: Partial<Plan['values']> = {}): Plan {
    const plan = samplePlan();
    const v = (value: unknown, by: 'lead' | 'partner' = 'lead', agreed = false) => ({
      value: value as never,
      by,
      agreed,
    });
    plan.values = {
      'customerSla.availability': v(99.9),
      'customerSla.period': v('month'),
      'providerSla.availability': v(99.5, 'partner', true),
      'providerSla.period': v('month', 'partner', true),
      'leadOwn.availability': v(99.95),
      'leadOwn.period': v('month'),
      'jointProvision.term': v({amount: 12, unit: 'months'}),
      ...patch,
    } as Plan['values'];
    return plan;
  }
  const gapJa =
    '利用者への稼働率99.9%は、みどりクラウド株式会社 99.5%・株式会社あおばソフト自身 99.95%の保証では裏付けられていません（最悪の場合 99.45%、差 0.45ポイント）。';

  it('the CSV says the promise is not backed among its header lines, and lists the values in a table of their own', () => {
    const plan = withValues();
    const data = parseCsv(toCsv(plan, linesOf(plan), 'plan', 'ja', NOW));
    expect(data).toContainEqual(['SLAの裏付け（図表16・図表28）', gapJa]);
    const at = data.findIndex((r) => r[0] === '合意する値');
    expect(at).toBeGreaterThan(0);
    expect(data[at + 1]).toEqual(['取り決め', '値の項目', '図表', '内容', '提案', '双方で合意', 'ID']);
    const rows = data.slice(at + 2);
    expect(rows).toContainEqual([
      'SLA',
      '稼働率',
      '図表16',
      '99.5%',
      '連携先の事業者',
      'あり',
      'providerSla.availability',
    ]);
    expect(rows).toContainEqual([
      'サービス共同提供契約',
      '契約期間',
      '図表10',
      '12か月',
      '契約主体の事業者',
      'なし',
      'jointProvision.term',
    ]);
    // the lead's own level, which no agreement holds, is named as such
    expect(rows.find((r) => r.at(-1) === 'leadOwn.availability')?.[0]).toBe('契約主体の事業者自身の水準');
  });

  it('with one availability removed, every export says the chain cannot be checked yet', async () => {
    const plan = withValues();
    delete plan.values['leadOwn.availability'];
    const missing = '稼働率はまだ確認できません（未入力：株式会社あおばソフト自身の水準）。';
    expect(toCsv(plan, linesOf(plan), 'plan', 'ja', NOW)).toContain(missing);
    expect(toMarkdown(plan, linesOf(plan), 'plan', 'ja', NOW)).toContain(missing);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await (await toXlsx(plan, linesOf(plan), 'plan', 'ja', NOW)).arrayBuffer());
    const summary = book
      .getWorksheet('概要')!
      .getSheetValues()
      .flatMap((r) => (Array.isArray(r) ? r.map(String) : []));
    expect(summary).toContain(missing);
  });

  it('the workbook gives the values a sheet of their own, in English too, and the summary the chain', async () => {
    const plan = withValues();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await (await toXlsx(plan, linesOf(plan), 'plan', 'en', NOW)).arrayBuffer());
    const sheet = book.getWorksheet('Agreed values')!;
    const rows = sheet.getSheetValues().flatMap((r) => (Array.isArray(r) ? [r.slice(1).map(String)] : []));
    expect(rows[0]).toEqual(['Agreement', 'Value', 'Figure', 'What was set', 'Proposed by', 'Agreed by both', 'ID']);
    expect(rows).toContainEqual([
      'SLA (service level agreement)',
      'Availability',
      'Figure 16',
      '99.5%',
      'Partner provider',
      'Yes',
      'providerSla.availability',
    ]);
    const summary = book
      .getWorksheet('Summary')!
      .getSheetValues()
      .flatMap((r) => (Array.isArray(r) ? r.map(String) : []));
    expect(summary.some((c) => c.startsWith('The availability of 99.9% promised to the customer is not backed'))).toBe(
      true,
    );
  });

  it('the Markdown has the chain in its header and the values as a table', () => {
    const plan = withValues();
    const md = toMarkdown(plan, linesOf(plan), 'plan', 'ja', NOW);
    expect(md).toContain(`- **SLAの裏付け（図表16・図表28）**：${gapJa}`);
    expect(md).toContain('## 合意する値');
    // (the Markdown escapes a dot after digits, which would otherwise start a numbered list)
    expect(md).toContain('| SLA | 稼働率 | 図表16 | 99\\.5% | 連携先の事業者 | あり | providerSla.availability |');
  });

  it('an agenda carries neither, and a plan without values has no values table', () => {
    const plan = withValues();
    expect(toCsv(plan, linesOf(plan, 'agenda'), 'agenda', 'ja', NOW)).not.toContain('合意する値');
    expect(toCsv(plan, linesOf(plan, 'agenda'), 'agenda', 'ja', NOW)).not.toContain('SLAの裏付け');
    const none = samplePlan();
    expect(toCsv(none, linesOf(none), 'plan', 'ja', NOW)).not.toContain('合意する値');
  });
});
