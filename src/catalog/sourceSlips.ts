/**
 * The slips of the source documents (misprints, a doubled or missing
 * character, a wrong word) and how the site writes them. The site's one
 * policy: a slip is corrected wherever the site quotes the text — the
 * catalog, the pages, their headings — and listed here with the wording the
 * source prints. The list is shown on the guide's start page in both
 * languages; a test holds that every printed form is in its source and
 * nowhere in the site's Japanese.
 *
 * Not listed here: what the PDF extraction changed (line breaks, doubled
 * words, page numbers), which is the extraction's noise, not the source's.
 */
import type {Text} from './types';

export type SlipSource = 'partnership-guide.txt' | 'security-study-report.txt' | 'asp-saas-security-slides.txt';

export interface SourceSlip {
  id: string;
  source: SlipSource;
  /** where in the source */
  where: Text;
  /** the source's wording, as printed */
  printed: string;
  /** the site's wording */
  corrected: string;
}

export const slipSourceNames: Record<SlipSource, Text> = {
  'partnership-guide.txt': {ja: 'ASP・SaaS事業者連携ガイド', en: 'The ASP/SaaS provider partnership guide'},
  'security-study-report.txt': {
    ja: 'ASP・SaaSの情報セキュリティ対策に関する研究会 報告書',
    en: 'Report of the study group on information security measures for ASP/SaaS',
  },
  'asp-saas-security-slides.txt': {
    ja: 'ASP・SaaS情報セキュリティ対策研究会の資料',
    en: 'Slides of the study group on information security measures for ASP/SaaS',
  },
};

const guide = 'partnership-guide.txt' as const;
const report = 'security-study-report.txt' as const;
const slides = 'asp-saas-security-slides.txt' as const;

