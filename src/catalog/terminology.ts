/**
 * The site's one English rendering of each Japanese contract term of the
 * guide. Every English text of the catalog, the related guides and the
 * planner whose Japanese holds the term uses this rendering, and no competing
 * rendering appears (the unit test `terminology.test.ts` holds it). The
 * English pages follow the same table.
 */
export interface ContractTerm {
  /** the Japanese term as the guide writes it */
  ja: string;
  /** the one English rendering, as it reads in running text */
  en: string;
  /** how the rendering is found in an English text (case and inflection) */
  uses: RegExp;
  /** renderings that compete with it and must not appear beside the term */
  competing?: RegExp[];
  /** renderings that appear in no English text of the site or English page at all */
  nowhere?: RegExp[];
  /** Japanese that holds the term but is another term (checked on its own) */
  except?: RegExp;
}

export const contractTerms: ContractTerm[] = [
  {
    ja: '契約解消・終了',
    en: 'dissolution and termination of the agreement',
    uses: /dissolution and termination of the agreement/i,
    nowhere: [/cancellation and termination/i],
  },
  {
    ja: '解消',
    en: 'dissolution (dissolve)',
    uses: /dissol/i,
    competing: [/cancel/i],
    // 課題を解消する: to solve an issue, not a contract's end
    except: /課題を解消/,
  },
  {
    ja: '解除',
    en: 'cancellation (cancel)',
    uses: /cancel/i,
    competing: [/rescission/i],
  },
  {
    ja: '守秘義務',
    en: 'confidentiality obligation',
    uses: /confidentiality obligation/i,
    competing: [/duty of confidentiality/i, /obligation of confidentiality/i, /secrecy/i],
    nowhere: [/duty of confidentiality/i, /obligation of confidentiality/i],
    except: /守秘義務契約/,
  },
  {
    ja: '守秘義務契約',
    en: 'confidentiality agreement',
    uses: /confidentiality agreement/i,
    competing: [/non-disclosure/i, /\bNDA\b/],
  },
  {
    ja: '機密保持契約',
    en: 'non-disclosure agreement',
    uses: /non-disclosure agreement/i,
    competing: [/(?<!\()\bNDA\b(?!\))/, /confidentiality agreement/i],
  },
  {
    ja: '秘密保持契約',
    en: 'non-disclosure agreement',
    uses: /non-disclosure agreement/i,
    competing: [/(?<!\()\bNDA\b(?!\))/, /confidentiality agreement/i],
  },
  {
    ja: '基本契約',
    en: 'master agreement',
    uses: /master agreement/i,
    competing: [/basic (agreement|contract)/i],
    nowhere: [/basic (agreement|contract)/i],
  },
  {
    ja: '業務提携契約',
    en: 'business alliance agreement',
    uses: /business alliance agreement/i,
  },
  {
    ja: '利用契約者',
    en: 'contracting customer',
    uses: /contracting customers?/i,
    competing: [/contracting user/i, /contract holder/i],
    nowhere: [/contracting user/i, /contract holder/i],
  },
  {
    ja: '利用契約',
    en: 'service use contract',
    uses: /service use contracts?/i,
    competing: [/(?<!service )use contract/i, /usage contract/i],
    nowhere: [/usage contract/i],
    except: /利用契約者/,
  },
  {
    ja: 'サービス提供契約',
    en: 'service provision contract',
    uses: /service provision contracts?/i,
  },
  {
    ja: '利用規約',
    en: 'terms of use',
    uses: /terms of use/i,
    competing: [/terms of service/i, /terms and conditions/i],
  },
  {
    ja: '免責',
    en: 'disclaimer',
    uses: /disclaim/i,
    competing: [/exemption/i],
  },
  {
    ja: '損害賠償',
    en: 'compensation for damages',
    uses: /compensation for damages/i,
    competing: [/liability for damage/i],
  },
  {
    ja: '責任分界',
    en: 'division of responsibility',
    uses: /division of responsibility/i,
    competing: [/demarcation/i, /boundar(y|ies) of responsibility/i],
    nowhere: [/demarcation/i],
  },
  {
    ja: 'レベニューシェア',
    en: 'revenue share',
    uses: /revenue[- ]share/i,
    competing: [/revenue sharing/i],
    nowhere: [/revenue sharing/i],
  },
  {
    ja: 'ライセンス',
    en: 'license',
    uses: /licen[cs]/i,
    competing: [/licence/i],
    nowhere: [/licence/i],
  },
  {
    ja: 'サービス共同提供契約',
    en: 'joint service provision agreement',
    uses: /joint service provision agreement/i,
  },
  {
    ja: '共同販売契約',
    en: 'joint sales agreement',
    uses: /joint sales agreement/i,
  },
  {
    ja: '技術提供契約',
    en: 'technology provision agreement',
    uses: /technology provision agreement/i,
  },
  {
    ja: '技術協力契約',
    en: 'technical cooperation agreement',
    uses: /technical cooperation agreement/i,
  },
  {
    ja: '機密情報',
    en: 'confidential information',
    uses: /confidential information/i,
  },
  {
    ja: '営業秘密',
    en: 'trade secret',
    uses: /trade[- ]secrets?/i,
    competing: [/business secret/i],
    nowhere: [/business secret/i],
  },
  {
    ja: '知的財産',
    en: 'intellectual property',
    uses: /intellectual property/i,
  },
  {
    ja: '障害時',
    en: 'fault (in the event of a fault)',
    uses: /fault/i,
    competing: [/failure/i],
  },
  {
    ja: '連携ASP・SaaS事業者',
    en: 'partnered ASP/SaaS provider',
    uses: /partnered ASP\/SaaS providers?/i,
  },
];
