/**
 * What has become of the guidelines the guide and the site name, since the
 * guide was issued (July 2012): the site's notes, never the guide's text.
 *
 * One entry for every guideline of the related-guidelines page (the four of
 * 図表25 among them) and for the act the checklist names (個人情報保護法,
 * 図表17). A fact is here only if the site read it on a page of the issuer
 * (or, where named, of a body that speaks for it); each step links that page
 * and gives the day the site read it. Where nothing could be confirmed there,
 * the entry says so (`notConfirmed`) and the pages show that, rather than a
 * guess.
 */
import type {Text} from '../types';
import type {SinceGuideEntry, SinceGuideSource, SinceGuideStep} from '../sinceGuideTypes';

/** The day the site last read the sources below. */
export const SINCE_GUIDE_CHECKED = '2026-12-02';

/** The act the checklist names (図表17, 個人情報の取り扱い), as the guide names it. */
export const personalInformationAct = {
  id: 'personalInformationAct',
  name: {ja: '個人情報保護法', en: 'Act on the Protection of Personal Information'},
  /** where the guide names it */
  figure: 17,
} as const;

const mic: Text = {ja: '総務省', en: 'Ministry of Internal Affairs and Communications (MIC)'};
const meti: Text = {ja: '経済産業省', en: 'Ministry of Economy, Trade and Industry (METI)'};
const micMeti: Text = {ja: '総務省・経済産業省', en: 'MIC and METI'};
const mhlw: Text = {ja: '厚生労働省', en: 'Ministry of Health, Labour and Welfare (MHLW)'};
const ppc: Text = {ja: '個人情報保護委員会', en: 'Personal Information Protection Commission (PPC)'};

// ---------------------------------------------------------------------------
// The pages the facts were read on

const aspicGuidelines: SinceGuideSource = {
  url: 'https://aspicjapan.org/information/guideline/index.html',
  name: {ja: 'ASPIC「ガイドライン・指針等」', en: 'ASPIC, “Guidelines and guides” (Japanese)'},
};
const micMedical2018: SinceGuideSource = {
  url: 'https://www.soumu.go.jp/menu_news/s-news/01ryutsu02_02000203.html',
  name: {ja: '総務省 報道資料（2018年5月21日）', en: 'MIC press release, 21 May 2018 (Japanese)'},
};
const micMedicalMerger: SinceGuideSource = {
  url: 'https://www.soumu.go.jp/menu_news/s-news/01ryutsu02_02000263.html',
  name: {
    ja: '総務省 報道資料（統合ガイドライン案への意見募集）',
    en: 'MIC press release on the consultation on the merged guidelines (Japanese)',
  },
};
const metiMedicalMerger: SinceGuideSource = {
  url: 'https://www.meti.go.jp/press/2019/03/20200305001/20200305001.html',
  name: {ja: '経済産業省 ニュースリリース（2020年3月5日）', en: 'METI news release, 5 March 2020 (Japanese)'},
};
const micMedical2024: SinceGuideSource = {
  url: 'https://www.soumu.go.jp/menu_news/s-news/01ryutsu06_02000409.html',
  name: {ja: '総務省 報道資料（2024年10月1日）', en: 'MIC press release, 1 October 2024 (Japanese)'},
};
const mhlwMedical6: SinceGuideSource = {
  url: 'https://www.mhlw.go.jp/stf/shingi/0000516275_00006.html',
  name: {
    ja: '厚生労働省「医療情報システムの安全管理に関するガイドライン 第6.0版」',
    en: 'MHLW, the guidelines’ version 6.0 (Japanese)',
  },
};
const ppc2020: SinceGuideSource = {
  url: 'https://www.ppc.go.jp/personalinfo/legal/kaiseihogohou/',
  name: {
    ja: '個人情報保護委員会「令和2年 改正個人情報保護法について」',
    en: 'PPC, on the 2020 amendment of the Act (Japanese)',
  },
};
const ppc2021: SinceGuideSource = {
  url: 'https://www.ppc.go.jp/personalinfo/minaoshi/',
  name: {
    ja: '個人情報保護委員会「令和3年 改正個人情報保護法について」',
    en: 'PPC, on the 2021 amendment of the Act (Japanese)',
  },
};

