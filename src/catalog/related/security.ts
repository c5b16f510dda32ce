/**
 * The information security guideline for ASP・SaaS (ASP・SaaSにおける情報セキュリティ
 * 対策ガイドライン), as the report of the study group that built it describes it:
 * why it was made, how services fall into six patterns by their requirements
 * for confidentiality, integrity and availability, the components and
 * information assets, threats and measures, and how the guideline is used.
 *
 * Every Japanese text is the report's wording, apart from those listed in
 * `securityDeviations` (the test checks this against the source). The numbers
 * in comments (図表N) are the report's own figure numbers, not the partnership
 * guide's.
 */
import type {Text} from '../types';
import type {SecurityPatternNo} from './securityPatterns';

export * from './securityPatterns';

// ---------------------------------------------------------------------------
// Reference values per pattern (図表38; the marks of 3.2.3【7】)

export interface SecurityReferenceValue {
  pattern: SecurityPatternNo;
  value: Text;
  /** marked ＊: a value that particularly needs to be achieved */
  required: boolean;
}

export interface SecurityReferenceValueExample {
  id: string;
  /** 【対策項目】 */
  measure: Text;
  /** 【評価項目】 */
  evaluationItem: Text;
  values: SecurityReferenceValue[];
}

const within24h: Text = {ja: 'ベンダリリースから24時間以内', en: 'Within 24 hours of the vendor’s release'};
const within3d: Text = {ja: 'ベンダリリースから3日以内', en: 'Within 3 days of the vendor’s release'};

export const securityReferenceValueExamples: SecurityReferenceValueExample[] = [
  {
    id: 'securityReferenceValue.patch',
    measure: {
      ja: 'サービス提供に利用するサーバ、プラットフォーム、情報セキュリティ対策機器、通信機器についての技術的ぜい弱性（OS、ミドルウェア、情報セキュリティ対策機器のパッチ等）に関する情報を随時及び定期的に収集し、パッチによる更新を行うこと。',
      en: 'Collect, as needed and regularly, information on technical vulnerabilities (patches for the OS, middleware and information security equipment, etc.) of the servers, platforms, information security equipment and communication equipment used to provide the service, and update them with patches.',
    },
    evaluationItem: {
      ja: 'OS、ミドルウェア、セキュリティ対策機器に対するパッチ更新作業の着手までの時間',
      en: 'Time until patching work starts on the OS, middleware and security equipment',
    },
    values: [
      {pattern: 1, value: within24h, required: true},
      {pattern: 2, value: within24h, required: true},
      {pattern: 3, value: within24h, required: true},
      {pattern: 4, value: within3d, required: true},
      {pattern: 5, value: within3d, required: true},
      {pattern: 6, value: within3d, required: true},
    ],
  },
];

/** What the marks in the reference values mean (3.2.3【7】). */
export const securityReferenceValueMarks: {id: string; mark: string; meaning: Text}[] = [
  {
    id: 'securityReferenceMark.required',
    mark: '*',
    meaning: {
      ja: 'ASP・SaaSサービスの情報セキュリティ対策を確保する上で、特に達成することが必要と考えられる値については、「＊印」を付した上で、「以上」・「以下」・「以内」等、範囲を限定している。',
      en: 'Values considered particularly necessary to achieve in order to secure the information security of an ASP/SaaS service carry an asterisk, and their range is limited with “or more”, “or less”, “within” and the like.',
    },
  },
  {
    id: 'securityReferenceMark.free',
    mark: '-',
    meaning: {
      ja: 'ASP・SaaS事業者が対策参照値を任意で設定可能な場合については、「-」で示している。',
      en: 'Where the ASP/SaaS provider may set the reference value as it chooses, this is shown with “-”.',
    },
  },
];

// ---------------------------------------------------------------------------
// Stakeholders (図表20)

export interface SecurityStakeholderGroup {
  /** 組織等 (absent where the report gives －) */
  organisation?: Text;
  /** 要員 */
  members: Text[];
}

export interface SecurityStakeholder {
  id: string;
  name: Text;
  groups: SecurityStakeholderGroup[];
}

export const securityStakeholders: SecurityStakeholder[] = [
  {
    id: 'securityStakeholder.user',
    name: {ja: 'サービス利用者', en: 'Service users'},
    groups: [
      {
        organisation: {ja: 'サービス利用企業', en: 'Companies using the service'},
        members: [
          {ja: 'サービス利用組織', en: 'Organisations using the service'},
          {ja: '利用者の管理連絡窓口', en: 'The user’s management contact point'},
        ],
      },
    ],
  },
  {
    id: 'securityStakeholder.provider',
    name: {ja: 'ASP・SaaS事業者', en: 'ASP/SaaS provider'},
    groups: [
      {organisation: {ja: '経営陣', en: 'Management'}, members: [{ja: '経営者等', en: 'Executives and the like'}]},
      {
        organisation: {ja: '内部組織', en: 'Internal organisation'},
        members: [
          {ja: '管理責任者、その他の管理者', en: 'Managers in charge and other managers'},
          {ja: 'それ以外の従業員', en: 'Other employees'},
        ],
      },
      {
        organisation: {ja: 'ユーザーサポート組織', en: 'User support organisation'},
        members: [{ja: 'オペレータ、サポート技術者', en: 'Operators and support engineers'}],
      },
      {
        organisation: {ja: 'その他', en: 'Others'},
        members: [
          {
            ja: '雇用予定者、雇用変更者、雇用終了者',
            en: 'People about to be employed, people whose employment changes, people whose employment ends',
          },
        ],
      },
    ],
  },
  {
    id: 'securityStakeholder.partner',
    name: {ja: '連携ASP・SaaS事業者', en: 'Partnered ASP/SaaS providers'},
    groups: [{members: []}],
  },
  {
    id: 'securityStakeholder.external',
    name: {ja: 'その他の外部組織', en: 'Other external organisations'},
    groups: [{members: []}],
  },
];

// ---------------------------------------------------------------------------
// The guideline's parts and chapters (3.3.3, 図表39–41; the outline of the
// organisational measures from 3.2.2【3】(a)–(h), in the same order as Ⅱ．１–Ⅱ．８)

export interface SecurityGuidelineSection {
  ref: Text;
  title: Text;
}

export interface SecurityGuidelineChapter {
  id: string;
  ref: Text;
  title: Text;
  sections: SecurityGuidelineSection[];
  /** 3.2.2【3】: what the chapter requires (organisational part only) */
  outline?: Text;
}

export type SecurityGuidelinePartId = 'introduction' | 'organisational' | 'technical';

export interface SecurityGuidelinePart {
  id: SecurityGuidelinePartId;
  name: Text;
  content: Text;
  readers: Text;
  chapters: SecurityGuidelineChapter[];
}

function section(ja: string, en: string, title: Text): SecurityGuidelineSection {
  return {ref: {ja, en}, title};
}

