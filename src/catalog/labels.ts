import type {Text} from './types';

/**
 * Headings and words the guide's tables use, and the few words the site puts
 * around them (the figure prefix, "source"). Kept here so that every table
 * renders in both languages from one place.
 */
export const labels = {
  figure: {ja: '図表', en: 'Figure'},
  source: {ja: '出所', en: 'Source'},
  phase: {ja: '段階', en: 'Phase'},
  agreementName: {ja: '取り決め項目', en: 'Agreement'},
  agreementContent: {ja: '取り決め内容', en: 'What is agreed'},
  item: {ja: '項目', en: 'Item'},
  itemNotes: {ja: '概要・留意事項等', en: 'Outline and points to note'},
  itemOverview: {ja: '概要等', en: 'Outline'},
  checklistContent: {ja: '内容', en: 'Question'},
  checklistCheck: {ja: 'チェック', en: 'Check'},
  techRequirement: {ja: '連携に際しての技術要件', en: 'Technical requirement for the partnership'},
  techConsiderations: {ja: '検討が必要な事項', en: 'What needs to be considered'},
  no: {ja: 'No', en: 'No.'},
  task: {ja: '検討タスク', en: 'Task'},
  summary: {ja: '概要', en: 'Outline'},
  layer: {ja: '層', en: 'Layer'},
  authTechniques: {ja: '検討する認証技術', en: 'Authentication techniques to consider'},
  logItem: {ja: '履歴確認情報（ログ情報）項目', en: 'History information (log) item'},
  guidelineName: {ja: 'ガイドライン名', en: 'Guideline'},
  issuer: {ja: '発行元', en: 'Issuer'},
  issued: {ja: '発行時期', en: 'Issued'},
  guidelineLocation: {ja: 'ガイドライン記述箇所', en: 'Where the guideline says it'},
  guidelineDetail: {ja: '記述内容 詳細', en: 'What it says'},
  siteQuestion: {ja: 'サイトが追加した確認事項', en: 'Added by this site'},
  siteQuestionShort: {ja: 'サイト追加', en: 'Site'},
  figureNotInSource: {
    ja: 'この図は原典では画像です。内容を文章で示します。',
    en: 'This figure is an image in the original; its content is described here in words.',
  },
  caseImage: {ja: 'サービス及び連携のイメージ', en: 'The service and how it is linked'},
  casePoints: {ja: '連携のポイント', en: 'Key points of the partnership'},
  caseFeatures: {ja: '本事例の特徴', en: 'Features of this case'},
  casePurpose: {ja: '目的', en: 'Purpose'},
  caseCustomer: {ja: '利用者', en: 'Users'},
  caseProvider: {ja: '事業者', en: 'Providers'},
  caseAgreements: {ja: '取り決め内容', en: 'What was agreed'},
  caseWithCustomer: {ja: '対利用者', en: 'With the customer'},
  caseBetweenProviders: {ja: '事業者間', en: 'Between providers'},
  caseOperations: {ja: '運用面での対応内容', en: 'Operational arrangements'},
  caseSuccess: {ja: 'うまくいった点・成功要因', en: 'What went well and why'},
  caseRemarks: {ja: '備考', en: 'Remarks'},
  caseRequirements: {
    ja: 'ASP・SaaS連携に必要とされた技術要件・運用要件等',
    en: 'Technical and operational requirements found necessary for the partnership',
  },
  operationalFeatures: {ja: '運用面の特徴', en: 'Operational features'},
  functionalFeatures: {ja: '機能面の特徴', en: 'Functional features'},
} as const satisfies Record<string, Text>;

export type LabelKey = keyof typeof labels;
