/**
 * For customers of cloud / ASP・SaaS services: what the "Guide for Protecting
 * Cloud Service Users and Ensuring Compliance" (クラウドサービス利用者の保護と
 * コンプライアンス確保のためのガイド, ASPIC, 2011.7) sets out, as ASPIC's 2011
 * overview presents it — the usage cycle, the key check points by type of
 * information, the seven points where provider and customer expectations
 * diverge, and what to check when data is kept abroad.
 *
 * Source: ASPIC overview, 2011 (seed 003). The Japanese of every entry is the
 * source's wording unless it is listed in `deviations` with the reason.
 */
import type {Text} from '../types';

// ---------------------------------------------------------------------------
// The seven points where provider and customer expectations diverge

export type ExpectationGapId =
  | 'compliance'
  | 'incidentAccountability'
  | 'damages'
  | 'serviceChange'
  | 'providerTermination'
  | 'dataOwnership'
  | 'dataDeletion';

export interface ExpectationGap {
  id: ExpectationGapId;
  /** 1–7, in the source's order */
  no: number;
  /** the point as the source words it */
  gap: Text;
  /** what the source says the gap leads to (⇒ …), where it says so */
  consequence?: Text;
  /** what the customer checks with the provider (the site's wording) */
  check: Text;
}

export const expectationGaps: ExpectationGap[] = [
  {
    id: 'compliance',
    no: 1,
    gap: {
      ja: 'コンプライアンスに対する認識の違い',
      en: 'Differences in how compliance is understood',
    },
    check: {
      ja: 'コンプライアンス確保のうち、事業者が対応する範囲と、利用者の責任分界として利用者が自ら対応する範囲を確認する。',
      en: 'Check which part of ensuring compliance the provider takes care of, and which part falls within the customer’s own side of the division of responsibility and must be handled by the customer.',
    },
  },
  {
    id: 'incidentAccountability',
    no: 2,
    gap: {
      ja: '個人情報や営業秘密が漏れる等の「重要インシデント」が発生した場合の説明責任の果たし方に対する認識の違い',
      en: 'Differences in how accountability is to be fulfilled when a “serious incident” occurs, such as a leak of personal information or trade secrets',
    },
    check: {
      ja: '重要インシデントが発生した場合に、事業者がどのように説明責任を果たすのかを確認する。',
      en: 'Check how the provider will fulfil its accountability if a serious incident occurs.',
    },
  },
  {
    id: 'damages',
    no: 3,
    gap: {
      ja: '損害賠償と稼動保証違反に対する認識の違い',
      en: 'Differences in how compensation for damages and breaches of the availability guarantee are understood',
    },
    check: {
      ja: '稼動保証に違反した場合や損害が生じた場合に、事業者がどこまで損害賠償に応じるのかを確認する。',
      en: 'Check how far the provider will pay compensation for damages if it breaches the availability guarantee or if loss or damage occurs.',
    },
  },
  {
    id: 'serviceChange',
    no: 4,
    gap: {
      ja: '事業者側からの要請でサービス内容を変更する場合の手続きに対する認識の違い',
      en: 'Differences in how the procedure is understood when the content of the service is changed at the provider’s request',
    },
    check: {
      ja: '事業者側からの要請でサービス内容を変更する場合に、どのような手続きがとられるのかを確認する。',
      en: 'Check what procedure is followed when the content of the service is changed at the provider’s request.',
    },
  },
  {
    id: 'providerTermination',
    no: 5,
    gap: {
      ja: '事業者側の都合でサービス終了する場合の手続きに対する認識の違い',
      en: 'Differences in how the procedure is understood when the service is ended for the provider’s own reasons',
    },
    check: {
      ja: '事業者側の都合でサービスを終了する場合に、どのような手続きがとられるのかを確認する。',
      en: 'Check what procedure is followed when the service is ended for the provider’s own reasons.',
    },
  },
  {
    id: 'dataOwnership',
    no: 6,
    gap: {
      ja: 'データのオーナーシップと取扱いについての認識の違い',
      en: 'Differences in how the ownership and handling of data are understood',
    },
    consequence: {
      ja: 'データの2次利用への影響',
      en: 'Affects the secondary use of the data',
    },
    check: {
      ja: '利用者のデータのオーナーシップがどちらにあり、事業者がそのデータをどのように取り扱うのか、2次利用されることがないかを確認する。',
      en: 'Check who owns the customer’s data, how the provider handles it, and whether it may be put to secondary use.',
    },
  },
  {
    id: 'dataDeletion',
    no: 7,
    gap: {
      ja: '利用者データの完全な消去',
      en: 'Complete deletion of the customer’s data',
    },
    check: {
      ja: 'サービス利用の終了時などに、利用者データが完全に消去されるのかを確認する。',
      en: 'Check whether the customer’s data will be completely deleted, for example when use of the service ends.',
    },
  },
];

