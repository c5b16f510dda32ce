/**
 * 図表16 of the study group's report: the existing laws, standards and
 * guidelines related to information security, by field. The figure is a
 * diagram; the source text holds its words but not their places, so the
 * field and kind of each entry are the site's reading of it (said on the page).
 * Every Japanese text is the report's, apart from those listed in
 * `securityDeviations`.
 */
import type {Text} from '../types';

/** The figure's legend: 法令 / 基準・ガイドライン / 省庁発行ガイドライン. */
export type SecurityStandardKind = 'law' | 'standard' | 'ministry';

export interface SecurityStandard {
  id: string;
  name: Text;
  kind: SecurityStandardKind;
}

export interface SecurityStandardField {
  id: string;
  /** the figure's number for the field; the related laws carry none */
  no?: number;
  name: Text;
  standards: SecurityStandard[];
}

const law = (id: string, ja: string, en: string): SecurityStandard => ({
  id: `securityStandard.${id}`,
  name: {ja, en},
  kind: 'law',
});
const std = (id: string, ja: string, en: string): SecurityStandard => ({
  id: `securityStandard.${id}`,
  name: {ja, en},
  kind: 'standard',
});
const gov = (id: string, ja: string, en: string): SecurityStandard => ({
  id: `securityStandard.${id}`,
  name: {ja, en},
  kind: 'ministry',
});

