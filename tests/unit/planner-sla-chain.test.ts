/**
 * The SLA chain of pattern 2, as the guide sets it out before 図表16: the
 * lead's promise to the customer (図表28) is backed by the partner's promise
 * to the lead (図表16) and the lead's own level; per service where one SLA
 * describes each service differently (図表31, pattern 2).
 */
import * as fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {
  availabilityChain,
  durationChain,
  hoursChain,
  regionChain,
  weekIntervals,
  type Availability,
} from '@site/src/planner/slaChain';
import {WEEKDAYS, valueProblem, type Duration, type ValueKind, type WeekHours} from '@site/src/planner/values';
import {planChain} from '@site/src/planner/slaChain';
import {chainLines} from '@site/src/planner/slaChainText';
import {emptyPlan, type Plan} from '@site/src/planner/plan';

const monthly = (percent: number): Availability => ({percent, period: 'month'});
const side = <T>(name: string, value: T | null) => ({side: name, value});
const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

describe('availability along the chain (図表16 保証するサービスレベル, 図表28)', () => {
  it("the medical plan: 99.9 % to the customer is not backed by the partner's 99.5 % and the lead's own 99.95 % (worst case 99.45 %, 0.45 points short)", () => {
    expect(
      availabilityChain(side('customer', monthly(99.9)), [side('partner', monthly(99.5)), side('own', monthly(99.95))]),
    ).toEqual({status: 'gap', bound: 99.45, gap: 0.45});
  });

  it('a promise within the worst case is backed, and says the bound', () => {
    expect(
      availabilityChain(side('customer', monthly(99.4)), [side('partner', monthly(99.5)), side('own', monthly(99.95))]),
    ).toEqual({status: 'backed', bound: 99.45});
  });

  it("a value missing on any side, the lead's own level included, cannot be checked yet: never taken for 100 %", () => {
    expect(
      availabilityChain(side('customer', monthly(99.0)), [side('partner', monthly(99.9)), side('own', null)]),
    ).toEqual({status: 'missing', missing: ['own']});
    expect(availabilityChain(side('customer', null), [side('partner', null), side('own', monthly(99))])).toEqual({
      status: 'missing',
      missing: ['customer', 'partner'],
    });
  });

  it('figures counted over different periods (評価方法) are not comparable', () => {
    expect(
      availabilityChain(side('customer', monthly(99)), [
        side('partner', {percent: 99.9, period: 'year'}),
        side('own', monthly(99.9)),
      ]),
    ).toEqual({status: 'notComparable', periods: {customer: 'month', partner: 'year', own: 'month'}});
  });

  it('the bound is 1 − Σ(1 − aᵢ), exact to the hundredth of a point, and never below 0', () => {
    const percent = fc.integer({min: 0, max: 100_000}).map((n) => n / 1000);
    fc.assert(
      fc.property(percent, fc.array(percent, {minLength: 1, maxLength: 4}), (p, backs) => {
        const result = availabilityChain(
          side('customer', monthly(p)),
          backs.map((b, i) => side(`b${i}`, monthly(b))),
        );
        const expected = Math.max(0, 100_000 - backs.reduce((s, b) => s + (100_000 - Math.round(b * 1000)), 0)) / 1000;
        if (result.status !== 'backed' && result.status !== 'gap') throw new Error(result.status);
        expect(result.bound).toBeCloseTo(expected, 6);
        expect(result.status).toBe(p <= expected + 1e-9 ? 'backed' : 'gap');
        if (result.status === 'gap') expect(result.gap).toBeCloseTo(p - expected, 6);
      }),
    );
  });
});

