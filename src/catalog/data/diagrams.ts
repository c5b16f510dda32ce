import type {Text} from '../types';

/** A box of a diagram: a short label and the sentence that explains it. */
export interface DiagramLabelledText {
  label: Text;
  text: Text;
}

// ---------------------------------------------------------------------------
// 図表2 ASP・SaaSの体系と連携の意義

/**
 * The extraction keeps no text of 図表2; its content is taken from 1.(2),
 * the section the figure illustrates, in that section's words.
 */
export interface Figure2Diagram {
  /** the two halves of the caption */
  systemLabel: Text;
  significanceLabel: Text;
  /** what the categories depend on */
  categoryBasis: Text;
  /** 社会業界特化系, 基幹業務系, 支援業務系 */
  categories: Text[];
  /** partnership across the categories, and what it makes possible */
  crossCategory: Text;
  crossCategoryEffect: Text;
  /** the section's example: applications linked, and the result */
  exampleApplications: Text[];
  exampleEffect: Text;
}

export const figure2Diagram: Figure2Diagram = {
  systemLabel: {ja: 'ASP・SaaSの体系', en: 'The system of ASP/SaaS'},
  significanceLabel: {ja: '連携の意義', en: 'The significance of partnership'},
  categoryBasis: {
    ja: '適用対象となる業務や分野に応じて',
    en: 'According to the business or field they are applied to',
  },
  categories: [
    {ja: '社会業界特化系', en: 'Society- and industry-specific'},
    {ja: '基幹業務系', en: 'Core business'},
    {ja: '支援業務系', en: 'Support business'},
  ],
  crossCategory: {
    ja: 'カテゴリーを超えた連携',
    en: 'Partnership across categories',
  },
  crossCategoryEffect: {
    ja: '業界全体の業務効率性やセキュリティの向上',
    en: 'Improving the business efficiency and security of the industry as a whole',
  },
  exampleApplications: [
    {ja: '生産管理', en: 'Production management'},
    {ja: '在庫管理', en: 'Inventory management'},
    {ja: '販売管理', en: 'Sales management'},
  ],
  exampleEffect: {
    ja: '生産から販売までのデータを一元的に管理しつつ、必要なデータ参照者に対してタイムリーに情報を提供することを実現し、業務の効率化を図ることが可能となる。',
    en: 'Data from production to sales can be managed in one place while information is provided in a timely way to those who need to refer to it, making business more efficient.',
  },
};

// ---------------------------------------------------------------------------
// 図表3 ASP・SaaS連携をする目的

export interface Figure3Party {
  name: Text;
  note?: Text;
}

export interface Figure3Diagram {
  /** ベンダーA, ベンダーB */
  vendors: Text[];
  /** 機能A, 機能B (one per vendor) */
  functions: Text[];
  /** 利用者A, 利用者B (one per vendor) */
  customers: Figure3Party[];
  /** the arrow between the two functions */
  integration: Text;
  /** what the partnered vendors give the users */
  combinedOffer: Text;
  /** before the partnership (one per vendor) */
  formerOfferings: Text[];
  providerPurposesLabel: Text;
  providerPurposes: DiagramLabelledText[];
  customerPurposesLabel: Text;
  customerPurposes: DiagramLabelledText[];
  /** the note printed under the figure */
  note: Text;
}