export const securityGuidelineParts: SecurityGuidelinePart[] = [
  {
    id: 'introduction',
    name: {ja: '序編', en: 'Introduction'},
    content: {
      ja: 'このガイドラインの目的、対象とする範囲、利用方法・注意事項及び用語の定義等',
      en: 'The purpose and scope of the guideline, how to use it and points to note, definitions of terms and the like',
    },
    readers: {ja: 'すべての読者', en: 'All readers'},
    chapters: [],
  },
  {
    id: 'organisational',
    name: {ja: '組織・運用編', en: 'Organisational and Operational Measures'},
    content: {
      ja: '情報セキュリティを確保するために求められる運用管理体制、外部組織との契約における留意事項及び利用者に対する責任等、組織・運用に係る情報セキュリティ対策',
      en: 'Organisational and operational information security measures: the management system needed to ensure information security, points to note in contracts with external organisations, responsibilities towards users and the like',
    },
    readers: {ja: '経営者等の組織管理者', en: 'Executives and other managers of the organisation'},
    chapters: [
      {
        id: 'securityChapter.II-1',
        ref: {ja: 'Ⅱ．１', en: 'II.1'},
        title: {
          ja: '情報セキュリティへの組織的取組の基本方針',
          en: 'Basic policy for the organisation’s approach to information security',
        },
        sections: [
          section('Ⅱ．１．１', 'II.1.1', {
            ja: '組織の基本的な方針を定めた文書',
            en: 'Document setting out the organisation’s basic policy',
          }),
        ],
        outline: {
          ja: 'ASP・SaaS事業者が組織全体として情報セキュリティに取組むにあたっての基本方針の作成や経営陣の役割について要求している。',
          en: 'Requires a basic policy for the ASP/SaaS provider’s approach to information security as a whole organisation, and sets out the role of management.',
        },
      },
      {
        id: 'securityChapter.II-2',
        ref: {ja: 'Ⅱ．２', en: 'II.2'},
        title: {ja: '情報セキュリティのための組織', en: 'Organisation for information security'},
        sections: [
          section('Ⅱ．２．１', 'II.2.1', {ja: '内部組織', en: 'Internal organisation'}),
          section('Ⅱ．２．２', 'II.2.2', {
            ja: '外部組織（データセンタを含む）',
            en: 'External organisations (including data centres)',
          }),
        ],
        outline: {
          ja: 'ASP・SaaS事業者の内部組織及び外部組織（サービス利用企業を除く外部のステークホルダ）に対して行うべき規程、マニュアル、契約等に関する基本的要求事項を大枠でまとめている。',
          en: 'Sets out, in broad terms, the basic requirements on rules, manuals, contracts and the like for the ASP/SaaS provider’s internal organisation and external organisations (external stakeholders other than the companies using the service).',
        },
      },
      {
        id: 'securityChapter.II-3',
        ref: {ja: 'Ⅱ．３', en: 'II.3'},
        title: {ja: '連携ASP・SaaS事業者に関する管理', en: 'Management concerning partnered ASP/SaaS providers'},
        sections: [
          section('Ⅱ．３．１', 'II.3.1', {
            ja: '連携ASP・SaaS事業者から組みこむASP・SaaSサービスの管理',
            en: 'Management of ASP/SaaS services incorporated from partnered ASP/SaaS providers',
          }),
        ],
        outline: {
          ja: 'ASP・SaaSサービスのステークホルダとして特徴的な連携ASP・SaaS事業者に対する要求事項をまとめている。',
          en: 'Sets out the requirements for partnered ASP/SaaS providers, a stakeholder characteristic of ASP/SaaS services.',
        },
      },
      {
        id: 'securityChapter.II-4',
        ref: {ja: 'Ⅱ．４', en: 'II.4'},
        title: {ja: '情報資産の管理', en: 'Management of information assets'},
        sections: [
          section('Ⅱ．４．１', 'II.4.1', {ja: '情報資産に対する責任', en: 'Responsibility for information assets'}),
          section('Ⅱ．４．２', 'II.4.2', {ja: '情報の分類', en: 'Classification of information'}),
          section('Ⅱ．４．３', 'II.4.3', {
            ja: 'セキュリティ方針及び要求事項の順守、点検及び監査',
            en: 'Compliance with security policies and requirements, inspection and audit',
          }),
        ],
        outline: {
          ja: 'ASP・SaaS事業者の内部組織及び外部組織（サービス利用企業を除く外部のステークホルダ）に対して、情報資産の管理に特化して適用すべき要求事項を取りまとめている。',
          en: 'Sets out the requirements, specific to the management of information assets, to apply to the ASP/SaaS provider’s internal organisation and external organisations (external stakeholders other than the companies using the service).',
        },
      },
      {
        id: 'securityChapter.II-5',
        ref: {ja: 'Ⅱ．５', en: 'II.5'},
        title: {ja: '従業員に係る情報セキュリティ', en: 'Information security concerning employees'},
        sections: [
          section('Ⅱ．５．１', 'II.5.1', {ja: '雇用前', en: 'Before employment'}),
          section('Ⅱ．５．２', 'II.5.2', {ja: '雇用期間中', en: 'During employment'}),
          section('Ⅱ．５．３', 'II.5.3', {ja: '雇用の終了又は変更', en: 'Termination or change of employment'}),
        ],
        outline: {
          ja: 'ASP・SaaS事業者の従業員との契約等に特化して適用すべき要求事項を取りまとめている。',
          en: 'Sets out the requirements to apply specifically to contracts and the like with the ASP/SaaS provider’s employees.',
        },
      },
      {
        id: 'securityChapter.II-6',
        ref: {ja: 'Ⅱ．６', en: 'II.6'},
        title: {ja: '情報セキュリティインシデントの管理', en: 'Management of information security incidents'},
        sections: [
          section('Ⅱ．６．１', 'II.6.1', {
            ja: '情報セキュリティインシデント及びぜい弱性の報告',
            en: 'Reporting information security incidents and vulnerabilities',
          }),
        ],
        outline: {
          ja: 'ASP・SaaS事業者の従業員の情報セキュリティインシデント対応に特化して適用すべき要求事項を取りまとめている。',
          en: 'Sets out the requirements to apply specifically to how the ASP/SaaS provider’s employees respond to information security incidents.',
        },
      },
      {
        id: 'securityChapter.II-7',
        ref: {ja: 'Ⅱ．７', en: 'II.7'},
        title: {ja: 'コンプライアンス', en: 'Compliance'},
        sections: [
          section('Ⅱ．７．１', 'II.7.1', {ja: '法令と規則の遵守', en: 'Compliance with laws and regulations'}),
        ],
        outline: {
          ja: 'ASP・SaaS事業者の従業員に対して、法令や規則を遵守することを要求している。',
          en: 'Requires the ASP/SaaS provider’s employees to comply with laws and regulations.',
        },
      },
      {
        id: 'securityChapter.II-8',
        ref: {ja: 'Ⅱ．８', en: 'II.8'},
        title: {ja: 'サービスサポートの責任', en: 'Responsibility for service support'},
        sections: [section('Ⅱ．８．１', 'II.8.1', {ja: '利用者への責任', en: 'Responsibility towards users'})],
        outline: {
          ja: '連携ASP・SaaS事業者との事業連携の中で、ASP・SaaS事業者のサービスサポート組織が果たすべき役割について要求している。',
          en: 'Sets out the role the ASP/SaaS provider’s service support organisation must play in a business partnership with partnered ASP/SaaS providers.',
        },
      },
    ],
  },
  {
    id: 'technical',
    name: {ja: '物理的・技術的対策編', en: 'Physical and Technical Measures'},
    content: {
      ja: 'ASP・SaaSサービスの典型的な要素(アプリケーション、プラットフォーム、ハードウェア、ネットワーク及び建物・電源(空調等)等)における情報資産に対する情報セキュリティ対策',
      en: 'Information security measures for the information assets in the typical elements of an ASP/SaaS service (applications, platforms, hardware, networks, buildings and power (air conditioning, etc.) and so on)',
    },
    readers: {
      ja: '実際にASP・SaaSサービスを運用する現場の技術者等',
      en: 'Engineers and others who actually operate ASP/SaaS services on site',
    },
    chapters: [
      {
        id: 'securityChapter.III-1',
        ref: {ja: 'Ⅲ．１', en: 'III.1'},
        title: {
          ja: 'アプリケーション、プラットフォーム、ハードウェア、ネットワークに共通する情報セキュリティ対策',
          en: 'Information security measures common to applications, platforms, hardware and networks',
        },
        sections: [
          section('Ⅲ．１．１', 'III.1.1', {
            ja: '運用管理に関する共通対策',
            en: 'Common measures for operation and management',
          }),
        ],
      },
      {
        id: 'securityChapter.III-2',
        ref: {ja: 'Ⅲ．２', en: 'III.2'},
        title: {
          ja: 'アプリケーション、プラットフォーム、ハードウェア、サービスデータ',
          en: 'Applications, platforms, hardware, service data',
        },
        sections: [
          section('Ⅲ．２．１', 'III.2.1', {
            ja: 'アプリケーション、プラットフォーム、ハードウェアの運用・管理',
            en: 'Operation and management of applications, platforms and hardware',
          }),
          section('Ⅲ．２．２', 'III.2.2', {
            ja: 'アプリケーション、プラットフォーム、ハードウェアのセキュリティ対策',
            en: 'Security measures for applications, platforms and hardware',
          }),
          section('Ⅲ．２．３', 'III.2.3', {ja: 'サービスデータの保護', en: 'Protection of service data'}),
        ],
      },
      {
        id: 'securityChapter.III-3',
        ref: {ja: 'Ⅲ．３', en: 'III.3'},
        title: {ja: 'ネットワーク', en: 'Networks'},
        sections: [
          section('Ⅲ．３．１', 'III.3.1', {
            ja: '外部ネットワーク(利用者、管理者、連携ASP・SaaS事業者)からの不正アクセス防止',
            en: 'Preventing unauthorised access from external networks (users, administrators, partnered ASP/SaaS providers)',
          }),
          section('Ⅲ．３．２', 'III.3.2', {
            ja: '外部ネットワーク(利用者、管理者、連携ASP・SaaS事業者との接続)におけるセキュリティ対策',
            en: 'Security measures on external networks (connections with users, administrators and partnered ASP/SaaS providers)',
          }),
        ],
      },
      {
        id: 'securityChapter.III-4',
        ref: {ja: 'Ⅲ．４', en: 'III.4'},
        title: {ja: '建物、電源(空調等)', en: 'Buildings, power (air conditioning, etc.)'},
        sections: [
          section('Ⅲ．４．１', 'III.4.1', {ja: '建物の災害対策', en: 'Disaster measures for buildings'}),
          section('Ⅲ．４．２', 'III.4.2', {
            ja: '電源・空調の維持と災害対策',
            en: 'Maintaining power and air conditioning, and disaster measures',
          }),
          section('Ⅲ．４．３', 'III.4.3', {
            ja: '火災、落雷、静電気からサービス提供用機器を防護するための対策',
            en: 'Measures to protect the equipment that provides the service from fire, lightning and static electricity',
          }),
          section('Ⅲ．４．４', 'III.4.4', {ja: '建物のセキュリティ対策', en: 'Security measures for buildings'}),
        ],
      },
      {
        id: 'securityChapter.III-5',
        ref: {ja: 'Ⅲ．５', en: 'III.5'},
        title: {ja: 'その他', en: 'Others'},
        sections: [
          section('Ⅲ．５．１', 'III.5.1', {
            ja: '機密性・完全性を保持するための対策',
            en: 'Measures to preserve confidentiality and integrity',
          }),
          section('Ⅲ．５．２', 'III.5.2', {
            ja: '事業者の運用管理端末のセキュリティ',
            en: 'Security of the provider’s operation and management terminals',
          }),
          section('Ⅲ．５．３', 'III.5.3', {ja: '媒体の保管と廃棄', en: 'Storage and disposal of media'}),
        ],
      },
    ],
  },
];

// ---------------------------------------------------------------------------
// Best practice examples (図表21, 図表36)

export type SecurityMeasureClass = 'basic' | 'recommended';

export const securityMeasureClassLabels: Record<SecurityMeasureClass, Text> = {
  basic: {ja: '基本', en: 'Basic'},
  recommended: {ja: '推奨', en: 'Recommended'},
};

export interface SecurityBestPracticeExample {
  id: string;
  /** the chapter and section the measure sits in */
  path: Text[];
  ref: Text;
  measureClass: SecurityMeasureClass;
  measure: Text;
  practices: Text[];
}

export const securityBestPracticeExamples: SecurityBestPracticeExample[] = [
  {
    id: 'securityBestPractice.II-3-1-1',
    path: [
      {ja: 'Ⅱ．３ 連携ASP・SaaS事業者に関する管理', en: 'II.3 Management concerning partnered ASP/SaaS providers'},
      {
        ja: 'Ⅱ．３．１ 連携ASP・SaaS事業者から組みこむASP・SaaSサービスの管理',
        en: 'II.3.1 Management of ASP/SaaS services incorporated from partnered ASP/SaaS providers',
      },
    ],
    ref: {ja: 'Ⅱ．３．１．１', en: 'II.3.1.1'},
    measureClass: 'basic',
    measure: {
      ja: '連携ASP・SaaS事業者が提供するサービスに関する事業者間の合意に含まれるセキュリティ管理策、サービスの定義、及び提供サービスレベルが、連携ASP・SaaS事業者によって実施、運用及び維持されることを確実にすること。',
      en: 'Ensure that the security controls, the definition of the service and the service levels to be provided that are included in the agreement between the providers on the service provided by the partnered ASP/SaaS provider are implemented, operated and maintained by the partnered ASP/SaaS provider.',
    },
    practices: [
      {
        ja: '連携ASP・SaaS事業者からASP・SaaSサービスの提供を受ける場合には、情報セキュリティの取決めについて連携ASP・SaaS事業者が確実に実施するように、契約やサービスレベルアグリーメントで要求することが望ましい。',
        en: 'When receiving an ASP/SaaS service from a partnered ASP/SaaS provider, it is desirable to require, in the contract or the service level agreement, that the partnered provider reliably carries out what was agreed on information security.',
      },
      {
        ja: '連携ASP・SaaS事業者が提供するサービスの内容が同意なしに変更されたり、サービスレベルが要求を満たさないことが無いように、契約やサービスレベルアグリーメントで要求することが望ましい。',
        en: 'It is desirable to require, in the contract or the service level agreement, that the content of the service provided by the partnered ASP/SaaS provider is not changed without consent and that the service level does not fall short of what is required.',
      },
    ],
  },
  {
    id: 'securityBestPractice.III-2-3-1',
    path: [{ja: 'Ⅲ．２．３ サービスデータの保護', en: 'III.2.3 Protection of service data'}],
    ref: {ja: 'Ⅲ．２．３．１', en: 'III.2.3.1'},
    measureClass: 'basic',
    measure: {
      ja: 'ユーザのサービス情報、アプリケーション・サーバ等の管理情報やシステム構成情報の定期的なバックアップを実施すること。',
      en: 'Back up regularly the users’ service information, the management information of applications, servers and the like, and the system configuration information.',
    },
    practices: [
      {
        ja: '業務要件、セキュリティ要件等を考慮して、バックアップ方法（フルバックアップ、差分バックアップ等）、バックアップ対象（ユーザデータ、システム情報等）、バックアップの世代管理方法、バックアップの実施インターバル、バックアップのリストア方法等を明確にすることが望ましい。',
        en: 'Taking business and security requirements into account, it is desirable to make clear the backup method (full backup, differential backup, etc.), what is backed up (user data, system information, etc.), how backup generations are managed, the interval between backups, how backups are restored, and so on.',
      },
    ],
  },
];

// ---------------------------------------------------------------------------
// Typical components and information assets (図表30, 図表31)

export interface SecurityComponent {
  name: Text;
  /** the information passing through the component that 図表31 adds to it (underlined there) */
  information?: Text;
}

export interface SecurityComponentGroup {
  id: string;
  /** 1.–4. of 図表30 */
  no: 1 | 2 | 3 | 4;
  category: Text;
  /** 【アプリケーション部分】 etc., within category 1 */
  part?: Text;
  /** （例） given for the platform */
  examples?: Text;
  components: SecurityComponent[];
  /** information assets that are information only, not tied to one component */
  information?: Text[];
}

const category1: Text = {
  ja: 'アプリケーション、プラットフォーム、ストレージ等',
  en: 'Applications, platforms, storage, etc.',
};
const logsOfUseAndManagement = (ja: string, en: string): Text => ({
  ja: `${ja}ログ（利用、管理）`,
  en: `${en} logs (use, management)`,
});
const managementLog: Text = {ja: '管理ログ', en: 'Management logs'};

export const securityComponentGroups: SecurityComponentGroup[] = [
  {
    id: 'securityComponents.application',
    no: 1,
    category: category1,
    part: {ja: 'アプリケーション部分', en: 'Application part'},
    components: [
      {
        name: {ja: 'ASP・SaaSアプリケーション', en: 'ASP/SaaS applications'},
        information: logsOfUseAndManagement('アプリケーション', 'Application'),
      },
    ],
    information: [
      {ja: 'サービスデータ（利用者情報）', en: 'Service data (user information)'},
      {ja: 'サービスデータ（管理者情報）', en: 'Service data (administrator information)'},
    ],
  },
  {
    id: 'securityComponents.platform',
    no: 1,
    category: category1,
    part: {ja: 'プラットフォーム', en: 'Platform'},
    examples: {
      ja: '決済、認証、検索、位置時間証明等',
      en: 'payment, authentication, search, location and time certification, etc.',
    },
    components: [
      {
        name: {ja: 'ASP・SaaS事業者が利用するプラットフォーム', en: 'Platforms the ASP/SaaS provider uses'},
        information: logsOfUseAndManagement('', 'Platform'),
      },
    ],
  },
  {
    id: 'securityComponents.hardware',
    no: 1,
    category: category1,
    part: {ja: 'サーバ、ストレージ等のハード部分', en: 'Hardware part: servers, storage, etc.'},
    components: [
      {
        name: {
          ja: 'サーバ群（付随するOS等の基盤ソフトを含む）',
          en: 'Servers (including the OS and other base software that comes with them)',
        },
        information: logsOfUseAndManagement('サーバ', 'Server'),
      },
      {
        name: {
          ja: 'データベース（付随するOS等の基盤ソフトを含む）',
          en: 'Databases (including the OS and other base software that comes with them)',
        },
        information: logsOfUseAndManagement('データベース', 'Database'),
      },
      {name: {ja: 'ストレージ', en: 'Storage'}, information: managementLog},
      {name: {ja: '通信機器', en: 'Communication equipment'}, information: managementLog},
      {name: {ja: '情報セキュリティ対策機器', en: 'Information security equipment'}, information: managementLog},
    ],
  },
  {
    id: 'securityComponents.network',
    no: 2,
    category: {ja: 'ネットワーク', en: 'Network'},
    components: [{name: {ja: '外部ネットワーク', en: 'External networks'}}],
  },
  {
    id: 'securityComponents.building',
    no: 3,
    category: {ja: '建物、電源(空調等)', en: 'Buildings, power (air conditioning, etc.)'},
    components: [
      {name: {ja: '建物', en: 'Buildings'}},
      {
        name: {
          ja: 'サーバルーム（サーバ群、データベース等を格納している部屋）',
          en: 'Server rooms (rooms housing the servers, databases, etc.)',
        },
      },
      {name: {ja: '物理的セキュリティ境界', en: 'Physical security perimeters'}},
      {name: {ja: '電源', en: 'Power'}},
      {name: {ja: '空調', en: 'Air conditioning'}},
    ],
  },
  {
    id: 'securityComponents.other',
    no: 4,
    category: {ja: 'その他', en: 'Others'},
    components: [
      {name: {ja: '運用管理端末', en: 'Operation and management terminals'}},
      {
        name: {
          ja: '保管媒体（紙、磁気メディア、光メディア等）',
          en: 'Storage media (paper, magnetic media, optical media, etc.)',
        },
      },
    ],
  },
];

