import type {Text} from '@site/src/catalog/types';
import type {PartyFilter} from '@site/src/planner/widgets/agreementExplorer';

/** The agreement explorer's own words; the agreements themselves come from the catalog. */
export const t = {
  phaseLegend: {ja: '段階', en: 'Phase'},
  allPhases: {ja: 'すべての段階', en: 'All phases'},
  partiesLegend: {ja: '取り決める相手', en: 'Who agrees'},
  result: {ja: '該当する取り決め', en: 'Matching agreements'},
  countOne: {ja: '{n}件の取り決めが該当します。', en: '1 agreement matches.'},
  countMany: {ja: '{n}件の取り決めが該当します。', en: '{n} agreements match.'},
  none: {
    ja: 'この組み合わせに該当する取り決めはありません。',
    en: 'No agreement matches this combination.',
  },
  noneHint: {ja: '{parties}の取り決めがある段階：{phases}', en: '{parties}: agreements are made in {phases}.'},
  questions: {
    ja: '確認事項 {total}件（うちサイト追加 {site}件）',
    en: '{total} check questions ({site} added by this site)',
  },
  itemsHeading: {ja: '項目と確認事項', en: 'Items and check questions'},
  chosenHeading: {ja: '締結するとして選んだ取り決め', en: 'Agreements you ticked to make'},
  chosenNone: {
    ja: 'まだ選んでいません。「選択」の取り決めは締結する場合にチェックします。それ以外の取り決めは、プランナーが契約パターンなどから判断します。',
    en: 'None ticked yet. Tick an agreement marked “Your choice” if you will make it; the planner works out the others from your contract pattern and context.',
  },
} satisfies Record<string, Text>;

export const partyNames: Record<PartyFilter, Text> = {
  providers: {ja: '事業者間', en: 'Between providers'},
  customer: {ja: '利用契約者との間', en: 'With the customer'},
  both: {ja: '両方', en: 'Both'},
};
