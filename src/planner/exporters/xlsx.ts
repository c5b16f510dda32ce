/**
 * The checklist as an Excel workbook, laid out for the meeting: a summary
 * sheet (the plan's answers, and each row's progress), then the lines with a
 * frozen, filterable header, drop-downs for status and owner, and a print
 * set-up that fits the width of a landscape A4 page and repeats the header.
 * Loaded on demand by the UI (import()), so the workbook library is fetched
 * only by readers who ask for a spreadsheet.
 */
import ExcelJS from 'exceljs';
import type {Locale} from '../../catalog';
import {checklistRows, type ChecklistLine, type ChecklistView} from '../checklist';
import {LINE_STATUSES, type Plan} from '../plan';
import {
  bracketed,
  contactSheetTitle,
  plannerTitle,
  progressNames,
  referenceLabel,
  statusNames,
  titled,
  viewName,
} from '../strings';
import {contactHeader, contactRows} from '../contacts';
import {bilingualValueTable, chainPairs, exportsValues, valueTable} from './values';
import {bilingualMeta, exportMeta} from './meta';
import {bilingualRows, exportRows, inertCell, ownerCells, type ColumnId} from './rows';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Widths in characters; the columns that hold sentences get the room and wrap. */
const LAYOUT: Record<ColumnId, {width: number; wrap: boolean}> = {
  group: {width: 16, wrap: true},
  item: {width: 18, wrap: true},
  text: {width: 46, wrap: true},
  owner: {width: 16, wrap: true},
  status: {width: 10, wrap: false},
  statusLead: {width: 14, wrap: true},
  statusPartner: {width: 14, wrap: true},
  note: {width: 28, wrap: true},
  outcome: {width: 28, wrap: true},
  figure: {width: 10, wrap: true},
  phase: {width: 10, wrap: false},
  chosen: {width: 24, wrap: true},
  stress: {width: 12, wrap: true},
  sources: {width: 30, wrap: true},
  source: {width: 12, wrap: false},
  changed: {width: 24, wrap: true},
  id: {width: 28, wrap: false},
};

/** Width of text in a column's character units: a full-width letter takes two. */
function textWidth(text: string): number {
  let n = 0;
  for (const ch of text)
    n +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(
        ch,
      )
        ? 2
        : 1;
  return n;
}

/**
 * A row's height in points for its wrapped cells: spreadsheet apps do not all
 * work it out on opening (LibreOffice keeps one line), and a cut-off question
 * is no use in a meeting.
 */
function rowHeight(values: readonly string[], columns: readonly ColumnId[]): number {
  let lines = 1;
  values.forEach((value, i) => {
    const {width, wrap} = LAYOUT[columns[i]!];
    if (!wrap || value === '') return;
    const count = value
      .split(/\r\n|\r|\n/)
      .reduce((n, part) => n + Math.max(1, Math.ceil(textWidth(part) / (width - 1))), 0);
    lines = Math.max(lines, count);
  });
  return Math.min(409, lines * 14 + 3);
}

const SHEET_NAMES = {
  summary: {ja: '概要', en: 'Summary'},
  values: {ja: '合意する値', en: 'Agreed values'},
  contacts: {ja: '連絡先', en: 'Contacts'},
  lists: {ja: '選択肢', en: 'Choices'},
} as const;

/**
 * Excel refuses a sheet name over 31 characters, or with []:*?/\ in it, or
 * starting or ending with an apostrophe.
 */
export function sheetName(view: ChecklistView, locale: Locale, role: Plan['role'] = null): string {
  const title = viewName(view, role)[locale];
  const name = title
    .replace(/[[\]:*?/\\]/g, '')
    .slice(0, 31)
    .replace(/^['\s]+|['\s]+$/g, '');
  return name || 'Checklist';
}

const bold = {bold: true} as const;
const THIN: ExcelJS.Border = {style: 'thin', color: {argb: 'FF888888'}};
const THIN_BORDER: Partial<ExcelJS.Borders> = {top: THIN, left: THIN, bottom: THIN, right: THIN};
const HEADER_FILL: ExcelJS.Fill = {type: 'pattern', pattern: 'solid', fgColor: {argb: 'FFE8EEF4'}};

function printLandscape(sheet: ExcelJS.Worksheet, titleRows?: string): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    // "as many pages tall as it takes": Excel reads 0 so, LibreOffice as one page; a high cap reads so in both
    fitToHeight: 50,
    margins: {left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3},
    ...(titleRows ? {printTitlesRow: titleRows} : {}),
  };
}