/** 図表29: who typically takes care of each part of a service. */
export interface SecurityComponentRole {
  id: string;
  task: Text;
  parties: Text[];
}

const party = {
  provider: {ja: 'ASP・SaaS事業者', en: 'ASP/SaaS provider'},
  dataCentre: {ja: 'データセンタ事業者', en: 'Data centre operator'},
  carrier: {ja: 'キャリア', en: 'Carrier'},
  vendorHard: {ja: 'ベンダー（ハード）', en: 'Vendor (hardware)'},
  vendorBoth: {ja: 'ベンダー（ハード、ソフト）', en: 'Vendor (hardware, software)'},
  securityFirm: {ja: 'セキュリティ事業者', en: 'Security company'},
} satisfies Record<string, Text>;

export const securityComponentRoles: SecurityComponentRole[] = [
  {
    id: 'securityRole.facilities',
    task: {
      ja: '設備管理（電源供給（発電機、UPS、バッテリ）、消火設備、耐震設備、入退室管理、空調設備 等）',
      en: 'Facility management (power supply (generators, UPS, batteries), fire extinguishing equipment, earthquake-resistant equipment, entry and exit control, air conditioning, etc.)',
    },
    parties: [party.dataCentre, party.provider],
  },
  {
    id: 'securityRole.accessLine',
    task: {
      ja: 'アクセス回線（回線品質、帯域、障害対応 等）',
      en: 'Access lines (line quality, bandwidth, handling of failures, etc.)',
    },
    parties: [party.carrier, party.dataCentre],
  },
  {
    id: 'securityRole.leasedLine',
    task: {ja: '専用線/VPN回線提供', en: 'Provision of leased lines and VPN lines'},
    parties: [party.carrier],
  },
  {
    id: 'securityRole.mobileLine',
    task: {ja: 'VPN/モバイル回線提供', en: 'Provision of VPN and mobile lines'},
    parties: [party.carrier],
  },
  {
    id: 'securityRole.maintenance',
    task: {
      ja: 'サーバ/ストレージ（データバックアップ）/ネットワーク機器等の保守・メンテナンス',
      en: 'Upkeep and maintenance of servers, storage (data backup), network equipment, etc.',
    },
    parties: [party.vendorHard, party.dataCentre, party.carrier, party.provider],
  },
  {
    id: 'securityRole.operation',
    task: {
      ja: 'システム/アプリケーション/認証・課金機能/プラットフォーム機能/データベースの運用・管理',
      en: 'Operation and management of systems, applications, authentication and billing functions, platform functions and databases',
    },
    parties: [party.vendorBoth, party.carrier, party.provider],
  },
  {
    id: 'securityRole.monitoring',
    task: {
      ja: 'ネットワーク監視（FW/IDS運用、ログ管理、ウイルス対策、DoS対策 等）',
      en: 'Network monitoring (operating firewalls and IDS, log management, anti-virus, anti-DoS, etc.)',
    },
    parties: [party.vendorHard, party.securityFirm, party.dataCentre, party.carrier, party.provider],
  },
  {
    id: 'securityRole.userSupport',
    task: {ja: '障害ユーザ対応', en: 'Handling users during failures'},
    parties: [party.provider, party.dataCentre, party.vendorBoth],
  },
];

// ---------------------------------------------------------------------------
// Threats (図表33, 図表34)

export interface SecurityThreatRow {
  id: string;
  /** 脅威が対象とするもの (図表33) / 種別 (図表34) */
  origin: Text;
  /** 脅威の分類 / 分類 */
  category: Text;
  /** 脅威の詳細分類 (empty where the report gives －) */
  details: Text[];
}

const origin = {
  malice: {
    ja: '外部の第三者もしくは内部の人間の悪意に起因する脅威を対象とするもの',
    en: 'Threats arising from the malice of outside third parties or insiders',
  },
  negligence: {
    ja: '内部の人間の過失に起因する脅威を対象とするもの',
    en: 'Threats arising from the negligence of insiders',
  },
  nonHuman: {
    ja: '自然災害等、人的でない要因に起因する脅威を対象とするもの',
    en: 'Threats arising from non-human causes such as natural disasters',
  },
} satisfies Record<string, Text>;

const originShort = {
  malice: {
    ja: '外部もしくは内部の人間の悪意に起因する脅威',
    en: 'Threats arising from the malice of outsiders or insiders',
  },
  negligence: {ja: '内部の人間の過失に起因する脅威', en: 'Threats arising from the negligence of insiders'},
  nonHuman: {
    ja: '自然災害等、人的でない要因に起因する脅威',
    en: 'Threats arising from non-human causes such as natural disasters',
  },
} satisfies Record<string, Text>;

const loss = {
  c: {ja: '情報資産の機密性の損失', en: 'Loss of confidentiality of information assets'},
  i: {ja: '情報資産の完全性の損失', en: 'Loss of integrity of information assets'},
  a: {ja: '情報資産の可用性の損失', en: 'Loss of availability of information assets'},
  cShort: {ja: '機密性損失', en: 'Loss of confidentiality'},
  iShort: {ja: '完全性損失', en: 'Loss of integrity'},
  aShort: {ja: '可用性損失', en: 'Loss of availability'},
} satisfies Record<string, Text>;

const threat = {
  breach: {ja: '情報セキュリティ違反', en: 'Information security violations'},
  breachByEmployee: {ja: '従業員による情報セキュリティ違反', en: 'Information security violations by employees'},
  breachByIgnorance: {
    ja: '情報セキュリティ違反(理解不足に起因)',
    en: 'Information security violations (from lack of understanding)',
  },
  virus: {ja: 'ウイルス感染', en: 'Virus infection'},
  malware: {ja: '不正プログラム実行', en: 'Execution of malicious programs'},
  malwareDamage: {ja: '不正プログラムによる被害', en: 'Damage by malicious programs'},
  theft: {ja: '情報資産の盗難', en: 'Theft of information assets'},
  takeOut: {ja: '情報資産の持ち出し', en: 'Taking information assets out'},
  unauthorisedAccess: {ja: '不正アクセス', en: 'Unauthorised access'},
  intrusion: {ja: '許可されていない区域への侵入', en: 'Entry into unauthorised areas'},
  misuse: {ja: '情報処理施設や設備の悪用', en: 'Misuse of information processing facilities and equipment'},
  eavesdropping: {ja: '盗聴', en: 'Eavesdropping'},
  tampering: {ja: '情報資産の不正変更', en: 'Unauthorised alteration of information assets'},
  alteration: {ja: '情報資産の変更', en: 'Alteration of information assets'},
  destruction: {ja: '情報処理施設や設備の破壊', en: 'Destruction of information processing facilities and equipment'},
  accidentalDestruction: {
    ja: '事故による情報処理施設や設備の破壊',
    en: 'Accidental destruction of information processing facilities and equipment',
  },
  resourceWaste: {ja: 'システムリソースの浪費', en: 'Waste of system resources'},
  dos: {ja: 'サービス不能攻撃', en: 'Denial-of-service attacks'},
  staffAbsence: {ja: 'スタッフ不在', en: 'Absence of staff'},
  recoveryObstruction: {ja: '障害復旧の妨害', en: 'Obstruction of recovery from failures'},
  recoveryDelay: {ja: '障害復旧の遅れ', en: 'Delay in recovery from failures'},
  operatorError: {ja: '従業員の操作エラー', en: 'Operating errors by employees'},
  malfunction: {ja: 'システムの誤動作', en: 'System malfunctions'},
} satisfies Record<string, Text>;

/** 図表33 (an excerpt of MICTS's list). */
export const securityThreatTypes: SecurityThreatRow[] = [
  {
    id: 'securityThreatType.malice.c',
    origin: origin.malice,
    category: loss.c,
    details: [
      threat.breach,
      threat.virus,
      threat.malware,
      threat.theft,
      threat.takeOut,
      threat.unauthorisedAccess,
      threat.intrusion,
      threat.misuse,
      threat.eavesdropping,
    ],
  },
  {
    id: 'securityThreatType.malice.i',
    origin: origin.malice,
    category: loss.i,
    details: [
      threat.breachByEmployee,
      threat.virus,
      threat.malware,
      threat.theft,
      threat.tampering,
      threat.destruction,
    ],
  },
  {
    id: 'securityThreatType.malice.a',
    origin: origin.malice,
    category: loss.a,
    details: [
      threat.breachByEmployee,
      threat.virus,
      threat.malware,
      threat.theft,
      threat.destruction,
      threat.misuse,
      threat.resourceWaste,
      threat.dos,
      threat.staffAbsence,
      threat.recoveryObstruction,
    ],
  },
  {
    id: 'securityThreatType.negligence.c',
    origin: origin.negligence,
    category: loss.c,
    details: [
      threat.breachByIgnorance,
      threat.virus,
      threat.malwareDamage,
      threat.takeOut,
      threat.operatorError,
      threat.malfunction,
    ],
  },
  {
    id: 'securityThreatType.negligence.i',
    origin: origin.negligence,
    category: loss.i,
    details: [
      threat.breachByIgnorance,
      threat.virus,
      threat.malwareDamage,
      threat.takeOut,
      threat.alteration,
      threat.accidentalDestruction,
    ],
  },
  {
    id: 'securityThreatType.negligence.a',
    origin: origin.negligence,
    category: loss.a,
    details: [
      threat.breachByIgnorance,
      threat.virus,
      threat.malwareDamage,
      threat.takeOut,
      threat.accidentalDestruction,
      threat.malfunction,
      threat.resourceWaste,
      threat.staffAbsence,
      threat.recoveryDelay,
    ],
  },
  {
    id: 'securityThreatType.nonHuman.disaster',
    origin: origin.nonHuman,
    category: {ja: '災害', en: 'Disasters'},
    details: [
      {ja: '地震', en: 'Earthquakes'},
      {ja: '振動', en: 'Vibration'},
      {ja: '洪水', en: 'Floods'},
      {ja: '台風', en: 'Typhoons'},
      {ja: '落雷', en: 'Lightning'},
      {ja: '火災', en: 'Fire'},
      {ja: '煙', en: 'Smoke'},
    ],
  },
  {
    id: 'securityThreatType.nonHuman.infrastructure',
    origin: origin.nonHuman,
    category: {ja: 'インフラストラクチャーの障害', en: 'Infrastructure failures'},
    details: [
      {ja: '通信回線の不安定', en: 'Unstable communication lines'},
      {ja: '電話回線の不安定', en: 'Unstable telephone lines'},
      {ja: '電力の不安定', en: 'Unstable power'},
    ],
  },
  {
    id: 'securityThreatType.nonHuman.environment',
    origin: origin.nonHuman,
    category: {ja: '一般的な環境障害', en: 'General environmental hazards'},
    details: [
      {ja: '極端な温度及び湿気', en: 'Extreme temperature and humidity'},
      {ja: 'ほこり', en: 'Dust'},
      {ja: '電磁波放射', en: 'Electromagnetic radiation'},
    ],
  },
  {
    id: 'securityThreatType.nonHuman.degradation',
    origin: origin.nonHuman,
    category: {ja: '情報資産の劣化', en: 'Degradation of information assets'},
    details: [
      {ja: 'ハードウェアの劣化', en: 'Degradation of hardware'},
      {ja: 'ネットワーク機器の劣化', en: 'Degradation of network equipment'},
      {ja: '媒体の劣化', en: 'Degradation of media'},
      {ja: 'ドキュメントの劣化', en: 'Degradation of documents'},
    ],
  },
];

