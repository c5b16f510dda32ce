import type {Guideline, GuidelineRequirement, Sector, Text} from '../types';

export const sectors: Sector[] = [
  {id: 'general', name: {ja: '一般（共通）', en: 'General (common)'}},
  {id: 'medical', name: {ja: '医療', en: 'Medical'}},
  {id: 'school', name: {ja: '校務（教育）', en: 'School administration (education)'}},
  {id: 'localGov', name: {ja: '地方公共団体', en: 'Local governments'}},
];

const mic: Text = {
  ja: '総務省',
  en: 'Ministry of Internal Affairs and Communications (MIC)',
};

export const guidelines: Guideline[] = [
  {
    id: 'disclosure',
    name: {
      ja: 'ASP・SaaSの安全・信頼性に係る情報開示指針（第１版）',
      en: 'Guidelines for Disclosure of Information on the Safety and Reliability of ASP/SaaS (1st edition)',
    },
    issuer: mic,
    date: '2007.11',
    sector: 'general',
  },
  {
    id: 'security',
    name: {
      ja: 'ASP・SaaSにおける情報セキュリティ対策ガイドライン',
      en: 'Guidelines on Information Security Measures for ASP/SaaS',
    },
    issuer: mic,
    date: '2008.01',
    sector: 'general',
  },
  {
    id: 'school',
    name: {
      ja: '校務分野におけるASP・SaaS事業者向けガイドライン',
      en: 'Guidelines for ASP/SaaS Providers in the Field of School Administration',
    },
    issuer: mic,
    date: '2010.10',
    sector: 'school',
  },
  {
    id: 'medical',
    name: {
      ja: 'ASP・SaaS事業者が医療情報を取り扱う際の安全管理に関するガイドライン(1.1版)',
      en: 'Guidelines on Safety Management for ASP/SaaS Providers Handling Medical Information (version 1.1)',
    },
    issuer: mic,
    date: '2010.12',
    dateNote: {ja: '（改定）', en: '(revised)'},
    sector: 'medical',
  },
];

// 図表25 is flattened in the source: its column of guideline names is printed
// after the rows, and each row appears as its location lines followed by its
// detail. Rows are assigned to the guidelines by the issue date printed at the
// top of each group (2007.11, 2008.01, 2010.10, 2010.12); every location block
// (with its own repeated heading) is one row.

const schoolCh4: Text[] = [
  {
    ja: '第４章　ASP・SaaS事業者の留意事項について',
    en: 'Chapter 4: Points for ASP/SaaS providers to note',
  },
  {
    ja: '４．２　各段階でASP・SaaS事業者が遵守すべき事項・留意すべき事項',
    en: '4.2 Matters ASP/SaaS providers must comply with and points they should note at each stage',
  },
];

const securityII31: Text[] = [
  {
    ja: 'Ⅱ．３　連携ASP・SaaS事業者に関する管理',
    en: 'II.3 Management concerning partnered ASP/SaaS providers',
  },
  {
    ja: 'Ⅱ．３．１　連携ASP・SaaS事業者から組み込むASP・SaaSサービスの管理',
    en: 'II.3.1 Management of ASP/SaaS services incorporated from partnered ASP/SaaS providers',
  },
];

const medicalTable31: Text = {
  ja: '表３-１　組織的安全管理対策におけるASP・SaaS事業者への要求事項',
  en: 'Table 3-1: Requirements for ASP/SaaS providers in organisational safety management measures',
};
const medicalTable36: Text = {
  ja: '表３-６　情報システムの改造と保守におけるASP・SaaS事業者への要求事項',
  en: 'Table 3-6: Requirements for ASP/SaaS providers in the modification and maintenance of information systems',
};
const medicalTable312: Text = {
  ja: '表３-１２　真正性の確保におけるASP・SaaS事業者への要求事項',
  en: 'Table 3-12: Requirements for ASP/SaaS providers in ensuring authenticity',
};

/** Ⅱ．３．１．２ of the security guideline, quoted by the medical guideline */
const reviewAndAudit: Text = {
  ja: '連携ASP・SaaS事業者が提供するASP・SaaSサービスの運用に関する報告及び記録を常に確認し、レビューすること。また、定期的に監査を実施すること。（Ⅱ．３．１．２【基本】）',
  en: 'Constantly check and review the reports and records on the operation of the ASP/SaaS services provided by partnered ASP/SaaS providers. Also, conduct audits regularly. (II.3.1.2 [Basic])',
};

