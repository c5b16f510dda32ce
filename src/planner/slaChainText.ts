/**
 * The SLA chain in words (slaChain.ts): for each part of the lead's promise
 * to the customer, whether what backs it covers it, worded as a risk with its
 * size where it does not. The same sentences on screen, in print and in every
 * export. Pure.
 */
import type {Locale, Text} from '../catalog/types';
import type {Plan} from './plan';
import {providerName} from './strings';
import {planChain, type SlotCheck} from './slaChain';
import {durationText, percentText, regionsText, weekHoursText} from './valueText';
import {valueOptionNames} from '../catalog/data/agreedValues';

export const chainWords = {
  title: {ja: 'SLAの裏付け（図表16・図表28）', en: 'What backs the SLA (Figures 16 and 28)'},
  intro: {
    ja: 'パターン2では、契約主体の事業者が利用者に約束するサービスレベル（図表28）は、連携先の事業者の保証（図表16）と自社サービスの水準で裏付けられている必要があります。保証は最悪の場合を約束するものなので、停止できる時間と回復時間は足し合わせ、提供時間と地域はすべての側が満たす範囲で比べます。',
    en: 'In pattern 2, the service level the lead provider promises the customer (Figure 28) must be backed by the partner provider’s guarantee (Figure 16) and the level of its own service. A guarantee promises the worst case, so the downtime each side allows and the times to recover add up, and hours and regions are compared with what every side covers.',
  },
  none: {
    ja: '稼働率、回復時間、提供時間、ヘルプデスクの対応時間、提供対象地域の値を入れると、ここで比べます。',
    en: 'Enter the availability, recovery time, service hours, help-desk hours or regions on the SLAs, and they are compared here.',
  },
  customer: {ja: '利用者への約束', en: 'the promise to the customer'},
  scopeLead: {ja: '（契約主体の事業者のサービス分）', en: ' (for the lead provider’s service)'},
  scopePartner: {ja: '（連携先の事業者のサービス分）', en: ' (for the partner provider’s service)'},
  own: {ja: '{name}自身の水準', en: 'the level of {name}’s own service'},
  guarantee: {ja: '{name}の保証', en: 'the guarantee of {name}'},
  backerPartner: {ja: '{name} {value}', en: '{name} at {value}'},
  backerOwn: {ja: '{name}自身 {value}', en: '{name}’s own service at {value}'},
  ownService: {ja: '{name}自身', en: '{name}’s own service'},
  slotAvailability: {ja: '稼働率', en: 'Availability'},
  slotRecovery: {ja: '回復までに要する時間', en: 'Time to recover'},
  slotHours: {ja: '提供時間', en: 'Service hours'},
  slotHelpdesk: {ja: 'ヘルプデスクの対応時間', en: 'Help-desk hours'},
  slotRegion: {ja: '提供対象地域', en: 'Regions served'},
  missing: {
    ja: '{slot}{scope}はまだ確認できません（未入力：{which}）。',
    en: '{slot}{scope} cannot be checked yet (not entered: {which}).',
  },
  notComparable: {
    ja: '{slot}{scope}は、評価する期間が異なるため比べられません（{periods}）。',
    en: '{slot}{scope} cannot be compared: the sides count it over different periods ({periods}).',
  },
  availabilityGap: {
    ja: '利用者への稼働率{promise}{scope}は、{backing}の保証では裏付けられていません（最悪の場合 {bound}、差 {gap}ポイント）。',
    en: 'The availability of {promise} promised to the customer{scope} is not backed by {backing} ({bound} in the worst case, {gap} points short).',
  },
  availabilityBacked: {
    ja: '利用者への稼働率{promise}{scope}は、{backing}の保証で裏付けられています（最悪の場合 {bound}）。',
    en: 'The availability of {promise} promised to the customer{scope} is backed by {backing} ({bound} in the worst case).',
  },
  recoveryGap: {
    ja: '利用者への回復時間{promise}{scope}は、{backing}を合わせた{bound}より短く、裏付けられていません（{gap}不足）。',
    en: 'The recovery time of {promise} promised to the customer{scope} is not backed: {backing} add up to {bound} ({gap} short).',
  },
  recoveryBacked: {
    ja: '利用者への回復時間{promise}{scope}は、{backing}を合わせた{bound}以上で、裏付けられています。',
    en: 'The recovery time of {promise} promised to the customer{scope} is backed: {backing} add up to {bound}.',
  },
  hoursGap: {
    ja: '利用者に約束した{slot}（{promise}）{scope}は、{backing}の時間を週{gap}超えています。',
    en: 'The {slotLower} promised to the customer ({promise}){scope} go beyond the hours of {backing} by {gap} a week.',
  },
  hoursBacked: {
    ja: '利用者に約束した{slot}（{promise}）{scope}は、{backing}の時間に収まっています。',
    en: 'The {slotLower} promised to the customer ({promise}){scope} lie within the hours of {backing}.',
  },
  regionGap: {
    ja: '利用者に約束した提供対象地域{scope}のうち、{unserved}は{backing}の提供対象地域に含まれていません。',
    en: 'Regions promised to the customer{scope} that {backing} does not serve: {unserved}.',
  },
  regionBacked: {
    ja: '利用者に約束した提供対象地域（{promise}）{scope}は、{backing}の提供対象地域に含まれています。',
    en: 'The regions promised to the customer ({promise}){scope} are served by {backing}.',
  },
  and: {ja: '・', en: ' and '},
  list: {ja: '、', en: ', '},
} satisfies Record<string, Text>;

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    if (!(key in values)) throw new Error(`no value for {${key}}`);
    return values[key]!;
  });
}