// ---------------------------------------------------------------------------
// Steps that more than one guideline went through

const checked = SINCE_GUIDE_CHECKED;

const medicalCloud2018: SinceGuideStep = {
  kind: 'renamed',
  issuer: mic,
  title: {
    ja: 'クラウドサービス事業者が医療情報を取り扱う際の安全管理に関するガイドライン（第1版）',
    en: 'Guidelines on Safety Management for Cloud Service Providers Handling Medical Information (1st edition)',
  },
  date: '2018-07',
  what: {
    ja: '総務省がこのガイドラインを改定し、ASP・SaaS事業者に限らず、PaaS・IaaSを含むクラウドサービス事業者を対象とすることを明確にして名称を改めた。SLA参考例もガイドラインと一体にした。',
    en: 'MIC revised these guidelines, made clear that they cover cloud service providers in general, PaaS and IaaS included, not ASP/SaaS providers alone, and renamed them. The reference SLA examples became part of the guidelines.',
  },
  sources: [micMedical2018, micMedicalMerger],
  checked,
};

const medicalSlaInto2018: SinceGuideStep = {
  ...medicalCloud2018,
  what: {
    ja: '総務省がASP・SaaS事業者向けの医療情報ガイドラインを改定して名称を改めた際に、このSLA参考例もガイドラインと一体にした。',
    en: 'When MIC revised and renamed its medical information guidelines for ASP/SaaS providers, these reference SLA examples became part of the guidelines.',
  },
};

const medicalMerged2020: SinceGuideStep = {
  kind: 'merged',
  issuer: micMeti,
  title: {
    ja: '医療情報を取り扱う情報システム・サービスの提供事業者における安全管理ガイドライン',
    en: 'Safety Management Guidelines for Providers of Information Systems and Services Handling Medical Information',
  },
  date: '2020-08',
  what: {
    ja: '総務省のクラウドサービス事業者向けのガイドラインと、経済産業省の「医療情報を受託管理する情報処理事業者における安全管理ガイドライン」を、両省が一つのガイドラインに統合した。医療情報システムやサービスを提供する事業者が対象である。',
    en: 'The two ministries merged MIC’s guidelines for cloud service providers and METI’s Safety Management Guidelines for Information Processing Providers Entrusted with Managing Medical Information into one set of guidelines, for providers of medical information systems and services.',
  },
  sources: [micMedicalMerger, metiMedicalMerger, micMedical2024],
  checked,
};

const medicalRevised2023: SinceGuideStep = {
  kind: 'revised',
  issuer: micMeti,
  title: {
    ja: '医療情報を取り扱う情報システム・サービスの提供事業者における安全管理ガイドライン 第1.1版',
    en: 'Safety Management Guidelines for Providers of Information Systems and Services Handling Medical Information, version 1.1',
  },
  date: '2023-07',
  what: {
    ja: '両省が統合後のガイドラインを改定し、第1.1版とした。',
    en: 'The two ministries revised the merged guidelines as version 1.1.',
  },
  sources: [micMedical2024],
  checked,
};

const medicalDraft2024: SinceGuideStep = {
  kind: 'draft',
  issuer: micMeti,
  title: {
    ja: '医療情報を取り扱う情報システム・サービスの提供事業者における安全管理ガイドライン 第2.0版（案）',
    en: 'Safety Management Guidelines for Providers of Information Systems and Services Handling Medical Information, version 2.0 (draft)',
  },
  date: '2024-10',
  what: {
    ja: '両省が第2.0版の案をまとめ、2024年10月2日から31日まで意見を募集した。第2.0版の公表は、本サイトは発行元のページで確認できていない。',
    en: 'The two ministries put a draft of version 2.0 out for public comment from 2 to 31 October 2024. The site has not found the published version 2.0 on the issuers’ own pages.',
  },
  sources: [micMedical2024],
  checked,
};

const mergedMedicalSummary: Text = {
  ja: '総務省・経済産業省「医療情報を取り扱う情報システム・サービスの提供事業者における安全管理ガイドライン」',
  en: 'MIC and METI’s Safety Management Guidelines for Providers of Information Systems and Services Handling Medical Information',
};

