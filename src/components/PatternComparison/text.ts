import type {Text} from '@site/src/catalog/types';

/** The widget's own words; the facts come from the catalog and the rules. */
export const text = {
  label: {ja: 'パターン1と2の比較', en: 'Pattern 1 and pattern 2 compared'},
  legend: {ja: '表示するパターン', en: 'Pattern to show'},
  diagram: {ja: '契約の形', en: 'How the contracts are made'},
  agreements: {ja: '事業者間の取り決め', en: 'Agreements between the providers'},
  added: {ja: '{other}と比べて増える取り決め', en: 'Added, compared with {other}'},
  removed: {ja: '{other}と比べて不要になる取り決め', en: 'Not needed, unlike {other}'},
  noChange: {
    ja: '{other}と比べて、事業者間の取り決めに増減はありません。',
    en: 'Compared with {other}, no agreement between the providers is added or dropped.',
  },
  customer: {ja: '利用契約者から見ると', en: 'From the contracting customer’s side'},
  contractAndPay: {ja: '契約と支払い', en: 'Whom the customer contracts and pays'},
} satisfies Record<string, Text>;
