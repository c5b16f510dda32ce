import type {GuideSide, PatternId, Text} from '../types';

/**
 * What each provider does where the guide gives the two providers different
 * parts, beyond the agreements that carry their own `sides` (図表12, 15, 16).
 * The site's summaries of the guide's passages, each naming its figure; A is
 * the provider that holds the customer contract (the lead), B the other.
 */

/**
 * The agreements with the customer (図表26–30). Pattern 2: A alone contracts
 * the customer for the whole combined service (図表6), and B's service reaches
 * the customer through A's contract and SLA (【SLA】, 図表16). Pattern 1: each
 * provider contracts the customer for its own service (図表5, 図表27).
 */
export const customerAgreementSides: Record<PatternId, Record<GuideSide, Text>> = {
  p2: {
    A: {
      ja: '利用契約者と、連携したサービス全体について一本の契約を結ぶ。連携先の事業者のサービスの内容とサービスレベルも、この契約とSLAに含める（図表6、図表16）。',
      en: 'Concludes one contract with the contracting customer for the whole combined service, and includes the content and service level of the partner provider’s service in that contract and SLA (Figures 6 and 16).',
    },
    B: {
      ja: '利用契約者とは契約しない。利用契約者と契約する事業者が結ぶ契約とSLAに、自社サービスの内容とサービスレベルが正しく入るよう、その事業者と取り決める（図表16）。',
      en: 'Does not contract with the contracting customer. Agrees with the provider that does so that the content and service level of its own service are set out correctly in that provider’s contract and SLA (Figure 16).',
    },
  },
  p1: {
    A: {
      ja: '利用契約者と、自社サービスについて個別に契約する。連携先の事業者も別に契約するため、両者の契約の間で責任の範囲と障害時の切り分けが食い違わないようにする（図表5、図表27）。',
      en: 'Contracts with the contracting customer separately for its own service. As the partner provider signs its own contract too, makes sure the two contracts agree on the scope of responsibility and on isolating faults (Figures 5 and 27).',
    },
    B: {
      ja: '利用契約者と、自社サービスについて個別に契約する。連携先の事業者も別に契約するため、両者の契約の間で責任の範囲と障害時の切り分けが食い違わないようにする（図表5、図表27）。',
      en: 'Contracts with the contracting customer separately for its own service. As the partner provider signs its own contract too, makes sure the two contracts agree on the scope of responsibility and on isolating faults (Figures 5 and 27).',
    },
  },
};

/** 図表14 and 【技術提供契約】: the part of the provider that gives technology, and of the one that receives it. */
export const technologySides: {provider: Text; receiver: Text; mutual: Text} = {
  provider: {
    ja: '技術を提供する側として、開示する技術情報の範囲と利用範囲、技術協力の内容を定める（図表14）。',
    en: 'As the provider of the technology, sets the scope of the technical information disclosed and of its use, and the content of the technical cooperation (Figure 14).',
  },
  receiver: {
    ja: '技術の提供を受ける側として、開示された技術情報を取り決めた範囲と目的でのみ利用する（図表14）。',
    en: 'As the receiver of the technology, uses the technical information disclosed only within the agreed scope and for the agreed purposes (Figure 14).',
  },
  mutual: {
    ja: '互いに技術を提供し合うため、双方が開示する技術情報の範囲と利用範囲、技術協力の内容を定める（図表14）。',
    en: 'As each gives the other technology, both set the scope of the technical information they disclose and of its use, and the content of the technical cooperation (Figure 14).',
  },
};