export async function toXlsx(
  plan: Plan,
  lines: ChecklistLine[],
  view: ChecklistView,
  locale: Locale,
  now: Date,
  {both = false}: {both?: boolean} = {},
): Promise<Blob> {
  const book = new ExcelJS.Workbook();
  book.created = now;
  const title = viewName(view, plan.role)[locale];
  book.title = titled(plannerTitle[locale], plan.names.partnership.trim() || title, locale);

  // --- Summary: the plan's answers, then each row's progress.
  const summary = book.addWorksheet(SHEET_NAMES.summary[locale]);
  // a count's column is as wide as its status's name ("Needs confirmation" is not cut short)
  summary.columns = [
    {width: 40},
    {width: 70},
    ...LINE_STATUSES.map((s) => ({width: Math.max(10, textWidth(statusNames[s][locale]) + 2)})),
  ];
  summary.addRow([inertCell(book.title)]).font = {bold: true, size: 14};
  summary.addRow([]);
  for (const pair of [
    ...(both ? bilingualMeta(plan, view, now) : exportMeta(plan, view, locale, now)),
    // pattern 2: whether the SLA promised to the customer is backed
    ...(view === 'agenda' ? [] : chainPairs(plan, locale, both)),
  ]) {
    const row = summary.addRow([inertCell(pair.label), inertCell(pair.value)]);
    row.height = Math.min(409, Math.max(1, Math.ceil(textWidth(pair.value) / 68)) * 14 + 3);
    row.getCell(1).font = bold;
    row.getCell(1).alignment = {vertical: 'top'};
    row.getCell(2).alignment = {wrapText: true, vertical: 'top'};
  }
  summary.addRow([]);
  const progressHeader = summary.addRow([
    title,
    {ja: '進み具合', en: 'Progress'}[locale],
    ...LINE_STATUSES.map((s) => statusNames[s][locale]),
  ]);
  progressHeader.font = bold;
  progressHeader.eachCell((c) => (c.fill = HEADER_FILL));
  // the counts' headings stand over their figures
  for (let i = 3; i < 3 + LINE_STATUSES.length; i++) progressHeader.getCell(i).alignment = {horizontal: 'right'};
  const progress = checklistRows(lines, plan).map((row) => ({
    row,
    // the figure tells apart rows of one name (the providers' SLA, the customer's SLA, 図表31's SLA)
    name: `${row.group.name[locale]}${bracketed(referenceLabel(row.group, locale), locale)}`,
  }));
  // the first column holds the answers' labels and these names: as wide as the longest name, within reason
  summary.getColumn(1).width = Math.min(60, Math.max(40, ...progress.map(({name}) => textWidth(name) + 2)));
  for (const {row, name} of progress) {
    const added = summary.addRow([
      inertCell(name),
      progressNames[row.progress][locale],
      ...LINE_STATUSES.map((s) => row.counts[s]),
    ]);
    added.alignment = {vertical: 'top'};
    added.getCell(1).alignment = {wrapText: true, vertical: 'top'};
  }
  printLandscape(summary);

  // --- The lines.
  // both: the guide's words in Japanese and English side by side (the texts must have both halves)
  const {columns, header, rows} = both
    ? bilingualRows(lines, plan, view, locale)
    : exportRows(lines, plan, view, locale);
  const sheet = book.addWorksheet(sheetName(view, locale, plan.role), {
    views: [{state: 'frozen', ySplit: 1, xSplit: 0}],
  });
  sheet.columns = columns.map((c) => ({width: LAYOUT[c].width}));
  const head = sheet.addRow(header);
  head.font = bold;
  head.alignment = {vertical: 'top', wrapText: true};
  // a contract's status heading ("状況（株式会社エー との契約）") wraps: its row is as tall as it needs
  head.height = Math.max(rowHeight(header, columns), 17);
  head.eachCell((c) => (c.fill = HEADER_FILL));
  for (const values of rows) {
    const row = sheet.addRow(values.map(inertCell));
    row.height = rowHeight(values, columns);
    row.alignment = {vertical: 'top'};
    columns.forEach((c, i) => {
      if (LAYOUT[c].wrap) row.getCell(i + 1).alignment = {vertical: 'top', wrapText: true};
    });
  }
  const last = Math.max(rows.length + 1, 2);
  sheet.autoFilter = {from: {row: 1, column: 1}, to: {row: last, column: columns.length}};
  // --- The agreed values, on a sheet of their own.
  if (exportsValues(plan, view)) {
    const {header, rows: valueRows} = both ? bilingualValueTable(plan) : valueTable(plan, locale);
    const values = book.addWorksheet(both ? SHEET_NAMES.values.ja : SHEET_NAMES.values[locale], {
      views: [{state: 'frozen', ySplit: 1}],
    });
    values.columns = [{width: 26}, {width: 34}, {width: 12}, {width: 36}, {width: 20}, {width: 14}, {width: 30}];
    const top = values.addRow(header.map(inertCell));
    top.font = bold;
    top.eachCell((c) => (c.fill = HEADER_FILL));
    for (const cells of valueRows) {
      const row = values.addRow(cells.map(inertCell));
      row.alignment = {vertical: 'top', wrapText: true};
    }
    values.autoFilter = {
      from: {row: 1, column: 1},
      to: {row: Math.max(2, valueRows.length + 1), column: header.length},
    };
    printLandscape(values, '1:1');
  }
  // --- A customer's contact sheet: whom to call at each provider.
  if (plan.role === 'customer' && view !== 'agenda') {
    const contacts = book.addWorksheet(SHEET_NAMES.contacts[locale]);
    contacts.columns = [{width: 30}, {width: 14}, {width: 22}, {width: 20}, {width: 30}, {width: 18}];
    contacts.addRow([inertCell(contactSheetTitle[locale])]).font = {bold: true, size: 14};
    const top = contacts.addRow(contactHeader(locale));
    top.font = bold;
    top.eachCell((c) => (c.fill = HEADER_FILL));
    for (const values of contactRows(plan, locale)) {
      const row = contacts.addRow(values.map(inertCell));
      // room to write by hand on a printout
      row.height = 28;
      row.alignment = {vertical: 'top', wrapText: true};
    }
    contacts.eachRow((row, n) => {
      if (n < 2) return;
      row.eachCell({includeEmpty: true}, (c) => (c.border = THIN_BORDER));
    });
    printLandscape(contacts, '2:2');
  }

  // The choices the drop-downs offer, on a sheet of their own (names may hold commas).
  const statuses = LINE_STATUSES.map((s) => statusNames[s][locale]);
  const owners = ownerCells(plan, locale);
  const lists = book.addWorksheet(SHEET_NAMES.lists[locale], {state: 'hidden'});
  statuses.forEach((s, i) => (lists.getCell(i + 1, 1).value = inertCell(s)));
  owners.forEach((o, i) => (lists.getCell(i + 1, 2).value = inertCell(o)));

  const listsName = `'${SHEET_NAMES.lists[locale]}'`;
  const dropDown = (column: ColumnId, range: string, what: string) => {
    const index = columns.indexOf(column);
    if (index < 0) return;
    for (let r = 2; r <= last; r++) {
      sheet.getCell(r, index + 1).dataValidation = {
        type: 'list',
        allowBlank: false,
        formulae: [`${listsName}!${range}`],
        showErrorMessage: true,
        errorTitle: what,
        error: what,
      };
    }
  };
  dropDown(
    'status',
    `$A$1:$A$${statuses.length}`,
    {ja: '一覧から状況を選んでください。', en: 'Pick a status from the list.'}[locale],
  );
  dropDown(
    'statusLead',
    `$A$1:$A$${statuses.length}`,
    {ja: '一覧から状況を選んでください。', en: 'Pick a status from the list.'}[locale],
  );
  dropDown(
    'statusPartner',
    `$A$1:$A$${statuses.length}`,
    {ja: '一覧から状況を選んでください。', en: 'Pick a status from the list.'}[locale],
  );
  dropDown(
    'owner',
    `$B$1:$B$${owners.length}`,
    {ja: '一覧から担当を選んでください。', en: 'Pick an owner from the list.'}[locale],
  );
  printLandscape(sheet, '1:1');
  // the printout holds what a meeting reads; the columns for filters and tools stay on screen
  // (up to the reference: the first columns, in whichever language and with a status per contract)
  const printed = view === 'agenda' ? columns.length - 1 : columns.indexOf('figure') + 1;
  // exceljs puts a $ before each part it is given, so the rows' own $ makes the range absolute ($A$1:$H$n),
  // the form LibreOffice reads as well as Excel
  sheet.pageSetup.printArea = `A$1:${String.fromCharCode(64 + printed)}$${last}`;
  sheet.headerFooter = {oddFooter: '&P / &N'};

  const buffer = await book.xlsx.writeBuffer();
  return new Blob([buffer], {type: XLSX_MIME});
}
