/**
 * Agreed values: what the parties decide as figures, times and choices
 * (稼働率, 回復までに要する時間, 提供時間, 契約期間 …), kept as data beside a
 * line's status and note, so that they can be checked against each other
 * (slaChain.ts) and written into every output without being typed again.
 *
 * The kinds of value, what a stored value of each looks like, and what makes
 * one acceptable. Pure.
 */
import {textProblem, type Role} from './plan';

/** Units a duration is written in. */
export const DURATION_UNITS = ['minutes', 'hours', 'days', 'months', 'years'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

/** Days of the week, Monday first (as Japanese business calendars are read). */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export type ValueKind =
  /** a share of 100, with at most `decimals` places (稼働率 99.95, レベニューシェア 30) */
  | {type: 'percent'; min: number; max: number; decimals: number}
  /** an amount of time in one of `units` (回復までに要する時間 4 hours, 契約期間 12 months) */
  | {type: 'duration'; units: readonly DurationUnit[]}
  /** hours of the week: the days, and the time from and to (提供時間, ヘルプデスクの対応時間) */
  | {type: 'weekHours'}
  /** one of the options (更新方法, 評価の期間) */
  | {type: 'choice'; options: readonly string[]}
  /** the countries or regions served, as ISO 3166-1 codes (提供対象地域, e.g. JP for domestic only) */
  | {type: 'regions'};

export interface Duration {
  amount: number;
  unit: DurationUnit;
}

/**
 * Hours of the week. `from` and `to` are "HH:MM"; `to` may be "24:00", and
 * a `to` earlier than `from` runs past midnight into the next day.
 */
export interface WeekHours {
  days: Weekday[];
  from: string;
  to: string;
}

export type ValueOf<K extends ValueKind> = K extends {type: 'percent'}
  ? number
  : K extends {type: 'duration'}
    ? Duration
    : K extends {type: 'weekHours'}
      ? WeekHours
      : K extends {type: 'choice'}
        ? string
        : string[];

export type StoredValue = number | Duration | WeekHours | string | string[];

/**
 * A value as a plan keeps it: what it is, which side proposed it, and
 * whether both parties have agreed it.
 */
export interface AgreedValue {
  value: StoredValue;
  by: Role | null;
  agreed: boolean;
}

export type ValueProblem =
  | 'notNumber'
  | 'outOfRange'
  | 'tooPrecise'
  | 'badUnit'
  | 'badTime'
  | 'noDays'
  | 'emptyRange'
  | 'notAnOption'
  | 'badRegion'
  | 'wrongKind';

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const REGION = /^[A-Z]{2}$/;
/** The longest duration a partnership agreement would state, in its unit, and the most places of a percent. */
const MAX_AMOUNT = 100_000;

/** Minutes since midnight of "HH:MM". */
export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

function decimalsOf(n: number): number {
  const text = String(n);
  if (/e/i.test(text)) return 99;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** Why a value is not acceptable for its kind, or null when it is. */
export function valueProblem(kind: ValueKind, value: unknown): ValueProblem | null {
  switch (kind.type) {
    case 'percent':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'notNumber';
      if (value < kind.min || value > kind.max) return 'outOfRange';
      return decimalsOf(value) > kind.decimals ? 'tooPrecise' : null;
    case 'duration': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'wrongKind';
      const {amount, unit} = value as Partial<Duration>;
      if (typeof amount !== 'number' || !Number.isFinite(amount)) return 'notNumber';
      if (!kind.units.includes(unit as DurationUnit)) return 'badUnit';
      if (amount < 0 || amount > MAX_AMOUNT) return 'outOfRange';
      return decimalsOf(amount) > 2 ? 'tooPrecise' : null;
    }
    case 'weekHours': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'wrongKind';
      const {days, from, to} = value as Partial<WeekHours>;
      if (!Array.isArray(days) || days.some((d) => !WEEKDAYS.includes(d))) return 'wrongKind';
      if (days.length === 0) return 'noDays';
      if (new Set(days).size !== days.length) return 'wrongKind';
      if (typeof from !== 'string' || typeof to !== 'string' || !TIME.test(from) || !TIME.test(to)) return 'badTime';
      if (from === '24:00' || from === to) return 'emptyRange';
      return null;
    }
    case 'choice':
      return typeof value === 'string' && kind.options.includes(value) ? null : 'notAnOption';
    case 'regions':
      if (!Array.isArray(value) || value.length === 0 || value.length > 300) return 'badRegion';
      if (value.some((r) => typeof r !== 'string' || !REGION.test(r))) return 'badRegion';
      return new Set(value).size === value.length ? null : 'badRegion';
  }
}

/** Is this an agreed value as a plan keeps one (its value checked against `kind` separately)? */
export function isAgreedValue(value: unknown): value is AgreedValue {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return (
    'value' in v &&
    (v.by === null || v.by === 'lead' || v.by === 'partner' || v.by === 'customer') &&
    typeof v.agreed === 'boolean'
  );
}

/** Free text in a value is not taken: a value is a figure, a time or a choice. Regions are checked as codes. */
export function valueTextProblem(value: StoredValue): boolean {
  return typeof value === 'string' && textProblem(value, 200) !== null;
}

/** A duration in minutes, for adding along a chain. Months and years as the calendar's average. */
export function durationMinutes(d: Duration): number {
  const per: Record<DurationUnit, number> = {
    minutes: 1,
    hours: 60,
    days: 60 * 24,
    months: 60 * 24 * 30.436875,
    years: 60 * 24 * 365.2425,
  };
  return d.amount * per[d.unit];
}
