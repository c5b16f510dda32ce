/**
 * The six service patterns of the information security guideline for
 * ASP・SaaS, and the criteria for the confidentiality, integrity and
 * availability levels they are built on. Kept apart from the rest of the
 * report's data so that the security pattern finder (on the security page and
 * in the planner) loads only this. Re-exported by security.ts; its Japanese is
 * checked against the report with the rest.
 */
import type {Text} from '../types';

// ---------------------------------------------------------------------------
// Levels and properties

/** The three properties the patterns are built on (CIA). */
export type SecurityProperty = 'confidentiality' | 'integrity' | 'availability';

/**
 * A requirement level. The report judges confidentiality in two levels
 * (高い / 低い), integrity as always high, and availability in three levels
 * (高い / それほど高くない (中程度 in 図表22) / 低い).
 */
export type SecurityLevel = 'high' | 'medium' | 'low';

export const securityProperties: readonly SecurityProperty[] = ['confidentiality', 'integrity', 'availability'];

/** The levels each property can take, as the report's criteria define them. */
export const securityPropertyLevels: Record<SecurityProperty, readonly SecurityLevel[]> = {
  confidentiality: ['high', 'low'],
  integrity: ['high'],
  availability: ['high', 'medium', 'low'],
};

/** The words of 図表22 for the levels. */
export const securityLevelLabels: Record<SecurityLevel, Text> = {
  high: {ja: '高い', en: 'High'},
  medium: {ja: '中程度', en: 'Medium'},
  low: {ja: '低い', en: 'Low'},
};

export const securityPropertyNames: Record<SecurityProperty, Text> = {
  confidentiality: {ja: '機密性', en: 'Confidentiality'},
  integrity: {ja: '完全性', en: 'Integrity'},
  availability: {ja: '可用性', en: 'Availability'},
};

/** Column headings: 「機密性への要求」 etc. (図表22). */
export const securityRequirementHeadings: Record<SecurityProperty, Text> = {
  confidentiality: {ja: '機密性への要求', en: 'Confidentiality requirement'},
  integrity: {ja: '完全性への要求', en: 'Integrity requirement'},
  availability: {ja: '可用性への要求', en: 'Availability requirement'},
};

// ---------------------------------------------------------------------------
// Criteria for the requirement levels (3.2.3【1】①)

export interface SecurityCriterionItem {
  id: string;
  /** the name of a kind of information or case, where the report gives one */
  term?: Text;
  text: Text;
}

export interface SecurityLevelCriterion {
  id: string;
  level: SecurityLevel;
  /** the criteria's own word for the level, where it differs from 図表22 */
  wording?: Text;
  criterion: Text;
  /** the kinds of information or the cases the criterion lists */
  items?: SecurityCriterionItem[];
}

export interface SecurityPropertyCriteria {
  id: string;
  property: SecurityProperty;
  letter: 'C' | 'I' | 'A';
  name: Text;
  levels: SecurityLevelCriterion[];
}