describe('recovery and notification times along the chain (図表16・図表28 回復までに要する時間)', () => {
  const h = (amount: number): Duration => ({amount, unit: 'hours'});

  it('add up: 4 hours to the customer is not backed by 3 hours from the partner and 2 of the lead’s own', () => {
    expect(durationChain(side('customer', h(4)), [side('partner', h(3)), side('own', h(2))])).toEqual({
      status: 'gap',
      bound: 300,
      gap: 60,
    });
    expect(durationChain(side('customer', h(5)), [side('partner', h(3)), side('own', h(2))])).toEqual({
      status: 'backed',
      bound: 300,
    });
  });

  it('count in one unit whatever each side wrote', () => {
    expect(
      durationChain(side('customer', {amount: 1, unit: 'days'}), [
        side('partner', {amount: 720, unit: 'minutes'}),
        side('own', h(12)),
      ]),
    ).toEqual({status: 'backed', bound: 1440});
  });

  it('cannot be checked with a side missing', () => {
    expect(durationChain(side('customer', h(1)), [side('partner', h(1)), side('own', null)])).toEqual({
      status: 'missing',
      missing: ['own'],
    });
  });
});

describe('service hours and help-desk hours along the chain (図表16・図表28 提供時間)', () => {
  const hours = (days: readonly (typeof WEEKDAYS)[number][], from: string, to: string): WeekHours => ({
    days: [...days],
    from,
    to,
  });

  it('a promise of 24 hours, 7 days is not covered by a partner open 9:00–18:00 on weekdays: the hours left uncovered are said', () => {
    const result = hoursChain(side('customer', hours(WEEKDAYS, '00:00', '24:00')), [
      side('partner', hours(weekdays, '09:00', '18:00')),
      side('own', hours(WEEKDAYS, '00:00', '24:00')),
    ]);
    expect(result.status).toBe('gap');
    // 168 hours promised, 45 covered
    expect(result.status === 'gap' && result.gap).toBe((168 - 45) * 60);
  });

  it('hours within every side are backed', () => {
    expect(
      hoursChain(side('customer', hours(weekdays, '10:00', '17:00')), [
        side('partner', hours(weekdays, '09:00', '18:00')),
        side('own', hours(WEEKDAYS, '08:00', '20:00')),
      ]).status,
    ).toBe('backed');
  });

  it('hours across midnight run into the next day, Sunday into Monday', () => {
    // Sunday 22:00 – Monday 02:00
    expect(weekIntervals(hours(['sun'], '22:00', '02:00'))).toEqual([
      {start: 0, end: 120},
      {start: 6 * 1440 + 22 * 60, end: 7 * 1440},
    ]);
    // a night desk promised Fri 22:00–06:00, backed by one open every night 20:00–08:00
    expect(
      hoursChain(side('customer', hours(['fri'], '22:00', '06:00')), [
        side('partner', hours(WEEKDAYS, '20:00', '08:00')),
      ]).status,
    ).toBe('backed');
    // but not by one that closes at midnight
    const short = hoursChain(side('customer', hours(['fri'], '22:00', '06:00')), [
      side('partner', hours(WEEKDAYS, '20:00', '24:00')),
    ]);
    expect(short).toMatchObject({status: 'gap', gap: 6 * 60, uncovered: [{start: 5 * 1440, end: 5 * 1440 + 360}]});
  });

  it('what the chain covers never exceeds any side, and a promise within it is always backed (generated)', () => {
    const time = fc
      .integer({min: 0, max: 47})
      .map((n) => `${String(Math.floor(n / 2)).padStart(2, '0')}:${n % 2 ? '30' : '00'}`);
    const weekHours = fc
      .record({days: fc.subarray([...WEEKDAYS], {minLength: 1}), from: time, to: time})
      .filter((w) => w.from !== w.to);
    fc.assert(
      fc.property(weekHours, fc.array(weekHours, {minLength: 1, maxLength: 3}), (promise, backs) => {
        const result = hoursChain(
          side('customer', promise),
          backs.map((b, i) => side(`b${i}`, b)),
        );
        if (result.status !== 'backed' && result.status !== 'gap') throw new Error(result.status);
        const covers = (set: {start: number; end: number}[], m: number) => set.some((i) => i.start <= m && m < i.end);
        for (let m = 0; m < 7 * 1440; m += 30) {
          const inAll = backs.every((b) => covers(weekIntervals(b), m));
          expect(covers(result.bound, m)).toBe(inAll);
          if (covers(weekIntervals(promise), m) && !inAll) expect(result.status).toBe('gap');
        }
      }),
      {numRuns: 60},
    );
  });
});

