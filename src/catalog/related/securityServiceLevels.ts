/**
 * 図表23 of the study group's report: the requirement levels for
 * confidentiality and availability it judged for each typical ASP・SaaS
 * service, with its reasons (integrity is high for every service).
 *
 * The table's ○ marks do not survive in the source text: where a mark stood
 * cannot be read from it. What the report concludes from them is 図表24, the
 * services gathered by pattern, which the site already holds; each row here
 * names the entry of 図表24 it was gathered into (`patternService`), and its
 * levels are that pattern's (the test checks every entry of 図表24 is met).
 * Rows the report leaves out of 図表24 (online storage, workflow, website
 * hosting, security services) carry no pattern. The row groups (大分類・小分類)
 * are read from the table's merged cells, which the text gives once per page.
 */
import type {Text} from '../types';
import type {SecurityPatternNo} from './securityPatterns';

export type SecurityServiceGroupId =
  'front' | 'back' | 'middle' | 'ec' | 'industry' | 'common' | 'platform' | 'security';

export interface SecurityServiceGroup {
  key: SecurityServiceGroupId;
  /** 大分類 */
  major: Text;
  /** 小分類 */
  minor: Text;
}

const businessApps: Text = {ja: '業務・業種別アプリケーション', en: 'Applications by business function and industry'};
const commonServices: Text = {ja: 'ASP型共通サービス', en: 'Common ASP services'};

export const securityServiceGroups: SecurityServiceGroup[] = [
  {key: 'front', major: businessApps, minor: {ja: 'フロントオフィス業務', en: 'Front-office work'}},
  {key: 'back', major: businessApps, minor: {ja: 'バックオフィス業務', en: 'Back-office work'}},
  {key: 'middle', major: businessApps, minor: {ja: 'ミドルオフィス業務', en: 'Middle-office work'}},
  {key: 'ec', major: businessApps, minor: {ja: 'ECサポート業務', en: 'E-commerce support work'}},
  {key: 'industry', major: businessApps, minor: {ja: '業種特化型ASP', en: 'ASP specialised by industry'}},
  {key: 'common', major: commonServices, minor: {ja: '共通アプリケーション', en: 'Common applications'}},
  {key: 'platform', major: commonServices, minor: {ja: 'アプリケーション基盤', en: 'Application platforms'}},
  {key: 'security', major: commonServices, minor: {ja: 'セキュリティ基盤', en: 'Security platforms'}},
];

export interface SecurityServiceLevel {
  id: string;
  group: SecurityServiceGroupId;
  /** サービス種別 */
  type: Text;
  /** サービスの定義 (「－」 in the report where none is given) */
  definition?: Text;
  /** 機密性の理由 */
  confidentialityReason?: Text;
  /** 可用性の理由 */
  availabilityReasons?: Text[];
  /** an example under the definition */
  definitionExample?: Text;
  /** a note beside the availability reason */
  availabilityNote?: Text;
  /** the pattern of 図表24 the service is gathered into */
  pattern?: SecurityPatternNo | 'unclassified';
  /** the entry of 図表24 (its Japanese, as the site holds it) */
  patternService?: string;
}

/** The example under Webサイトのホスティング's definition. */
export const securityHostingExamples: Text = {
  ja: '例：ネットショッピング、電子商取引、乗り換え情報提供サービス 等',
  en: 'e.g. online shopping, electronic commerce, transfer information services, etc.',
};

/** The note the report adds to online storage and workflow. */
export const securityMainlyMediumOrLow: Text = {
  ja: '主として可用性中 or 低',
  en: 'Availability mainly medium or low',
};

