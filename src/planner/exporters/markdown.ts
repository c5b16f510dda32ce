/**
 * The checklist as Markdown: a page to paste into an issue, a wiki or a
 * meeting note, with GitHub task-list boxes to tick off.
 *
 * Every piece of text, the reader's and the catalog's alike, is escaped, so
 * that a note can never become a link, an image, HTML or a heading wherever
 * the page is pasted.
 */
import {phases, type Locale} from '../../catalog';
import {byPhase, checklistRows, type ChecklistLine, type ChecklistView} from '../checklist';
import {PROVIDERS, type Plan} from '../plan';
import {contactHeader, contactRows} from '../contacts';
import {
  columns,
  contactSheetTitle,
  contractWith,
  metaLabels,
  plannerTitle,
  referenceLabel,
  sourceNames,
  statusNames,
  stressNames,
} from '../strings';
import {bilingualValueTable, chainPairs, exportsValues, valueColumns, valueTable} from './values';
import {bilingualMeta, exportMeta} from './meta';
import {changedCell, chosenCell, figureCell, ownerCell, sourcesCell} from './rows';

const PUNCTUATION: Record<Locale, {label: string; open: string; close: string; between: string}> = {
  ja: {label: '：', open: '（', close: '）', between: '、'},
  en: {label: ': ', open: ' (', close: ')', between: ', '},
};

/**
 * Characters with a meaning somewhere in CommonMark or GFM: emphasis, code,
 * links and images, headings, tables, strikethrough and GitHub's $math$. A
 * backslash makes any of them literal.
 */