// ---------------------------------------------------------------------------
// The usage cycle of a cloud service

export type UsageStageId = 'prepare' | 'select' | 'apply' | 'manage' | 'continueOrEnd';

export interface UsageStage {
  id: UsageStageId;
  /** 1–5, the sections of chapter 2 of the guide */
  no: number;
  name: Text;
  /** what the customer does at this stage */
  actions: Text[];
  /** the expectation gaps to keep in view at this stage */
  gaps: ExpectationGapId[];
}

export const usageCycle: UsageStage[] = [
  {
    id: 'prepare',
    no: 1,
    name: {ja: '事前準備', en: 'Preparation'},
    actions: [
      {
        ja: 'クラウドサービスに記録する計画の情報が、営業秘密、内部統制関連の情報、個人情報、技術情報、国税関連帳簿書類のどれに当たるかを把握する。',
        en: 'Establish whether the information you plan to record in the cloud service includes trade secrets, information related to internal control, personal information, technical information, or national-tax books and documents.',
      },
      {
        ja: '利用者の責任分界におけるコンプライアンス確保や各種ガイドラインへの準拠は利用者の自己責任となる。',
        en: 'Ensuring compliance within the customer’s side of the division of responsibility, and conforming to the various guidelines, is the customer’s own responsibility.',
      },
    ],
    gaps: ['compliance'],
  },
  {
    id: 'select',
    no: 2,
    name: {ja: '事業者及びサービスの比較選定', en: 'Comparison and selection of providers and services'},
    actions: [
      {
        ja: 'サービスを選択する前に、利用者とクラウドサービス事業者の意識のずれを7つのチェックポイントで慎重に確認する。',
        en: 'Before choosing a service, check carefully, using the seven check points, where the customer’s and the cloud service provider’s expectations diverge.',
      },
      {
        ja: 'クラウドサービス事業者の考え方を十分に聴取して意識のずれをなくした上で比較検討し、利用者のポリシーやニーズを満足する事業者を選択する。',
        en: 'Hear the cloud service providers’ views in full, remove the divergence in expectations, then compare them and choose a provider that satisfies the customer’s policies and needs.',
      },
      {
        ja: 'ASP・SaaS安全・信頼性情報開示認定制度の認定を取得したサービスかどうかを判断材料にする。',
        en: 'Take into account whether the service has been certified under the ASP/SaaS safety and reliability information-disclosure certification.',
      },
      {
        ja: '海外にデータを置くサービスでは、データの保存国を利用者が選択できるか、紛争国にデータが置かれないかを確認する。',
        en: 'For a service that keeps data abroad, check whether the customer can choose the country where the data is stored and that the data will not be kept in a country in conflict.',
      },
    ],
    gaps: [
      'compliance',
      'incidentAccountability',
      'damages',
      'serviceChange',
      'providerTermination',
      'dataOwnership',
      'dataDeletion',
    ],
  },
  {
    id: 'apply',
    no: 3,
    name: {ja: '利用申込み', en: 'Application'},
    actions: [
      {
        ja: '契約に先立ち、7つのチェックポイントについて事業者の考え方の確認を済ませておく。',
        en: 'Before signing the contract, finish checking the provider’s views on the seven check points.',
      },
      {
        ja: '海外にデータを置く場合は、適用法と管轄裁判所の場所を確認し、契約は日本法人と締結する。',
        en: 'Where data is kept abroad, check the governing law and where the court of jurisdiction is, and sign the contract with a Japanese corporation.',
      },
    ],
    gaps: [],
  },
  {
    id: 'manage',
    no: 4,
    name: {ja: 'サービスレベルマネジメント', en: 'Service level management'},
    actions: [
      {
        ja: '稼動保証に違反があった場合の損害賠償の扱いについて、事業者と認識をそろえておく。',
        en: 'Make sure you and the provider understand in the same way how compensation for damages is handled if the availability guarantee is breached.',
      },
      {
        ja: '事業者側からの要請でサービス内容が変更される場合の手続きを確認しておく。',
        en: 'Confirm the procedure for when the content of the service is changed at the provider’s request.',
      },
      {
        ja: '重要インシデントが発生した場合に、事業者がどのように説明責任を果たすのかを確認しておく。',
        en: 'Confirm how the provider will fulfil its accountability if a serious incident occurs.',
      },
      {
        ja: '海外の公権力による捜査や証拠提出命令が及んだ場合に、事業者がどのように対応し、サービスを継続できるのかを確認しておく。',
        en: 'Confirm how the provider will respond, and whether it can continue the service, if an investigation or an order to produce evidence by a foreign public authority reaches it.',
      },
    ],
    gaps: ['incidentAccountability', 'damages', 'serviceChange'],
  },
  {
    id: 'continueOrEnd',
    no: 5,
    name: {ja: '継続利用またはサービス利用の終了', en: 'Continued use or ending use of the service'},
    actions: [
      {
        ja: '事業者側の都合でサービスが終了する場合の手続きを確認しておく。',
        en: 'Confirm the procedure for when the service is ended for the provider’s own reasons.',
      },
      {
        ja: 'データのオーナーシップと取扱いについて、事業者との認識がずれていないかを確認する。',
        en: 'Check that you and the provider understand the ownership and handling of the data in the same way.',
      },
      {
        ja: 'サービス利用の終了時には、利用者データが完全に消去されることを確認する。',
        en: 'When use of the service ends, confirm that the customer’s data is completely deleted.',
      },
    ],
    gaps: ['providerTermination', 'dataOwnership', 'dataDeletion'],
  },
];

