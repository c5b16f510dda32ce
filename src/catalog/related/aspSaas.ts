/**
 * What ASP・SaaS is: the introductory slides of the study on information
 * security for ASP・SaaS (definition, system form, how ASP became ASP・SaaS,
 * merits for users and for small firms, market size, the fields it is used in,
 * the security issues and the responses expected).
 *
 * The Japanese is the slides' wording; `deviations` lists every Japanese text
 * that is not found in the slides as it stands, with the reason. The market
 * figures of Japan are not legible in the slides (the chart is a picture); they
 * come from the same white paper as quoted in the study group's report, and
 * carry `document: 'report'` so that the test checks them against that text.
 * The vendor presentations that follow the introductory slides are not used.
 */
import type {Text} from '../types';

export * from './aspSaasSurvey';

// ---------------------------------------------------------------------------
// Types

export interface AspSaasDefinition {
  /** 定義 */
  text: Text;
  /** 留意点: the similar terms */
  note: Text;
  /** the parenthesis under the note */
  aside: Text;
  /** 出所 */
  source: Text;
}

export interface SystemFormPart {
  id: string;
  label: Text;
  items: Text[];
}

export interface SystemForm {
  /** the sentence at the top of the diagram */
  summary: Text;
  parts: SystemFormPart[];
}

export interface Era {
  label: Text;
  period: Text;
}

/** One cell of the ASP / ASP・SaaS comparison: a ○/× mark, words, or both. */
export interface ComparisonCell {
  mark?: 'yes' | 'no';
  text?: Text[];
}

export interface ComparisonRow {
  id: string;
  aspect: Text;
  asp: ComparisonCell;
  saas: ComparisonCell;
}

export interface ComparisonSource {
  title: Text;
  url: string;
  /** the analysis the slide credits, after the title (よりASPICジャパン分析) */
  analysis: Text;
}

export interface UserMerit {
  id: string;
  /** １．コスト … ４．新しいビジネスモデルによる付加価値拡大 */
  aspect: Text;
  /** ICT化を進めるユーザーが抱える課題・問題 */
  problems: Text[];
  /** 左記の解決に役立つASP・SaaSのユーザーメリット */
  merits: Text[];
}

export interface SmallFirmItem {
  id: string;
  challenge: Text;
  consequence: Text;
  details?: Text[];
}

export interface SmallFirmGroup {
  id: string;
  heading: Text;
  /** 守りを必要とする経営環境 / 攻めを必要とする経営環境 */
  environment: Text;
  items: SmallFirmItem[];
}

export interface MarketFigure {
  id: string;
  /** the market (country) */
  label: Text;
  /** the number as the source gives it */
  value: string;
  unit: Text;
  /** the source prints 約 (about) before the number */
  approximate?: boolean;
  year: string;
  kind: 'actual' | 'forecast';
  source: Text;
  /** which text gives the number: the slides, or the study group's report quoting the same white paper */
  document: 'slides' | 'report';
}

export interface Sector {
  id: string;
  name: Text;
  examples: Text[];
}

export interface SecurityIssue {
  id: string;
  issue: Text;
  consequences: Text[];
}

export interface SecurityDirection {
  id: string;
  /** 対応策１ … */
  label: Text;
  text: Text;
  /** what the guide should be reflected in (→ …) */
  note?: Text;
  examples?: Text[];
}

export interface Deviation {
  ja: string;
  reason: string;
}

// ---------------------------------------------------------------------------
// Definition and system form

export const aspSaasDefinition: AspSaasDefinition = {
  text: {
    ja: '特定及び不特定ユーザが必要とするシステム機能を、ネットワークを通じて提供するサービス、あるいはそうしたサービスを提供するビジネスモデルのこと',
    en: 'A service that provides, over a network, the system functions that specific and unspecified users need, or the business model of providing such services.',
  },
  note: {
    ja: 'ASPと類似の用語として「ユーティリティコンピューティング」「オンデマンドコンピューティング」「SaaS（Software as a Service）」などが存在するが、ほとんどASPと同一の意味で使用されている。',
    en: 'Terms similar to ASP exist, such as “utility computing”, “on-demand computing” and “SaaS (Software as a Service)”, but they are used with almost the same meaning as ASP.',
  },
  aside: {
    ja: 'カスタマイズ性やAPI公開などの特性で分類する動きがあったが、すでに混在化して区別はできない状況にある',
    en: 'There were moves to classify them by characteristics such as customisability and published APIs, but these have already become mixed and can no longer be told apart.',
  },
  source: {
    ja: '「ASP・SaaSの普及促進策に関する調査研究」（H19年4月、総務省、ASPICジャパン）',
    en: '“Study on measures to promote the spread of ASP/SaaS” (April 2007, Ministry of Internal Affairs and Communications, ASPIC Japan)',
  },
};

