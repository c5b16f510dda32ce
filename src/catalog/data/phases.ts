import type {Phase, PhaseActionGroup, Text} from '../types';

export const phases: Phase[] = [
  {
    id: 'sales',
    name: {ja: '販売段階', en: 'Sales phase'},
    figure9Label: {ja: '販売段階', en: 'Sales phase'},
  },
  {
    id: 'introduction',
    name: {ja: '導入段階', en: 'Introduction phase'},
    figure9Label: {ja: '導入段階', en: 'Introduction phase'},
  },
  {
    id: 'operation',
    name: {ja: '運用段階', en: 'Operation phase'},
    figure9Label: {ja: 'サービス提供段階', en: 'Service provision phase'},
  },
];

/** The column headings of 図表7. */
export interface Figure7Heading {
  /** over the left-hand labels */
  labels: Text;
  /** over the actions */
  column: Text;
}

export const figure7Heading: Figure7Heading = {
  labels: {ja: 'ASP・SaaS連携のための対応', en: 'Actions for ASP/SaaS partnership'},
  column: {ja: '具体的な対応事項', en: 'Specific actions'},
};

// 図表7 is flattened in the extraction: the labels come first (bottom row first), then the
// action boxes top to bottom. The boxes are read as: one box of three bullets (sales); two boxes
// with one and two bullets (business analysis); two boxes with one bullet each (system analysis);
// one box of three bullets (operation). The last box's first bullet (運用範囲等の切り分け)
// matches the operation label 利用者との責任分界の定義 and is kept with the operation phase.
export const phaseActionGroups: PhaseActionGroup[] = [
  {
    id: 'sales',
    phase: 'sales',
    labels: [
      {ja: '商品・サービス戦略（企画）', en: 'Product and service strategy (planning)'},
      {ja: '顧客戦略', en: 'Customer strategy'},
      {ja: '連携事業者間の取り決め', en: 'Agreements between the partnered providers'},
    ],
    actions: [
      {
        ja: '製品・サービスの連携による高付加価値化、訴求力向上の検討',
        en: 'Examining how linking products and services can add value and increase their appeal',
      },
      {
        ja: '各連携事業者への導入アプローチのための対応方策の検討',
        en: 'Examining measures for the introduction approach toward each partnered provider',
      },
      {
        ja: '事業者間における費用・売り上げのシェア方法等の取り決め',
        en: 'Agreeing between the providers how costs and sales are shared, and the like',
      },
    ],
  },
  {
    id: 'introduction.businessAnalysis',
    phase: 'introduction',
    area: {ja: '業務分析', en: 'Business analysis'},
    labels: [
      {
        ja: 'ユーザー業務分析（導入効果、導入AP業務とそれ以外の業務・APとの関係等）',
        en: 'Analysis of the user’s business (effects of the introduction, relationship between the business of the introduced application and other business and applications, etc.)',
      },
    ],
    actions: [
      {
        ja: '導入対象となるユーザー業務における導入効果のための分析',
        en: 'Analysis of the effects of the introduction on the user business it targets',
      },
      {
        ja: 'ユーザーが既に利用するシステムがあれば、そのシステムを利用した業務との関係での分析',
        en: 'If the user already uses a system, analysis of the relationship with the business that uses that system',
      },
      {
        ja: 'その他導入後にユーザが業務対応すべき内容の確定',
        en: 'Determining anything else the user must handle in its business after the introduction',
      },
    ],
  },
  {
    id: 'introduction.systemAnalysis',
    phase: 'introduction',
    area: {ja: 'システム分析', en: 'System analysis'},
    labels: [
      {
        ja: '具体的な導入仕様策定（データベース分析、プラットフォーム分析等）',
        en: 'Drawing up concrete introduction specifications (database analysis, platform analysis, etc.)',
      },
    ],
    actions: [
      {
        ja: 'ユーザーが既に利用するシステム・サービスがある場合には、トランザクションの対象となるデータに関する分析（データ項目、形式、データ連携方法ほか）、共通利用対象となるプラットフォーム、システム資源等との分析',
        en: 'Where the user already uses systems or services, analysis of the data subject to transactions (data items, formats, data integration methods, etc.) and analysis with regard to the platforms, system resources and the like to be used in common',
      },
      {
        ja: 'システム全体の安全性確保（あるいは安全性が確保できる範囲の確定）のための分析',
        en: 'Analysis for ensuring the security of the system as a whole (or for determining the extent to which security can be ensured)',
      },
    ],
  },
  {
    id: 'operation',
    phase: 'operation',
    labels: [
      {ja: '運用設計', en: 'Operation design'},
      {ja: 'SLAの一元化', en: 'Unifying the SLA'},
      {ja: '利用者との責任分界の定義', en: 'Defining the division of responsibility with the user'},
      {ja: '課金方法決定（対利用者契約）', en: 'Deciding the billing method (contract with the user)'},
    ],
    actions: [
      {
        ja: 'ユーザーが既に利用するシステム・サービスと新規に導入するサービスとの運用範囲等の切り分け',
        en: 'Separating the scope of operation and the like between the systems and services the user already uses and the newly introduced services',
      },
      {
        ja: '連携したASP・SaaSを導入する場合の、運用設計（対応の一次切り分け方法含む）、SLAの一元化、利用者との課金方法（契約方法等）',
        en: 'When partnered ASP/SaaS is introduced: operation design (including the method of first-level fault isolation), unifying the SLA, and the billing method with the user (contract method, etc.)',
      },
      {
        ja: 'ASP・SaaS連携で利用する情報（個人情報、その他）の取り扱い',
        en: 'Handling of the information used in the ASP/SaaS partnership (personal information and other information)',
      },
    ],
  },
];