export const securityLevelCriteria: SecurityPropertyCriteria[] = [
  {
    id: 'securityCriteria.confidentiality',
    property: 'confidentiality',
    letter: 'C',
    name: securityPropertyNames.confidentiality,
    levels: [
      {
        id: 'securityCriterion.confidentiality.high',
        level: 'high',
        criterion: {
          ja: '以下の情報を預かる場合には、その件数に関わりなく、機密性への要求は「高い」ものとする。',
          en: 'Where the service holds the following information, the confidentiality requirement is “high”, whatever the number of records.',
        },
        items: [
          {
            id: 'securityCriterion.confidentiality.high.personal',
            term: {ja: '個人情報', en: 'Personal information'},
            text: {
              ja: '利用者及び利用者の顧客に関する、特定の個人(生存者)を識別することができる情報。',
              en: 'Information about users and their customers that can identify a specific (living) individual.',
            },
          },
          {
            id: 'securityCriterion.confidentiality.high.tradeSecret',
            term: {ja: '営業秘密情報', en: 'Trade secrets'},
            text: {
              ja: '秘密として管理されている生産方法、販売方法、その他の事業活動に有用な技術上または営業上の情報であって、公然と知られていないもの。',
              en: 'Technical or business information useful for business activities, such as production or sales methods, that is managed as a secret and is not publicly known.',
            },
          },
        ],
      },
      {
        id: 'securityCriterion.confidentiality.low',
        level: 'low',
        criterion: {
          ja: '上記の情報（個人情報、営業秘密情報）を預からない場合。',
          en: 'The service holds none of the information above (personal information, trade secrets).',
        },
      },
    ],
  },
  {
    id: 'securityCriteria.integrity',
    property: 'integrity',
    letter: 'I',
    name: securityPropertyNames.integrity,
    levels: [
      {
        id: 'securityCriterion.integrity.high',
        level: 'high',
        criterion: {
          ja: 'ASP・SaaS事業者においては、そのサービス種別に関わらず、完全性への要求は「高い」ものと考えられる。',
          en: 'For ASP/SaaS providers, the integrity requirement is considered “high”, whatever the type of service.',
        },
        items: [
          {
            id: 'securityCriterion.integrity.high.userData',
            text: {
              ja: 'ASP・SaaS事業者が利用者のデータを管理するという特性上、そのデータに改ざん・削除・漏えい等のインシデントが発生した場合、顧客の事業継続に多大な影響を与えるものと考えられる。',
              en: 'Because ASP/SaaS providers manage their users’ data, an incident such as falsification, deletion or leakage of that data is considered to have a great effect on the continuity of the customer’s business.',
            },
          },
          {
            id: 'securityCriterion.integrity.high.providedInformation',
            text: {
              ja: 'ASP・SaaS事業者が提供する情報においても、その情報に改ざん等のインシデントが発生した場合、その情報に依存している顧客にとって大きな損害が発生することが想定される。',
              en: 'For information that ASP/SaaS providers supply, too, an incident such as falsification of that information is expected to cause great damage to the customers who depend on it.',
            },
          },
        ],
      },
    ],
  },
  {
    id: 'securityCriteria.availability',
    property: 'availability',
    letter: 'A',
    name: securityPropertyNames.availability,
    levels: [
      {
        id: 'securityCriterion.availability.high',
        level: 'high',
        criterion: {ja: '可用性への要求が高いサービス', en: 'Services with a high availability requirement'},
        items: [
          {
            id: 'securityCriterion.availability.high.a',
            text: {
              ja: '運用時間中は原則として必ず稼動させておくことが求められるサービス',
              en: 'Services that, in principle, must always be running during operating hours',
            },
          },
          {
            id: 'securityCriterion.availability.high.b',
            text: {
              ja: 'サービスが停止することで、利用者に多大な経済的損失や人命危害が生じる恐れのあるサービス',
              en: 'Services whose stopping could cause users major economic loss or harm to human life',
            },
          },
        ],
      },
      {
        id: 'securityCriterion.availability.medium',
        level: 'medium',
        wording: {ja: 'それほど高くない', en: 'not so high'},
        criterion: {
          ja: '可用性への要求がそれほど高くないサービス',
          en: 'Services with a not-so-high availability requirement',
        },
        items: [
          {
            id: 'securityCriterion.availability.medium.a',
            text: {
              ja: 'サービスが停止することで、利用者に部分的な経済的損失が生じる恐れのあるサービス',
              en: 'Services whose stopping could cause users partial economic loss',
            },
          },
          {
            id: 'securityCriterion.availability.medium.b',
            text: {
              ja: 'サービスが停止することで、利用者の基幹業務に明確な影響を及ぼすサービス',
              en: 'Services whose stopping clearly affects the users’ core business',
            },
          },
        ],
      },
      {
        id: 'securityCriterion.availability.low',
        level: 'low',
        criterion: {ja: '可用性への要求が低いサービス', en: 'Services with a low availability requirement'},
        items: [
          {
            id: 'securityCriterion.availability.low.other',
            text: {
              ja: '可用性への要求が「高い」サービスにも「それほど高くない」サービスにも該当しないサービス',
              en: 'Services that fall under neither the “high” nor the “not so high” cases above',
            },
          },
        ],
      },
    ],
  },
];

