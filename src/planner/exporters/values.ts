/**
 * The agreed values and pattern 2's SLA chain as every export writes them:
 * a table of the values (agreement, value, 図表, what was agreed, who
 * proposed it, whether both agreed it, id), and the chain's sentences as
 * labelled lines. Loaded with the exporters, on download.
 */
import {agreedValueFields} from '../../catalog/data/agreedValues';
import {figureRef, getAgreement, type Locale, type Text} from '../../catalog';
import type {ChecklistView} from '../checklist';
import type {Plan} from '../plan';
import {chainLines, chainWords} from '../slaChainText';
import {bracketed, metaLabels, ownerNames, providerName} from '../strings';
import {fieldOf, valueText} from '../valueText';

export const valueColumns = {
  title: {ja: '合意する値', en: 'Agreed values'},
  agreement: {ja: '取り決め', en: 'Agreement'},
  value: {ja: '値の項目', en: 'Value'},
  figure: {ja: '図表', en: 'Figure'},
  agreed: {ja: '内容', en: 'What was set'},
  by: {ja: '提案', en: 'Proposed by'},
  both: {ja: '双方で合意', en: 'Agreed by both'},
  site: {ja: 'サイトの追加', en: 'Added by this site'},
  ownLevel: {ja: '契約主体の事業者自身の水準', en: 'The lead provider’s own level'},
  id: {ja: 'ID', en: 'ID'},
} satisfies Record<string, Text>;

/** Whether an export of this view carries the values: the plan's and the customer's check, not the agenda. */
export function exportsValues(plan: Plan, view: ChecklistView): boolean {
  return view !== 'agenda' && Object.keys(plan.values).length > 0;
}

/** The order the catalog lists the fields in, so that a table reads as the guide does. */
const ORDER = new Map(agreedValueFields.map((f, i) => [f.id, i]));

/** The plan's values as a table, in one language. */
export function valueTable(plan: Plan, locale: Locale): {header: string[]; rows: string[][]} {
  const w = (key: keyof typeof valueColumns) => valueColumns[key][locale];
  const header = [w('agreement'), w('value'), w('figure'), w('agreed'), w('by'), w('both'), w('id')];
  const ids = Object.keys(plan.values).sort((a, b) => {
    const [fa, fb] = [fieldOf(a), fieldOf(b)];
    const byField = (ORDER.get(fa?.field.id ?? '') ?? 999) - (ORDER.get(fb?.field.id ?? '') ?? 999);
    return byField !== 0 ? byField : a < b ? -1 : 1;
  });
  const rows = ids.map((id) => {
    const kept = plan.values[id]!;
    const found = fieldOf(id);
    if (!found) return ['', id, '', JSON.stringify(kept.value), '', '', id];
    const {field, scope} = found;
    const agreement = field.agreement ? getAgreement(field.agreement).name[locale] : w('ownLevel');
    const name = `${field.name[locale]}${scope ? bracketed(providerName(scope, plan, locale), locale) : ''}${
      field.source === 'site' && field.agreement ? bracketed(w('site'), locale) : ''
    }`;
    return [
      agreement,
      name,
      figureRef(field.figure, locale),
      valueText(field, kept.value, locale),
      kept.by ? ownerNames[kept.by][locale] : '',
      kept.agreed ? metaLabels.yes[locale] : metaLabels.no[locale],
      id,
    ];
  });
  return {header, rows};
}

/** The same table in both languages: each cell the Japanese, then the English where it differs. */
export function bilingualValueTable(plan: Plan): {header: string[]; rows: string[][]} {
  const [ja, en] = [valueTable(plan, 'ja'), valueTable(plan, 'en')];
  const both = (a: string, b: string) => (a === b ? a : `${a}\n${b}`);
  return {
    header: ja.header.map((h, i) => (h === en.header[i] ? h : `${h} / ${en.header[i]}`)),
    rows: ja.rows.map((row, r) => row.map((cell, c) => both(cell, en.rows[r]![c]!))),
  };
}

/** Pattern 2's SLA chain as labelled lines, in one language or (with `both`) the two. */
export function chainPairs(plan: Plan, locale: Locale, both = false): {label: string; value: string}[] {
  const label = both ? `${chainWords.title.ja} / ${chainWords.title.en}` : chainWords.title[locale];
  if (!both) return chainLines(plan, locale).map((l) => ({label, value: l.text}));
  const [ja, en] = [chainLines(plan, 'ja'), chainLines(plan, 'en')];
  return ja.map((l, i) => ({label, value: `${l.text}\n${en[i]!.text}`}));
}
