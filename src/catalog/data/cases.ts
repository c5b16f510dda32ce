import type {CaseStudy, Text} from '../types';

// Shared wording: cases 2 and 3 describe their linking platform, their providers' purposes and
// their operations in the same words.
const platformLead: Text = {
  ja: '上記のために、連携するASP・SaaS間で、下記の対応を行う情報連携基盤を整備した。',
  en: 'For this purpose, an information integration platform was built that performs the following between the partnered ASP/SaaS.',
};

const issuesLead: Text = {
  ja: '下記の課題を解消することを目的とした。',
  en: 'The aim was to solve the following issues.',
};

const demonstrationOnly: Text = {
  ja: '実証実験のための手続きのみ',
  en: 'Only the procedures for the demonstration experiment',
};

const shortIntroduction: Text = {ja: '短期間での導入', en: 'Introduction in a short period'};

const minimalChanges: Text = {
  ja: '自社システムの改変極小',
  en: 'Minimal changes to the user’s own systems',
};

const contractWithAOnly: Text = {
  ja: '利用契約（顧客とA社との利用契約のみ）',
  en: 'Service use contract (only a service use contract between the customer and Company A)',
};

const salesAgreement: Text = {ja: '販売契約', en: 'Sales agreement'};
const revenueShareAgreement: Text = {ja: 'レベニューシェア契約', en: 'Revenue-share agreement'};

const formatConversion: Text = {ja: 'フォーマット変換', en: 'Format conversion'};
const multiStepAuth: Text = {ja: '多段階認証', en: 'Multi-step authentication'};
const transactionHistory: Text = {ja: '取引履歴管理', en: 'Transaction history management'};
const masterIntegration: Text = {ja: 'マスタ連携', en: 'Master integration'};

