/**
 * The planner's words that the guide's widgets show too (the patterns' names,
 * why an agreement is needed, whether it is): apart from strings.ts, so that a
 * chapter's page carries these and not the whole planner's vocabulary.
 * Re-exported by strings.ts.
 */
import type {PatternId, Text} from '../catalog/types';
import type {RuleReason} from './rules';

export const patternChoice: Record<PatternId, Text> = {
  p1: {
    ja: 'パターン1：各事業者が個別に利用契約者と契約',
    en: 'Pattern 1: each provider contracts individually with the contracting customer',
  },
  p2: {
    ja: 'パターン2：1社が利用契約者と契約を一本化',
    en: 'Pattern 2: one provider holds a single contract with the contracting customer',
  },
};

export const ruleReasons: Record<RuleReason, Text> = {
  always: {ja: '連携するすべての場合に必要です。', en: 'Every partnership needs it.'},
  singleContractOnly: {
    ja: '1社のみが利用契約者と契約する場合（パターン2）に必要です。',
    en: 'Needed only when one provider alone contracts with the contracting customer (pattern 2).',
  },
  patternUndecided: {ja: '契約パターンを選ぶと判断できます。', en: 'Depends on the contract pattern, not yet chosen.'},
  whenSellingTogether: {
    ja: '連携したサービスを共同して販売する場合に締結します。',
    en: 'Made when the providers sell the partnered service together.',
  },
  whenProvidingTechnology: {
    ja: '事業者相互、または一方から他方へ技術提供を行う場合に締結します。',
    en: 'Made when the providers give each other, or one gives the other, technology.',
  },
  customerSystems: {
    ja: '利用者が管理するシステムやサービスと連携するため必要です。',
    en: 'Needed because the service connects to systems or services the customer manages.',
  },
  noCustomerSystems: {
    ja: '利用者が管理するシステムやサービスと連携する場合に締結します。',
    en: 'Made when the service connects to systems or services the customer manages.',
  },
};

export const applicabilityNames = {
  required: {ja: '必要', en: 'Required'},
  optional: {ja: '選択', en: 'Your choice'},
  notApplicable: {ja: '不要', en: 'Not needed'},
} satisfies Record<string, Text>;