describe('regions served along the chain (図表16・図表28 提供対象地域)', () => {
  it('a promise of Japan and Singapore is not backed by a partner serving Japan only (国内に限定)', () => {
    expect(regionChain(side('customer', ['JP', 'SG']), [side('partner', ['JP']), side('own', ['JP', 'SG'])])).toEqual({
      status: 'gap',
      bound: ['JP'],
      gap: 1,
      unserved: ['SG'],
      // the side that falls short is named
      short: ['partner'],
    });
    expect(regionChain(side('customer', ['JP']), [side('partner', ['JP']), side('own', ['JP', 'SG'])]).status).toBe(
      'backed',
    );
  });
});

describe('each service its own level (図表31, pattern 2: one SLA may describe each service differently)', () => {
  it("the promise for the partner's service is backed by the partner alone, the promise for the lead's by the lead's own level", () => {
    const forPartner = availabilityChain(side('customer', monthly(99.5)), [side('partner', monthly(99.5))]);
    const forLead = availabilityChain(side('customer', monthly(99.99)), [side('own', monthly(99.95))]);
    expect(forPartner).toEqual({status: 'backed', bound: 99.5});
    expect(forLead).toEqual({status: 'gap', bound: 99.95, gap: 0.04});
  });
});

describe('each kind of value is checked before it is kept', () => {
  const percent: ValueKind = {type: 'percent', min: 0, max: 100, decimals: 3};
  const duration: ValueKind = {type: 'duration', units: ['minutes', 'hours', 'days']};
  const weekHours: ValueKind = {type: 'weekHours'};
  const choice: ValueKind = {type: 'choice', options: ['month', 'year']};
  const regions: ValueKind = {type: 'regions'};

  it('a percent within its bounds and places', () => {
    expect(valueProblem(percent, 99.95)).toBeNull();
    expect(valueProblem(percent, 100.01)).toBe('outOfRange');
    expect(valueProblem(percent, -1)).toBe('outOfRange');
    expect(valueProblem(percent, 99.9999)).toBe('tooPrecise');
    expect(valueProblem(percent, Number.NaN)).toBe('notNumber');
    expect(valueProblem(percent, '99.9')).toBe('notNumber');
  });

  it('a duration in one of its units', () => {
    expect(valueProblem(duration, {amount: 4, unit: 'hours'})).toBeNull();
    expect(valueProblem(duration, {amount: 4, unit: 'years'})).toBe('badUnit');
    expect(valueProblem(duration, {amount: -1, unit: 'hours'})).toBe('outOfRange');
    expect(valueProblem(duration, {amount: Infinity, unit: 'hours'})).toBe('notNumber');
    expect(valueProblem(duration, 4)).toBe('wrongKind');
  });

  it('hours of the week: days, and a from and to that differ', () => {
    expect(valueProblem(weekHours, {days: ['mon'], from: '09:00', to: '18:00'})).toBeNull();
    expect(valueProblem(weekHours, {days: ['mon'], from: '22:00', to: '06:00'})).toBeNull();
    expect(valueProblem(weekHours, {days: WEEKDAYS, from: '00:00', to: '24:00'})).toBeNull();
    expect(valueProblem(weekHours, {days: [], from: '09:00', to: '18:00'})).toBe('noDays');
    expect(valueProblem(weekHours, {days: ['mon'], from: '9:00', to: '18:00'})).toBe('badTime');
    expect(valueProblem(weekHours, {days: ['mon'], from: '09:00', to: '24:30'})).toBe('badTime');
    expect(valueProblem(weekHours, {days: ['mon'], from: '09:00', to: '09:00'})).toBe('emptyRange');
    expect(valueProblem(weekHours, {days: ['mon', 'mon'], from: '09:00', to: '10:00'})).toBe('wrongKind');
    expect(valueProblem(weekHours, {days: ['someday'], from: '09:00', to: '10:00'})).toBe('wrongKind');
  });

  it('a choice among its options, and regions as two-letter codes', () => {
    expect(valueProblem(choice, 'month')).toBeNull();
    expect(valueProblem(choice, 'week')).toBe('notAnOption');
    expect(valueProblem(regions, ['JP'])).toBeNull();
    expect(valueProblem(regions, [])).toBe('badRegion');
    expect(valueProblem(regions, ['jp'])).toBe('badRegion');
    expect(valueProblem(regions, ['JP', 'JP'])).toBe('badRegion');
  });

  it('never throws, whatever it is given (generated)', () => {
    fc.assert(
      fc.property(fc.constantFrom(percent, duration, weekHours, choice, regions), fc.anything(), (kind, value) => {
        const problem = valueProblem(kind, value);
        expect(problem === null || typeof problem === 'string').toBe(true);
      }),
    );
  });
});

