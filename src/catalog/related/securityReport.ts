/**
 * The tables of the study group's report that stand on a page of their own
 * (the related guide "the report's surveys and judgements"): the interviews of
 * nine providers (図表13–15), the existing laws, standards and guidelines
 * (図表16) and the requirement levels judged per service (図表23). Kept apart
 * from `security.ts` so that the security guide's page does not load them.
 *
 * Every Japanese text is the report's, apart from those listed in
 * `securityReportDeviations` (the test checks this against the source).
 */
export * from './securityInterviews';
export * from './securityStandards';
export * from './securityServiceLevels';

export interface SecurityReportDeviation {
  ja: string;
  reason: string;
}

export const securityReportDeviations: SecurityReportDeviation[] = [
  {ja: '表の下を参照', reason: 'label written by the site for a cell whose value is given under the table'},

  {
    ja: 'IDC利用の有無',
    reason:
      '図表14: the extraction cuts the column heading to 「IDC利用の有」 (the interview points say データセンタ利用の有無)',
  },
  {
    ja: '資料の文字になし',
    reason: 'label written by the site for the cells of 図表14 and 図表15 that the source text does not hold',
  },
  {
    ja: 'A社、C社、D社の売上規模＆従業員数は次のいずれかである（どの社のものかは資料の文字から分からない）',
    reason: 'the site’s note on the three cells of 図表13 the extraction does not tie to a row',
  },
  {
    ja: 'A社、B社、C社のIDC利用の有無は次のいずれかである（同上）',
    reason: 'the site’s note on the three cells of 図表14 the extraction does not tie to a row',
  },
  {
    ja: 'A社からF社のSLAへの取り組み、利用者からの要求等として、報告書は次の回答を挙げている（どの社の回答かは資料の文字から分からない。運用主体と主な対策の欄は資料の文字にない）',
    reason: 'the site’s note on the cells of 図表15 the extraction does not tie to a row',
  },
  {
    ja: '図表24に記載なし',
    reason: 'label written by the site for the rows of 図表23 that 図表24 does not gather into a pattern',
  },
  {
    ja: '民間向けITシステムのSLAガイドライン 第3版（電子情報技術産業協会 JEITA）',
    reason:
      '図表16: the report prints 「日本情報技術産業協会」 for JEITA’s name, 電子情報技術産業協会 (a slip, listed in sourceSlips)',
  },
  {
    ja: '中小企業BCP策定運用指針（中小企業庁）',
    reason:
      '図表16: the report prints 「中小企業BCP策定運用方針」 for the agency’s 中小企業BCP策定運用指針 (a slip, listed in sourceSlips)',
  },
];
