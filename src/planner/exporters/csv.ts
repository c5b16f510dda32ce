/**
 * The checklist as CSV, made for the spreadsheet most readers will open it
 * with: Japanese Excel, which reads a file without a BOM as Shift_JIS and
 * garbles every Japanese letter.
 */
import Papa from 'papaparse';
import type {Locale} from '../../catalog';
import type {ChecklistLine, ChecklistView} from '../checklist';
import type {Plan} from '../plan';
import {contactHeader, contactRows} from '../contacts';
import {contactSheetTitle} from '../strings';
import {bilingualMeta, exportMeta} from './meta';
import {bilingualRows, exportRows, inertCell} from './rows';
import {bilingualValueTable, chainPairs, exportsValues, valueColumns, valueTable} from './values';

export const CSV_MIME = 'text/csv;charset=utf-8';

const BOM = '\uFEFF';

/** The header as label/value rows, an empty row, then the table. */
export function toCsv(
  plan: Plan,
  lines: ChecklistLine[],
  view: ChecklistView,
  locale: Locale,
  now: Date,
  {both = false}: {both?: boolean} = {},
): string {
  // both: the guide's words in Japanese and English side by side (the texts must have both halves)
  const {header, rows} = both ? bilingualRows(lines, plan, view, locale) : exportRows(lines, plan, view, locale);
  // the plan's answers, then (pattern 2) whether the SLA promised to the customer is backed
  const meta = [
    ...(both ? bilingualMeta(plan, view, now) : exportMeta(plan, view, locale, now)),
    ...(view === 'agenda' ? [] : chainPairs(plan, locale, both)),
  ].map((m) => [m.label, m.value]);
  // a customer's check ends with their contact sheet, after an empty row
  const contacts =
    plan.role === 'customer' && view !== 'agenda'
      ? [[], [contactSheetTitle[locale]], contactHeader(locale), ...contactRows(plan, locale)]
      : [];
  // the agreed values, as a table of their own after the lines
  const values = exportsValues(plan, view)
    ? (({header: h, rows: r}) => [
        [],
        [both ? `${valueColumns.title.ja} / ${valueColumns.title.en}` : valueColumns.title[locale]],
        h,
        ...r,
      ])(both ? bilingualValueTable(plan) : valueTable(plan, locale))
    : [];
  const table = [...meta, [], header, ...rows, ...values, ...contacts].map((row) => row.map(inertCell));
  // CRLF is what RFC 4180 and Excel expect; line breaks inside a note stay as
  // typed, within a quoted field. Papaparse's own formula escaping stays off:
  // inertCell does it, the same way as in the spreadsheet.
  return BOM + Papa.unparse(table, {newline: '\r\n', escapeFormulae: false});
}
