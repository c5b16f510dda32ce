import type {Text} from '@site/src/catalog/types';

/** The words of sending a plan back, loaded with it. */
export const sendBackText = {
  sendBack: {ja: '相手に送り返す', en: 'Send back to the other party'},
  sendBackLink: {ja: '相手に送るリンク', en: 'Link to send to the other party'},
  sendBackFile: {
    ja: 'プランが共有リンクに収まらない（約8,000文字を超える）ため、プランファイル（JSON）を保存しました。このファイルを相手に送ってください。',
    en: 'The plan does not fit in a share link (it would pass about 8,000 characters), so the plan file (JSON) was saved: send that to the other party.',
  },
  changedSinceTheirs: {
    ja: '相手のプランを最後に受け取ってから、あなたの側で変更した項目：{n}件',
    en: 'Lines your side changed since they last sent theirs: {n}',
  },
  changedByYou: {
    ja: 'あなたの側で変更した項目：{n}件（相手のプランはまだ受け取っていません）',
    en: 'Lines your side changed: {n} (nothing received from them yet)',
  },
} satisfies Record<string, Text>;
