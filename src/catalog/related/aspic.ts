/**
 * From ASPIC's slides (sources/aspic-slides.txt): its five pillars of
 * activity, and the data-governance guide for social-infrastructure data.
 *
 * The Japanese is the slides' wording; `aspicDeviations` lists every Japanese
 * text not found in the slides as it stands, with the reason (the test checks
 * this). Both slides are diagrams: which box a line belongs to is the site's
 * reading of the flattened text, said so on the page.
 */
import type {Text} from '../types';

export interface AspicPillar {
  id: string;
  name: Text;
  /** what the pillar does, as the slide's box says */
  activity: Text;
  /** a note in the box (総務省と合同, the number of certified services) */
  note?: Text;
}

export const aspicPillarsIntro: Text = {
  ja: '1999年設立以来、12周年となるNPO法人 ASPICでは、以下の5本柱の一層の推進・展開を図り、「普及促進からビジネス実践」へと新たな飛躍・発展を目指し、各種施策を推進しています。',
  en: 'Since its founding in 1999, ASPIC, a non-profit organisation now in its twelfth year, has been pursuing a range of measures to advance and extend the five pillars below, aiming at a new leap and development “from promoting adoption to business practice”.',
};

export const aspicPillars: AspicPillar[] = [
  {
    id: 'aspicPillar.marketStudy',
    name: {ja: '分野別市場拡大研究会', en: 'Study groups on expanding markets by field'},
    activity: {
      ja: '分野･業種ごとの健全な市場形成と拡大に向けた研究会活動を推進する',
      en: 'Promotes study-group work towards forming and expanding a sound market in each field and industry',
    },
  },
  {
    id: 'aspicPillar.promotionCouncil',
    name: {ja: 'ASP・SaaS・クラウド普及促進協議会', en: 'ASP/SaaS/Cloud Promotion Council'},
    activity: {
      ja: 'ASP・SaaS・クラウド市場の普及拡大のための対策と提言を行う',
      en: 'Devises measures and makes recommendations for spreading and expanding the ASP/SaaS/cloud market',
    },
    note: {ja: '総務省と合同', en: 'Jointly with the Ministry of Internal Affairs and Communications'},
  },
  {
    id: 'aspicPillar.dataCentre',
    name: {ja: 'ASP・SaaSデータセンター促進協議会', en: 'ASP/SaaS Data Centre Promotion Council'},
    activity: {
      ja: 'データセンター促進のための委員会活動を推進する',
      en: 'Promotes committee work for the advancement of data centres',
    },
  },
  {
    id: 'aspicPillar.disclosure',
    name: {ja: 'ASP・SaaS情報開示認定制度の推進', en: 'Promoting the ASP/SaaS information disclosure certification'},
    activity: {
      ja: '認定制度の社会インフラを目指した普及活動',
      en: 'Work to spread the certification scheme, aiming to make it part of society’s infrastructure',
    },
    note: {ja: '159サービス･113社', en: '159 services, 113 companies'},
  },
  {
    id: 'aspicPillar.members',
    name: {ja: '会員ビジネスの拡大・強化', en: 'Expanding and strengthening members’ business'},
    activity: {
      ja: '会員ビジネスの拡大を積極的に推進する',
      en: 'Actively promotes the expansion of members’ business',
    },
  },
];

// ---------------------------------------------------------------------------
// The data-governance guide for social-infrastructure data (slides 5 and 6)

export const dataGovernanceBackground: {problem: Text; need: Text} = {
  problem: {
    ja: '高度経済成長期に大量に構築された社会資本の老朽化',
    en: 'The ageing of the social infrastructure built in large quantities during the period of rapid economic growth',
  },
  need: {
    ja: '維持管理の効率化に向けてデータの蓄積・管理の仕組みづくりとデータの公開が急務',
    en: 'For more efficient maintenance and management, building systems to accumulate and manage the data, and making the data public, are urgent',
  },
};

export const dataGovernancePurpose: Text = {
  ja: '道路、橋梁、下水道、建物等の社会資本分野において、ASP・SaaS事業者が社会資本データ（台帳）の蓄積・管理（一次利用）、及び二次利用等のサービスを提供する際に留意すべき事項を、利用促進の観点からガイドとしてとりまとめた。',
  en: 'The guide gathers, from the viewpoint of promoting use, the points ASP/SaaS providers should note when, in the fields of social infrastructure such as roads, bridges, sewerage and buildings, they provide services for the accumulation and management of social-infrastructure data (registers) (primary use), secondary use and the like.',
};

export interface DataGovernanceParty {
  id: string;
  name: Text;
  /** the party's other name in the figure (データ所有者, ASP・SaaS事業者, 第三者) */
  aside: Text;
  /** 【主体】 */
  members: Text[];
}