export const aspSaasSystemForm: SystemForm = {
  summary: {
    ja: 'ユーザーが必要とするシステム機能を、ネットワークを通じて提供する。ユーザーはブラウザを通じて利用し、使用料金を期間（毎月払い、一括払いなど）に応じて支払う。',
    en: 'The system functions the user needs are provided over a network. The user uses them through a browser and pays a usage fee according to the period (monthly payment, lump-sum payment, etc.).',
  },
  parts: [
    {
      id: 'user',
      label: {ja: 'ユーザー', en: 'User'},
      items: [
        {ja: 'ブラウザ', en: 'Browser'},
        {ja: 'その他のインターフェース', en: 'Other interfaces'},
        {ja: 'ユーザーはソフトを共同利用', en: 'Users share the software'},
        {ja: '月ごとに使用料金を支払い', en: 'Pays a usage fee each month'},
      ],
    },
    {
      id: 'network',
      label: {ja: 'ネットワーク', en: 'Network'},
      items: [
        {ja: 'インターネット', en: 'The Internet'},
        {ja: 'その他の通信回線', en: 'Other communication lines'},
      ],
    },
    {
      id: 'provider',
      label: {ja: 'ASP事業者のデータセンター', en: 'The ASP provider’s data centre'},
      items: [
        {ja: 'Webサーバー', en: 'Web server'},
        {ja: 'APサーバー', en: 'Application server'},
        {ja: 'DBサーバー', en: 'Database server'},
        {ja: 'グループウエア、CRMなどのアプリケーション', en: 'Applications such as groupware and CRM'},
        {
          ja: 'サーバーの運用、保守、アプリケーションのバージョンアップなどはASP事業者が実施',
          en: 'Server operation and maintenance, application version upgrades and the like are carried out by the ASP provider',
        },
      ],
    },
    {
      id: 'facilities',
      label: {ja: 'データセンターの設備と対策', en: 'Data centre facilities and safeguards'},
      items: [
        {ja: '空調設備', en: 'Air-conditioning equipment'},
        {ja: '発電機', en: 'Generators'},
        {ja: '消火装備', en: 'Fire-extinguishing equipment'},
        {ja: '故障対策（二重化、負荷分散）', en: 'Measures against failure (duplication, load balancing)'},
        {ja: '災害対策（遠隔バックアップ）', en: 'Disaster measures (remote backup)'},
        {ja: '物理セキュリティ', en: 'Physical security'},
        {ja: '論理セキュリティ', en: 'Logical security'},
      ],
    },
  ],
};

// ---------------------------------------------------------------------------
// From ASP to ASP・SaaS (従来から見た最近の傾向)

export const aspEra: Era = {
  label: {ja: 'ASPとのみ呼ばれていた時代', en: 'When it was called only ASP'},
  period: {ja: '1998～2004頃', en: '1998 to about 2004'},
};

export const saasEra: Era = {
  label: {ja: 'ASP・SaaSの時代', en: 'The era of ASP/SaaS'},
  period: {ja: '2005頃～', en: 'From about 2005'},
};

export const aspToSaasChanges: ComparisonRow[] = [
  {
    id: 'server-sharing',
    aspect: {ja: 'サーバーの共有化形態', en: 'How servers are shared'},
    asp: {
      text: [
        {ja: 'シングルテナント', en: 'Single-tenant'},
        {ja: '一部マルチテナント', en: 'Partly multi-tenant'},
      ],
    },
    saas: {
      text: [
        {ja: 'マルチテナント', en: 'Multi-tenant'},
        {ja: 'バーチャライジング', en: 'Virtualising'},
      ],
    },
  },
  {
    id: 'same-code',
    aspect: {
      ja: 'サーバーごとのソフトウェアコードの同一化',
      en: 'The same software code on every server',
    },
    asp: {mark: 'no', text: [{ja: '部分的には異なる', en: 'Partly different'}]},
    saas: {mark: 'yes', text: [{ja: '記述言語など統一可能', en: 'Programming languages and the like can be unified'}]},
  },
  {
    id: 'customisation',
    aspect: {
      ja: 'ユーザー側でカスタマイズする際の作業性',
      en: 'Ease of customisation on the user’s side',
    },
    asp: {mark: 'no'},
    saas: {mark: 'yes', text: [{ja: 'メタデータの採用等', en: 'Use of metadata, etc.'}]},
  },
  {
    id: 'integration',
    aspect: {ja: '他のアプリケーションとの連携', en: 'Integration with other applications'},
    asp: {mark: 'no'},
    saas: {mark: 'yes', text: [{ja: '連携用APIを公開等', en: 'APIs for integration published, etc.'}]},
  },
  {
    id: 'usability',
    aspect: {ja: '操作性', en: 'Usability'},
    asp: {text: [{ja: '応答性悪く、操作性今一つ', en: 'Poor responsiveness; usability not quite there'}]},
    saas: {text: [{ja: 'Ajaxの採用などにより向上', en: 'Improved through the adoption of Ajax and the like'}]},
  },
  {
    id: 'designed-for',
    aspect: {ja: 'ASP/SaaSを前提として設計', en: 'Designed on the premise of ASP/SaaS'},
    asp: {mark: 'no'},
    saas: {mark: 'yes'},
  },
];

