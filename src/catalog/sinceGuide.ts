/**
 * The site's notes on what has become of the guidelines the guide names, as
 * the pages, the planner and its exports use them: pure functions, no React.
 *
 * Kept out of the catalog's own chunk (plugins/split-catalog.ts), with its
 * data and guideSource: a page that shows only a note (the security guide,
 * the start page) need not load the whole guide's content, so nothing here
 * imports the rest of the catalog. The steps in full, for the "since the
 * guide" page, are in sinceGuideEntries.ts.
 */
import type {GuidelineId, Locale, Text} from './types';
import {figure25Subjects, sinceGuideNotes} from './data/sinceGuide';
import type {SinceGuideNoteData} from './sinceGuideTypes';

export type * from './sinceGuideTypes';
export {figure25Subjects, personalInformationAct, sinceGuideNotes, SINCE_GUIDE_CHECKED} from './data/sinceGuide';

/** The page that lists them all (docs/since-the-guide.mdx). */
export const SINCE_GUIDE_PATH = '/guide/since-the-guide';

/** The anchor of an entry on that page. */
export const sinceGuideAnchor = (id: string): string => `since-${id}`;

/**
 * What a note can be about: a guideline of 図表25 (its GuidelineId), a row of
 * the related-guidelines page (its id), or `personalInformationAct`.
 */
export type SinceGuideSubject = GuidelineId | string;

const index = new Map<string, SinceGuideNoteData>(sinceGuideNotes.map((n) => [n.id, n]));

/** The id of the entry a subject reads: 図表25's guidelines read their related-guidelines row's. */
export function sinceGuideId(subject: SinceGuideSubject): string {
  return (figure25Subjects as Record<string, string>)[subject] ?? subject;
}

/** The note data for a subject; undefined for a subject the site has no entry for. */
export function sinceGuideNoteData(subject: SinceGuideSubject): SinceGuideNoteData | undefined {
  return index.get(sinceGuideId(subject));
}

/** 2020-08 → 2020年8月 / August 2020; 2022-04-01 → 2022年4月1日 / 1 April 2022. */
export function formatSinceDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (locale === 'ja') return d ? `${y}年${m}月${d}日` : `${y}年${m}月`;
  const month = new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-GB', {month: 'long', timeZone: 'UTC'});
  return d ? `${d} ${month} ${y}` : `${month} ${y}`;
}

/** The words a note, and the "since the guide" page, put around an entry. */
export const sinceGuideLabels = {
  siteNote: {ja: 'サイトの注記', en: 'Site note'},
  checked: {ja: '{date}確認', en: 'checked {date}'},
  notConfirmed: {
    ja: 'このガイドラインのその後の改定や後継を、本サイトは発行元のページで確認できていない。',
    en: 'The site has not confirmed, on the issuer’s own pages, any later revision or successor of these guidelines.',
  },
  more: {ja: 'ガイド以降の動き', en: 'Since the guide'},
  markText: {ja: 'その後の改定・統合あり', en: 'revised or merged since'},
  guideNote: {
    ja: '本ガイドが挙げるガイドラインや法令には、その後改定・統合されたものがある。',
    en: 'Some of the guidelines and laws the guide names have since been revised or merged.',
  },
  sources: {ja: '出典', en: 'Sources'},
  authority: {ja: '所管：', en: 'in charge: '},
  checkedOn: {ja: '確認日', en: 'checked'},
  landscapeRow: {ja: '関連ガイドラインの表', en: 'In the table of related guidelines'},
  figure17: {
    ja: '守秘義務契約の「個人情報の取り扱い」',
    en: '“Handling of personal information” in the confidentiality agreement',
  },
  /** an entry with nothing confirmed, in the list */
  unconfirmedLine: {
    ja: 'その後の改定・後継：発行元のページで確認できていない',
    en: 'Later revisions or successors: not confirmed on the issuer’s pages',
  },
} satisfies Record<string, Text>;

/** What a note says about one subject: the site's words, with the day they were checked. */
export interface SinceGuideNote {
  /** the entry's id (a related-guidelines row, or `personalInformationAct`) */
  id: string;
  status: 'confirmed' | 'notConfirmed';
  /** one or two sentences */
  text: Text;
  /** YYYY-MM-DD */
  checked: string;
  /** the path and anchor of the entry on the "since the guide" page */
  href: string;
}

/**
 * The note for a guideline: a 図表25 guideline id, a related-guidelines row
 * id, or `personalInformationAct`. Undefined when the site has no entry.
 * For the pages, the planner, the checklist and the exports alike.
 */
export function supersededNote(subject: SinceGuideSubject): SinceGuideNote | undefined {
  const data = sinceGuideNoteData(subject);
  if (!data) return undefined;
  const href = `${SINCE_GUIDE_PATH}#${sinceGuideAnchor(data.id)}`;
  return data.summary
    ? {id: data.id, status: 'confirmed', text: data.summary, checked: data.checked, href}
    : {id: data.id, status: 'notConfirmed', text: sinceGuideLabels.notConfirmed, checked: data.checked, href};
}

/**
 * A note as one line of plain text, for a checklist line or an export:
 * 「サイトの注記（2026-12-02確認）：…（ガイド以降の動き：/guide/since-the-guide#since-aspSaasMedical）」.
 * `base` is put before the path (a site's address, for a file read away from the site).
 */
export function supersededNoteText(subject: SinceGuideSubject, locale: Locale, base = ''): string | undefined {
  const note = supersededNote(subject);
  if (!note) return undefined;
  const checked = sinceGuideLabels.checked[locale].replace('{date}', note.checked);
  const link = `${base}${note.href}`;
  return locale === 'ja'
    ? `${sinceGuideLabels.siteNote.ja}（${checked}）：${note.text.ja}（${sinceGuideLabels.more.ja}：${link}）`
    : `${sinceGuideLabels.siteNote.en} (${checked}): ${note.text.en} (${sinceGuideLabels.more.en}: ${link})`;
}