/** The three parties of the figure 「社会資本データの一次利用と二次利用の定義」, from data to user. */
export const dataGovernanceParties: DataGovernanceParty[] = [
  {
    id: 'dataGovernanceParty.manager',
    name: {ja: '社会資本管理者', en: 'Social-infrastructure managers'},
    aside: {ja: 'データ所有者', en: 'Data owners'},
    members: [
      {ja: '国、地方自治体', en: 'The state and local governments'},
      {ja: 'その他公共機関', en: 'Other public bodies'},
      {ja: '民間社会資本事業者 等', en: 'Private social-infrastructure operators, etc.'},
    ],
  },
  {
    id: 'dataGovernanceParty.provider',
    name: {ja: '社会資本情報サービス事業者', en: 'Social-infrastructure information service providers'},
    aside: {ja: 'ASP・SaaS事業者', en: 'ASP/SaaS providers'},
    members: [
      {ja: '国、地方自治体', en: 'The state and local governments'},
      {ja: '民間事業者（ASP・SaaS事業者含む）', en: 'Private businesses (including ASP/SaaS providers)'},
      {ja: '学術研究機関', en: 'Academic research institutions'},
    ],
  },
  {
    id: 'dataGovernanceParty.user',
    name: {ja: '社会資本情報サービス利用者', en: 'Users of social-infrastructure information services'},
    aside: {ja: '第三者', en: 'Third parties'},
    members: [
      {ja: '国、地方自治体', en: 'The state and local governments'},
      {ja: '市民・市民団体 等', en: 'Citizens and citizens’ groups, etc.'},
    ],
  },
];

/** What flows between the parties in the figure. */
export const dataGovernanceFlows: {from: string; to: string; what: Text}[] = [
  {
    from: 'dataGovernanceParty.manager',
    to: 'dataGovernanceParty.provider',
    what: {ja: 'データ提供', en: 'Provides data'},
  },
  {
    from: 'dataGovernanceParty.provider',
    to: 'dataGovernanceParty.user',
    what: {ja: '情報サービス提供', en: 'Provides information services'},
  },
];

export interface DataGovernanceService {
  id: string;
  use: 'primary' | 'secondary';
  name: Text;
  examples: Text[];
}

/** The provider's services in the figure (■ …). */
export const dataGovernanceServices: DataGovernanceService[] = [
  {
    id: 'dataGovernanceService.dataManagement',
    use: 'primary',
    name: {ja: 'データマネジメント', en: 'Data management'},
    examples: [
      {ja: 'データ蓄積・管理サービス提供', en: 'Providing data accumulation and management services'},
      {ja: '高セキュリティ管理', en: 'High-security management'},
    ],
  },
  {
    id: 'dataGovernanceService.platform',
    use: 'secondary',
    name: {ja: 'プラットフォーム提供', en: 'Platform provision'},
    examples: [
      {ja: '入出力サイト運営', en: 'Running input and output sites'},
      {ja: 'フォーマット提供', en: 'Providing formats'},
      {ja: '集計機能提供', en: 'Providing aggregation functions'},
    ],
  },
  {
    id: 'dataGovernanceService.valueAdded',
    use: 'secondary',
    name: {ja: '高付加価値サービス提供', en: 'High value-added services'},
    examples: [
      {ja: '複数所有者のデータの横断的分析結果', en: 'Results of cross-cutting analysis of several owners’ data'},
      {ja: '分析に基づくアドバイス・コンサルティング', en: 'Advice and consulting based on analysis'},
      {ja: '他情報と組み合わせた高度情報', en: 'Advanced information combined with other information'},
    ],
  },
];

export const dataGovernanceUseLabels: Record<DataGovernanceService['use'], Text> = {
  primary: {ja: '一次利用', en: 'Primary use'},
  secondary: {ja: '二次利用', en: 'Secondary use'},
};

export interface DataGovernanceChapter {
  no: string;
  title: Text;
  sections: {no: string; title: Text}[];
}

