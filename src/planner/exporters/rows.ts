/**
 * The checklist as a table of strings: what the CSV and the spreadsheet both
 * write, so that the two never disagree on a column.
 */
import {figureRef, phases, type Locale, type PhaseId} from '../../catalog';
import type {ChecklistLine} from '../checklist';
import {columns, ownerNames, sourceNames, statusNames} from '../strings';

export const COLUMN_ORDER = ['id', 'phase', 'group', 'item', 'text', 'source', 'figure', 'status', 'owner', 'note'] as const;
export type ColumnId = (typeof COLUMN_ORDER)[number];

export interface ExportTable {
  header: string[];
  rows: string[][];
}

function phaseName(id: PhaseId, locale: Locale): string {
  return phases.find((p) => p.id === id)?.name[locale] ?? id;
}

/** One row per line, in the lines' order, columns in COLUMN_ORDER. */
export function exportRows(lines: ChecklistLine[], locale: Locale): ExportTable {
  const header = COLUMN_ORDER.map((c) => columns[c][locale]);
  const rows = lines.map((line) => {
    const cells: Record<ColumnId, string> = {
      id: line.id,
      phase: phaseName(line.phase, locale),
      group: line.group.name[locale],
      item: line.item[locale],
      text: line.text[locale],
      source: sourceNames[line.source][locale],
      figure: figureRef(line.figure, locale),
      status: statusNames[line.status][locale],
      owner: ownerNames[line.owner][locale],
      note: line.note,
    };
    return COLUMN_ORDER.map((c) => cells[c]);
  });
  return {header, rows};
}

// What Excel, LibreOffice and Google Sheets take for the start of a formula
// (or, for tab and CR, what can smuggle one past a naive check).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell made inert for spreadsheet apps: text that would start a formula
 * gets a leading apostrophe, which Excel reads as "this is text" (OWASP's
 * advice against CSV injection). A note such as "=HYPERLINK(…)" from a shared
 * plan would otherwise run when a colleague opens the export. Only the CSV and
 * XLSX use this; Markdown and JSON keep the text as typed.
 */
export function inertCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
