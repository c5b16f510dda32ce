/**
 * The values an agreement decides as figures, times and choices, as the
 * guide names them in its tables, each with its 図表, and the few the site
 * adds (marked as the site's, with what they rest on). The planner keeps a
 * value beside an agreement's lines (src/planner/values.ts) and checks the
 * SLA chain of pattern 2 with them (src/planner/slaChain.ts).
 *
 * Kept out of the catalog's chunk (plugins/split-catalog.ts): only the
 * checklist's values load it.
 */
import type {AgreedValueField, Text} from '../types';

const PERCENT = {type: 'percent', min: 0, max: 100, decimals: 3} as const;
const SHORT_TIME = {type: 'duration', units: ['minutes', 'hours', 'days']} as const;
const LONG_TIME = {type: 'duration', units: ['days', 'months', 'years']} as const;
const PERIOD = {type: 'choice', options: ['month', 'quarter', 'year']} as const;
const REMEDY = {type: 'choice', options: ['credit', 'report', 'none']} as const;
const RENEWAL = {type: 'choice', options: ['automatic', 'byAgreement', 'none']} as const;

/**
 * The names of the choices' options, in the site's words (the guide gives
 * only 自動延長 as an example of how a term is renewed).
 */
export const valueOptionNames: Record<string, Text> = {
  month: {ja: '月間', en: 'Monthly'},
  quarter: {ja: '四半期', en: 'Quarterly'},
  year: {ja: '年間', en: 'Yearly'},
  credit: {ja: '利用料金の減額・返金', en: 'A reduction or refund of fees'},
  report: {ja: '報告と改善策の提示', en: 'A report and the measures to improve'},
  none: {ja: '特になし', en: 'None'},
  automatic: {ja: '自動延長', en: 'Extended automatically'},
  byAgreement: {ja: '双方の合意により更新', en: 'Renewed when both agree'},
  bankTransfer: {ja: '銀行振込', en: 'Bank transfer'},
  offset: {ja: '相殺', en: 'Offset against amounts owed'},
  other: {ja: 'その他', en: 'Other'},
  asUsual: {ja: '通常どおり分配する', en: 'Shared as usual'},
  prorated: {ja: '提供できなかった期間に応じて減らす', en: 'Reduced in proportion to the time the service was down'},
  byDiscussion: {ja: 'その都度協議する', en: 'Settled case by case'},
};

/** The service levels an SLA names (図表16, 図表28), for one side of the chain. */
function slaLevels(
  prefix: 'providerSla' | 'customerSla' | 'leadOwn',
  figure: 16 | 28,
  own: boolean,
): AgreedValueField[] {
  const agreement = prefix === 'leadOwn' ? null : prefix;
  const item = (name: string) => (agreement ? `${agreement}.${name}` : null);
  const source = own ? 'site' : 'guide';
  const basis = own ? LEAD_OWN_BASIS : undefined;
  return (
    [
      {
        id: `${prefix}.availability`,
        agreement,
        item: item('serviceLevel'),
        figure,
        name: {ja: '稼働率', en: 'Availability'},
        kind: PERCENT,
        source,
        chain: 'availability',
      },
      {
        id: `${prefix}.period`,
        agreement,
        item: item('evaluation'),
        figure,
        name: {ja: '稼働率を評価する期間', en: 'Period availability is measured over'},
        kind: PERIOD,
        source,
        chain: 'period',
      },
      {
        id: `${prefix}.recovery`,
        agreement,
        item: item('serviceLevel'),
        figure,
        name: {ja: '障害から回復までに要する時間', en: 'Time to recover from a fault'},
        kind: SHORT_TIME,
        source,
        chain: 'recovery',
      },
      {
        id: `${prefix}.hours`,
        agreement,
        item: item('serviceScope'),
        figure,
        name: {ja: '提供時間', en: 'Service hours'},
        kind: {type: 'weekHours'},
        source,
        chain: 'hours',
      },
      {
        id: `${prefix}.helpdesk`,
        agreement,
        item: item('serviceScope'),
        figure,
        name: {ja: 'ヘルプデスクの対応時間', en: 'Help-desk hours'},
        kind: {type: 'weekHours'},
        source,
        chain: 'helpdesk',
      },
      {
        id: `${prefix}.region`,
        agreement,
        item: item('serviceScope'),
        figure,
        name: {ja: '提供対象地域', en: 'Regions served'},
        kind: {type: 'regions'},
        source,
        chain: 'region',
      },
    ] as AgreedValueField[]
  ).map((f) => (basis ? {...f, basis} : f));
}

/** Why the site asks for the lead provider's own levels, which no table of the guide names. */
const LEAD_OWN_BASIS: Text = {
  ja: 'ガイドは事業者間のSLA（図表16の前）で、契約主体の事業者が連携先のサービスの水準も含めて利用契約者と合意すると説明しています。その合意を裏付けるのは、連携先の保証と、契約主体の事業者自身のサービスの水準です。後者を比べるために、サイトが加えた項目です。',
  en: 'The guide explains, before Figure 16, that the lead provider agrees with the contracting customer a level that includes the partner’s service. What backs that promise is the partner’s guarantee together with the level of the lead provider’s own service; the site adds the latter so that the two can be compared.',
};

