import type {PatternId, Text} from '@site/src/catalog/types';
import type {FaultContact} from '@site/src/planner/widgets/customerCheck';

/**
 * The customer check's own words. Facts about the agreements and about
 * 図表31 come from the catalog; these only name the choices and frame them.
 */
export const t = {
  heading: {ja: '利用者として事業者に確認すること', en: 'What to confirm with the providers, as the customer'},
  patternLegend: {ja: 'あなたの契約パターン', en: 'Your contract pattern'},
  systemsLegend: {
    ja: 'あなたが管理するシステムやサービスを、連携するサービスとつなぎますか。',
    en: 'Do systems or services you manage connect to the partnered service?',
  },
  yes: {ja: 'はい', en: 'Yes'},
  no: {ja: 'いいえ', en: 'No'},
  confirmHeading: {ja: '事業者に確認すること', en: 'What to confirm with the providers'},
  confirmSummary: {
    ja: '取り決め{groups}件・確認事項{n}件',
    en: '{n} questions over {groups} agreements',
  },
  count: {ja: '{n}件', en: '{n} questions'},
  watchHeading: {ja: 'このパターンで留意すること', en: 'What to watch in this pattern'},
} satisfies Record<string, Text>;

/** The two choices, in the customer's words. */
export const patternLabels: Record<PatternId, Text> = {
  p1: {ja: 'パターン1：各事業者とそれぞれ契約する', en: 'Pattern 1: a contract with each provider'},
  p2: {ja: 'パターン2：1社とだけ契約する', en: 'Pattern 2: one contract with one provider'},
};

/** The short answer to "whom to call"; what 図表31 says follows it. */
export const contactLabels: Record<FaultContact['contact'], Text> = {
  contractedProvider: {ja: '契約した事業者（1社）', en: 'The provider you contracted with'},
  eachProvider: {
    ja: '各サービスの事業者（それぞれと契約しています）',
    en: 'The provider of each service (you contract each one)',
  },
};