export const securityServiceLevels: SecurityServiceLevel[] = [
  {
    id: 'securityServiceLevel.front.1',
    group: 'front',
    type: {ja: '受発注', en: 'Ordering (placing and receiving orders)'},
    definition: {
      ja: '見積、受発注、請求、支払等を行うEDI等のサービス',
      en: 'Services such as EDI for quotations, placing and receiving orders, invoicing, payment and the like',
    },
    confidentialityReason: {ja: '営業秘密情報の保持', en: 'Holds trade secrets'},
    availabilityReasons: [
      {ja: '機会損失を生じないことが重要', en: 'It is important not to cause lost business opportunities'},
    ],
    pattern: 1,
    patternService: '受発注',
  },
  {
    id: 'securityServiceLevel.front.2',
    group: 'front',
    type: {ja: '購買支援', en: 'Purchasing support'},
    definition: {
      ja: 'MRO電子購買、購買情報公開等の購買支援を行うサービス',
      en: 'Services that support purchasing, such as electronic MRO purchasing and publishing purchasing information',
    },
    confidentialityReason: {ja: '営業秘密情報の保持', en: 'Holds trade secrets'},
    pattern: 3,
    patternService: '購買支援',
  },
  {
    id: 'securityServiceLevel.front.3',
    group: 'front',
    type: {ja: 'CRM(顧客管理)・営業支援', en: 'CRM (customer management) and sales support'},
    definition: {
      ja: '顧客管理、営業プロセス支援等を行うサービス',
      en: 'Services for customer management, sales process support and the like',
    },
    confidentialityReason: {ja: '一般個人情報等の保持', en: 'Holds general personal information, etc.'},
    pattern: 3,
    patternService: 'CRM・営業支援',
  },
  {
    id: 'securityServiceLevel.front.4',
    group: 'front',
    type: {ja: '販売支援', en: 'Sales support'},
    definition: {ja: 'マーケティングを支援するサービス', en: 'Services that support marketing'},
    confidentialityReason: {ja: '営業秘密情報の保持', en: 'Holds trade secrets'},
    pattern: 3,
    patternService: '販売支援',
  },
  {
    id: 'securityServiceLevel.front.5',
    group: 'front',
    type: {ja: '販売管理・売掛金管理', en: 'Sales management and accounts receivable management'},
    confidentialityReason: {ja: '営業秘密情報の保持', en: 'Holds trade secrets'},
    availabilityReasons: [{ja: '長時間・頻繁の停止は不可', en: 'Long or frequent stoppages are not acceptable'}],
    pattern: 2,
    patternService: '販売管理・売掛金管理',
  },
  {
    id: 'securityServiceLevel.front.6',
    group: 'front',
    type: {ja: '契約', en: 'Contracts'},
    definition: {ja: '電子契約を行うサービス', en: 'Services for electronic contracting'},
    confidentialityReason: {ja: '営業秘密情報の保持', en: 'Holds trade secrets'},
    pattern: 3,
    patternService: '契約',
  },
  {
    id: 'securityServiceLevel.front.7',
    group: 'front',
    type: {ja: '広告', en: 'Advertising'},
    definition: {
      ja: 'クリック型広告等のインターネット広告を行うサービス',
      en: 'Services for internet advertising such as pay-per-click advertising',
    },
    pattern: 6,
    patternService: '広告',
  },
  {
    id: 'securityServiceLevel.front.8',
    group: 'front',
    type: {ja: '公共窓口業務', en: 'Public counter services'},
    definition: {
      ja: '自治体等の窓口サービス業務を支援するサービス',
      en: 'Services that support the counter services of local governments and the like',
    },
    confidentialityReason: {ja: '一般個人情報の利用', en: 'Uses general personal information'},
    availabilityReasons: [{ja: '窓口業務は長時間停止が許容されない', en: 'Counter work may not be stopped for long'}],
    pattern: 2,
    patternService: '公共窓口業務',
  },
  {
    id: 'securityServiceLevel.back.1',
    group: 'back',
    type: {ja: '人事給与・勤怠管理・経理', en: 'Personnel and payroll, attendance management, accounting'},
    definition: {
      ja: '人事(採用管理を除く)・経理の業務を支援するサービス',
      en: 'Services that support personnel (other than recruitment management) and accounting work',
    },
    confidentialityReason: {ja: '顧客の内部個人情報保持', en: 'Holds the customer’s internal personal information'},
    availabilityReasons: [{ja: '常に稼動の必要あり', en: 'Must always be running'}],
    pattern: 1,
    patternService: '人事給与・勤怠管理・経理',
  },
  {
    id: 'securityServiceLevel.back.2',
    group: 'back',
    type: {ja: '採用管理', en: 'Recruitment management'},
    definition: {
      ja: '人事における採用管理を支援するサービス',
      en: 'Services that support recruitment management within personnel work',
    },
    confidentialityReason: {ja: '一般個人情報等の保持', en: 'Holds general personal information, etc.'},
    pattern: 3,
    patternService: '採用管理',
  },
  {
    id: 'securityServiceLevel.back.3',
    group: 'back',
    type: {ja: '資産管理', en: 'Asset management'},
    definition: {ja: '企業の資産管理を支援するサービス', en: 'Services that support a company’s asset management'},
    confidentialityReason: {ja: '営業秘密情報の保持', en: 'Holds trade secrets'},
    pattern: 3,
    patternService: '資産管理',
  },
  {
    id: 'securityServiceLevel.back.4',
    group: 'back',
    type: {ja: 'ERP(財務会計等)', en: 'ERP (financial accounting, etc.)'},
    definition: {ja: 'ERPのうち、財務会計に係るサービス', en: 'Services of ERP concerned with financial accounting'},
    confidentialityReason: {ja: '営業秘密情報の保持', en: 'Holds trade secrets'},
    availabilityReasons: [{ja: '長時間・頻繁の停止は不可', en: 'Long or frequent stoppages are not acceptable'}],
    pattern: 1,
    patternService: 'ERP(財務会計等)',
  },
  {
    id: 'securityServiceLevel.back.5',
    group: 'back',
    type: {ja: 'IT資産管理', en: 'IT asset management'},
    definition: {ja: '企業のIT資産管理を行うサービス', en: 'Services for a company’s IT asset management'},
    pattern: 6,
    patternService: 'IT資産管理',
  },
  {
    id: 'securityServiceLevel.back.6',
    group: 'back',
    type: {ja: '在庫管理', en: 'Inventory management'},
    confidentialityReason: {ja: '一般個人情報等の保持', en: 'Holds general personal information, etc.'},
    availabilityReasons: [{ja: '長時間・頻繁の停止は不可', en: 'Long or frequent stoppages are not acceptable'}],
    pattern: 2,
    patternService: '在庫管理',
  },
  {
    id: 'securityServiceLevel.middle.1',
    group: 'middle',
    type: {ja: 'eラーニング・LMS', en: 'E-learning and LMS'},
    definition: {
      ja: 'オンライン教育・試験を提供、支援、計画するサービス',
      en: 'Services that provide, support and plan online education and examinations',
    },
    pattern: 6,
    patternService: 'eラーニング・LMS',
  },
  {
    id: 'securityServiceLevel.middle.2',
    group: 'middle',
    type: {ja: 'eラーニング・LMS', en: 'E-learning and LMS'},
    definition: {
      ja: '上記のサービスと連携して個人情報を管理するサービス',
      en: 'Services that manage personal information in conjunction with the services above',
    },
    confidentialityReason: {ja: '一般個人情報の保持', en: 'Holds general personal information'},
    pattern: 3,
    patternService: 'eラーニング・LMSに係る個人情報システム',
  },
  {
    id: 'securityServiceLevel.middle.3',
    group: 'middle',
    type: {ja: 'ニュースリリース業務', en: 'News release work'},
    definition: {
      ja: 'メディアやWebへのニュースリリースを支援するサービス',
      en: 'Services that support news releases to the media and the web',
    },
    pattern: 6,
    patternService: 'ニュースリリース業務',
  },
  {
    id: 'securityServiceLevel.middle.4',
    group: 'middle',
    type: {ja: '文書管理', en: 'Document management'},
    definition: {ja: '重要文書を含めて管理するサービス', en: 'Services that manage documents including important ones'},
    confidentialityReason: {ja: '営業機密情報の保持', en: 'Holds business confidential information'},
    availabilityReasons: [{ja: '常に稼動の必要あり', en: 'Must always be running'}],
    pattern: 1,
    patternService: '文書管理(個人情報・営業秘密情報含む)',
  },
  {
    id: 'securityServiceLevel.middle.5',
    group: 'middle',
    type: {ja: '文書管理', en: 'Document management'},
    definition: {ja: '重要文書以外を管理するサービス', en: 'Services that manage documents other than important ones'},
    availabilityReasons: [{ja: '長時間・頻繁の停止は不可', en: 'Long or frequent stoppages are not acceptable'}],
    pattern: 5,
    patternService: '文書管理(個人情報・営業秘密情報を含まず)',
  },
  {
    id: 'securityServiceLevel.ec.1',
    group: 'ec',
    type: {ja: 'ECサポート', en: 'E-commerce support'},
    definition: {
      ja: '電子商取引をアウトソーシングするサービス',
      en: 'Services to which electronic commerce is outsourced',
    },
    confidentialityReason: {ja: '営業秘密情報の保持', en: 'Holds trade secrets'},
    availabilityReasons: [{ja: '常に稼動の必要あり', en: 'Must always be running'}],
    pattern: 1,
    patternService: 'ECサポート(電子商取引のアウトソーシング)',
  },
  {
    id: 'securityServiceLevel.ec.2',
    group: 'ec',
    type: {ja: 'ECサポート', en: 'E-commerce support'},
    definition: {
      ja: '電子商取引と物流・決済を一括提供する産地直送等のサービス',
      en: 'Services such as direct-from-producer sales that provide electronic commerce together with logistics and payment',
    },
    availabilityReasons: [{ja: '長時間・頻繁の停止は不可', en: 'Long or frequent stoppages are not acceptable'}],
    pattern: 5,
    patternService: 'ECサポート(産地直送等、物流・決済を一括で提供)',
  },
  {
    id: 'securityServiceLevel.ec.3',
    group: 'ec',
    type: {ja: 'ネットショッピング支援', en: 'Online shopping support'},
    definition: {ja: '仮想店舗貸しサービス', en: 'Virtual storefront rental services'},
    confidentialityReason: {ja: '一般個人情報等の保持', en: 'Holds general personal information, etc.'},
    availabilityReasons: [{ja: '常に稼動の必要あり', en: 'Must always be running'}],
    pattern: 1,
    patternService: 'ネットショッピング支援(仮想店舗貸しサービス)',
  },
  {
    id: 'securityServiceLevel.ec.4',
    group: 'ec',
    type: {ja: 'ネットショッピング支援', en: 'Online shopping support'},
    definition: {
      ja: '自ら売買することを支援するサービス',
      en: 'Services that support the user’s own buying and selling',
    },
    confidentialityReason: {ja: '一般個人情報等の保持', en: 'Holds general personal information, etc.'},
    pattern: 3,
    patternService: 'ネットショッピング(自らの売買支援)',
  },
  {
    id: 'securityServiceLevel.ec.5',
    group: 'ec',
    type: {ja: 'コールセンター支援', en: 'Call centre support'},
    definition: {
      ja: 'コールセンター業務支援サービス(コールセンターシステムのみのアウトソーシング、受け答え代行も含めたアウトソーシング)',
      en: 'Services that support call centre work (outsourcing of the call centre system only, or outsourcing that includes answering calls on the user’s behalf)',
    },
    confidentialityReason: {ja: '一般個人情報等の保持', en: 'Holds general personal information, etc.'},
    availabilityReasons: [
      {ja: '顧客フロントであり、止められない', en: 'It is the customer’s front line and cannot be stopped'},
    ],
    pattern: 1,
    patternService: 'コールセンター支援',
  },
  {
    id: 'securityServiceLevel.industry.1',
    group: 'industry',
    type: {ja: '建設業', en: 'Construction'},
    definition: {
      ja: '建設業向けEDI、工事発注、工事総合管理等',
      en: 'EDI for construction, ordering of works, overall management of works and the like',
    },
    confidentialityReason: {ja: '営業秘密情報の保持', en: 'Holds trade secrets'},
    availabilityReasons: [
      {ja: '機会損失を生じないことが重要', en: 'It is important not to cause lost business opportunities'},
    ],
    pattern: 2,
    patternService: '建設業特化型ASP',
  },
  {
    id: 'securityServiceLevel.industry.2',
    group: 'industry',
    type: {ja: '運輸業', en: 'Transport'},
    definition: {
      ja: '配車計画サービス、ITS動態管理サービス等',
      en: 'Vehicle dispatch planning services, ITS vehicle tracking services and the like',
    },
    pattern: 6,
    patternService: '運輸業特化型ASP',
  },
  {
    id: 'securityServiceLevel.industry.3',
    group: 'industry',
    type: {ja: '卸売・小売・飲食業', en: 'Wholesale, retail and food service'},
    definition: {
      ja: '店舗管理、POS関連サービス(受発注、在庫管理、売掛金管理は上述)',
      en: 'Store management and POS-related services (ordering, inventory management and accounts receivable management are above)',
    },
    confidentialityReason: {ja: '営業秘密情報の保持', en: 'Holds trade secrets'},
    availabilityReasons: [{ja: '長時間・頻繁の停止は不可', en: 'Long or frequent stoppages are not acceptable'}],
    pattern: 2,
    patternService: '卸売・小売・飲食業特化型ASP',
  },
  {
    id: 'securityServiceLevel.industry.4',
    group: 'industry',
    type: {ja: '金融', en: 'Finance'},
    definition: {
      ja: '地銀向け、信金向け共同アウトソーシング',
      en: 'Shared outsourcing for regional banks and shinkin banks',
    },
    confidentialityReason: {ja: '営業秘密情報の保持', en: 'Holds trade secrets'},
    availabilityReasons: [{ja: '極めて高い要求レベル', en: 'An extremely high level of requirement'}],
    pattern: 1,
    patternService: '金融業特化型ASP(地銀・信金共同アウトソーシング)',
  },
  {
    id: 'securityServiceLevel.industry.5',
    group: 'industry',
    type: {ja: '金融', en: 'Finance'},
    definition: {ja: '信用情報提供', en: 'Provision of credit information'},
    confidentialityReason: {ja: '営業秘密情報の保持', en: 'Holds trade secrets'},
    pattern: 3,
    patternService: '金融業特化型ASP(信用情報提供)',
  },
  {
    id: 'securityServiceLevel.industry.6',
    group: 'industry',
    type: {ja: '保険業', en: 'Insurance'},
    definition: {ja: '見積支援(生命保険等)(CRMは上述)', en: 'Quotation support (life insurance, etc.) (CRM is above)'},
    confidentialityReason: {ja: '一般個人情報の保持', en: 'Holds general personal information'},
    availabilityReasons: [
      {ja: '機会損失を生じないことが重要', en: 'It is important not to cause lost business opportunities'},
    ],
    pattern: 2,
    patternService: '保険業特化型ASP(生命保険見積)',
  },
  {
    id: 'securityServiceLevel.industry.7',
    group: 'industry',
    type: {ja: '保険業', en: 'Insurance'},
    definition: {ja: '見積支援(自賠責保険)', en: 'Quotation support (compulsory automobile liability insurance)'},
    confidentialityReason: {ja: '一般個人情報の保持', en: 'Holds general personal information'},
    pattern: 3,
    patternService: '保険業特化型ASP(自賠責保険見積)',
  },
  {
    id: 'securityServiceLevel.industry.8',
    group: 'industry',
    type: {ja: '宿泊業', en: 'Accommodation'},
    definition: {
      ja: '予約・空室管理(CRM、ネットショッピングは上述)',
      en: 'Reservations and vacancy management (CRM and online shopping are above)',
    },
    confidentialityReason: {ja: '一般個人情報等の保持', en: 'Holds general personal information, etc.'},
    availabilityReasons: [
      {ja: '機会損失を生じないことが重要', en: 'It is important not to cause lost business opportunities'},
    ],
    pattern: 2,
    patternService: '宿泊業特化型ASP',
  },
  {
    id: 'securityServiceLevel.industry.9',
    group: 'industry',
    type: {ja: '医療・介護・福祉', en: 'Medical care, nursing care and welfare'},
    definition: {ja: '電子カルテ', en: 'Electronic medical records'},
    confidentialityReason: {ja: '一般個人情報の保持', en: 'Holds general personal information'},
    availabilityReasons: [{ja: '常に稼動の必要あり', en: 'Must always be running'}],
    pattern: 1,
    patternService: '医療・介護・福祉業特化型ASP(電子カルテ、レセプト)',
  },
  {
    id: 'securityServiceLevel.industry.10',
    group: 'industry',
    type: {ja: '医療・介護・福祉', en: 'Medical care, nursing care and welfare'},
    definition: {ja: 'レセプト(保険請求含む)', en: 'Medical fee statements (including insurance claims)'},
    confidentialityReason: {ja: '一般個人情報の保持', en: 'Holds general personal information'},
    availabilityReasons: [{ja: '常に稼動の必要あり', en: 'Must always be running'}],
    pattern: 1,
    patternService: '医療・介護・福祉業特化型ASP(電子カルテ、レセプト)',
  },
  {
    id: 'securityServiceLevel.industry.11',
    group: 'industry',
    type: {ja: '医療・介護・福祉', en: 'Medical care, nursing care and welfare'},
    definition: {ja: '診療予約', en: 'Appointment booking'},
    confidentialityReason: {ja: '一般個人情報の保持', en: 'Holds general personal information'},
    availabilityReasons: [{ja: '長時間・頻繁の停止は不可', en: 'Long or frequent stoppages are not acceptable'}],
    pattern: 2,
    patternService: '医療・介護・福祉特化型ASP(診療予約、介護業務支援)',
  },
  {
    id: 'securityServiceLevel.industry.12',
    group: 'industry',
    type: {ja: '医療・介護・福祉', en: 'Medical care, nursing care and welfare'},
    definition: {ja: '処方箋サービス', en: 'Prescription services'},
    pattern: 6,
    patternService: '医療・介護・福祉業特化型ASP(処方箋サービス)',
  },
  {
    id: 'securityServiceLevel.industry.13',
    group: 'industry',
    type: {ja: '医療・介護・福祉', en: 'Medical care, nursing care and welfare'},
    definition: {ja: '介護業務支援(報告、請求)', en: 'Support for nursing-care work (reporting, claims)'},
    confidentialityReason: {ja: '一般個人情報の保持', en: 'Holds general personal information'},
    availabilityReasons: [{ja: '長時間・頻繁の停止は不可', en: 'Long or frequent stoppages are not acceptable'}],
    pattern: 2,
    patternService: '医療・介護・福祉特化型ASP(診療予約、介護業務支援)',
  },
  {
    id: 'securityServiceLevel.industry.14',
    group: 'industry',
    type: {ja: '公共電子申請', en: 'Public electronic applications'},
    definition: {
      ja: '公共機関への電子申請を行うサービス(施設予約を含む)',
      en: 'Services for electronic applications to public bodies (including booking facilities)',
    },
    confidentialityReason: {ja: '一般個人情報等の保持', en: 'Holds general personal information, etc.'},
    availabilityReasons: [{ja: '長時間・頻繁の停止は不可', en: 'Long or frequent stoppages are not acceptable'}],
    pattern: 2,
    patternService: '公共電子申請',
  },
  {
    id: 'securityServiceLevel.industry.15',
    group: 'industry',
    type: {ja: '電子入札', en: 'Electronic bidding'},
    confidentialityReason: {ja: '営業秘密情報の保持', en: 'Holds trade secrets'},
    availabilityReasons: [{ja: '常に稼動の必要あり', en: 'Must always be running'}],
    pattern: 1,
    patternService: '電子入札',
  },
  {
    id: 'securityServiceLevel.industry.16',
    group: 'industry',
    type: {ja: '公共住民情報', en: 'Public resident information'},
    definition: {ja: '住民基本台帳に係るサービス', en: 'Services concerning the Basic Resident Register'},
    confidentialityReason: {ja: '一般個人情報の保持', en: 'Holds general personal information'},
    availabilityReasons: [{ja: '常に稼動の必要あり', en: 'Must always be running'}],
    pattern: 1,
    patternService: '公共住民情報',
  },
  {
    id: 'securityServiceLevel.industry.17',
    group: 'industry',
    type: {ja: '公共個別部門業務', en: 'Work of individual public departments'},
    definition: {ja: '図書館システム(個人情報含む)', en: 'Library systems (including personal information)'},
    confidentialityReason: {ja: '一般個人情報の保持', en: 'Holds general personal information'},
    availabilityReasons: [{ja: '国民の求めるレベルは高い', en: 'The level the public demands is high'}],
    pattern: 2,
    patternService: '公共個別部門業務',
  },
  {
    id: 'securityServiceLevel.common.1',
    group: 'common',
    type: {ja: 'グループウェア', en: 'Groupware'},
    definition: {
      ja: 'アドレス帳を含む掲示板や情報共有サービス',
      en: 'Bulletin boards and information-sharing services including an address book',
    },
    confidentialityReason: {ja: '顧客の内部個人情報保持', en: 'Holds the customer’s internal personal information'},
    availabilityReasons: [{ja: '長時間・頻繁の停止は不可', en: 'Long or frequent stoppages are not acceptable'}],
    pattern: 2,
    patternService: 'グループウェア',
  },
  {
    id: 'securityServiceLevel.common.2',
    group: 'common',
    type: {ja: 'アドレス帳サービス', en: 'Address book services'},
    definition: {ja: 'アドレス帳単体で提供するサービス', en: 'Services providing an address book on its own'},
    confidentialityReason: {ja: '一般個人情報の保持', en: 'Holds general personal information'},
    availabilityReasons: [{ja: '長時間・頻繁の停止は不可', en: 'Long or frequent stoppages are not acceptable'}],
    pattern: 2,
    patternService: 'アドレス帳サービス',
  },
  {
    id: 'securityServiceLevel.common.3',
    group: 'common',
    type: {ja: 'オンラインストレージ', en: 'Online storage'},
    definition: {
      ja: 'ネットワーク越しにストレージを提供するサービス',
      en: 'Services that provide storage over a network',
    },
    confidentialityReason: {ja: '営業秘密情報等の保持', en: 'Holds trade secrets, etc.'},
    availabilityReasons: [
      {
        ja: '預かるデータを利用するサービスの可用性要求に準ずる。',
        en: 'Follows the availability requirement of the services that use the data it holds.',
      },
    ],
    availabilityNote: securityMainlyMediumOrLow,
  },
  {
    id: 'securityServiceLevel.common.4',
    group: 'common',
    type: {ja: 'ワークフロー', en: 'Workflow'},
    definition: {
      ja: '業務のワークフロー管理を行うサービス',
      en: 'Services that manage the workflow of business operations',
    },
    confidentialityReason: {ja: '営業秘密情報等の保持', en: 'Holds trade secrets, etc.'},
    availabilityReasons: [
      {
        ja: 'ワークフローを設定する業務の可用性要求に準ずる。',
        en: 'Follows the availability requirement of the work the workflow is set up for.',
      },
    ],
    availabilityNote: securityMainlyMediumOrLow,
  },
  {
    id: 'securityServiceLevel.common.5',
    group: 'common',
    type: {ja: 'Webサイトのホスティング', en: 'Website hosting'},
    definition: {ja: 'Webサイトをホスティングするサービス', en: 'Services that host websites'},
    confidentialityReason: {ja: '一般個人情報等の保持', en: 'Holds general personal information, etc.'},
    availabilityReasons: [
      {
        ja: '電子商取引アウトソーシング等の可用性要求に準ずる',
        en: 'Follows the availability requirement of e-commerce outsourcing and the like',
      },
      {
        ja: '自ら売買するネットショップの可用性要求に準ずる',
        en: 'Follows the availability requirement of an online shop that buys and sells on its own account',
      },
      {
        ja: '産地直送サービス、乗換情報提供等の可用性要求レベル',
        en: 'The availability requirement level of direct-from-producer services, transfer information and the like',
      },
    ],
    definitionExample: securityHostingExamples,
  },
  {
    id: 'securityServiceLevel.common.6',
    group: 'common',
    type: {ja: 'ブログ・コミュニティコーディネート', en: 'Blog and community coordination'},
    definition: {
      ja: 'ブログ、コミュニティを構築・運用するサービス',
      en: 'Services that build and run blogs and communities',
    },
    confidentialityReason: {ja: '顧客の利用方法で選択', en: 'Chosen by how the customer uses it'},
    availabilityReasons: [{ja: '顧客の利用方法で選択', en: 'Chosen by how the customer uses it'}],
    pattern: 'unclassified',
    patternService: 'ブログ・コミュニティコーディネート',
  },
  {
    id: 'securityServiceLevel.common.7',
    group: 'common',
    type: {ja: 'アフィリエイト', en: 'Affiliate programmes'},
    confidentialityReason: {ja: '一般個人情報の保持', en: 'Holds general personal information'},
    pattern: 3,
    patternService: 'アフィリエイト',
  },
  {
    id: 'securityServiceLevel.common.8',
    group: 'common',
    type: {ja: 'メール配信', en: 'Email distribution'},
    definition: {ja: 'メール配信(DM)', en: 'Email distribution (direct mail)'},
    confidentialityReason: {ja: '一般個人情報の保持', en: 'Holds general personal information'},
    pattern: 3,
    patternService: 'メール配信',
  },
  {
    id: 'securityServiceLevel.common.9',
    group: 'common',
    type: {ja: 'コンテンツデリバリ、ストリーミング', en: 'Content delivery and streaming'},
    definition: {
      ja: '映像等のコンテンツを効率よく利用者に提供するサービス',
      en: 'Services that deliver content such as video to users efficiently',
    },
    confidentialityReason: {ja: '顧客の利用方法で選択', en: 'Chosen by how the customer uses it'},
    availabilityReasons: [{ja: '顧客の利用方法で選択', en: 'Chosen by how the customer uses it'}],
    pattern: 'unclassified',
    patternService: 'コンテンツデリバリー・ストリーミングサービス',
  },
  {
    id: 'securityServiceLevel.common.10',
    group: 'common',
    type: {ja: '電話会議、TV会議、Web会議', en: 'Telephone, video and web conferencing'},
    pattern: 6,
    patternService: '電話会議/TV会議/Web会議',
  },
  {
    id: 'securityServiceLevel.common.11',
    group: 'common',
    type: {ja: '乗り換え', en: 'Public transport route (transfer) search'},
    definition: {
      ja: '公共交通の乗換情報を検索するサービス',
      en: 'Services for searching public transport transfer information',
    },
    pattern: 6,
    patternService: '乗り換え',
  },
  {
    id: 'securityServiceLevel.common.12',
    group: 'common',
    type: {ja: 'GIS(地理情報システム)/GIS応用', en: 'GIS (geographic information systems) and GIS applications'},
    definition: {ja: '地理情報のみを取り扱うシステム', en: 'Systems that handle geographic information only'},
    pattern: 6,
    patternService: 'GIS(地図情報のみの取り扱い)',
  },
  {
    id: 'securityServiceLevel.common.13',
    group: 'common',
    type: {ja: 'GIS(地理情報システム)/GIS応用', en: 'GIS (geographic information systems) and GIS applications'},
    definition: {
      ja: 'コンテンツ/アプリケーションを含んだGIS応用サービス',
      en: 'GIS application services that include content or applications',
    },
    confidentialityReason: {ja: '統合対象により判断', en: 'Judged by what is integrated'},
    availabilityReasons: [{ja: '統合対象により判断', en: 'Judged by what is integrated'}],
    pattern: 'unclassified',
    patternService: 'GIS応用サービス(コンテンツ、アプリケーションを含むもの)',
  },
  {
    id: 'securityServiceLevel.common.14',
    group: 'common',
    type: {ja: '不動産物件検索', en: 'Property search'},
    definition: {
      ja: '新築、中古売買、賃貸の情報検索サービス',
      en: 'Information search services for new-build, second-hand sale and rental properties',
    },
    pattern: 6,
    patternService: '不動産物件検索',
  },
  {
    id: 'securityServiceLevel.common.15',
    group: 'common',
    type: {ja: '映像監視', en: 'Video surveillance'},
    definition: {ja: 'CCTV映像の監視、解析サービス', en: 'Services for monitoring and analysing CCTV footage'},
    confidentialityReason: {ja: '顧客の利用方法で選択', en: 'Chosen by how the customer uses it'},
    availabilityReasons: [{ja: '顧客の利用方法で選択', en: 'Chosen by how the customer uses it'}],
    pattern: 'unclassified',
    patternService: '映像監視',
  },
  {
    id: 'securityServiceLevel.platform.1',
    group: 'platform',
    type: {ja: '決済サービス', en: 'Payment services'},
    definition: {ja: 'お金の決済を行う基盤サービス', en: 'Platform services for settling payments'},
    confidentialityReason: {ja: '一般個人情報等の保持', en: 'Holds general personal information, etc.'},
    availabilityReasons: [{ja: '常に稼動の必要あり', en: 'Must always be running'}],
    pattern: 1,
    patternService: '決済サービス',
  },
  {
    id: 'securityServiceLevel.platform.2',
    group: 'platform',
    type: {ja: 'メディア・言語変換サービス', en: 'Media and language conversion services'},
    definition: {
      ja: '記録メディアや言語を変換する基盤サービス',
      en: 'Platform services that convert recording media or languages',
    },
    confidentialityReason: {ja: '顧客の利用方法で選択', en: 'Chosen by how the customer uses it'},
    availabilityReasons: [{ja: '顧客の利用方法で選択', en: 'Chosen by how the customer uses it'}],
    pattern: 'unclassified',
    patternService: 'メディア・言語変換サービス',
  },
  {
    id: 'securityServiceLevel.platform.3',
    group: 'platform',
    type: {ja: '位置時間証明サービス', en: 'Location and time certification services'},
    definition: {ja: '居場所と時刻を証明する基盤サービス', en: 'Platform services that certify whereabouts and time'},
    confidentialityReason: {ja: '一般個人情報の保持', en: 'Holds general personal information'},
    availabilityReasons: [
      {ja: 'リアルタイムかつ継続運用が不可欠', en: 'Real-time and continuous operation is essential'},
    ],
    pattern: 2,
    patternService: '位置時間証明サービス',
  },
  {
    id: 'securityServiceLevel.platform.4',
    group: 'platform',
    type: {ja: '検索サービス', en: 'Search services'},
    definition: {
      ja: '検索機能を提供する一般向けサービス',
      en: 'Services for the general public that provide search functions',
    },
    pattern: 6,
    patternService: '検索サービス(一般向け)',
  },
  {
    id: 'securityServiceLevel.platform.5',
    group: 'platform',
    type: {ja: '検索サービス', en: 'Search services'},
    definition: {
      ja: '個別用途の検索機能を提供するサービス',
      en: 'Services that provide search functions for specific purposes',
    },
    confidentialityReason: {ja: '顧客の利用方法で選択', en: 'Chosen by how the customer uses it'},
    availabilityReasons: [{ja: '顧客の利用方法で選択', en: 'Chosen by how the customer uses it'}],
    pattern: 'unclassified',
    patternService: '検索サービス(個別用途)',
  },
  {
    id: 'securityServiceLevel.platform.6',
    group: 'platform',
    type: {ja: '認証サービス', en: 'Authentication services'},
    definition: {
      ja: '電子証明書による認証を提供する基盤サービス',
      en: 'Platform services that provide authentication by electronic certificates',
    },
    confidentialityReason: {ja: '一般個人情報等の保持', en: 'Holds general personal information, etc.'},
    availabilityReasons: [{ja: '認証ターゲットにより選択', en: 'Chosen by the target of authentication'}],
    pattern: 'unclassified',
    patternService: '認証サービス',
  },
  {
    id: 'securityServiceLevel.security.1',
    group: 'security',
    type: {ja: 'セキュリティサービス', en: 'Security services'},
    definition: {
      ja: '例：ウィルス・スパム対策、フィルタリング対策(大規模)',
      en: 'e.g. protection against viruses and spam, filtering (large-scale)',
    },
    confidentialityReason: {ja: 'ログ等の秘密情報の保持', en: 'Holds secret information such as logs'},
    availabilityReasons: [
      {
        ja: '大量の利用者を持ち、常に稼動を確保する必要あり',
        en: 'It has a great many users and must always be kept running',
      },
    ],
  },
  {
    id: 'securityServiceLevel.security.2',
    group: 'security',
    type: {ja: 'セキュリティサービス', en: 'Security services'},
    definition: {
      ja: '例：安価なウィルス対策(パターンファイル更新管理)',
      en: 'e.g. low-cost virus protection (managing pattern file updates)',
    },
  },
  {
    id: 'securityServiceLevel.security.3',
    group: 'security',
    type: {ja: 'ネットワーク監視', en: 'Network monitoring'},
    availabilityReasons: [{ja: '常に稼動の必要あり', en: 'Must always be running'}],
    pattern: 4,
    patternService: 'ネットワーク監視',
  },
  {
    id: 'securityServiceLevel.security.4',
    group: 'security',
    type: {ja: '不正アクセス監視', en: 'Unauthorised access monitoring'},
    confidentialityReason: {ja: '営業秘密情報の保持', en: 'Holds trade secrets'},
    availabilityReasons: [{ja: '常に稼動の必要あり', en: 'Must always be running'}],
    pattern: 1,
    patternService: '不正アクセス監視',
  },
];

export const securityServiceLevelLabels = {
  caption: {
    ja: '各ASP・SaaSサービスのCIA要求レベル判定結果',
    en: 'The CIA requirement levels judged for each ASP/SaaS service',
  },
  major: {ja: '大分類', en: 'Category'},
  minor: {ja: '小分類', en: 'Subcategory'},
  type: {ja: 'サービス種別', en: 'Service type'},
  definition: {ja: 'サービスの定義', en: 'Definition of the service'},
  confidentiality: {ja: '機密性', en: 'Confidentiality'},
  availability: {ja: '可用性', en: 'Availability'},
  reason: {ja: '理由', en: 'Reason'},
  pattern: {ja: 'パターン', en: 'Pattern'},
  notInFigure24: {ja: '図表24に記載なし', en: 'Not in Figure 24'},
  unclassified: {
    ja: '一律にパターンを設定することが困難なサービス',
    en: 'Services for which no single pattern can be set',
  },
  none: {ja: '－', en: '–'},
} satisfies Record<string, Text>;