function unconfirmed(id: string): SinceGuideEntry {
  return {id, status: 'notConfirmed', checked};
}

// ---------------------------------------------------------------------------
// The entries, in the order of the related-guidelines page

export const sinceGuide: SinceGuideEntry[] = [
  // Later editions and variants of the data-centre disclosure guidelines are
  // reported by third-party pages only.
  unconfirmed('dataCentreDisclosure'),
  {
    id: 'aspSaasSecurity',
    status: 'confirmed',
    summary: {
      ja: 'その後、総務省の「クラウドサービス提供における情報セキュリティ対策ガイドライン」（2014年4月）が作られ、2018年7月の第2版にこのガイドラインが統合された。',
      en: 'MIC has since issued the Guidelines on Information Security Measures for the Provision of Cloud Services (April 2014), whose 2nd edition (July 2018) absorbed these guidelines.',
    },
    steps: [
      {
        kind: 'issued',
        issuer: mic,
        title: {
          ja: 'クラウドサービス提供における情報セキュリティ対策ガイドライン',
          en: 'Guidelines on Information Security Measures for the Provision of Cloud Services',
        },
        date: '2014-04',
        what: {
          ja: 'クラウドサービス事業者が実施すべき情報セキュリティ対策を、利用者との接点と事業者間の連携における実務を中心にまとめたもの。',
          en: 'The information security measures cloud service providers should take, centred on their dealings with users and on the practice of partnership between providers.',
        },
        sources: [aspicGuidelines],
        checked,
      },
      {
        kind: 'merged',
        issuer: mic,
        title: {
          ja: 'クラウドサービス提供における情報セキュリティ対策ガイドライン（第2版）',
          en: 'Guidelines on Information Security Measures for the Provision of Cloud Services (2nd edition)',
        },
        date: '2018-07',
        what: {
          ja: '第2版で、IoTに関する内容を補うとともに、「ASP・SaaSにおける情報セキュリティ対策ガイドライン」を統合した。',
          en: 'The 2nd edition added what concerns IoT and absorbed the Guidelines on Information Security Measures for ASP/SaaS.',
        },
        sources: [aspicGuidelines],
        checked,
      },
    ],
  },
  // The disclosure guidelines' later editions are reported by third-party pages only.
  unconfirmed('aspSaasDisclosure'),
  unconfirmed('cloudDisclosureReference'),
  unconfirmed('dataCentreUsage'),
  {
    id: 'aspSaasMedical',
    status: 'confirmed',
    summary: {
      ja: `その後、2018年7月にクラウドサービス事業者全般を対象とするガイドラインに改められ、2020年8月に経済産業省のガイドラインと統合されて、${mergedMedicalSummary.ja}となった（第1.1版、2023年7月）。`,
      en: `They have since been recast for cloud service providers in general (July 2018) and merged with METI’s guidelines (August 2020) into ${mergedMedicalSummary.en} (version 1.1, July 2023).`,
    },
    steps: [medicalCloud2018, medicalMerged2020, medicalRevised2023, medicalDraft2024],
  },
  {
    id: 'aspSaasMedicalSla',
    status: 'confirmed',
    summary: {
      ja: `2018年7月、医療情報ガイドラインの改定とともにガイドラインと一体になり、2020年8月に${mergedMedicalSummary.ja}に統合された。`,
      en: `In July 2018 they became part of the revised medical information guidelines, which were merged in August 2020 into ${mergedMedicalSummary.en}.`,
    },
    steps: [medicalSlaInto2018, medicalMerged2020, medicalRevised2023, medicalDraft2024],
  },
  {
    id: 'medicalInformationProcessing',
    status: 'confirmed',
    summary: {
      ja: `その後、第2版（2012年10月）を経て、2020年8月に総務省のガイドラインと統合され、${mergedMedicalSummary.ja}となった（第1.1版、2023年7月）。`,
      en: `After a 2nd edition (October 2012), they were merged with MIC’s guidelines in August 2020 into ${mergedMedicalSummary.en} (version 1.1, July 2023).`,
    },
    steps: [
      {
        kind: 'revised',
        issuer: meti,
        title: {
          ja: '医療情報を受託管理する情報処理事業者における安全管理ガイドライン（第2版）',
          en: 'Safety Management Guidelines for Information Processing Providers Entrusted with Managing Medical Information (2nd edition)',
        },
        date: '2012-10',
        what: {
          ja: '経済産業省が改定し、第2版とした。名称は発行元の表記による。',
          en: 'METI revised them as the 2nd edition, under the name given here, which is the issuer’s.',
        },
        sources: [micMedicalMerger, metiMedicalMerger],
        checked,
      },
      medicalMerged2020,
      medicalRevised2023,
      medicalDraft2024,
    ],
  },
  // Its own successor is not confirmed on the issuer's pages; a handbook for
  // cloud providers (MIC, 2016) and the education ministry's school security
  // guidelines were found on other pages only.
  unconfirmed('schoolAdministration'),
  unconfirmed('userProtection'),
  unconfirmed('smeCloudSafeUse'),
  // A "2013年度版" is known from a copy of the document, not from METI's pages.
  unconfirmed('cloudSecurityManagement'),
  unconfirmed('saasSla'),
  unconfirmed('localGovAspSaas'),
  unconfirmed('publicItOutsourcing'),
  {
    id: 'medicalSystemsSecurity',
    status: 'confirmed',
    summary: {
      ja: 'その後も改定が重ねられ、2023年5月に第6.0版となった。',
      en: 'They have been revised several times since; version 6.0 came in May 2023.',
    },
    steps: [
      {
        kind: 'revised',
        issuer: mhlw,
        title: {
          ja: '医療情報システムの安全管理に関するガイドライン 第6.0版',
          en: 'Guidelines for the Security Management of Medical Information Systems, version 6.0',
        },
        date: '2023-05',
        what: {
          ja: '厚生労働省は第4.1版の後も改定を重ね、第6.0版とした。本文は経営管理編・企画管理編・システム運用編に分かれ、概説編が付く。',
          en: 'MHLW went on revising the guidelines after version 4.1, up to version 6.0, whose main text is divided into volumes on management, on planning and on system operation, with an overview volume.',
        },
        sources: [mhlwMedical6],
        checked,
        readAt: ['https://wic-net.com/material/document/9463/4'],
      },
    ],
  },
  unconfirmed('schoolSecuritySpecification'),
  unconfirmed('schoolAdministrationComputerisation'),
  {
    id: personalInformationAct.id,
    status: 'confirmed',
    summary: {
      ja: '個人情報保護法はその後も改正され、令和2年改正法が2022年4月1日に全面施行され、令和3年改正のうち地方公共団体等に係る部分が2023年4月1日に施行された。',
      en: 'The Act on the Protection of Personal Information has been amended since: the 2020 amendment came fully into force on 1 April 2022, and the part of the 2021 amendment concerning local governments on 1 April 2023.',
    },
    steps: [
      {
        kind: 'amended',
        issuer: ppc,
        title: {
          ja: '個人情報の保護に関する法律等の一部を改正する法律（令和2年改正）',
          en: 'Act Partially Amending the Act on the Protection of Personal Information, etc. (the 2020 amendment)',
        },
        date: '2022-04-01',
        what: {
          ja: '2020年6月12日に公布された改正法が、2022年4月1日に全面施行された。',
          en: 'The amending act, promulgated on 12 June 2020, came fully into force on 1 April 2022.',
        },
        sources: [ppc2020],
        checked,
      },
      {
        kind: 'amended',
        issuer: ppc,
        title: {
          ja: 'デジタル社会の形成を図るための関係法律の整備に関する法律による改正（令和3年改正）',
          en: 'The amendment by the Act on the Arrangement of Related Acts for the Formation of a Digital Society (the 2021 amendment)',
        },
        date: '2023-04-01',
        what: {
          ja: '官民を通じた個人情報保護制度の見直しによる改正のうち、国の行政機関・独立行政法人等に係る部分が2022年4月1日に、地方公共団体等に係る部分が2023年4月1日に施行された。',
          en: 'Of this amendment, which reviewed the rules on personal information across the public and private sectors, the part concerning national administrative organs and incorporated administrative agencies came into force on 1 April 2022, and the part concerning local governments on 1 April 2023.',
        },
        sources: [ppc2021],
        checked,
      },
    ],
  },
];

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
