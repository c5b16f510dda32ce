import type {AuthLayer, LogItem, MasterDataTask, TechProcessRow, TechRequirement, TechStage, Text} from '../types';

/** 図表18 */
export const techRequirements: TechRequirement[] = [
  {
    id: 'transactionData',
    name: {ja: 'トランザクションデータ連携', en: 'Transaction data integration'},
    considerations: [
      {ja: 'フォーマットの変換の検討', en: 'Consideration of format conversion'},
      {
        ja: 'データ形式定義の差異の吸収検討',
        en: 'Consideration of how to absorb differences in data format definitions',
      },
    ],
  },
  {
    id: 'masterData',
    name: {ja: 'マスタデータ連携', en: 'Master data integration'},
    considerations: [
      {
        ja: 'マスタの反映順序方式の検討',
        en: 'Consideration of the method for the order in which master data is reflected',
      },
      {
        ja: 'データ整合性を確認する運用または制御方式の検討',
        en: 'Consideration of the operations or control methods for confirming data consistency',
      },
    ],
    detailFigure: 19,
  },
  {
    id: 'serverAuth',
    name: {
      ja: 'サーバ認証（主体認証）',
      en: 'Server authentication (entity authentication)',
    },
    considerations: [
      {
        ja: 'OSI参照モデル層別ごと認証方式の検討',
        en: 'Consideration of authentication methods for each layer of the OSI reference model',
      },
    ],
    detailFigure: 20,
  },
  {
    id: 'logManagement',
    name: {ja: 'ログ管理（証跡管理）', en: 'Log management (audit trail management)'},
    considerations: [
      {ja: 'ログ管理項目の検討', en: 'Consideration of the log management items'},
      {
        ja: '各種管理ツールと手法の整備',
        en: 'Putting in place the various management tools and methods',
      },
    ],
    detailFigure: 22,
  },
  {
    id: 'accessControl',
    name: {
      ja: '情報アクセスコントロール（アクセス制御、権限管理）',
      en: 'Information access control (access control, privilege management)',
    },
    considerations: [
      {
        ja: 'ネットワーク及び情報システムに対するアクセス制御方式の検討',
        en: 'Consideration of access control methods for networks and information systems',
      },
      {
        ja: 'アクセス可能な範囲、粒度の検討',
        en: 'Consideration of the scope and granularity of access',
      },
      {
        ja: '権限管理者、権限付与・変更手順、緊急時対応手順等の取り決め',
        en: 'Agreement on privilege administrators, procedures for granting and changing privileges, emergency response procedures, etc.',
      },
    ],
  },
  {
    id: 'transactionControl',
    name: {ja: 'トランザクション制御', en: 'Transaction control'},
    considerations: [
      {
        ja: 'トランザクション制御方式の検討（送受信先の定義、ルーティング定義）',
        en: 'Consideration of the transaction control method (definition of senders and recipients, routing definitions)',
      },
      {
        ja: 'データ整合性を確認する運用または制御方式の検討',
        en: 'Consideration of the operations or control methods for confirming data consistency',
      },
    ],
  },
  {
    id: 'interface',
    name: {ja: 'インターフェース', en: 'Interface'},
    considerations: [
      {
        ja: 'API（アプリケーションインタフェース）の整備',
        en: 'Putting in place APIs (application interfaces)',
      },
      {
        ja: 'メッセージ交換方式、連携プロトコルの検討',
        en: 'Consideration of message exchange methods and integration protocols',
      },
      {ja: '標準インターフェースの策定', en: 'Drawing up standard interfaces'},
    ],
  },
  {
    id: 'security',
    name: {ja: 'セキュリティ', en: 'Security'},
    considerations: [
      {
        ja: '安全性確保(通信相手の信頼性担保をどのような仕組みで実現するか)',
        en: 'Ensuring security (by what mechanism the trustworthiness of the other party to the communication is to be guaranteed)',
      },
    ],
  },
  {
    id: 'operation',
    name: {ja: '運用', en: 'Operation'},
    considerations: [
      {ja: 'サポートの切り分け', en: 'Dividing up support responsibilities'},
      {
        ja: '障害時の問題切り分け、保守サービスレベルの違いの吸収',
        en: 'Isolating the cause of problems when a fault occurs, and absorbing differences in maintenance service levels',
      },
      {
        ja: '仕様変更時が入った際のメンテナンス運用フローの策定',
        en: 'Drawing up a maintenance operation flow for when specification changes are made',
      },
      {
        ja: '連携を実現する際の制約条件、ルールの標準化',
        en: 'Standardisation of the constraints and rules for implementing the integration',
      },
    ],
  },
];