export const aspToSaasSource: ComparisonSource = {
  title: {ja: '日経BP Webページ', en: 'Nikkei BP web page'},
  url: 'http://itpro.nikkeibp.co.jp/article/lecture/20070219/262353/',
  analysis: {ja: 'ASPICジャパン分析', en: 'analysis by ASPIC Japan'},
};

// ---------------------------------------------------------------------------
// Merits for users (基本的ユーザーメリット)

export const userMerits: UserMerit[] = [
  {
    id: 'cost',
    aspect: {ja: 'コスト', en: 'Cost'},
    problems: [
      {ja: 'ICTの利用用途や枠組みが増大', en: 'The uses and frameworks of ICT are growing'},
      {ja: 'ICTコストの絶対値も増大', en: 'The absolute level of ICT costs is also growing'},
    ],
    merits: [
      {
        ja: '無駄なハード、ソフト、SE人件費を削減（主要部分の集中化、共同利用による）',
        en: 'Wasteful spending on hardware, software and systems engineers’ labour is cut (by centralising and sharing the main parts)',
      },
    ],
  },
  {
    id: 'literacy',
    aspect: {ja: 'リテラシー対応', en: 'Coping with IT literacy'},
    problems: [
      {ja: 'さらに高度なIT技術が今後とも増大', en: 'Ever more advanced IT will keep increasing'},
      {
        ja: 'ノウハウ維持の手間が増大、特に中小企業で困難化',
        en: 'The effort of keeping up know-how is growing, and it is becoming difficult especially for small and medium-sized enterprises',
      },
    ],
    merits: [
      {
        ja: '専門事業者による高いレベルのノウハウで運用',
        en: 'Operation with a high level of know-how by specialist providers',
      },
    ],
  },
  {
    id: 'security',
    aspect: {ja: 'セキュリティ対応', en: 'Coping with security'},
    problems: [
      {ja: 'セキュリティを自分で守ることが困難化', en: 'Protecting security by oneself is becoming difficult'},
    ],
    merits: [
      {
        ja: 'IDCやセキュリティシステムなどによる、災害・停電・ネットセキュリティ・人的管理に対応する環境での運用',
        en: 'Operation in an environment that, through an internet data centre (IDC), security systems and the like, copes with disasters, power cuts, network security and the management of people',
      },
    ],
  },
  {
    id: 'added-value',
    aspect: {ja: '新しいビジネスモデルによる付加価値拡大', en: 'More added value through new business models'},
    problems: [
      {
        ja: 'サービスの付加価値向上が重要経営課題に',
        en: 'Raising the added value of services has become an important management issue',
      },
    ],
    merits: [
      {
        ja: 'より便利で有効な利用環境の付加（情報共有・有機的活用）',
        en: 'A more convenient and effective environment of use is added (information sharing, organic use)',
      },
      {
        ja: '新しいビジネスモデル創出（商品・サービス・コンテンツの流通）',
        en: 'New business models are created (distribution of goods, services and content)',
      },
    ],
  },
];

export const userMeritsHeadings = {
  problems: {
    ja: 'ICT化を進めるユーザーが抱える課題・問題',
    en: 'Issues and problems faced by users advancing the use of ICT',
  },
  merits: {
    ja: '左記の解決に役立つASP・SaaSのユーザーメリット',
    en: 'User merits of ASP/SaaS that help to solve them',
  },
} satisfies Record<string, Text>;

export const userMeritsNote: Text = {
  ja: 'これらは特に中小企業で有効となる性質をもつ',
  en: 'These are by nature particularly effective for small and medium-sized enterprises.',
};

// ---------------------------------------------------------------------------
// Competitiveness for small firms (中小企業にとっての競争力)

