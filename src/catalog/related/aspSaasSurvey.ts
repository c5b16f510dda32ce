/**
 * The reference slides (参考資料) that close the introductory part of the
 * study's slides: a survey of ASP providers — the expectations they assume
 * their customers have, and their security measures, fault measures and
 * quality assurance by number of employees. The vendors' presentations that
 * follow are not used.
 *
 * The charts are pictures in the original; the text keeps their labels and
 * their numbers, but not always which number belongs to which label. A row's
 * name is given where the slide's order of labels and its own summary fix it;
 * where they do not, the row carries every name it may be (`names` has more
 * than one), and the page says so.
 */
import type {Text} from '../types';

export interface SurveyExpectation {
  id: string;
  text: Text;
  /** per cent of the providers (multiple answers) */
  percent: number;
}

export const customerExpectationSurvey: {
  title: Text;
  caption: Text;
  /** 〔複数回答〕 */
  multiple: Text;
  n: number;
  items: SurveyExpectation[];
} = {
  title: {ja: 'ASP・SaaSの顧客からの期待', en: 'What ASP/SaaS customers expect'},
  caption: {
    ja: 'サービス提供事業者が想定している顧客からの期待',
    en: 'The expectations service providers assume their customers have',
  },
  multiple: {ja: '複数回答', en: 'multiple answers'},
  n: 151,
  items: [
    [
      'costPerformance',
      '既存システムに比べてコストパフォーマンスが良いこと',
      'Better cost performance than existing systems',
      66.9,
    ],
    ['lowInitialCost', '導入に際して、初期導入費用が少ないこと', 'A low initial cost of introduction', 58.9],
    [
      'quickStart',
      '導入に際して、短期間で利用が可能になること',
      'Being usable within a short time of introduction',
      58.9,
    ],
    [
      'noExpertise',
      '導入先企業にシステムの専門的な技術/知識が必要でないこと',
      'The adopting company needing no specialist technical skills or knowledge of systems',
      58.3,
    ],
    [
      'littleUpkeep',
      'メンテナンス/保守のための導入先企業の人材稼動が少ないこと',
      'Little staff time at the adopting company for maintenance and upkeep',
      58.3,
    ],
    [
      'thoroughSecurity',
      'アクセス管理/データ管理のセキュリティ対応が徹底されていること',
      'Thorough security in access management and data management',
      54.3,
    ],
    [
      'afterSales',
      '導入後の教育や相談窓口などのアフターサービスが充実していること',
      'Full after-sales service after introduction, such as training and a help desk',
      43.0,
    ],
    [
      'fittingArchitecture',
      '導入先企業のニーズに合わせたシステムアーキテクチャを用意できること',
      'Being able to offer a system architecture suited to the adopting company’s needs',
      38.4,
    ],
    [
      'quickRecovery',
      '障害時の対応/復旧が迅速に行えること',
      'A quick response and recovery in the event of a fault',
      37.1,
    ],
    [
      'easyIntegration',
      '既存システムとの連動/コラボレーションが容易であること',
      'Easy linking and collaboration with existing systems',
      32.5,
    ],
    [
      'flexibleFees',
      '小規模/大規模なライセンス数に応じた課金体系が設定できること',
      'A fee structure that can be set to small or large numbers of licenses',
      24.5,
    ],
    ['noChanges', '既存システムの変更/改変の必要がないこと', 'No need to change or modify existing systems', 20.5],
    [
      'fastNetwork',
      '利用人数や時間帯に関わらず、通信速度が速いこと',
      'Fast communication whatever the number of users or the time of day',
      19.2,
    ],
    [
      'faultPrevention',
      '障害の発生を防ぐ仕組が強固であること',
      'Strong mechanisms that prevent faults from occurring',
      14.6,
    ],
    [
      'processingSpeed',
      '通信/ネットワーク環境に関わらず、十分な処理速度を保てること',
      'Keeping sufficient processing speed whatever the communication or network environment',
      14.6,
    ],
    [
      'highLoad',
      '高負荷リクエストを効率的に処理できる仕組みがあること',
      'Mechanisms that process high-load requests efficiently',
      14.6,
    ],
    ['other', 'その他', 'Other', 5.3],
  ].map(([id, ja, en, percent]) => ({
    id: `aspSaasSurvey.expectation.${id as string}`,
    text: {ja: ja as string, en: en as string},
    percent: percent as number,
  })),
};