// ---------------------------------------------------------------------------
// The six patterns (図表22, with the services of 図表24)

export type SecurityPatternNo = 1 | 2 | 3 | 4 | 5 | 6;

export interface SecurityPattern {
  id: string;
  no: SecurityPatternNo;
  /** 【パターンN】 as the report names it */
  name: Text;
  confidentiality: SecurityLevel;
  integrity: SecurityLevel;
  availability: SecurityLevel;
  /** what falling into the pattern means for the service and its measures */
  implies: Text[];
  /** the service types the report places in the pattern (図表24) */
  examples?: Text[];
}

const impliesConfidentiality: Record<'high' | 'low', Text> = {
  high: {
    ja: '個人情報又は営業秘密情報を、件数に関わらず預かるサービスである。',
    en: 'The service holds personal information or trade secrets, whatever the number of records.',
  },
  low: {
    ja: '個人情報も営業秘密情報も預からないサービスである。',
    en: 'The service holds neither personal information nor trade secrets.',
  },
};

/** What each availability level means for the service (3.3.4【2】). */
export const impliesAvailability: Record<SecurityLevel, Text> = {
  high: {
    ja: '運用時間中は原則として必ず稼動させておく必要がある、又は停止によって利用者に多大な経済的損失や人命危害が生じる恐れがある。',
    en: 'The service must in principle always be running during operating hours, or its stopping could cause users major economic loss or harm to human life.',
  },
  medium: {
    ja: '停止によって、利用者に部分的な経済的損失が生じる、又は利用者の基幹業務に明確な影響が及ぶ恐れがある。',
    en: 'Its stopping could cause users partial economic loss or clearly affect their core business.',
  },
  low: {
    ja: '可用性への要求が「高い」サービスにも「それほど高くない」サービスにも該当しない。',
    en: 'It falls under neither the “high” nor the “not so high” availability cases.',
  },
};

/** The patching reference value each confidentiality level carries (3.3.4【2】). */
export const impliesPatch: Record<'high' | 'low', Text> = {
  high: {
    ja: '対策参照値の例：OS、ミドルウェア、セキュリティ対策機器に対するパッチ更新作業の着手は、ベンダリリースから24時間以内（特に達成が必要な値）。',
    en: 'Example reference value: patching of the OS, middleware and security equipment starts within 24 hours of the vendor’s release (a value that particularly needs to be achieved).',
  },
  low: {
    ja: '対策参照値の例：OS、ミドルウェア、セキュリティ対策機器に対するパッチ更新作業の着手は、ベンダリリースから3日以内（特に達成が必要な値）。',
    en: 'Example reference value: patching of the OS, middleware and security equipment starts within 3 days of the vendor’s release (a value that particularly needs to be achieved).',
  },
};

/** What every pattern implies alike (3.3.4【2】iii); shown once, not in every pattern. */
export const securityPatternCommonImplication: Text = {
  ja: 'いずれのパターンでも、物理的・技術的対策編の対策を「基本」から優先的に実施し、該当するパターンの対策参照値を目安に実施レベルを判断する。',
  en: 'Whatever the pattern, carry out the measures of the Physical and Technical Measures part, “basic” ones first, and judge their level against the reference values of the service’s pattern.',
};

function implications(confidentiality: 'high' | 'low', availability: SecurityLevel): Text[] {
  return [impliesConfidentiality[confidentiality], impliesAvailability[availability], impliesPatch[confidentiality]];
}