export const smallFirmMerits: SmallFirmGroup[] = [
  {
    id: 'management',
    heading: {ja: '経営改善：経費改善（間接費）', en: 'Management improvement: cutting expenses (overheads)'},
    environment: {ja: '守りを必要とする経営環境', en: 'A business environment that calls for defence'},
    items: [
      {
        id: 'it-investment',
        challenge: {ja: 'IT投資部分の複雑化と増大', en: 'IT investment grows more complex and larger'},
        consequence: {
          ja: 'ITも大きな経営上のコスト・IT人材不足',
          en: 'IT, too, is a major business cost; shortage of IT staff',
        },
      },
      {
        id: 'it-dependence',
        challenge: {
          ja: 'よりITに依存した経営・業務・仕組み',
          en: 'Management, operations and mechanisms that depend more on IT',
        },
        consequence: {
          ja: 'ITトラブル・ウイルス＝経営危機に直結',
          en: 'IT trouble or a virus leads directly to a business crisis',
        },
      },
      {
        id: 'global-competition',
        challenge: {
          ja: '中小企業も国際的な効率・戦力確保の競争',
          en: 'Small and medium-sized enterprises, too, compete internationally for efficiency and strength',
        },
        consequence: {ja: 'グローバル・メタナショナル経営', en: 'Global and metanational management'},
      },
      {
        id: 'compliance',
        challenge: {ja: 'コンプライアンス・企業責任', en: 'Compliance and corporate responsibility'},
        consequence: {ja: '個人情報漏洩などへの対応', en: 'Dealing with leaks of personal information and the like'},
      },
    ],
  },
  {
    id: 'innovation',
    heading: {ja: 'ビジネスイノベーション', en: 'Business innovation'},
    environment: {ja: '攻めを必要とする経営環境', en: 'A business environment that calls for offence'},
    items: [
      {
        id: 'marketing',
        challenge: {ja: '新しいマーケッティング', en: 'New marketing'},
        consequence: {ja: '顧客確保・顧客嗜好の把握', en: 'Securing customers and understanding their preferences'},
        details: [
          {
            ja: 'ネット活用・ASP連携が競争の重要要素',
            en: 'Use of the Internet and ASP partnership are important elements of competition',
          },
        ],
      },
      {
        id: 'complexity',
        challenge: {
          ja: 'より高度で複雑な時代への対応',
          en: 'Coping with a more advanced and complex age',
        },
        consequence: {ja: '企業に求められるナレッジベース', en: 'The knowledge base required of companies'},
        details: [
          {ja: '情報共有・インテリジェンスパワー', en: 'Information sharing and intelligence power'},
          {ja: 'コミュニケーションパワー', en: 'Communication power'},
        ],
      },
    ],
  },
];

/** What ASP・SaaS brings (ASP・SaaS → …) and the competitiveness it leads to. */
export const smallFirmEffects: Text[] = [
  {ja: 'IT環境の効率化', en: 'A more efficient IT environment'},
  {ja: 'より高度なIT活用', en: 'More advanced use of IT'},
];

export const smallFirmCompetitiveness = {
  heading: {ja: '競争力強化', en: 'Stronger competitiveness'},
  items: [
    {ja: '高度な効率化経営', en: 'Highly efficient management'},
    {ja: '魅力度アップ', en: 'Greater attractiveness'},
    {ja: '新しい付加価値獲得', en: 'Gaining new added value'},
  ],
} satisfies {heading: Text; items: Text[]};

/** The chart comparing the aims of IT use in Japan and North America. */
export const itUseComparison = {
  aims: [
    {ja: '業務コスト削減', en: 'Cutting business costs'},
    {ja: 'ペーパーレス', en: 'Going paperless'},
    {ja: '顧客満足', en: 'Customer satisfaction'},
    {ja: '売上拡大', en: 'Sales growth'},
    {ja: '新規顧客獲得', en: 'Winning new customers'},
  ],
  regions: [
    {ja: '日本', en: 'Japan'},
    {ja: '北米', en: 'North America'},
  ],
  finding: {ja: '日本企業は攻めのIT活用が少ない', en: 'Japanese companies make little offensive use of IT'},
  source: {
    ja: 'ガートナージャパン（07.03.09.日経産業新聞）',
    en: 'Gartner Japan (Nikkei Sangyo Shimbun, 9 March 2007)',
  },
} satisfies {aims: Text[]; regions: Text[]; finding: Text; source: Text};

/** The source the slides give for the defence / offence model. */
export const smallFirmSource: Text = {
  ja: 'ASPIC津田常務理事講演資料',
  en: 'lecture material of Mr Tsuda, Executive Director of ASPIC',
};

// ---------------------------------------------------------------------------
// Market size

export const marketFigures: MarketFigure[] = [
  {
    id: 'japan-2003',
    label: {ja: '日本', en: 'Japan'},
    value: '3,260',
    unit: {ja: '億円', en: '× 100 million yen'},
    year: '2003',
    kind: 'actual',
    source: {ja: '2005年ASP白書', en: '2005 ASP White Paper'},
    document: 'report',
  },
  {
    id: 'japan-2010',
    label: {ja: '日本', en: 'Japan'},
    value: '15,390',
    unit: {ja: '億円', en: '× 100 million yen'},
    year: '2010',
    kind: 'forecast',
    source: {ja: '2005年ASP白書', en: '2005 ASP White Paper'},
    document: 'report',
  },
  {
    id: 'us-2008',
    label: {ja: '米国', en: 'United States'},
    value: '2',
    unit: {ja: '兆円', en: 'trillion yen'},
    approximate: true,
    year: '2008',
    kind: 'forecast',
    source: {ja: '2005年ASP白書', en: '2005 ASP White Paper'},
    document: 'slides',
  },
];

/** The publishers of the white paper, as the study group's report names them. */
export const marketSourcePublisher: Text = {
  ja: 'ASPIC Japan／マルチメディア振興センター',
  en: 'ASPIC Japan / Foundation for MultiMedia Communications',
};

// ---------------------------------------------------------------------------
// Fields of use (活用展開：具体的市場)

