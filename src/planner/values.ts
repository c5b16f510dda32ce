/**
 * Agreed values: what the parties decide as figures, times and choices
 * (稼働率, 回復までに要する時間, 提供時間, 契約期間 …), kept as data beside a
 * line's status and note, so that they can be checked against each other
 * (slaChain.ts) and written into every output without being typed again.
 *
 * The kinds of value, what a stored value of each looks like, and what makes
 * one acceptable. Pure.
 */
import type {DurationUnit, ValueKind} from '../catalog/types';
import {textProblem, type Role} from './plan';

import {DURATION_UNITS} from '../catalog/types';

export {DURATION_UNITS, type DurationUnit, type ValueKind} from '../catalog/types';

/** Days of the week, Monday first (as Japanese business calendars are read). */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

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
      : K extends {type: 'choice'} | {type: 'date'}
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
  | 'badDate'
  | 'wrongKind';

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const REGION = /^[A-Z]{2}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
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
    case 'date':
      return typeof value === 'string' &&
        DATE.test(value) &&
        !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
        new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
        ? null
        : 'badDate';
    case 'regions':
      if (!Array.isArray(value) || value.length === 0 || value.length > 300) return 'badRegion';
      if (value.some((r) => typeof r !== 'string' || !REGION.test(r))) return 'badRegion';
      return new Set(value).size === value.length ? null : 'badRegion';
  }
}

/**
 * Is this a value of one of the kinds' shapes (what a plan file may hold;
 * whether it fits its field is valueProblem's to say)?
 */
export function storedValueShape(value: unknown): value is StoredValue {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'string') return /^[A-Za-z0-9-]{1,40}$/.test(value);
  if (Array.isArray(value)) return value.length <= 300 && value.every((r) => typeof r === 'string' && REGION.test(r));
  if (typeof value !== 'object' || value === null) return false;
  const keys = Object.keys(value).sort().join();
  if (keys === 'amount,unit') {
    const {amount, unit} = value as Record<string, unknown>;
    return typeof amount === 'number' && Number.isFinite(amount) && DURATION_UNITS.includes(unit as DurationUnit);
  }
  if (keys === 'days,from,to') {
    const {days, from, to} = value as Record<string, unknown>;
    return (
      Array.isArray(days) &&
      days.length <= 7 &&
      days.every((d) => WEEKDAYS.includes(d as Weekday)) &&
      typeof from === 'string' &&
      typeof to === 'string' &&
      /^\d{2}:\d{2}$/.test(from) &&
      /^\d{2}:\d{2}$/.test(to)
    );
  }
  return false;
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

/** A day (YYYY-MM-DD) moved by an amount of time: days as days, months and years by the calendar. */
export function addToDate(date: string, d: Duration, sign: 1 | -1 = 1): string | null {
  if (d.unit !== 'days' && d.unit !== 'months' && d.unit !== 'years') return null;
  if (!Number.isInteger(d.amount)) return null;
  const [y, m, day] = date.split('-').map(Number) as [number, number, number];
  const n = d.amount * sign;
  if (d.unit === 'days') return new Date(Date.UTC(y, m - 1, day + n)).toISOString().slice(0, 10);
  const months = d.unit === 'months' ? n : n * 12;
  // the same day of the month, or the month's last where it has no such day (31 Jan + 1 month = 28/29 Feb)
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, last));
  return target.toISOString().slice(0, 10);
}

/**
 * The last day of a term and the last day to give notice before it (図表10・
 * 図表27 契約期間, 更新方法, and 図表10's 事前通告): a term of 1 year from
 * 2027-04-01 ends on 2028-03-31. Renewed automatically, the end is the next
 * one on or after `today`. Notice is due `notice` before the end. null where
 * a value needed is missing.
 */
export function termDates(
  start: string | null,
  term: Duration | null,
  renewal: string | null,
  notice: Duration | null,
  today: string,
): {end: string; renewedEnd: string | null; noticeBy: string | null} | null {
  if (!start || !term || term.amount <= 0) return null;
  const lastDay = (from: string) => {
    const after = addToDate(from, term);
    return after ? addToDate(after, {amount: 1, unit: 'days'}, -1) : null;
  };
  const end = lastDay(start);
  if (!end) return null;
  let renewedEnd: string | null = null;
  if (renewal === 'automatic' && end < today) {
    let next = end;
    for (let i = 0; i < 1000 && next < today; i++) next = lastDay(addToDate(next, {amount: 1, unit: 'days'})!)!;
    renewedEnd = next;
  }
  const noticeBy = notice ? addToDate(renewedEnd ?? end, notice, -1) : null;
  return {end, renewedEnd, noticeBy};
}
