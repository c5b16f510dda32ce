/**
 * The landscape of cloud / ASP・SaaS guidelines by audience (providers or
 * users) and sector (common, local government, medical and care, education),
 * as ASPIC's 2011 overview tabulates it (ASP・SaaS・クラウド関連のガイドライン・
 * 指針策定の動き); the outcomes ASPIC's slides claim for the guideline work;
 * and the information-disclosure certification (情報開示認定制度) with its
 * service categories.
 *
 * Sources: ASPIC overview, 2011 (seed 003) and ASPIC slides (seed 001). The
 * Japanese of every entry is the source's wording unless it is listed in
 * `deviations` with the reason.
 */
import type {Text} from '../types';

export type LandscapeAudience = 'providers' | 'users' | 'both';
export type LandscapeSector = 'common' | 'localGov' | 'medical' | 'education';

export const landscapeSectors: LandscapeSector[] = ['common', 'localGov', 'medical', 'education'];

export const sectorNames: Record<LandscapeSector, Text> = {
  common: {ja: '分野共通', en: 'Common to all sectors'},
  localGov: {ja: '地方公共団体', en: 'Local government'},
  medical: {ja: '医療・介護', en: 'Medical and care'},
  education: {ja: '教育', en: 'Education'},
};

/**
 * The heading id of each sector's section on the guidelines page, so that
 * other pages (the planner's sector step) can link straight to it:
 * `/guide/related/guidelines#sector-medical`.
 */
export const sectorAnchors: Record<LandscapeSector, string> = {
  common: 'sector-common',
  localGov: 'sector-local-gov',
  medical: 'sector-medical',
  education: 'sector-education',
};

export const audienceNames: Record<LandscapeAudience, Text> = {
  providers: {ja: 'ASP・SaaS・クラウド事業者向け', en: 'For ASP/SaaS and cloud providers'},
  users: {ja: '利用者向け', en: 'For users'},
  both: {ja: '事業者・利用者向け', en: 'For providers and users'},
};

const issuers = {
  mic: {ja: '総務省', en: 'Ministry of Internal Affairs and Communications (MIC)'},
  meti: {ja: '経産省', en: 'Ministry of Economy, Trade and Industry (METI)'},
  mhlw: {ja: '厚労省', en: 'Ministry of Health, Labour and Welfare (MHLW)'},
  ipa: {ja: 'IPA', en: 'IPA'},
  aspic: {ja: 'ASPIC', en: 'ASPIC'},
  cec: {ja: 'CEC', en: 'CEC'},
  applic: {ja: 'APPLIC', en: 'APPLIC'},
} satisfies Record<string, Text>;

export interface LandscapeGuideline {
  /** stable id; the row on the guidelines page has the id `guideline-<id>` */
  id: string;
  name: Text;
  issuer: Text;
  /** the date as the source gives it (year.month, or the year alone) */
  date: string;
  /** what the source adds to the date (a revision) */
  dateNote?: Text;
  audience: LandscapeAudience;
  sector: LandscapeSector;
  /** true for the guidelines whose partnership requirements the partnership guide sets out in 図表25 */
  inFigure25?: boolean;
}