export const aspSaasSectors: Sector[] = [
  {
    id: 'e-government',
    name: {ja: '電子自治体', en: 'E-local government'},
    examples: [
      {ja: '電子申請・電子入札', en: 'Electronic applications, electronic bidding'},
      {ja: '文書管理・税・福祉', en: 'Document management, taxes, welfare'},
      {ja: '人事給与・財務会計', en: 'Personnel and payroll, financial accounting'},
      {ja: '図書館・公共施設予約', en: 'Libraries, booking of public facilities'},
      {ja: 'グループウエア・決済', en: 'Groupware, payments'},
      {ja: '職員認証', en: 'Staff authentication'},
    ],
  },
  {
    id: 'health',
    name: {ja: '医療・介護・健康', en: 'Medical care, nursing care, health'},
    examples: [
      {ja: '電子カルテ・レセプト', en: 'Electronic medical records, medical fee claims'},
      {ja: '介護処置結果表・処方箋', en: 'Nursing care treatment records, prescriptions'},
      {ja: '保険点数DB・不正チェック', en: 'Insurance points database, fraud checks'},
      {ja: '薬品トレーサビリティ', en: 'Drug traceability'},
      {ja: '人間ドック連携・病診連携', en: 'Links with health check-ups, links between hospitals and clinics'},
      {ja: '食事指導・食育', en: 'Dietary guidance, food education'},
    ],
  },
  {
    id: 'sme-common',
    name: {ja: '中小企業共通', en: 'Common to small and medium-sized enterprises'},
    examples: [
      {
        ja: '財務会計・人事給与・税申告・グループウエア',
        en: 'Financial accounting, personnel and payroll, tax returns, groupware',
      },
      {
        ja: '顧客管理・広告・信用情報・文書管理',
        en: 'Customer management, advertising, credit information, document management',
      },
      {ja: 'コールセンター・秘書サービス', en: 'Call centres, secretarial services'},
      {ja: 'ダイレクトメール・SNS＆HPサービス', en: 'Direct mail, social networking and home page services'},
    ],
  },
  {
    id: 'schools',
    name: {ja: '学校教育', en: 'School education'},
    examples: [
      {ja: '学事情報・出納帳・グループウエア', en: 'School affairs information, cash books, groupware'},
      {ja: 'e-Learning・PC練習ソフト・設備管理', en: 'E-learning, PC practice software, facility management'},
      {ja: 'PTA生徒SNS・安全監視', en: 'Social networking for the PTA and pupils, safety monitoring'},
    ],
  },
  {
    id: 'media',
    name: {ja: 'マスコミ・出版', en: 'Mass media, publishing'},
    examples: [
      {ja: '論文・新聞・書籍', en: 'Papers, newspapers, books'},
      {ja: '統計データ・写真動画', en: 'Statistical data, photos and videos'},
      {ja: 'サイト群', en: 'Groups of websites'},
    ],
  },
  {
    id: 'logistics',
    name: {ja: 'ロジスティック', en: 'Logistics'},
    examples: [
      {ja: '廃棄物管理・労務管理', en: 'Waste management, labour management'},
      {ja: '運送配車管理', en: 'Transport and vehicle dispatch management'},
    ],
  },
  {
    id: 'linked-services',
    name: {ja: 'ASP・SaaS連携サービス', en: 'ASP/SaaS partnership services'},
    examples: [
      {ja: 'GPS・時刻認証', en: 'GPS, time stamping'},
      {ja: '企業ディレクトリ', en: 'Company directories'},
      {ja: '認証・決済', en: 'Authentication, payments'},
    ],
  },
  {
    id: 'accountants',
    name: {ja: '税理士・会計士', en: 'Tax accountants, accountants'},
    examples: [
      {ja: '新会社法・SOX法', en: 'The new Companies Act, the SOX Act'},
      {ja: '複式簿記税制優遇措置', en: 'Tax incentives for double-entry bookkeeping'},
    ],
  },
  {
    id: 'finance',
    name: {ja: '銀行・金融', en: 'Banking, finance'},
    examples: [],
  },
  {
    id: 'services',
    name: {ja: 'サービス業', en: 'Service industries'},
    examples: [
      {
        ja: '結婚式場・葬儀屋・引越し（見積もりサイトなど）',
        en: 'Wedding halls, funeral services, removals (quotation sites, etc.)',
      },
      {ja: '不動産業', en: 'Real estate'},
      {ja: 'ホテル旅館（予約・顧客管理）', en: 'Hotels and inns (reservations, customer management)'},
    ],
  },
  {
    id: 'retail',
    name: {ja: '小売流通', en: 'Retail and distribution'},
    examples: [
      {
        ja: '受発注・食品ラベルプリント・POSレジ・広告・顧客管理',
        en: 'Ordering, food label printing, POS registers, advertising, customer management',
      },
      {ja: '在庫管理・商店会イベント', en: 'Inventory management, shopping-street association events'},
      {ja: 'ロングテールビジネス', en: 'Long-tail business'},
      {ja: 'アルバイトディスパッチ', en: 'Dispatch of part-time workers'},
      {ja: 'ネットショッピング', en: 'Online shopping'},
    ],
  },
];