export const securityStandardFields: SecurityStandardField[] = [
  {
    id: 'securityStandardField.security',
    no: 1,
    name: {ja: '情報セキュリティに関する分野', en: 'Information security'},
    standards: [
      std('iso27001', 'ISO/IEC 27001:2005', 'ISO/IEC 27001:2005'),
      std('iso27002', 'ISO/IEC 27002:2005', 'ISO/IEC 27002:2005'),
      std('nist', 'NIST', 'NIST'),
      std('micts', 'MICTS', 'MICTS'),
      std('fisc', 'FISC', 'FISC'),
    ],
  },
  {
    id: 'securityStandardField.privacy',
    no: 2,
    name: {ja: '個人情報保護に関する分野', en: 'Protection of personal information'},
    standards: [
      std('jisq15001', 'JIS Q15001:2006', 'JIS Q 15001:2006'),
      law('privacyAct', '個人情報保護法', 'Act on the Protection of Personal Information'),
      gov(
        'telecomPrivacy',
        '電気通信事業における個人情報保護に関するガイドライン（総務省）',
        'Guidelines on the Protection of Personal Information in Telecommunications Business (Ministry of Internal Affairs and Communications)',
      ),
    ],
  },
  {
    id: 'securityStandardField.internalControl',
    no: 3,
    name: {ja: '内部統制に関する分野', en: 'Internal control'},
    standards: [
      std('cobit', 'COBIT（IT Governance Institute）', 'COBIT (IT Governance Institute)'),
      std(
        'systrust',
        'SysTrust（米国公認会計士協会）',
        'SysTrust (American Institute of Certified Public Accountants)',
      ),
      std(
        'webtrust',
        'WebTrust（米国公認会計士協会）',
        'WebTrust (American Institute of Certified Public Accountants)',
      ),
      std('sas70', 'SAS70（米国公認会計士協会）', 'SAS 70 (American Institute of Certified Public Accountants)'),
      std(
        'jsoxStandard',
        'J-SOX（財務報告に係る内部統制の評価及び監査の基準）',
        'J-SOX (Standards for the evaluation and audit of internal control over financial reporting)',
      ),
      law('jsoxAct', 'J-SOX（金融商品取引法）', 'J-SOX (Financial Instruments and Exchange Act)'),
    ],
  },
  {
    id: 'securityStandardField.sla',
    no: 4,
    name: {ja: 'SLAに関する分野', en: 'SLAs'},
    standards: [
      std(
        'eGovSla',
        '電子自治体 基幹系SLA設定例（ASPIC Japan）',
        'Example SLA settings for the core systems of electronic local government (ASPIC Japan)',
      ),
      gov(
        'publicIt',
        '公共ITにおけるアウトソーシングに関するガイドライン（2003年 総務省）',
        'Guidelines on Outsourcing in Public IT (2003, Ministry of Internal Affairs and Communications)',
      ),
      gov(
        'procurementSla',
        '情報システムに係る政府調達へのSLA導入ガイドライン（2004年 経済産業省）',
        'Guidelines for introducing SLAs into government procurement of information systems (2004, Ministry of Economy, Trade and Industry)',
      ),
      std(
        'jeitaSla',
        '民間向けITシステムのSLAガイドライン 第3版（電子情報技術産業協会 JEITA）',
        'SLA guidelines for private-sector IT systems, 3rd edition (Japan Electronics and Information Technology Industries Association, JEITA)',
      ),
    ],
  },
  {
    id: 'securityStandardField.itService',
    no: 5,
    name: {ja: 'ITサービスに関する分野', en: 'IT services'},
    standards: [
      std('iso20000-1', 'ISO/IEC 20000-1:2005', 'ISO/IEC 20000-1:2005'),
      std('iso20000-2', 'ISO/IEC 20000-2:2005', 'ISO/IEC 20000-2:2005'),
      std('itil', 'ITIL', 'ITIL'),
      std('pd0005', 'PD0005', 'PD0005'),
      std('pd0015', 'PD0015', 'PD0015'),
    ],
  },
  {
    id: 'securityStandardField.continuity',
    no: 6,
    name: {ja: '事業継続に関する分野', en: 'Business continuity'},
    standards: [
      gov(
        'bcGuideline',
        '事業継続ガイドライン 第一版（内閣府防災担当）',
        'Business Continuity Guidelines, 1st edition (Cabinet Office, disaster management)',
      ),
      gov(
        'bcpGuideline',
        '事業継続計画策定ガイドライン（経済産業省）',
        'Guidelines for drawing up business continuity plans (Ministry of Economy, Trade and Industry)',
      ),
      gov(
        'smeBcp',
        '中小企業BCP策定運用指針（中小企業庁）',
        'SME BCP formulation and operation guidelines (Small and Medium Enterprise Agency)',
      ),
      std(
        'fiscContingency',
        '金融機関等におけるコンティンジェンシープラン策定のための手引書（FISC）',
        'Handbook for drawing up contingency plans at financial institutions, etc. (FISC)',
      ),
      std('bs25999', 'BS 25999', 'BS 25999'),
    ],
  },
  {
    id: 'securityStandardField.reliability',
    no: 7,
    name: {ja: '信頼性に関する分野', en: 'Reliability'},
    standards: [
      gov(
        'networkReliability',
        '情報通信ネットワーク安全・信頼性基準（昭和62年郵政省告示第73号）',
        'Safety and Reliability Standards for Information and Communications Networks (Ministry of Posts and Telecommunications Notification No. 73 of 1987)',
      ),
    ],
  },
  {
    id: 'securityStandardField.relatedLaws',
    name: {ja: 'その他関連法令', en: 'Other related laws'},
    standards: [
      law('providerLiability', 'プロバイダ責任制限法', 'Provider Liability Limitation Act'),
      law('unfairCompetition', '不正競争防止法', 'Unfair Competition Prevention Act'),
      law('telecomBusiness', '電気通信事業法', 'Telecommunications Business Act'),
      law('unauthorisedAccess', '不正アクセス禁止法', 'Act on the Prohibition of Unauthorised Computer Access'),
    ],
  },
];

/** The figure's legend. */
export const securityStandardKindLabels: Record<SecurityStandardKind, Text> = {
  law: {ja: '法令', en: 'Law'},
  standard: {ja: '基準・ガイドライン', en: 'Standard or guideline'},
  ministry: {ja: '省庁発行ガイドライン', en: 'Guideline issued by a ministry or agency'},
};

/** The note under 図表16. */
export const securityStandardsNote: Text = {
  ja: 'BS7799 Part1及び Part 2は、それぞれ、ISO化されたため、今後Part1をISO/IEC27002、Part2をISO/IEC27001として取り扱うこととする。',
  en: 'As BS 7799 Part 1 and Part 2 have each become ISO standards, Part 1 is treated from now on as ISO/IEC 27002 and Part 2 as ISO/IEC 27001.',
};

export const securityStandardsLabels = {
  caption: {
    ja: '情報セキュリティに関係のある既存の法令・基準・ガイドライン等',
    en: 'Existing laws, standards, guidelines, etc. related to information security',
  },
  field: {ja: '分野', en: 'Field'},
  standards: {ja: '法令・基準・ガイドライン等', en: 'Laws, standards, guidelines, etc.'},
  kind: {ja: '種別', en: 'Kind'},
} satisfies Record<string, Text>;