// ---------------------------------------------------------------------------
// Key check points by the type of information recorded in the service

export type InformationPurpose = 'rights' | 'compliance';

export const informationPurposes: Record<InformationPurpose, Text> = {
  rights: {ja: '利用者の権利保護', en: 'Protecting the customer’s rights'},
  compliance: {ja: '利用者のコンプライアンス確保', en: 'Ensuring the customer’s compliance'},
};

export interface InformationType {
  id: string;
  purpose: InformationPurpose;
  /** the type of information the customer plans to record in the service */
  name: Text;
  /** what the key check points address for it */
  checkPoint: Text;
}

export const informationTypes: InformationType[] = [
  {
    id: 'tradeSecrets',
    purpose: 'rights',
    name: {ja: '営業秘密', en: 'Trade secrets'},
    checkPoint: {ja: '営業秘密', en: 'Trade secrets'},
  },
  {
    id: 'internalControl',
    purpose: 'compliance',
    name: {
      ja: '取締役の職務執行に係る情報・財務報告に係る電子的記録(内部統制関連)',
      en: 'Information on the execution of directors’ duties and electronic records on financial reporting (related to internal control)',
    },
    checkPoint: {ja: '内部統制関連', en: 'Internal control'},
  },
  {
    id: 'personalInformation',
    purpose: 'compliance',
    name: {ja: '個人情報', en: 'Personal information'},
    checkPoint: {ja: '個人情報保護', en: 'Protection of personal information'},
  },
  {
    id: 'technicalInformation',
    purpose: 'compliance',
    name: {ja: '技術情報', en: 'Technical information'},
    checkPoint: {ja: '技術情報の輸出規制', en: 'Export controls on technical information'},
  },
  {
    id: 'taxRecords',
    purpose: 'compliance',
    name: {ja: '国税関連帳簿書類', en: 'National-tax books and documents'},
    checkPoint: {
      ja: '国税関連帳簿書類の電子保存',
      en: 'Electronic storage of national-tax books and documents',
    },
  },
];

