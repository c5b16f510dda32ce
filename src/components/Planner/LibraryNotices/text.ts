import type {Text} from '@site/src/catalog/types';

/** What the planner says of the reader's plans and their storage, loaded when there is something to say. */
export const noticeText = {
  besideOpened: {
    ja: 'これは新しいプランとして開きました。それまで表示していた「{name}」は、プラン一覧にそのまま残っています。',
    en: 'This opened as a plan of its own. “{name}”, which you had open, is kept as it was in your plans.',
  },
  backTo: {ja: '「{name}」に戻る', en: 'Back to “{name}”'},
  uncheckedLink: {
    ja: 'このリンクは以前の版のサイトで作られたもので、途中で切れたり書き換わったりしていないかを確かめる仕組みがありません。そのため、ほかのプランと比べずに、別のプランとして開きました。送り主のプランと同じ内容か確認してください。',
    en: 'This link was made by an earlier release of the site, which gave links no check against being cut short or changed. So it opened as a plan of its own, compared with none of yours. Check it against the sender’s plan.',
  },
  heldNewer: {
    ja: 'このプランは別のタブで新しい版のサイトによって保存されたため、このページでは保存を止めました。ページを再読み込みして、新しい版をお使いください。',
    en: 'A newer release of the site saved this plan in another tab, so this page has stopped saving it. Reload the page to use the newer release.',
  },
  deletedElsewhere: {
    ja: 'このプランは別のタブで削除されました。ここでの変更も保存されますが、プラン一覧では削除したプランに入っています。',
    en: 'This plan was deleted in another tab. Changes made here are still kept, but it is listed with the deleted plans.',
  },
  deletedDone: {ja: '「{name}」を削除しました。', en: '“{name}” was deleted.'},
  bundleRestored: {
    ja: 'ファイルからプランを復元しました（追加：{added}件、既にあったもの：{known}件、読み込めなかったもの：{refused}件）。',
    en: 'Plans restored from the file (added: {added}; already kept: {known}; could not be read: {refused}).',
  },
  decideFirst: {
    ja: '別のタブでも変更された項目が、まだ決まっていません。先にそれを決めてから、もう一度開いてください。',
    en: 'Fields changed in another tab too are still to be decided. Decide them first, then open it again.',
  },
  unopenedPlans: {
    ja: 'このブラウザに保存されたデータのうち{n}件は、この版のサイトでは開けません。プラン一覧から、保存されているままダウンロードできます。',
    en: 'Data kept in this browser that this release of the site cannot open: {n}. Each can be downloaded as kept from your plans.',
  },
  legacyLeft: {
    ja: '以前の版のサイトで保存したデータのうち{n}件を、新しい保存先に移せませんでした。元の場所にそのまま残っています。',
    en: 'Data kept by an earlier release of the site that could not be moved to the new storage: {n}. It stays where it was.',
  },
  tabConflict: {
    ja: 'このプランは別のタブでも開かれていて、同じ項目が両方で変更されました。どちらを残すか決めるまで、保存されるのは別のタブの値です。',
    en: 'This plan is open in another tab too, and the same fields were changed in both. Until you decide which to keep, the other tab’s values are the ones kept.',
  },
  tabConflictGo: {ja: '決める', en: 'Decide'},
} satisfies Record<string, Text>;