export const cases: CaseStudy[] = [
  {
    id: 'case1',
    n: 1,
    title: {
      ja: '連携ASP・SaaS（A社及びB社のASP・SaaS）の導入事例',
      en: 'Introduction of partnered ASP/SaaS (the ASP/SaaS of Company A and Company B)',
    },
    image: [
      {
        ja: 'A社サービスは、B社サービス（帳票生成基盤）と「@Tovas」（帳票配信基盤）を連携させて１つのサービスとして提供する。',
        en: 'Company A’s service links Company B’s service (a form generation platform) with “@Tovas” (a form delivery platform) and provides them as a single service.',
      },
      {
        ja: '共通機能をサービスで提供するミドルウェアとしてのサービス提供である。',
        en: 'It is a service provided as middleware that offers common functions as a service.',
      },
      {
        ja: '実際にユーザー企業が利用する際には、この２つのサービスに加えて、自社で保有しているシステムや、他SaaS事業者が提供しているアプリケーションのサービスと、さらにデータ連携させて使う形となる。',
        en: 'When user companies actually use it, they use these two services with further data integration with the systems they own and with application services provided by other SaaS providers.',
      },
    ],
    points: [
      {
        ja: '連携により、短期間での導入',
        en: 'Introduction in a short period through the partnership',
      },
      {
        ja: '既存システムと比較してコスト削減を実現した。',
        en: 'Cost reduction was achieved compared with the existing system.',
      },
    ],
    purposeCustomer: [
      shortIntroduction,
      minimalChanges,
      {ja: 'ピーク時のボリューム対応容易に', en: 'Easier handling of peak-time volumes'},
    ],
    purposeProvider: [
      {ja: '機能面での相互補完', en: 'Mutual complementing of functions'},
      {ja: 'マーケティング面での相互補完', en: 'Mutual complementing in marketing'},
    ],
    agreementsWithCustomer: [contractWithAOnly],
    agreementsBetweenProviders: [salesAgreement, revenueShareAgreement],
    relatedAgreements: ['serviceContract', 'jointSales', 'revenueShare'],
    relatedRequirements: ['transactionData', 'interface'],
  },
  {
    id: 'case2',
    n: 2,
    title: {
      ja: '企業間取引業務におけるASP・SaaS連携実証事例',
      en: 'Demonstration of ASP/SaaS partnership in inter-company transaction operations',
    },
    image: [
      {
        ja: 'バイヤーは自社が利用する購買管理用のASP・SaaSを通じて、発注を行う。',
        en: 'The buyer places orders through the purchasing management ASP/SaaS it uses.',
      },
      {
        ja: 'バイヤーからの発注情報は、サービス連携基盤を通じて、必要なコード変換、フォーマット変換、マスタ連携等の処理を行ったうえで、サプライヤー側の販売管理ASP・SaaSに反映される。',
        en: 'Order information from the buyer passes through the service integration platform, which performs the necessary processing such as code conversion, format conversion and master integration, and is then reflected in the supplier’s sales management ASP/SaaS.',
      },
      {
        ja: 'サプライヤーは、販売管理ASP・SaaSを通じて発注を確認し、受注処理を行う。',
        en: 'The supplier checks the order through the sales management ASP/SaaS and processes the order received.',
      },
    ],
    features: [
      {
        ja: '本モデルでは、企業ディレクトリーにおいて複数のサービスにおける自動化、標準化、運用の最適化、統制を行うサービスを提供する。',
        en: 'In this model, a service is provided that performs automation, standardisation, optimisation of operation and control across multiple services in a corporate directory.',
      },
      platformLead,
    ],
    platformFunctions: [
      {ja: '取引コード変換', en: 'Transaction code conversion'},
      formatConversion,
      multiStepAuth,
      transactionHistory,
      masterIntegration,
    ],
    purposeCustomer: [
      issuesLead,
      {
        ja: '発注情報についてメール等での受渡しに加え、当該情報を各サービスへの取り込む等の手間が、バイヤー、サプライヤー双方に発生している。',
        en: 'Besides exchanging order information by e-mail and the like, both buyers and suppliers have the work of importing that information into each service.',
      },
      {
        ja: '受発注に関する大量トランザクションについて、バイヤー、サプライヤー双方取引履歴を蓄積しておく必要がある。',
        en: 'For the large volume of transactions relating to orders, both buyers and suppliers need to keep a history of the transactions.',
      },
      {
        ja: 'バイヤーについて見ると、品質や良く安価な商品を購入したいが、検索対象のサプライヤー数が多すぎる。',
        en: 'Buyers want to purchase good-quality, inexpensive products, but there are too many suppliers to search.',
      },
      {
        ja: '販路確保に対する投資が困難であるため、サプライヤーとバイヤーとのビジネスマッチング機会が少ない。',
        en: 'Because investment in securing sales channels is difficult, there are few business-matching opportunities between suppliers and buyers.',
      },
    ],
    purposeProvider: [
      {
        ja: '提供するサービスに抜本的な改造を加えず、売上を伸ばしたい',
        en: 'To increase sales without fundamentally modifying the services they provide',
      },
      {
        ja: '複数のサービスと連携し自社サービスの付加価値を向上したいが、連携にはコストがかかる。',
        en: 'They want to link with multiple services to increase the added value of their own services, but partnership is costly.',
      },
    ],
    operations: [demonstrationOnly],
    successFactors: [
      {
        ja: '標準化された連携方式やフォーマット仕様等に関して、一定のレベルでの仕様の策定ができた。',
        en: 'Specifications for standardised integration methods, format specifications and the like could be drawn up to a certain level.',
      },
    ],
    remarks: [
      {
        ja: '本事業は総務省「生産性向上のためのＩＣＴ共通基盤システムに関する調査検討」の成果である。',
        en: 'This project is a result of the Ministry of Internal Affairs and Communications (MIC) “Study on a common ICT platform system for improving productivity”.',
      },
      {
        ja: '現段階では、フォーマット等の標準化の効果は大きい。但し連携基盤までは必ずしも必要でない。',
        en: 'At the current stage, standardising formats and the like has a large effect. However, an integration platform is not necessarily required.',
      },
      {
        ja: '実証実験参加企業により、ASP・SaaS連携に必要とされた技術要件・運用要件等は以下の通りである。',
        en: 'The technical requirements, operational requirements and the like that the companies taking part in the demonstration experiment found necessary for ASP/SaaS partnership are as follows.',
      },
    ],
    requirements: [
      {
        name: {ja: 'トランザクションデータ連携', en: 'Transaction data integration'},
        needs: [
          {ja: '取引先コードの変換', en: 'Conversion of business partner codes'},
          {ja: 'フォーマットの変換または標準化', en: 'Conversion or standardisation of formats'},
          {ja: 'データ形式定義の差異を標準化', en: 'Standardising differences in data format definitions'},
        ],
      },
      {
        name: {ja: 'サーバ認証', en: 'Server authentication'},
        needs: [{ja: '認証機能の連携または標準化', en: 'Integration or standardisation of authentication functions'}],
      },
      {
        name: {ja: 'ログ管理', en: 'Log management'},
        needs: [
          {
            ja: 'ログ管理項目の統一化を含めた各種管理ツールと手法の整備',
            en: 'Preparing management tools and methods, including unifying the log management items',
          },
        ],
      },
      {
        name: {ja: 'マスタデータ連携', en: 'Master data integration'},
        needs: [
          {ja: '実現方式の検討', en: 'Examining the implementation method'},
          {ja: 'データ形式やフォーマットの標準化', en: 'Standardising data types and formats'},
          {ja: 'データ整合性の担保', en: 'Ensuring data consistency'},
        ],
      },
      {
        name: {ja: 'インターフェース', en: 'Interface'},
        needs: [
          {ja: '標準インターフェースの策定、公開', en: 'Establishing and publishing standard interfaces'},
          {
            ja: 'API（アプリケーションインタフェース）の整備',
            en: 'Preparing APIs (application interfaces)',
          },
          {ja: '連携プロトコルの標準化', en: 'Standardising integration protocols'},
        ],
      },
      {
        name: {ja: 'セキュリティ', en: 'Security'},
        needs: [
          {
            ja: '安全性確保(通信相手の信頼性担保をどのような仕組みで実現するか)',
            en: 'Ensuring security (by what mechanism the trustworthiness of the communication partner is guaranteed)',
          },
        ],
      },
    ],
    // A demonstration: no agreements were made beyond its procedures.
    relatedAgreements: [],
    relatedRequirements: ['transactionData', 'serverAuth', 'logManagement', 'masterData', 'interface', 'security'],
  },
  {
    id: 'case3',
    n: 3,
    title: {
      ja: '企業内業務におけるASP・SaaS連携実証事例',
      en: 'Demonstration of ASP/SaaS partnership in in-house business operations',
    },
    image: [
      {
        ja: '利用者企業では、従業員が入社した時点で、給与SaaSと勤怠SaaSの間で社員マスタを連携する。',
        en: 'At the user company, when an employee joins, the employee master is integrated between the payroll SaaS and the attendance SaaS.',
      },
      {
        ja: '利用企業では、従業員が勤怠記録を勤怠SaaSを通じて行い、その実績勤務実績データを給与SaaSに送信し、連携、給与処理を行う。',
        en: 'At the user company, employees record their attendance through the attendance SaaS, and the actual working-hours data is sent to the payroll SaaS, integrated and processed for payroll.',
      },
      {
        ja: '利用者企業で、新規商品について、販売SaaSを通じて商品、単価マスタを登録し、このマスタをPOSシステムと連携する。',
        en: 'At the user company, the product and unit-price masters for new products are registered through the sales SaaS, and these masters are integrated with the POS system.',
      },
      {
        ja: '利用者企業で、販売が発生した時点でPOSデータを入力し、これをリアルタイムで売上実績データとして販売SaaSに送信する。',
        en: 'At the user company, POS data is entered when a sale occurs and is sent in real time to the sales SaaS as actual sales data.',
      },
    ],
    features: [
      {
        // source: 「本モデルでは、企複数のサービスにおける」 (typo)
        ja: '本モデルでは、複数のサービスにおける自動化、標準化、運用の最適化、統制を行うサービスを提供する。',
        en: 'In this model, a service is provided that performs automation, standardisation, optimisation of operation and control across multiple services.',
      },
      platformLead,
    ],
    platformFunctions: [
      formatConversion,
      multiStepAuth,
      transactionHistory,
      masterIntegration,
      {ja: 'トランザクション制御', en: 'Transaction control'},
      {ja: '情報アクセスコントロール', en: 'Information access control'},
    ],
    purposeCustomer: [
      issuesLead,
      {
        ja: '現場の実態に合わせて経営戦略を立て直すことができない(情報統制をタイムリーに実現)',
        en: 'Management strategy cannot be revised to match the actual situation on the ground (achieving timely information control)',
      },
      {
        ja: '各サービスにマスタが存在するため、手運用が煩雑（シームレスな情報連携）。',
        en: 'Because each service has its own masters, manual operation is cumbersome (seamless information integration).',
      },
    ],
    purposeProvider: [
      {
        ja: '提供するサービスに抜本的な改造を加えず、売上を伸ばしたいと考えている。',
        en: 'They want to increase sales without fundamentally modifying the services they provide.',
      },
      {
        ja: '複数のサービスと連携し自社サービスの付加価値を向上したいが、連携にはコストがかかる',
        en: 'They want to link with multiple services to increase the added value of their own services, but partnership is costly.',
      },
    ],
    operations: [demonstrationOnly],
    successFactors: [
      {
        ja: '取引履歴管理の必要性についての検証ができた。',
        en: 'The need for transaction history management could be verified.',
      },
    ],
    remarks: [
      {
        ja: '本事業は総務省「ASP・SaaS利用高度化のための実証に関する調査検討」の成果である。',
        en: 'This project is a result of the Ministry of Internal Affairs and Communications (MIC) “Study on demonstrations for the advanced use of ASP/SaaS”.',
      },
      {
        ja: '連携対象が少ない場合には、連携基盤を通じて、フォーマット変換、送信先の切り分け、多段階認証を行う必要性は少ない、とされた。',
        en: 'It was found that, when there are few integration targets, there is little need to perform format conversion, sorting of destinations and multi-step authentication through an integration platform.',
      },
      {
        ja: '履歴確認情報（ログ情報）機能については、障害時の切り分けを実施する際のインプット情報として活用できること、また、一元管理することで必要な時に各処理のステータスが確認できることなどの観点から、有用であったとされた。',
        en: 'The history confirmation information (log information) function was found useful, in that it can serve as input when isolating the cause of a fault, and that, when managed centrally, it allows the status of each process to be checked when needed.',
      },
    ],
    // A demonstration: no agreements were made beyond its procedures.
    relatedAgreements: [],
    relatedRequirements: [
      'transactionData',
      'masterData',
      'serverAuth',
      'logManagement',
      'transactionControl',
      'accessControl',
    ],
  },
  {
    id: 'case4',
    n: 4,
    title: {
      ja: '連携ASP・SaaS（A社及びB社のASP・SaaS）の導入事例',
      en: 'Introduction of partnered ASP/SaaS (the ASP/SaaS of Company A and Company B)',
    },
    image: [
      {
        ja: 'A社サービス（帳票生成基盤）は、B社サービス（タイムスタンプサービス）を連携させて１つのサービスとして提供する。',
        en: 'Company A’s service (a form generation platform) is linked with Company B’s service (a time-stamp service) and provided as a single service.',
      },
      {
        // source: 「ファイルに対して、と B 社のサービスにより」 (typo)
        ja: 'A社サービスで生成するファイルに対して、B社のサービスによりタイムスタンプを施し、検証サービスを行うものである。',
        en: 'Files generated by Company A’s service are time-stamped by Company B’s service, and a verification service is provided.',
      },
      {
        ja: '本例では、A社が利用者との関係で契約主体となり、B社が連携ASP・SaaSパートナーとなる。',
        en: 'In this example, Company A is the contracting party in relation to the user, and Company B is the partnered ASP/SaaS partner.',
      },
    ],
    points: [
      {
        ja: '利用者がその顧客に提出する帳票によっては、高い信頼性を要求する場合に、B社サービスと連携することにより、利用者のニーズに柔軟に対応することができた。',
        en: 'Where high reliability is required for some of the forms the user submits to its own customers, linking with Company B’s service made it possible to respond flexibly to the user’s needs.',
      },
    ],
    purposeCustomer: [shortIntroduction, minimalChanges],
    purposeProvider: [
      {
        ja: 'A社サービスに対して、オプションとして高付加価値を提供',
        en: 'Providing high added value as an option to Company A’s service',
      },
    ],
    agreementsWithCustomer: [contractWithAOnly],
    agreementsBetweenProviders: [salesAgreement, revenueShareAgreement],
    relatedAgreements: ['serviceContract', 'jointSales', 'revenueShare'],
    relatedRequirements: ['transactionData', 'interface'],
  },
];