export const informationTypesNote: Text = {
  ja: '上記は第1版のカバレッジであり、今後さらにカバレッジを拡大していく計画としている。',
  en: 'The above is the coverage of the first edition; the coverage is planned to be extended further.',
};

// ---------------------------------------------------------------------------
// When data is kept abroad

export interface DataAbroadCheck {
  id: string;
  /** ①–⑤ in the source */
  no: number;
  /** the subject of the point, in a few words */
  topic: Text;
  point: Text;
  /** the source's ※ notes that go with the point */
  notes: Text[];
}

export const dataAbroadChecks: DataAbroadCheck[] = [
  {
    id: 'governingLaw',
    no: 1,
    topic: {ja: '適用法と管轄裁判所の場所', en: 'Governing law and where the court of jurisdiction is'},
    point: {
      ja: '紛争時には日本国法に従い、管轄裁判所も国内とすることが望ましい。',
      en: 'In a dispute, it is desirable that Japanese law applies and that the court of jurisdiction is also in Japan.',
    },
    notes: [
      {
        ja: '海外裁判所での裁判となると、開示強制（電子証拠開示）を受けたり、弁護士費用が高額になったりというリスクが存在する。',
        en: 'If the case is tried in a foreign court, there are risks such as compelled disclosure (electronic discovery) and high lawyers’ fees.',
      },
      {
        ja: '外国法が適用されると海外公権力による想定外のデータ取得（証拠提出命令）が発生しうる。',
        en: 'If foreign law applies, a foreign public authority may obtain data unexpectedly (by an order to produce evidence).',
      },
    ],
  },
  {
    id: 'japaneseCorporation',
    no: 2,
    topic: {ja: '日本法人との契約', en: 'Contract with a Japanese corporation'},
    point: {
      ja: '契約は日本法人と締結すること。我が国の公権力による監督権限や捜査権限が確保される。',
      en: 'Sign the contract with a Japanese corporation. This secures the supervisory and investigative powers of Japan’s public authorities.',
    },
    notes: [],
  },
  {
    id: 'foreignAuthorities',
    no: 3,
    topic: {
      ja: '海外の公権力の捜査等が及んだ場合の連絡対応とサービス継続能力',
      en: 'Communication and the ability to continue the service when an investigation or the like by a foreign public authority reaches the provider',
    },
    point: {
      ja: '海外本社が、本社が存在する国の公権力による営業停止命令や捜査による証拠提出命令・差し押さえを受けると、サービスの長時間停止や重要データの思わぬ流出が生じる恐れがある。こうした場合でも、BCPが機能してサービス継続が可能なのかを確認しておくこと。',
      en: 'If the overseas head office receives, from the public authorities of the country where it is located, an order to suspend business, or an order to produce evidence or a seizure in an investigation, the service may stop for a long time or important data may leak unexpectedly. Check beforehand whether, even in such a case, the BCP (business continuity plan) works and the service can continue.',
    },
    notes: [
      {
        ja: '捜査や証拠提出命令を受ける等の事態になった場合に、クラウドサービス事業者はどのように対応するのかを確認しておくこと。事業者から連絡を受け、海外公権力と直接対話する機会が与えられるのが望ましい姿。',
        en: 'Check beforehand how the cloud service provider will respond if it becomes subject to an investigation, an order to produce evidence or the like. Ideally, the customer is contacted by the provider and given the opportunity to talk directly with the foreign public authority.',
      },
    ],
  },
  {
    id: 'conflictCountries',
    no: 4,
    topic: {ja: '紛争国にデータを置くことを避けること', en: 'Avoiding keeping data in a country in conflict'},
    point: {
      ja: 'データセンター資産の所有権が、紛争による略奪やクーデター等により非合法に侵害されるリスクもある。紛争国にデータを置くことは避けること。',
      en: 'There is also a risk that the ownership of data centre assets is unlawfully infringed through looting in a conflict, a coup d’état or the like. Avoid keeping data in a country in conflict.',
    },
    notes: [],
  },
  {
    id: 'storageCountry',
    no: 5,
    topic: {ja: 'データの保存国の選択', en: 'Choosing the country where data is stored'},
    point: {
      ja: 'データの保存国は利用者が選択できること。',
      en: 'The customer should be able to choose the country where the data is stored.',
    },
    notes: [],
  },
];

