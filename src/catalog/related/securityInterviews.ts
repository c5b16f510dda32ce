/**
 * The interviews of nine ASP・SaaS providers (companies A to I) in the study
 * group's report: who they are (図表13), their infrastructure and system
 * configuration (図表14), and their information security and SLAs (図表15).
 *
 * The three tables are flattened in the source text, and part of each is
 * lost: the extraction keeps every cell's words, but for some companies it
 * does not keep which row a cell belongs to (the sales figures of A, C and
 * D; the data-centre use of A to C), and some cells are not in the text at
 * all (the connection lines and operators of A to C, the security operators
 * and measures of A to F). A cell the text does not tie to a company is left
 * out of that company's row and given under the table as the report's
 * words for the companies concerned; a cell not in the text is marked so.
 */
import type {Text} from '../types';

export type InterviewCompanyId = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I';

export interface InterviewCompany {
  id: string;
  company: InterviewCompanyId;
  /** 主たるアプリケーション/サービス名称 */
  applications: Text[];
  /** 売上規模＆従業員数, where the text ties it to the company */
  scale?: Text;
  /** ユーザ企業の状況 */
  users: Text;
}

export interface InterviewInfrastructure {
  id: string;
  company: InterviewCompanyId;
  /** IDC利用の有無 (○), where the text ties it to the company */
  dataCentre?: Text;
  /** ユーザ向け接続回線 */
  userLine?: Text;
  /** システム管理用接続回線 */
  adminLine?: Text;
  /** サーバ/ストレージの運用主体 */
  operator?: Text;
  /** 他社とのASP連携形態 */
  partnership: Text;
}

export interface InterviewSecurity {
  id: string;
  company: InterviewCompanyId;
  /** 情報セキュリティ対策の運用主体 */
  operator: Text;
  /** 主な情報セキュリティ対策の内容等 */
  measures: Text[];
  /** SLAへの取り組み、利用者からの要求等 */
  sla: Text[];
}

const t = (ja: string, en: string): Text => ({ja, en});
const own = t('自社', 'In-house');
const yes = t('○', 'Yes');
const internetSsl = t('インターネットSSL利用', 'Internet, with SSL');
const vpn = t('VPN接続', 'VPN connection');
const idc = t('IDCに委託', 'Entrusted to an IDC');
const noPartnership = t('ASP連携はしていない', 'No ASP partnership');