/** The status of a check, for a mark beside it: backed, a gap, or not yet checked. */
export type ChainMark = 'backed' | 'gap' | 'open';

export interface ChainLine {
  slot: SlotCheck['slot'];
  scope: SlotCheck['scope'];
  mark: ChainMark;
  text: string;
}

/** An amount of minutes as hours (and minutes), in the reader's language. */
function minutesText(minutes: number, locale: Locale): string {
  const rounded = Math.round(minutes);
  const h = Math.floor(rounded / 60);
  const m = rounded % 60;
  if (h === 0) return durationText({amount: m, unit: 'minutes'}, locale);
  if (m === 0) return durationText({amount: h, unit: 'hours'}, locale);
  return locale === 'ja' ? `${h}時間${m}分` : `${h} h ${m} min`;
}

/** Each part of the chain a plan's values reach, in words. */
export function chainLines(plan: Pick<Plan, 'pattern' | 'values' | 'names'>, locale: Locale): ChainLine[] {
  const w = (key: keyof typeof chainWords) => chainWords[key][locale];
  const partner = providerName('partner', plan, locale);
  const lead = providerName('lead', plan, locale);
  /** a side as the "not entered" list names it */
  const sideName = (side: string) =>
    side === 'customer'
      ? w('customer')
      : side === 'partner'
        ? fill(w('guarantee'), {name: partner})
        : fill(w('own'), {name: lead});
  /** a backing side, short, with its value: "ビー株式会社 99.5%" */
  const backer = (side: string, value: string) =>
    side === 'partner' ? fill(w('backerPartner'), {name: partner, value}) : fill(w('backerOwn'), {name: lead, value});
  const backers = (sides: readonly {side: string}[]) =>
    sides.map((s) => (s.side === 'partner' ? partner : fill(w('ownService'), {name: lead}))).join(w('and'));
  return planChain(plan).map((c): ChainLine => {
    const slotName = w(SLOT_WORD[c.slot]);
    const scope = c.scope === 'whole' ? '' : w(c.scope === 'lead' ? 'scopeLead' : 'scopePartner');
    const base = {slot: c.slot, scope: c.scope};
    if (c.check.status === 'missing')
      return {
        ...base,
        mark: 'open',
        text: fill(w('missing'), {slot: slotName, scope, which: c.check.missing.map(sideName).join(w('list'))}),
      };
    if (c.check.status === 'notComparable') {
      const periods = Object.entries(c.check.periods)
        .map(([side, period]) => `${sideName(side)}：${valueOptionNames[period]?.[locale] ?? period}`)
        .join(w('list'));
      return {...base, mark: 'open', text: fill(w('notComparable'), {slot: slotName, scope, periods})};
    }
    const gap = c.check.status === 'gap' ? c.check : null;
    const mark: ChainMark = gap ? 'gap' : 'backed';
    switch (c.slot) {
      case 'availability':
        return {
          ...base,
          mark,
          text: fill(w(gap ? 'availabilityGap' : 'availabilityBacked'), {
            promise: percentText(c.promise.value!.percent, locale),
            scope,
            backing: c.backing.map((s) => backer(s.side, percentText(s.value!.percent, locale))).join(w('and')),
            bound: percentText(c.check.bound as number, locale),
            ...(gap ? {gap: (gap.gap as number).toLocaleString(locale, {maximumFractionDigits: 3})} : {}),
          }),
        };
      case 'recovery':
        return {
          ...base,
          mark,
          text: fill(w(gap ? 'recoveryGap' : 'recoveryBacked'), {
            promise: durationText(c.promise.value!, locale),
            scope,
            backing: c.backing.map((s) => backer(s.side, durationText(s.value!, locale))).join(w('and')),
            bound: minutesText(c.check.bound as number, locale),
            ...(gap ? {gap: minutesText(gap.gap, locale)} : {}),
          }),
        };
      case 'hours':
      case 'helpdesk':
        return {
          ...base,
          mark,
          text: fill(w(gap ? 'hoursGap' : 'hoursBacked'), {
            slot: slotName,
            slotLower: slotName.toLowerCase(),
            promise: weekHoursText(c.promise.value!, locale),
            scope,
            backing: backers(c.check.status === 'gap' ? (c.check.short ?? []).map((side) => ({side})) : c.backing),
            ...(gap ? {gap: minutesText(gap.gap, locale)} : {}),
          }),
        };
      case 'region':
        return {
          ...base,
          mark,
          text: fill(w(gap ? 'regionGap' : 'regionBacked'), {
            promise: regionsText(c.promise.value!, locale),
            scope,
            backing: backers(c.check.status === 'gap' ? (c.check.short ?? []).map((side) => ({side})) : c.backing),
            ...(c.check.status === 'gap' ? {unserved: regionsText(c.check.unserved ?? [], locale)} : {}),
          }),
        };
    }
  });
}

const SLOT_WORD = {
  availability: 'slotAvailability',
  recovery: 'slotRecovery',
  hours: 'slotHours',
  helpdesk: 'slotHelpdesk',
  region: 'slotRegion',
} as const;