describe("a plan's chain, from its agreed values, in words (図表16・図表28)", () => {
  const proposed = (value: unknown) => ({value: value as never, by: 'lead' as const, agreed: false});
  const medical = (values: Record<string, unknown>): Plan => ({
    ...emptyPlan(),
    pattern: 'p2',
    names: {partnership: '医療連携', lead: '株式会社エー', partner: 'ビー株式会社', customer: 'シー病院'},
    values: Object.fromEntries(Object.entries(values).map(([id, v]) => [id, proposed(v)])),
  });
  const three = {
    'customerSla.availability': 99.9,
    'customerSla.period': 'month',
    'providerSla.availability': 99.5,
    'providerSla.period': 'month',
    'leadOwn.availability': 99.95,
    'leadOwn.period': 'month',
  };

  it('says the medical plan’s promise is not backed, with its size, in both languages', () => {
    expect(chainLines(medical(three), 'ja')).toEqual([
      {
        slot: 'availability',
        scope: 'whole',
        mark: 'gap',
        text: '利用者への稼働率99.9%は、ビー株式会社 99.5%・株式会社エー自身 99.95%の保証では裏付けられていません（最悪の場合 99.45%、差 0.45ポイント）。',
      },
    ]);
    expect(chainLines(medical(three), 'en')[0]!.text).toBe(
      'The availability of 99.9% promised to the customer is not backed by ビー株式会社 at 99.5% and 株式会社エー’s own service at 99.95% (99.45% in the worst case, 0.45 points short).',
    );
  });

  it('with one value removed, says it cannot be checked yet, and names what is missing', () => {
    const {['leadOwn.availability']: _gone, ...rest} = three;
    void _gone;
    expect(chainLines(medical(rest), 'ja')).toEqual([
      {
        slot: 'availability',
        scope: 'whole',
        mark: 'open',
        text: '稼働率はまだ確認できません（未入力：株式会社エー自身の水準）。',
      },
    ]);
  });

  it('a value that does not fit its field counts as missing, never as a figure', () => {
    const plan = medical({...three, 'providerSla.availability': 'high'});
    expect(planChain(plan)[0]!.check).toEqual({status: 'missing', missing: ['partner']});
  });

  it('checks each service on its own where the customer’s SLA gives it a level (図表31), and leaves a pattern-1 plan alone', () => {
    const plan = medical({
      ...three,
      'customerSla.availability@partner': 99.5,
      'customerSla.availability@lead': 99.99,
    });
    const checks = planChain(plan).map((c) => [c.slot, c.scope, c.check.status]);
    expect(checks).toEqual([
      ['availability', 'whole', 'gap'],
      ['availability', 'partner', 'backed'],
      ['availability', 'lead', 'gap'],
    ]);
    expect(planChain({...plan, pattern: 'p1'})).toEqual([]);
  });
});