/** In the order of the source's table: by audience, then sector, then row. */
export const landscapeGuidelines: LandscapeGuideline[] = [
  // ASP・SaaS・クラウド事業者向け
  {
    id: 'dataCentreDisclosure',
    name: {
      ja: 'データセンターの安全・信頼性に係る情報開示指針 第1版',
      en: 'Guidelines for Disclosure of Information on the Safety and Reliability of Data Centres (1st edition)',
    },
    issuer: issuers.mic,
    date: '2009.2',
    audience: 'providers',
    sector: 'common',
  },
  {
    id: 'aspSaasSecurity',
    name: {
      ja: 'ASP・SaaSにおける情報セキュリティ対策ガイドライン',
      en: 'Guidelines on Information Security Measures for ASP/SaaS',
    },
    issuer: issuers.mic,
    date: '2008.1',
    audience: 'providers',
    sector: 'common',
    inFigure25: true,
  },
  {
    id: 'aspSaasDisclosure',
    name: {
      ja: 'ASP・SaaSの安全・信頼性に係る情報開示指針 第1版',
      en: 'Guidelines for Disclosure of Information on the Safety and Reliability of ASP/SaaS (1st edition)',
    },
    issuer: issuers.mic,
    date: '2007.11',
    audience: 'providers',
    sector: 'common',
    inFigure25: true,
  },
  {
    id: 'cloudDisclosureReference',
    name: {
      ja: 'クラウド事業者による情報開示の参照ガイド',
      en: 'Reference Guide to Information Disclosure by Cloud Providers',
    },
    issuer: issuers.ipa,
    date: '2011.4',
    audience: 'providers',
    sector: 'common',
  },
  {
    id: 'dataCentreUsage',
    name: {ja: 'データセンター利用ガイド', en: 'Data Centre Usage Guide'},
    issuer: issuers.aspic,
    date: '2010.10',
    audience: 'providers',
    sector: 'common',
  },
  {
    id: 'aspSaasMedical',
    name: {
      ja: 'ASP・SaaS事業者が医療情報を取り扱う際の安全管理に関するガイドライン',
      en: 'Guidelines on Safety Management for ASP/SaaS Providers Handling Medical Information',
    },
    issuer: issuers.mic,
    date: '2009.7',
    dateNote: {ja: '2010.12改定', en: 'revised 2010.12'},
    audience: 'providers',
    sector: 'medical',
    inFigure25: true,
  },
  {
    id: 'aspSaasMedicalSla',
    name: {
      ja: 'ASP・SaaS事業者が医療情報を取り扱う際の安全管理に関するガイドラインに基づくSLA参考例',
      en: 'Reference SLA Examples Based on the Guidelines on Safety Management for ASP/SaaS Providers Handling Medical Information',
    },
    issuer: issuers.mic,
    date: '2010.12',
    audience: 'providers',
    sector: 'medical',
  },
  {
    id: 'medicalInformationProcessing',
    name: {
      ja: '医療情報を受託管理する情報処理事業者向けガイドライン',
      en: 'Guidelines for Information Processing Providers Entrusted with Managing Medical Information',
    },
    issuer: issuers.meti,
    date: '2008.3',
    audience: 'providers',
    sector: 'medical',
  },
  {
    id: 'schoolAdministration',
    name: {
      ja: '校務分野におけるASP・SaaS事業者向けガイドライン',
      en: 'Guidelines for ASP/SaaS Providers in the Field of School Administration',
    },
    issuer: issuers.mic,
    date: '2010.10',
    audience: 'providers',
    sector: 'education',
    inFigure25: true,
  },
  // 利用者向け
  {
    id: 'userProtection',
    name: {
      ja: 'クラウドサービス利用者の保護とコンプライアンス確保のためのガイド',
      en: 'Guide for Protecting Cloud Service Users and Ensuring Compliance',
    },
    issuer: issuers.aspic,
    date: '2011.7',
    audience: 'users',
    sector: 'common',
  },
  {
    id: 'smeCloudSafeUse',
    name: {
      ja: '中小企業のためのクラウドサービス安全利用の手引き',
      en: 'Handbook for the Safe Use of Cloud Services by Small and Medium-sized Enterprises',
    },
    issuer: issuers.ipa,
    date: '2011.4',
    audience: 'users',
    sector: 'common',
  },
  {
    id: 'cloudSecurityManagement',
    name: {
      ja: 'クラウドサービスの利用のための情報セキュリティマネジメントガイドライン',
      en: 'Information Security Management Guidelines for the Use of Cloud Services',
    },
    issuer: issuers.meti,
    date: '2011.4',
    audience: 'users',
    sector: 'common',
  },
  {
    id: 'saasSla',
    name: {ja: 'SaaS向けSLAガイドライン', en: 'SLA Guidelines for SaaS'},
    issuer: issuers.meti,
    date: '2008.1',
    audience: 'users',
    sector: 'common',
  },
  {
    id: 'localGovAspSaas',
    name: {
      ja: '地方公共団体におけるASP・SaaS導入活用ガイドライン',
      en: 'Guidelines for the Introduction and Use of ASP/SaaS in Local Governments',
    },
    issuer: issuers.mic,
    date: '2010.4',
    audience: 'users',
    sector: 'localGov',
  },
  {
    id: 'publicItOutsourcing',
    name: {
      ja: '公共ITにおけるアウトソーシングに関するガイドライン',
      en: 'Guidelines on Outsourcing in Public IT',
    },
    issuer: issuers.mic,
    date: '2003.3',
    audience: 'users',
    sector: 'localGov',
  },
  {
    id: 'medicalSystemsSecurity',
    name: {
      ja: '医療情報システムの安全管理に関するガイドライン第4.1版',
      en: 'Guidelines for the Security Management of Medical Information Systems (version 4.1)',
    },
    issuer: issuers.mhlw,
    date: '2010.2',
    dateNote: {ja: '改版', en: 'revised edition'},
    audience: 'users',
    sector: 'medical',
  },
  {
    id: 'schoolSecuritySpecification',
    name: {
      ja: '学校情報セキュリティ推奨仕様書 第1.0版',
      en: 'Recommended Specifications for School Information Security (version 1.0)',
    },
    issuer: issuers.cec,
    date: '2010',
    audience: 'users',
    sector: 'education',
  },
  {
    id: 'schoolAdministrationComputerisation',
    name: {
      ja: '総合情報化計画の一環としての校務情報化に関するガイドライン',
      en: 'Guidelines on the Computerisation of School Administration as Part of a Comprehensive Computerisation Plan',
    },
    issuer: issuers.applic,
    date: '2009',
    audience: 'users',
    sector: 'education',
  },
];

