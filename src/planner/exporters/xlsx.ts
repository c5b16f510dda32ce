/**
 * The checklist as an Excel workbook. Loaded on demand by the UI (import()),
 * so the zip writer behind it is fetched only by readers who ask for it.
 */
import writeXlsxFile, {type CellObject, type Row, type SheetData} from 'write-excel-file/universal';
import type {Locale} from '../../catalog';
import type {ChecklistLine, ChecklistView} from '../checklist';
import type {Plan} from '../plan';
import {viewNames} from '../strings';
import {exportMeta} from './meta';
import {COLUMN_ORDER, exportRows, inertCell, type ColumnId} from './rows';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Widths in characters; the columns that hold sentences get the room and wrap. */
const LAYOUT: Record<ColumnId, {width: number; wrap: boolean}> = {
  id: {width: 30, wrap: false},
  phase: {width: 12, wrap: false},
  group: {width: 24, wrap: true},
  item: {width: 24, wrap: true},
  text: {width: 60, wrap: true},
  source: {width: 12, wrap: false},
  figure: {width: 10, wrap: false},
  status: {width: 14, wrap: false},
  owner: {width: 16, wrap: false},
  note: {width: 40, wrap: true},
};

/**
 * Excel refuses a sheet name over 31 characters, or with []:*?/\ in it, or
 * starting or ending with an apostrophe ("Providers' checklist" is fine).
 */
export function sheetName(view: ChecklistView, locale: Locale): string {
  const name = viewNames[view][locale]
    .replace(/[[\]:*?/\\]/g, '')
    .slice(0, 31)
    .replace(/^['\s]+|['\s]+$/g, '');
  return name || 'Checklist';
}

/** A text cell: typed as String so that nothing in it is ever taken for a number, date or formula. */
const text = (value: string, style: Omit<CellObject, 'value' | 'type'> = {}): CellObject => ({
  ...style,
  type: String,
  value: inertCell(value),
});

export function toXlsx(
  plan: Plan,
  lines: ChecklistLine[],
  view: ChecklistView,
  locale: Locale,
  now: Date,
): Promise<Blob> {
  const {header, rows} = exportRows(lines, locale);
  // Meta values do not wrap: Excel lets them run on over the empty cells to
  // their right, rather than squeezing them into the narrow ID column's neighbour.
  const meta: Row[] = exportMeta(plan, view, locale, now).map((m) => [
    text(m.label, {fontWeight: 'bold'}),
    text(m.value),
  ]);
  const data: SheetData = [
    ...meta,
    [null],
    header.map((h) => text(h, {fontWeight: 'bold', alignVertical: 'top'})),
    ...rows.map((row) =>
      row.map((value, i) => text(value, {alignVertical: 'top', wrap: LAYOUT[COLUMN_ORDER[i]].wrap})),
    ),
  ];
  return writeXlsxFile(data, {
    sheet: sheetName(view, locale),
    columns: COLUMN_ORDER.map((c) => ({width: LAYOUT[c].width})),
  }).toBlob();
}
