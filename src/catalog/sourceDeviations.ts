/**
 * Japanese texts of the catalog that are not found, as they stand, in the
 * source text of the guide — each with the reason. The catalog test fails on
 * any other difference, so the Japanese cannot drift from the guide unnoticed.
 */
export interface SourceDeviation {
  ja: string;
  reason: string;
}

export const sourceDeviations: SourceDeviation[] = [
  {
    ja: '連携ASP・SaaS事業者が利用契約者と利用契約を一本化するパターン',
    reason: '図表6 caption: the source prints 「利用系」 for 利用契約 (same reading; 図表4 says 契約を一本化)',
  },
  {
    ja: 'ASP・SaaS事業者連携を行う際の対応の例',
    reason: '図表7 caption: the source prints 「事業者関係」 for 事業者連携 (the section heading says 連携)',
  },
  {
    ja: 'ASP・SaaS事業者間において行う技術的な取り決めの進め方の例',
    reason: '図表24 caption: the source prints 「技術な」 for 技術的な',
  },
  {
    ja: 'ASP・SaaS連携に際して必要なライセンス提供をBからAに対して行う際に、その範囲について定める。',
    reason: '図表12: the source prints 「ランセンス」 for ライセンス',
  },
  {
    ja: '技術提供に伴い協力する内容について明示されているか（技術支援、サポート支援、技術協力等）',
    reason: 'checklist, 技術提供契約: the source prints 「サポートし円」 for サポート支援',
  },
  {
    ja: '技術協力を行った結果得られた知的財産等に係る取り決めが明示されているか。特に権利の帰属、利用の条件等について明示されているか',
    reason: 'checklist, 技術提供契約: the source prints 「知的財財産」 for 知的財産',
  },
  {
    ja: '課金した利用料に対する分担方法、分担割合、支払方法について明示されているか',
    reason: 'checklist, レベニューシェア契約: the source prints 「粉炭割合」 for 分担割合',
  },
  {
    ja: '利用契約者に対して保証するSLAについての合意、免責事項、品質低下の際の対応等',
    reason: '図表9: the source prints 「利用者契約者」 for 利用契約者',
  },
  {
    ja: 'サービスレベルは本来、サービス提供事業者と利用契約者との間で合意するものである。しかし、上述のパターンの場合には、契約者であるAと利用契約者との間で締結されるSLAが、Bから提供されるサービスについても適用されることになる。そこで、Bが提供するサービスのレベルについてA－B間で合意し、その内容も含めて、Aが利用契約者と合意することになる。',
    reason: '【SLA】 in 3.(2): the source prints 「合意する者」 for 合意するもの',
  },
  {
    ja: '守秘義務契約は、ASP・SaaS事業者が連携してサービス提供する際に、利用者がサービス利用に供するデータ、情報についての守秘義務の内容や範囲について、必要な取り決めを行うために締結する。',
    reason: 'the page number 「16」 falls in the middle of this sentence in the extraction',
  },
  {
    ja: 'ASP・SaaS事業者連携により、契約が連携事業者のうちの1事業者のみと利用契約者が契約する場合でも、利用規約は個々の事業者と締結することがある。',
    reason:
      '図表26, サービス利用規約: the source prints 「利用契約は」; the row is about the terms of use, as 図表8 says (利用規約は各ASP・SaaSごとに締結されることが多い)',
  },
  {
    ja: '一般（共通）',
    reason: 'sector names are the site’s: 図表25 names guidelines, and the sector step of the planner groups them',
  },
  {
    ja: '校務（教育）',
    reason: 'sector names are the site’s (see above); 校務 is the guide’s word for school administration',
  },
  {
    ja: '地方公共団体',
    reason: 'sector names are the site’s (see above)',
  },
  {
    ja: '自ら認証局をたて、その認証局が認証した証明書をそれぞれ発行し、連携する先のサーバに組み込むサーバ間認証',
    reason: '図表20: the source prints 「取り組む」 for 組み込む',
  },
  {
    ja: 'TLSにより両者の対称鍵の暗号化と安全配布する方式',
    reason: '図表20: the source prints 「対象鍵」 for 対称鍵 (symmetric key)',
  },
  {
    ja: '本モデルでは、複数のサービスにおける自動化、標準化、運用の最適化、統制を行うサービスを提供する。',
    reason: 'case 3: the source prints a stray 「企」 before 複数',
  },
  {
    ja: 'A社サービスで生成するファイルに対して、B社のサービスによりタイムスタンプを施し、検証サービスを行うものである。',
    reason: 'case 4: the source prints a stray 「と」 before B社',
  },
  {
    ja: 'レベニューシェアモデル契約が必要となるのは、ASP・SaaS事業者連携のパターンのうち、連携する事業者の一つが、利用契約者と契約するパターンの場合である。すなわち、連携するASP・SaaS事業者の一方（ここでは便宜的にAとする）のみが利用契約者と契約する場合に、それ以外の事業者（ここでは便宜的にBとする）とAの間で、取り決めを行う。',
    reason: 'the printed page reference 「（P6 参照）」 is dropped; the page links to pattern 2 instead',
  },
  {
    ja: '利用契約者の契約相手が、個々のASP・SaaS事業者になる場合には、SLAもそれぞれのASP・SaaS事業者と締結する。契約の相手方が連携するASP・SaaS事業者のうちの1社だけの場合には、提供される全てのサービスについて、契約の相手方となるASP・SaaS事業者と締結する。',
    reason: 'the printed page reference 「（P5参照）」 is dropped; the page links to pattern 1 instead',
  },
];
