import type {SuccessPoint} from '../types';

export const successPoints: SuccessPoint[] = [
  {
    id: 'userValue',
    title: {
      ja: 'ユーザーへの付加価値向上につながる連携',
      en: 'Partnership that increases the added value for users',
    },
    points: [
      {
        ja: 'ASP・SaaS事業者間連携によるサービスの提供は、本来、自社のサービスでカバーできない機能を、他社が提供する機能を連携により付加することで、「利用者に対して高い価値のあるサービスを提供すること」である。しかし現実には「機能が多い＝価値が高い」としてしまっているケースもある。',
        en: 'Providing services through partnership between ASP/SaaS providers means, in essence, “providing users with highly valuable services” by adding, through partnership, functions provided by other companies that the provider’s own service cannot cover. In reality, however, there are cases in which “more functions = higher value” is assumed.',
      },
      {
        ja: '技術的な進化や、各種連携ツールの普及により、アプリケーション間の連携自体の難易度は非常に低くなってきていることもあり、取り敢えずアプリケーションを連携するということもある。',
        en: 'Partly because technical progress and the spread of various integration tools have made linking applications itself far less difficult, applications are sometimes linked just for the sake of it.',
      },
      {
        ja: 'ユーザーの付加価値向上につながらない結果、ユーザーの導入目的から離れて、当初の事業者連携の期待がずれてしまい、ASP・SaaSの連携自体へのニーズも損なうことにつながる恐れがある。',
        en: 'When the partnership does not increase the added value for users, it drifts away from the users’ purpose in introducing it, the original expectations of the provider partnership go astray, and this may even undermine the need for ASP/SaaS partnership itself.',
      },
      {
        ja: '従って、ASP・SaaS事業者連携に際しては、ユーザーへの付加価値向上につながる連携を行うことであることを確認することが求められる。',
        en: 'Therefore, in ASP/SaaS provider partnership, it is necessary to confirm that the partnership will increase the added value for users.',
      },
    ],
  },
  {
    id: 'vendorCommunication',
    title: {
      ja: 'ビジネス面での密なベンダー間のコミュニケーション',
      en: 'Close communication between vendors on the business side',
    },
    points: [
      {
        ja: 'ASP・SaaS事業者間では、サービス提供の対象であるアプリケーション部分については、仕様や手順を書面で策定するなど、密なコミュニケーションがとられるのが一般である。',
        en: 'Between ASP/SaaS providers, close communication generally takes place about the application part that is the object of the service provision, for example by drawing up specifications and procedures in writing.',
      },
      {
        ja: 'ASP・SaaS事業者連携を成功させるためには、アプリケーションなどのシステム面以外も、同様に密なコミュニケーションを行うことが重要である。ビジネス面も含めて意思決定できる担当者同士が、すり合わせをどこまでできるかがポイントになる。',
        en: 'For ASP/SaaS provider partnership to succeed, it is important to communicate just as closely about matters other than the system side, such as applications. The key is how far the people in charge who can make decisions, including on the business side, can align with each other.',
      },
      {
        ja: '特に最重要ポイントとなるのは、「誰が販売するのか・どうやって販売するのか」という前提のすり合わせである。そのために例えば、ブランドであったり、マーケティング力であったり、販売チャネルやパートナーのパワーなど、直接数値化しにくい部分についてもしっかりと、連携の検討段階で確認できることも必要である。',
        en: 'The most important point in particular is aligning on the premise of “who sells, and how”. To that end, it is also necessary to be able to confirm firmly, at the stage of examining the partnership, aspects that are hard to quantify directly, such as brand, marketing capability, and the strength of sales channels and partners.',
      },
      {
        ja: 'このように連携ビジネスを前に進めるポイントについてコミュニケーションをしっかりとることにより、連携を行う事業の方針のブレを避けつつ、必要に応じて後々、軌道修正する形で柔軟な共同サービスの運営が可能となる。',
        en: 'By communicating thoroughly in this way about the points that move the partnership business forward, the joint service can be operated flexibly, avoiding wavering in the policy of the partnered business while correcting course later as needed.',
      },
      {
        ja: 'またユーザーへのサービス提供開始後も同様に、事業者間のコミュニケーション密度を高めることは、そのままサービスのユーザーサポート品質の向上に直結するので、この観点からも重要である。',
        en: 'Likewise, after service provision to users has started, increasing the density of communication between the providers leads directly to better user-support quality for the service, so it is important from this point of view as well.',
      },
    ],
  },
  {
    id: 'userAcquisition',
    title: {
      ja: 'ユーザーの獲得・維持',
      en: 'Acquiring and retaining users',
    },
    points: [
      {
        ja: 'ASP・SaaS事業者連携の結果、目に見える新たなユーザー獲得や、もしくは既存ユーザーへのアップセルにつながらないと、連携ビジネスは成功したとはいえないとされる。うまくいかないケースに多くに見受けられる。成功しないのであれば、継続してビジネスとして続けていくことは難しいということになる。',
        en: 'It is said that unless ASP/SaaS provider partnership results in the visible acquisition of new users or in upselling to existing users, the partnership business cannot be called a success. This is seen in many of the cases that do not go well. If it does not succeed, it will be difficult to keep it going as a business.',
      },
      {
        ja: '新規ユーザーの獲得等の阻害要因になるものとして、例えばサービスの提供価格帯や料金プランが、連携先のものと大きく差異があることが挙げられる。具体例をあげると、一つのサービスは年単位契約・固定料金制、もう一つのサービスは月単位契約・従量課金制だったとすると、仮に「価格帯は同じ・総コストではバランスをとれている」としても、ユーザーにとっては選択し難い連携サービスになってしまう。このような場合、初期の段階で、柔軟な料金プラン設定をおこなう、料金プランの設定をささえる柔軟な対応ができる決済業務（請求書発行）を行うなど、ユーザーニーズに細かく配慮することがポイントになる。',
        en: 'One obstacle to acquiring new users and the like is, for example, a large difference between a service’s price range or pricing plans and those of the partner. To give a concrete example, if one service is contracted yearly at a fixed fee and the other monthly with usage-based billing, the partnered service becomes hard for users to choose, even if “the price range is the same and the total cost is balanced”. In such cases, the key is to pay close attention to user needs from the early stage, for example by setting flexible pricing plans and by running payment operations (invoicing) flexible enough to support those pricing plans.',
      },
      {
        ja: '新規ユーザー（新規案件）を獲得した場合でも、連携におけるサービス品質・サポート品質を維持し高めることが、契約維持にとって重要である。そこで長期間の継続維持のためには、提供開始後のサービス品質を確保することがキーポイントになる。この場合、連携する両事業者のサービス品質の総和が、ユーザーへの提供品質となって表れる。そのためユーザーへの全体的なサービス品質の維持・向上は一業者だけの対応では足りない点を留意し、これに対応した連携をすすめる必要がある。',
        en: 'Even after new users (new deals) have been acquired, maintaining and raising the service quality and support quality of the partnership is important for keeping the contracts. For long-term continuation, therefore, ensuring service quality after provision starts is the key point. Here, the sum of the service quality of both partnered providers appears as the quality delivered to users. It is therefore necessary to bear in mind that one provider alone cannot maintain and improve the overall service quality for users, and to pursue the partnership accordingly.',
      },
    ],
  },
];