/** The centre of the sector diagram. */
export const sectorHub = {
  name: {ja: 'IDC（ASPセンター）', en: 'IDC (ASP centre)'},
  features: [
    {ja: '多重電源', en: 'Multiple power supplies'},
    {ja: '耐震', en: 'Earthquake resistance'},
    {ja: '監視', en: 'Monitoring'},
    {ja: 'バックアップ', en: 'Backup'},
  ],
} satisfies {name: Text; features: Text[]};

export const sectorsSource: Text = {ja: '津田講演資料', en: 'lecture material of Mr Tsuda'};

// ---------------------------------------------------------------------------
// Security issues (ASP・SaaSのセキュリティに関連する課題)

export const securityIssues: SecurityIssue[] = [
  {
    id: 'small-vendors',
    issue: {
      ja: 'ASP・SaaSの提供事業者は、中小ベンダーも多い',
      en: 'Many ASP/SaaS providers are small and medium-sized vendors',
    },
    consequences: [
      {
        ja: '充分な情報セキュリティ対策が施されていない可能性が高い（例：雑居ビルでのサーバー運用）',
        en: 'It is highly likely that sufficient information security measures have not been taken (e.g. servers run in a multi-tenant office building)',
      },
    ],
  },
  {
    id: 'disclosure',
    issue: {
      ja: '顧客へのセキュリティ関連情報公開',
      en: 'Disclosure of security-related information to customers',
    },
    consequences: [
      {
        ja: '充分ではない。セキュリティのレベルがどの程度か不明な場合が多い',
        en: 'It is not sufficient. In many cases it is unclear what level of security is provided',
      },
      {
        ja: 'ユーザーは、サービスの選択基準が不明で、不安も残る',
        en: 'Users have no clear criteria for choosing a service, and doubts remain',
      },
    ],
  },
];

export const securityOutlook: Text = {
  ja: 'これらが改善されると、さらにASP・SaaS市場が拡大する可能性がある。',
  en: 'If these are improved, the ASP/SaaS market may grow further.',
};

export const securityBackground: Text[] = [
  {
    ja: '経済財政諮問会議でも、IT化が米国に比較して優位ではないことが指摘されており、情報セキュリティ対応にも問題が潜在していることが推定される。',
    en: 'The Council on Economic and Fiscal Policy, too, has pointed out that Japan’s use of IT is not ahead of that of the United States, and it is presumed that problems also lie hidden in how information security is handled.',
  },
  {
    ja: 'このような中、情報システムを自社開発していく余裕のない中小企業にとって、ASP・SaaSの利用は、IT化を推進する原動力となるものである。',
    en: 'Against this background, for small and medium-sized enterprises that cannot afford to develop their own information systems, the use of ASP/SaaS is a driving force for advancing the use of IT.',
  },
  {
    ja: '一方で、適切な情報セキュリティ対策の施されたASP・SaaSを利用することで、ユーザーにとってのセキュリティが向上していく効果が見込まれることとなる。',
    en: 'At the same time, by using ASP/SaaS on which appropriate information security measures have been taken, users can expect their own security to improve.',
  },
];

/** The small firms' side of the issue. */
export const smallFirmSecurity: Text[] = [
  {
    ja: '中小企業のIT化課題の一つ：セキュリティ',
    en: 'One of the challenges small and medium-sized enterprises face in using IT: security',
  },
  {
    ja: 'セキュリティ対応は中小企業には難しい（投資・ノウハウ）',
    en: 'Dealing with security is difficult for small and medium-sized enterprises (investment, know-how)',
  },
];

export const securityConclusion: Text = {
  ja: 'ASP・SaaSの良い部分がより多く享受されるように、情報セキュリティに関する実態等を把握し、提供事業者が講ずべき情報セキュリティ対策と顧客への提示方法を整理することが必要',
  en: 'So that more of the good side of ASP/SaaS can be enjoyed, it is necessary to grasp the actual state of information security and to set out the information security measures providers should take and how to present them to customers.',
};

// ---------------------------------------------------------------------------
// Expected directions (求められる対応の方向)

