/**
 * What has become of the guidelines the guide and the site name, since the
 * guide was issued (July 2012): the site's notes, never the guide's text.
 *
 * One entry for every guideline of the related-guidelines page (the four of
 * 図表25 among them) and for the act the checklist names (個人情報保護法,
 * 図表17): its summary where the site confirmed something, none where it could
 * not (the pages say so, rather than guess). What happened, step by step, with
 * the issuers' pages, is in sinceGuideSteps.ts; this file is the small part
 * the notes beside the guide's pages and the planner need.
 */
import type {SinceGuideNoteData} from '../sinceGuideTypes';

/** The day the site last read the sources (sinceGuideSteps.ts). */
export const SINCE_GUIDE_CHECKED = '2026-12-02';

const checked = SINCE_GUIDE_CHECKED;

/** The act the checklist names (図表17, 個人情報の取り扱い), as the guide names it. */
export const personalInformationAct = {
  id: 'personalInformationAct',
  name: {ja: '個人情報保護法', en: 'Act on the Protection of Personal Information'},
  /** where the guide names it */
  figure: 17,
} as const;

/**
 * 図表25's four guidelines are rows of the related-guidelines page too; this
 * says which row each is, so that both read the same entry.
 */
export const figure25Subjects = {
  disclosure: 'aspSaasDisclosure',
  security: 'aspSaasSecurity',
  school: 'schoolAdministration',
  medical: 'aspSaasMedical',
} as const;

/** In the order of the related-guidelines page, then the act. */
export const sinceGuideNotes: SinceGuideNoteData[] = [
  // Later editions and variants of the data-centre disclosure guidelines are
  // reported by third-party pages only.
  {id: 'dataCentreDisclosure', checked},
  {
    id: 'aspSaasSecurity',
    checked,
    summary: {
      ja: 'その後、総務省の「クラウドサービス提供における情報セキュリティ対策ガイドライン」（2014年4月）が作られ、2018年7月の第2版にこのガイドラインが統合された。',
      en: 'MIC has since issued the Guidelines on Information Security Measures for the Provision of Cloud Services (April 2014), whose 2nd edition (July 2018) absorbed these guidelines.',
    },
  },
  // The disclosure guidelines' later editions are reported by third-party pages only.
  {id: 'aspSaasDisclosure', checked},
  {id: 'cloudDisclosureReference', checked},
  {id: 'dataCentreUsage', checked},
  {
    id: 'aspSaasMedical',
    checked,
    summary: {
      ja: 'その後、2018年7月にクラウドサービス事業者全般を対象とするガイドラインに改められ、2020年8月に経済産業省のガイドラインと統合されて、総務省・経済産業省「医療情報を取り扱う情報システム・サービスの提供事業者における安全管理ガイドライン」となった（第1.1版、2023年7月）。',
      en: 'They have since been recast for cloud service providers in general (July 2018) and merged with METI’s guidelines (August 2020) into MIC and METI’s Safety Management Guidelines for Providers of Information Systems and Services Handling Medical Information (version 1.1, July 2023).',
    },
  },
  {
    id: 'aspSaasMedicalSla',
    checked,
    summary: {
      ja: '2018年7月、医療情報ガイドラインの改定とともにガイドラインと一体になり、2020年8月に総務省・経済産業省「医療情報を取り扱う情報システム・サービスの提供事業者における安全管理ガイドライン」に統合された。',
      en: 'In July 2018 they became part of the revised medical information guidelines, which were merged in August 2020 into MIC and METI’s Safety Management Guidelines for Providers of Information Systems and Services Handling Medical Information.',
    },
  },
  {
    id: 'medicalInformationProcessing',
    checked,
    summary: {
      ja: 'その後、第2版（2012年10月）を経て、2020年8月に総務省のガイドラインと統合され、総務省・経済産業省「医療情報を取り扱う情報システム・サービスの提供事業者における安全管理ガイドライン」となった（第1.1版、2023年7月）。',
      en: 'After a 2nd edition (October 2012), they were merged with MIC’s guidelines in August 2020 into MIC and METI’s Safety Management Guidelines for Providers of Information Systems and Services Handling Medical Information (version 1.1, July 2023).',
    },
  },
  // Its own successor is not confirmed on the issuer's pages; a handbook for
  // cloud providers (MIC, 2016) and the education ministry's school security
  // guidelines were found on other pages only.
  {id: 'schoolAdministration', checked},
  {id: 'userProtection', checked},
  {id: 'smeCloudSafeUse', checked},
  // A "2013年度版" is known from a copy of the document, not from METI's pages.
  {id: 'cloudSecurityManagement', checked},
  {id: 'saasSla', checked},
  {id: 'localGovAspSaas', checked},
  {id: 'publicItOutsourcing', checked},
  {
    id: 'medicalSystemsSecurity',
    checked,
    summary: {
      ja: 'その後も改定が重ねられ、2023年5月に第6.0版となった。',
      en: 'They have been revised several times since; version 6.0 came in May 2023.',
    },
  },
  {id: 'schoolSecuritySpecification', checked},
  {id: 'schoolAdministrationComputerisation', checked},
  {
    id: 'personalInformationAct',
    checked,
    summary: {
      ja: '個人情報保護法はその後も改正され、令和2年改正法が2022年4月1日に全面施行され、令和3年改正のうち地方公共団体等に係る部分が2023年4月1日に施行された。',
      en: 'The Act on the Protection of Personal Information has been amended since: the 2020 amendment came fully into force on 1 April 2022, and the part of the 2021 amendment concerning local governments on 1 April 2023.',
    },
  },
];
