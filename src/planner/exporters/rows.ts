/**
 * The checklist as a table of strings: what the CSV and the spreadsheet both
 * write, so that the two never disagree on a column. Owners are named as the
 * parties are (with the names the reader gave), not from the reader's side:
 * an export is read by the partner too.
 */
import {figureRef, guidelines, phases, type Locale, type PhaseId} from '../../catalog';
import type {ChecklistLine, ChecklistView} from '../checklist';
import {OWNERS, type Owner, type Plan, type Provider} from '../plan';
import {
  bracketed,
  columns,
  contractWith,
  ownerNames,
  referenceLabel,
  sourceNames,
  stampText,
  statusNames,
  stressNames,
} from '../strings';

/**
 * The columns: first what a meeting reads (and a spreadsheet prints, up to
 * the reference), then what filters and tools use, the id last.
 */
export const COLUMN_ORDER = [
  'group',
  'item',
  'text',
  'owner',
  'status',
  'note',
  'outcome',
  'figure',
  'phase',
  'chosen',
  'stress',
  'sources',
  'source',
  'changed',
  'id',
] as const;
/**
 * A customer in pattern 1 signs a contract with each provider (図表5): the
 * lines of those contracts have a status under each, in two more columns
 * after the line's summed-up status.
 */
export type ProviderStatusColumn = 'statusLead' | 'statusPartner';
export type ColumnId = (typeof COLUMN_ORDER)[number] | ProviderStatusColumn;

const PROVIDER_COLUMN: Record<ProviderStatusColumn, Provider> = {statusLead: 'lead', statusPartner: 'partner'};

/** Whether the lines carry a status per contract, and so the two columns. */
export function hasProviderStatus(lines: readonly ChecklistLine[]): boolean {
  return lines.some((l) => l.providerStatus !== null);
}

/** The agenda's columns: what is discussed, who answers, what was decided. */
export const AGENDA_COLUMN_ORDER = [
  'group',
  'item',
  'text',
  'owner',
  'status',
  'outcome',
  'note',
  'figure',
  'id',
] as const;

export interface ExportTable {
  columns: readonly ColumnId[];
  header: string[];
  rows: string[][];
}

function phaseName(id: PhaseId, locale: Locale): string {
  return phases.find((p) => p.id === id)?.name[locale] ?? id;
}

const LIST: Record<Locale, string> = {ja: '、', en: ', '};

/** An owner in an export: the party's role, and the name the reader gave it. */
export function ownerCell(owner: Owner, plan: Pick<Plan, 'names'>, locale: Locale): string {
  const name = owner === 'both' ? '' : plan.names[owner].trim();
  return name ? `${ownerNames[owner][locale]}${bracketed(name, locale)}` : ownerNames[owner][locale];
}

/** Every owner a cell may hold, for a spreadsheet's drop-down. */
export function ownerCells(plan: Pick<Plan, 'names'>, locale: Locale): string[] {
  return OWNERS.map((o) => ownerCell(o, plan, locale));
}

/** The figures a line comes from, each once. */
export function figureCell(line: ChecklistLine, locale: Locale): string {
  if (line.sources.length === 0) return referenceLabel(line.group, locale);
  return [...new Set(line.sources.map((s) => s.figure))].map((f) => figureRef(f, locale)).join(LIST[locale]);
}

/** Where each guideline asks a line asked by more than one (図表25); '' for a line asked once. */
export function sourcesCell(line: ChecklistLine, locale: Locale): string {
  const places = line.sources.filter((s) => s.guideline);
  if (places.length < 2) return '';
  return places
    .map((s) =>
      [guidelines.find((g) => g.id === s.guideline)?.name[locale], s.where?.[locale]].filter(Boolean).join(' '),
    )
    .join('\n');
}

/** Who last changed the line, and when; '' for a line no one has changed. */
export function changedCell(line: Pick<ChecklistLine, 'id'>, plan: Pick<Plan, 'edits'>, locale: Locale): string {
  const stamp = plan.edits[line.id];
  return stamp ? stampText(stamp, locale) : '';
}

