/**
 * The shape of the guide's structured content.
 *
 * Everything the site shows about partnerships, and everything the planner
 * derives a checklist from, is an entry of one of these types. Every entry
 * carries both languages (Japanese is the source, English a translation) and
 * the number of the guide's figure (図表N) it comes from.
 */

export const LOCALES = ['ja', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A piece of text in both languages. `ja` is the guide's wording. */
export interface Text {
  ja: string;
  en: string;
}

/** The guide numbers its figures and tables 図表1 … 図表31. */
export type FigureNo =
  | 1
  | 2
  | 3
  | 4
  | 5
  | 6
  | 7
  | 8
  | 9
  | 10
  | 11
  | 12
  | 13
  | 14
  | 15
  | 16
  | 17
  | 18
  | 19
  | 20
  | 21
  | 22
  | 23
  | 24
  | 25
  | 26
  | 27
  | 28
  | 29
  | 30
  | 31;

export type FigureKind =
  /** a table of the guide: rendered as an HTML table from the catalog */
  | 'table'
  /** a diagram: drawn by a component from the catalog */
  | 'diagram'
  /** a chart or a screenshot whose data is not in the source: described in words */
  | 'described';

export interface Figure {
  no: FigureNo;
  kind: FigureKind;
  /** the caption as the guide gives it, without the "図表N" prefix */
  title: Text;
  /** 出所 (source line), where the guide gives one */
  source?: Text;
  /** for 'described' figures: what the figure shows, in words */
  description?: Text;
}

// ---------------------------------------------------------------------------
// Contract patterns (図表4–6)

export type PatternId = 'p1' | 'p2';

export interface Pattern {
  id: PatternId;
  /** 5 for pattern 1, 6 for pattern 2 */
  figure: 5 | 6;
  /** e.g. 各ASP･SaaS事業者が利用契約者と個別に契約するケース（パターン１） */
  name: Text;
  /** e.g. パターン1 */
  shortName: Text;
  /** the model of 図表4 in one or two sentences (from 2.(1)) */
  summary: Text;
  /** the label under the pattern in 図表4 (責任分界やサービス内容は…で確定) */
  responsibility: Text;
  /** 【パターンNの運用面の特徴】 */
  operational: Text[];
  /** 【パターンNの機能面の特徴】 */
  functional: Text[];
}

// ---------------------------------------------------------------------------
// Phases and the actions of 図表7

export type PhaseId = 'sales' | 'introduction' | 'operation';

export interface Phase {
  id: PhaseId;
  /** 販売段階 / 導入段階 / 運用段階 */
  name: Text;
  /** the label 図表9 gives the phase (it says サービス提供段階 for operation) */
  figure9Label: Text;
}

/** One row of 図表7: a phase (or an area of the introduction phase). */
export interface PhaseActionGroup {
  id: string;
  phase: PhaseId;
  /** 業務分析 / システム分析 for the introduction phase; absent otherwise */
  area?: Text;
  /** the left-hand labels of 図表7 (商品・サービス戦略（企画） …) */
  labels: Text[];
  /** 具体的な対応事項 */
  actions: Text[];
}

// ---------------------------------------------------------------------------
// Agreements (図表9–17 between providers, 図表26–30 with the customer)

export type ProviderAgreementId =
  | 'jointProvision' // サービス共同提供契約 図表10
  | 'jointSales' // 共同販売契約 図表11
  | 'license' // ライセンス供与契約 図表12
  | 'nda' // 機密保持契約 図表13
  | 'techProvision' // 技術提供契約 図表14
  | 'revenueShare' // レベニューシェア契約 図表15
  | 'providerSla' // SLA 図表16
  | 'confidentiality'; // 守秘義務契約 図表17

export type CustomerAgreementId =
  | 'serviceContract' // サービス利用契約 図表27
  | 'customerSla' // SLA 図表28
  | 'termsOfUse' // サービス利用規約 図表29
  | 'customerNda'; // 機密保持契約 図表30

export type AgreementId = ProviderAgreementId | CustomerAgreementId;

/**
 * A check question. `source: 'guide'` questions are the guide's checklist,
 * word for word; `source: 'site'` questions are written by this site for
 * items the guide's checklist does not cover (it stops after revenue share).
 */
export interface CheckQuestion {
  /** stable, e.g. "jointProvision.term.q1" */
  id: string;
  source: 'guide' | 'site';
  text: Text;
  /**
   * The customer's data the question's own words name: personal information
   * (個人情報), or the customer's confidential information and its leaking
   * (利用者の機密情報, 情報漏えい). A plan that handles such data stresses it.
   * Checked against the Japanese by a unit test.
   */
  concerns?: DataConcern[];
}

/** Kinds of the customer's data a check question can be about. */
export type DataConcern = 'personalInfo' | 'customerSecrets';

/**
 * Which of the two providers the guide gives an item to, where it names them
 * A and B (図表12, 15, 16): A contracts the customer alone (the lead), B is
 * the other (the partner).
 */
export type GuideSide = 'A' | 'B';

/** One row of an agreement's table: 項目 and 概要・留意事項等. */
export interface AgreementItem {
  /** stable, e.g. "jointProvision.term" */
  id: string;
  /** 項目 */
  name: Text;
  /** 概要・留意事項等: one entry per bullet of the source cell */
  notes: Text[];
  /** the checklist's questions for this item (may be empty) */
  questions: CheckQuestion[];
  /**
   * The checklist sometimes names an item differently from the agreement's
   * table (費用負担 vs 費用負担等); this keeps the checklist's wording.
   */
  checklistName?: Text;
  /**
   * The side the guide's own words give the item to: "ライセンス提供を B から A
   * に対して行う" makes the license's scope B's. Absent: both sides act.
   */
  side?: GuideSide;
  /** 図表14: the item is the part of whichever provider gives the technology. */
  byTechnologyProvider?: boolean;
}

/** 図表27 gives the service use contract in three variants. */
export type ServiceContractVariantId =
  | 'singleContract' // ＜契約主体となる事業者が1社である場合＞
  | 'individualContracts' // ＜連携するASP･SaaS事業者が個別に契約主体となる場合＞
  | 'customerSystems'; // ＜利用契約者が管理するシステム、サービスがある場合＞

export interface AgreementVariant {
  id: ServiceContractVariantId;
  /** the variant's heading in 図表27 */
  name: Text;
  items: AgreementItem[];
}

export interface Agreement {
  id: AgreementId;
  /** who makes it: between the partnered providers, or provider(s) and customer */
  parties: 'providers' | 'customer';
  /** the phase the agreement belongs to (図表9 for provider agreements) */
  phase: PhaseId;
  /** the table of the agreement's items */
  figure: FigureNo;
  /** the overview table that lists it: 9 or 26 */
  overviewFigure: 9 | 26;
  /** e.g. サービス共同提供契約 */
  name: Text;
  /** the overview table's cell (取り決め内容 of 図表9, 概要等 of 図表26) */
  overview: Text[];
  /** the guide's bullets under 【name】 before the item table */
  description: Text[];
  /** rows of the item table; empty when the agreement has variants */
  items: AgreementItem[];
  /** 図表27 only */
  variants?: AgreementVariant[];
  /**
   * What each side does under the agreement, where the guide gives the two
   * providers different parts (A: the provider that alone contracts the
   * customer; B: the other). The site's summary of the guide's passage.
   */
  sides?: Record<GuideSide, Text>;
}

// ---------------------------------------------------------------------------
// Technical requirements (図表18–24)

export type TechRequirementId =
  | 'transactionData' // トランザクションデータ連携
  | 'masterData' // マスタデータ連携
  | 'serverAuth' // サーバ認証（主体認証）
  | 'logManagement' // ログ管理（証跡管理）
  | 'accessControl' // 情報アクセスコントロール（アクセス制御、権限管理）
  | 'transactionControl' // トランザクション制御
  | 'interface' // インターフェース
  | 'security' // セキュリティ
  | 'operation'; // 運用

export interface TechRequirement {
  id: TechRequirementId;
  /** 連携に際しての技術要件 (図表18) */
  name: Text;
  /** 検討が必要な事項 (図表18) */
  considerations: Text[];
  /** a figure that details the requirement: 19 (master data), 20 (auth), 22 (logs) */
  detailFigure?: 19 | 20 | 22;
}

/** 図表19 */
export interface MasterDataTask {
  no: number;
  task: Text;
  summary: Text;
}

/** 図表20 */
export interface AuthLayer {
  no: number;
  layer: Text;
  /** the session layer splits techniques by whether a third-party CA (TLS) is used */
  groups: {heading?: Text; techniques: Text[]}[];
}

/** 図表22 */
export interface LogItem {
  no: number;
  name: Text;
}

/** 図表24: stages (columns) × PDCA rows. */
export type TechStageId = 'preparation' | 'basicDesign' | 'detailedDesign';
export type TechProcessRowId = 'plan' | 'doBusinessModel' | 'doTechnology' | 'check' | 'action';

export interface TechStage {
  id: TechStageId;
  name: Text;
}

export interface TechProcessRow {
  id: TechProcessRowId;
  /** Plan / Do / Check / Action */
  cycle: 'Plan' | 'Do' | 'Check' | 'Action';
  /** ビジネスモデル / 適用技術 for the two Do rows */
  label?: Text;
  cells: Record<TechStageId, Text[]>;
}

// ---------------------------------------------------------------------------
// Sector guidelines (図表25)

export type SectorId = 'general' | 'medical' | 'school' | 'localGov';

export interface Sector {
  id: SectorId;
  name: Text;
}

export type GuidelineId =
  | 'disclosure' // ASP・SaaSの安全・信頼性に係る情報開示指針（第１版）
  | 'security' // ASP・SaaSにおける情報セキュリティ対策ガイドライン
  | 'school' // 校務分野におけるASP・SaaS事業者向けガイドライン
  | 'medical'; // ASP・SaaS事業者が医療情報を取り扱う際の安全管理に関するガイドライン(1.1版)

export interface Guideline {
  id: GuidelineId;
  name: Text;
  issuer: Text;
  /** as the guide gives it: 2007.11 */
  date: string;
  /** e.g. （改定） */
  dateNote?: Text;
  /** general guidelines apply to every partnership */
  sector: SectorId;
}

/** One row of 図表25. */
export interface GuidelineRequirement {
  id: string;
  guideline: GuidelineId;
  /** ガイドライン記述箇所: one entry per line (chapter, section …) */
  location: Text[];
  /** 記述内容 詳細: one entry per paragraph or bullet */
  detail: Text[];
  /**
   * For each paragraph of `detail`, the row of a general guideline it quotes
   * (the medical guideline quotes the security guideline's Ⅱ．３．１), or null.
   * The planner asks a quoted requirement once, where it is first written, and
   * lists every place that asks it.
   */
  quotes?: (string | null)[];
}

// ---------------------------------------------------------------------------
// The customer's view (図表31)

export interface CustomerWatchTopic {
  id: 'sla' | 'faultIsolation';
  /** SLA / 障害時・緊急時の切り分け */
  topic: Text;
  byPattern: Record<PatternId, Text[]>;
}

// ---------------------------------------------------------------------------
// Chapter 6 and the cases

export interface SuccessPoint {
  id: string;
  /** ① ユーザーへの付加価値向上につながる連携 … */
  title: Text;
  points: Text[];
}

export interface CaseStudy {
  id: string;
  n: 1 | 2 | 3 | 4;
  /** 事例名称 */
  title: Text;
  /** サービス及び連携のイメージ */
  image: Text[];
  /** 連携のポイント (cases 1 and 4) */
  points?: Text[];
  /** 本事例の特徴 (cases 2 and 3) */
  features?: Text[];
  /** the functions of the linking platform listed under the features */
  platformFunctions?: Text[];
  /** 目的: 利用者 */
  purposeCustomer: Text[];
  /** 目的: 事業者 */
  purposeProvider: Text[];
  /** 取り決め内容: 対利用者 */
  agreementsWithCustomer?: Text[];
  /** 取り決め内容: 事業者間 */
  agreementsBetweenProviders?: Text[];
  /** 運用面での対応内容 */
  operations?: Text[];
  /** うまくいった点・成功要因 */
  successFactors?: Text[];
  /** 備考 */
  remarks?: Text[];
  /** case 2: the technical and operational requirements the participants named */
  requirements?: {name: Text; needs: Text[]}[];
  /** links into the catalog, for the planner and cross-references */
  relatedAgreements: AgreementId[];
  relatedRequirements: TechRequirementId[];
}

// ---------------------------------------------------------------------------
// Agreed values (data/agreedValues.ts)

/** Units a duration is written in. */
export const DURATION_UNITS = ['minutes', 'hours', 'days', 'months', 'years'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

/** What kind of value an agreement decides, and what a stored value of it looks like (src/planner/values.ts). */
export type ValueKind =
  /** a share of 100, with at most `decimals` places (稼働率 99.95, a revenue share of 30) */
  | {type: 'percent'; min: number; max: number; decimals: number}
  /** an amount of time in one of `units` (回復までに要する時間 4 hours, 契約期間 12 months) */
  | {type: 'duration'; units: readonly DurationUnit[]}
  /** hours of the week: the days, and the time from and to (提供時間, the help desk's hours) */
  | {type: 'weekHours'}
  /** one of the options (更新方法, the period availability is measured over) */
  | {type: 'choice'; options: readonly string[]}
  /** the countries or regions served, as ISO 3166-1 codes (提供対象地域: JP for domestic only) */
  | {type: 'regions'}
  /** a day, YYYY-MM-DD (the start of a term) */
  | {type: 'date'};

/** Where a value stands in the SLA chain of pattern 2 (src/planner/slaChain.ts). */
export type ChainSlot = 'availability' | 'period' | 'recovery' | 'hours' | 'helpdesk' | 'region';

export interface AgreedValueField {
  /** stable, e.g. "providerSla.availability" */
  id: string;
  /** the agreement that decides it; null for the lead provider's own levels, which back its SLA */
  agreement: AgreementId | null;
  /** the agreement's item it belongs to, e.g. "providerSla.serviceLevel" */
  item: string | null;
  /** the table that names it */
  figure: FigureNo;
  name: Text;
  kind: ValueKind;
  /** 'site': a value the guide does not name, added by this site */
  source: 'guide' | 'site';
  /** for a value of the site's: what it rests on */
  basis?: Text;
  chain?: ChainSlot;
}