export const figure3Diagram: Figure3Diagram = {
  vendors: [
    {ja: 'ベンダーA', en: 'Vendor A'},
    {ja: 'ベンダーB', en: 'Vendor B'},
  ],
  // The extraction prints 「機能‐A」: a line-break hyphen inside the box.
  functions: [
    {ja: '機能A', en: 'Function A'},
    {ja: '機能B', en: 'Function B'},
  ],
  customers: [
    {
      name: {ja: '利用者A', en: 'User A'},
      note: {ja: '（従来からのベンダーAの顧客）', en: '(an existing customer of vendor A)'},
    },
    {
      name: {ja: '利用者B', en: 'User B'},
      note: {ja: '（従来からのベンダーBの顧客）', en: '(an existing customer of vendor B)'},
    },
  ],
  integration: {
    // source: 「機能連携(データ連携含む）」 (mixed brackets)
    ja: '機能連携（データ連携含む）',
    en: 'Function integration (including data integration)',
  },
  combinedOffer: {
    ja: '機能A+機能Bとして利用者に提供',
    en: 'Provided to users as function A + function B',
  },
  formerOfferings: [
    {ja: 'A社は従来機能Aのサービスのみ提供', en: 'Company A formerly provided only the service of function A'},
    {ja: 'B社は従来機能Bのサービスのみ提供', en: 'Company B formerly provided only the service of function B'},
  ],
  providerPurposesLabel: {ja: '事業者側の連携目的', en: 'Providers’ purposes of partnership'},
  providerPurposes: [
    {
      label: {ja: '販路拡大', en: 'Expanding sales channels'},
      text: {
        ja: 'それぞれの顧客を販路先とすることにより、サービス提供先を拡大',
        en: 'Each company’s customers become sales targets, expanding the reach of the service',
      },
    },
    {
      label: {ja: 'サービス価値の向上', en: 'Increasing the value of the service'},
      text: {
        ja: '機能を複合させることにより、サービス価値を拡大',
        en: 'Combining functions increases the value of the service',
      },
    },
    {
      label: {ja: 'リスクの低減', en: 'Reducing risk'},
      text: {
        ja: '連携により、自社開発によるリスク（費用、工期）を低減する。',
        en: 'Partnership reduces the risks (cost, development time) of in-house development.',
      },
    },
  ],
  customerPurposesLabel: {ja: '利用者側の連携利用目的', en: 'Users’ purposes in using partnered services'},
  customerPurposes: [
    {
      label: {ja: '契約事務の効率化', en: 'More efficient contract administration'},
      text: {
        ja: '契約事務を一本化することにより、事務の効率化やユーザー・ベンダー間の責任分界が明瞭になる。',
        en: 'Consolidating contract administration makes administration more efficient and makes the division of responsibility between user and vendor clear.',
      },
    },
    {
      label: {ja: '利用機能の最適化', en: 'Optimising the functions used'},
      text: {
        ja: 'すでに出来上がっている機能について、必要なものを選択して利用することにより、システム費用の最適化が期待できる。',
        en: 'Selecting and using only the functions needed from those already built can be expected to optimise system costs.',
      },
    },
  ],
  note: {
    ja: '連携における必要項目の内容を考えるに際して、事業者向けの記述については、上記目的を勘案した内容とすることが求められる。',
    en: 'When considering the content of the items required for partnership, what is written for providers should take the above purposes into account.',
  },
};

// ---------------------------------------------------------------------------
// 図表4–6 the two contract models

/**
 * The boxes are the same in both patterns. Pattern 1 draws a 利用契約 line from the
 * contracting customer to each provider; pattern 2 draws one line, to one provider.
 */
export interface ContractPatternDiagram {
  /** A社ASP・SaaS, B社ASP・SaaS */
  services: Text[];
  /** between the two services */
  link: Text;
  /** ASP・SaaS事業者A, ASP・SaaS事業者B */
  providers: Text[];
  customer: Text;
  /** the label of a contract line */
  contract: Text;
  /** the caption under each pattern's model in 図表4 */
  p1Caption: Text;
  p2Caption: Text;
}

export const contractPatternDiagram: ContractPatternDiagram = {
  services: [
    {ja: 'A社ASP・SaaS', en: 'Company A’s ASP/SaaS'},
    {ja: 'B社ASP・SaaS', en: 'Company B’s ASP/SaaS'},
  ],
  link: {ja: '連携', en: 'Partnership'},
  providers: [
    {ja: 'ASP・SaaS事業者A', en: 'ASP/SaaS provider A'},
    {ja: 'ASP・SaaS事業者B', en: 'ASP/SaaS provider B'},
  ],
  customer: {ja: '利用契約者', en: 'Contracting customer'},
  contract: {ja: '利用契約', en: 'Service use contract'},
  p1Caption: {
    ja: '連携ASP・SaaS事業者が個別に利用契約者と契約するパターン（パターン1）',
    en: 'Pattern in which the partnered ASP/SaaS providers contract individually with the contracting customer (Pattern 1)',
  },
  p2Caption: {
    ja: '連携ASP・SaaS事業者が利用契約者と契約を一本化するパターン（パターン２）',
    en: 'Pattern in which the partnered ASP/SaaS providers consolidate the contract with the contracting customer (Pattern 2)',
  },
};

// ---------------------------------------------------------------------------
// 図表8 the agreements of a partnership (one provider contracts with the customer)