export const interviewCompanies: InterviewCompany[] = [
  {
    id: 'securityInterview.A',
    company: 'A',
    applications: [t('財務会計システム', 'Financial accounting system')],
    users: t('1,500社、中小企業がほとんど', '1,500 companies, almost all small and medium-sized'),
  },
  {
    id: 'securityInterview.B',
    company: 'B',
    applications: [
      t('酒類業販売会計', 'Sales accounting for the liquor trade'),
      t('小売業向け販売会計', 'Sales accounting for retailers'),
      t('店舗管理サポート', 'Store management support'),
      t('静脈・指紋認証勤務管理', 'Attendance management with vein and fingerprint authentication'),
    ],
    scale: t(
      '5.28億円 51名（国内）、100名超（海外含）',
      '¥528 million; 51 staff (in Japan), over 100 (including abroad)',
    ),
    users: t(
      '中小企業（酒類販売、食品・酒造メーカー）が元々のユーザーである。現在は、１部上場の大手スーパーマーケット等もユーザである。',
      'Small and medium-sized enterprises (liquor sellers, food makers and brewers) were the original users. Now large supermarket chains listed on the First Section and the like are users too.',
    ),
  },
  {
    id: 'securityInterview.C',
    company: 'C',
    applications: [t('各種帳票出力サービス', 'Services for printing business forms of all kinds')],
    users: t(
      '金融、メーカー、運輸、教育を中心に大手から中小まで幅広い',
      'A wide range from large to small, mainly in finance, manufacturing, transport and education',
    ),
  },
  {
    id: 'securityInterview.D',
    company: 'D',
    applications: [
      t(
        '企業・自治体・教育機関向けグループウェアサービス',
        'Groupware services for companies, local governments and educational institutions',
      ),
    ],
    users: t('中小・零細企業が多い', 'Mostly small and very small businesses'),
  },
  {
    id: 'securityInterview.E',
    company: 'E',
    applications: [
      t(
        '社内情報共有サイト、SNS、口コミプロモーション等の作成支援',
        'Support for building in-house information-sharing sites, social networks, word-of-mouth promotions and the like',
      ),
    ],
    scale: t(
      '8.7億円（2007.3）、約150名（連結）、約100名（単体）',
      '¥870 million (March 2007); about 150 staff (consolidated), about 100 (non-consolidated)',
    ),
    users: t(
      '200社以上に20,000ID以上を発行（平均で100人/社であり、中小企業が中心と考えられる）。従業員600名程の企業が最大級のユーザである。',
      'More than 20,000 IDs issued to more than 200 companies (100 people per company on average, so mainly small and medium-sized enterprises are thought to be users). The largest users are companies of about 600 employees.',
    ),
  },
  {
    id: 'securityInterview.F',
    company: 'F',
    applications: [
      t('物流・ロジスティクス効率化支援', 'Support for more efficient physical distribution and logistics'),
    ],
    scale: t('5.2億円（2006.3）、15名', '¥520 million (March 2006); 15 staff'),
    users: t(
      '顧客は大手企業が中心。営業リソースが不足しており、中小企業まで展開できていない。',
      'Customers are mainly large companies. Sales resources are short, and the service has not reached small and medium-sized enterprises.',
    ),
  },
  {
    id: 'securityInterview.G',
    company: 'G',
    applications: [t('電車乗り換え案内、地図ASP', 'Train transfer guidance, map ASP')],
    scale: t('20億円、45名', '¥2 billion; 45 staff'),
    users: t(
      'ISP、不動産Webサイト、派遣サイトを中心として、大手から中小まで幅広い',
      'A wide range from large to small, mainly ISPs, property websites and staffing-agency sites',
    ),
  },
  {
    id: 'securityInterview.H',
    company: 'H',
    applications: [
      t('アカウントアグリゲーションサービス', 'Account aggregation services'),
      t('インターネットストレージサービス、IDC', 'Internet storage services, IDC'),
    ],
    scale: t('99.15億円（2006.3）、420名', '¥9,915 million (March 2006); 420 staff'),
    users: t(
      '大手金融機関、大手コンピュータ企業、化学製品、公共分野',
      'Large financial institutions, large computer companies, chemical products, the public sector',
    ),
  },
  {
    id: 'securityInterview.I',
    company: 'I',
    applications: [t('中小企業向けWeb会計システム', 'Web accounting system for small and medium-sized enterprises')],
    scale: t('3.9億円（2006.3）、23名', '¥390 million (March 2006); 23 staff'),
    users: t(
      '業種は問わず、従業員20名以下の中小・零細企業が中心',
      'Mainly small and very small businesses of 20 employees or fewer, in any industry',
    ),
  },
];

/** 売上規模＆従業員数 of A, C and D: the text gives them, but not which is whose. */
export const interviewUnassignedScales: {companies: InterviewCompanyId[]; values: Text[]} = {
  companies: ['A', 'C', 'D'],
  values: [
    t('2.4億円、30名', '¥240 million; 30 staff'),
    t('70億円（2007.2）、203名', '¥7 billion (February 2007); 203 staff'),
    t('約5,000万円（2006年度）、5名', 'About ¥50 million (fiscal 2006); 5 staff'),
  ],
};