/** 図表34: the threats found for the information asset 「サービスデータ（利用者情報）」. */
export const securityServiceDataThreats: SecurityThreatRow[] = [
  {
    id: 'securityServiceDataThreat.malice.c',
    origin: originShort.malice,
    category: loss.cShort,
    details: [
      threat.breach,
      threat.malware,
      threat.theft,
      threat.takeOut,
      threat.unauthorisedAccess,
      threat.eavesdropping,
    ],
  },
  {
    id: 'securityServiceDataThreat.malice.i',
    origin: originShort.malice,
    category: loss.iShort,
    details: [threat.breachByEmployee, threat.malware, threat.tampering],
  },
  {
    id: 'securityServiceDataThreat.malice.a',
    origin: originShort.malice,
    category: loss.aShort,
    details: [threat.breachByEmployee, threat.malware],
  },
  {
    id: 'securityServiceDataThreat.negligence.c',
    origin: originShort.negligence,
    category: loss.cShort,
    details: [threat.breachByIgnorance, threat.malwareDamage, threat.takeOut, threat.operatorError],
  },
  {
    id: 'securityServiceDataThreat.negligence.i',
    origin: originShort.negligence,
    category: loss.iShort,
    details: [threat.breachByIgnorance, threat.malwareDamage, threat.alteration],
  },
  {
    id: 'securityServiceDataThreat.negligence.a',
    origin: originShort.negligence,
    category: loss.aShort,
    details: [threat.breachByIgnorance, threat.malwareDamage],
  },
  {
    id: 'securityServiceDataThreat.nonHuman.disaster',
    origin: originShort.nonHuman,
    category: {ja: '災害', en: 'Disasters'},
    details: [],
  },
  {
    id: 'securityServiceDataThreat.nonHuman.infrastructure',
    origin: originShort.nonHuman,
    category: {ja: 'インフラ障害', en: 'Infrastructure failures'},
    details: [],
  },
  {
    id: 'securityServiceDataThreat.nonHuman.environment',
    origin: originShort.nonHuman,
    category: {ja: '一般的な環境障害', en: 'General environmental hazards'},
    details: [],
  },
  {
    id: 'securityServiceDataThreat.nonHuman.degradation',
    origin: originShort.nonHuman,
    category: {ja: '情報資産の劣化', en: 'Degradation of information assets'},
    details: [],
  },
];

/** The note under 図表34. */
export const securityServiceDataThreatNote: Text = {
  ja: '例えば、地震によるハードディスク障害の結果としてサービスデータが破壊される場合、ストレージに対する直接の脅威が発現したと考える。換言すれば、ストレージが壊れない対策またはストレージのバックアップ対策があればサービスデータは守られる。このように、地震のケースでは不正アクセス防止のようなサービスデータに直接作用する対策は必ずしも求められておらず、従って、情報資産をサービスデータとしているこの表には「地震」は脅威として含まれていない。',
  en: 'For example, where service data is destroyed as a result of a hard disk failure caused by an earthquake, this is regarded as a direct threat to the storage materialising. In other words, the service data is protected if there are measures that keep the storage from breaking or that back the storage up. So in the case of an earthquake, measures that act directly on the service data, such as preventing unauthorised access, are not necessarily required, and “earthquake” is therefore not included as a threat in this table, whose information asset is the service data.',
};

// ---------------------------------------------------------------------------
// Market and survey figures quoted in chapter 1 of the report

export interface SecurityMarketFact {
  id: string;
  topic: Text;
  value: Text;
  /** the time the figure refers to, where the report gives one */
  period?: Text;
  /** sample size and kind of answer, or a remark */
  note?: Text;
  source: Text;
}

const aspWhitePaper: Text = {
  ja: '2005年ASP白書 ASPIC Japan／マルチメディア振興センター',
  en: 'ASP White Paper 2005, ASPIC Japan / Foundation for MultiMedia Communications',
};
const whitePaper2007: Text = {
  ja: '総務省「平成19年版 情報通信白書」',
  en: 'MIC, White Paper on Information and Communications in Japan, 2007 edition',
};
const n153: Text = {ja: 'n=153', en: 'n = 153'};

export const securityMarketFacts: SecurityMarketFact[] = [
  {
    id: 'securityMarket.internet',
    topic: {ja: 'インターネット人口普及率', en: 'Internet penetration rate (population)'},
    value: {ja: '68％超', en: 'Over 68%'},
    period: {ja: '平成18年', en: '2006'},
    source: {
      ja: '総務省「通信利用動向調査(世帯編)」(平成18年度調査)',
      en: 'MIC, Communications Usage Trend Survey (households), FY2006 survey',
    },
  },
  {
    id: 'securityMarket.broadband2001',
    topic: {ja: 'ブロードバンド契約者数', en: 'Broadband subscriptions'},
    value: {ja: '387万契約', en: '3.87 million'},
    period: {ja: '平成13年', en: '2001'},
    source: whitePaper2007,
  },
  {
    id: 'securityMarket.broadband2002',
    topic: {ja: 'ブロードバンド契約者数', en: 'Broadband subscriptions'},
    value: {ja: '943万契約', en: '9.43 million'},
    period: {ja: '平成14年', en: '2002'},
    note: {ja: '約2.5倍', en: 'about 2.5 times the previous year'},
    source: whitePaper2007,
  },
  {
    id: 'securityMarket.broadband2006',
    topic: {ja: 'ブロードバンド契約数', en: 'Broadband subscriptions'},
    value: {ja: '2,644万契約', en: '26.44 million'},
    period: {ja: '平成18年度末', en: 'End of FY2006'},
    source: whitePaper2007,
  },
  {
    id: 'securityMarket.size2003',
    topic: {ja: 'ASP・SaaSサービス関連市場の規模', en: 'Size of the market related to ASP/SaaS services'},
    value: {ja: '3,260億円', en: '326.0 billion yen'},
    period: {ja: '平成15年', en: '2003'},
    source: aspWhitePaper,
  },
  {
    id: 'securityMarket.growth',
    topic: {ja: 'ASP・SaaSサービス関連市場の規模', en: 'Size of the market related to ASP/SaaS services'},
    value: {ja: '毎年前年比1.3倍前後', en: 'About 1.3 times the previous year, every year'},
    period: {ja: '平成15年以降', en: '2003 onwards'},
    source: aspWhitePaper,
  },
  {
    id: 'securityMarket.size2010',
    topic: {ja: 'ASP・SaaSサービス関連市場の規模', en: 'Size of the market related to ASP/SaaS services'},
    value: {ja: '15,390億円', en: '1,539.0 billion yen'},
    period: {ja: '平成22年', en: '2010'},
    note: {ja: '予測。平成15年度の5倍弱', en: 'forecast; almost five times the 2003 figure'},
    source: aspWhitePaper,
  },
  {
    id: 'securityMarket.newServices1997',
    topic: {ja: '新たに提供が開始されたASP・SaaSサービス数', en: 'Number of ASP/SaaS services newly launched'},
    value: {ja: '4件', en: '4'},
    period: {ja: '平成9年から平成11年まで', en: '1997 to 1999'},
    source: aspWhitePaper,
  },
  {
    id: 'securityMarket.newServices2000',
    topic: {ja: '新たに提供が開始されたASP・SaaSサービス数', en: 'Number of ASP/SaaS services newly launched'},
    value: {ja: '毎年10件以上、多い年には36件', en: '10 or more every year, 36 in the peak year'},
    period: {ja: '平成12年以降', en: '2000 onwards'},
    note: {ja: '最多は2005年', en: 'the peak was 2005'},
    source: aspWhitePaper,
  },
  {
    id: 'securityMarket.employees',
    topic: {ja: 'ASP・SaaS事業者1社あたりの平均従業員数', en: 'Average number of employees per ASP/SaaS provider'},
    value: {ja: '398人', en: '398'},
    note: n153,
    source: aspWhitePaper,
  },
  {
    id: 'securityMarket.small',
    topic: {ja: '従業員数100人未満の事業者', en: 'Providers with fewer than 100 employees'},
    value: {ja: '全体の70％以上', en: 'Over 70% of all providers'},
    note: n153,
    source: aspWhitePaper,
  },
  {
    id: 'securityMarket.otherServices',
    topic: {
      ja: 'ASP事業者の業務領域分類のうち「上記以外のカテゴリー」',
      en: 'Business areas of ASP providers: “categories other than the above”',
    },
    value: {ja: '39.4%', en: '39.4%'},
    note: {
      ja: 'n=155（複数回答）。業務横断型サービス、特定業務に特化したサービス、特定業種に特化したサービス等',
      en: 'n = 155 (multiple answers); cross-business services, services specialised for particular tasks, services specialised for particular industries, etc.',
    },
    source: aspWhitePaper,
  },
  {
    id: 'securityMarket.expectation',
    topic: {
      ja: 'ASPサービス提供事業者が最も重視している顧客からの期待',
      en: 'The customer expectation ASP service providers value most',
    },
    value: {
      ja: '既存システムに比べてコストパフォーマンスが良いこと（18.4％、最多）',
      en: 'Better cost performance than existing systems (18.4%, the most common answer)',
    },
    note: {ja: 'n=147（単一回答）', en: 'n = 147 (single answer)'},
    source: aspWhitePaper,
  },
  {
    id: 'securityMarket.industries',
    topic: {ja: 'ASP・SaaSサービスの利用者業種分布', en: 'Distribution of ASP/SaaS service users by industry'},
    value: {
      ja: '「製造業」「卸売・小売業」「情報通信業」の3分野に関しては、2社に1社が何かしらのASP・SaaSサービスを利用',
      en: 'In manufacturing, wholesale and retail, and information and communications, one company in two uses some ASP/SaaS service',
    },
    source: aspWhitePaper,
  },
];

// ---------------------------------------------------------------------------
// Lists the page shows (titles, explanations and sub-items)

export interface SecurityListItem {
  id: string;
  title?: Text;
  text?: Text[];
  /** sub-items: interview voices, steps and the like */
  items?: Text[];
  /** for the hypotheses: what the interviews found */
  result?: Text[];
}

export type SecurityListId =
  | 'hypotheses'
  | 'expectations'
  | 'keyPoints'
  | 'expectedEffects'
  | 'approach'
  | 'organisationalSteps'
  | 'technicalSteps'
  | 'references'
  | 'configurationCases'
  | 'circumstances'
  | 'preparation'
  | 'selection'
  | 'clarity'
  | 'selectionConditions'
  | 'measureClasses'
  | 'usage'
  | 'cautions'
  | 'providerEffects'
  | 'userEffects'
  | 'futureTasks';

export interface SecurityList {
  id: SecurityListId;
  ordered: boolean;
  /** how the items of an ordered list are numbered: ①②③ or 事例1, 事例2 … */
  marker?: 'circled' | 'case';
  /** the sub-items are steps */
  itemsOrdered?: boolean;
  /** the titles are terms (in English the Japanese follows) */
  termTitles?: boolean;
  items: SecurityListItem[];
}

function plain(id: string, ja: string, en: string): SecurityListItem {
  return {id, text: [{ja, en}]};
}

const readIntroduction: Text = {
  ja: '「序編」を読み、本ガイドラインの位置付け、利用方法及び用語の定義等を確認する。',
  en: 'Read the Introduction and confirm the guideline’s position, how to use it, the definitions of terms and the like.',
};
const bestPracticeDefinition: Text = {
  ja: '対策を実施するにあたっての具体的な実施方法や注意すべき点をまとめた事例集である「ベストプラクティス」を対策項目ごとに作成する。',
  en: 'Prepare, for each measure item, “best practices”: a collection of examples setting out concrete ways to carry out the measure and points to watch.',
};