const BACKSLASHED = /[\\`*_[\]#|~$!]/g;
/**
 * HTML and entities are neutralised with entities instead: every Markdown
 * dialect decodes those, while some (the original Markdown.pl) pass "\<" on
 * as a backslash followed by live HTML.
 */
const ENTITIES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;'};

/** Escapes text that stays on one line of the output. */
function escapeInline(text: string): string {
  return (
    text
      .replace(/[&<>]/g, (c) => ENTITIES[c])
      .replace(BACKSLASHED, (c) => `\\${c}`)
      // "](" is how a link starts; with the bracket already escaped this only
      // spares a naive filter (or reader) the look of one.
      .replace(/\\\]\(/g, '\\]\\(')
      // GFM turns bare URLs and e-mail addresses into links; an escaped
      // character in the middle stops it from recognising them.
      .replace(/:\/\//g, '\\://')
      .replace(/\b(www)\./gi, '$1\\.')
      .replace(/@/g, '\\@')
      // At the start of a line these open a list, a setext heading underline or
      // a numbered list; the start of any line we write may be such a start.
      .replace(/^([-+=])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2')
  );
}

function lines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** Text put on a single line (headings, bold item names, the header). */
function oneLine(text: string): string {
  return escapeInline(lines(text).join(' '));
}

/**
 * Text that may run over several lines, kept inside its list item or quote:
 * each further line starts with `prefix` (the item's indentation) and each
 * break is a hard one (a trailing backslash), so the lines stay lines. Blank
 * lines are dropped: one would end the list item.
 */
function multiLine(text: string, prefix: string): string {
  return lines(text).map(escapeInline).join(`\\\n${prefix}`);
}

function taskLine(line: ChecklistLine, plan: Plan, locale: Locale, bullet = '-'): string[] {
  const p = PUNCTUATION[locale];
  const box = line.status === 'done' ? '[x]' : '[ ]';
  const status = line.providerStatus
    ? PROVIDERS.map(
        (pr) => `${contractWith(pr, plan, locale)}${p.label}${statusNames[line.providerStatus![pr]][locale]}`,
      )
    : [statusNames[line.status][locale]];
  const facts = [figureCell(line, locale), ...status, ownerCell(line.owner, plan, locale)];
  if (line.source === 'site') facts.push(sourceNames.site[locale]);
  facts.push(...line.stress.map((s) => stressNames[s].tag[locale]));
  const indent = ' '.repeat(bullet.length + 1);
  const out = [
    `${bullet} ${box} **${oneLine(line.item[locale])}**${p.label}${multiLine(line.text[locale], indent)}` +
      `${p.open}${facts.map(escapeInline).join(p.between)}${p.close}`,
  ];
  const quote = `${indent}> `;
  const quoted = (label: string, text: string) => {
    if (lines(text).length > 0) out.push(`${quote}**${escapeInline(label)}**${p.label}${multiLine(text, quote)}`);
  };
  quoted(columns.chosen[locale], chosenCell(line, locale));
  quoted(columns.sources[locale], sourcesCell(line, locale));
  quoted(columns.outcome[locale], line.outcome);
  quoted(columns.note[locale], line.note);
  quoted(columns.changed[locale], changedCell(line, plan, locale));
  return out;
}

export function toMarkdown(
  plan: Plan,
  checklist: ChecklistLine[],
  view: ChecklistView,
  locale: Locale,
  now: Date,
  {both = false}: {both?: boolean} = {},
): string {
  const p = PUNCTUATION[locale];
  const other: Locale = locale === 'ja' ? 'en' : 'ja';
  // both: each of the guide's texts followed by the other language's (the texts must have both halves)
  const twice = (text: {ja: string; en: string}) => (both ? `${text[locale]} / ${text[other]}` : text[locale]);
  const name = plan.names.partnership.trim() || metaLabels.untitled[locale];
  const out: string[] = [`# ${oneLine(twice(plannerTitle))}${p.label}${oneLine(name)}`, ''];
  for (const m of both ? bilingualMeta(plan, view, now) : exportMeta(plan, view, locale, now)) {
    out.push(`- **${oneLine(m.label)}**${p.label}${oneLine(m.value)}`);
  }
  // pattern 2: whether the SLA promised to the customer is backed
  for (const m of view === 'agenda' ? [] : chainPairs(plan, locale, both)) {
    out.push(`- **${oneLine(m.label)}**${p.label}${oneLine(m.value)}`);
  }
  const task = (line: ChecklistLine, bullet?: string): string[] => {
    const lines = taskLine(line, plan, locale, bullet);
    if (!both) return lines;
    const indent = ' '.repeat((bullet ?? '-').length + 1);
    const translated = `${indent}> *${oneLine(line.item[other])}*${PUNCTUATION[other].label}${multiLine(line.text[other], `${indent}> `)}`;
    return [lines[0]!, translated, ...lines.slice(1)];
  };
  if (view === 'agenda') {
    // The agenda keeps the order the reader gave it, numbered.
    out.push('');
    checklist.forEach((line, i) => {
      // each item named with what it belongs to, as the agenda mixes agreements
      const named = (l: Locale) => `${line.group.name[l]}${PUNCTUATION[l].label}${line.item[l]}`;
      out.push(...task({...line, item: {ja: named('ja'), en: named('en')}}, `${i + 1}.`));
    });
    return `${out.join('\n')}\n`;
  }
  for (const block of byPhase(checklistRows(checklist, plan))) {
    const phaseName = phases.find((ph) => ph.id === block.phase)?.name[locale] ?? block.phase;
    const phase = phases.find((ph) => ph.id === block.phase)?.name;
    out.push('', `## ${oneLine(phase ? twice(phase) : phaseName)}`);
    for (const row of block.items) {
      const figure = referenceLabel(row.group, locale);
      out.push('', `### ${oneLine(twice(row.group.name))}${p.open}${escapeInline(figure)}${p.close}`, '');
      for (const line of row.lines) out.push(...task(line));
    }
  }
  if (exportsValues(plan, view)) {
    const cell = (text: string) => oneLine(text) || ' ';
    const {header, rows} = both ? bilingualValueTable(plan) : valueTable(plan, locale);
    out.push('', `## ${oneLine(twice(valueColumns.title))}`, '');
    out.push(`| ${header.map(cell).join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`);
    for (const row of rows) out.push(`| ${row.map(cell).join(' | ')} |`);
  }
  if (plan.role === 'customer') {
    // the contact sheet, as a table (blank cells left blank, to fill in)
    const cell = (text: string) => oneLine(text) || ' ';
    out.push('', `## ${oneLine(twice(contactSheetTitle))}`, '');
    const header = contactHeader(locale);
    out.push(`| ${header.map(cell).join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`);
    for (const row of contactRows(plan, locale)) out.push(`| ${row.map(cell).join(' | ')} |`);
  }
  return `${out.join('\n')}\n`;
}