/** 図表19 */
export const masterDataTasks: MasterDataTask[] = [
  {
    no: 1,
    task: {
      ja: '企業内で利用する業務アプリケーションの整理',
      en: 'Organising the business applications used within the company',
    },
    summary: {
      ja: '企業内で利用される業務アプリケーションの種類を抽出、整理する。また、今回検討対象とした業務アプリケーション範囲を明確にする。',
      en: 'Identify and organise the types of business applications used within the company. Also, clarify the range of business applications covered by this study.',
    },
  },
  {
    no: 2,
    task: {
      ja: '業務アプリケーションにおける連携対象となるマスタの整理',
      en: 'Organising the masters in the business applications that are subject to integration',
    },
    summary: {
      ja: '連携対象となるマスタは、複数の業務アプリケーションで共通的にもっているマスタとし、連携対象マスタを明確にする。',
      en: 'The masters subject to integration are those held in common by multiple business applications; clarify which masters are subject to integration.',
    },
  },
  {
    no: 3,
    task: {
      ja: 'マスタデータ連携実現方式にむけた検討項目の整理',
      en: 'Organising the study items for a method of implementing master data integration',
    },
    summary: {
      ja: 'マスタデータ連携の実現方式を設計する上で考慮すべき観点を整理する。',
      en: 'Organise the points of view to be taken into account in designing the method of implementing master data integration.',
    },
  },
  {
    no: 4,
    task: {ja: 'システム要件の整理', en: 'Organising the system requirements'},
    summary: {
      ja: 'No.3の検討項目のうち、システム要件に依存する検討項目について整理する。',
      en: 'Of the study items of No. 3, organise those that depend on system requirements.',
    },
  },
  {
    no: 5,
    task: {
      ja: 'システム要件を踏まえ、No.3の検討項目（一部）の整理',
      en: 'Organising (some of) the study items of No. 3 in light of the system requirements',
    },
    summary: {
      ja: 'No.4のシステム要件整理結果を踏まえ、No3の検討項目のうち、マスタデータ連携フォーマット（データ項目）、連携インターフェース、フォーマット変換場所、コード変換場所を決定する。',
      en: 'Based on the results of organising the system requirements in No. 4, decide, among the study items of No. 3, the master data integration format (data items), the integration interface, where format conversion takes place and where code conversion takes place.',
    },
  },
  {
    no: 6,
    task: {
      ja: '連携対象マスタのメンテナンス業務要件の整理',
      en: 'Organising the business requirements for maintaining the masters subject to integration',
    },
    summary: {
      ja: 'No.3の検討項目のうち、エンドユーザの業務要件に依存する検討項目について、業務要件を整理する。',
      en: 'For those study items of No. 3 that depend on the end users’ business requirements, organise the business requirements.',
    },
  },
  {
    no: 7,
    task: {
      ja: '業務要件を踏まえ、No.3の検討項目（一部）の整理',
      en: 'Organising (some of) the study items of No. 3 in light of the business requirements',
    },
    summary: {
      ja: 'No.6の業務要件整理結果を踏まえ、No3の検討項目のうち、マスタメンテナンストリガ、マスタデータ連携の流れ、マスタデータ連携の方法（方向）を決定する。',
      en: 'Based on the results of organising the business requirements in No. 6, decide, among the study items of No. 3, the master maintenance triggers, the flow of master data integration and the method (direction) of master data integration.',
    },
  },
  {
    no: 8,
    task: {
      ja: 'マスタデータ連携実現方式にむけた検討結果の整理',
      en: 'Organising the results of the study towards a method of implementing master data integration',
    },
    summary: {
      ja: 'No.5、7の整理結果を踏まえ、マスタデータ連携実現方式にむけた検討結果を整理する。',
      en: 'Based on the results organised in Nos. 5 and 7, organise the results of the study towards a method of implementing master data integration.',
    },
  },
  {
    no: 9,
    task: {
      ja: 'マスタデータ連携実現方式の整理',
      en: 'Organising the method of implementing master data integration',
    },
    summary: {
      ja: 'No.8の整理した結果を踏まえ、バックオフィス系業務アプリケーションにおける最適なマスタデータ連携実現方式を整理、決定する。',
      en: 'Based on the results organised in No. 8, organise and decide the optimal method of implementing master data integration for back-office business applications.',
    },
  },
];

