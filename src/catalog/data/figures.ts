import type {Figure, Text} from '../types';

// The guide writes the survey years as 「平成2２～2３年度」 and 「平成１９年度」 (mixed widths);
// they are written here with ASCII digits.
const mic2010: Text = {
  ja: '平成22～23年度 ASP・SaaS利用高度化のための実証に関する調査検討の請負（総務省）',
  en: 'FY2010–2011 commissioned study on demonstrations for the advanced use of ASP/SaaS (Ministry of Internal Affairs and Communications (MIC))',
};

const mic2007: Text = {
  ja: '平成19年度 ASP連携に関する調査報告書（総務省）',
  en: 'FY2007 research report on ASP partnership (Ministry of Internal Affairs and Communications (MIC))',
};

export const figures: Figure[] = [
  {
    no: 1,
    kind: 'described',
    title: {
      ja: 'ASP・SaaS事業者における連携の状況',
      en: 'Partnership status among ASP/SaaS providers',
    },
    source: {
      ja: 'ASP・SaaS白書 2009/2010（特定非営利活動法人ASP・SaaS・クラウド インダストリコンソーシアム、財団法人マルチメディア振興センター）',
      en: 'ASP/SaaS White Paper 2009/2010 (ASP-SaaS-Cloud Industry Consortium, a specified non-profit corporation; Foundation for MultiMedia Communications)',
    },
    description: {
      ja: 'ASP・SaaS連携の現状についての調査結果を示すグラフ。事業者の約8割は何らかの形でASP・SaaS連携を進めていることが伺える。',
      en: 'A chart of survey results on the current state of ASP/SaaS partnership. It shows that about 80% of providers are pursuing ASP/SaaS partnership in some form.',
    },
  },
  {
    no: 2,
    kind: 'diagram',
    title: {
      ja: 'ASP・SaaSの体系と連携の意義',
      en: 'The system of ASP/SaaS and the significance of partnership',
    },
  },
  {
    no: 3,
    kind: 'diagram',
    title: {
      ja: 'ASP・SaaS連携をする目的',
      en: 'Purposes of ASP/SaaS partnership',
    },
  },
  {
    no: 4,
    kind: 'diagram',
    title: {
      ja: 'サービス連携パターンのモデル化',
      en: 'Modelling of service partnership patterns',
    },
  },
  {
    no: 5,
    kind: 'diagram',
    title: {
      ja: '利用契約者がASP・SaaS事業者と個別に契約するパターン',
      en: 'Pattern in which the contracting customer contracts individually with the ASP/SaaS providers',
    },
  },
  {
    no: 6,
    kind: 'diagram',
    title: {
      // source: 「利用系を一本化する」 (typo; the pattern's label in 図表4 reads 「契約を一本化する」)
      ja: '連携ASP・SaaS事業者が利用契約者と利用契約を一本化するパターン',
      en: 'Pattern in which the partnered ASP/SaaS providers consolidate the service use contract with the contracting customer',
    },
  },
  {
    no: 7,
    kind: 'diagram',
    title: {
      // source: 「事業者関係を行う際」 (typo; the section heading reads 「連携を行う際の対応について」)
      ja: 'ASP・SaaS事業者連携を行う際の対応の例',
      en: 'Example of actions when ASP/SaaS providers partner',
    },
  },
  {
    no: 8,
    kind: 'diagram',
    title: {
      ja: 'ASP・SaaSの連携において生じる取り決めの例（ASP・SaaS事業者1社が利用者と契約する例）',
      en: 'Example of agreements arising in ASP/SaaS partnership (an example in which one ASP/SaaS provider contracts with the user)',
    },
  },
  {
    no: 9,
    kind: 'table',
    title: {
      ja: 'ASP・SaaS事業者連携における運用面での取り決め事項等の例',
      en: 'Example of operational agreement items in ASP/SaaS provider partnership',
    },
  },
  {
    no: 10,
    kind: 'table',
    title: {
      ja: 'サービス共同提供契約において取り決める項目の例',
      en: 'Example items to agree in a joint service provision agreement',
    },
  },
  {
    no: 11,
    kind: 'table',
    title: {
      ja: '共同販売契約において取り決める項目の例',
      en: 'Example items to agree in a joint sales agreement',
    },
  },
  {
    no: 12,
    kind: 'table',
    title: {
      ja: 'ライセンス供与契約において取り決める項目の例',
      en: 'Example items to agree in a license agreement',
    },
  },
  {
    no: 13,
    kind: 'table',
    title: {
      ja: '機密保持契約において取り決める項目の例',
      en: 'Example items to agree in a non-disclosure agreement',
    },
  },
  {
    no: 14,
    kind: 'table',
    title: {
      ja: '技術提供契約において取り決める項目の例',
      en: 'Example items to agree in a technology provision agreement',
    },
  },
  {
    no: 15,
    kind: 'table',
    title: {
      ja: 'レベニューシェア契約において取り決める項目の例',
      en: 'Example items to agree in a revenue-share agreement',
    },
  },
  {
    no: 16,
    kind: 'table',
    title: {
      ja: '事業者間のSLAにおいて取り決める項目の例',
      en: 'Example items to agree in an SLA between providers',
    },
  },
  {
    no: 17,
    kind: 'table',
    title: {
      // Kept as printed, although the table lists the items of the confidentiality agreement
      // itself (守秘義務の意義 …), not of an SLA; 「のSLA」 looks carried over from 図表16's caption.
      ja: '守秘義務契約のSLAにおいて取り決める項目の例',
      en: 'Example items to agree in the SLA of a confidentiality agreement',
    },
  },
  {
    no: 18,
    kind: 'table',
    title: {
      ja: 'ASP・SaaS連携にて検討が必要とされる技術要件',
      en: 'Technical requirements to be examined for ASP/SaaS partnership',
    },
    source: {
      ja: `${mic2007.ja}、${mic2010.ja}`,
      en: `${mic2007.en}; ${mic2010.en}`,
    },
  },
  {
    no: 19,
    kind: 'table',
    title: {
      ja: 'マスタデータ連携の標準化に向けた検討タスクの概要',
      en: 'Overview of the study tasks toward standardising master data integration',
    },
    source: mic2010,
  },
  {
    no: 20,
    kind: 'table',
    title: {
      ja: '各層における検討対象の認証技術',
      en: 'Authentication techniques examined at each layer',
    },
    source: mic2010,
  },
  {
    no: 21,
    kind: 'described',
    title: {
      ja: '検討モデルにおける認証要素情報（多段階認証）機能方式のイメージ',
      en: 'Image of the functional scheme for authentication factor information (multi-step authentication) in the study model',
    },
    source: mic2010,
    description: {
      ja: '検討モデルにおける認証要素情報（多段階認証）の機能方式をイメージとして示した図。ASP・SaaS事業者間連携におけるサーバ認証の仕組みとして、ネットワーク層、セッション層、アプリケーション層における認証技術（図表20）を検討したことに関するものである。',
      en: 'A picture of the functional scheme for authentication factor information (multi-step authentication) in the study model. It relates to the study of authentication techniques at the network, session and application layers (Figure 20) as the server authentication mechanism for partnership between ASP/SaaS providers.',
    },
  },
  {
    no: 22,
    kind: 'table',
    title: {
      ja: '履歴確認情報（ログ情報）出力項目',
      en: 'Items output as history confirmation information (log information)',
    },
    source: mic2010,
  },
  {
    no: 23,
    kind: 'described',
    title: {
      ja: '履歴確認情報（ログ情報）出力画面',
      en: 'Output screen of history confirmation information (log information)',
    },
    source: mic2010,
    description: {
      ja: '履歴確認情報（ログ情報）の出力イメージを示す画面。ASP・SaaS事業者間で連携時に不都合が生じた際の責任分界点を明らかにするため、連携データの証跡を残す仕組みに関するものである。ログ情報として必要な項目は図表22に示されている。',
      en: 'A screen showing what the output of history confirmation information (log information) looks like. It relates to the mechanism that keeps an audit trail of the integrated data, so as to clarify the division of responsibility when a problem arises in the integration between ASP/SaaS providers. The items required as log information are listed in Figure 22.',
    },
  },
  {
    no: 24,
    kind: 'diagram',
    title: {
      // source: 「技術な取り決め」 (typo)
      ja: 'ASP・SaaS事業者間において行う技術的な取り決めの進め方の例',
      en: 'Example of how to proceed with technical agreements between ASP/SaaS providers',
    },
    source: mic2007,
  },
  {
    no: 25,
    kind: 'table',
    title: {
      ja: '各種ガイドラインにおけるASP・SaaS連携に関する事業者向けの要求事項',
      en: 'Requirements for providers concerning ASP/SaaS partnership in various guidelines',
    },
  },
  {
    no: 26,
    kind: 'table',
    title: {
      ja: 'ASP・SaaS事業者連携における事業者－利用者間の運用面の対応事項の例',
      en: 'Example of operational actions between providers and users in ASP/SaaS provider partnership',
    },
  },
  {
    no: 27,
    kind: 'table',
    title: {
      ja: 'サービス利用契約において取り決める項目の例',
      en: 'Example items to agree in a service use contract',
    },
  },
  {
    no: 28,
    kind: 'table',
    title: {
      ja: '事業者－利用者間のSLAにおいて取り決める項目の例',
      en: 'Example items to agree in an SLA between provider and user',
    },
  },
  {
    no: 29,
    kind: 'table',
    title: {
      ja: 'サービス利用規約において取り決める項目の例',
      en: 'Example items to agree in the terms of use',
    },
  },
  {
    no: 30,
    kind: 'table',
    title: {
      ja: '機密保持契約において取り決める項目の例',
      en: 'Example items to agree in a non-disclosure agreement',
    },
  },
  {
    no: 31,
    kind: 'table',
    title: {
      ja: '「2．ASP・SaaS事業者連携のパターン」のパターンごとに見た利用者の留意すべき内容の例',
      en: 'Example of what users should note, by pattern of "2. Patterns of ASP/SaaS provider partnership"',
    },
  },
];