// ---------------------------------------------------------------------------
// What ASPIC's slides say the guideline work achieved (001)

export interface GuidelineOutcome {
  id: string;
  text: Text;
  /** the guideline the slide names as its example, with the slide's wording */
  example?: {guideline: string; text: Text};
}

export const guidelineOutcomes: GuidelineOutcome[] = [
  {
    id: 'providerGuides',
    text: {
      ja: 'ASP・SaaS事業者がビジネスを展開するためのガイドを提供し、安心・安全なクラウドサービスの展開に寄与した。',
      en: 'They provided guides for ASP/SaaS providers to develop their business, and contributed to the spread of safe and secure cloud services.',
    },
  },
  {
    id: 'certification',
    text: {
      ja: 'ASP・SaaS情報開示認定制度の立上げによって、利用者が安心してサービスの提供を受ける際の拠り所ができた。',
      en: 'Through the launch of the ASP/SaaS information-disclosure certification, users gained something to rely on when receiving services with peace of mind.',
    },
  },
  {
    id: 'medicalStorage',
    text: {
      ja: '適切な管理によって医療情報の外部保存が可能となり、ASP・SaaS事業者の市場拡大に寄与した。',
      en: 'With appropriate management, medical information can now be stored outside the institution, which contributed to the growth of the ASP/SaaS providers’ market.',
    },
    example: {
      guideline: 'aspSaasMedical',
      text: {
        ja: 'ASP・SaaS事業者が医療情報を取り扱う際の安全管理に関するガイドライン等',
        en: 'Guidelines on Safety Management for ASP/SaaS Providers Handling Medical Information, etc.',
      },
    },
  },
];

// ---------------------------------------------------------------------------
// The information-disclosure certification (情報開示認定制度)

export interface DisclosureCategory {
  id: string;
  /** サービス種別 */
  name: Text;
  /** 認定サービス数 (June 2011) */
  count: number;
  /** サービス種別の説明 */
  description: Text;
}

