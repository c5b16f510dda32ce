import type {Text} from '@site/src/catalog/types';

/** The words of the agreed values on the checklist, loaded with them. */
export const valuesText = {
  heading: {ja: '合意する値', en: 'Values to agree'},
  intro: {
    ja: 'この取り決めで決める数値・時間・選択肢です。入れた値はあなたの側の提案として保存され、双方が合意したら「双方で合意」に印を付けます。値を変えると、合意の印は外れます。',
    en: 'The figures, times and choices this agreement decides. A value entered is kept as your side’s proposal; mark it “agreed by both” once both parties agree it. Changing a value takes the mark off.',
  },
  ownHeading: {
    ja: '契約主体の事業者自身のサービスの水準（サイトの追加）',
    en: 'The level of the lead provider’s own service (added by this site)',
  },
  proposedBy: {ja: '提案：{who}', en: 'Proposed by {who}'},
  agreedByBoth: {ja: '双方で合意', en: 'Agreed by both'},
  siteValue: {ja: 'サイトの追加', en: 'Added by this site'},
  clear: {ja: '値を消す', en: 'Clear the value'},
  notSet: {ja: '未入力', en: 'Not entered'},
  forProvider: {ja: '{name}との契約', en: 'Contract with {name}'},
  endOfTerm: {ja: '契約期間の満了日：{date}', en: 'The term ends on {date}'},
  renewsTo: {ja: '（自動延長の場合、次の満了日：{date}）', en: ' (renewed automatically, next on {date})'},
  noticeBy: {
    ja: '解消・終了を通告する期限：{date}（満了日の{notice}前）',
    en: 'Notice to end it by {date} ({notice} before the term ends)',
  },
  // how an input is refused
  notNumber: {ja: '数値を入れてください。', en: 'Enter a number.'},
  outOfRange: {ja: '{min}〜{max}の範囲で入れてください。', en: 'Enter a value from {min} to {max}.'},
  tooPrecise: {ja: '小数点以下は{n}桁までです。', en: 'Use at most {n} decimal places.'},
  badTime: {ja: '時刻は 09:00 のように入れてください。', en: 'Enter times as 09:00.'},
  noDays: {ja: '曜日を1つ以上選んでください。', en: 'Choose at least one day.'},
  emptyRange: {ja: '開始と終了が同じ時刻です。', en: 'The start and the end are the same time.'},
  badRegion: {
    ja: '国・地域は JP（日本）のような2文字のコードで、読点かカンマで区切って入れてください。',
    en: 'Enter countries or regions as two-letter codes such as JP (Japan), separated by commas.',
  },
  badDate: {ja: '日付を選んでください。', en: 'Choose a date.'},
  // the inputs
  amount: {ja: '数値', en: 'Amount'},
  unit: {ja: '単位', en: 'Unit'},
  days: {ja: '曜日', en: 'Days'},
  from: {ja: '開始', en: 'From'},
  to: {ja: '終了', en: 'To'},
  allDay: {ja: '毎日24時間', en: 'Every day, 24 hours'},
  regionsHint: {ja: '2文字の国・地域コード（例：JP）', en: 'Two-letter codes (e.g. JP)'},
  choose: {ja: '（選んでください）', en: '(choose)'},
} satisfies Record<string, Text>;
