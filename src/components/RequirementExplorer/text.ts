import type {Text} from '@site/src/catalog/types';

/** The explorer's own words; the requirements and what they need come from the catalog. */
export const t = {
  legend: {ja: '連携で扱う技術要件を選ぶ', en: 'Pick the technical requirements of your partnership'},
  clear: {ja: '選択をすべて外す', en: 'Clear the selection'},
  result: {ja: '選んだ技術要件で必要になること', en: 'What the picked requirements need'},
  none: {
    ja: '技術要件が選ばれていません。上のチェックボックスから選ぶと、それぞれの検討事項が表示されます。',
    en: 'No requirement is picked. Pick one above to see what it needs.',
  },
  /** {picked}: how many requirements; {lines}: how many checklist lines */
  summary: {
    ja: '選んだ技術要件：{picked}件。プランナーのチェックリストに加わる確認事項：{lines}行。',
    en: 'Requirements picked: {picked}. Lines the planner adds to your checklist: {lines}.',
  },
  /** {lines}: the checklist lines of one requirement */
  lines: {ja: 'チェックリストの行数：{lines}', en: 'Checklist lines: {lines}'},
} as const satisfies Record<string, Text>;
