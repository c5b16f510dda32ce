/**
 * The SLA chain of pattern 2: the level the lead provider promises the
 * customer is backed only by the partner's promise to the lead and the lead's
 * own level for its own service (the guide, 【SLA】 before 図表16: 「Bが提供
 * するサービスのレベルについてA－B間で合意し、その内容も含めて、Aが利用契約者
 * と合意する」). Each check compares a promise with what backs it, in the worst
 * case, which is the only one a promise covers:
 *
 * - availability: the downtime each side allows adds up, so the chain's bound
 *   is 1 − Σ(1 − aᵢ), over one evaluation period (図表16・図表28 評価方法);
 * - recovery and notification times add up along the chain;
 * - service hours, help-desk hours and regions must each be covered by every
 *   side: the promise must lie within what all of them give.
 *
 * A missing value on any side (the lead's own level included) is never taken
 * for 100 %: the check says it cannot be made yet. Pure.
 */
import {getValueField} from '../catalog/data/agreedValues';
import type {Plan} from './plan';
import {
  WEEKDAYS,
  durationMinutes,
  minutesOf,
  valueProblem,
  type Duration,
  type StoredValue,
  type WeekHours,
} from './values';

/** A value on one side of the chain: who gives it, and the value, or null when not set. */
export interface Side<T> {
  side: string;
  value: T | null;
}

export type ChainCheck<Bound> =
  /** a value is missing on these sides: nothing can be said yet */
  | {status: 'missing'; missing: string[]}
  /** the sides count over different periods, so their figures cannot be added */
  | {status: 'notComparable'; periods: Record<string, string>}
  | {status: 'backed'; bound: Bound}
  | {status: 'gap'; bound: Bound; gap: number};

function missing(promise: Side<unknown>, backing: readonly Side<unknown>[]): string[] {
  return [promise, ...backing].filter((s) => s.value === null).map((s) => s.side);
}

/** An availability and the period it is counted over (month, year …). */
export interface Availability {
  percent: number;
  period: string;
}

/** Percent as parts per million, so that 99.95 − 0.5 is exact. */
const ppm = (percent: number) => Math.round(percent * 10_000);

/**
 * The availability a chain can promise at worst: 100 % less every side's
 * allowed downtime, as a percent, and whether the promise is within it. The
 * gap is in percentage points.
 */
export function availabilityChain(
  promise: Side<Availability>,
  backing: readonly Side<Availability>[],
): ChainCheck<number> {
  const absent = missing(promise, backing);
  if (absent.length > 0 || backing.length === 0) return {status: 'missing', missing: absent};
  const all = [promise, ...backing] as Side<Availability>[];
  if (new Set(all.map((s) => s.value!.period)).size > 1)
    return {status: 'notComparable', periods: Object.fromEntries(all.map((s) => [s.side, s.value!.period]))};
  const boundPpm = Math.max(0, 1_000_000 - backing.reduce((sum, s) => sum + (1_000_000 - ppm(s.value!.percent)), 0));
  const bound = boundPpm / 10_000;
  const gapPpm = ppm(promise.value!.percent) - boundPpm;
  return gapPpm > 0 ? {status: 'gap', bound, gap: gapPpm / 10_000} : {status: 'backed', bound};
}

/**
 * Times that add up along the chain (回復までに要する時間, a fault's
 * notification): the promise must be no shorter than the backing sides'
 * together. The bound and the gap are in minutes.
 */
export function durationChain(promise: Side<Duration>, backing: readonly Side<Duration>[]): ChainCheck<number> {
  const absent = missing(promise, backing);
  if (absent.length > 0 || backing.length === 0) return {status: 'missing', missing: absent};
  const bound = backing.reduce((sum, s) => sum + durationMinutes(s.value!), 0);
  const gap = bound - durationMinutes(promise.value!);
  // within a second is the same time: months and years are calendar averages
  return gap > 1 / 60 ? {status: 'gap', bound, gap} : {status: 'backed', bound};
}

// ---------------------------------------------------------------------------
// Hours of the week

const WEEK = 7 * 24 * 60;

/** A stretch of the week, in minutes from Monday 00:00; `end` is after `start`, at most WEEK. */
export interface Interval {
  start: number;
  end: number;
}

function merged(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out.at(-1);
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
    else out.push({...i});
  }
  return out;
}