const lists: SecurityList[] = [
  {
    id: 'hypotheses',
    ordered: false,
    items: [
      {
        id: 'securityHypothesis.priorities',
        title: {
          ja: '情報セキュリティ対策の優先付けができていないのではないか',
          en: 'Are information security measures not being prioritised?',
        },
        text: [
          {
            ja: 'ASP・SaaS事業者の大半は中小事業者であり、大企業と比較して情報セキュリティ対策に人的・金銭的資源を割くことが困難である。',
            en: 'Most ASP/SaaS providers are small and medium-sized, and find it harder than large companies to devote human and financial resources to information security measures.',
          },
        ],
        result: [
          {
            ja: 'ファイアウォールを設置する等、一般的な技術的情報セキュリティ対策は全てのASP・SaaS事業者で実施されているが、その一方で、情報セキュリティマネジメントを運用・改善していくためのプロセスの策定等の組織・運用に係る情報セキュリティ対策はほとんどされていない。',
            en: 'General technical information security measures, such as installing firewalls, are taken by every ASP/SaaS provider, but organisational and operational measures, such as laying down processes to run and improve information security management, are hardly taken at all.',
          },
          {
            ja: 'インタビュー調査を実施したASP・SaaS事業者の規模は様々であるにも関わらず、実施されている情報セキュリティ対策に大きな違いがなく、リスクアセスメントを通じた対策の優先付けができていないことが伺える。',
            en: 'Although the providers interviewed varied in size, the measures they take differ little, which suggests that measures are not being prioritised through risk assessment.',
          },
        ],
      },
      {
        id: 'securityHypothesis.fit',
        title: {
          ja: '提供するASP・SaaSサービスの特徴に基づいた適切な情報セキュリティ対策ができていないのではないか',
          en: 'Are appropriate information security measures based on the characteristics of the service provided not being taken?',
        },
        text: [
          {
            ja: 'ASP・SaaS事業者が提供するサービスは、基幹系業務システムからグループウェアに至るまで実に多岐に渡っており、その取り扱う情報の違いから、各ASP・SaaSサービスに要求される「機密性」「完全性」「可用性」のレベルも必然的に変わってくる。',
            en: 'The services ASP/SaaS providers offer range widely, from core business systems to groupware, and because the information they handle differs, the levels of “confidentiality”, “integrity” and “availability” required of each service necessarily differ too.',
          },
        ],
        result: [
          {
            ja: 'インタビュー調査を実施したASP・SaaS事業者の提供するサービスはそれぞれ大きく異なるにも関わらず、ユーザ向け接続回線や主な情報セキュリティ対策の内容等を見る限り、実施している情報セキュリティ対策に大きな差は見られない。',
            en: 'Although the services of the providers interviewed differ greatly, as far as the connection lines for users and the main information security measures show, the measures they take do not differ much.',
          },
          {
            ja: 'したがって、提供するASP・SaaSサービスの特徴に基づいた適切な情報セキュリティ対策はできていないものと認められる。',
            en: 'It is therefore recognised that appropriate information security measures based on the characteristics of the service provided are not being taken.',
          },
        ],
      },
    ],
  },
  {
    id: 'expectations',
    ordered: false,
    items: [
      {
        id: 'securityExpectation.yardstick',
        title: {
          ja: '利用者がASP・SaaSサービスを適切に選別できるような判断基準としての役割',
          en: 'A yardstick with which users can choose ASP/SaaS services appropriately',
        },
        text: [
          {
            ja: '利用者に対して、ASP・SaaS事業者がどのような情報セキュリティ対策を講じているかが分かるような、また、ISMS等の認証を取得していなくても、適切な情報セキュリティ対策を実施していることを利用者に伝えられるようなガイドラインへの期待が寄せられた。',
            en: 'Providers hoped for a guideline that would show users what information security measures an ASP/SaaS provider takes, and that would let a provider tell users that it takes appropriate measures even without ISMS or similar certification.',
          },
          {
            ja: 'その一方で、一律にグレード分けをすることにより、人的・金銭的リソース及び運用に係るノウハウの蓄積に乏しい新興ASP・SaaS事業者が淘汰されることに対する強い危惧も寄せられた。',
            en: 'On the other hand, there was strong concern that uniform grading would weed out emerging ASP/SaaS providers with little in the way of human and financial resources or accumulated operational know-how.',
          },
          {
            ja: 'また、サービス内容やコスト等を勘案した上での「利用者の判断基準」としての役割が求められた。',
            en: 'A role as a “yardstick for users” that takes the content of the service, its cost and the like into account was also sought.',
          },
        ],
        items: [
          {
            ja: 'ISMS認証が未取得であっても、本ガイドラインを遵守していることが顧客へのPRとなれば良い。',
            en: 'It would be good if complying with this guideline could be used to appeal to customers even without ISMS certification.',
          },
          {
            ja: 'ISMS、Pマークと本ガイドラインを組み合わせ、ASP・SaaS事業者の情報セキュリティ管理制度を説明できることがベストである。',
            en: 'The best would be to be able to explain an ASP/SaaS provider’s information security management by combining ISMS, the PrivacyMark and this guideline.',
          },
          {
            ja: 'グレードの上下がすべてを決めるのではなく、サービスグレードとコストのバランスが分かればよい。',
            en: 'A higher or lower grade should not decide everything; it is enough if the balance between service grade and cost can be seen.',
          },
          {
            ja: 'ASP・SaaS事業者のグレード付けは困難と考えられる。',
            en: 'Grading ASP/SaaS providers is thought to be difficult.',
          },
          {
            ja: '利用者に対して「○○の対策を講じていないため良くない事業者である」ということが見えるような仕組みは、事業者にとってもありがたい。',
            en: 'A mechanism that lets users see that “this provider is not good because it does not take such-and-such a measure” would be welcome to providers too.',
          },
          {
            ja: '利用者が安心してASPサービスを利用できるガイドラインを作成してほしい。',
            en: 'We would like a guideline that lets users use ASP services with peace of mind.',
          },
          {
            ja: '情報セキュリティに関する認定制度にすると、起業したての面白いベンチャー企業が淘汰される恐れがある。ASP・SaaS事業者をランク付けする認定制度には賛成できない。',
            en: 'A certification scheme for information security could weed out interesting newly founded ventures. We cannot agree with a certification scheme that ranks ASP/SaaS providers.',
          },
        ],
      },
      {
        id: 'securityExpectation.sizes',
        title: {ja: '様々な規模のASP・SaaS事業者への対応', en: 'Suiting ASP/SaaS providers of all sizes'},
        text: [
          {
            ja: 'ASP・SaaS事業者の大半を中小が占めるという実態を反映し、ガイドラインに基づく情報セキュリティ対策が、中小ASP・SaaS事業者にとって過度な負担を与えるものとなることへの危惧が寄せられた。',
            en: 'Reflecting the fact that most ASP/SaaS providers are small and medium-sized, there was concern that measures based on the guideline might place an excessive burden on small and medium-sized providers.',
          },
        ],
        items: [
          {
            ja: 'ASP・SaaS事業者のサービス構築規模に応じたガイドラインが良い。',
            en: 'A guideline suited to the scale on which a provider builds its service would be good.',
          },
          {
            ja: 'マンパワーを含め、管理コストがかかるガイドラインは望ましくない。',
            en: 'A guideline that costs a lot to manage, manpower included, is not desirable.',
          },
          {
            ja: '厳格でなく、ベンチャー企業でも対応できるようなレベルを希望している。',
            en: 'We hope for a level that is not strict and that even a venture company can meet.',
          },
        ],
      },
      {
        id: 'securityExpectation.primer',
        title: {
          ja: '新規に参入するASP・SaaS事業者にとっての指南書としての役割',
          en: 'A primer for ASP/SaaS providers entering the market',
        },
        text: [
          {
            ja: '自らがASP・SaaSサービスに新規参入した際の経験を踏まえ、初めてASP・SaaSサービスを開始する事業者にとって、事業立ち上げの際に優先的に実施すべき対策項目や、ASP・SaaSサービスを提供する際に必要となる外部組織の選定基準等も盛り込まれることが期待された。',
            en: 'From their own experience of entering the market, providers hoped that, for providers starting an ASP/SaaS service for the first time, the guideline would also include the measures to take first when launching the business and criteria for choosing the external organisations needed to provide the service.',
          },
        ],
        items: [
          {
            ja: '新たに参入する事業者向けにIDCの選択基準もあると良い。',
            en: 'Criteria for choosing an internet data centre (IDC) for new entrants would also be good.',
          },
          {
            ja: 'ASP事業を立ち上げた当時は、ノウハウが分からず苦労した経験があるので、ASP・SaaSサービスの新規参入事業者に対して事業の立ち上げ時にすべきことを指南したガイドラインがあると良い。',
            en: 'When we launched our ASP business we struggled without the know-how, so a guideline telling new entrants what to do when launching the business would be good.',
          },
        ],
      },
    ],
  },
  {
    id: 'keyPoints',
    ordered: false,
    items: [
      plain(
        'securityKeyPoint.focus',
        'ASP・SaaS事業者及びサービスの特性を反映し、優先的に取り組むべき情報セキュリティ対策を絞り込むこと',
        'Reflect the characteristics of ASP/SaaS providers and services, and narrow down the information security measures to tackle first.',
      ),
      plain(
        'securityKeyPoint.asIs',
        'ASP・SaaS事業者がガイドラインをそのまま利用することで、比較的簡単に自ら提供するサービスに即した情報セキュリティ対策を実施できるようにすること',
        'Enable ASP/SaaS providers, by using the guideline as it is, to carry out with relative ease information security measures suited to the service they provide.',
      ),
      plain(
        'securityKeyPoint.concrete',
        'ASP・SaaS事業者が理解および実施しやすい、具体的な情報セキュリティ対策を示すこと',
        'Show concrete information security measures that ASP/SaaS providers find easy to understand and carry out.',
      ),
    ],
  },
  {
    id: 'expectedEffects',
    ordered: false,
    items: [
      plain(
        'securityExpectedEffect.small',
        '情報セキュリティ対策に人的・金銭的な資源を割くことが困難な中小のASP・SaaS事業者や新規参入事業者に対して、個々に対策導出を行う負担を軽減し、優先的に取り組むべき対策の指針を与える',
        'For small and medium-sized ASP/SaaS providers and new entrants that find it hard to devote human and financial resources to information security, it lightens the burden of working out measures individually and gives guidance on the measures to tackle first.',
      ),
      plain(
        'securityExpectedEffect.partners',
        '他のASP・SaaSサービスと連携する際、連携ASP・SaaS事業者に対する情報セキュリティ対策の要求事項として、本ガイドラインが一定の指針となり得る',
        'When partnering with other ASP/SaaS services, the guideline can serve as a benchmark for the information security requirements placed on partnered ASP/SaaS providers.',
      ),
      plain(
        'securityExpectedEffect.disclosure',
        '利用者に対する情報セキュリティ対策状況の提示内容についての一定の指針となり得る',
        'It can serve as a benchmark for what to show users about the state of information security measures.',
      ),
      plain(
        'securityExpectedEffect.evaluation',
        'ASP・SaaS事業者が実施している情報セキュリティ対策の妥当性を利用者が評価する際の一定の指針となり得る',
        'It can serve as a benchmark when users assess whether the information security measures an ASP/SaaS provider takes are adequate.',
      ),
    ],
  },
  {
    id: 'approach',
    ordered: false,
    items: [
      plain(
        'securityApproach.typical',
        'ASP・SaaSサービスの典型的なシステム構成に基づいて情報セキュリティ対策を導くことにより、ASP・SaaSサービスに対して重視すべき情報セキュリティ対策項目を絞り込む。ガイドラインで取り纏められている対策項目を実施することにより、ASP・SaaS事業者が個々に対策導出を実施する負担を軽減する',
        'Derive information security measures from the typical system configuration of ASP/SaaS services, so as to narrow down the measure items that matter for ASP/SaaS services. By carrying out the measure items compiled in the guideline, providers are spared the burden of working out measures individually.',
      ),
      plain(
        'securityApproach.organisational',
        '技術的なシステムに特化した個別対策の実施だけではなく、ASP・SaaS事業者に特化した組織・運用に係る情報セキュリティ対策も用意する',
        'Provide not only individual measures specific to the technical systems but also organisational and operational information security measures specific to ASP/SaaS providers.',
      ),
      plain(
        'securityApproach.clear',
        'ASP・SaaS事業者にとって理解しやすいように、情報セキュリティ対策の内容を事例などを用いて可能な限り分かりやすく記述するとともに、定量的あるいは具体的な対策実施レベルの目安を提示する',
        'To make them easy for ASP/SaaS providers to understand, describe the measures as plainly as possible, with examples and the like, and give quantitative or concrete guide values for the level at which to carry them out.',
      ),
      plain(
        'securityApproach.required',
        'ASP・SaaSサービスにおける適切な情報セキュリティレベルを確保することを促すために、特に達成が必要と考えられる対策レベルについては区別して明示する',
        'To encourage an appropriate level of information security in ASP/SaaS services, mark out clearly the measure levels considered particularly necessary to achieve.',
      ),
      plain(
        'securityApproach.priority',
        '優先的に取り組むべき対策と、実施することが望まれる対策に分類し、初期導入をしやすくすると同時に、より高い情報セキュリティレベル実現への道程を示す',
        'Divide the measures into those to tackle first and those desirable to carry out, making the first steps easier while showing the way to a higher level of information security.',
      ),
      plain(
        'securityApproach.patterns',
        '多様なASP・SaaSサービスに対する網羅性を実現しつつ個々のASP・SaaSサービスに適切な情報セキュリティ対策を得るために、ASP・SaaSサービスを、求められる情報セキュリティレベルでいくつかのパターンに分類する基準を導入する',
        'To cover the full variety of ASP/SaaS services while obtaining measures appropriate to each, introduce criteria that divide ASP/SaaS services into a few patterns by the level of information security they require.',
      ),
      plain(
        'securityApproach.levels',
        'パターンごとに適切な情報セキュリティ対策の実施レベルを定めておく。ガイドラインの利用の際には、個々のASP・SaaSサービスがどのパターンに属するかを分類基準により判断し、そのパターンに対応する対策実施レベルを参照するのみで、ASP・SaaS事業者自らが適切な情報セキュリティ対策の実施レベルを容易に選択できるようにする',
        'Set an appropriate level of implementation for each pattern. When using the guideline, a provider judges by the criteria which pattern its service belongs to and, simply by referring to that pattern’s levels, can easily choose the appropriate level of implementation itself.',
      ),
    ],
  },
  {
    id: 'organisationalSteps',
    ordered: true,
    marker: 'circled',
    items: [
      {
        id: 'securityOrgStep.stakeholders',
        title: {
          ja: '情報セキュリティマネジメントにおけるステークホルダの確認',
          en: 'Identify the stakeholders in information security management',
        },
        text: [
          {
            ja: 'ASP・SaaSサービスの提供業務の中で、重点を置いて考慮すべきステークホルダの確認を行う。',
            en: 'Identify the stakeholders who need particular consideration in the work of providing ASP/SaaS services.',
          },
        ],
      },
      {
        id: 'securityOrgStep.measures',
        title: {ja: '対策項目の導出', en: 'Derive the measure items'},
        text: [
          {
            ja: '網羅性の非常に高いJIS Q 27001附属書Aの情報セキュリティ詳細管理策を参考として、ASP・SaaSサービスのステークホルダ構成に即した対策項目を導出する。',
            en: 'Taking as a reference the detailed information security controls of Annex A of JIS Q 27001, which are highly comprehensive, derive measure items that fit the stakeholder structure of ASP/SaaS services.',
          },
        ],
      },
      {
        id: 'securityOrgStep.bestPractices',
        title: {ja: 'ベストプラクティスの作成', en: 'Prepare best practices'},
        text: [bestPracticeDefinition],
      },
    ],
  },
  {
    id: 'technicalSteps',
    ordered: true,
    marker: 'circled',
    items: [
      {
        id: 'securityTechStep.patterns',
        title: {ja: 'ASP・SaaSサービスの類型化(パターン化)', en: 'Classify ASP/SaaS services into patterns'},
        text: [
          {
            ja: '多様なASP・SaaSサービスに対する網羅性を確保しつつ、個々のASP・SaaSサービスに適切な情報セキュリティ対策を得るために、ASP・SaaSサービスの類型化(パターン化)による分類を検討する。',
            en: 'To cover the full variety of ASP/SaaS services while obtaining measures appropriate to each, consider classifying ASP/SaaS services into types (patterns).',
          },
        ],
      },
      {
        id: 'securityTechStep.components',
        title: {ja: '構成要素の特定', en: 'Identify the components'},
        text: [
          {
            ja: 'まずASP・SaaSサービスの提供で想定される様々なシステム構成を統合した後、ASP・SaaSサービスの典型的なシステム構成を設定する。',
            en: 'First combine the various system configurations expected in providing ASP/SaaS services, then set a typical system configuration.',
          },
          {
            ja: '次に、典型的なシステム構成の中の構成要素(ASP・SaaSサービスの提供に使用するハードウェア、ソフトウェア、通信機器・回線、建物などの固定資産)を特定する。',
            en: 'Next, identify the components of the typical configuration (the fixed assets used to provide the service: hardware, software, communication equipment and lines, buildings and the like).',
          },
        ],
      },
      {
        id: 'securityTechStep.assets',
        title: {ja: '構成要素に基づく情報資産の洗い出し', en: 'List the information assets from the components'},
        text: [
          {
            ja: '各構成要素における情報資産を洗い出しリストアップする。',
            en: 'Identify and list the information assets in each component.',
          },
        ],
      },
      {
        id: 'securityTechStep.threats',
        title: {ja: '情報資産に対する脅威分析', en: 'Analyse the threats to the information assets'},
        text: [
          {
            ja: '各情報資産に対する脅威のリストを作成する。脅威のリストはMICTSの手法を用いて網羅的に洗い出し、各脅威が情報資産に対してCIAのどの観点を脅かすものかを特定する。',
            en: 'Make a list of the threats to each information asset. The list is drawn up exhaustively using the MICTS method, and for each threat it is identified which of C, I and A it endangers.',
          },
        ],
      },
      {
        id: 'securityTechStep.measures',
        title: {ja: '対策項目の導出', en: 'Derive the measure items'},
        text: [
          {
            ja: '情報資産とそれに対する脅威を特定した後、これらに対応する情報セキュリティ対策を導出する。',
            en: 'Having identified the information assets and their threats, derive the information security measures that answer them.',
          },
          {
            ja: 'また、実施の優先度の観点から、対策を「基本」と「推奨」に分類する。',
            en: 'Also divide the measures into “basic” and “recommended” by priority.',
          },
        ],
      },
      {
        id: 'securityTechStep.bestPractices',
        title: {ja: 'ベストプラクティスの作成', en: 'Prepare best practices'},
        text: [bestPracticeDefinition],
      },
      {
        id: 'securityTechStep.levels',
        title: {ja: 'パターンに応じた対策実施レベルの設定', en: 'Set the level of implementation for each pattern'},
        text: [
          {
            ja: '各対策項目についてその実施レベルを評価する指標である評価項目を設定し、目安となる対策実施レベルをあらわす指標値を「対策参照値」として設定する。',
            en: 'For each measure item, set evaluation items, the indicators by which its level of implementation is assessed, and set as “reference values” the indicator values that express the guide level of implementation.',
          },
        ],
      },
    ],
  },
  {
    id: 'references',
    ordered: false,
    items: [
      plain(
        'securityReference.27001',
        'JIS Q 27001:2006 (ISO/IEC 27001:2005)',
        'JIS Q 27001:2006 (ISO/IEC 27001:2005)',
      ),
      plain(
        'securityReference.27002',
        'JIS Q 27002:2006 (ISO/IEC 17799:2005)',
        'JIS Q 27002:2006 (ISO/IEC 17799:2005)',
      ),
      plain('securityReference.micts', 'MICTS（Part1: JIS Q 13335-1、Part2）', 'MICTS (Part 1: JIS Q 13335-1, Part 2)'),
      plain(
        'securityReference.publicIt',
        '総務省：公共ITにおけるアウトソーシングに関するガイドライン',
        'MIC: Guidelines on Outsourcing in Public IT',
      ),
      plain(
        'securityReference.fisc',
        '金融情報システムセンター：金融機関等コンピュータシステムの安全対策基準・解説書',
        'The Center for Financial Industry Information Systems (FISC): Security Guidelines on Computer Systems for Financial Institutions, with commentary',
      ),
    ],
  },
  {
    id: 'configurationCases',
    ordered: true,
    marker: 'case',
    items: [
      {
        id: 'securityCase.externalOperator',
        title: {
          ja: 'ASP・SaaS事業者がIDC等の外部事業者を活用する場合',
          en: 'The ASP/SaaS provider uses an IDC or another external operator',
        },
        text: [
          {
            ja: 'この形態の場合、情報セキュリティ対策(FW、IDS、ログ監視等)をASP・SaaS事業者が自ら実施しているか、あるいは外部事業者にアウトソーシングしているかに注意が必要である。',
            en: 'In this form, care is needed over whether the ASP/SaaS provider carries out the information security measures (firewalls, IDS, log monitoring, etc.) itself or outsources them to the external operator.',
          },
          {
            ja: 'なお、サーバ及びFW等のOSレベル維持管理のみをアウトソーシングしている事例も見受けられる。',
            en: 'There are also cases where only the OS-level upkeep of servers, firewalls and the like is outsourced.',
          },
        ],
      },
      {
        id: 'securityCase.ownFacilities',
        title: {
          ja: 'ASP・SaaS事業者自らが設備等を維持管理する場合',
          en: 'The ASP/SaaS provider maintains its facilities itself',
        },
        text: [
          {
            ja: 'この形態の場合、ウイルスやサーバ負担分散等の対策として、ISPの提供するアプライアンスサービス等を利用する可能性が想定される。',
            en: 'In this form, the provider may use appliance services offered by an ISP and the like as measures against viruses and for spreading server load.',
          },
        ],
      },
      {
        id: 'securityCase.looseLink',
        title: {
          ja: 'ASP・SaaS事業者間の業務連携がある場合（サーバ間連携なし）',
          en: 'ASP/SaaS providers work together (no server-to-server link)',
        },
        text: [
          {
            ja: '事業者間は、インターネット経由のXMLメッセージ交換のようなゆるい連携形態を取っている。現在は、この方式が主流である。',
            en: 'The providers are loosely linked, for example by exchanging XML messages over the internet. This is currently the main form.',
          },
          {
            ja: 'この形態の場合、他事業者のアプリケーションは、利用者からは提供を受けているASP・SaaS事業者のサービスの一部に見えるのが一般的である。',
            en: 'In this form, the other provider’s application usually looks to the user like part of the service of the ASP/SaaS provider it receives the service from.',
          },
        ],
      },
      {
        id: 'securityCase.serverLink',
        title: {
          ja: 'ASP・SaaS事業者間の業務連携がある場合（サーバ間連携あり）',
          en: 'ASP/SaaS providers work together (with a server-to-server link)',
        },
        text: [
          {
            ja: '事業者間のシステム連携が本格的に実装されているケースである。この場合は事業者間の接続回線は専用線等の高品質サービスが主である。この事例は、事例3の特別ケースと捉えることもできる。',
            en: 'The systems of the providers are fully linked. In this case the lines connecting the providers are mainly high-quality services such as leased lines. This case can also be seen as a special case of case 3.',
          },
          {
            ja: 'この形態の場合、メタデータ統合及びデータベース連携等、サーバ連携の方法は多様である。',
            en: 'In this form, servers are linked in many ways, such as metadata integration and database linkage.',
          },
        ],
      },
    ],
  },
  {
    id: 'circumstances',
    ordered: false,
    items: [
      plain(
        'securityCircumstance.data',
        '利用者情報等のサービスデータをASP・SaaS事業者が一括して預かる',
        'The ASP/SaaS provider holds service data, such as user information, all together.',
      ),
      plain(
        'securityCircumstance.integrity',
        'データに対する完全性の要求が常に高い',
        'The requirement for the integrity of data is always high.',
      ),
      plain(
        'securityCircumstance.partners',
        '複数のASP・SaaS事業者が連携してサービスを提供する場合、サービス全体の情報セキュリティレベルを調整する必要がある',
        'Where several ASP/SaaS providers work together to provide a service, the information security level of the service as a whole must be coordinated.',
      ),
      plain(
        'securityCircumstance.network',
        'サービスの提供・運用・保守のすべてにおいて外部ネットワークが不可欠である',
        'External networks are indispensable to every part of providing, operating and maintaining the service.',
      ),
      plain(
        'securityCircumstance.internet',
        '外部ネットワークにおいてインターネットが一般的に利用されており、クラッキングや盗聴の対象になりやすい',
        'The internet is commonly used as the external network, which makes it an easy target for cracking and eavesdropping.',
      ),
    ],
  },
  {
    id: 'preparation',
    ordered: true,
    marker: 'circled',
    items: [
      plain(
        'securityPreparation.publicIt',
        '「公共ITにおけるアウトソーシングに関するガイドライン」が提示している情報セキュリティ対策のうち、民間にも適用可能なものを専門家判断で抽出する',
        'From the information security measures of the “Guidelines on Outsourcing in Public IT”, pick out by expert judgement those that can also be applied in the private sector.',
      ),
      plain(
        'securityPreparation.rewrite',
        'JIS Q 27001附属書Aの詳細管理策を参考に作成した汎用性の高い対策項目に対して、①との比較を行い、同じことを言っているものがあれば、より ASP・SaaSの事情に即した①の対策をベースに内容を書き換えていく',
        'Compare the general-purpose measure items drawn up from the detailed controls of Annex A of JIS Q 27001 with those of ①, and where they say the same thing, rewrite them on the basis of the ① measure, which fits ASP/SaaS circumstances better.',
      ),
    ],
  },
  {
    id: 'selection',
    ordered: true,
    marker: 'circled',
    items: [
      plain(
        'securitySelection.map',
        '対策項目データベースにある対策が、各情報資産のどの脅威に対して効果があるかを特定する',
        'Identify which threats to each information asset the measures in the measure item database are effective against.',
      ),
      plain(
        'securitySelection.rewrite',
        '①の紐付け作業により、各対策がカバーすべき情報資産と脅威が明確になるため、必要に応じてJIS Q 27002も参考にしながら、対策の内容をさらにASP・SaaSサービスに即した内容に書き換える',
        'As the mapping in ① makes clear which information assets and threats each measure must cover, rewrite the measures to fit ASP/SaaS services still better, referring to JIS Q 27002 where needed.',
      ),
      plain(
        'securitySelection.gaps',
        '①②の作業でカバーされない脅威がないかをチェックし、もしあれば別途対策の必要性と内容を専門家の協力を得て検討する',
        'Check for threats not covered by ① and ②, and if there are any, examine with the help of experts whether separate measures are needed and what they should be.',
      ),
    ],
  },
  {
    id: 'clarity',
    ordered: false,
    items: [
      plain(
        'securityClarity.priority',
        '中小企業にとっても優先的に取り組むべき対策への重点化',
        'Focusing on the measures that small and medium-sized companies, too, should tackle first',
      ),
      plain(
        'securityClarity.wording',
        'ASP・SaaSサービスにそぐわない表現の書き直し',
        'Rewriting expressions that do not suit ASP/SaaS services',
      ),
      plain(
        'securityClarity.sameTarget',
        '対象が類似する対策を1つに集約し、簡潔な表現で実施内容を併記する',
        'Merging measures with similar targets into one, and stating what is to be done in concise terms',
      ),
      plain(
        'securityClarity.sameMeaning',
        '対策の実施内容が意味的に類似している対策を1つに集約し、わかりやすい表現で書き直す',
        'Merging measures whose content is similar in meaning into one, and rewriting it in plain terms',
      ),
      plain(
        'securityClarity.common',
        '複数の情報資産に対して対策の実施内容が同じ場合は、対策は主語が異なるのみとなっている。これを「共通対策」としてくくりだして集約する。',
        'Where a measure does the same thing for several information assets, the measures differ only in their subject; these are brought together as “common measures”.',
      ),
    ],
  },
  {
    id: 'selectionConditions',
    ordered: false,
    items: [
      plain(
        'securitySelectionCondition.important',
        '企業規模を問わず、実施すべき必要性・重要性が高い対策または実施効果が高い対策は、やりやすさや実施コストに捕らわれず積極的に選別していく',
        'Measures that are highly necessary and important to carry out, or highly effective, whatever the size of the company, are actively selected regardless of how easy or costly they are.',
      ),
      plain(
        'securitySelectionCondition.small',
        '中小企業にとっても優先的に取り組むべき対策を重点的に選別する',
        'Measures that small and medium-sized companies, too, should tackle first are selected with particular care.',
      ),
      plain(
        'securitySelectionCondition.specific',
        '上記に当てはまらない対策についても、ASP・SaaS特有の事情に合うものは選別していく',
        'Measures that do not fall under the above are also selected if they fit the particular circumstances of ASP/SaaS.',
      ),
    ],
  },
  {
    id: 'measureClasses',
    ordered: false,
    termTitles: true,
    items: [
      {
        id: 'securityMeasureClass.basic',
        title: securityMeasureClassLabels.basic,
        text: [
          {
            ja: 'ASP・SaaSサービスを提供するにあたり、優先的に実施すべき情報セキュリティ対策のこと。',
            en: 'Information security measures to be carried out first when providing an ASP/SaaS service.',
          },
          {
            ja: 'この区分に分類された対策項目は、たとえ直ぐに実施できなくても、できるだけ早い時期に実現を目指すと考えるべきである。',
            en: 'Even if a measure item in this class cannot be carried out at once, the provider should aim to achieve it as early as possible.',
          },
        ],
      },
      {
        id: 'securityMeasureClass.recommended',
        title: securityMeasureClassLabels.recommended,
        text: [
          {
            ja: 'ASP・SaaSサービスを提供するにあたり、実施することが望まれる情報セキュリティ対策のこと。',
            en: 'Information security measures that are desirable to carry out when providing an ASP/SaaS service.',
          },
          {
            ja: '例えば、他社との差別化や高いユーザ要求への対応を実施する場合に、選択的にこの区分の対策を適用することが考えられる。',
            en: 'For example, measures in this class may be applied selectively to stand out from other companies or to meet demanding user requirements.',
          },
        ],
      },
    ],
  },
  {
    id: 'usage',
    ordered: false,
    itemsOrdered: true,
    items: [
      {
        id: 'securityUsage.managers',
        title: {ja: '経営者等の組織管理者', en: 'Executives and other managers of the organisation'},
        items: [
          readIntroduction,
          {
            ja: '「組織・運用編」に示す情報セキュリティ対策を実施する。対策を実施する際には、必要に応じてベストプラクティスを参照する。',
            en: 'Carry out the information security measures of the Organisational and Operational Measures part, referring to the best practices as needed.',
          },
        ],
      },
      {
        id: 'securityUsage.engineers',
        title: {ja: '運用現場における技術者等', en: 'Engineers and others on the operational front line'},
        items: [
          readIntroduction,
          {
            ja: '「序編」に基づき、自らが提供するASP・SaaSサービスがどのパターンに該当するかを確認する。',
            en: 'Following the Introduction, confirm which pattern the ASP/SaaS service you provide falls into.',
          },
          {
            ja: '「物理的・技術的対策編」を見て、自分のパターンに該当する対策を実施する。「基本」の対策から優先的に実施し、さらに「推奨」の対策を実施することが望ましい。なお、対策を実施する際には、必要に応じてベストプラクティスを参照する。また、評価項目を使用し、対策参照値を目安に対策の実施レベルを判断することができる。',
            en: 'Consult the Physical and Technical Measures part and carry out the measures for your pattern: the “basic” measures first, and then, desirably, the “recommended” ones. Refer to the best practices as needed; the evaluation items let you judge the level of implementation against the reference values.',
          },
        ],
      },
    ],
  },
  {
    id: 'cautions',
    ordered: false,
    items: [
      {
        id: 'securityCaution.actualCircumstances',
        title: {
          ja: 'ASP・SaaSサービスの実情に合わせて対策を講じる必要がある場合',
          en: 'Where measures must be fitted to the actual circumstances of the service',
        },
        text: [
          {
            ja: 'このガイドラインをそのまま利用することで、比較的簡単にASP・SaaS事業者が自ら提供するサービスに即した情報セキュリティ対策が実施できると考えられる。',
            en: 'By using the guideline as it is, an ASP/SaaS provider is expected to be able to carry out, with relative ease, information security measures suited to the service it provides.',
          },
          {
            ja: 'しかしながら、利用者との契約(SLA)において、より厳しい対策を設定し実施する等、対策レベルの調整を求められる場合は、ガイドラインが示す対策のみにとらわれず、各ASP・SaaSサービスの実情に合わせて必要な情報セキュリティ対策を講じる必要がある。',
            en: 'However, where the level of measures must be adjusted, for example because stricter measures are set and carried out under the contract (SLA) with the user, the provider must take the information security measures needed for the actual circumstances of its service, without being bound only by the measures the guideline shows.',
          },
        ],
      },
      {
        id: 'securityCaution.multipleServices',
        title: {
          ja: '１のASP・SaaS事業者が複数のASP・SaaSサービスを提供している場合等',
          en: 'Where one ASP/SaaS provider provides several ASP/SaaS services, and the like',
        },
        text: [
          {
            ja: 'このガイドラインは、１のASP・SaaS事業者が１のASP・SaaSサービスを提供する場合を基本としているが、１の事業者が複数のサービスを提供する場合には、各ASP・SaaSサービスを提供するそれぞれの担当部署等の主体が、ガイドライン中の「ASP・SaaS事業者」にあたるとみなす必要がある。',
            en: 'The guideline assumes one ASP/SaaS provider providing one ASP/SaaS service; where one provider provides several services, the department or other unit in charge of each service must be regarded as the “ASP/SaaS provider” of the guideline.',
          },
          {
            ja: 'また、ASP・SaaS事業者が、複数のASP・SaaSサービスにより情報資産を共有している場合で、かつ該当するサービス・パターンが異なる場合は、共有情報資産の保護のため、各パターンの情報セキュリティ対策の中から最も高いレベルのものを選択する必要がある。',
            en: 'Also, where an ASP/SaaS provider shares information assets between several ASP/SaaS services that fall into different patterns, it must choose, to protect the shared assets, the highest level among the information security measures of those patterns.',
          },
        ],
      },
    ],
  },
  {
    id: 'providerEffects',
    ordered: false,
    items: [
      {
        id: 'securityProviderEffect.appropriate',
        title: {
          ja: 'ASP・SaaS事業者による適切な情報セキュリティ対策実施の促進',
          en: 'Encouraging ASP/SaaS providers to take appropriate information security measures',
        },
        text: [
          {
            ja: 'これまで既存の基準・ガイドラインでは困難であった、ASP・SaaS事業者及びサービスの特性に即した適切な情報セキュリティ対策の促進を図ることができる。',
            en: 'It can promote appropriate information security measures suited to the characteristics of ASP/SaaS providers and services, which the existing standards and guidelines had made difficult.',
          },
        ],
      },
      {
        id: 'securityProviderEffect.small',
        title: {
          ja: '中小・新規参入事業者の情報セキュリティ対策の取り組みの促進',
          en: 'Encouraging small and medium-sized providers and new entrants to work on information security',
        },
        text: [
          {
            ja: '情報セキュリティ対策に人的・金銭的な資源を割くことが困難な中小のASP・SaaS事業者や新規参入事業者に対して、個々に対策導出を行う負担を軽減し、優先的に取り組むべき対策の指針を提供することにより、情報セキュリティ対策への取り組みの促進を図ることができる。',
            en: 'By lightening the burden of working out measures individually and giving guidance on the measures to tackle first, it can encourage small and medium-sized ASP/SaaS providers and new entrants, who find it hard to devote human and financial resources to information security, to work on it.',
          },
        ],
      },
      {
        id: 'securityProviderEffect.partners',
        title: {
          ja: '連携ASP・SaaS事業者に対する情報セキュリティ要求事項の指針として活用',
          en: 'Use as a benchmark for the information security requirements placed on partnered ASP/SaaS providers',
        },
        text: [
          {
            ja: '他のASP・SaaSサービスと連携する際、連携ASP・SaaS事業者に対する情報セキュリティ対策の要求事項としてガイドラインが一定の指針となり、ASP・SaaS特有の事情であるサービス連携におけるトータルな情報セキュリティレベルの向上を期待することができる。',
            en: 'When partnering with other ASP/SaaS services, the guideline serves as a benchmark for the information security requirements placed on partnered ASP/SaaS providers, and can be expected to raise the overall level of information security in service partnerships, a circumstance particular to ASP/SaaS.',
          },
        ],
      },
      {
        id: 'securityProviderEffect.disclosure',
        title: {
          ja: '利用者に対する情報セキュリティ対策実施状況の提示内容の指針として活用',
          en: 'Use as a benchmark for what to show users about the measures taken',
        },
        text: [
          {
            ja: 'ガイドラインの対策項目に沿って情報セキュリティ対策状況を利用者に提示することによって、利用者がそのASP・SaaS事業者の情報セキュリティレベルを合理的な基準で判断可能となることにより、ASP・SaaS事業者による情報セキュリティ対策への積極的な取り組みへの動機付けにつながることが期待できる。',
            en: 'By showing users the state of its measures along the guideline’s measure items, a provider lets users judge its information security level by a reasonable standard, which can be expected to motivate ASP/SaaS providers to work actively on information security.',
          },
        ],
      },
    ],
  },
  {
    id: 'userEffects',
    ordered: false,
    items: [
      {
        id: 'securityUserEffect.evaluation',
        title: {
          ja: 'ASP・SaaS事業者の情報セキュリティ対策実施状況の妥当性を、利用者が評価する際の指針として活用',
          en: 'Use as a benchmark when users assess whether a provider’s information security measures are adequate',
        },
        text: [
          {
            ja: 'ガイドラインは、利用者がASP・SaaSサービスを選択するにあたって、ASP・SaaS事業者が実施している情報セキュリティ対策を評価する際の一定の指針としてなり得る。',
            en: 'When users choose an ASP/SaaS service, the guideline can serve as a benchmark for assessing the information security measures the provider takes.',
          },
          {
            ja: 'これにより情報セキュリティレベルとサービス提供価格のバランス感の判断材料としてガイドラインが活用されることを期待できる。',
            en: 'The guideline can thus be expected to be used to judge the balance between the level of information security and the price of the service.',
          },
        ],
      },
    ],
  },
  {
    id: 'futureTasks',
    ordered: false,
    items: [
      {
        id: 'securityFutureTask.use',
        title: {ja: 'ガイドラインの積極的な活用', en: 'Active use of the guideline'},
        text: [
          {
            ja: 'ASP・SaaS事業者の対策実施のガイドラインとしてのみでなく、利用者との契約におけるSLAの設定基準として活用したり、本ガイドラインに沿った形で自らが実施している情報セキュリティレベルを公表する等、ASP・SaaS業界における積極的な活用、およびそれによるガイドラインの認知拡大が期待される。',
            en: 'Not only as a guideline for carrying out measures, but also as a basis for setting SLAs in contracts with users, or for publishing in line with the guideline the information security level a provider achieves: active use across the ASP/SaaS industry, and the wider recognition of the guideline it brings, are expected.',
          },
        ],
      },
      {
        id: 'securityFutureTask.review',
        title: {
          ja: 'ASP・SaaSの利用環境の変化に対応した見直し・改善',
          en: 'Review and improvement in step with changes in the environment in which ASP/SaaS is used',
        },
        text: [
          {
            ja: '近い将来、技術の進化や新たなASP・SaaSサービスの登場等のASP・SaaSサービス及び事業者を取り巻く環境の変化に伴い、本ガイドラインにおける対策が陳腐化し、ASP・SaaSサービス及び事業者の実態にそぐわなくなることが予想される。',
            en: 'In the near future, as the environment around ASP/SaaS services and providers changes, with advances in technology, new ASP/SaaS services and the like, the guideline’s measures are expected to become outdated and no longer fit the reality of services and providers.',
          },
          {
            ja: 'そのため、ASP・SaaS業界において、適宜本ガイドラインの見直しを行い、継続的に改善が実施される体制を構築することが期待される。',
            en: 'The ASP/SaaS industry is therefore expected to set up arrangements to review the guideline as needed and to improve it continually.',
          },
        ],
      },
    ],
  },
];

