import type {Agreement} from '../types';

/**
 * The agreements between partnered providers: 図表9 (overview) and 図表10–17
 * (their items), with the guide's closing checklist (「ASP・SaaS事業者連携の
 * チェックリスト」) attached to the items it covers.
 *
 * The checklist stops after the revenue-share agreement, so the questions of
 * providerSla (図表16) and confidentiality (図表17) are the site's own
 * (`source: 'site'`), each restating a note of its item as a check.
 */
export const providerAgreements: Agreement[] = [
  // -------------------------------------------------------------------------
  {
    id: 'jointProvision',
    parties: 'providers',
    phase: 'sales',
    figure: 10,
    overviewFigure: 9,
    name: {
      ja: 'サービス共同提供契約',
      en: 'Joint service provision agreement',
    },
    overview: [
      {
        ja: 'サービス共同提供の内容、期間、提供方法、運営方法、提携解消の条件等',
        en: 'The content, term, method of provision and method of operation of the joint service provision, the conditions for dissolving the alliance, etc.',
      },
    ],
    description: [
      {
        ja: 'サービス共同提供契約は、ASP・SaaS事業者が相互のサービスを連携して、一体的なサービスとして提供するという事業を行う上で必要な取り決めを行うために締結する。',
        en: 'A joint service provision agreement is concluded to make the arrangements needed to run a business in which ASP/SaaS providers link their services with each other and provide them as a single integrated service.',
      },
      {
        ja: '取り決めるべき項目の例として、以下のものが挙げられる。',
        en: 'Examples of the items to be agreed are listed below.',
      },
    ],
    items: [
      {
        id: 'jointProvision.purpose',
        name: {ja: 'サービス共同提供の目的', en: 'Purpose of the joint service provision'},
        notes: [
          {
            ja: 'ASP・SaaS連携を行ったうえで、共同事業を行う目的を定める。これは共同提供契約を運用する際の解釈基準ともなる。',
            en: 'Define the purpose of conducting the joint business on the basis of the ASP/SaaS partnership. This also serves as the standard for interpreting the joint provision agreement when it is applied.',
          },
        ],
        questions: [
          {
            id: 'jointProvision.purpose.q1',
            source: 'guide',
            text: {
              ja: 'ASP・SaaS連携による共同事業を行う目的が記述されているか。',
              en: 'Is the purpose of conducting the joint business through the ASP/SaaS partnership described?',
            },
          },
        ],
      },
      {
        id: 'jointProvision.region',
        name: {ja: '共同事業を行う際の対象地域', en: 'Target region of the joint business'},
        notes: [
          {
            ja: 'ASP・SaaS連携による共同事業を行う範囲について定める。',
            en: 'Define the scope within which the joint business through the ASP/SaaS partnership is conducted.',
          },
          {
            ja: '事業内容やASP・SaaSの一方におけるサポート範囲等によっては、国内での事業のみの連携に限定する等のケースもあるので、その範囲を明らかにする。',
            en: 'Depending on the nature of the business, the scope of support of one of the ASP/SaaS services, etc., the partnership may, for example, be limited to business within Japan, so make that scope clear.',
          },
        ],
        questions: [
          {
            id: 'jointProvision.region.q1',
            source: 'guide',
            text: {
              ja: '共同事業の業務内容と、その業務内容を実施する対象となる地域の関係が明確になっているか。',
              en: 'Is the relationship between the operations of the joint business and the regions in which those operations are carried out made clear?',
            },
          },
        ],
      },
      {
        id: 'jointProvision.term',
        name: {ja: 'サービス共同提供契約の期間', en: 'Term of the joint service provision agreement'},
        notes: [
          {
            ja: 'サービス共同提供契約の期間を定める。',
            en: 'Define the term of the joint service provision agreement.',
          },
          {
            ja: '基本契約の形態をとる場合には、期間を定めないケースもある。期間を定める場合には、期間を設定するとともに、更新方法（例えば自動延長など）を定めることもある。',
            en: 'Where the agreement takes the form of a master agreement, no term may be set. Where a term is set, a renewal method (for example, automatic extension) may be defined along with the term.',
          },
          {
            ja: 'トラブル予防のために、契約期間終了のルールを明確にすることが望ましい。',
            en: 'To prevent disputes, it is desirable to make the rules for the end of the contract term clear.',
          },
        ],
        questions: [
          {
            id: 'jointProvision.term.q1',
            source: 'guide',
            text: {
              ja: 'サービス共同契約の期間を定める場合、その期間が明示されているか',
              en: 'Where a term is set for the joint service agreement, is that term stated explicitly?',
            },
          },
          {
            id: 'jointProvision.term.q2',
            source: 'guide',
            text: {
              ja: '期間終了後の継続や更新に関する事項が明確になっているか。',
              en: 'Are the matters concerning continuation or renewal after the term ends made clear?',
            },
          },
        ],
      },
      {
        id: 'jointProvision.partnershipContent',
        name: {ja: '連携内容', en: 'Content of the partnership'},
        notes: [
          {
            ja: 'ASP・SaaS事業の連携によるサービス共同提供に際して、連携する内容について定める。',
            en: 'Define what the partnership covers in the joint service provision through the partnership of the ASP/SaaS businesses.',
          },
          {
            ja: '連携する内容として、ASP・SaaS連携によるサービス共同提供のほか、顧客に対して共同して対応する内容が含まれる。',
            en: 'Besides the joint service provision through the ASP/SaaS partnership, what the partnership covers includes the matters the providers handle jointly for customers.',
          },
          {
            ja: '具体的な内容については、個別にケースに応じて内容を確定し、そのうえで必要に応じてバスケットクローズ（包括条項）を設けるなどの対応を行う。',
            en: 'The specific content is settled case by case, and then, where necessary, measures such as including a basket clause (catch-all clause) are taken.',
          },
        ],
        questions: [
          {
            id: 'jointProvision.partnershipContent.q1',
            source: 'guide',
            text: {
              ja: 'サービス共同契約により連携する業務内容が明確になっているか',
              en: 'Are the operations covered by the partnership under the joint service agreement made clear?',
            },
          },
          {
            id: 'jointProvision.partnershipContent.q2',
            source: 'guide',
            text: {
              ja: '連携する事業者が個別に対応できる業務と、連携して行う必要がある業務の範囲が明確になっているか',
              en: 'Are the scopes of the operations each partnered provider can handle on its own and of the operations that must be carried out jointly made clear?',
            },
          },
        ],
      },
      {
        id: 'jointProvision.maintenance',
        name: {ja: '保守に関する事項', en: 'Matters concerning maintenance'},
        notes: [
          {
            ja: '保守の必要性が生じた場合の対応方針や、保守に関する責任分界、手順、保守にかかる費用等についての取り決めを行う。',
            en: 'Agree on the policy for responding when maintenance becomes necessary, the division of responsibility for maintenance, the procedures, the costs of maintenance, etc.',
          },
          {
            ja: 'OSやブラウザなどについて、新規の製品やセキュリティパッチ等が出た際の取り決めなどについても、必要があれば定める。',
            en: 'If necessary, also define arrangements for when new products, security patches, etc. are released for the OS, browsers and the like.',
          },
        ],
        questions: [
          {
            id: 'jointProvision.maintenance.q1',
            source: 'guide',
            text: {
              ja: '保守の必要性が生じた場合の対応方針（協議により行う、所定の内容に基づいて行う等）について、記述されているか',
              en: 'Is the policy for responding when maintenance becomes necessary (by consultation, on the basis of predefined terms, etc.) described?',
            },
          },
          {
            id: 'jointProvision.maintenance.q2',
            source: 'guide',
            text: {
              ja: '保守に関する責任分界について、明示する文書はあるか。',
              en: 'Is there a document that explicitly states the division of responsibility for maintenance?',
            },
          },
          {
            id: 'jointProvision.maintenance.q3',
            source: 'guide',
            text: {
              ja: '保守業務に係る手順や連絡・実施体制などを示す文書が整備されているか。',
              en: 'Are documents in place that set out the procedures for maintenance work, the communication and implementation structure, etc.?',
            },
          },
          {
            id: 'jointProvision.maintenance.q4',
            source: 'guide',
            text: {
              ja: 'サービスに供するOS等のサービスパッチへの対応や、利用者が利用するブラウザ等への対応方針などが明示されているか。',
              en: 'Are the policies for handling service patches for the OS etc. used to provide the service, and for supporting the browsers etc. that users use, stated explicitly?',
            },
          },
        ],
      },
      {
        id: 'jointProvision.operation',
        name: {ja: '運用に係る事項', en: 'Matters concerning operation'},
        notes: [
          {
            ja: '連携して提供しているASP・SaaSの運用に関する責任分界や、これに基づく障害時等の切り分けに関する対応方針等についての取り決めを行う。',
            en: 'Agree on the division of responsibility for operating the ASP/SaaS services provided in partnership and, based on it, the policy for fault isolation in the event of faults, etc.',
          },
          {
            ja: '必要に応じて、共有すべき運用手順を定める旨等についても、取り決める。',
            en: 'Where necessary, also agree that operating procedures to be shared will be defined, etc.',
          },
        ],
        questions: [
          {
            id: 'jointProvision.operation.q1',
            source: 'guide',
            text: {
              ja: '運用に関する責任分界について、明示されている文書はあるか。',
              en: 'Is there a document that explicitly states the division of responsibility for operation?',
            },
          },
          {
            id: 'jointProvision.operation.q2',
            source: 'guide',
            text: {
              ja: '障害時等の切り分けに関する対応方針等についての取り決めが明示されている文書があるか',
              en: 'Is there a document that explicitly states the arrangements on the policy for fault isolation in the event of faults, etc.?',
            },
          },
        ],
      },
      {
        id: 'jointProvision.costs',
        name: {ja: '費用負担等', en: 'Cost sharing, etc.'},
        notes: [
          {
            ja: 'サービス共同提供にかかる費用負担等について定める。',
            en: 'Define how the costs of the joint service provision are borne, etc.',
          },
          {
            ja: 'サービス共同提供に際して、共同して行う事業にかかる費用の分担、各社が行う事業にかかる費用負担等について定める。',
            en: 'For the joint service provision, define the sharing of the costs of the business conducted jointly, the bearing of the costs of the business each company conducts, etc.',
          },
        ],
        questions: [
          {
            id: 'jointProvision.costs.q1',
            source: 'guide',
            text: {
              ja: 'サービス共同提供に際して、費用分担を行う業務の対象、各社が行う事業にかかる費用負担方法、金額等について明示されているか',
              en: 'For the joint service provision, are the operations whose costs are shared, the method by which the costs of the business each company conducts are borne, the amounts, etc. stated explicitly?',
            },
          },
        ],
      },
      {
        id: 'jointProvision.termination',
        name: {ja: '契約解消・終了', en: 'Dissolution and termination of the agreement'},
        notes: [
          {
            ja: 'サービス共同提供契約の解消や終了に関して定める。',
            en: 'Define matters concerning the dissolution or termination of the joint service provision agreement.',
          },
          {
            ja: '解消事由、解消・終了のための事前通告等の手続き、その他サービス共同提供契約の解消に際して対応すべき事項を整理して、取り決める。',
            en: 'Sort out and agree on the grounds for dissolution, procedures such as advance notice of dissolution or termination, and the other matters to be dealt with when the joint service provision agreement is dissolved.',
          },
        ],
        questions: [
          {
            id: 'jointProvision.termination.q1',
            source: 'guide',
            text: {
              ja: '契約解消及び終了に係る手続きについて明示されているか',
              en: 'Are the procedures for dissolving and terminating the agreement stated explicitly?',
            },
          },
          {
            id: 'jointProvision.termination.q2',
            source: 'guide',
            text: {
              ja: '契約の自動延長が定められている場合に、これを解消する手続きについて明示されているか',
              en: 'Where automatic extension of the agreement is provided for, is the procedure for dissolving it stated explicitly?',
            },
          },
        ],
      },
    ],
  },

  // -------------------------------------------------------------------------
  {
    id: 'jointSales',
    parties: 'providers',
    phase: 'sales',
    figure: 11,
    overviewFigure: 9,
    name: {ja: '共同販売契約', en: 'Joint sales agreement'},
    overview: [
      {
        ja: '販売連携を行う際の対象地域、期間、連携内容、費用負担等',
        en: 'The target region, term, content of the partnership, cost sharing, etc. when partnering in sales',
      },
    ],
    description: [
      {
        ja: '共同販売契約は、ASP・SaaS事業者が相互のサービスを連携して、一体的なサービスとしたうえで、共同して販売する場合に必要な取り決めを行うために締結する。',
        en: 'A joint sales agreement is concluded to make the arrangements needed when ASP/SaaS providers link their services with each other into a single integrated service and sell it jointly.',
      },
      {
        ja: '取り決めるべき項目の例として、以下のものが挙げられる（上述の共同提供契約を締結していない場合には、共同提供契約における条項も含まれる）。',
        en: 'Examples of the items to be agreed are listed below (where the joint provision agreement described above has not been concluded, the clauses of the joint provision agreement are also included).',
      },
    ],
    items: [
      {
        id: 'jointSales.partnershipContent',
        name: {ja: '連携内容', en: 'Content of the partnership'},
        notes: [
          {
            ja: 'ASP・SaaS事業の連携による共同販売に際して、連携する内容について定める。',
            en: 'Define what the partnership covers in joint sales through the partnership of the ASP/SaaS businesses.',
          },
          {
            ja: '連携する内容として、販売等の共同企画、営業対応、商標など知的財産権の相互許諾等が含まれる。',
            en: 'What the partnership covers includes joint planning of sales etc., sales activities, and mutual licensing of intellectual property rights such as trademarks.',
          },
          {
            ja: '具体的な内容については、個別にケースに応じて内容を確定し、そのうえで必要に応じてバスケットクローズ（包括条項）を設けるなどの対応を行う。',
            en: 'The specific content is settled case by case, and then, where necessary, measures such as including a basket clause (catch-all clause) are taken.',
          },
        ],
        questions: [
          {
            id: 'jointSales.partnershipContent.q1',
            source: 'guide',
            text: {
              ja: '共同販売により連携の対象とする業務範囲について、明示されているか。（明示内容の例として販売等の共同企画、営業対応、商標など知的財産権の相互許諾等）',
              en: 'Is the scope of the operations covered by the partnership in joint sales stated explicitly? (Examples of what is stated: joint planning of sales etc., sales activities, mutual licensing of intellectual property rights such as trademarks.)',
            },
          },
          {
            id: 'jointSales.partnershipContent.q2',
            source: 'guide',
            text: {
              ja: '連携の性格により、内容が特定できない場合に、これに対応する文言（あるいはバスケットクローズ条項）などがあるか',
              en: 'Where the nature of the partnership means its content cannot be specified, is there wording (or a basket clause) that covers this?',
            },
          },
        ],
      },
      {
        id: 'jointSales.costs',
        name: {ja: '費用負担等', en: 'Cost sharing, etc.'},
        checklistName: {ja: '費用負担', en: 'Cost sharing'},
        notes: [
          {
            ja: '共同販売にかかる費用負担等について定める。',
            en: 'Define how the costs of joint sales are borne, etc.',
          },
          {
            ja: '共同販売に際して、共同して行う事業にかかる費用の分担、各社が行う事業にかかる費用負担等について定める。',
            en: 'For joint sales, define the sharing of the costs of the business conducted jointly, the bearing of the costs of the business each company conducts, etc.',
          },
          {
            ja: '代理販売などを内容とする場合には、代理販売に伴う費用負担やロイヤリティ等についても取り決める。',
            en: 'Where the agreement covers agency sales or the like, also agree on the bearing of the costs arising from agency sales, royalties, etc.',
          },
        ],
        questions: [
          {
            id: 'jointSales.costs.q1',
            source: 'guide',
            text: {
              ja: '共同販売に係る費用負担の条項が定められているか。',
              en: 'Is there a clause on bearing the costs of joint sales?',
            },
          },
          {
            id: 'jointSales.costs.q2',
            source: 'guide',
            text: {
              ja: '費用負担について、必要があれば、連携業務ごとの分担や金額等が示されているか。',
              en: 'Where necessary, are the allocation and amounts for each partnered operation, etc. set out for the bearing of costs?',
            },
          },
          {
            id: 'jointSales.costs.q3',
            source: 'guide',
            text: {
              ja: '代理販売を行う場合、この販売に係る費用負担やその条件などが明示されているか',
              en: 'Where agency sales are conducted, are the bearing of the costs of those sales, its conditions, etc. stated explicitly?',
            },
          },
        ],
      },
    ],
  },

  // -------------------------------------------------------------------------
  {
    id: 'license',
    parties: 'providers',
    phase: 'sales',
    figure: 12,
    overviewFigure: 9,
    name: {ja: 'ライセンス供与契約', en: 'License agreement'},
    overview: [
      {
        // The guide writes ライセンシー (licensee) where it means licensing, here and in 図表12.
        ja: 'ライセンシーに関する取り決め（適用範囲、利用範囲、ロイヤリティ、関連知財（商標等）の取り扱い）',
        en: 'Arrangements concerning the licensing (scope of application, scope of use, royalties, handling of related intellectual property (trademarks, etc.))',
      },
    ],
    description: [
      {
        ja: 'ライセンス供与契約は、ASP・SaaS事業者が相互のサービスを連携し、共同してサービス提供する際、連携するASP・SaaS事業者の一方（ここでは便宜的にAとする）のみが利用契約者と契約する場合に、それ以外の事業者（ここでは便宜的にBとする）とAの間で、取り決めを行うものである。',
        en: 'A license agreement sets out arrangements between A and the other provider (called B here for convenience) when ASP/SaaS providers link their services with each other and provide a service jointly, and only one of the partnered ASP/SaaS providers (called A here for convenience) contracts with the contracting customer.',
      },
      {
        ja: '取り決めるべき項目の例として、以下のものが挙げられる。',
        en: 'Examples of the items to be agreed are listed below.',
      },
    ],
    // The parts the guide's 【ライセンス供与契約】 and 図表12 give A and B.
    sides: {
      A: {
        ja: '連携先の事業者から、連携に必要な範囲のライセンスの供与を受け、連携したサービスを利用契約者に提供する（図表12）。',
        en: 'Takes from the partner provider a license to the extent the partnership needs, and provides the combined service to the contracting customer (Figure 12).',
      },
      B: {
        ja: '利用契約者と契約する事業者に、連携に必要な範囲のライセンスを供与し、その利用範囲と関連知財（商標等）の使い方を定める（図表12）。',
        en: 'Grants the provider that contracts with the contracting customer a license to the extent the partnership needs, and sets the scope of its use and how related IP (trademarks etc.) may be used (Figure 12).',
      },
    },
    items: [
      {
        id: 'license.scope',
        // 「ライセンス提供を B から A に対して行う際に、その範囲について定める」
        side: 'B',
        name: {ja: '適用範囲', en: 'Scope of application'},
        notes: [
          {
            // source: 「ランセンス提供」 (typo)
            ja: 'ASP・SaaS連携に際して必要なライセンス提供をBからAに対して行う際に、その範囲について定める。',
            en: 'When B grants A the license needed for the ASP/SaaS partnership, define its scope.',
          },
          {
            ja: '基本的には、ASP・SaaS連携を行うのに必要な範囲等の内容を規定するが、必要に応じてより具体的な範囲を定めることもある。',
            en: 'Basically, this sets out the scope needed to carry out the ASP/SaaS partnership, etc., but a more specific scope may be defined where necessary.',
          },
        ],
        questions: [
          {
            id: 'license.scope.q1',
            source: 'guide',
            text: {
              ja: 'ライセンス供与を行う場合の範囲が明示されているか',
              en: 'Is the scope of the license granted stated explicitly?',
            },
          },
        ],
      },
      {
        id: 'license.royalties',
        name: {ja: '代理販売に伴うロイヤリティ等', en: 'Royalties, etc. for agency sales'},
        notes: [
          {
            ja: 'ライセンシーを行うにあたり、ライセンス供与者とこれを販売する事業者間で取り決めるライセンスフィーや、代理販売による報酬などについての取り決めを行う。',
            en: 'In licensing, agree on the license fee set between the licensor and the provider that sells the license, the remuneration for agency sales, etc.',
          },
        ],
        questions: [
          {
            id: 'license.royalties.q1',
            source: 'guide',
            text: {
              ja: 'ライセンスフィーについて明示されているか。（1本当たり、あるいは複数ライセンスあたり等）',
              en: 'Is the license fee stated explicitly? (Per license, per set of multiple licenses, etc.)',
            },
          },
          {
            id: 'license.royalties.q2',
            source: 'guide',
            text: {
              ja: '代理販売の場合に、ロイヤリティや報酬などについて明示されているか。（1本当たり、あるいは案件あたり等）',
              en: 'In the case of agency sales, are the royalties, remuneration, etc. stated explicitly? (Per license, per deal, etc.)',
            },
          },
          {
            id: 'license.royalties.q3',
            source: 'guide',
            text: {
              ja: '代理販売に際して、第三者に提供する価格に制限を設ける場合に、その点が明示されているか',
              en: 'Where restrictions are placed on the price offered to third parties in agency sales, is this stated explicitly?',
            },
          },
        ],
      },
      {
        id: 'license.usageScope',
        // the licensor (B) sets what its licensed service may be used for
        side: 'B',
        name: {ja: 'ライセンスの利用範囲', en: 'Scope of use of the license'},
        notes: [
          {
            ja: 'ライセンシーを行った場合の、利用許諾されたサービスの利用範囲を明確にする。',
            en: 'Make clear the scope within which the licensed service may be used once the license has been granted.',
          },
          {
            ja: '例えば国内だけでの利用なのか等、サービス内容により異なることから、その内容を明確にする。',
            en: 'Since this differs with the service (for example, whether use is limited to Japan), make it clear.',
          },
        ],
        questions: [
          {
            id: 'license.usageScope.q1',
            source: 'guide',
            text: {
              ja: 'ライセンスの対象範囲が明示されているか',
              en: 'Is what the license covers stated explicitly?',
            },
          },
          {
            id: 'license.usageScope.q2',
            source: 'guide',
            text: {
              ja: 'ライセンス利用及び付帯サービスの地域等について明示されているか',
              en: 'Are the regions etc. for the use of the license and for the accompanying services stated explicitly?',
            },
          },
          {
            id: 'license.usageScope.q3',
            source: 'guide',
            text: {
              ja: 'ライセンスに付帯するサービスの提供条件について明示されているか（例えばサポート等）',
              en: 'Are the conditions for providing the services that accompany the license stated explicitly (for example, support)?',
            },
          },
        ],
      },
      {
        id: 'license.relatedIp',
        // the licensor's (B's) trademarks and other IP the reseller needs
        side: 'B',
        name: {ja: '関連知財（商標等）', en: 'Related intellectual property (trademarks, etc.)'},
        notes: [
          {
            ja: '代理販売等を行う際に必要となる関連知財（商標等）の利用範囲等についての内容を定める。',
            en: 'Define the scope of use, etc. of the related intellectual property (trademarks, etc.) needed for agency sales and the like.',
          },
        ],
        questions: [
          {
            id: 'license.relatedIp.q1',
            source: 'guide',
            text: {
              ja: '代理販売を行うにあたり、使用が必要となる関連知財（商標権、意匠権等）についての利用範囲等について明示されているか',
              en: 'Is the scope of use, etc. of the related intellectual property (trademark rights, design rights, etc.) that must be used in agency sales stated explicitly?',
            },
          },
        ],
      },
      {
        id: 'license.term',
        name: {ja: '期間等', en: 'Term, etc.'},
        notes: [
          {
            ja: '代理販売等を行う期間等を定める。',
            en: 'Define the period, etc. during which agency sales and the like are conducted.',
          },
          {
            ja: '合わせて契約期間の終了や解消方法などについても定める。',
            en: 'Also define the end of the contract term, the method of dissolution, etc.',
          },
        ],
        questions: [
          {
            id: 'license.term.q1',
            source: 'guide',
            text: {
              ja: '代理販売等を行う期間、地域（必要があれば独占販売権であるか否かについても）が明示されているか',
              en: 'Are the period and region of agency sales, etc. (and, if necessary, whether exclusive distribution rights are granted) stated explicitly?',
            },
          },
          {
            id: 'license.term.q2',
            source: 'guide',
            text: {
              ja: '契約期間の終了、あるいは解消方法などの手続きについて明示されているか',
              en: 'Are the procedures for the end of the contract term, the method of dissolution, etc. stated explicitly?',
            },
          },
        ],
      },
    ],
  },

  // -------------------------------------------------------------------------
  {
    id: 'nda',
    parties: 'providers',
    phase: 'sales',
    figure: 13,
    overviewFigure: 9,
    name: {ja: '機密保持契約', en: 'Non-disclosure agreement'},
    overview: [
      {
        ja: '機密の範囲、守秘期間、守秘義務の対象者ほか',
        en: 'The scope of confidential information, the period of confidentiality, the persons bound by the confidentiality obligation, etc.',
      },
    ],
    description: [
      {
        ja: 'ASP・SaaS事業者が連携してサービス提供するに際し、相互の技術情報や営業情報等を相手方に対して提供する必要がある。機密保持契約は、開示した情報についての機密性を確保するために締結する。',
        en: 'When ASP/SaaS providers provide services in partnership, they need to give each other their technical information, business information, etc. A non-disclosure agreement (NDA) is concluded to ensure the confidentiality of the information disclosed.',
      },
      {
        ja: '取り決めるべき項目の例として、以下のものが挙げられる。',
        en: 'Examples of the items to be agreed are listed below.',
      },
    ],
    items: [
      {
        id: 'nda.infoScope',
        name: {ja: '機密情報の範囲', en: 'Scope of confidential information'},
        notes: [
          {
            // The source cell ends without a verb; kept as is.
            ja: '開示した情報のうち、機密保持契約の対象とする情報の範囲',
            en: 'The scope of the information, among that disclosed, that is covered by the non-disclosure agreement',
          },
        ],
        questions: [
          {
            id: 'nda.infoScope.q1',
            source: 'guide',
            text: {
              ja: '機密保持契約の対象とする情報の範囲について明示されているか。',
              en: 'Is the scope of the information covered by the non-disclosure agreement stated explicitly?',
            },
          },
        ],
      },
      {
        id: 'nda.useScope',
        name: {ja: '機密情報の利用範囲', en: 'Scope of use of confidential information'},
        notes: [
          {
            ja: '開示した機密情報の利用範囲を定める。',
            en: 'Define the scope within which disclosed confidential information may be used.',
          },
          {
            ja: 'ASP・SaaS連携による共同事業に必要な範囲等、一般的な表現のほか、必要に応じて、より具体的な利用範囲を明示する。',
            en: 'Besides general wording such as "the scope necessary for the joint business through the ASP/SaaS partnership", state a more specific scope of use where necessary.',
          },
        ],
        questions: [
          {
            id: 'nda.useScope.q1',
            source: 'guide',
            text: {
              ja: '開示した機密情報の利用範囲が明示されているか',
              en: 'Is the scope of use of the disclosed confidential information stated explicitly?',
            },
          },
        ],
      },
      {
        id: 'nda.term',
        name: {ja: '機密保持の期間', en: 'Period of confidentiality'},
        notes: [
          {
            ja: '開示された機密情報についての守秘義務の期間を定める。',
            en: 'Define the period of the confidentiality obligation for the disclosed confidential information.',
          },
          {
            ja: '契約期間中の機密保持期間だけではなく、必要に応じて契約終了後の機密保持期間についても定める。',
            en: 'Define not only the period of confidentiality during the contract term but also, where necessary, the period of confidentiality after the contract ends.',
          },
        ],
        questions: [
          {
            id: 'nda.term.q1',
            source: 'guide',
            text: {
              ja: '秘密保持とする期間について明示されているか（秘密保持契約の期間のほか、契約終了後の期間等も含めて）',
              en: 'Is the period during which confidentiality is to be kept stated explicitly (including not only the term of the non-disclosure agreement but also the period after the agreement ends, etc.)?',
            },
          },
        ],
      },
      {
        id: 'nda.persons',
        name: {ja: '機密保持の対象者', en: 'Persons bound by confidentiality'},
        notes: [
          {
            ja: '機密保持契約に基づき、守秘義務を負う対象者について定める。',
            en: 'Define the persons who bear the confidentiality obligation under the non-disclosure agreement.',
          },
          {
            ja: 'ASP・SaaS事業者の従業員については、退職後の機密保持を確保するための対応、また協力会社等がある場合には、協力会社等に対しても守秘義務が及ぶ旨等を定める。',
            en: 'For employees of the ASP/SaaS providers, define the measures to ensure confidentiality after they leave the company, and, where there are partner companies etc., that the confidentiality obligation also extends to them, and so on.',
          },
        ],
        questions: [
          {
            id: 'nda.persons.q1',
            source: 'guide',
            text: {
              ja: '機密保持契約の対象者について明示されているか',
              en: 'Are the persons covered by the non-disclosure agreement stated explicitly?',
            },
          },
          {
            id: 'nda.persons.q2',
            source: 'guide',
            text: {
              ja: '協力会社、退職従業員等についても含めて、内容が明示されているか',
              en: 'Is this stated explicitly, including partner companies, former employees, etc.?',
            },
          },
        ],
      },
    ],
  },

  // -------------------------------------------------------------------------
  {
    id: 'techProvision',
    parties: 'providers',
    phase: 'introduction',
    figure: 14,
    overviewFigure: 9,
    name: {ja: '技術提供契約', en: 'Technology provision agreement'},
    overview: [
      {
        ja: '技術情報の開示範囲、情報利用範囲、技術協力内容、提供技術を利用した成果の取り扱い、その他費用負担関係等',
        en: 'The scope of disclosure of technical information, the scope of use of the information, the content of technical cooperation, the handling of results obtained using the technology provided, and other matters such as cost sharing',
      },
    ],
    description: [
      {
        ja: '技術提供契約は、ASP・SaaS事業者が相互のサービスを連携する際に、ASP・SaaS事業者相互、もしくは一方から他方へ技術提供を行うために締結する。技術提供の目的としては、サービス提供に際して一般的に必要な技術の提供のほか、個別の利用者への導入を進めるに際して必要な技術の提供なども含まれる。',
        en: 'A technology provision agreement is concluded so that, when ASP/SaaS providers link their services with each other, technology is provided between the providers mutually or from one to the other. The purposes of technology provision include not only providing the technology generally needed to provide the service but also providing the technology needed to introduce the service to individual users.',
      },
      {
        ja: '取り決めるべき項目の例として、以下のものが挙げられる。',
        en: 'Examples of the items to be agreed are listed below.',
      },
    ],
    items: [
      {
        id: 'techProvision.disclosureScope',
        byTechnologyProvider: true,
        name: {
          ja: '技術情報の開示範囲・情報利用範囲',
          en: 'Scope of disclosure and scope of use of technical information',
        },
        notes: [
          {
            ja: 'ASP・SaaS連携に際して行う技術情報の開示範囲や情報の利用範囲を取り決める。',
            en: 'Agree on the scope of the technical information disclosed for the ASP/SaaS partnership and the scope within which the information may be used.',
          },
          {
            ja: '一般的に技術情報は機密情報に属することから、機密情報保持契約と整合性をとりながら定める。',
            en: 'Since technical information is generally confidential information, define these consistently with the non-disclosure agreement.',
          },
        ],
        questions: [
          {
            id: 'techProvision.disclosureScope.q1',
            source: 'guide',
            text: {
              ja: '開示する技術情報の範囲について明示されているか',
              en: 'Is the scope of the technical information to be disclosed stated explicitly?',
            },
          },
          {
            id: 'techProvision.disclosureScope.q2',
            source: 'guide',
            text: {
              ja: '開示された技術情報の利用範囲、利用目的等について明示されているか',
              en: 'Are the scope of use, the purposes of use, etc. of the disclosed technical information stated explicitly?',
            },
          },
        ],
      },
      {
        id: 'techProvision.cooperation',
        byTechnologyProvider: true,
        name: {ja: '技術協力内容', en: 'Content of technical cooperation'},
        notes: [
          {
            ja: '技術協力の内容を定める。技術情報の開示のほか、顧客への導入に際しての技術支援、共同対応等、技術協力を行う内容について定める。',
            en: 'Define the content of the technical cooperation. Besides the disclosure of technical information, define what the technical cooperation covers, such as technical support and joint handling when the service is introduced to customers.',
          },
        ],
        questions: [
          {
            id: 'techProvision.cooperation.q1',
            source: 'guide',
            text: {
              // source: 「サポートし円」 (typo)
              ja: '技術提供に伴い協力する内容について明示されているか（技術支援、サポート支援、技術協力等）',
              en: 'Is what the parties cooperate on in connection with the technology provision stated explicitly (technical support, support assistance, technical cooperation, etc.)?',
            },
          },
        ],
      },
      {
        id: 'techProvision.results',
        name: {
          ja: '提供技術を利用した成果の取り扱い',
          en: 'Handling of results obtained using the technology provided',
        },
        notes: [
          {
            ja: 'ASP・SaaS連携にかかる技術提供を行った結果として得られた成果（ノウハウ等）についての取り扱いを定める。',
            en: 'Define how the results (know-how, etc.) obtained from the technology provision for the ASP/SaaS partnership are handled.',
          },
          {
            ja: '例えば成果の帰属先、利用方法（帰属先の許諾により利用できる等）などを取り決める。',
            en: 'For example, agree on to whom the results belong and how they may be used (e.g. usable with the permission of their owner).',
          },
        ],
        questions: [
          {
            id: 'techProvision.results.q1',
            source: 'guide',
            text: {
              // source: 「知的財財産」 (typo)
              ja: '技術協力を行った結果得られた知的財産等に係る取り決めが明示されているか。特に権利の帰属、利用の条件等について明示されているか',
              en: 'Are the arrangements concerning intellectual property etc. obtained as a result of the technical cooperation stated explicitly? In particular, are the ownership of the rights, the conditions of use, etc. stated explicitly?',
            },
          },
        ],
      },
      {
        id: 'techProvision.costs',
        name: {ja: '費用負担等', en: 'Cost sharing, etc.'},
        checklistName: {ja: '費用負担', en: 'Cost sharing'},
        notes: [
          {
            ja: '技術提供にかかる費用負担等について定める。',
            en: 'Define how the costs of the technology provision are borne, etc.',
          },
          {
            ja: '技術情報の提供、技術支援を行うに際して生じる費用等について負担方法、計算方法・基準等についての取り決めを行う。',
            en: 'Agree on how the costs etc. incurred in providing technical information and technical support are borne, how they are calculated, on what basis, etc.',
          },
        ],
        questions: [
          {
            id: 'techProvision.costs.q1',
            source: 'guide',
            text: {
              ja: '技術提供、協力に係る費用負担について明示されているか。',
              en: 'Is the bearing of the costs of the technology provision and cooperation stated explicitly?',
            },
          },
          {
            id: 'techProvision.costs.q2',
            source: 'guide',
            text: {
              ja: '費用発生に関する計算方法、発生基準、支払方法等について明示されているか。',
              en: 'Are the calculation method, the criteria for when costs arise, the payment method, etc. stated explicitly?',
            },
          },
        ],
      },
    ],
  },

  // -------------------------------------------------------------------------
  {
    id: 'revenueShare',
    parties: 'providers',
    phase: 'operation',
    figure: 15,
    overviewFigure: 9,
    name: {ja: 'レベニューシェア契約', en: 'Revenue-share agreement'},
    overview: [
      {
        ja: '利用契約者に対する利用規約、利用契約者への課金方法、課金料金に対するレベニューシェアの割合、支払方法、免責事項等',
        en: 'The terms of use for the contracting customer, the method of billing the contracting customer, the revenue-share ratio of the fees billed, the payment method, disclaimers, etc.',
      },
    ],
    description: [
      {
        ja: 'レベニューシェアモデル契約が必要となるのは、ASP・SaaS事業者連携のパターンのうち、連携する事業者の一つが、利用契約者と契約するパターンの場合である。すなわち、連携するASP・SaaS事業者の一方（ここでは便宜的にAとする）のみが利用契約者と契約する場合に、それ以外の事業者（ここでは便宜的にBとする）とAの間で、取り決めを行う。',
        en: 'A revenue-share model agreement is needed in the pattern of ASP/SaaS provider partnership in which one of the partnered providers contracts with the contracting customer. That is, when only one of the partnered ASP/SaaS providers (called A here for convenience) contracts with the contracting customer, arrangements are made between A and the other provider (called B here for convenience).',
      },
      {
        ja: '取り決めるべき項目の例として、以下のものが挙げられる。',
        en: 'Examples of the items to be agreed are listed below.',
      },
    ],
    // The parts the guide's 【レベニューシェア契約】 and 図表15 give A and B.
    sides: {
      A: {
        ja: '利用契約者に課金し、得た利用料金を取り決めた割合と方法で連携先の事業者に分配する（図表15）。',
        en: 'Bills the contracting customer, and shares the fees received with the partner provider at the agreed rate and in the agreed way (Figure 15).',
      },
      B: {
        ja: '利用契約者と契約する事業者が得た利用料金から、取り決めた割合と方法で分配を受ける（図表15）。',
        en: 'Receives its share of the fees collected by the provider that contracts with the contracting customer, at the agreed rate and in the agreed way (Figure 15).',
      },
    },
    items: [
      {
        id: 'revenueShare.termsOfUse',
        name: {
          ja: '利用契約者に対する利用規約の取り扱い',
          en: 'Handling of the terms of use for the contracting customer',
        },
        notes: [
          {
            ja: '利用規約の提示や締結に関わる内容を取り決める。',
            en: 'Agree on matters concerning the presentation and conclusion of the terms of use.',
          },
          {
            ja: 'このモデルにおいても、利用規約自体は個別の事業者と利用契約者もしくは利用者と締結することがあるので、締結の方法やその前提となる提示方法を定める。',
            en: 'Even in this model, the terms of use themselves may be concluded between an individual provider and the contracting customer or the user, so define how they are concluded and how they are presented beforehand.',
          },
        ],
        questions: [
          {
            id: 'revenueShare.termsOfUse.q1',
            source: 'guide',
            text: {
              ja: '利用規約の提示及び締結方法について明示されているか',
              en: 'Are the methods of presenting and concluding the terms of use stated explicitly?',
            },
          },
        ],
      },
      {
        id: 'revenueShare.billing',
        // 「利用契約者に対する課金方法」: A alone contracts, so A bills the customer
        side: 'A',
        name: {ja: '利用契約者への課金方法', en: 'Method of billing the contracting customer'},
        notes: [
          {
            ja: '利用契約者に対する課金方法について定める。',
            en: 'Define the method of billing the contracting customer.',
          },
          {
            ja: '利用契約者に対して課金する金額、課金単位のほか、次項のレベニューシェアに関して必要となりうる項目（例えば利用契約の解除・終了に際して取り決め内容など）を取り決める。',
            en: 'Agree on the amount charged to the contracting customer and the billing unit, as well as the items that may be needed for the revenue share in the next item (for example, what is agreed for the cancellation or termination of the service use contract).',
          },
        ],
        questions: [
          {
            id: 'revenueShare.billing.q1',
            source: 'guide',
            text: {
              ja: '利用者への課金方法が明示されているか',
              en: 'Is the method of billing the user stated explicitly?',
            },
          },
          {
            id: 'revenueShare.billing.q2',
            source: 'guide',
            text: {
              ja: '利用者への課金の計算方法が明示されているか',
              en: 'Is the method of calculating the charges to the user stated explicitly?',
            },
          },
        ],
      },
      {
        id: 'revenueShare.shareAndPayment',
        name: {
          ja: '課金料金に対するレベニューシェアの割合・支払方法',
          en: 'Revenue-share ratio of the fees billed and payment method',
        },
        notes: [
          {
            ja: '利用契約者から得たサービス利用料金に対して、分配する割合（レベニューシェア）やその支払方法（期日、支払い手段等）について取り決める。',
            en: 'Agree on the ratio in which the service fees received from the contracting customer are distributed (the revenue share) and on the payment method (due dates, means of payment, etc.).',
          },
        ],
        questions: [
          {
            id: 'revenueShare.shareAndPayment.q1',
            source: 'guide',
            text: {
              // source: 「粉炭割合」 (typo)
              ja: '課金した利用料に対する分担方法、分担割合、支払方法について明示されているか',
              en: 'Are the method of sharing the usage fees billed, the sharing ratio and the payment method stated explicitly?',
            },
          },
        ],
      },
      {
        id: 'revenueShare.disclaimers',
        name: {ja: '免責事項等', en: 'Disclaimers, etc.'},
        notes: [
          {
            ja: '何らかのシステム障害が発生して、サービスが提供できなかった場合において、レベニューシェアをどのように処理するかについての取り決めを行う。',
            en: 'Agree on how the revenue share is handled when the service could not be provided because some system fault occurred.',
          },
        ],
        questions: [
          {
            id: 'revenueShare.disclaimers.q1',
            source: 'guide',
            text: {
              ja: '障害時におけるレベニューシェアの取り決め、あるいは免責事項等が明示されているか。',
              en: 'Are the arrangements for the revenue share in the event of a fault, or the disclaimers etc., stated explicitly?',
            },
          },
        ],
      },
    ],
  },

  // -------------------------------------------------------------------------
  // The guide's checklist has no section for this agreement: its questions
  // are the site's, each restating a note of the item.
  {
    id: 'providerSla',
    parties: 'providers',
    phase: 'operation',
    figure: 16,
    overviewFigure: 9,
    // 図表9's name; the section heading reads 【SLA（Service Level Agreement）】.
    name: {ja: 'SLA', en: 'SLA (service level agreement)'},
    overview: [
      {
        // source: 「利用者契約者」 (typo)
        ja: '利用契約者に対して保証するSLAについての合意、免責事項、品質低下の際の対応等',
        en: 'Agreement on the SLA guaranteed to the contracting customer, disclaimers, the response when quality deteriorates, etc.',
      },
    ],
    description: [
      {
        ja: 'SLAは、ASP・SaaS事業者が相互のサービスを連携し、共同してサービス提供する際、連携するASP・SaaS事業者の一方（ここでは便宜的にAとする）のみが利用契約者と契約する場合に、それ以外の事業者（ここでは便宜的にBとする）とAの間で、取り決めを行うものである。',
        en: 'This SLA sets out arrangements between A and the other provider (called B here for convenience) when ASP/SaaS providers link their services with each other and provide a service jointly, and only one of the partnered ASP/SaaS providers (called A here for convenience) contracts with the contracting customer.',
      },
      {
        // source: 「合意する者」 (typo)
        ja: 'サービスレベルは本来、サービス提供事業者と利用契約者との間で合意するものである。しかし、上述のパターンの場合には、契約者であるAと利用契約者との間で締結されるSLAが、Bから提供されるサービスについても適用されることになる。そこで、Bが提供するサービスのレベルについてA－B間で合意し、その内容も含めて、Aが利用契約者と合意することになる。',
        en: 'A service level is, in principle, agreed between the service provider and the contracting customer. In the pattern described above, however, the SLA concluded between A, the contracting party, and the contracting customer also applies to the service provided by B. A and B therefore agree on the level of the service B provides, and A reaches agreement with the contracting customer on terms that include it.',
      },
      {
        ja: '取り決めるべき項目の例として、以下のものが挙げられる。',
        en: 'Examples of the items to be agreed are listed below.',
      },
    ],
    // The parts the guide's 【SLA】 and 図表16 give A and B.
    sides: {
      A: {
        ja: '連携先の事業者が保証するサービスレベルを含めて、利用契約者とSLAを締結する（図表16）。',
        en: 'Concludes the SLA with the contracting customer, including the service level the partner provider guarantees (Figure 16).',
      },
      B: {
        ja: '自社が提供するサービスの内容と、稼働率や障害からの回復時間等のサービスレベルを、利用契約者と契約する事業者に保証する（図表16）。',
        en: 'Guarantees the provider that contracts with the contracting customer the content of its own service and its service level, such as the availability rate and the time to recover from a fault (Figure 16).',
      },
    },
    items: [
      {
        id: 'providerSla.purpose',
        name: {ja: 'SLAの目的', en: 'Purpose of the SLA'},
        notes: [
          {
            ja: 'A-B間で締結するSLAの目的を明示する。',
            en: 'State explicitly the purpose of the SLA concluded between A and B.',
          },
          {
            ja: '内容はBのサービスの目的、連携してサービス提供する際にそのレベル等を保証する旨等を取り決める。',
            en: "As its content, agree on the purpose of B's service, that its level etc. is guaranteed when the services are provided in partnership, and so on.",
          },
        ],
        questions: [
          {
            id: 'providerSla.purpose.q1',
            source: 'site',
            text: {
              ja: '契約主体の事業者と連携先の事業者の間で締結するSLAの目的が明示されているか',
              en: 'Is the purpose of the SLA concluded between the lead provider and the partner provider stated explicitly?',
            },
          },
          {
            id: 'providerSla.purpose.q2',
            source: 'site',
            text: {
              ja: '連携先の事業者のサービスの目的や、連携してサービス提供する際にそのレベル等を保証する旨等が明示されているか',
              en: "Are the purpose of the partner provider's service and the guarantee of its level etc. when the services are provided in partnership stated explicitly?",
            },
          },
        ],
      },
      {
        id: 'providerSla.serviceScope',
        // 「SLA で保証するサービスレベルの対象となる B が提供するサービスの内容」
        side: 'B',
        name: {
          ja: '提供サービスの内容、提供対象地域、提供時間等',
          en: 'Content of the services provided, regions covered, hours of provision, etc.',
        },
        notes: [
          {
            ja: 'SLAで保証するサービスレベルの対象となるBが提供するサービスの内容や、提供対象地域（国内に限定する等）、提供時間等について定める。',
            en: 'Define the content of the service provided by B to which the service level guaranteed by the SLA applies, the regions covered (e.g. limited to Japan), the hours of provision, etc.',
          },
          {
            ja: 'その他に、例えばヘルプデスクの対応時間など、必要に応じて具体的な内容の定義を取り決める。',
            en: "In addition, agree as necessary on definitions of specific matters, such as the help desk's hours.",
          },
        ],
        questions: [
          {
            id: 'providerSla.serviceScope.q1',
            source: 'site',
            text: {
              ja: 'SLAで保証するサービスレベルの対象となる、連携先の事業者が提供するサービスの内容、提供対象地域、提供時間等が明示されているか',
              en: 'Are the content of the service provided by the partner provider to which the guaranteed service level applies, the regions covered, the hours of provision, etc. stated explicitly?',
            },
          },
          {
            id: 'providerSla.serviceScope.q2',
            source: 'site',
            text: {
              ja: 'ヘルプデスクの対応時間など、必要に応じて具体的な内容の定義が明示されているか',
              en: "Where necessary, are specific matters such as the help desk's hours defined explicitly?",
            },
          },
        ],
      },
      {
        id: 'providerSla.serviceLevel',
        // 「Bが保証する内容についての取り決め」
        side: 'B',
        name: {ja: '保証するサービスレベル', en: 'Guaranteed service level'},
        notes: [
          {
            ja: '保証するサービスレベルを取り決める。例えばサービスの稼働率や、障害が生じた場合に、回復までに要する時間等、Bが保証する内容についての取り決めを行う。',
            en: 'Agree on the service level to be guaranteed. For example, agree on what B guarantees, such as the availability rate of the service and the time needed to recover when a fault occurs.',
          },
        ],
        questions: [
          {
            id: 'providerSla.serviceLevel.q1',
            source: 'site',
            text: {
              ja: 'サービスの稼働率や、障害が生じた場合に回復までに要する時間等、連携先の事業者が保証するサービスレベルが明示されているか',
              en: 'Is the service level the partner provider guarantees, such as the availability rate of the service and the time needed to recover when a fault occurs, stated explicitly?',
            },
          },
        ],
      },
      {
        id: 'providerSla.infoManagement',
        name: {
          ja: '情報の管理体制、セキュリティ体制等',
          en: 'Information management and security arrangements, etc.',
        },
        notes: [
          {
            ja: 'サービス提供において供される情報の管理体制や、情報セキュリティ体制等についての取り決めを行う。',
            en: 'Agree on the arrangements for managing the information used in providing the service, the information security arrangements, etc.',
          },
        ],
        questions: [
          {
            id: 'providerSla.infoManagement.q1',
            source: 'site',
            text: {
              ja: 'サービス提供において供される情報の管理体制や、情報セキュリティ体制等についての取り決めが明示されているか',
              en: 'Are the arrangements for managing the information used in providing the service, the information security arrangements, etc. stated explicitly?',
            },
          },
        ],
      },
      {
        id: 'providerSla.evaluation',
        name: {ja: 'サービスレベルの評価方法', en: 'Method of evaluating the service level'},
        notes: [
          {
            ja: '保証したサービスレベルの評価方法を取り決める。',
            en: 'Agree on the method of evaluating the guaranteed service level.',
          },
          {
            ja: '必要に応じて評価の結果と対応等についても取り決めを行う。',
            en: 'Where necessary, also agree on the results of the evaluation and the response to them, etc.',
          },
        ],
        questions: [
          {
            id: 'providerSla.evaluation.q1',
            source: 'site',
            text: {
              ja: '保証したサービスレベルの評価方法が明示されているか',
              en: 'Is the method of evaluating the guaranteed service level stated explicitly?',
            },
          },
          {
            id: 'providerSla.evaluation.q2',
            source: 'site',
            text: {
              ja: '必要に応じて、評価の結果と対応等についての取り決めが明示されているか',
              en: 'Where necessary, are the arrangements on the results of the evaluation and the response to them, etc. stated explicitly?',
            },
          },
        ],
      },
    ],
  },

  // -------------------------------------------------------------------------
  // The guide's checklist has no section for this agreement: its questions
  // are the site's, each restating a note of the item.
  {
    id: 'confidentiality',
    parties: 'providers',
    phase: 'operation',
    figure: 17,
    overviewFigure: 9,
    name: {ja: '守秘義務契約', en: 'Confidentiality agreement'},
    overview: [
      {
        ja: '守秘義務の範囲、期間、対象者、個人情報等の取り扱い',
        en: 'The scope, period and persons covered by the confidentiality obligation, the handling of personal information, etc.',
      },
    ],
    description: [
      {
        ja: '守秘義務契約は、ASP・SaaS事業者が連携してサービス提供する際に、利用者がサービス利用に供するデータ、情報についての守秘義務の内容や範囲について、必要な取り決めを行うために締結する。',
        en: 'A confidentiality agreement is concluded to make the necessary arrangements, when ASP/SaaS providers provide services in partnership, on the content and scope of the confidentiality obligation for the data and information that users provide in using the service.',
      },
      {
        ja: '取り決めるべき項目の例として、以下のものが挙げられる。',
        en: 'Examples of the items to be agreed are listed below.',
      },
    ],
    items: [
      {
        id: 'confidentiality.meaningScope',
        name: {
          ja: '守秘義務の意義、対象、範囲',
          en: 'Significance, subject and scope of the confidentiality obligation',
        },
        notes: [
          {
            ja: '守秘義務契約における守秘義務の意義を定める。また合わせてその対象となる情報、その範囲等についての取り決めも行う。',
            en: 'Define the significance of the confidentiality obligation in the confidentiality agreement. At the same time, also agree on the information it covers, its scope, etc.',
          },
        ],
        questions: [
          {
            id: 'confidentiality.meaningScope.q1',
            source: 'site',
            text: {
              ja: '守秘義務契約における守秘義務の意義が明示されているか',
              en: 'Is the significance of the confidentiality obligation in the confidentiality agreement stated explicitly?',
            },
          },
          {
            id: 'confidentiality.meaningScope.q2',
            source: 'site',
            text: {
              ja: '守秘義務の対象となる情報、その範囲等についての取り決めが明示されているか',
              en: 'Are the arrangements on the information covered by the confidentiality obligation, its scope, etc. stated explicitly?',
            },
          },
        ],
      },
      {
        id: 'confidentiality.term',
        name: {ja: '守秘義務の対象となる期間', en: 'Period covered by the confidentiality obligation'},
        notes: [
          {
            ja: '守秘義務の対象となる期間について定める。',
            en: 'Define the period covered by the confidentiality obligation.',
          },
          {
            ja: '期間については、例えば利用者の機密情報や、個人情報などは、期限を設けることなく、守秘義務の対象とすることが求められる。',
            en: "As to the period, information such as users' confidential information and personal information, for example, is required to be covered by the confidentiality obligation without any time limit.",
          },
        ],
        questions: [
          {
            id: 'confidentiality.term.q1',
            source: 'site',
            text: {
              ja: '守秘義務の対象となる期間が明示されているか',
              en: 'Is the period covered by the confidentiality obligation stated explicitly?',
            },
          },
          {
            id: 'confidentiality.term.q2',
            concerns: ['personalInfo', 'customerSecrets'],
            source: 'site',
            text: {
              ja: '利用者の機密情報や、個人情報などについて、期限を設けることなく守秘義務の対象とすることが明示されているか',
              en: "Is it stated explicitly that users' confidential information, personal information, etc. are covered by the confidentiality obligation without any time limit?",
            },
          },
        ],
      },
      {
        id: 'confidentiality.persons',
        name: {ja: '守秘義務の対象となる者', en: 'Persons bound by the confidentiality obligation'},
        notes: [
          {
            ja: '守秘義務の対象となるものについての取り決めを行う。',
            en: 'Agree on who is bound by the confidentiality obligation.',
          },
          {
            ja: 'サービス提供に直接従事している者のほか、例えば協力会社等における要員や、退職者などについても、必要に応じて守秘義務の対象として取り決める。',
            en: 'Besides those directly engaged in providing the service, agree as necessary that others, such as staff at partner companies and former employees, are also bound by the confidentiality obligation.',
          },
        ],
        questions: [
          {
            id: 'confidentiality.persons.q1',
            source: 'site',
            text: {
              ja: '守秘義務の対象となる者が明示されているか',
              en: 'Are the persons bound by the confidentiality obligation stated explicitly?',
            },
          },
          {
            id: 'confidentiality.persons.q2',
            source: 'site',
            text: {
              ja: 'サービス提供に直接従事している者のほか、協力会社等における要員や、退職者などについても、必要に応じて守秘義務の対象とすることが明示されているか',
              en: 'Is it stated explicitly, where necessary, that besides those directly engaged in providing the service, staff at partner companies etc., former employees and the like are also bound by the confidentiality obligation?',
            },
          },
        ],
      },
      {
        id: 'confidentiality.personalInfo',
        name: {ja: '個人情報の取り扱い', en: 'Handling of personal information'},
        notes: [
          {
            ja: '個人情報の取り扱いについての取り決めを行う。',
            en: 'Agree on the handling of personal information.',
          },
          {
            ja: '個人情報については、個人情報保護法において対象となるもののほか、必要に応じて、これに準じた情報（例えば死者の情報）などについても、対象範囲とする。',
            en: 'Personal information is to cover not only the information covered by the Act on the Protection of Personal Information but also, where necessary, equivalent information (for example, information on deceased persons) and the like.',
          },
        ],
        questions: [
          {
            id: 'confidentiality.personalInfo.q1',
            concerns: ['personalInfo'],
            source: 'site',
            text: {
              ja: '個人情報の取り扱いについての取り決めが明示されているか',
              en: 'Are the arrangements on the handling of personal information stated explicitly?',
            },
          },
          {
            id: 'confidentiality.personalInfo.q2',
            concerns: ['personalInfo'],
            source: 'site',
            text: {
              ja: '個人情報保護法において対象となるもののほか、必要に応じて、これに準じた情報（例えば死者の情報）なども対象範囲とすることが明示されているか',
              en: 'Is it stated explicitly that, besides the information covered by the Act on the Protection of Personal Information, equivalent information (for example, information on deceased persons) and the like are also covered where necessary?',
            },
          },
        ],
      },
      {
        // This row and 契約解消・終了 below repeat 図表10 word for word (they speak
        // of サービス共同提供); kept as the source has them.
        id: 'confidentiality.costs',
        name: {ja: '費用負担等', en: 'Cost sharing, etc.'},
        notes: [
          {
            ja: 'サービス共同提供にかかる費用負担等について定める。',
            en: 'Define how the costs of the joint service provision are borne, etc.',
          },
          {
            ja: 'サービス共同提供に際して、共同して行う事業にかかる費用の分担、各社が行う事業にかかる費用負担等について定める。',
            en: 'For the joint service provision, define the sharing of the costs of the business conducted jointly, the bearing of the costs of the business each company conducts, etc.',
          },
        ],
        questions: [
          {
            id: 'confidentiality.costs.q1',
            source: 'site',
            text: {
              ja: 'サービス共同提供にかかる費用負担等について明示されているか',
              en: 'Is the bearing of the costs of the joint service provision, etc. stated explicitly?',
            },
          },
          {
            id: 'confidentiality.costs.q2',
            source: 'site',
            text: {
              ja: '共同して行う事業にかかる費用の分担、各社が行う事業にかかる費用負担等について明示されているか',
              en: 'Are the sharing of the costs of the business conducted jointly, the bearing of the costs of the business each company conducts, etc. stated explicitly?',
            },
          },
        ],
      },
      {
        id: 'confidentiality.damages',
        name: {ja: '損害賠償等', en: 'Compensation for damages, etc.'},
        notes: [
          {
            ja: '守秘義務違反を起こした場合の損害賠償に対する考え方や、算定方法、対応方法、訴訟管轄などについて定める。',
            en: 'Define the approach to compensation for damages in the event of a breach of the confidentiality obligation, the method of calculation, the method of response, the jurisdiction for litigation, etc.',
          },
          {
            ja: 'なお利用者等の情報漏えいが生じた場合には、これに対する対応方法についても定めることが望ましい。',
            en: 'It is also desirable to define how to respond if a leak of information of users etc. occurs.',
          },
        ],
        questions: [
          {
            id: 'confidentiality.damages.q1',
            source: 'site',
            text: {
              ja: '守秘義務違反を起こした場合の損害賠償に対する考え方や、算定方法、対応方法、訴訟管轄などが明示されているか',
              en: 'Are the approach to compensation for damages in the event of a breach of the confidentiality obligation, the method of calculation, the method of response, the jurisdiction for litigation, etc. stated explicitly?',
            },
          },
          {
            id: 'confidentiality.damages.q2',
            concerns: ['personalInfo', 'customerSecrets'],
            source: 'site',
            text: {
              ja: '利用者等の情報漏えいが生じた場合の対応方法が明示されているか',
              en: 'Is the response to a leak of information of users etc. stated explicitly?',
            },
          },
        ],
      },
      {
        // Repeats 図表10's row (see 費用負担等 above).
        id: 'confidentiality.termination',
        name: {ja: '契約解消・終了', en: 'Dissolution and termination of the agreement'},
        notes: [
          {
            ja: 'サービス共同提供契約の解消や終了に関して定める。',
            en: 'Define matters concerning the dissolution or termination of the joint service provision agreement.',
          },
          {
            ja: '解消事由、解消・終了のための事前通告等の手続き、その他サービス共同提供契約の解消に際して対応すべき事項を整理して、取り決める。',
            en: 'Sort out and agree on the grounds for dissolution, procedures such as advance notice of dissolution or termination, and the other matters to be dealt with when the joint service provision agreement is dissolved.',
          },
        ],
        questions: [
          {
            id: 'confidentiality.termination.q1',
            source: 'site',
            text: {
              ja: 'サービス共同提供契約の解消や終了に関する事項が明示されているか',
              en: 'Are the matters concerning the dissolution or termination of the joint service provision agreement stated explicitly?',
            },
          },
          {
            id: 'confidentiality.termination.q2',
            source: 'site',
            text: {
              ja: '解消事由、解消・終了のための事前通告等の手続き、その他解消に際して対応すべき事項が整理され、明示されているか',
              en: 'Are the grounds for dissolution, procedures such as advance notice of dissolution or termination, and the other matters to be dealt with on dissolution sorted out and stated explicitly?',
            },
          },
        ],
      },
    ],
  },
];