export const disclosureCategories: DisclosureCategory[] = [
  {
    id: 'industry',
    name: {ja: '業界特化型', en: 'Industry-specific'},
    count: 33,
    description: {
      ja: '企業、組織の主たる活動を可能とする業種・業界に依存するサービス (建設・不動産、交通・物流、医療・介護、行政・公務等)',
      en: 'Services that depend on the type of business or industry and make possible the main activities of a company or organisation (construction and real estate, transport and logistics, medical and care, administration and public service, etc.)',
    },
  },
  {
    id: 'finance',
    name: {ja: '財務・会計', en: 'Finance and accounting'},
    count: 9,
    description: {ja: '経理業務を支援するサービス', en: 'Services that support accounting work'},
  },
  {
    id: 'hr',
    name: {ja: '人事・給与', en: 'Human resources and payroll'},
    count: 11,
    description: {
      ja: '採用を含む人事・給与に関する業務を支援するサービス',
      en: 'Services that support work related to human resources and payroll, recruitment included',
    },
  },
  {
    id: 'education',
    name: {ja: '教育', en: 'Education'},
    count: 11,
    description: {ja: 'eラーニング、人材育成などのサービス', en: 'Services such as e-learning and staff development'},
  },
  {
    id: 'sfa',
    name: {ja: 'SFA・営業支援', en: 'SFA and sales support'},
    count: 5,
    description: {
      ja: '顧客の性別・年齢・役職や、顧客との接触履歴を中心に蓄積し、マーケティングに活用するサービス',
      en: 'Services that accumulate mainly customers’ gender, age and position and the history of contacts with them, and use these for marketing',
    },
  },
  {
    id: 'crm',
    name: {ja: 'CRM・顧客管理', en: 'CRM and customer management'},
    count: 24,
    description: {
      ja: '商品の売買から維持管理サービスなどの幅広い顧客接点から得られる詳細な顧客情報を蓄積し管理するサービス',
      en: 'Services that accumulate and manage detailed customer information obtained from a wide range of customer contact points, from the sale and purchase of goods to maintenance services',
    },
  },
  {
    id: 'production',
    name: {ja: '生産・販売・仕入・物流', en: 'Production, sales, purchasing and logistics'},
    count: 12,
    description: {
      ja: '生産・仕入・物流に関わる業務(見積、受注、売上、請求、回収、発注、仕入、支払、在庫管理など)をサポートし、業務を効率化するサービス',
      en: 'Services that support work related to production, purchasing and logistics (estimates, orders received, sales, invoicing, collection, orders placed, purchasing, payment, inventory management, etc.) and make it more efficient',
    },
  },
  {
    id: 'informationSharing',
    name: {ja: '社内・グループ間情報共有', en: 'Information sharing within the company and the group'},
    count: 16,
    description: {
      ja: 'グループウェア、WEB会議、社内ファイル管理などのサービス',
      en: 'Services such as groupware, web conferencing and in-house file management',
    },
  },
  {
    id: 'website',
    name: {ja: 'WEBサイト構築', en: 'Website building'},
    count: 5,
    description: {
      ja: 'CMS(コンテンツ管理システム)、WEBサイト構築テンプレートなどを提供するサービス',
      en: 'Services that provide a CMS (content management system), website templates and the like',
    },
  },
  {
    id: 'ecommerce',
    name: {ja: 'EC関連', en: 'E-commerce'},
    count: 2,
    description: {
      ja: 'インターネット上におけるショッピングを支援する、ショッピングカート、ショッピングサイト開設、WEBサイトなどのサービス',
      en: 'Services that support shopping on the internet, such as shopping carts, the opening of shopping sites, and websites',
    },
  },
  {
    id: 'email',
    name: {ja: 'メール配信', en: 'Email delivery'},
    count: 16,
    description: {
      ja: 'メールマガジン、メールマーケティングなどのサービス',
      en: 'Services such as email newsletters and email marketing',
    },
  },
  {
    id: 'security',
    name: {ja: 'セキュリティ', en: 'Security'},
    count: 13,
    description: {
      ja: 'ウィルスチェック、WEBフィルタリング、認証、ログ管理などのサービス',
      en: 'Services such as virus checking, web filtering, authentication and log management',
    },
  },
  {
    id: 'sns',
    name: {ja: 'SNS・ブログ', en: 'Social networking and blogs'},
    count: 3,
    description: {
      ja: 'SNS、ブログなどのコミュニティ支援に関わるサービス',
      en: 'Services for supporting communities, such as social networking services and blogs',
    },
  },
  {
    id: 'other',
    name: {ja: 'その他', en: 'Other'},
    count: 20,
    description: {
      ja: '上記に分類できないサービス(ASP・SaaS基盤、ASP・SaaS向け共有サービス、アウトソーシング業務も含む)',
      en: 'Services that cannot be classified above (including ASP/SaaS platforms, shared services for ASP/SaaS, and outsourcing work)',
    },
  },
];

export interface DisclosureStat {
  id: string;
  /** number of certified services */
  services: number;
  /** number of providers that hold a certification */
  providers: number;
  /** the date the figures refer to, where the source gives one */
  asOf?: Text;
  /** where the figures come from */
  source: Text;
}