/** 図表20 */
export const authLayers: AuthLayer[] = [
  {
    no: 1,
    layer: {ja: 'ネットワーク層', en: 'Network layer'},
    groups: [
      {
        techniques: [
          {ja: 'グローバルIPアドレス制限', en: 'Restriction by global IP address'},
          {
            ja: 'NGN（Next Generation Network）による回線認証',
            en: 'Line authentication by NGN (Next Generation Network)',
          },
        ],
      },
    ],
  },
  {
    no: 2,
    layer: {ja: 'セッション層', en: 'Session layer'},
    groups: [
      {
        heading: {
          ja: '第三者認証機関（TLS（Transport Layer Security））を用いない場合',
          en: 'Where a third-party certification authority (TLS (Transport Layer Security)) is not used',
        },
        techniques: [
          {
            // source: 「連携する先のサーバに取り組むサーバ間認証」 (typo)
            ja: '自ら認証局をたて、その認証局が認証した証明書をそれぞれ発行し、連携する先のサーバに組み込むサーバ間認証',
            en: 'Server-to-server authentication in which one sets up one’s own certification authority, issues to each party certificates certified by that authority, and installs them in the servers of the partners',
          },
          {
            ja: '暗号検査関数を用いた認証',
            en: 'Authentication using a cryptographic check function',
          },
        ],
      },
      {
        heading: {
          ja: '第三者認証機関（TLS）を用いる場合',
          en: 'Where a third-party certification authority (TLS) is used',
        },
        techniques: [
          {ja: 'TLSによる公開鍵証明', en: 'Public key certification by TLS'},
          {
            // source: 「両者の対象鍵」 (typo): TLS distributes symmetric keys
            ja: 'TLSにより両者の対称鍵の暗号化と安全配布する方式',
            en: 'A method in which TLS encrypts and securely distributes the symmetric keys of both parties',
          },
        ],
      },
    ],
  },
  {
    no: 3,
    layer: {ja: 'アプリケーション層', en: 'Application layer'},
    groups: [
      {
        techniques: [
          {ja: 'HTTPSによる通信の暗号化', en: 'Encryption of communication by HTTPS'},
          {
            ja: 'ASP・SaaS事業者ID／パスワードによる認証（SOAP-BODY部）',
            en: 'Authentication by ASP/SaaS provider ID/password (in the SOAP body)',
          },
          {
            ja: 'ASP・SaaS事業者パスワードの暗号化（暗号検査関数を用いた暗号化）',
            en: 'Encryption of the ASP/SaaS provider password (encryption using a cryptographic check function)',
          },
          {
            ja: 'ASP・SaaS事業者パスワードをタイムスタンプ等によるワンタイムパスワード化',
            en: 'Turning the ASP/SaaS provider password into a one-time password by means of a timestamp or the like',
          },
        ],
      },
    ],
  },
];

/** 図表22 */
export const logItems: LogItem[] = [
  {no: 1, name: {ja: 'インターフェース名', en: 'Interface name'}},
  {
    no: 2,
    name: {ja: 'サービス事業者コード（連携元）', en: 'Service provider code (integration source)'},
  },
  {no: 3, name: {ja: 'サービスコード（連携元）', en: 'Service code (integration source)'}},
  {
    no: 4,
    name: {
      ja: 'サービス事業者コード（連携先）',
      en: 'Service provider code (integration destination)',
    },
  },
  // source: 「サービスコード（連携先））」 (typo)
  {no: 5, name: {ja: 'サービスコード（連携先）', en: 'Service code (integration destination)'}},
  {no: 6, name: {ja: '受信/送信時刻', en: 'Time of receipt/transmission'}},
  {
    no: 7,
    name: {ja: '終了ステータス（正常/異常）', en: 'Completion status (normal/abnormal)'},
  },
  {
    no: 8,
    name: {ja: 'エラー時のステータスとエラー内容', en: 'Status on error and details of the error'},
  },
];