// ---------------------------------------------------------------------------
// Table headings and the few words the components put around the data

export const customerLabels = {
  actions: {ja: '行うこと', en: 'What to do'},
  relatedGaps: {ja: '関連するチェックポイント', en: 'Related check points'},
  usageCycle: {ja: 'クラウドサービスの利用サイクル', en: 'The usage cycle of a cloud service'},
  checkPoint: {ja: 'チェックポイント', en: 'Check point'},
  check: {ja: '確認すること', en: 'What to check'},
  gapsCaption: {
    ja: '利用者とクラウドサービス事業者の意識のずれ',
    en: 'Where the customer’s and the cloud service provider’s expectations diverge',
  },
  purpose: {ja: '区分', en: 'Purpose'},
  informationType: {
    ja: 'クラウドサービスに記録する計画の情報種別',
    en: 'Type of information planned to be recorded in the cloud service',
  },
  keyCheckPoint: {ja: '重点チェックポイント', en: 'Key check point'},
  keyCheckPointsCaption: {
    ja: '権利保護とコンプライアンス確保のための重点チェックポイント',
    en: 'Key check points for protecting rights and ensuring compliance',
  },
  dataAbroadCaption: {ja: '対応のポイント', en: 'Points to act on'},
} satisfies Record<string, Text>;

// ---------------------------------------------------------------------------
// Japanese texts that are not the source's wording

export interface Deviation {
  ja: string;
  reason: string;
}