/** The stretches of the week that hours cover; past midnight into the next day, and from Sunday into Monday. */
export function weekIntervals(hours: WeekHours): Interval[] {
  const from = minutesOf(hours.from);
  let to = minutesOf(hours.to);
  if (to <= from) to += 24 * 60;
  const out: Interval[] = [];
  for (const day of hours.days) {
    const start = WEEKDAYS.indexOf(day) * 24 * 60 + from;
    const end = start + (to - from);
    if (end <= WEEK) out.push({start, end});
    else out.push({start, end: WEEK}, {start: 0, end: end - WEEK});
  }
  return merged(out);
}

function intersect(a: Interval[], b: Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const x of a)
    for (const y of b) {
      const start = Math.max(x.start, y.start);
      const end = Math.min(x.end, y.end);
      if (end > start) out.push({start, end});
    }
  return merged(out);
}

function subtract(a: Interval[], b: Interval[]): Interval[] {
  let rest = a;
  for (const y of b) {
    const next: Interval[] = [];
    for (const x of rest) {
      if (y.end <= x.start || y.start >= x.end) next.push(x);
      else {
        if (y.start > x.start) next.push({start: x.start, end: y.start});
        if (y.end < x.end) next.push({start: y.end, end: x.end});
      }
    }
    rest = next;
  }
  return merged(rest);
}

const total = (intervals: Interval[]) => intervals.reduce((n, i) => n + i.end - i.start, 0);

/**
 * Hours promised against the hours every backing side gives: the promise
 * must lie within all of them. The bound is what they give together; the gap,
 * in minutes a week, is the promised time none of them covers, listed in
 * `uncovered`.
 */
export function hoursChain(
  promise: Side<WeekHours>,
  backing: readonly Side<WeekHours>[],
): ChainCheck<Interval[]> & {uncovered?: Interval[]; short?: string[]} {
  const absent = missing(promise, backing);
  if (absent.length > 0 || backing.length === 0) return {status: 'missing', missing: absent};
  const bound = backing.reduce<Interval[]>(
    (acc, s) => intersect(acc, weekIntervals(s.value!)),
    [{start: 0, end: WEEK}],
  );
  const promised = weekIntervals(promise.value!);
  const uncovered = subtract(promised, bound);
  // the sides whose own hours leave some of the promise out
  const short = backing.filter((s) => subtract(promised, weekIntervals(s.value!)).length > 0).map((s) => s.side);
  return uncovered.length > 0
    ? {status: 'gap', bound, gap: total(uncovered), uncovered, short}
    : {status: 'backed', bound};
}

/**
 * Regions promised against the regions every backing side serves: each
 * promised region must be served by all of them. The gap is the number of
 * promised regions not served, listed in `unserved`.
 */
export function regionChain(
  promise: Side<string[]>,
  backing: readonly Side<string[]>[],
): ChainCheck<string[]> & {unserved?: string[]; short?: string[]} {
  const absent = missing(promise, backing);
  if (absent.length > 0 || backing.length === 0) return {status: 'missing', missing: absent};
  const bound = backing.reduce<string[] | null>(
    (acc, s) => (acc === null ? [...s.value!] : acc.filter((r) => s.value!.includes(r))),
    null,
  )!;
  const unserved = promise.value!.filter((r) => !bound.includes(r));
  const short = backing.filter((s) => promise.value!.some((r) => !s.value!.includes(r))).map((s) => s.side);
  return unserved.length > 0
    ? {status: 'gap', bound, gap: unserved.length, unserved, short}
    : {status: 'backed', bound};
}

// ---------------------------------------------------------------------------
// The chain of a plan

/** Where a promise stands in the chain: for the whole service, or for one provider's service (図表31). */
export type ChainScope = 'whole' | 'lead' | 'partner';

/** The checks of one part of the SLA, for one scope. */
export type SlotCheck =
  | {
      slot: 'availability';
      scope: ChainScope;
      check: ChainCheck<number>;
      promise: Side<Availability>;
      backing: Side<Availability>[];
    }
  | {slot: 'recovery'; scope: ChainScope; check: ChainCheck<number>; promise: Side<Duration>; backing: Side<Duration>[]}
  | {
      slot: 'hours' | 'helpdesk';
      scope: ChainScope;
      check: ReturnType<typeof hoursChain>;
      promise: Side<WeekHours>;
      backing: Side<WeekHours>[];
    }
  | {
      slot: 'region';
      scope: ChainScope;
      check: ReturnType<typeof regionChain>;
      promise: Side<string[]>;
      backing: Side<string[]>[];
    };