export interface SurveyGroup {
  id: string;
  label: Text;
  n: number;
}

/** The four groups of each chart, by the provider's number of employees. */
export const surveyGroups: SurveyGroup[] = [
  {id: 'all', label: {ja: '全体', en: 'All'}, n: 147},
  {id: 'under30', label: {ja: '～30人未満', en: 'Fewer than 30'}, n: 71},
  {id: 'under300', label: {ja: '～300人未満', en: '30 to fewer than 300'}, n: 47},
  {id: 'from300', label: {ja: '300人以上～', en: '300 or more'}, n: 31},
];

export interface SurveyMeasure {
  name: Text;
  /** the examples under the name in the chart */
  examples?: Text;
}

export interface SurveyRow {
  id: string;
  /** the measure; more than one where the text does not tell which of them the row is */
  names: SurveyMeasure[];
  /** per cent, in the order of `surveyGroups` */
  values: [number, number, number, number];
}

export interface SurveyChart {
  id: string;
  /** the slide's title */
  title: Text;
  /** the slide's summary above the chart */
  summary: Text;
  /** 〔セキュリティについて〕 … */
  topic: Text;
  rows: SurveyRow[];
}

const m = (ja: string, en: string, examples?: [string, string]): SurveyMeasure => ({
  name: {ja, en},
  examples: examples && {ja: examples[0], en: examples[1]},
});

const encryption = m('暗号化/トネリング', 'Encryption and tunnelling', ['VPNなど', 'e.g. VPN']);
const authentication = m('ユーザー認証', 'User authentication', [
  'ワンタイムパスワード、PKIなど',
  'e.g. one-time passwords, PKI',
]);
const loadBalancedCluster = m('負荷分散型クラスタリング', 'Load-balancing clustering');
const failoverCluster = m('フェールオーバー型クラスタリング', 'Failover clustering');
const syncReplication = m('同期型レプリケーション', 'Synchronous replication');
const asyncReplication = m('非同期型レプリケーション', 'Asynchronous replication');
const qos = m('ネットワークQoS保証', 'Network QoS guarantee', [
  '通信中断時のデータ保証など',
  'e.g. guaranteeing data when communication is interrupted',
]);
const sla = m('SLA（サービスレベル契約）の締結', 'Concluding an SLA (service level agreement)');
const unmatchedFaultMeasures = [loadBalancedCluster, failoverCluster, syncReplication, asyncReplication];

export const surveyChartTitle: Text = {
  ja: 'ASP事業者の対応技術（事業者の従業員規模別）',
  en: 'Technologies ASP providers use (by the provider’s number of employees)',
};