/** Ⅱ．３．１．１ of the security guideline, quoted by the medical guideline */
const assureAgreedLevels: Text = {
  ja: '連携ASP・SaaS事業者が提供するASP・SaaSサービスについて、事業者間で合意された情報セキュリティ対策及びサービスレベルが、連携ASP・SaaS事業者によって確実に実施されることを担保すること。（Ⅱ．３．１．１【基本】）',
  en: 'For the ASP/SaaS services provided by partnered ASP/SaaS providers, ensure that the information security measures and service levels agreed between the providers are reliably implemented by the partnered ASP/SaaS providers. (II.3.1.1 [Basic])',
};

export const guidelineRequirements: GuidelineRequirement[] = [
  {
    id: 'disclosure.r1',
    guideline: 'disclosure',
    location: [
      {
        ja: '情報開示項目「サービスの内容・範囲」欄',
        en: 'Disclosure item “Content and scope of the service”',
      },
    ],
    detail: [
      {
        ja: '他の事業者と連携を行っている場合、サービスの内容、範囲について、その内容を開示する',
        en: 'Where the provider partners with other providers, disclose the details of the content and scope of the service.',
      },
    ],
  },
  {
    id: 'disclosure.r2',
    guideline: 'disclosure',
    location: [
      {
        ja: '情報開示項目「他システム等との連携方法」欄',
        en: 'Disclosure item “Method of integration with other systems, etc.”',
      },
    ],
    detail: [
      {
        ja: '他システムと連携している場合、連携が可能な標準的なＡＰＩの使用状況、標準的なものを使用している場合はそのＡＰＩ名、標準的なものを使用していない場合はＡＰＩ公表の可否を開示する',
        en: 'Where the service is linked with other systems, disclose whether standard APIs that allow integration are used; where standard ones are used, the names of those APIs; and where standard ones are not used, whether the APIs can be made public.',
      },
    ],
  },
  {
    id: 'security.r1',
    guideline: 'security',
    location: [
      {
        ja: 'Ⅱ．２　情報セキュリティのための組織',
        en: 'II.2 Organisation for information security',
      },
      {
        ja: 'Ⅱ．２．２　外部組織（データセンタを含む）',
        en: 'II.2.2 External organisations (including data centres)',
      },
    ],
    detail: [
      {
        ja: 'サービスの提供にあたり、連携事業者等外部組織が多岐に渡ることが多いため、契約の締結を慎重に行う',
        en: 'Because the external organisations involved in providing the service, such as partnered providers, are often many and varied, conclude contracts with care.',
      },
    ],
  },
  {
    id: 'security.r2',
    guideline: 'security',
    location: securityII31,
    detail: [
      {
        ja: '連携事業者が提供するサービスについて、事業者間で合意された情報セキュリティ対策及びサービスレベルが連携事業者によって確実に実施されていることを担保する',
        en: 'For the services provided by partnered providers, ensure that the information security measures and service levels agreed between the providers are reliably implemented by the partnered providers.',
      },
    ],
  },
  {
    id: 'security.r3',
    guideline: 'security',
    location: securityII31,
    detail: [
      {
        ja: '連携事業者が提供するサービスの運用に関する報告及び記録を常に確認し、レビューすること。また、定期的に監査を実施すること',
        en: 'Constantly check and review the reports and records on the operation of the services provided by partnered providers. Also, conduct audits regularly.',
      },
    ],
  },
  {
    id: 'school.r1',
    guideline: 'school',
    location: [
      {
        ja: '第２章　校務分野におけるASP・SaaS事業者の役割等について',
        en: 'Chapter 2: The roles, etc. of ASP/SaaS providers in the field of school administration',
      },
      {
        ja: '２．１　校務分野のサービスの一般的な導入の流れ',
        en: '2.1 The general flow of introducing a service in the field of school administration',
      },
      {ja: '（３）　契約段階', en: '(3) Contract stage'},
    ],
    detail: [
      {
        ja: '校務分野のサービスの導入の契約段階において、既存サービスとの連携を提案する場合は、ASP・SaaS事業者は既存サービスと新サービスとの責任範囲等について、教育関係機関との合意事項をサービス仕様書としてまとめる',
        en: 'Where integration with existing services is proposed at the contract stage of introducing a service in the field of school administration, the ASP/SaaS provider compiles what has been agreed with the educational institution on the scope of responsibility, etc. between the existing services and the new service into a service specification.',
      },
    ],
  },
  {
    id: 'school.r2',
    guideline: 'school',
    location: [...schoolCh4, {ja: '（１）　企画段階', en: '(1) Planning stage'}],
    detail: [
      {
        ja: '校務分野のサービスの導入の企画段階において、他サービスとの連携方法、連携対象とする教育情報や連携における責任範囲等について、教育関係機関の求めに応じて、ASP・SaaS事業者は情報を提供する',
        en: 'At the planning stage of introducing a service in the field of school administration, the ASP/SaaS provider provides information, at the request of the educational institution, on the method of integration with other services, the educational information covered by the integration, the scope of responsibility in the integration, etc.',
      },
    ],
  },
  {
    id: 'school.r3',
    guideline: 'school',
    location: [...schoolCh4, {ja: '（３）　契約段階', en: '(3) Contract stage'}],
    detail: [
      {
        ja: '校務分野のサービスの導入の契約段階において、他事業者と連携する場合は、ASP・SaaS事業者は契約形態、連携方法、責任範囲、障害発生時の切り分け方法、セキュリティレベル等について、教育関係機関と協議し合意する',
        en: 'Where it partners with other providers at the contract stage of introducing a service in the field of school administration, the ASP/SaaS provider discusses and agrees with the educational institution on the form of contract, the method of integration, the scope of responsibility, the method of fault isolation when a fault occurs, the security level, etc.',
      },
    ],
  },
  {
    id: 'medical.r1',
    guideline: 'medical',
    location: [
      medicalTable31,
      {
        ja: '(e) 機器を用いる場合は機器の管理',
        en: '(e) Management of equipment where equipment is used',
      },
    ],
    detail: [reviewAndAudit],
    quotes: ['security.r3'],
  },
  {
    id: 'medical.r2',
    guideline: 'medical',
    location: [medicalTable31, {ja: '(h) 監査', en: '(h) Audit'}],
    detail: [reviewAndAudit],
    quotes: ['security.r3'],
  },
  {
    id: 'medical.r3',
    guideline: 'medical',
    location: [
      medicalTable31,
      {
        ja: '(i) 苦情・質問の受け付け窓口',
        en: '(i) Contact point for complaints and questions',
      },
    ],
    detail: [
      {
        ja: 'ASP・SaaSサービスの提供に支障が生じた場合には、その原因が連携ASP・SaaS事業者に起因するものであったとしても、利用者と直接契約を結ぶASP・SaaS事業者が、その責任において一元的にユーザサポートを実施すること。（Ⅱ．８．１．１【基本】）',
        en: 'Where a problem arises in the provision of an ASP/SaaS service, the ASP/SaaS provider that contracts directly with the user shall provide user support in a unified manner, on its own responsibility, even if the cause lies with a partnered ASP/SaaS provider. (II.8.1.1 [Basic])',
      },
    ],
  },
  {
    id: 'medical.r4',
    guideline: 'medical',
    location: [
      {
        ja: '表３-４　人的安全管理対策におけるASP・SaaS事業者への要求事項',
        en: 'Table 3-4: Requirements for ASP/SaaS providers in human safety management measures',
      },
      {ja: '④', en: '(4)'},
    ],
    detail: [assureAgreedLevels, reviewAndAudit],
    quotes: ['security.r2', 'security.r3'],
  },
  {
    id: 'medical.r5',
    guideline: 'medical',
    location: [medicalTable36, {ja: '1.', en: '1.'}],
    detail: [assureAgreedLevels],
    quotes: ['security.r2'],
  },
  {
    id: 'medical.r6',
    guideline: 'medical',
    location: [medicalTable36, {ja: '9.', en: '9.'}],
    detail: [assureAgreedLevels, reviewAndAudit],
    quotes: ['security.r2', 'security.r3'],
  },
  {
    id: 'medical.r7',
    guideline: 'medical',
    location: [
      medicalTable312,
      {
        ja: 'a. 電子カルテシステム等でPC等の汎用入力端末により記録が作成される場合',
        en: 'a. Where records are created on general-purpose input terminals such as PCs, in electronic medical record systems, etc.',
      },
    ],
    detail: [reviewAndAudit],
    quotes: ['security.r3'],
  },
  {
    id: 'medical.r8',
    guideline: 'medical',
    location: [
      medicalTable312,
      {
        ja: 'b. 臨床検査システム、医用画像ファイリングシステム等、特定の装置もしくはシステムにより記録が作成される場合',
        en: 'b. Where records are created by specific devices or systems, such as clinical laboratory systems and medical image filing systems',
      },
    ],
    detail: [
      {
        ja: '臨床検査システム、医用画像ファイリングシステム等との連携におけるインターフェースの構築に関し、事業者の役割、範囲について医療機関等と合意すること',
        en: 'Agree with the medical institution, etc. on the provider’s role and scope in building the interfaces for integration with clinical laboratory systems, medical image filing systems, etc.',
      },
    ],
  },
  {
    id: 'medical.r9',
    guideline: 'medical',
    location: [medicalTable312, {ja: '（3） 更新履歴の保存', en: '(3) Retention of update history'}],
    detail: [reviewAndAudit],
    quotes: ['security.r3'],
  },
];