export interface Figure8Diagram {
  customer: Text;
  providerA: Text;
  providerB: Text;
  /** the bracket around A社 and B社 */
  serviceProvider: Text;
  /** between the contracting customer and the service provider */
  customerAgreements: Text[];
  contractItemsLabel: Text;
  contractItems: Text[];
  /** between A社 and B社 */
  providerAgreementsLabel: Text;
  providerAgreements: Text[];
  technicalLabel: Text;
  technicalAgreements: Text[];
  /** drawn with dotted lines */
  dottedAgreements: Text[];
  dottedNote: Text;
}

export const figure8Diagram: Figure8Diagram = {
  customer: {ja: '利用契約者', en: 'Contracting customer'},
  providerA: {ja: 'A社', en: 'Company A'},
  providerB: {ja: 'B社', en: 'Company B'},
  serviceProvider: {
    ja: 'サービス提供者（A社もしくはB社）',
    en: 'Service provider (Company A or Company B)',
  },
  customerAgreements: [
    {ja: '基本契約書', en: 'Master agreement'},
    {ja: 'SLA', en: 'SLA'},
    {ja: '利用規約', en: 'Terms of use'},
  ],
  contractItemsLabel: {ja: '各種契約項目', en: 'Contract items'},
  contractItems: [
    {ja: 'サービス内容', en: 'Service content'},
    {ja: '利用料金', en: 'Usage fees'},
    {ja: 'サポート等', en: 'Support, etc.'},
  ],
  providerAgreementsLabel: {ja: '各種契約', en: 'Agreements'},
  providerAgreements: [
    {ja: '基本契約', en: 'Master agreement'},
    {ja: '共同販売契約', en: 'Joint sales agreement'},
    {ja: 'ライセンス提供契約', en: 'License agreement'},
    {ja: '技術提供契約', en: 'Technology provision agreement'},
    {ja: 'NDA', en: 'NDA'},
  ],
  technicalLabel: {
    ja: '技術的対応のための取り決め',
    en: 'Arrangements for technical matters',
  },
  technicalAgreements: [
    {ja: 'AP連携のための仕様書', en: 'Specifications for application integration'},
    {
      ja: 'AP連携の運用規約・運用手順',
      en: 'Operating rules and operating procedures for application integration',
    },
  ],
  dottedAgreements: [
    {ja: '技術協力契約', en: 'Technical cooperation agreement'},
    {ja: 'NDA', en: 'NDA'},
  ],
  dottedNote: {
    ja: '※点線はオンプレミスや他にユーザが利用するASP・SaaSとの連携がある場合',
    en: '* Dotted lines: where there is integration with on-premises systems or with other ASP/SaaS the user uses',
  },
};

// ---------------------------------------------------------------------------
// The unnumbered diagram inside 図表27 (the customer's existing systems)

/**
 * Read from the flattened layout: A社 and B社 are linked and covered by the contract for the
 * partnered services; C社's service and the system the user built are the user's existing
 * systems; the division of responsibility between the two sides is written into the contract.
 */
export interface CustomerSystemsDiagram {
  /** A社ASP・SaaS, B社ASP・SaaS */
  partneredServices: Text[];
  link: Text;
  partneredContract: Text;
  existingSystemsLabel: Text;
  /** C社ASP・SaaSサービス, 利用者が開発・導入したシステム */
  existingSystems: Text[];
  responsibilityAgreement: Text;
  incorporation: Text;
}

export const customerSystemsDiagram: CustomerSystemsDiagram = {
  partneredServices: [
    {ja: 'A社ASP・SaaS', en: 'Company A’s ASP/SaaS'},
    {ja: 'B社ASP・SaaS', en: 'Company B’s ASP/SaaS'},
  ],
  link: {ja: '連携', en: 'Partnership'},
  partneredContract: {
    ja: '連携したASP・SaaSサービス利用に関する契約等',
    en: 'Contracts, etc. for the use of the partnered ASP/SaaS services',
  },
  existingSystemsLabel: {
    ja: '利用者が既に導入しているシステム・サービス',
    en: 'Systems and services the user has already introduced',
  },
  existingSystems: [
    {ja: 'C社ASP・SaaSサービス', en: 'Company C’s ASP/SaaS service'},
    {ja: '利用者が開発・導入したシステム', en: 'Systems the user has developed or introduced'},
  ],
  responsibilityAgreement: {
    ja: '連携したASP・SaaSサービスと利用者が既に導入しているシステム・サービスとの責任分界の取り決め',
    en: 'Agreement on the division of responsibility between the partnered ASP/SaaS services and the systems and services the user has already introduced',
  },
  incorporation: {ja: '契約に組み込み', en: 'Incorporated into the contract'},
};