/** 図表24: the columns (フェーズ) */
export const techStages: TechStage[] = [
  {id: 'preparation', name: {ja: '準備', en: 'Preparation'}},
  {id: 'basicDesign', name: {ja: '基本設計', en: 'Basic design'}},
  {id: 'detailedDesign', name: {ja: '詳細設計', en: 'Detailed design'}},
];

/*
 * 図表24 is a grid of three stages (columns) by five rows. The extraction gives,
 * for each row, the bullets of the three cells one after the other (column by
 * column), without marking where a cell ends. The cuts below keep that order and
 * follow the figure's own pairings, chiefly the Action row, whose entries each
 * revise something of the same stage:
 * - Action: 不足資料の作成 answers Check's 提供資料の過不足 and 要求仕様の再確認 Plan's
 *   ユーザ企業からの要求仕様, so both are preparation; 作業計画/品質計画の見直し revises
 *   Plan's 作業計画/品質計画の立案, so it and its neighbours 適用技術の見直し/改善 and
 *   セキュリティ方法の見直し are basic design; 開発要件の再設計 and
 *   要求仕様達成指標の見直し revise Plan's 開発に関する要件 and 要求仕様達成の指標,
 *   so they are detailed design.
 * - Plan: the two contract entries go with the user's requirements (preparation);
 *   作業計画/品質計画の立案 opens basic design; 開発に関する要件 opens detailed design.
 * - Check: 提供資料の過不足 and 契約条項 are preparation (see Action and Plan);
 *   実現性評価, 技術適用への評価 and セキュリティレベルの評価 are basic design (the
 *   stage whose Action revises applied technology and the security method);
 *   要求仕様適合評価 is detailed design, with 要求仕様達成の指標.
 * - Do (ビジネスモデル): the current model and issues are preparation; basic design
 *   opens with 連携モデルの概要 and detailed design with its counterpart
 *   連携モデル設計（詳細）, so data items, timing and SLA scope are basic design.
 * - Do (適用技術): セキュリティ方法 is basic design (its review is in basic design's
 *   Action), so 通信方法（トランスポート） before it is taken as basic design too, and
 *   the two confirmations of the existing set-up as preparation; 標準仕様の適用範囲,
 *   run on in the extraction to the message technologies, stays with them in basic
 *   design, leaving コーディング規約 and レスポンス方法 to detailed design.
 */