export const securitySurveyCharts: SurveyChart[] = [
  {
    id: 'aspSaasSurvey.security',
    title: {ja: 'ASP・SaaSのセキュリティ対応状況（1/3）', en: 'How ASP/SaaS providers deal with security (1/3)'},
    summary: {
      ja: '事業者のセキュリティに関する対応状況を以下の4視点でみると、「暗号化/トネリング」「ユーザー認証」は比較的浸透しているといえるが、未対応の事業者も半数以上と多い。「権限管理」に関しては、大規模の事業者においてのみ、ある程度浸透しているといえる',
      en: 'Looking at how providers deal with security from the four viewpoints below, “encryption and tunnelling” and “user authentication” can be said to be relatively widespread, but the providers that have not adopted them are many, more than half. “Privilege management” can be said to be widespread to some extent only among large providers.',
    },
    topic: {ja: 'セキュリティについて', en: 'Security'},
    rows: [
      {id: 'aspSaasSurvey.security.1', names: [encryption, authentication], values: [47.0, 43.7, 40.4, 64.5]},
      {id: 'aspSaasSurvey.security.2', names: [encryption, authentication], values: [41.6, 32.4, 40.4, 64.5]},
      {
        id: 'aspSaasSurvey.security.privileges',
        names: [m('権限管理', 'Privilege management', ['シングルサインオンなど', 'e.g. single sign-on'])],
        values: [26.8, 19.7, 25.5, 45.2],
      },
      {
        id: 'aspSaasSurvey.security.biometrics',
        names: [
          m('バイオメトリクス', 'Biometrics', [
            '声帯認証、指紋認証など',
            'e.g. voice authentication, fingerprint authentication',
          ]),
        ],
        values: [3.4, 0.0, 2.1, 12.9],
      },
    ],
  },
  {
    id: 'aspSaasSurvey.faults',
    title: {ja: 'ASP・SaaSのセキュリティ対応状況（2/3）', en: 'How ASP/SaaS providers deal with security (2/3)'},
    summary: {
      ja: '事業者の障害対策に関する対応状況を以下の6視点でみると、「バックアップ・遠隔保管」は規模の大小に関わらず浸透しているといえる。他の障害対策はあまり浸透していないが、SANやNASといった「ネットワークストレージ」は大規模の事業者においてのみ浸透が進んでいる',
      en: 'Looking at how providers deal with faults from the six viewpoints below, “backup and remote storage” can be said to be widespread regardless of size. The other fault measures are not very widespread, but “network storage” such as SAN and NAS is spreading among large providers only.',
    },
    topic: {ja: '障害対策について', en: 'Fault measures'},
    rows: [
      {
        id: 'aspSaasSurvey.faults.backup',
        names: [m('バックアップ・遠隔保管', 'Backup and remote storage')],
        values: [55.0, 50.7, 55.3, 64.5],
      },
      {
        id: 'aspSaasSurvey.faults.storage',
        names: [m('ネットワークストレージ', 'Network storage')],
        values: [22.8, 16.9, 12.8, 51.6],
      },
      {id: 'aspSaasSurvey.faults.3', names: unmatchedFaultMeasures, values: [22.1, 22.5, 19.1, 25.8]},
      {id: 'aspSaasSurvey.faults.4', names: unmatchedFaultMeasures, values: [20.8, 16.9, 19.1, 32.3]},
      {id: 'aspSaasSurvey.faults.5', names: unmatchedFaultMeasures, values: [18.1, 14.1, 14.9, 32.3]},
      {id: 'aspSaasSurvey.faults.6', names: unmatchedFaultMeasures, values: [13.4, 12.7, 12.8, 16.1]},
    ],
  },
  {
    id: 'aspSaasSurvey.quality',
    title: {ja: 'ASP・SaaSのセキュリティ対応状況（3/3）', en: 'How ASP/SaaS providers deal with security (3/3)'},
    summary: {
      ja: '事業者の品質保証に関する対応状況を以下の3視点でみると、大規模の事業者においてのみ「ロードバランサによる負荷分散」が浸透しているといえる。「SLA」や「QoS」などのサービス保証は、規模の大小に関わらず、未対応の事業者が非常に多いといえる',
      en: 'Looking at how providers assure quality from the three viewpoints below, “load distribution by load balancers” can be said to be widespread only among large providers. As for service guarantees such as “SLA” and “QoS”, the providers that have not adopted them can be said to be very many, regardless of size.',
    },
    topic: {ja: '品質保証について', en: 'Quality assurance'},
    rows: [
      {
        id: 'aspSaasSurvey.quality.loadBalancer',
        names: [m('ロードバランサによる処理の負荷分散化', 'Distributing the processing load with load balancers')],
        values: [36.2, 28.2, 31.9, 61.3],
      },
      {id: 'aspSaasSurvey.quality.2', names: [qos, sla], values: [19.5, 12.7, 23.4, 29.0]},
      {id: 'aspSaasSurvey.quality.3', names: [qos, sla], values: [7.4, 4.2, 8.5, 12.9]},
    ],
  },
];

export const surveyLabels = {
  reference: {ja: '参考資料', en: 'Reference material'},
  expectation: {ja: '顧客からの期待', en: 'Expectation'},
  share: {ja: '割合（％）', en: 'Share (%)'},
  measure: {ja: '対応技術', en: 'Technology'},
  unit: {ja: '単位：％', en: 'Per cent'},
  either: {ja: 'のいずれか', en: 'one of'},
  unmatched: {
    ja: '＊ 資料の文字からは、この行がどの項目の数値かを一つに確定できないため、当てはまりうる項目をすべて示した（本サイトの注）。',
    en: '* The text of the slides does not tell which item these figures belong to, so every item they may belong to is shown (the site’s note).',
  },
} satisfies Record<string, Text>;