export const securityPatterns: SecurityPattern[] = [
  {
    id: 'securityPattern.1',
    no: 1,
    name: {
      ja: '機密性・完全性・可用性の全てへの要求が高いサービス',
      en: 'Services with high requirements for all of confidentiality, integrity and availability',
    },
    confidentiality: 'high',
    integrity: 'high',
    availability: 'high',
    implies: implications('high', 'high'),
    examples: [
      {ja: '受発注', en: 'Ordering (placing and receiving orders)'},
      {ja: '人事給与・勤怠管理・経理', en: 'Personnel and payroll, attendance management, accounting'},
      {ja: 'ERP(財務会計等)', en: 'ERP (financial accounting, etc.)'},
      {
        ja: '文書管理(個人情報・営業秘密情報含む)',
        en: 'Document management (including personal information and trade secrets)',
      },
      {ja: 'ECサポート(電子商取引のアウトソーシング)', en: 'E-commerce support (outsourcing of electronic commerce)'},
      {ja: 'ネットショッピング支援(仮想店舗貸しサービス)', en: 'Online shopping support (virtual storefront rental)'},
      {ja: 'コールセンター支援', en: 'Call centre support'},
      {
        ja: '金融業特化型ASP(地銀・信金共同アウトソーシング)',
        en: 'ASP specialised for finance (shared outsourcing for regional banks and shinkin banks)',
      },
      {
        ja: '医療・介護・福祉業特化型ASP(電子カルテ、レセプト)',
        en: 'ASP specialised for medical care, nursing care and welfare (electronic medical records, medical fee claims)',
      },
      {ja: '電子入札', en: 'Electronic bidding'},
      {ja: '公共住民情報', en: 'Public resident information'},
      {ja: '決済サービス', en: 'Payment services'},
      {ja: '不正アクセス監視', en: 'Unauthorised access monitoring'},
    ],
  },
  {
    id: 'securityPattern.2',
    no: 2,
    name: {
      ja: '機密性・完全性への要求は高いが、可用性への要求はそれほど高くないサービス',
      en: 'Services with high requirements for confidentiality and integrity but a not-so-high availability requirement',
    },
    confidentiality: 'high',
    integrity: 'high',
    availability: 'medium',
    implies: implications('high', 'medium'),
    examples: [
      {ja: '販売管理・売掛金管理', en: 'Sales management and accounts receivable management'},
      {ja: '公共窓口業務', en: 'Public counter services'},
      {ja: '在庫管理', en: 'Inventory management'},
      {ja: '建設業特化型ASP', en: 'ASP specialised for construction'},
      {ja: '卸売・小売・飲食業特化型ASP', en: 'ASP specialised for wholesale, retail and food service'},
      {ja: '保険業特化型ASP(生命保険見積)', en: 'ASP specialised for insurance (life insurance quotations)'},
      {ja: '宿泊業特化型ASP', en: 'ASP specialised for accommodation'},
      {
        ja: '医療・介護・福祉特化型ASP(診療予約、介護業務支援)',
        en: 'ASP specialised for medical care, nursing care and welfare (appointment booking, support for nursing-care work)',
      },
      {ja: '公共電子申請', en: 'Public electronic applications'},
      {ja: '公共個別部門業務', en: 'Work of individual public departments'},
      {ja: 'グループウェア', en: 'Groupware'},
      {ja: 'アドレス帳サービス', en: 'Address book services'},
      {ja: '位置時間証明サービス', en: 'Location and time certification services'},
    ],
  },
  {
    id: 'securityPattern.3',
    no: 3,
    name: {
      ja: '機密性・完全性への要求は高いが、可用性への要求は低いサービス',
      en: 'Services with high requirements for confidentiality and integrity but a low availability requirement',
    },
    confidentiality: 'high',
    integrity: 'high',
    availability: 'low',
    implies: implications('high', 'low'),
    examples: [
      {ja: '購買支援', en: 'Purchasing support'},
      {ja: 'CRM・営業支援', en: 'CRM and sales support'},
      {ja: '販売支援', en: 'Sales support'},
      {ja: '契約', en: 'Contracts'},
      {ja: '採用管理', en: 'Recruitment management'},
      {ja: '資産管理', en: 'Asset management'},
      {ja: 'eラーニング・LMSに係る個人情報システム', en: 'Personal information systems for e-learning and LMS'},
      {ja: 'ネットショッピング(自らの売買支援)', en: 'Online shopping (support for the user’s own buying and selling)'},
      {ja: '金融業特化型ASP(信用情報提供)', en: 'ASP specialised for finance (provision of credit information)'},
      {
        ja: '保険業特化型ASP(自賠責保険見積)',
        en: 'ASP specialised for insurance (compulsory automobile liability insurance quotations)',
      },
      {ja: 'アフィリエイト', en: 'Affiliate programmes'},
      {ja: 'メール配信', en: 'Email distribution'},
    ],
  },
  {
    id: 'securityPattern.4',
    no: 4,
    name: {
      ja: '機密性への要求は低いが、完全性・可用性への要求が高いサービス',
      en: 'Services with a low confidentiality requirement but high requirements for integrity and availability',
    },
    confidentiality: 'low',
    integrity: 'high',
    availability: 'high',
    implies: implications('low', 'high'),
    examples: [{ja: 'ネットワーク監視', en: 'Network monitoring'}],
  },
  {
    id: 'securityPattern.5',
    no: 5,
    name: {
      ja: '機密性への要求は低いが、完全性への要求は高く、可用性への要求はそれほど高くないサービス',
      en: 'Services with a low confidentiality requirement, a high integrity requirement and a not-so-high availability requirement',
    },
    confidentiality: 'low',
    integrity: 'high',
    availability: 'medium',
    implies: implications('low', 'medium'),
    examples: [
      {
        ja: '文書管理(個人情報・営業秘密情報を含まず)',
        en: 'Document management (not including personal information or trade secrets)',
      },
      {
        ja: 'ECサポート(産地直送等、物流・決済を一括で提供)',
        en: 'E-commerce support (direct-from-producer sales and the like, providing logistics and payment together)',
      },
    ],
  },
  {
    id: 'securityPattern.6',
    no: 6,
    name: {
      ja: '完全性への要求は高いが、機密性・可用性への要求は低いサービス',
      en: 'Services with a high integrity requirement but low requirements for confidentiality and availability',
    },
    confidentiality: 'low',
    integrity: 'high',
    availability: 'low',
    implies: implications('low', 'low'),
    examples: [
      {ja: '広告', en: 'Advertising'},
      {ja: 'IT資産管理', en: 'IT asset management'},
      {ja: 'eラーニング・LMS', en: 'E-learning and LMS'},
      {ja: 'ニュースリリース業務', en: 'News release work'},
      {ja: '運輸業特化型ASP', en: 'ASP specialised for transport'},
      {
        ja: '医療・介護・福祉業特化型ASP(処方箋サービス)',
        en: 'ASP specialised for medical care, nursing care and welfare (prescription services)',
      },
      {ja: '電話会議/TV会議/Web会議', en: 'Telephone, video and web conferencing'},
      {ja: '乗り換え', en: 'Public transport route (transfer) search'},
      {ja: 'GIS(地図情報のみの取り扱い)', en: 'GIS (handling map information only)'},
      {ja: '不動産物件検索', en: 'Property search'},
      {ja: '検索サービス(一般向け)', en: 'Search services (for the general public)'},
    ],
  },
];

/** 図表24 ※: services for which no single pattern can be set. */
export const securityUnclassifiedServices: Text[] = [
  {ja: 'ブログ・コミュニティコーディネート', en: 'Blog and community coordination'},
  {ja: 'コンテンツデリバリー・ストリーミングサービス', en: 'Content delivery and streaming services'},
  {
    ja: 'GIS応用サービス(コンテンツ、アプリケーションを含むもの)',
    en: 'GIS application services (including content and applications)',
  },
  {ja: '映像監視', en: 'Video surveillance'},
  {ja: 'メディア・言語変換サービス', en: 'Media and language conversion services'},
  {ja: '検索サービス(個別用途)', en: 'Search services (for specific purposes)'},
  {ja: '認証サービス', en: 'Authentication services'},
];

/**
 * The pattern with the given requirement levels, or null when no pattern has
 * them (integrity is always high; confidentiality is never medium).
 */
export function findSecurityPattern(
  confidentiality: SecurityLevel,
  integrity: SecurityLevel,
  availability: SecurityLevel,
): SecurityPattern | null {
  return (
    securityPatterns.find(
      (p) => p.confidentiality === confidentiality && p.integrity === integrity && p.availability === availability,
    ) ?? null
  );
}