export const securityDirections: SecurityDirection[] = [
  {
    id: 'analyse',
    label: {ja: '対応策１', en: 'Response 1'},
    text: {
      ja: 'ASP・SaaSにおける現行のセキュリティ対策レベルを踏まえ、どのような構造・どのような事項がセキュリティの向上に貢献するのか分析・整理、特にASP・SaaSならではのセキュリティに配慮すべき点はなにかを整理する。',
      en: 'Based on the current level of security measures in ASP/SaaS, analyse and set out what structures and what matters contribute to better security, and in particular set out what points of security need attention specifically because it is ASP/SaaS.',
    },
  },
  {
    id: 'survey',
    label: {ja: '対応策２', en: 'Response 2'},
    text: {
      ja: '現状のセキュリティ関連の認証・ルール・しくみが、ASP・SaaSの展開に、合致しているのか、不足な点はなにかを調査整理する。',
      en: 'Survey and set out whether the existing security-related certifications, rules and mechanisms fit the development of ASP/SaaS, and what is lacking.',
    },
  },
  {
    id: 'guide',
    label: {ja: '対応策３', en: 'Response 3'},
    text: {
      ja: '整理され、顧客が理解しやすいような、ベンダー側から顧客に提示する項目や数値の単位などのガイドを策定',
      en: 'Draw up a well-organised guide, easy for customers to understand, to the items and the units of figures that vendors present to customers',
    },
    note: {
      ja: 'カタログ・契約書・約款などに反映を促す',
      en: 'Encourage it to be reflected in catalogues, contracts, terms and conditions and the like',
    },
    examples: [
      {ja: '表示必須項目と付加項目', en: 'Items that must be shown, and additional items'},
      {ja: '比較可能な数値単位とサンプル数値', en: 'Comparable units of measure, and sample figures'},
      {
        ja: '国外のデータセンターを活用する場合に顧客に知らせるべきか？必要ないか？',
        en: 'When a data centre abroad is used, should customers be told? Or is that unnecessary?',
      },
      {
        ja: '問題発生後のPDCAサイクルの問題解決（CMUでの評価制度）',
        en: 'Solving problems through the PDCA cycle after a problem has occurred (the assessment scheme at CMU)',
      },
      {ja: '一般的な認証の表示（Pマーク・ISO）', en: 'Showing common certifications (PrivacyMark, ISO)'},
      {ja: 'その他', en: 'Others'},
    ],
  },
];

/** 把握すべき事項 */
export const securityQuestions = {
  heading: {ja: '把握すべき事項', en: 'Matters to be grasped'},
  items: [
    {
      ja: 'ASP・SaaSはユーザのセキュリティ向上をどのような仕組みで果たすことが出来るのか？',
      en: 'Through what mechanisms can ASP/SaaS improve users’ security?',
    },
    {
      ja: '現在用いられているガイドライン、基準にはどのようなものがあるか？',
      en: 'What guidelines and standards are currently in use?',
    },
  ],
} satisfies {heading: Text; items: Text[]};

// ---------------------------------------------------------------------------
// Labels of the tables (written by the site unless found in the slides)

export const aspSaasLabels = {
  definition: {ja: '定義', en: 'Definition'},
  note: {ja: '留意点', en: 'Note'},
  source: {ja: '出所', en: 'Source'},
  systemForm: {ja: 'ASP・SaaSのシステム形態', en: 'The system form of ASP/SaaS'},
  component: {ja: '構成要素', en: 'Component'},
  content: {ja: '内容', en: 'What it includes'},
  comparison: {ja: '従来から見た最近の傾向', en: 'Recent trends compared with the past'},
  aspect: {ja: '観点', en: 'Aspect'},
  yes: {ja: '○', en: 'Yes'},
  no: {ja: '×', en: 'No'},
  userMerits: {ja: '基本的ユーザーメリット', en: 'Basic user merits'},
  smallFirms: {ja: '中小企業にとっての競争力', en: 'Competitiveness for small and medium-sized enterprises'},
  challenge: {ja: '課題', en: 'Challenge'},
  consequence: {ja: '内容', en: 'What it involves'},
  market: {ja: '市場', en: 'Market'},
  year: {ja: '年', en: 'Year'},
  size: {ja: '市場規模', en: 'Market size'},
  kind: {ja: '区分', en: 'Type'},
  actual: {ja: '実績', en: 'Actual'},
  forecast: {ja: '予測', en: 'Forecast'},
  approximately: {ja: '約', en: 'approx.'},
  marketCaption: {ja: 'ASP・SaaS関連市場規模の推移と予測', en: 'ASP/SaaS-related market size: trend and forecast'},
  sectors: {ja: 'ASP・SaaSの活用展開：具体的市場', en: 'Where ASP/SaaS is used: concrete markets'},
  sector: {ja: '分野', en: 'Field'},
  examples: {ja: '具体例', en: 'Examples'},
  noExamples: {ja: '（具体例の記載なし）', en: '(no examples given)'},
  securityIssues: {ja: 'ASP・SaaSのセキュリティに関連する課題', en: 'Issues relating to the security of ASP/SaaS'},
  issue: {ja: '課題', en: 'Issue'},
  situation: {ja: '現状', en: 'Current situation'},
  directions: {ja: '求められる対応の方向', en: 'The direction of the responses expected'},
  hub: {ja: '中心', en: 'At the centre'},
  aspSaas: {ja: 'ASP・SaaS', en: 'ASP/SaaS'},
  itUseComparison: {ja: '日本と北米の比較', en: 'Japan and North America compared'},
} satisfies Record<string, Text>;