/** The sides of the chain: the lead's promise to the customer, the partner's to the lead, the lead's own level. */
export type ChainSide = 'customer' | 'partner' | 'own';

/** What a plan's values say of one field, or null where it is not set or does not fit the field's kind. */
function valueAt<T extends StoredValue>(plan: Pick<Plan, 'values'>, id: string): T | null {
  const kept = plan.values[id];
  const field = getValueField(id.split('@')[0]!);
  if (!kept || !field || valueProblem(field.kind, kept.value) !== null) return null;
  return kept.value as T;
}

function availabilityAt(plan: Pick<Plan, 'values'>, prefix: string, scope: string): Availability | null {
  const percent = valueAt<number>(plan, `${prefix}.availability${scope}`);
  const period = valueAt<string>(plan, `${prefix}.period${scope}`) ?? valueAt<string>(plan, `${prefix}.period`);
  return percent === null || period === null ? null : {percent, period};
}

/**
 * The SLA chain of a pattern-2 plan: for each part of the SLA the lead
 * promises the customer (図表28), the check against what backs it (図表16
 * and the lead's own level). Where the customer's SLA gives the partner's
 * service or the lead's its own level (図表31), each is checked against its
 * own backing: the partner's promise, or the lead's own level. A part nobody
 * has filled in on any side is left out; a part filled in on some sides only
 * is checked, and says what is missing.
 */
export function planChain(plan: Pick<Plan, 'pattern' | 'values'>): SlotCheck[] {
  if (plan.pattern !== 'p2') return [];
  const out: SlotCheck[] = [];
  const scopes: {scope: ChainScope; suffix: string; backers: ('partner' | 'own')[]}[] = [
    {scope: 'whole', suffix: '', backers: ['partner', 'own']},
    {scope: 'partner', suffix: '@partner', backers: ['partner']},
    {scope: 'lead', suffix: '@lead', backers: ['own']},
  ];
  const prefixOf = {partner: 'providerSla', own: 'leadOwn'} as const;
  const touched = (ids: string[]) => ids.some((id) => plan.values[id] !== undefined);
  for (const {scope, suffix, backers} of scopes) {
    const promiseIds = (slot: string) => [`customerSla.${slot}${suffix}`];
    const backingIds = (slot: string) => backers.map((b) => `${prefixOf[b]}.${slot}`);
    // a scope of its own only where the customer's SLA gives it a level
    const asked = (slot: string) =>
      scope === 'whole' ? touched([...promiseIds(slot), ...backingIds(slot)]) : touched(promiseIds(slot));
    if (asked('availability') || (scope === 'whole' && asked('period'))) {
      const promise = {side: 'customer', value: availabilityAt(plan, 'customerSla', suffix)};
      const backing = backers.map((b) => ({side: b, value: availabilityAt(plan, prefixOf[b], '')}));
      out.push({slot: 'availability', scope, promise, backing, check: availabilityChain(promise, backing)});
    }
    if (asked('recovery')) {
      const promise = {side: 'customer', value: valueAt<Duration>(plan, `customerSla.recovery${suffix}`)};
      const backing = backers.map((b) => ({side: b, value: valueAt<Duration>(plan, `${prefixOf[b]}.recovery`)}));
      out.push({slot: 'recovery', scope, promise, backing, check: durationChain(promise, backing)});
    }
    for (const slot of ['hours', 'helpdesk'] as const) {
      if (!asked(slot)) continue;
      const promise = {side: 'customer', value: valueAt<WeekHours>(plan, `customerSla.${slot}${suffix}`)};
      const backing = backers.map((b) => ({side: b, value: valueAt<WeekHours>(plan, `${prefixOf[b]}.${slot}`)}));
      out.push({slot, scope, promise, backing, check: hoursChain(promise, backing)});
    }
    if (asked('region')) {
      const promise = {side: 'customer', value: valueAt<string[]>(plan, `customerSla.region${suffix}`)};
      const backing = backers.map((b) => ({side: b, value: valueAt<string[]>(plan, `${prefixOf[b]}.region`)}));
      out.push({slot: 'region', scope, promise, backing, check: regionChain(promise, backing)});
    }
  }
  return out;
}
