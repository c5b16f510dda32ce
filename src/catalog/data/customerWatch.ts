import type {CustomerWatchTopic} from '../types';

export const customerWatch: CustomerWatchTopic[] = [
  {
    id: 'sla',
    topic: {ja: 'SLA', en: 'SLA'},
    byPattern: {
      p1: [
        {
          ja: '個別の事業者と締結するため、利用者に対して保証されるサービスレベルは、サービスによって異なることを留意する必要がある。',
          en: 'Because SLAs are concluded with the individual providers, the user needs to bear in mind that the service level guaranteed to it differs from service to service.',
        },
        {
          ja: '例えばサービス稼働時間や稼働率、障害時の復旧などについては、個々のサービスで異なる可能性もあるので、利用者がそれぞれのSLAを自ら確認する必要がある。',
          en: 'For example, the service operating hours, the availability rate and recovery in the event of a fault may differ between the individual services, so the user needs to check each SLA itself.',
        },
      ],
      p2: [
        {
          ja: '複数のサービスについて、SLAでは一事業者とのみ締結することから、利用者は当該SLAの内容のみ確認すればよい。',
          en: 'Because the SLA covering the several services is concluded with one provider only, the user need only check the content of that SLA.',
        },
        {
          ja: '但しSLAの内容によっては、サービス毎に異なる記載がなされている可能性もあるので、内容については確認することが求められる。',
          en: 'However, depending on the SLA, it may contain different provisions for each service, so the user is required to check its content.',
        },
      ],
    },
  },
  {
    id: 'faultIsolation',
    topic: {
      ja: '障害時・緊急時の切り分け',
      en: 'Fault isolation in faults and emergencies',
    },
    byPattern: {
      p1: [
        {
          ja: '障害時や緊急時にサービス間のどこに原因があるのかを調査し、その対応を図る責任については、契約において盛り込んでいない限り、利用者側の対応事項とされることがある。',
          en: 'Unless it is written into the contracts, responsibility for investigating where among the services the cause of a fault or emergency lies, and for dealing with it, may be treated as a matter for the user to handle.',
        },
        {
          ja: '従って、利用者はこれらの切り分けの責任がどこにあるのかを明確にし、これに対応する対応策も確認することが必要である。',
          en: 'The user therefore needs to make clear where responsibility for this fault isolation lies, and also to check the corresponding countermeasures.',
        },
      ],
      p2: [
        {
          ja: '障害時や緊急時にサービス間のどこに原因があるのかを調査し、対応を図る責任は、契約した事業者が負う。',
          en: 'Responsibility for investigating where among the services the cause of a fault or emergency lies, and for dealing with it, is borne by the provider with which the user has contracted.',
        },
        {
          ja: '利用者は契約した事業者との間でのみ、対応方法を決めるのが一般的である。',
          en: 'The user generally decides how to respond only with the provider with which it has contracted.',
        },
      ],
    },
  },
];