/** The number of certified services and providers, oldest first. */
export const disclosureStats: DisclosureStat[] = [
  {
    id: 'overview2011',
    services: 131,
    providers: 93,
    asOf: {ja: '2011年6月時点', en: 'As of June 2011'},
    source: {ja: 'ASPICの活動状況（2011年7月20日）', en: 'ASPIC overview (20 July 2011)'},
  },
  {
    id: 'slides',
    services: 159,
    providers: 113,
    source: {ja: 'ASPIC資料（時点の記載なし）', en: 'ASPIC slides (no date given)'},
  },
];

/** Why the certification matters more and more (001, 高まる認定制度の重要性). */
export const certificationImportance: Text[] = [
  {
    ja: '認定取得がASP・SaaS利用者の判断基準',
    en: 'Certification as a criterion for ASP/SaaS users’ decisions',
  },
  {
    ja: '地方公共団体向けガイドラインでの推奨',
    en: 'Recommendation in the guidelines for local governments',
  },
  {
    ja: '中小企業向け安全利用の手引き等での推奨',
    en: 'Recommendation in the handbook on safe use for small and medium-sized enterprises, and elsewhere',
  },
];

export const certificationImportanceConclusion: Text = {
  ja: '利用者に認定取得サービスの利用が定着しつつある',
  en: 'Using certified services is becoming established practice among users',
};

// ---------------------------------------------------------------------------
// Table headings and the few words the components put around the data

export const landscapeLabels = {
  audience: {ja: '対象', en: 'Audience'},
  guideline: {ja: 'ガイドライン・指針', en: 'Guideline'},
  issuer: {ja: '発行元', en: 'Issuer'},
  date: {ja: '発行時期', en: 'Issued'},
  figure25: {ja: '連携に関する要求事項：', en: 'Requirements concerning partnership: '},
  category: {ja: 'サービス種別', en: 'Service category'},
  count: {ja: '認定サービス数', en: 'Certified services'},
  categoryDescription: {ja: 'サービス種別の説明', en: 'Description of the category'},
  categoriesCaption: {
    ja: 'サービス種別ごとの認定サービス数',
    en: 'Number of certified services by service category',
  },
  asOf: {ja: '時点', en: 'Date'},
  providers: {ja: '事業者数', en: 'Providers'},
  source: {ja: '出所', en: 'Source'},
  notStated: {ja: '記載なし', en: 'Not stated'},
  statsCaption: {ja: '認定取得の状況', en: 'Certifications held'},
} satisfies Record<string, Text>;

// ---------------------------------------------------------------------------
// Japanese texts that are not the source's wording

export interface Deviation {
  ja: string;
  reason: string;
}

export const deviations: Deviation[] = [
  {
    ja: '事業者・利用者向け',
    reason: 'audience label for guidelines meant for both, written by the site (the source has no such row)',
  },
  {
    ja: 'ASP・SaaS情報開示認定制度の立上げによって、利用者が安心してサービスの提供を受ける際の拠り所ができた。',
    reason:
      '001 l.93–101: the extraction interleaves a garbled copy of the line (利 者が安心 ビ 提供を／展) into the sentence',
  },
  {
    ja: '適切な管理によって医療情報の外部保存が可能となり、ASP・SaaS事業者の市場拡大に寄与した。',
    reason: '001 l.103–107: the extraction repeats part of the line (市場拡大可能となり、 事業者の市場拡大)',
  },
  {
    ja: '認定取得がASP・SaaS利用者の判断基準',
    reason: '001 l.586: the extraction doubles every word of the heading (認定取得がASPASP・・SaaSSaaS…)',
  },
  {
    ja: 'ASPICの活動状況（2011年7月20日）',
    reason: 'source label written by the site: the overview’s title shortened, with its date (003 l.3–5)',
  },
  {
    ja: 'ASPIC資料（時点の記載なし）',
    reason: 'source label written by the site for the slides (001), which give no date for the figures',
  },
  {ja: '発行元', reason: 'column label written by the site'},
  {ja: '発行時期', reason: 'column label written by the site'},
  {ja: '連携に関する要求事項：', reason: 'label written by the site, pointing to 図表25 of the partnership guide'},
  {ja: '出所', reason: 'column label written by the site'},
  {ja: '記載なし', reason: 'label written by the site'},
  {ja: '認定取得の状況', reason: 'caption written by the site'},
];