export const interviewInfrastructure: InterviewInfrastructure[] = [
  {
    id: 'securityInterviewInfra.A',
    company: 'A',
    partnership: t(
      '自社の会計・給与計算サービスに他社の書式ダウンロードASPサービスを付加して提供している。データ交換はなく、Web表示上の組合せのみ。',
      'Provides its own accounting and payroll services with another company’s ASP service for downloading forms added. There is no data exchange; they are combined only in what the web pages show.',
    ),
  },
  {
    id: 'securityInterviewInfra.B',
    company: 'B',
    partnership: t(
      '酒販事業者向けの受発注サービスは他社とASP連携（大手他社の卸売業者向けWeb EDIサービス）している。連携他社とサーバー同士で直接データ交換している。',
      'Its ordering service for liquor sellers is in ASP partnership with another company (a large company’s Web EDI service for wholesalers). It exchanges data directly, server to server, with the partner company.',
    ),
  },
  {
    id: 'securityInterviewInfra.C',
    company: 'C',
    partnership: t(
      '他社サービス（会計、SCM、CRM等）と積極的にASP連携し、帳票出力サービスを提供。連携他社側が顧客と契約を結び、C社サービスは背後で稼動する。他社サービスとインターネット等を経由してXMLデータ連携している。',
      'Actively partners with other companies’ services (accounting, SCM, CRM, etc.) and provides its form-printing service. The partner company concludes the contract with the customer, and C’s service runs behind it. It exchanges XML data with the other companies’ services over the Internet and the like.',
    ),
  },
  {
    id: 'securityInterviewInfra.D',
    company: 'D',
    dataCentre: yes,
    userLine: internetSsl,
    adminLine: vpn,
    operator: own,
    partnership: t(
      '提供しているグループウェアサービスにおいて、他社とのASP連携はしていない',
      'Its groupware service is not in ASP partnership with other companies',
    ),
  },
  {
    id: 'securityInterviewInfra.E',
    company: 'E',
    dataCentre: yes,
    userLine: t('専用回線', 'Leased line'),
    operator: t('自社（監視のみIDCに委託）', 'In-house (monitoring only entrusted to an IDC)'),
    partnership: t(
      '提供しているサービス（企業向けSNS等）の性格上、ASP連携はしていない。将来他社とのASP連携はしていきたいが、具体的な計画はまだない。',
      'Given the nature of its services (social networks for companies, etc.), it is not in ASP partnership. It would like to partner with other companies in future, but has no concrete plan yet.',
    ),
  },
  {
    id: 'securityInterviewInfra.F',
    company: 'F',
    dataCentre: yes,
    userLine: internetSsl,
    adminLine: vpn,
    operator: idc,
    partnership: t(
      '地図情報について他社のASPサービスと連携（サーバベースで地図情報の提供を直接受けている）。トラック管理サービスとの連携を模索中。',
      'Partners with another company’s ASP service for map information (it receives the map information directly, server to server). It is exploring a partnership with a truck management service.',
    ),
  },
  {
    id: 'securityInterviewInfra.G',
    company: 'G',
    dataCentre: yes,
    userLine: t('帯域保証回線', 'Line with guaranteed bandwidth'),
    adminLine: t('帯域保証回線', 'Line with guaranteed bandwidth'),
    operator: own,
    partnership: noPartnership,
  },
  {
    id: 'securityInterviewInfra.H',
    company: 'H',
    dataCentre: yes,
    userLine: internetSsl,
    adminLine: t('専用回線', 'Leased line'),
    operator: own,
    partnership: noPartnership,
  },
  {
    id: 'securityInterviewInfra.I',
    company: 'I',
    dataCentre: yes,
    userLine: t('帯域保証専用回線', 'Leased line with guaranteed bandwidth'),
    adminLine: vpn,
    operator: idc,
    partnership: t('SOAPを利用したWebサービスによる連携', 'Partnership through web services using SOAP'),
  },
];

/** IDC利用の有無 of A to C: the text gives the three answers, but not which is whose. */
export const interviewUnassignedDataCentre: {companies: InterviewCompanyId[]; values: Text[]} = {
  companies: ['A', 'B', 'C'],
  values: [yes, t('X（自社の開発センターに設置）', 'No (set up in its own development centre)'), yes],
};

export const interviewSecurity: InterviewSecurity[] = [
  {
    id: 'securityInterviewSecurity.G',
    company: 'G',
    operator: own,
    measures: [
      t(
        '半年毎に脆弱性診断を自ら実施して対策を適用',
        'Carries out a vulnerability assessment itself every six months and applies the measures',
      ),
    ],
    sla: [
      t(
        '検索条件により応答時間が異なるためSLAは未設定',
        'No SLA set, as response times differ with the search conditions',
      ),
    ],
  },
  {
    id: 'securityInterviewSecurity.H',
    company: 'H',
    operator: own,
    measures: [
      t('一般的な技術的セキュリティ対策を全社的に実施', 'Takes general technical security measures company-wide'),
    ],
    sla: [
      t(
        'アカウントアグリゲーションサービスに関しては、委員会が設置され、第３者の外部監査を定期的に受け、その結果を顧客に開示している。',
        'For the account aggregation service, a committee has been set up, and the service undergoes external audits by a third party regularly and discloses the results to customers.',
      ),
    ],
  },
  {
    id: 'securityInterviewSecurity.I',
    company: 'I',
    operator: own,
    measures: [
      t(
        '情報セキュリティ社内基準を設けて、これに基づき、自社により運用',
        'Has set in-house information security standards and operates on them itself',
      ),
    ],
    sla: [
      t('ユーザに対する最低保証サービスレベルを規定。', 'Defines a minimum guaranteed service level for users.'),
      t(
        'これに基づきIDC運用と社内体制を決めている。',
        'Decides its IDC operation and internal structure on that basis.',
      ),
    ],
  },
];