export const agreedValueFields: readonly AgreedValueField[] = [
  // 図表10: the term of the joint service provision agreement, its renewal, and the notice before ending it
  {
    id: 'jointProvision.start',
    agreement: 'jointProvision',
    item: 'jointProvision.term',
    figure: 10,
    name: {ja: '契約の開始日', en: 'Start of the agreement'},
    kind: {type: 'date'},
    source: 'guide',
  },
  {
    id: 'jointProvision.term',
    agreement: 'jointProvision',
    item: 'jointProvision.term',
    figure: 10,
    name: {ja: '契約期間', en: 'Term of the agreement'},
    kind: LONG_TIME,
    source: 'guide',
  },
  {
    id: 'jointProvision.renewal',
    agreement: 'jointProvision',
    item: 'jointProvision.term',
    figure: 10,
    name: {ja: '更新方法', en: 'How it is renewed'},
    kind: RENEWAL,
    source: 'guide',
  },
  {
    id: 'jointProvision.notice',
    agreement: 'jointProvision',
    item: 'jointProvision.termination',
    figure: 10,
    name: {ja: '解消・終了の事前通告', en: 'Notice before dissolving or ending it'},
    kind: LONG_TIME,
    source: 'guide',
  },
  // 図表15: the revenue share, its payment, and the share when a fault stops the service
  {
    id: 'revenueShare.share',
    agreement: 'revenueShare',
    item: 'revenueShare.shareAndPayment',
    figure: 15,
    name: {ja: '連携先の事業者に分配する割合', en: 'Share passed to the partner provider'},
    kind: {type: 'percent', min: 0, max: 100, decimals: 1},
    source: 'guide',
  },
  {
    id: 'revenueShare.paymentDue',
    agreement: 'revenueShare',
    item: 'revenueShare.shareAndPayment',
    figure: 15,
    name: {ja: '支払いの期日（利用料金を受け取ってから）', en: 'Payment due (after the fees are received)'},
    kind: {type: 'duration', units: ['days', 'months']},
    source: 'guide',
  },
  {
    id: 'revenueShare.paymentMeans',
    agreement: 'revenueShare',
    item: 'revenueShare.shareAndPayment',
    figure: 15,
    name: {ja: '支払い手段', en: 'Means of payment'},
    kind: {type: 'choice', options: ['bankTransfer', 'offset', 'other']},
    source: 'guide',
  },
  {
    id: 'revenueShare.faultShare',
    agreement: 'revenueShare',
    item: 'revenueShare.disclaimers',
    figure: 15,
    name: {ja: '障害でサービスが提供できなかったときの分配', en: 'The share when a fault stopped the service'},
    kind: {type: 'choice', options: ['asUsual', 'prorated', 'byDiscussion']},
    source: 'guide',
  },
  // 図表16: the partner's levels, agreed between the providers (pattern 2)
  ...slaLevels('providerSla', 16, false),
  {
    id: 'providerSla.remedy',
    agreement: 'providerSla',
    item: 'providerSla.evaluation',
    figure: 16,
    name: {ja: '評価の結果と対応', en: 'What follows the evaluation'},
    kind: REMEDY,
    source: 'guide',
  },
  // the lead's own level for its own service, which backs its promise to the customer with the partner's
  ...slaLevels('leadOwn', 16, true),
  // 図表27: the term of the service use contract
  {
    id: 'serviceContract.start',
    agreement: 'serviceContract',
    item: 'serviceContract.term',
    figure: 27,
    name: {ja: '契約の開始日', en: 'Start of the contract'},
    kind: {type: 'date'},
    source: 'guide',
  },
  {
    id: 'serviceContract.term',
    agreement: 'serviceContract',
    item: 'serviceContract.term',
    figure: 27,
    name: {ja: '契約期間', en: 'Term of the contract'},
    kind: LONG_TIME,
    source: 'guide',
  },
  {
    id: 'serviceContract.renewal',
    agreement: 'serviceContract',
    item: 'serviceContract.term',
    figure: 27,
    name: {ja: '更新方法', en: 'How it is renewed'},
    kind: RENEWAL,
    source: 'guide',
  },
  {
    id: 'serviceContract.deletion',
    agreement: 'serviceContract',
    item: 'serviceContract.term',
    figure: 27,
    name: {ja: '契約終了後、データを消去するまでの期限', en: 'Deadline to delete the data after the contract ends'},
    kind: LONG_TIME,
    source: 'site',
    basis: {
      ja: '経済産業省「SaaS向けSLAガイドライン」（2008年1月21日公表）が、サービス解約後のデータ消去の期限をサービスレベル項目の例に挙げています（例：1か月以内）。公表を報じたCNET Japanの記事（2008年1月21日）で確認。経済産業省のページはここでは確認できませんでした。',
      en: 'METI’s SLA guideline for SaaS (published 21 January 2008) gives the deadline for deleting data after the service is cancelled among its example service levels (for instance, within one month). Confirmed in CNET Japan’s report of its publication (21 January 2008); METI’s own page could not be checked here.',
    },
  },
  // 図表28: the levels promised to the customer
  ...slaLevels('customerSla', 28, false),
  {
    id: 'customerSla.remedy',
    agreement: 'customerSla',
    item: 'customerSla.evaluation',
    figure: 28,
    name: {ja: '評価の結果と対応', en: 'What follows the evaluation'},
    kind: REMEDY,
    source: 'guide',
  },
];

/** The values of one agreement (or, with null, the lead's own levels), in the order above. */
export function valueFieldsOf(agreement: string | null): AgreedValueField[] {
  return agreedValueFields.filter((f) => f.agreement === agreement);
}

export function getValueField(id: string): AgreedValueField | undefined {
  return agreedValueFields.find((f) => f.id === id);
}
