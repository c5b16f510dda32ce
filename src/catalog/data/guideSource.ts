import type {Text} from '../types';

/**
 * The partnership guide itself: its title, who issued it and when, as its
 * cover page gives them (sources/partnership-guide-cover.txt: 「平成24年7月」
 * 「総務省」). The start page, every page's footer and every export's header
 * render these; nothing else types them.
 */
export const guideSource = {
  title: {ja: 'ASP・SaaS事業者連携ガイド', en: 'ASP/SaaS Provider Partnership Guide'},
  issuer: {ja: '総務省', en: 'Ministry of Internal Affairs and Communications (MIC)'},
  /** the issuer where the sentence is short (an export's header, a citation) */
  issuerShort: {ja: '総務省', en: 'MIC'},
  /** the cover gives the Japanese era year and the month; the Western year is the site's */
  issued: {ja: '平成24年（2012年）7月', en: 'July 2012'},
  /** the words before the two facts on the start page */
  issuerLabel: {ja: '発行元', en: 'Issuer'},
  issuedLabel: {ja: '発行時期', en: 'Issued'},
} satisfies Record<string, Text>;

/** The guide's date, year and month, for machines (and tests). */
export const guideIssuedIso = '2012-07';