export const sourceSlips: SourceSlip[] = [
  {
    id: 'slip.figure6',
    source: guide,
    where: {ja: '図表6の表題', en: 'Caption of Figure 6'},
    printed: '利用契約者と利用系を一本化する',
    corrected: '利用契約者と利用契約を一本化する',
  },
  {
    id: 'slip.figure7',
    source: guide,
    where: {ja: '図表7の表題', en: 'Caption of Figure 7'},
    printed: 'ASP･SaaS事業者関係を行う際の対応の例',
    corrected: 'ASP・SaaS事業者連携を行う際の対応の例',
  },
  {
    id: 'slip.eachOf',
    source: guide,
    where: {ja: '3.(1)②の本文', en: 'Text of 3.(1)②'},
    printed: 'それぞれをについて',
    corrected: 'それぞれについて',
  },
  {
    id: 'slip.masterAgreement',
    source: guide,
    where: {
      ja: '3.(1)②【利用契約者-ASP・SaaS事業者間での取り決めの概要】',
      en: '3.(1)②, overview of the agreements between the contracting customer and the providers',
    },
    printed: 'サービス利用のための基本契約を提携する',
    corrected: 'サービス利用のための基本契約を締結する',
  },
  {
    id: 'slip.operationalImportance',
    source: guide,
    where: {ja: '3.(2)①の見出し', en: 'Heading of 3.(2)①'},
    printed: 'ASP･SaaS事業者間が運用面で取り決めの重要性',
    corrected: 'ASP・SaaS事業者間が運用面で取り決めを行う重要性',
  },
  {
    id: 'slip.operationalMatters',
    source: guide,
    where: {ja: '3.(2)②の見出し', en: 'Heading of 3.(2)②'},
    printed: 'ASP･SaaS事業者間が運用面で取り決めの事項',
    corrected: 'ASP・SaaS事業者間が運用面で取り決める事項',
  },
  {
    id: 'slip.figure9',
    source: guide,
    where: {ja: '図表9（SLA）', en: 'Figure 9 (SLA)'},
    printed: '利用者契約者に対して保証するSLA',
    corrected: '利用契約者に対して保証するSLA',
  },
  {
    id: 'slip.figure12',
    source: guide,
    where: {ja: '図表12', en: 'Figure 12'},
    printed: 'ランセンス',
    corrected: 'ライセンス',
  },
  {
    id: 'slip.sla',
    source: guide,
    where: {ja: '3.(2)②【SLA】', en: '3.(2)②, SLA'},
    printed: '利用契約者との間で合意する者である',
    corrected: '利用契約者との間で合意するものである',
  },
  {
    id: 'slip.figure20Embed',
    source: guide,
    where: {ja: '図表20', en: 'Figure 20'},
    printed: '連携する先のサーバに取り組むサーバ間認証',
    corrected: '連携する先のサーバに組み込むサーバ間認証',
  },
  {
    id: 'slip.figure20Key',
    source: guide,
    where: {ja: '図表20', en: 'Figure 20'},
    printed: '両者の対象鍵',
    corrected: '両者の対称鍵',
  },
  {
    id: 'slip.figure22',
    source: guide,
    where: {ja: '図表22', en: 'Figure 22'},
    printed: 'サービスコード（連携先））',
    corrected: 'サービスコード（連携先）',
  },
  {
    id: 'slip.technicalHeading',
    source: guide,
    where: {ja: '3.(3)②の見出しと図表24の表題', en: 'Heading of 3.(3)② and caption of Figure 24'},
    printed: '技術な取り決めの進め方',
    corrected: '技術的な取り決めの進め方',
  },
  {
    id: 'slip.figure26',
    source: guide,
    where: {ja: '図表26（サービス利用規約）', en: 'Figure 26 (terms of use)'},
    printed: '利用契約は個々の事業者と締結する',
    corrected: '利用規約は個々の事業者と締結する',
  },
  {
    id: 'slip.case3',
    source: guide,
    where: {ja: '事例3', en: 'Case 3'},
    printed: '本モデルでは、企複数のサービス',
    corrected: '本モデルでは、複数のサービス',
  },
  {
    id: 'slip.case4',
    source: guide,
    where: {ja: '事例4', en: 'Case 4'},
    printed: 'ファイルに対して、とB社のサービス',
    corrected: 'ファイルに対して、B社のサービス',
  },
  {
    id: 'slip.checklistSupport',
    source: guide,
    where: {ja: 'チェックリスト（技術提供契約）', en: 'Checklist (technology provision agreement)'},
    printed: 'サポートし円',
    corrected: 'サポート支援',
  },
  {
    id: 'slip.checklistIp',
    source: guide,
    where: {ja: 'チェックリスト（技術提供契約）', en: 'Checklist (technology provision agreement)'},
    printed: '知的財財産',
    corrected: '知的財産',
  },
  {
    id: 'slip.checklistShare',
    source: guide,
    where: {ja: 'チェックリスト（レベニューシェア契約）', en: 'Checklist (revenue-share agreement)'},
    printed: '粉炭割合',
    corrected: '分担割合',
  },
  {
    id: 'slip.reportDepartment',
    source: report,
    where: {ja: '3.3.5', en: '3.3.5'},
    printed: '坦当部署',
    corrected: '担当部署',
  },
  {
    id: 'slip.reportMarket',
    source: report,
    where: {ja: '1.5（図表6の説明）', en: '1.5 (the text on Figure 6)'},
    printed: '3.260 億円',
    corrected: '3,260億円',
  },
  {
    id: 'slip.reportJeita',
    source: report,
    where: {ja: '図表16', en: 'Figure 16'},
    printed: '日本情報技術産業協会 JEITA',
    corrected: '電子情報技術産業協会 JEITA',
  },
  {
    id: 'slip.reportSmeBcp',
    source: report,
    where: {ja: '図表16', en: 'Figure 16'},
    printed: '中小企業BCP策定運用方針',
    corrected: '中小企業BCP策定運用指針',
  },
  {
    id: 'slip.reportReviewNote',
    source: report,
    where: {ja: '図表23（公共住民情報）', en: 'Figure 23 (public resident information)'},
    printed: '住民基本台帳に係るサービス ※※このリストに入れても大丈夫でしょうか？',
    corrected: '住民基本台帳に係るサービス',
  },
  {
    id: 'slip.reportInsurance',
    source: report,
    where: {ja: '図表24（パターン3）', en: 'Figure 24 (pattern 3)'},
    printed: '自賠責保健見積',
    corrected: '自賠責保険見積',
  },
  {
    id: 'slip.reportLightning',
    source: report,
    where: {ja: '図表41（Ⅲ．４．３）', en: 'Figure 41 (III.4.3)'},
    printed: '火災、逃雷、静電気',
    corrected: '火災、落雷、静電気',
  },
  {
    id: 'slip.slidesSass',
    source: slides,
    where: {ja: '「ASP・SaaSの活用展開：具体的市場」', en: '“Using ASP/SaaS: concrete markets”'},
    printed: 'ASP・SASS連携サービス',
    corrected: 'ASP・SaaS連携サービス',
  },
  {
    id: 'slip.slidesSaas',
    source: slides,
    where: {
      ja: 'スライドの表題と「セキュリティに関する課題」ほか',
      en: 'Slide titles, “security issues” and elsewhere',
    },
    printed: 'ASP・SAAS',
    corrected: 'ASP・SaaS',
  },
  {
    id: 'slip.slidesParenthesis',
    source: slides,
    where: {ja: '「利用者にとってのメリット」（付加価値）', en: '“Merits for users” (added value)'},
    printed: '新しいビジネスモデル創出（商品・サービス・コンテンツの流通',
    corrected: '新しいビジネスモデル創出（商品・サービス・コンテンツの流通）',
  },
];

export const sourceSlipLabels = {
  caption: {ja: '原文の誤記と本サイトの表記', en: 'Slips in the source documents and how the site writes them'},
  source: {ja: '資料', en: 'Document'},
  where: {ja: '箇所', en: 'Where'},
  printed: {ja: '原文の表記', en: 'As printed'},
  corrected: {ja: '本サイトの表記', en: 'As the site writes it'},
} satisfies Record<string, Text>;