/** The answers on SLAs and users' requests of A to F: the text gives them, but not whose each is. */
export const interviewUnassignedSla: {companies: InterviewCompanyId[]; answers: Text[][]} = {
  companies: ['A', 'B', 'C', 'D', 'E', 'F'],
  answers: [
    [
      t(
        '利用者（個人情報を扱う企業が多い）からIPアドレス/MACアドレスでのフィルタリングを求められることもあり、個別に対応している',
        'Users (many of them companies handling personal information) sometimes ask for filtering by IP address or MAC address, and this is dealt with case by case',
      ),
      t(
        '契約書では、障害や瑕疵に対する一般的な免責事項を設けている。SLAの追加要求等には応じていない。',
        'The contract contains general disclaimers for faults and defects. Requests for additional SLAs and the like are not accepted.',
      ),
    ],
    [
      t('サーバーのセキュリティ対策を顧客に公開している', 'Discloses its server security measures to customers'),
      t(
        'サービス開始時に顧客のセキュリティチェックシートに記入・提出を求められることが多い',
        'Is often asked, when a service starts, to fill in and return the customer’s security check sheet',
      ),
    ],
    [
      t(
        '利用者認証については、ユーザ利便性とのバランスを考慮し、パスワード認証に留めている',
        'For user authentication, it keeps to password authentication, balancing security against convenience for users',
      ),
      t(
        '機密性の高いサービスを提供していないため、利用者からセキュリティ強化を求められたことはない',
        'As it provides no highly confidential service, users have never asked it to strengthen security',
      ),
    ],
    [
      t('標準的なSLA設定を用意して利用者に提示', 'Prepares standard SLA settings and presents them to users'),
      t(
        '標準以上を求める利用者には同様の機能を持つパッケージ版を勧めている',
        'Recommends a packaged version with the same functions to users who want more than the standard',
      ),
    ],
    [
      t(
        'データの外部委託を嫌う企業が存在する反面、全てをこちらに委ねる「お任せ型」の企業も存在している',
        'While some companies dislike entrusting their data outside, there are also “leave it to us” companies that entrust everything to the provider',
      ),
    ],
    [t('SLAに近い記述を利用規約に盛り込んでいる', 'Includes wording close to an SLA in its terms of use')],
  ],
};

export const interviewLabels = {
  companiesCaption: {
    ja: 'インタビュー調査を行ったASP・SaaS事業者の概要',
    en: 'Outline of the ASP/SaaS providers interviewed',
  },
  infrastructureCaption: {
    ja: 'ASP・SaaS事業者のインフラとシステム構成',
    en: 'Infrastructure and system configuration of the ASP/SaaS providers',
  },
  securityCaption: {
    ja: 'ASP・SaaS事業者の情報セキュリティへの取組等',
    en: 'The ASP/SaaS providers’ information security efforts and the like',
  },
  company: {ja: '事業者', en: 'Provider'},
  companyName: {ja: '社', en: 'Company'},
  applications: {ja: '主たるアプリケーション/サービス名称', en: 'Main applications/services'},
  scale: {ja: '売上規模＆従業員数', en: 'Sales and employees'},
  users: {ja: 'ユーザ企業の状況', en: 'User companies'},
  dataCentre: {ja: 'IDC利用の有無', en: 'Uses an IDC'},
  userLine: {ja: 'ユーザ向け接続回線', en: 'Connection line for users'},
  adminLine: {ja: 'システム管理用接続回線', en: 'Connection line for system management'},
  operator: {ja: 'サーバ/ストレージの運用主体', en: 'Who operates the servers/storage'},
  partnership: {ja: '他社とのASP連携形態', en: 'ASP partnership with other companies'},
  securityOperator: {ja: '情報セキュリティ対策の運用主体', en: 'Who operates the information security measures'},
  measures: {ja: '主な情報セキュリティ対策の内容等', en: 'Main information security measures, etc.'},
  sla: {ja: 'SLAへの取り組み、利用者からの要求等', en: 'Approach to SLAs, users’ requests, etc.'},
  notInText: {ja: '資料の文字になし', en: 'Not in the source text'},
  belowTable: {ja: '表の下を参照', en: 'See under the table'},
  unassignedScales: {
    ja: 'A社、C社、D社の売上規模＆従業員数は次のいずれかである（どの社のものかは資料の文字から分からない）',
    en: 'The sales and employees of companies A, C and D are the following, one each (the source text does not show which is whose)',
  },
  unassignedDataCentre: {
    ja: 'A社、B社、C社のIDC利用の有無は次のいずれかである（同上）',
    en: 'Whether companies A, B and C use an IDC: the answers are the following, one each (likewise)',
  },
  unassignedSla: {
    ja: 'A社からF社のSLAへの取り組み、利用者からの要求等として、報告書は次の回答を挙げている（どの社の回答かは資料の文字から分からない。運用主体と主な対策の欄は資料の文字にない）',
    en: 'As the approach to SLAs and users’ requests of companies A to F, the report gives the answers below (the source text does not show whose each is; the columns for the operator and the main measures are not in the source text)',
  },
} satisfies Record<string, Text>;