export const deviations: Deviation[] = [
  {
    ja: 'コンプライアンス確保のうち、事業者が対応する範囲と、利用者の責任分界として利用者が自ら対応する範囲を確認する。',
    reason:
      'expectation gap 1: what to check is the site’s wording (the source lists the gap only; 003 l.165 on the customer’s side of responsibility)',
  },
  {
    ja: '重要インシデントが発生した場合に、事業者がどのように説明責任を果たすのかを確認する。',
    reason: 'expectation gap 2: what to check is the site’s wording of the gap (003 l.196)',
  },
  {
    ja: '稼動保証に違反した場合や損害が生じた場合に、事業者がどこまで損害賠償に応じるのかを確認する。',
    reason: 'expectation gap 3: what to check is the site’s wording of the gap (003 l.197)',
  },
  {
    ja: '事業者側からの要請でサービス内容を変更する場合に、どのような手続きがとられるのかを確認する。',
    reason: 'expectation gap 4: what to check is the site’s wording of the gap (003 l.198)',
  },
  {
    ja: '事業者側の都合でサービスを終了する場合に、どのような手続きがとられるのかを確認する。',
    reason: 'expectation gap 5: what to check is the site’s wording of the gap (003 l.199)',
  },
  {
    ja: '利用者のデータのオーナーシップがどちらにあり、事業者がそのデータをどのように取り扱うのか、2次利用されることがないかを確認する。',
    reason: 'expectation gap 6: what to check is the site’s wording of the gap (003 l.200)',
  },
  {
    ja: 'サービス利用の終了時などに、利用者データが完全に消去されるのかを確認する。',
    reason: 'expectation gap 7: what to check is the site’s wording of the gap (003 l.201)',
  },
  {
    ja: 'クラウドサービスに記録する計画の情報が、営業秘密、内部統制関連の情報、個人情報、技術情報、国税関連帳簿書類のどれに当たるかを把握する。',
    reason:
      'usage cycle, preparation: the site’s sentence; the source’s per-stage notes are a figure lost in the text, so the stage is given the information types of the key check points (003 l.147–154)',
  },
  {
    ja: 'サービスを選択する前に、利用者とクラウドサービス事業者の意識のずれを7つのチェックポイントで慎重に確認する。',
    reason:
      'usage cycle, selection: the site’s sentence condensing 003 l.193 (check the seven points before choosing the service)',
  },
  {
    ja: 'ASP・SaaS安全・信頼性情報開示認定制度の認定を取得したサービスかどうかを判断材料にする。',
    reason:
      'usage cycle, selection: the site’s sentence from 001 l.586 (認定取得がASP・SaaS利用者の判断基準) and the scheme’s name at 003 l.305',
  },
  {
    ja: '海外にデータを置くサービスでは、データの保存国を利用者が選択できるか、紛争国にデータが置かれないかを確認する。',
    reason: 'usage cycle, selection: the site’s sentence from the data-abroad points ④ and ⑤ (003 l.171, l.175)',
  },
  {
    ja: '契約に先立ち、7つのチェックポイントについて事業者の考え方の確認を済ませておく。',
    reason:
      'usage cycle, application: the site’s sentence from 003 l.191 (契約に先立ち事前確認しておくべき重要ポイント) and l.203',
  },
  {
    ja: '海外にデータを置く場合は、適用法と管轄裁判所の場所を確認し、契約は日本法人と締結する。',
    reason: 'usage cycle, application: the site’s sentence from the contract points of 003 l.161, l.177 and l.183',
  },
  {
    ja: '稼動保証に違反があった場合の損害賠償の扱いについて、事業者と認識をそろえておく。',
    reason: 'usage cycle, service level management: the site’s sentence from expectation gap 3 (003 l.197)',
  },
  {
    ja: '事業者側からの要請でサービス内容が変更される場合の手続きを確認しておく。',
    reason: 'usage cycle, service level management: the site’s sentence from expectation gap 4 (003 l.198)',
  },
  {
    ja: '重要インシデントが発生した場合に、事業者がどのように説明責任を果たすのかを確認しておく。',
    reason: 'usage cycle, service level management: the site’s sentence from expectation gap 2 (003 l.196)',
  },
  {
    ja: '海外の公権力による捜査や証拠提出命令が及んだ場合に、事業者がどのように対応し、サービスを継続できるのかを確認しておく。',
    reason:
      'usage cycle, service level management: the site’s sentence from data-abroad point ③ and its note (003 l.181, l.189)',
  },
  {
    ja: '事業者側の都合でサービスが終了する場合の手続きを確認しておく。',
    reason: 'usage cycle, continued use or ending: the site’s sentence from expectation gap 5 (003 l.199)',
  },
  {
    ja: 'データのオーナーシップと取扱いについて、事業者との認識がずれていないかを確認する。',
    reason: 'usage cycle, continued use or ending: the site’s sentence from expectation gap 6 (003 l.200)',
  },
  {
    ja: 'サービス利用の終了時には、利用者データが完全に消去されることを確認する。',
    reason: 'usage cycle, continued use or ending: the site’s sentence from expectation gap 7 (003 l.201)',
  },
  {
    ja: 'データの保存国の選択',
    reason: 'data abroad ⑤: topic label written by the site (the summary at 003 l.161 names topics ①–④ only)',
  },
  {
    ja: '行うこと',
    reason: 'column label written by the site',
  },
  {
    ja: '関連するチェックポイント',
    reason: 'label written by the site',
  },
  {
    ja: '確認すること',
    reason: 'column label written by the site',
  },
  {
    ja: '区分',
    reason: 'column label written by the site (the source’s table leaves the first column unheaded)',
  },
];