export const securityLists: Record<SecurityListId, SecurityList> = Object.fromEntries(
  lists.map((list) => [list.id, list]),
) as Record<SecurityListId, SecurityList>;

// ---------------------------------------------------------------------------
// Words the tables put around the data

export const securityLabels = {
  pattern: {ja: 'パターン', en: 'Pattern'},
  implies: {ja: 'このパターンが意味すること', en: 'What the pattern means'},
  patternServices: {ja: '該当するASP・SaaSサービス', en: 'ASP/SaaS services that fall into it'},
  patternsCaption: {ja: 'ASP・SaaSサービスのパターン(６種類)', en: 'The six patterns of ASP/SaaS services'},
  unclassified: {
    ja: '一律にパターンを設定することが困難なサービス',
    en: 'Services for which no single pattern can be set',
  },
  property: {ja: '特性', en: 'Property'},
  level: {ja: '要求レベル', en: 'Requirement level'},
  criterion: {ja: '判定基準', en: 'Criterion'},
  criteriaCaption: {ja: 'CIAに対する要求レベルの判定基準', en: 'Criteria for the CIA requirement levels'},
  referenceCaption: {ja: 'ASP・SaaSサービスのパターン毎の対策参照値の例', en: 'Example of reference values by pattern'},
  measureItem: {ja: '対策項目', en: 'Measure item'},
  evaluationItem: {ja: '評価項目', en: 'Evaluation item'},
  referenceValue: {ja: '対策参照値', en: 'Reference value'},
  stakeholdersCaption: {
    ja: 'ASP・SaaSの情報セキュリティマネジメントにおける重要なステークホルダ',
    en: 'Key stakeholders in information security management for ASP/SaaS',
  },
  stakeholder: {ja: 'ステークホルダ', en: 'Stakeholder'},
  organisation: {ja: '組織等', en: 'Organisation, etc.'},
  members: {ja: '要員', en: 'Personnel'},
  assetsCaption: {ja: 'ASP・SaaSの構成要素における情報資産', en: 'Information assets in the components of ASP/SaaS'},
  category: {ja: '分類', en: 'Category'},
  components: {ja: '典型的な構成要素', en: 'Typical components'},
  assets: {ja: '情報資産', en: 'Information assets'},
  example: {ja: '例', en: 'e.g.'},
  addedInformation: {
    ja: '強調した部分は、構成要素に対して追加された情報そのもの（構成要素を介する情報）',
    en: 'The emphasised parts are the information itself added to the components (the information passing through them).',
  },
  rolesCaption: {ja: '構成要素ごとの主な担い手', en: 'Who typically takes care of each part'},
  role: {ja: '業務', en: 'Work'},
  parties: {ja: '担い手', en: 'Taken care of by'},
  threatTypesCaption: {ja: '考えうる脅威のタイプのリスト(抜粋)', en: 'List of possible types of threat (excerpt)'},
  serviceDataThreatsCaption: {
    ja: '情報資産「サービスデータ（利用者情報）」に関する脅威',
    en: 'Threats to the information asset “service data (user information)”',
  },
  threatOrigin: {ja: '脅威が対象とするもの', en: 'What the threats concern'},
  threatCategory: {ja: '脅威の分類', en: 'Threat category'},
  threatDetails: {ja: '脅威の詳細分類', en: 'Threats in detail'},
  threatKind: {ja: '種別', en: 'Kind'},
  threatKindCategory: {ja: '分類', en: 'Category'},
  micts: {ja: '出典：MICTS', en: 'Source: MICTS'},
  partsCaption: {ja: 'ガイドラインの構成(全体像)', en: 'The structure of the guideline'},
  part: {ja: '構成', en: 'Part'},
  content: {ja: '内容', en: 'Content'},
  readers: {ja: '想定読者', en: 'Intended readers'},
  organisationalCaption: {
    ja: '組織・運用編の構成',
    en: 'Structure of the Organisational and Operational Measures part',
  },
  technicalCaption: {ja: '物理的・技術的対策編の章立て', en: 'Chapters of the Physical and Technical Measures part'},
  chapter: {ja: '項目', en: 'Chapter'},
  sections: {ja: '小項目', en: 'Sections'},
  outline: {ja: '概要', en: 'Outline'},
  marketCaption: {ja: 'ASP・SaaSサービスに関する主な数値', en: 'Key figures on ASP/SaaS services'},
  topic: {ja: '項目', en: 'Item'},
  value: {ja: '数値', en: 'Figure'},
  period: {ja: '時点', en: 'Time'},
  source: {ja: '出典', en: 'Source'},
  hypothesisResult: {ja: '仮説の検証', en: 'Verification of the hypothesis'},
  bestPractice: {ja: 'ベストプラクティス', en: 'Best practice'},
  case: {ja: '事例', en: 'Case'},
  none: {ja: '－', en: '–'},
} satisfies Record<string, Text>;

