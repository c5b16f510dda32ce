import type {Text} from '@site/src/catalog/types';

export const t = {
  confidentiality: {
    ja: '個人情報や営業秘密を預かりますか（機密性）',
    en: 'Does the service hold personal information or trade secrets? (confidentiality)',
  },
  confidentialityHigh: {ja: '預かる（高い）', en: 'Yes (high)'},
  confidentialityLow: {ja: '預からない（低い）', en: 'No (low)'},
  integrity: {
    ja: '完全性への要求は、事業者が利用者のデータを管理するため、どのサービスでも「高い」とされます。',
    en: 'Integrity is “high” for every service, because the provider manages its users’ data.',
  },
  availability: {
    ja: 'サービスが止まったときの影響は（可用性）',
    en: 'What happens when the service stops? (availability)',
  },
  result: {ja: 'このサービスのパターン', en: 'The pattern of this service'},
  examples: {ja: '該当するサービスの例', en: 'Services in this pattern'},
  unanswered: {ja: '質問に答えると、パターンが分かります。', en: 'Answer the questions to see the pattern.'},
} satisfies Record<string, Text>;
