import type {Agreement, AgreementItem, CheckQuestion} from '../types';

// The guide's checklist stops at the provider agreements, so every question
// here is written by the site (`source: 'site'`) from the item's own notes.

/**
 * 図表27 repeats three rows of ＜契約主体となる事業者が1社である場合＞ in the
 * individual-contracts variant as 「…と同様」; their questions are the
 * single-contract questions, re-keyed to the variant's item.
 */
function sameAs(itemId: string, questions: CheckQuestion[]): CheckQuestion[] {
  return questions.map((q, i) => ({...q, id: `${itemId}.q${i + 1}`}));
}

const singleTerm: AgreementItem = {
  id: 'serviceContract.singleContract.term',
  name: {ja: '契約期間', en: 'Contract term'},
  notes: [
    {
      ja: 'サービス利用契約の期間を定める。',
      en: 'Set the term of the service use contract.',
    },
    {
      ja: '基本契約の形態をとる場合には、期間を定めないケースもある。期間を定める場合には、期間を設定するとともに、更新方法（例えば自動延長など）を定めることもある。',
      en: 'Where the contract takes the form of a master agreement, there are cases in which no term is set. Where a term is set, the method of renewal (for example, automatic extension) may be set along with the term.',
    },
    {
      ja: 'トラブル予防のために、契約期間終了のルールを明確にすることが望ましい。',
      en: 'To prevent trouble, it is desirable to make the rules for the end of the contract term clear.',
    },
  ],
  questions: [
    {
      id: 'serviceContract.singleContract.term.q1',
      source: 'site',
      text: {
        ja: 'サービス利用契約の期間について明示されているか',
        en: 'Is the term of the service use contract clearly stated?',
      },
    },
    {
      id: 'serviceContract.singleContract.term.q2',
      source: 'site',
      text: {
        ja: '期間を定める場合に、更新方法（例えば自動延長など）について明示されているか',
        en: 'Where a term is set, is the method of renewal (for example, automatic extension) clearly stated?',
      },
    },
    {
      id: 'serviceContract.singleContract.term.q3',
      source: 'site',
      text: {
        ja: '契約期間終了のルールが明示されているか',
        en: 'Are the rules for the end of the contract term clearly stated?',
      },
    },
  ],
};

const singleDamages: AgreementItem = {
  id: 'serviceContract.singleContract.damages',
  name: {ja: '損害賠償等', en: 'Compensation for damages, etc.'},
  notes: [
    {
      ja: '損害賠償等についての取り決めを行う。',
      en: 'Make arrangements concerning compensation for damages, etc.',
    },
    {
      ja: 'サービスが長時間停止した場合の対応について、取り決める場合もある。',
      en: 'The response to be taken where the service stops for a long time may also be agreed.',
    },
    {
      ja: '個人情報漏洩など、利用者情報の管理義務違反から生じる損害賠償を定めることもある。',
      en: 'Compensation for damages arising from a breach of the obligation to manage user information, such as a leak of personal information, may also be set out.',
    },
  ],
  questions: [
    {
      id: 'serviceContract.singleContract.damages.q1',
      source: 'site',
      text: {
        ja: '損害賠償等についての取り決めが明示されているか',
        en: 'Are the arrangements concerning compensation for damages, etc. clearly stated?',
      },
    },
    {
      id: 'serviceContract.singleContract.damages.q2',
      source: 'site',
      text: {
        ja: 'サービスが長時間停止した場合の対応について明示されているか',
        en: 'Is the response to be taken where the service stops for a long time clearly stated?',
      },
    },
    {
      id: 'serviceContract.singleContract.damages.q3',
      concerns: ['personalInfo'],
      source: 'site',
      text: {
        ja: '個人情報漏洩など、利用者情報の管理義務違反から生じる損害賠償について明示されているか',
        en: 'Is compensation for damages arising from a breach of the obligation to manage user information, such as a leak of personal information, clearly stated?',
      },
    },
  ],
};

const singleTermination: AgreementItem = {
  id: 'serviceContract.singleContract.termination',
  name: {ja: '契約解消・終了', en: 'Dissolution and termination of the agreement'},
  notes: [
    {
      ja: 'サービス提供契約の解消や終了に関して定める。',
      en: 'Set out the dissolution and termination of the service provision contract.',
    },
    {
      ja: '解消事由、解消・終了のための事前通告等の手続き、その他サービス提供契約の解消に際して対応すべき事項を整理して、取り決める。',
      en: 'Organise and agree on the grounds for dissolution, the procedures for dissolution and termination such as advance notice, and the other matters to be dealt with when the service provision contract is dissolved.',
    },
    {
      ja: '契約終了後の、利用者へのデータ返還に関しても取り決めることが望ましい。',
      en: 'It is desirable also to agree on the return of data to the user after the contract ends.',
    },
  ],
  questions: [
    {
      id: 'serviceContract.singleContract.termination.q1',
      source: 'site',
      text: {
        ja: '解消事由、解消・終了のための事前通告等の手続きについて明示されているか',
        en: 'Are the grounds for dissolution and the procedures for dissolution and termination, such as advance notice, clearly stated?',
      },
    },
    {
      id: 'serviceContract.singleContract.termination.q2',
      source: 'site',
      text: {
        ja: 'その他サービス提供契約の解消に際して対応すべき事項が明示されているか',
        en: 'Are the other matters to be dealt with when the service provision contract is dissolved clearly stated?',
      },
    },
    {
      id: 'serviceContract.singleContract.termination.q3',
      source: 'site',
      text: {
        ja: '契約終了後の、利用者へのデータ返還について明示されているか',
        en: 'Is the return of data to the user after the contract ends clearly stated?',
      },
    },
  ],
};