// ---------------------------------------------------------------------------
// Japanese texts not found in the source as they stand

export const deviations: Deviation[] = [
  {ja: '割合（％）', reason: 'column label written by the site (the survey chart of customer expectations)'},
  {ja: 'のいずれか', reason: 'label written by the site for a chart row whose item the text does not fix'},
  {
    ja: '＊ 資料の文字からは、この行がどの項目の数値かを一つに確定できないため、当てはまりうる項目をすべて示した（本サイトの注）。',
    reason: 'the site’s note on the chart rows whose item the text does not fix',
  },
  {
    ja: 'ユーザーが必要とするシステム機能を、ネットワークを通じて提供する。ユーザーはブラウザを通じて利用し、使用料金を期間（毎月払い、一括払いなど）に応じて支払う。',
    reason:
      'system form: the slide uses the comma 「，」 (written 「、」 as elsewhere on the site) and has no full stop at the end',
  },
  {
    ja: 'ASP事業者のデータセンター',
    reason: 'system form: the diagram labels the box 「ASP事業者 データセンター」; the particle の is added',
  },
  {
    ja: 'データセンターの設備と対策',
    reason:
      'system form: a row label written by the site for the list of facilities and measures the diagram shows in the data centre (air conditioning … logical security)',
  },
  {
    ja: '無駄なハード、ソフト、SE人件費を削減（主要部分の集中化、共同利用による）',
    reason: 'user merits, cost: the slide joins the two parts with 「－－」; the second part is put in parentheses',
  },
  {
    ja: 'ノウハウ維持の手間が増大、特に中小企業で困難化',
    reason: 'user merits, literacy: the slide breaks the line between the two parts; a comma is added',
  },
  {
    ja: 'より便利で有効な利用環境の付加（情報共有・有機的活用）',
    reason:
      'user merits, added value: the slide joins the two parts with 「－－」; the second part is put in parentheses',
  },
  {
    ja: '新しいビジネスモデル創出（商品・サービス・コンテンツの流通）',
    reason: 'user merits, added value: the closing parenthesis is missing in the slide',
  },
  {
    ja: 'ASP・SaaS連携サービス',
    reason: 'concrete markets: the slide prints 「ASP・SASS」 for ASP・SaaS',
  },
  {
    ja: 'ASP・SaaSの活用展開：具体的市場',
    reason: 'slide title: the slide writes 「ASP・SAAS」; spelt ASP・SaaS as in the other titles',
  },
  {
    ja: 'ASP・SaaSの提供事業者は、中小ベンダーも多い',
    reason: 'security issues: the slide writes 「ASP・SAAS」; spelt ASP・SaaS as in the other titles',
  },
  {
    ja: '充分な情報セキュリティ対策が施されていない可能性が高い（例：雑居ビルでのサーバー運用）',
    reason: 'security issues: the slide writes 「EX.」 for 例：',
  },
  {
    ja: 'これらが改善されると、さらにASP・SaaS市場が拡大する可能性がある。',
    reason: 'security issues: the slide joins the two halves with an arrow 「→」; written as one sentence',
  },
  {
    ja: 'このような中、情報システムを自社開発していく余裕のない中小企業にとって、ASP・SaaSの利用は、IT化を推進する原動力となるものである。',
    reason: 'security issues: the slide writes 「ASP・SAAS」; spelt ASP・SaaS',
  },
  {
    ja: '一方で、適切な情報セキュリティ対策の施されたASP・SaaSを利用することで、ユーザーにとってのセキュリティが向上していく効果が見込まれることとなる。',
    reason:
      'security issues: the slide writes 「ASP・SAAS」 (spelt ASP・SaaS) and ends the sentence without a full stop',
  },
  {
    ja: 'ASP・SaaSの良い部分がより多く享受されるように、情報セキュリティに関する実態等を把握し、提供事業者が講ずべき情報セキュリティ対策と顧客への提示方法を整理することが必要',
    reason: 'security issues: the slide writes 「ASP・SAAS」; spelt ASP・SaaS',
  },
  {
    ja: 'ASP・SaaSにおける現行のセキュリティ対策レベルを踏まえ、どのような構造・どのような事項がセキュリティの向上に貢献するのか分析・整理、特にASP・SaaSならではのセキュリティに配慮すべき点はなにかを整理する。',
    reason: 'expected responses, 対応策１: the slide writes 「ASP・SAAS」; spelt ASP・SaaS',
  },
  {ja: '構成要素', reason: 'table header written by the site (system form)'},
  {ja: '観点', reason: 'table header written by the site (ASP / ASP・SaaS comparison)'},
  {ja: '区分', reason: 'table header written by the site (market figures: actual or forecast)'},
  {
    ja: '日本と北米の比較',
    reason:
      'label written by the site for the chart comparing the aims of IT use in Japan (日本) and North America (北米)',
  },
  {ja: '（具体例の記載なし）', reason: 'written by the site for 銀行・金融, which the slide names without examples'},
];
