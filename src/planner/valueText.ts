/**
 * Agreed values in words, in the reader's language: 99.95%, 4時間 / 4 hours,
 * 月〜金 9:00–18:00 / Mon–Fri 9:00–18:00, 日本 / Japan, an option's name.
 * Used by the checklist's values, the comparison and every export. Pure.
 */
import {getValueField, valueOptionNames} from '../catalog/data/agreedValues';
import type {AgreedValueField, DurationUnit, Locale, Text} from '../catalog/types';
import {WEEKDAYS, valueProblem, type Duration, type StoredValue, type WeekHours, type Weekday} from './values';

export const durationUnitNames: Record<DurationUnit, Text> = {
  minutes: {ja: '分', en: 'minutes'},
  hours: {ja: '時間', en: 'hours'},
  days: {ja: '日', en: 'days'},
  months: {ja: 'か月', en: 'months'},
  years: {ja: '年', en: 'years'},
};

/** One of each unit, where English writes the singular. */
const ONE: Record<DurationUnit, string> = {
  minutes: 'minute',
  hours: 'hour',
  days: 'day',
  months: 'month',
  years: 'year',
};

export const weekdayNames: Record<Weekday, Text> = {
  mon: {ja: '月', en: 'Mon'},
  tue: {ja: '火', en: 'Tue'},
  wed: {ja: '水', en: 'Wed'},
  thu: {ja: '木', en: 'Thu'},
  fri: {ja: '金', en: 'Fri'},
  sat: {ja: '土', en: 'Sat'},
  sun: {ja: '日', en: 'Sun'},
};

export function durationText(d: Duration, locale: Locale): string {
  const n = d.amount.toLocaleString(locale);
  if (locale === 'ja') return `${n}${durationUnitNames[d.unit].ja}`;
  return `${n} ${d.amount === 1 ? ONE[d.unit] : durationUnitNames[d.unit].en}`;
}

/** Days as runs ("月〜金、日" / "Mon–Fri, Sun"), in the week's order. */
function daysText(days: readonly Weekday[], locale: Locale): string {
  const on = WEEKDAYS.map((d) => days.includes(d));
  if (on.every(Boolean)) return locale === 'ja' ? '毎日' : 'Every day';
  const runs: string[] = [];
  for (let i = 0; i < 7; i++) {
    if (!on[i]) continue;
    let j = i;
    while (j + 1 < 7 && on[j + 1]) j++;
    const [a, b] = [weekdayNames[WEEKDAYS[i]!][locale], weekdayNames[WEEKDAYS[j]!][locale]];
    runs.push(
      j === i
        ? a
        : j === i + 1
          ? `${a}${locale === 'ja' ? '・' : ', '}${b}`
          : `${a}${locale === 'ja' ? '〜' : '–'}${b}`,
    );
    i = j;
  }
  return runs.join(locale === 'ja' ? '、' : ', ');
}

/** A time as people write it: 9:00, 24:00. */
const clock = (time: string) => time.replace(/^0(\d)/, '$1');

export function weekHoursText(h: WeekHours, locale: Locale): string {
  const days = daysText(h.days, locale);
  if (h.from === '00:00' && h.to === '24:00') return locale === 'ja' ? `${days} 24時間` : `${days}, 24 hours`;
  const overnight = h.to !== '24:00' && h.to < h.from;
  const next = overnight ? (locale === 'ja' ? '翌' : ' (next day)') : '';
  return locale === 'ja'
    ? `${days} ${clock(h.from)}〜${next}${clock(h.to)}`
    : `${days}, ${clock(h.from)}–${clock(h.to)}${next}`;
}

export function regionsText(codes: readonly string[], locale: Locale): string {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([locale], {type: 'region'});
  } catch {
    // an older browser: the codes as they are
  }
  return codes.map((c) => names?.of(c) ?? c).join(locale === 'ja' ? '、' : ', ');
}

export function percentText(n: number, locale: Locale): string {
  return `${n.toLocaleString(locale, {maximumFractionDigits: 3})}%`;
}

/**
 * A value in words, for its field. A value that does not fit the field (a
 * newer release's, or one set by hand) is shown as it is kept, marked.
 */
export function valueText(field: AgreedValueField, value: StoredValue, locale: Locale): string {
  if (valueProblem(field.kind, value) !== null)
    return `${JSON.stringify(value)} ${locale === 'ja' ? '（不正な値）' : '(not a valid value)'}`;
  switch (field.kind.type) {
    case 'percent':
      return percentText(value as number, locale);
    case 'duration':
      return durationText(value as Duration, locale);
    case 'weekHours':
      return weekHoursText(value as WeekHours, locale);
    case 'choice':
      return valueOptionNames[value as string]?.[locale] ?? String(value);
    case 'regions':
      return regionsText(value as string[], locale);
    case 'date':
      return value as string;
  }
}

/** A value id's field and, for one provider's own ("id@partner"), that provider. */
export function fieldOf(id: string): {field: AgreedValueField; scope: 'lead' | 'partner' | null} | null {
  const [base, scope] = id.split('@') as [string, 'lead' | 'partner' | undefined];
  const field = getValueField(base);
  return field ? {field, scope: scope ?? null} : null;
}