/** the note of the rows 図表27 gives as 「＜契約主体となる事業者が1社である場合＞と同様」 */
const sameAsSingle = {
  ja: '＜契約主体となる事業者が1社である場合＞と同様',
  en: 'Same as “Where a single provider is the contracting party”',
};

export const customerAgreements: Agreement[] = [
  {
    id: 'serviceContract',
    parties: 'customer',
    phase: 'operation',
    figure: 27,
    overviewFigure: 26,
    name: {ja: 'サービス利用契約', en: 'Service use contract'},
    overview: [
      {
        ja: 'サービス利用に係る基本的な内容について取り決める。',
        en: 'Agree on the basic matters concerning the use of the service.',
      },
      {
        ja: '契約期間、サービス内容、利用料金等、利用条件、利用情報の取り扱い等について定める。',
        en: 'Set out the contract term, the service content, the usage fees, etc., the conditions of use, the handling of usage information, etc.',
      },
    ],
    description: [
      {
        ja: 'サービス利用契約では、利用者とASP・SaaS事業者との間で、サービス利用に関する基本的な内容について取り決める。',
        en: 'In the service use contract, the user and the ASP/SaaS provider agree on the basic matters concerning the use of the service.',
      },
      {
        ja: '利用者は契約関係がある事業者に対して、利用料金の支払いを行う。',
        en: 'The user pays the usage fees to the provider with which it has a contractual relationship.',
      },
      {
        ja: '取り決めるべき項目の例を、利用契約者と契約する事業者のパターンごとに、以下に示す。また利用契約者が管理するシステム、サービスがある場合についても示す。',
        en: 'Examples of the items to be agreed are shown below for each pattern of the providers that contract with the contracting customer. The case where there are systems or services managed by the contracting customer is also shown.',
      },
    ],
    items: [],
    variants: [
      {
        id: 'singleContract',
        name: {
          ja: '＜契約主体となる事業者が1社である場合＞',
          en: 'Where a single provider is the contracting party',
        },
        items: [
          {
            id: 'serviceContract.singleContract.serviceContent',
            name: {ja: 'サービス内容', en: 'Service content'},
            notes: [
              {
                ja: 'ASP・SaaS事業者から提供されるサービス内容について明示する。',
                en: 'Clearly state the content of the services provided by the ASP/SaaS provider.',
              },
              {
                ja: '連携して提供されるサービスについては、全てを記述する。',
                en: 'Describe all of the services provided through the partnership.',
              },
            ],
            questions: [
              {
                id: 'serviceContract.singleContract.serviceContent.q1',
                source: 'site',
                text: {
                  ja: 'ASP・SaaS事業者から提供されるサービス内容が明示されているか',
                  en: 'Is the content of the services provided by the ASP/SaaS provider clearly stated?',
                },
              },
              {
                id: 'serviceContract.singleContract.serviceContent.q2',
                source: 'site',
                text: {
                  ja: '連携して提供されるサービスについて、全てが記述されているか',
                  en: 'Are all of the services provided through the partnership described?',
                },
              },
            ],
          },
          singleTerm,
          {
            id: 'serviceContract.singleContract.serviceHours',
            name: {ja: 'サービス提供時間', en: 'Service hours'},
            notes: [
              {
                ja: 'サービス提供を行う時間を定める。',
                en: 'Set the hours during which the service is provided.',
              },
              {
                ja: '連携するサービスにより、提供するサービス時間等が異なる場合には、それぞれについて明示する。',
                en: 'Where the service hours, etc. differ between the partnered services, clearly state them for each service.',
              },
            ],
            questions: [
              {
                id: 'serviceContract.singleContract.serviceHours.q1',
                source: 'site',
                text: {
                  ja: 'サービス提供を行う時間が明示されているか',
                  en: 'Are the hours during which the service is provided clearly stated?',
                },
              },
              {
                id: 'serviceContract.singleContract.serviceHours.q2',
                source: 'site',
                text: {
                  ja: '連携するサービスにより提供するサービス時間等が異なる場合に、それぞれについて明示されているか',
                  en: 'Where the service hours, etc. differ between the partnered services, are they clearly stated for each service?',
                },
              },
            ],
          },
          {
            id: 'serviceContract.singleContract.fees',
            name: {ja: '利用料金', en: 'Usage fees'},
            notes: [
              {
                ja: '連携して提供されるサービス全てについての利用料金を定める。',
                en: 'Set the usage fees for all of the services provided through the partnership.',
              },
              {
                ja: '一部のサービスが提供中止した場合の対応方法についても定める',
                en: 'Also set out how to respond where provision of some of the services is discontinued.',
              },
            ],
            questions: [
              {
                id: 'serviceContract.singleContract.fees.q1',
                source: 'site',
                text: {
                  ja: '連携して提供されるサービス全てについての利用料金が明示されているか',
                  en: 'Are the usage fees for all of the services provided through the partnership clearly stated?',
                },
              },
              {
                id: 'serviceContract.singleContract.fees.q2',
                source: 'site',
                text: {
                  ja: '一部のサービスが提供中止した場合の対応方法について明示されているか',
                  en: 'Is how to respond where provision of some of the services is discontinued clearly stated?',
                },
              },
            ],
          },
          {
            id: 'serviceContract.singleContract.faultResponse',
            name: {ja: '障害時対応', en: 'Response to faults'},
            notes: [
              {
                ja: '障害時における対応窓口や対応方法について、定める。',
                en: 'Set out the contact point and the method of response in the event of a fault.',
              },
              {
                ja: '連携するサービスに関する障害についての切り分け等の責任は、契約締結を行う事業者に帰属するのが一般的である。',
                en: 'Responsibility for fault isolation, etc. concerning faults in the partnered services generally rests with the provider that concludes the contract.',
              },
            ],
            questions: [
              {
                id: 'serviceContract.singleContract.faultResponse.q1',
                source: 'site',
                text: {
                  ja: '障害時における対応窓口や対応方法について明示されているか',
                  en: 'Are the contact point and the method of response in the event of a fault clearly stated?',
                },
              },
              {
                id: 'serviceContract.singleContract.faultResponse.q2',
                source: 'site',
                text: {
                  ja: '連携するサービスに関する障害についての切り分け等の責任の所在が明示されているか',
                  en: 'Is it clearly stated where responsibility lies for fault isolation, etc. concerning faults in the partnered services?',
                },
              },
            ],
          },
          singleDamages,
          singleTermination,
        ],
      },
      {
        id: 'individualContracts',
        name: {
          ja: '＜連携するASP・SaaS事業者が個別に契約主体となる場合＞',
          en: 'Where each partnered ASP/SaaS provider is a contracting party individually',
        },
        items: [
          {
            id: 'serviceContract.individualContracts.serviceContent',
            name: {ja: 'サービス内容', en: 'Service content'},
            notes: [
              {
                ja: 'ASP・SaaS事業者から提供される個々のサービス内容について明示する。',
                en: 'Clearly state the content of each service provided by the ASP/SaaS providers.',
              },
            ],
            questions: [
              {
                id: 'serviceContract.individualContracts.serviceContent.q1',
                source: 'site',
                text: {
                  ja: 'ASP・SaaS事業者から提供される個々のサービス内容が明示されているか',
                  en: 'Is the content of each service provided by the ASP/SaaS providers clearly stated?',
                },
              },
            ],
          },
          {
            id: 'serviceContract.individualContracts.term',
            name: singleTerm.name,
            notes: [sameAsSingle],
            questions: sameAs('serviceContract.individualContracts.term', singleTerm.questions),
          },
          {
            id: 'serviceContract.individualContracts.serviceHours',
            name: {ja: 'サービス提供時間', en: 'Service hours'},
            notes: [
              {
                ja: '個々にサービス提供を行う時間を定める。',
                en: 'Set the hours during which each service is provided.',
              },
            ],
            questions: [
              {
                id: 'serviceContract.individualContracts.serviceHours.q1',
                source: 'site',
                text: {
                  ja: '個々にサービス提供を行う時間が明示されているか',
                  en: 'Are the hours during which each service is provided clearly stated?',
                },
              },
            ],
          },
          {
            id: 'serviceContract.individualContracts.fees',
            name: {ja: '利用料金', en: 'Usage fees'},
            notes: [
              {
                ja: '個々に提供されるサービスについての利用料金を定める。',
                en: 'Set the usage fees for each service provided.',
              },
            ],
            questions: [
              {
                id: 'serviceContract.individualContracts.fees.q1',
                source: 'site',
                text: {
                  ja: '個々に提供されるサービスについての利用料金が明示されているか',
                  en: 'Are the usage fees for each service provided clearly stated?',
                },
              },
            ],
          },
          {
            id: 'serviceContract.individualContracts.faultResponse',
            name: {ja: '障害時対応', en: 'Response to faults'},
            notes: [
              {
                ja: '障害時における対応窓口や対応方法について、定める。',
                en: 'Set out the contact point and the method of response in the event of a fault.',
              },
              {
                ja: '連携するサービスに関する障害についての切り分け等についても、取り決めておく必要がある。',
                en: 'Fault isolation, etc. concerning faults in the partnered services also needs to be agreed in advance.',
              },
            ],
            questions: [
              {
                id: 'serviceContract.individualContracts.faultResponse.q1',
                source: 'site',
                text: {
                  ja: '障害時における対応窓口や対応方法について明示されているか',
                  en: 'Are the contact point and the method of response in the event of a fault clearly stated?',
                },
              },
              {
                id: 'serviceContract.individualContracts.faultResponse.q2',
                source: 'site',
                text: {
                  ja: '連携するサービスに関する障害についての切り分け等について明示されているか',
                  en: 'Is fault isolation, etc. concerning faults in the partnered services clearly stated?',
                },
              },
            ],
          },
          {
            id: 'serviceContract.individualContracts.damages',
            name: singleDamages.name,
            notes: [sameAsSingle],
            questions: sameAs('serviceContract.individualContracts.damages', singleDamages.questions),
          },
          {
            id: 'serviceContract.individualContracts.termination',
            name: singleTermination.name,
            // this row alone ends with 「。」 in the source
            notes: [{ja: `${sameAsSingle.ja}。`, en: `${sameAsSingle.en}.`}],
            questions: sameAs('serviceContract.individualContracts.termination', singleTermination.questions),
          },
        ],
      },
      {
        id: 'customerSystems',
        name: {
          ja: '＜利用契約者が管理するシステム、サービスがある場合＞',
          en: 'Where there are systems or services managed by the contracting customer',
        },
        items: [
          {
            id: 'serviceContract.customerSystems.faultResponse',
            name: {ja: '障害時対応', en: 'Response to faults'},
            notes: [
              {
                ja: '利用者が管理するシステム、サービスと導入するASP・SaaSを連携させる場合には、相互のシステム間での責任分界を定める必要がある。',
                en: 'Where the systems or services managed by the user are linked with the ASP/SaaS being introduced, the division of responsibility between the systems needs to be set out.',
              },
              {
                ja: '障害時についての調査対応や切り分け等についても、事前に利用契約者とASP・SaaS事業者の間で明確にしておく必要がある。',
                en: 'Investigation, fault isolation, etc. in the event of a fault also need to be made clear in advance between the contracting customer and the ASP/SaaS provider.',
              },
            ],
            questions: [
              {
                id: 'serviceContract.customerSystems.faultResponse.q1',
                source: 'site',
                text: {
                  ja: '利用者が管理するシステム、サービスと導入するASP・SaaSとの間の責任分界が明示されているか',
                  en: 'Is the division of responsibility between the systems or services managed by the user and the ASP/SaaS being introduced clearly stated?',
                },
              },
              {
                id: 'serviceContract.customerSystems.faultResponse.q2',
                source: 'site',
                text: {
                  ja: '障害時についての調査対応や切り分け等について、事前に利用契約者とASP・SaaS事業者の間で明示されているか',
                  en: 'Are investigation, fault isolation, etc. in the event of a fault clearly stated in advance between the contracting customer and the ASP/SaaS provider?',
                },
              },
            ],
          },
        ],
      },
    ],
  },
  {
    id: 'customerSla',
    parties: 'customer',
    phase: 'operation',
    figure: 28,
    overviewFigure: 26,
    name: {ja: 'SLA', en: 'SLA (service level agreement)'},
    overview: [
      {
        ja: '提供されるサービスの品質等、全般に関して取り決める。',
        en: 'Agree on the quality, etc. of the services provided, across the board.',
      },
      {
        ja: 'サービス内容、提供時間、サービスレベル、緊急時等の体制・窓口、サービス評価方法等を定める。',
        en: 'Set out the service content, the service hours, the service level, the organisation and contact point for emergencies, etc., the method of evaluating the service, etc.',
      },
    ],
    description: [
      {
        ja: 'SLAは、利用者とASP・SaaS事業者との間で、事業者が提供するサービスのレベルを合意するために締結する。',
        en: 'An SLA is concluded between the user and the ASP/SaaS provider to agree on the level of the services the provider provides.',
      },
      {
        // The source's page reference 「（P5参照）」 is dropped: the page links to pattern 1 instead.
        ja: '利用契約者の契約相手が、個々のASP・SaaS事業者になる場合には、SLAもそれぞれのASP・SaaS事業者と締結する。契約の相手方が連携するASP・SaaS事業者のうちの1社だけの場合には、提供される全てのサービスについて、契約の相手方となるASP・SaaS事業者と締結する。',
        en: 'Where the contracting customer’s counterparties are the individual ASP/SaaS providers, the SLA is also concluded with each ASP/SaaS provider. Where the counterparty is only one of the partnered ASP/SaaS providers, the SLA for all of the services provided is concluded with the ASP/SaaS provider that is the counterparty to the contract.',
      },
      {
        ja: '取り決めるべき項目の例を以下に示す。',
        en: 'Examples of the items to be agreed are shown below.',
      },
    ],
    items: [
      {
        id: 'customerSla.purpose',
        name: {ja: 'SLAの目的', en: 'Purpose of the SLA'},
        notes: [
          {
            // 「A-B間」 is the source's wording although this SLA is between the
            // provider and the customer (it repeats 図表16, the providers' SLA); kept as given.
            ja: 'A-B間で締結するSLAの目的を明示する。',
            en: 'Clearly state the purpose of the SLA concluded between A and B.',
          },
          {
            ja: '内容はサービスの目的、連携してサービス提供する際にそのレベル等を保証する旨等を取り決める。',
            en: 'As its content, agree on the purpose of the service, a statement that the level, etc. is guaranteed when the service is provided through the partnership, etc.',
          },
        ],
        questions: [
          {
            id: 'customerSla.purpose.q1',
            source: 'site',
            text: {
              ja: 'SLAの目的が明示されているか',
              en: 'Is the purpose of the SLA clearly stated?',
            },
          },
          {
            id: 'customerSla.purpose.q2',
            source: 'site',
            text: {
              ja: '連携してサービス提供する際にそのレベル等を保証する旨が明示されているか',
              en: 'Is it clearly stated that the level, etc. is guaranteed when the service is provided through the partnership?',
            },
          },
        ],
      },
      {
        id: 'customerSla.serviceScope',
        name: {
          ja: '提供サービスの内容、提供対象地域、提供時間等',
          en: 'Content of the services provided, regions covered, hours of provision, etc.',
        },
        notes: [
          {
            ja: 'SLAで保証するサービスレベルの対象となるサービスの内容や、提供対象地域（国内に限定する等）、提供時間等について定める。',
            en: 'Set out the content of the services covered by the service level guaranteed in the SLA, the regions covered (for example, limited to Japan), the hours of provision, etc.',
          },
          {
            ja: 'その他に、例えばヘルプデスクの対応時間など、必要に応じて具体的な内容の定義を取り決める。',
            en: 'In addition, agree as necessary on definitions of specific matters, such as the help desk’s hours.',
          },
        ],
        questions: [
          {
            id: 'customerSla.serviceScope.q1',
            source: 'site',
            text: {
              ja: 'SLAで保証するサービスレベルの対象となるサービスの内容や、提供対象地域、提供時間等について明示されているか',
              en: 'Are the content of the services covered by the service level guaranteed in the SLA, the regions covered, the hours of provision, etc. clearly stated?',
            },
          },
          {
            id: 'customerSla.serviceScope.q2',
            source: 'site',
            text: {
              ja: '例えばヘルプデスクの対応時間など、必要に応じて具体的な内容の定義が明示されているか',
              en: 'Are definitions of specific matters, such as the help desk’s hours, clearly stated as necessary?',
            },
          },
        ],
      },
      {
        id: 'customerSla.serviceLevel',
        name: {ja: '保証するサービスレベル', en: 'Guaranteed service level'},
        notes: [
          {
            ja: '保証するサービスレベルを取り決める。例えばサービスの稼働率や、障害が生じた場合に、回復までに要する時間等、保証する内容についての取り決めを行う。',
            en: 'Agree on the service level to be guaranteed. For example, make arrangements on what is guaranteed, such as the availability rate of the service and the time needed for recovery when a fault occurs.',
          },
        ],
        questions: [
          {
            id: 'customerSla.serviceLevel.q1',
            source: 'site',
            text: {
              ja: '保証するサービスレベル（例えばサービスの稼働率や、障害が生じた場合に回復までに要する時間等）が明示されているか',
              en: 'Is the service level to be guaranteed (for example, the availability rate of the service and the time needed for recovery when a fault occurs) clearly stated?',
            },
          },
        ],
      },
      {
        id: 'customerSla.securityManagement',
        name: {
          ja: '情報の管理体制、セキュリティ体制等',
          en: 'Information management and security arrangements, etc.',
        },
        notes: [
          {
            ja: 'サービス提供において供される情報の管理体制や、情報セキュリティ体制等についての取り決めを行う。',
            en: 'Make arrangements on how the information supplied in the provision of the service is managed, on the information security arrangements, etc.',
          },
        ],
        questions: [
          {
            id: 'customerSla.securityManagement.q1',
            source: 'site',
            text: {
              ja: 'サービス提供において供される情報の管理体制や、情報セキュリティ体制等について明示されているか',
              en: 'Are the management arrangements for the information supplied in the provision of the service, the information security arrangements, etc. clearly stated?',
            },
          },
        ],
      },
      {
        id: 'customerSla.evaluation',
        name: {ja: 'サービスレベルの評価方法', en: 'Method of evaluating the service level'},
        notes: [
          {
            ja: '保証したサービスレベルの評価方法を取り決める。',
            en: 'Agree on the method of evaluating the guaranteed service level.',
          },
          {
            ja: '必要に応じて評価の結果と対応等についても取り決めを行う。',
            en: 'As necessary, also make arrangements on the results of the evaluation and the response to them, etc.',
          },
        ],
        questions: [
          {
            id: 'customerSla.evaluation.q1',
            source: 'site',
            text: {
              ja: '保証したサービスレベルの評価方法が明示されているか',
              en: 'Is the method of evaluating the guaranteed service level clearly stated?',
            },
          },
          {
            id: 'customerSla.evaluation.q2',
            source: 'site',
            text: {
              ja: '必要に応じて、評価の結果と対応等について明示されているか',
              en: 'As necessary, are the results of the evaluation and the response to them, etc. clearly stated?',
            },
          },
        ],
      },
    ],
  },
  {
    id: 'termsOfUse',
    parties: 'customer',
    phase: 'operation',
    figure: 29,
    overviewFigure: 26,
    name: {ja: 'サービス利用規約', en: 'Terms of use'},
    overview: [
      {
        ja: '利用者がサービスを利用するうえでの取り決め。',
        en: 'Arrangements for the user’s use of the service.',
      },
      {
        ja: '合意対象は利用契約者だけではなく、サービスを利用する者全般となることもある。',
        en: 'The parties to the agreement may be not only the contracting customer but everyone who uses the service.',
      },
      {
        // source: 「利用契約は個々の事業者と締結する」 (typo: the row is the terms of use,
        // and 図表8 says 「利用規約は各ASP･SaaSごとに締結されることが多い」)
        ja: 'ASP・SaaS事業者連携により、契約が連携事業者のうちの1事業者のみと利用契約者が契約する場合でも、利用規約は個々の事業者と締結することがある。',
        en: 'Even where, owing to the ASP/SaaS partnership, the contracting customer contracts with only one of the partnered providers, the terms of use may be concluded with each provider individually.',
      },
    ],
    description: [
      {
        ja: 'サービス利用規約は、利用者とASP・SaaS提供事業者との間で、サービス利用において遵守すべき事項等について合意するために締結する。',
        en: 'The terms of use are concluded between the user and the ASP/SaaS provider to agree on the matters, etc. to be observed in using the service.',
      },
      {
        ja: '利用規約の当事者は、必ずしも利用契約の当事者とは限らない。利用契約者以外の利用者とASP・SaaS事業者、あるいは利用契約では契約主体となっていない連携ASP・SaaS事業者と利用者などとも、利用規約を締結することもある。',
        en: 'The parties to the terms of use are not necessarily the parties to the service use contract. Terms of use may also be concluded between users other than the contracting customer and the ASP/SaaS provider, or between a partnered ASP/SaaS provider that is not a contracting party to the service use contract and the user, and so on.',
      },
      {
        ja: '取り決めるべき項目の例を以下に示す。',
        en: 'Examples of the items to be agreed are shown below.',
      },
    ],
    items: [
      {
        id: 'termsOfUse.conditions',
        name: {ja: 'サービス利用条件', en: 'Conditions of service use'},
        notes: [
          {
            ja: 'ASP・SaaS事業者が提供するサービスを利用者が利用する際の条件等について定める。',
            en: 'Set out the conditions, etc. under which the user uses the services provided by the ASP/SaaS provider.',
          },
          {
            ja: '内容は提供サービスによるが、例えばサービス利用目的や、遵守事項、禁止事項等が含まれる。',
            en: 'The content depends on the service provided, but includes, for example, the purpose of using the service, the matters to be observed and the prohibited acts.',
          },
        ],
        questions: [
          {
            id: 'termsOfUse.conditions.q1',
            source: 'site',
            text: {
              ja: 'サービスを利用者が利用する際の条件等（例えばサービス利用目的や、遵守事項、禁止事項等）が明示されているか',
              en: 'Are the conditions, etc. under which the user uses the service (for example, the purpose of using the service, the matters to be observed and the prohibited acts) clearly stated?',
            },
          },
        ],
      },
      {
        id: 'termsOfUse.userScope',
        name: {ja: '利用者の範囲', en: 'Scope of users'},
        notes: [
          {
            ja: 'サービスを利用できる利用者の範囲を定める。',
            en: 'Set the scope of the users who may use the service.',
          },
          {
            ja: '利用契約者以外に、サービス利用が必要となる者が生じた場合の利用者についての取り決め等が含まれる。',
            en: 'This includes arrangements for users where persons other than the contracting customer come to need to use the service.',
          },
        ],
        questions: [
          {
            id: 'termsOfUse.userScope.q1',
            source: 'site',
            text: {
              ja: 'サービスを利用できる利用者の範囲が明示されているか',
              en: 'Is the scope of the users who may use the service clearly stated?',
            },
          },
          {
            id: 'termsOfUse.userScope.q2',
            source: 'site',
            text: {
              ja: '利用契約者以外に、サービス利用が必要となる者が生じた場合の利用者についての取り決めが明示されているか',
              en: 'Are the arrangements for users where persons other than the contracting customer come to need to use the service clearly stated?',
            },
          },
        ],
      },
      {
        id: 'termsOfUse.userResponsibility',
        name: {ja: '利用者の責任', en: 'Responsibilities of users'},
        notes: [
          {
            ja: 'サービス利用者の責任範囲などを定める。',
            en: 'Set out the scope of the service users’ responsibility, etc.',
          },
          {
            ja: '例えば、サービス利用中におけるサービスの中断に伴う作成中データの喪失や、パスワードの管理責任等が含まれる。',
            en: 'This includes, for example, the loss of data being created owing to an interruption of the service during its use, and responsibility for managing passwords.',
          },
        ],
        questions: [
          {
            id: 'termsOfUse.userResponsibility.q1',
            source: 'site',
            text: {
              ja: 'サービス利用者の責任範囲が明示されているか',
              en: 'Is the scope of the service users’ responsibility clearly stated?',
            },
          },
          {
            id: 'termsOfUse.userResponsibility.q2',
            source: 'site',
            text: {
              ja: 'サービスの中断に伴う作成中データの喪失や、パスワードの管理責任等について明示されているか',
              en: 'Are the loss of data being created owing to an interruption of the service, responsibility for managing passwords, etc. clearly stated?',
            },
          },
        ],
      },
      {
        id: 'termsOfUse.period',
        name: {ja: '利用期間等', en: 'Period of use, etc.'},
        notes: [
          {
            ja: 'サービス利用期間（時間帯含む）などを定める。',
            en: 'Set the period of service use (including the hours of the day), etc.',
          },
          {
            ja: 'メンテナンス等によるサービス停止についての内容も含まれる。',
            en: 'This also includes service stoppages for maintenance, etc.',
          },
        ],
        questions: [
          {
            id: 'termsOfUse.period.q1',
            source: 'site',
            text: {
              ja: 'サービス利用期間（時間帯含む）が明示されているか',
              en: 'Is the period of service use (including the hours of the day) clearly stated?',
            },
          },
          {
            id: 'termsOfUse.period.q2',
            source: 'site',
            text: {
              ja: 'メンテナンス等によるサービス停止について明示されているか',
              en: 'Are service stoppages for maintenance, etc. clearly stated?',
            },
          },
        ],
      },
      {
        id: 'termsOfUse.serviceManagement',
        name: {ja: 'サービス管理', en: 'Service management'},
        notes: [
          {
            ja: 'サービス提供に必要な管理に関する事項を定める。',
            en: 'Set out the matters concerning the management needed to provide the service.',
          },
          {
            ja: '例えば利用するサービスの稼働管理に伴う個人情報の閲覧や、モニタリング等を行う旨等が含まれる。',
            en: 'This includes, for example, a statement that personal information may be viewed, and that monitoring, etc. may be carried out, in managing the operation of the service used.',
          },
        ],
        questions: [
          {
            id: 'termsOfUse.serviceManagement.q1',
            source: 'site',
            text: {
              ja: 'サービス提供に必要な管理に関する事項が明示されているか',
              en: 'Are the matters concerning the management needed to provide the service clearly stated?',
            },
          },
          {
            id: 'termsOfUse.serviceManagement.q2',
            concerns: ['personalInfo'],
            source: 'site',
            text: {
              ja: 'サービスの稼働管理に伴う個人情報の閲覧や、モニタリング等を行う旨が明示されているか',
              en: 'Is it clearly stated that personal information may be viewed, and that monitoring, etc. may be carried out, in managing the operation of the service?',
            },
          },
        ],
      },
    ],
  },
  {
    id: 'customerNda',
    parties: 'customer',
    // Made when the customer's own systems or services are linked with the
    // ASP/SaaS being introduced (図表26, 4.(2)【機密保持契約】), i.e. during
    // the introduction phase, not once the service is in operation.
    phase: 'introduction',
    figure: 30,
    overviewFigure: 26,
    name: {ja: '機密保持契約', en: 'Non-disclosure agreement'},
    overview: [
      {
        ja: '利用者が管理するシステムやサービスと、導入するASP・SaaSを連携する場合に、ASP・SaaS事業者から技術情報等を提供する場合（または相互に提供する場合）があり、この場合に機密保持契約を締結する。',
        en: 'Where the systems or services managed by the user are linked with the ASP/SaaS being introduced, the ASP/SaaS provider may provide technical information, etc. (or the parties may provide it to each other); in that case a non-disclosure agreement (NDA) is concluded.',
      },
    ],
    description: [
      {
        ja: '利用契約者が管理するシステムやサービスと連携ASP・SaaSをさらに連携して利用する場合、相互に連携するのに必要な情報交換を行う必要がある。',
        en: 'Where the partnered ASP/SaaS is further linked with systems or services managed by the contracting customer, the information needed to link them with each other has to be exchanged.',
      },
      {
        ja: '利用者とASP・SaaS事業者で締結される機密保持契約は、それぞれが開示する技術情報の機密保持のために締結する。',
        en: 'The non-disclosure agreement (NDA) concluded between the user and the ASP/SaaS provider is concluded to keep confidential the technical information each of them discloses.',
      },
      {
        ja: 'なお契約主体は利用者のほか、利用者が管理するシステムのベンダーや、サービス提供ベンダーと、連携するASP・SaaS事業者が直接締結することもある。',
        en: 'Besides the user, the contracting party may also be the vendor of a system managed by the user or a service provision vendor, which concludes the agreement directly with the partnered ASP/SaaS provider.',
      },
      {
        ja: '取り決めるべき項目の例として、以下のものが挙げられる。',
        en: 'The following are examples of the items to be agreed.',
      },
    ],
    items: [
      {
        id: 'customerNda.scope',
        name: {ja: '機密情報の範囲', en: 'Scope of confidential information'},
        notes: [
          {
            ja: '開示した情報のうち、機密保持契約の対象とする情報の範囲',
            en: 'The scope of the disclosed information that is covered by the non-disclosure agreement.',
          },
        ],
        questions: [
          {
            id: 'customerNda.scope.q1',
            source: 'site',
            text: {
              ja: '開示した情報のうち、機密保持契約の対象とする情報の範囲が明示されているか',
              en: 'Is the scope of the disclosed information that is covered by the non-disclosure agreement clearly stated?',
            },
          },
        ],
      },
      {
        id: 'customerNda.useScope',
        name: {ja: '機密情報の利用範囲', en: 'Scope of use of confidential information'},
        notes: [
          {
            ja: '開示した機密情報の利用範囲を定める。',
            en: 'Set the scope within which the disclosed confidential information may be used.',
          },
          {
            ja: '提供されるサービスに必要な連携に必要な範囲等、一般的な表現のほか、必要に応じて、より具体的な利用範囲を明示する。',
            en: 'Besides general wording such as “the scope needed for the integration required by the services provided”, state a more specific scope of use as necessary.',
          },
        ],
        questions: [
          {
            id: 'customerNda.useScope.q1',
            source: 'site',
            text: {
              ja: '開示した機密情報の利用範囲が明示されているか',
              en: 'Is the scope within which the disclosed confidential information may be used clearly stated?',
            },
          },
          {
            id: 'customerNda.useScope.q2',
            source: 'site',
            text: {
              ja: '必要に応じて、一般的な表現のほか、より具体的な利用範囲が明示されているか',
              en: 'As necessary, is a more specific scope of use clearly stated besides general wording?',
            },
          },
        ],
      },
      {
        id: 'customerNda.period',
        name: {ja: '機密保持の期間', en: 'Period of confidentiality'},
        notes: [
          {
            ja: '開示された機密情報についての守秘義務の期間を定める。',
            en: 'Set the period of the confidentiality obligation for the disclosed confidential information.',
          },
          {
            ja: '契約期間中の機密保持期間だけではなく、必要に応じて契約終了後の機密保持期間についても定める。',
            en: 'Set not only the period of confidentiality during the contract term but also, as necessary, the period of confidentiality after the contract ends.',
          },
        ],
        questions: [
          {
            id: 'customerNda.period.q1',
            source: 'site',
            text: {
              ja: '開示された機密情報についての守秘義務の期間が明示されているか',
              en: 'Is the period of the confidentiality obligation for the disclosed confidential information clearly stated?',
            },
          },
          {
            id: 'customerNda.period.q2',
            source: 'site',
            text: {
              ja: '必要に応じて、契約終了後の機密保持期間について明示されているか',
              en: 'As necessary, is the period of confidentiality after the contract ends clearly stated?',
            },
          },
        ],
      },
      {
        id: 'customerNda.persons',
        name: {ja: '機密保持の対象者', en: 'Persons bound by confidentiality'},
        notes: [
          {
            ja: '機密保持契約に基づき、守秘義務を負う対象者について定める。',
            en: 'Set out the persons who bear the confidentiality obligation under the non-disclosure agreement.',
          },
          {
            ja: '双方の従業員については、退職後の機密保持を確保するための対応、また協力会社等がある場合には、協力会社等に対しても守秘義務が及ぶ旨等を定める。',
            en: 'For the employees of both parties, set out measures to ensure confidentiality after they leave; where there are partner companies, etc., set out that the confidentiality obligation also extends to them, and so on.',
          },
        ],
        questions: [
          {
            id: 'customerNda.persons.q1',
            source: 'site',
            text: {
              ja: '機密保持契約に基づき、守秘義務を負う対象者について明示されているか',
              en: 'Are the persons who bear the confidentiality obligation under the non-disclosure agreement clearly stated?',
            },
          },
          {
            id: 'customerNda.persons.q2',
            source: 'site',
            text: {
              ja: '双方の従業員の退職後の機密保持を確保するための対応が明示されているか',
              en: 'Are the measures to ensure confidentiality after the employees of both parties leave clearly stated?',
            },
          },
          {
            id: 'customerNda.persons.q3',
            source: 'site',
            text: {
              ja: '協力会社等がある場合に、協力会社等に対しても守秘義務が及ぶ旨が明示されているか',
              en: 'Where there are partner companies, etc., is it clearly stated that the confidentiality obligation also extends to them?',
            },
          },
        ],
      },
    ],
  },
];