// ---------------------------------------------------------------------------
// Where the Japanese is not the report's wording as it stands

export interface SecurityDeviation {
  ja: string;
  reason: string;
}

export const securityDeviations: SecurityDeviation[] = [
  {
    ja: '上記の情報（個人情報、営業秘密情報）を預からない場合。',
    reason: 'criteria, confidentiality low: the report gives only the case for "high"; the site states the other case',
  },
  {
    ja: '可用性への要求が「高い」サービスにも「それほど高くない」サービスにも該当しないサービス',
    reason:
      'criteria, availability low: the report says 「①及び②に該当しないサービス」; the site names ① and ② instead of numbering them',
  },
  {
    ja: '個人情報又は営業秘密情報を、件数に関わらず預かるサービスである。',
    reason: 'pattern implication written by the site from the confidentiality criterion (3.2.3【1】①(1))',
  },
  {
    ja: '個人情報も営業秘密情報も預からないサービスである。',
    reason: 'pattern implication written by the site from the confidentiality criterion (3.2.3【1】①(1))',
  },
  {
    ja: '運用時間中は原則として必ず稼動させておく必要がある、又は停止によって利用者に多大な経済的損失や人命危害が生じる恐れがある。',
    reason: 'pattern implication written by the site from the availability criterion (3.2.3【1】①(3)①)',
  },
  {
    ja: '停止によって、利用者に部分的な経済的損失が生じる、又は利用者の基幹業務に明確な影響が及ぶ恐れがある。',
    reason: 'pattern implication written by the site from the availability criterion (3.2.3【1】①(3)②)',
  },
  {
    ja: '可用性への要求が「高い」サービスにも「それほど高くない」サービスにも該当しない。',
    reason: 'pattern implication written by the site from the availability criterion (3.2.3【1】①(3)③)',
  },
  {
    ja: '対策参照値の例：OS、ミドルウェア、セキュリティ対策機器に対するパッチ更新作業の着手は、ベンダリリースから24時間以内（特に達成が必要な値）。',
    reason: 'pattern implication written by the site from 図表38 (patterns 1–3) and the meaning of ＊ (3.2.3【7】)',
  },
  {
    ja: '対策参照値の例：OS、ミドルウェア、セキュリティ対策機器に対するパッチ更新作業の着手は、ベンダリリースから3日以内（特に達成が必要な値）。',
    reason: 'pattern implication written by the site from 図表38 (patterns 4–6) and the meaning of ＊ (3.2.3【7】)',
  },
  {
    ja: 'いずれのパターンでも、物理的・技術的対策編の対策を「基本」から優先的に実施し、該当するパターンの対策参照値を目安に実施レベルを判断する。',
    reason: 'pattern implication written by the site from 3.3.4【2】iii',
  },
  {
    ja: '保険業特化型ASP(自賠責保険見積)',
    reason: '図表24, pattern 3: the report prints 「自賠責保健見積」 for 自賠責保険見積',
  },
  {
    ja: '火災、落雷、静電気からサービス提供用機器を防護するための対策',
    reason: '図表41, Ⅲ．４．３: the report prints 「逃雷」 for 落雷',
  },
  {
    ja: 'ASP・SaaS事業者間の業務連携がある場合（サーバ間連携なし）',
    reason:
      'configuration case 3: the report writes 「…場合①＜サーバ間連携なし＞」; numbering dropped, brackets made parentheses',
  },
  {
    ja: 'ASP・SaaS事業者間の業務連携がある場合（サーバ間連携あり）',
    reason:
      'configuration case 4: the report writes 「…場合②＜サーバ間連携あり＞」; numbering dropped, brackets made parentheses',
  },
  {
    ja: '複数の情報資産に対して対策の実施内容が同じ場合は、対策は主語が異なるのみとなっている。これを「共通対策」としてくくりだして集約する。',
    reason: '3.2.3【5】(c): a page number (- 59 -) falls in the middle of the sentence in the extraction',
  },
  {
    ja: 'このガイドラインは、１のASP・SaaS事業者が１のASP・SaaSサービスを提供する場合を基本としているが、１の事業者が複数のサービスを提供する場合には、各ASP・SaaSサービスを提供するそれぞれの担当部署等の主体が、ガイドライン中の「ASP・SaaS事業者」にあたるとみなす必要がある。',
    reason: '3.3.5: the report prints 「坦当部署」 for 担当部署',
  },
  {
    ja: '68％超',
    reason: 'market figure: the report says 「68％を超え」 (with a footnote mark after ％)',
  },
  {
    ja: '3,260億円',
    reason:
      'market figure: the report prints 「3.260 億円」 with a full stop for the thousands comma (15,390億円 is 「５倍弱」 of it)',
  },
  {
    ja: '予測。平成15年度の5倍弱',
    reason:
      'market figure note, composed from the sentence on 図表6 (「平成１５年度に比べ実に５倍弱となる…と予測されている」)',
  },
  {
    ja: '最多は2005年',
    reason: 'market figure note, from 図表7 (2005年: 36件)',
  },
  {
    ja: 'ASP事業者の業務領域分類のうち「上記以外のカテゴリー」',
    reason: 'market figure topic composed from the caption of 図表11 and its row 「上記以外のカテゴリー」',
  },
  {
    ja: 'n=155（複数回答）。業務横断型サービス、特定業務に特化したサービス、特定業種に特化したサービス等',
    reason: 'market figure note composed from the sample line and the footnote of 図表11',
  },
  {
    ja: '既存システムに比べてコストパフォーマンスが良いこと（18.4％、最多）',
    reason:
      'market figure composed from 図表12 (the largest value, 18.4, belongs to the answer the text names as most valued)',
  },
  {
    ja: 'このパターンが意味すること',
    reason: 'table heading written by the site',
  },
  {
    ja: '強調した部分は、構成要素に対して追加された情報そのもの（構成要素を介する情報）',
    reason:
      'note under 図表31: the report marks the added information by underlining (「※アンダーライン部分が…」); the site emphasises it',
  },
  {
    ja: '構成要素ごとの主な担い手',
    reason: 'caption written by the site for the roles drawn in 図表29',
  },
  {
    ja: '担い手',
    reason: 'table heading written by the site',
  },
  {
    ja: 'ASP・SaaSサービスに関する主な数値',
    reason: 'caption written by the site for the figures quoted from chapter 1',
  },
  {
    ja: '小項目',
    reason: 'table heading written by the site',
  },
];
