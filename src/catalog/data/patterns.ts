import type {Pattern} from '../types';

export const patterns: Pattern[] = [
  {
    id: 'p1',
    figure: 5,
    name: {
      ja: '各ASP・SaaS事業者が利用契約者と個別に契約するケース（パターン１）',
      en: 'Case in which each ASP/SaaS provider contracts individually with the contracting customer (Pattern 1)',
    },
    shortName: {ja: 'パターン1', en: 'Pattern 1'},
    summary: {
      ja: 'ASP・SaaS事業者間でのデータ連携はあるものの、利用者との契約はそれぞれの事業者と取り交わされ、利用料金もそれぞれの事業者に利用者から直接支払われる形態である。',
      en: 'Although there is data integration between the ASP/SaaS providers, the user concludes its contracts with each provider, and the user pays the usage fees directly to each provider.',
    },
    responsibility: {
      ja: '利用契約者と事業者の責任分界やサービス内容はそれぞれの契約で確定',
      en: 'The division of responsibility between the contracting customer and the providers, and the service content, are fixed in each contract',
    },
    operational: [
      {
        ja: 'それぞれに契約することにより、個々の事業者と利用契約者との契約内容はシンプルにすることができる。',
        en: 'By contracting separately, the content of each contract between an individual provider and the contracting customer can be kept simple.',
      },
      {
        ja: 'ASP・SaaS事業者間の連携に際しての取り決め内容も、ASP・SaaS事業者間で連携に関する取り決めに限定される。',
        en: 'The agreements between the ASP/SaaS providers for the partnership are also limited to agreements between them concerning the partnership.',
      },
      {
        ja: 'ASP・SaaS事業者からみると、自ら提供するサービスと利用契約者との契約が対応しているので、利用者管理を行いやすい。',
        en: 'From the ASP/SaaS provider’s point of view, the service it provides corresponds to its contract with the contracting customer, so user management is easy.',
      },
      {
        ja: '利用者からみると、個々の契約により保証される範囲を明確にしないと、不測の負担が生じる可能性がある。',
        en: 'From the user’s point of view, unless the scope guaranteed by each contract is made clear, unexpected burdens may arise.',
      },
      {
        ja: '利用の問い合わせや、障害時対応について、窓口が一本化されていないので、利用者側で問題の切り分けをして、問い合わせをする体制を明確にする必要がある。',
        en: 'Because there is no single point of contact for usage enquiries and for the response to faults, the user needs to establish clearly how it will isolate the cause of a problem and make enquiries.',
      },
    ],
    functional: [
      {
        ja: 'ASP・SaaS事業者間で連携することにより、サービス利用者は、あたかも１つのサービスのように利用できる。',
        en: 'Through the partnership between the ASP/SaaS providers, service users can use the services as if they were a single service.',
      },
      {
        ja: '利用者からみると、個別に契約することで必要なサービス（機能）だけを選択できる。',
        en: 'From the user’s point of view, contracting individually makes it possible to select only the services (functions) it needs.',
      },
      {
        ja: '例えば利用者側の管理画面については、データ連携の内容によっては、それぞれのサービスで個別にログインするなどが生じうる。',
        en: 'For example, on the user-side administration screens, depending on the content of the data integration, users may have to log in to each service separately.',
      },
      {
        ja: '複数のサービスが一元的に提供されていない、ないしはサービスレベル等が複数のサービスで異なる場合があるため、例えば一方のサービスがシステムメンテナンス等によりサービス停止した場合に、不測のサービス停止が生じうる。',
        en: 'Because the services may not be provided in a unified way, or their service levels and the like may differ, an unexpected service outage may occur when, for example, one of the services is stopped for system maintenance or the like.',
      },
    ],
  },
  {
    id: 'p2',
    figure: 6,
    name: {
      ja: 'ASP・SaaS事業者のうちの1事業者が利用契約者と契約するケース（パターン２）',
      en: 'Case in which one of the ASP/SaaS providers contracts with the contracting customer (Pattern 2)',
    },
    shortName: {ja: 'パターン２', en: 'Pattern 2'},
    summary: {
      ja: '連携するASP・SaaS事業者の一方が、利用者とサービス利用全体についての契約を取り交わす形態である。この場合、利用者は利用料金を一旦、契約しているASP・SaaS事業者に支払い、その利用料金を連携する事業者間で分配する。',
      en: 'One of the partnered ASP/SaaS providers concludes a contract with the user covering the use of the service as a whole. In this case, the user first pays the usage fees to the ASP/SaaS provider it has contracted with, and the fees are then distributed among the partnered providers.',
    },
    responsibility: {
      ja: '利用契約者と事業者の責任分界やサービス内容は一本化した契約で確定',
      en: 'The division of responsibility between the contracting customer and the providers, and the service content, are fixed in a single consolidated contract',
    },
    operational: [
      {
        ja: '連携するASP・SaaS事業者の1社が契約するため、契約上の利用者とASP・SaaS事業者側の責任分界が明確になる。',
        en: 'Because one of the partnered ASP/SaaS providers holds the contract, the division of responsibility under the contract between the user and the ASP/SaaS provider side becomes clear.',
      },
      {
        ja: 'ASP・SaaS事業者間の契約では、利用契約者との間で定めた責任分界に対して、連携しているASP・SaaS事業者間でどのように分担するかを取り決める。',
        en: 'In the contract between the ASP/SaaS providers, the partnered providers agree how they will share among themselves the responsibilities set in the division of responsibility with the contracting customer.',
      },
      {
        ja: '利用者との契約を一元化することにより、これに関連するSLAや対応窓口についても、利用者とASP・SaaS事業者の間で、明確に決めることができる。結果として、利用者にとって切り分け等の負担が減少する。',
        en: 'By consolidating the contract with the user, the related SLA and point of contact can also be determined clearly between the user and the ASP/SaaS provider. As a result, the user’s burden of fault isolation and the like is reduced.',
      },
      {
        ja: '複数の利用規約、複数のSLAについてのASP・SaaS事業者間の調整が、難しいケースがある。',
        en: 'In some cases, coordinating multiple terms of use and multiple SLAs among the ASP/SaaS providers is difficult.',
      },
    ],
    functional: [
      {
        ja: 'ASP・SaaS事業者間で連携することにより、サービス利用者は、あたかも１つのサービスのように利用できる。',
        en: 'Through the partnership between the ASP/SaaS providers, service users can use the services as if they were a single service.',
      },
      {
        ja: 'ASP・SaaS事業者によるサービス提供形態によっては、利用者にとって必要性の低いサービスも一つの「パッケージ」にして提供することがありうるため、不要なサービスも併せて提供を受ける場合もある。',
        en: 'Depending on how the ASP/SaaS providers offer the service, services of little necessity to the user may be bundled into a single “package”, so the user may also receive services it does not need.',
      },
      {
        ja: '機能面について、例えば利用者側の管理画面については、データ連携の内容によっては、それぞれのサービスで個別にログインするなどが生じうる。',
        en: 'Regarding functions, for example, on the user-side administration screens, depending on the content of the data integration, users may have to log in to each service separately.',
      },
    ],
  },
];
