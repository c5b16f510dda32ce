import type {Text} from '@site/src/catalog/types';

/** The home page's words, in both languages. */
export const home = {
  metaTitle: {ja: 'ASP・SaaS事業者連携ガイド', en: 'ASP/SaaS Provider Partnership Guide'},
  metaDescription: {
    ja: 'ASP・SaaS事業者が他の事業者と連携してサービスを提供するときに取り決める事項と、利用者が確認すべき事項をまとめたガイドと確認ツール。',
    en: 'A guide, and a checklist, to what ASP/SaaS providers agree when they offer a service in partnership with other providers, and what their customers should check.',
  },
  heroTitle: {ja: 'ASP・SaaS事業者連携ガイド', en: 'ASP/SaaS Provider Partnership Guide'},
  heroLead: {
    ja: '複数のASP・SaaSを連携させて一つのサービスとして提供するとき、事業者間で、そして利用者との間で何を取り決めるべきか。契約のパターン、販売・導入・運用の各段階の取り決め、技術要件、利用者の留意点を、ガイドの原典に沿って日本語と英語で読めます。',
    en: 'When several ASP/SaaS services are linked and offered as one, what should the providers agree between themselves, and with the customer? The contract patterns, the agreements of the sales, introduction and operation phases, the technical requirements and the points customers must watch, faithful to the guide, in Japanese and English.',
  },
  readGuide: {ja: 'ガイドを読む', en: 'Read the guide'},
  planPartnership: {ja: '連携を計画する', en: 'Plan a partnership'},
  plannerLead: {
    ja: '連携プランナーでは、立場と契約パターンなどに答えると、相手との打ち合わせに持って行けるチェックリストと議題ができます。',
    en: 'Answer a few questions in the partnership planner (your side, the contract pattern…) and take away a checklist and an agenda for the meeting with your partner.',
  },
  audiencesHeading: {ja: '目的に合わせて', en: 'Start from what you need'},
} as const satisfies Record<string, Text>;

export interface Audience {
  id: string;
  who: Text;
  title: Text;
  body: Text;
  links: {label: Text; to: string}[];
}

export const audiences: Audience[] = [
  {
    id: 'entrant',
    who: {ja: 'これから連携に取り組むSaaS事業者', en: 'SaaS providers new to partnering'},
    title: {ja: '連携の全体像を知る', en: 'Learn what a partnership involves'},
    body: {
      ja: '連携の意義とメリット、2つの契約パターン、事業者間・利用者との取り決めを、ガイドの章立てのまま通読できます。表はすべて本文中の表として掲載しています。',
      en: 'Why providers partner, the two contract patterns, and what is agreed between providers and with the customer, chapter by chapter as the guide has it. Every table of the guide is on its page as a real table.',
    },
    links: [
      {label: {ja: '本ガイドについて', en: 'About this guide'}, to: '/guide'},
      {label: {ja: '2. 連携のパターン', en: '2. Partnership patterns'}, to: '/guide/chapter-2'},
    ],
  },
  {
    id: 'bizdev',
    who: {ja: '事業開発・アライアンス担当者', en: 'Business developers'},
    title: {ja: '商談前に取り決め事項を確認する', en: 'Prepare a partner meeting'},
    body: {
      ja: '販売・導入・運用の段階ごとに、事業者間で結ぶ契約とその項目を確認できます。チェックリストには各項目の確認事項と図表番号を付けています。',
      en: 'The agreements providers make with each other in the sales, introduction and operation phases, item by item. The checklist gives each item its questions and its figure number in the guide.',
    },
    links: [
      {label: {ja: '連携プランナーで計画する', en: 'Plan it in the partnership planner'}, to: '/planner'},
      {
        label: {ja: '事業者間の運用面の取り決め', en: 'Operational agreements between providers'},
        to: '/guide/chapter-3/operational',
      },
      {label: {ja: 'チェックリスト', en: 'Checklist'}, to: '/guide/checklist'},
    ],
  },
  {
    id: 'customer',
    who: {ja: '連携サービスを利用する企業・団体', en: 'Customers of partnered services'},
    title: {ja: '利用者として確認する', en: 'Check as a customer'},
    body: {
      ja: '契約パターンによって、SLAの確認や障害時の切り分けで利用者が負う役割は変わります。サービス利用契約・SLA・利用規約で何を取り決めるかも確認できます。',
      en: 'Depending on the contract pattern, the customer may have to check each SLA and isolate faults between services themselves. See also what the service use contract, the SLA and the terms of use should settle.',
    },
    links: [
      {label: {ja: 'プランナーで確認事項を作る', en: 'Make your list in the planner'}, to: '/planner'},
      {label: {ja: '5. 利用者の視点からの留意点', en: '5. Points for users'}, to: '/guide/chapter-5'},
      {label: {ja: '4. 事業者－利用者間の対応事項', en: '4. Provider–customer agreements'}, to: '/guide/chapter-4'},
    ],
  },
];