export function chosenCell(line: ChecklistLine, locale: Locale): string {
  return line.choices
    .filter((c) => line.chosen.includes(c.id))
    .map((c) => c.label[locale])
    .join(LIST[locale]);
}

/** One row per line, in the lines' order, columns in COLUMN_ORDER (AGENDA_COLUMN_ORDER for the agenda). */
export function exportRows(
  lines: readonly ChecklistLine[],
  plan: Plan,
  view: ChecklistView,
  locale: Locale,
): ExportTable {
  const base: readonly ColumnId[] = view === 'agenda' ? AGENDA_COLUMN_ORDER : COLUMN_ORDER;
  const order: readonly ColumnId[] = hasProviderStatus(lines)
    ? base.flatMap((c): ColumnId[] => (c === 'status' ? ['status', 'statusLead', 'statusPartner'] : [c]))
    : base;
  const header = order.map((c) =>
    c === 'statusLead' || c === 'statusPartner'
      ? `${columns.status[locale]}${bracketed(contractWith(PROVIDER_COLUMN[c], plan, locale), locale)}`
      : columns[c][locale],
  );
  const rows = lines.map((line) => {
    const cells: Record<ColumnId, string> = {
      id: line.id,
      phase: phaseName(line.phase, locale),
      group: line.group.name[locale],
      item: line.item[locale],
      text: line.text[locale],
      chosen: chosenCell(line, locale),
      stress: line.stress.map((s) => stressNames[s].tag[locale]).join(LIST[locale]),
      source: sourceNames[line.source][locale],
      figure: figureCell(line, locale),
      sources: sourcesCell(line, locale),
      status: statusNames[line.status][locale],
      statusLead: line.providerStatus ? statusNames[line.providerStatus.lead][locale] : '',
      statusPartner: line.providerStatus ? statusNames[line.providerStatus.partner][locale] : '',
      owner: ownerCell(line.owner, plan, locale),
      note: line.note,
      outcome: line.outcome,
      changed: changedCell(line, plan, locale),
    };
    return order.map((c) => cells[c]);
  });
  return {columns: order, header, rows};
}

/** The columns a bilingual export gives in both languages, side by side: what the guide says. */
const PAIRED: ReadonlySet<ColumnId> = new Set(['group', 'item', 'text', 'chosen', 'sources', 'phase']);

/**
 * The table in both languages, for a Japanese and an English-speaking party
 * reading the same rows: the guide's words (agreement, item, question …) in a
 * Japanese and an English column side by side; the reader's own text, the
 * status and owner (drop-downs), the reference and the id once, in the
 * language of the page it was made on, under a heading in both. The texts
 * must have both halves (see bilingual.ts).
 */
export function bilingualRows(
  lines: readonly ChecklistLine[],
  plan: Plan,
  view: ChecklistView,
  primary: Locale,
): ExportTable {
  const ja = exportRows(lines, plan, view, 'ja');
  const en = exportRows(lines, plan, view, 'en');
  const main = primary === 'ja' ? ja : en;
  const columns: ColumnId[] = [];
  const header: string[] = [];
  const picks: ((row: number) => string)[] = [];
  ja.columns.forEach((c, i) => {
    if (PAIRED.has(c)) {
      columns.push(c, c);
      header.push(ja.header[i]!, en.header[i]!);
      picks.push(
        (r) => ja.rows[r]![i]!,
        (r) => en.rows[r]![i]!,
      );
    } else {
      columns.push(c);
      header.push(ja.header[i] === en.header[i] ? ja.header[i]! : `${ja.header[i]} / ${en.header[i]}`);
      picks.push((r) => main.rows[r]![i]!);
    }
  });
  return {columns, header, rows: ja.rows.map((_, r) => picks.map((pick) => pick(r)))};
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
