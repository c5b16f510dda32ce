/**
 * What happened to each guideline the site confirmed something about, step
 * by step: who issued what, when, the pages that say so (the issuer's first)
 * and the day the site read them. Read with sinceGuide.ts (the summaries);
 * only the "since the guide" page shows these in full.
 */
import type {Text} from '../types';
import type {SinceGuideSource, SinceGuideStep} from '../sinceGuideTypes';

const mic: Text = {ja: '総務省', en: 'Ministry of Internal Affairs and Communications (MIC)'};
const meti: Text = {ja: '経済産業省', en: 'Ministry of Economy, Trade and Industry (METI)'};
const micMeti: Text = {ja: '総務省・経済産業省', en: 'MIC and METI'};
const mhlw: Text = {ja: '厚生労働省', en: 'Ministry of Health, Labour and Welfare (MHLW)'};
const ppc: Text = {ja: '個人情報保護委員会', en: 'Personal Information Protection Commission (PPC)'};

// ---------------------------------------------------------------------------
// The pages the facts were read on

const aspicGuidelines: SinceGuideSource = {
  url: 'https://aspicjapan.org/information/guideline/index.html',
  caption: {ja: 'ASPIC「ガイドライン・指針等」', en: 'ASPIC, “Guidelines and guides” (Japanese)'},
};
const micMedical2018: SinceGuideSource = {
  url: 'https://www.soumu.go.jp/menu_news/s-news/01ryutsu02_02000203.html',
  caption: {ja: '総務省 報道資料（2018年5月21日）', en: 'MIC press release, 21 May 2018 (Japanese)'},
};
const micMedicalMerger: SinceGuideSource = {
  url: 'https://www.soumu.go.jp/menu_news/s-news/01ryutsu02_02000263.html',
  caption: {
    ja: '総務省 報道資料（統合ガイドライン案への意見募集）',
    en: 'MIC press release on the consultation on the merged guidelines (Japanese)',
  },
};
const metiMedicalMerger: SinceGuideSource = {
  url: 'https://www.meti.go.jp/press/2019/03/20200305001/20200305001.html',
  caption: {ja: '経済産業省 ニュースリリース（2020年3月5日）', en: 'METI news release, 5 March 2020 (Japanese)'},
};
const micMedical2024: SinceGuideSource = {
  url: 'https://www.soumu.go.jp/menu_news/s-news/01ryutsu06_02000409.html',
  caption: {ja: '総務省 報道資料（2024年10月1日）', en: 'MIC press release, 1 October 2024 (Japanese)'},
};
const mhlwMedical6: SinceGuideSource = {
  url: 'https://www.mhlw.go.jp/stf/shingi/0000516275_00006.html',
  caption: {
    ja: '厚生労働省「医療情報システムの安全管理に関するガイドライン 第6.0版」',
    en: 'MHLW, the guidelines’ version 6.0 (Japanese)',
  },
};
const ppc2020: SinceGuideSource = {
  url: 'https://www.ppc.go.jp/personalinfo/legal/kaiseihogohou/',
  caption: {
    ja: '個人情報保護委員会「令和2年 改正個人情報保護法について」',
    en: 'PPC, on the 2020 amendment of the Act (Japanese)',
  },
};
const ppc2021: SinceGuideSource = {
  url: 'https://www.ppc.go.jp/personalinfo/minaoshi/',
  caption: {
    ja: '個人情報保護委員会「令和3年 改正個人情報保護法について」',
    en: 'PPC, on the 2021 amendment of the Act (Japanese)',
  },
};

// ---------------------------------------------------------------------------
// Steps that more than one guideline went through

// the day the site read the pages below: SINCE_GUIDE_CHECKED of sinceGuide.ts (a test holds them equal)
const checked = '2026-12-02';

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

// ---------------------------------------------------------------------------
// The steps, by subject (the ids of sinceGuide.ts)

export const sinceGuideSteps: Record<string, SinceGuideStep[]> = {
  aspSaasSecurity: [
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
  aspSaasMedical: [medicalCloud2018, medicalMerged2020, medicalRevised2023, medicalDraft2024],
  aspSaasMedicalSla: [medicalSlaInto2018, medicalMerged2020, medicalRevised2023, medicalDraft2024],
  medicalInformationProcessing: [
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
  medicalSystemsSecurity: [
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
  personalInformationAct: [
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
};