export const techProcessRows: TechProcessRow[] = [
  {
    id: 'plan',
    cycle: 'Plan',
    cells: {
      preparation: [
        {ja: 'ユーザ企業からの要求仕様', en: 'Requirement specifications from the user company'},
        {
          ja: 'ベンダが指定するセキュリティ要件',
          en: 'Security requirements specified by the vendor',
        },
        {
          ja: 'ユーザ企業間との契約内容の確認',
          en: 'Confirmation of the terms of the contract with the user company',
        },
        {ja: 'ベンダ間の契約内容', en: 'Terms of the contracts between vendors'},
      ],
      basicDesign: [
        {ja: '作業計画/品質計画の立案', en: 'Drawing up the work plan/quality plan'},
        {ja: '構築スケジュール', en: 'Build schedule'},
        {ja: 'セキュリティ要件', en: 'Security requirements'},
      ],
      detailedDesign: [
        {ja: '開発に関する要件', en: 'Requirements for development'},
        {
          ja: 'ユーザ企業からの要求仕様達成の指標',
          en: 'Indicators of achievement of the requirement specifications from the user company',
        },
      ],
    },
  },
  {
    id: 'doBusinessModel',
    cycle: 'Do',
    label: {ja: 'ビジネスモデル', en: 'Business model'},
    cells: {
      preparation: [
        {ja: '現行サービスモデルの検討', en: 'Review of the current service model'},
        {ja: '現状の課題内容の確認', en: 'Confirmation of the current issues'},
        {
          ja: '解決される課題/効果の確認',
          en: 'Confirmation of the issues to be solved/the effects',
        },
      ],
      basicDesign: [
        {
          ja: '連携モデルの概要（処理の全体図）',
          en: 'Outline of the integration model (overall diagram of the processing)',
        },
        {ja: '連携データ項目', en: 'Data items to be integrated'},
        {ja: '連携実施タイミング', en: 'Timing of the integration'},
        {ja: 'SLAの対象範囲', en: 'Scope of the SLA'},
      ],
      detailedDesign: [
        {ja: '連携モデル設計（詳細）', en: 'Integration model design (detailed)'},
        {
          ja: '連携レイアウト設計（XMLの設計・・・）',
          en: 'Integration layout design (XML design ...)',
        },
      ],
    },
  },
  {
    id: 'doTechnology',
    cycle: 'Do',
    label: {ja: '適用技術', en: 'Applied technology'},
    cells: {
      preparation: [
        {ja: 'ASP・SaaSのアーキテクチャ確認', en: 'Confirmation of the ASP/SaaS architecture'},
        {
          ja: 'ユーザ企業間とのネットワーク通信方法',
          en: 'Network communication method with the user company',
        },
      ],
      basicDesign: [
        {ja: '通信方法（トランスポート）', en: 'Communication method (transport)'},
        {ja: 'セキュリティ方法', en: 'Security method'},
        {
          ja: 'メッセージ技術（XML、SOAP、REST等）…',
          en: 'Messaging technology (XML, SOAP, REST, etc.) ...',
        },
        {ja: '標準仕様の適用範囲', en: 'Scope of application of standard specifications'},
      ],
      detailedDesign: [
        {ja: 'コーディング規約', en: 'Coding conventions'},
        {ja: 'レスポンス方法', en: 'Response method'},
      ],
    },
  },
  {
    id: 'check',
    cycle: 'Check',
    cells: {
      preparation: [
        {ja: '提供資料の過不足', en: 'Whether the materials provided are sufficient'},
        {ja: '契約条項', en: 'Contract clauses'},
      ],
      basicDesign: [
        {
          ja: '連携モデルとしての実現性評価',
          en: 'Evaluation of feasibility as an integration model',
        },
        {ja: '技術適用への評価', en: 'Evaluation of the application of technology'},
        {ja: 'セキュリティレベルの評価', en: 'Evaluation of the security level'},
      ],
      detailedDesign: [
        {
          ja: 'ユーザ企業からの要求仕様適合評価',
          en: 'Evaluation of conformity with the requirement specifications from the user company',
        },
      ],
    },
  },
  {
    id: 'action',
    cycle: 'Action',
    cells: {
      preparation: [
        {ja: '不足資料の作成', en: 'Preparing the missing materials'},
        {
          ja: 'ユーザ企業からの要求仕様の再確認（必要時）',
          en: 'Reconfirming the requirement specifications from the user company (when necessary)',
        },
      ],
      basicDesign: [
        {ja: '適用技術の見直し/改善', en: 'Reviewing/improving the applied technology'},
        {ja: '作業計画/品質計画の見直し', en: 'Reviewing the work plan/quality plan'},
        {ja: 'セキュリティ方法の見直し', en: 'Reviewing the security method'},
      ],
      detailedDesign: [
        {
          ja: '開発要件の再設計（必要時）',
          en: 'Redesigning the development requirements (when necessary)',
        },
        {
          ja: 'ユーザ企業からの要求仕様達成指標の見直し（必要時）',
          en: 'Reviewing the indicators of achievement of the requirement specifications from the user company (when necessary)',
        },
      ],
    },
  },
];

/** 図表24's side notes: the arrow across the stages and the label of the rows. */
export interface TechProcessNote {
  progression: Text;
  withinStage: Text;
}

export const techProcessNote: TechProcessNote = {
  progression: {ja: '段階的に詳細化／具体化', en: 'Made more detailed/concrete step by step'},
  withinStage: {ja: 'フェーズ内の検討', en: 'Consideration within the phase'},
};