/** The guide's contents (slide 6). */
export const dataGovernanceContents: DataGovernanceChapter[] = [
  {
    no: '1',
    title: {ja: '本ガイドについて', en: 'About this guide'},
    sections: [
      {no: '1.1', title: {ja: '本ガイドの目的と使い方', en: 'Purpose of this guide and how to use it'}},
      {no: '1.2', title: {ja: '本ガイドで使用する用語の定義', en: 'Definitions of the terms used in this guide'}},
      {no: '1.3', title: {ja: '本ガイドの対象範囲と構成', en: 'Scope and structure of this guide'}},
      {
        no: '1.4',
        title: {ja: '他のガイドおよびガイドライン等との関係', en: 'Relationship with other guides, guidelines, etc.'},
      },
    ],
  },
  {
    no: '2',
    title: {
      ja: '社会資本データの一次利用にあたっての留意事項',
      en: 'Points to note in the primary use of social-infrastructure data',
    },
    sections: [
      {no: '2.1', title: {ja: '一次利用のパターン', en: 'Patterns of primary use'}},
      {no: '2.2', title: {ja: '一次利用促進のための留意事項', en: 'Points to note for promoting primary use'}},
    ],
  },
  {
    no: '3',
    title: {
      ja: '社会資本データの二次利用にあたっての留意事項',
      en: 'Points to note in the secondary use of social-infrastructure data',
    },
    sections: [
      {no: '3.1', title: {ja: '二次利用のパターン', en: 'Patterns of secondary use'}},
      {
        no: '3.2',
        title: {
          ja: '社会資本データ提供者との関係における留意事項',
          en: 'Points to note in the relationship with providers of social-infrastructure data',
        },
      },
      {
        no: '3.3',
        title: {
          ja: '社会資本情報サービス利用者との関係における留意事項',
          en: 'Points to note in the relationship with users of social-infrastructure information services',
        },
      },
    ],
  },
  {
    no: '4',
    title: {ja: '個別社会資本分野における留意事項', en: 'Points to note in individual fields of social infrastructure'},
    sections: [
      {no: '4.1', title: {ja: '下水道分野', en: 'Sewerage'}},
      {no: '4.2', title: {ja: '橋梁分野', en: 'Bridges'}},
      {no: '4.3', title: {ja: '建物分野', en: 'Buildings'}},
    ],
  },
  {
    no: '5',
    title: {ja: 'データの取扱等に関する基本的な留意事項', en: 'Basic points to note on the handling of data, etc.'},
    sections: [
      {
        no: '5.1',
        title: {ja: 'ASP・SaaS事業者の役割・責任等', en: 'Roles, responsibilities, etc. of ASP/SaaS providers'},
      },
      {no: '5.2', title: {ja: '情報セキュリティ対策', en: 'Information security measures'}},
      {no: '5.3', title: {ja: '個人情報の取扱い', en: 'Handling of personal information'}},
    ],
  },
];

export const aspicLabels = {
  pillarsCaption: {ja: 'ASPICの重点活動『５本柱』', en: 'ASPIC’s five pillars of activity'},
  pillar: {ja: '柱', en: 'Pillar'},
  activity: {ja: '活動', en: 'Activity'},
  background: {ja: '背景', en: 'Background'},
  aboutGuide: {ja: '本ガイドについて', en: 'About the guide'},
  partiesCaption: {
    ja: '社会資本データの一次利用と二次利用の定義',
    en: 'Primary and secondary use of social-infrastructure data',
  },
  party: {ja: '立場', en: 'Party'},
  members: {ja: '主体', en: 'Who'},
  servicesCaption: {
    ja: '社会資本情報サービス事業者のサービス',
    en: 'Services of the social-infrastructure information service providers',
  },
  use: {ja: '利用', en: 'Use'},
  service: {ja: 'サービス', en: 'Service'},
  examples: {ja: '内容', en: 'What it includes'},
  contentsCaption: {
    ja: '社会資本分野におけるデータガバナンスガイドの構成',
    en: 'Contents of the data-governance guide for social infrastructure',
  },
} satisfies Record<string, Text>;

export interface AspicDeviation {
  ja: string;
  reason: string;
}

export const aspicDeviations: AspicDeviation[] = [
  {
    ja: aspicPillarsIntro.ja,
    reason:
      'slide 1: the extraction prints the end of the sentence twice (…目指し 各種施策を推進しています飛躍・発展を目指し、各種施策を推進しています。); written once',
  },
  {
    ja: '分野･業種ごとの健全な市場形成と拡大に向けた研究会活動を推進する',
    reason: 'slide 1: the extraction interleaves the lines of the next box (ASP・SaaS・クラウド市場の…) with this one',
  },
  {
    ja: 'ASP・SaaS・クラウド市場の普及拡大のための対策と提言を行う',
    reason: 'slide 1: the extraction interleaves the lines of the box before (…研究会活動を推進する) with this one',
  },
  {
    ja: 'データ蓄積・管理サービス提供',
    reason: 'slide 5: the extraction breaks the box’s words apart (データ蓄積・／管理ｻ ﾞ／管理ｻｰﾋﾞｽ提供)',
  },
  {
    ja: '分析に基づくアドバイス・コンサルティング',
    reason: 'slide 5: the extraction loses a letter of the half-width 「ｱﾄﾞﾊﾞ(ｲ)ｽ」 at the line break',
  },
  {
    ja: '他のガイドおよびガイドライン等との関係',
    reason: 'slide 6: the extraction puts the figure’s legend (（凡例）下水道 橋梁 …) between 「との」 and 「関係」',
  },
  {ja: '立場', reason: 'column label written by the site'},
  {
    ja: '社会資本情報サービス事業者のサービス',
    reason: 'caption written by the site for the services (■) the figure shows',
  },
  {
    ja: '社会資本分野におけるデータガバナンスガイドの構成',
    reason: 'caption written by the site for the guide’s contents on slide 6',
  },
];
