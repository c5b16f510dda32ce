/**
 * The header every export carries, and the name its file gets. One place, so
 * that a CSV, a spreadsheet and a Markdown page of the same plan say the same
 * thing about it.
 */
import {guideCitation, type Locale} from '../../catalog';
import {sinceGuideLabels, supersededNote, supersededNoteText} from '../../catalog/sinceGuide';
import {guidelinesFor} from '../rules';
import type {ChecklistView} from '../checklist';
import type {Plan} from '../plan';
import {metaLabels, viewName} from '../strings';
import {planSummary} from '../summary';

export interface MetaPair {
  label: string;
  value: string;
}

/** YYYY-MM-DD, the reader's own calendar date: the day they printed or downloaded it. */
export function isoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The header, in order: the plan's answers (planSummary), then for an agenda
 * the meeting's date and attendees, then what the file is, when it was made,
 * in which language, and the guide it refers to. Answers not given are left
 * out, except the plan's name and pattern, whose absence a reader should see.
 * `brief`: for a printout's header, only what the paper is about.
 */
export function exportMeta(
  plan: Plan,
  view: ChecklistView,
  locale: Locale,
  now: Date,
  {brief = false}: {brief?: boolean} = {},
): MetaPair[] {
  // A printout's header is brief: what the paper is about, not every answer; the rows carry the rest.
  const inBrief = new Set(['partnership', 'parties', 'pattern', ...(view === 'agenda' ? [] : ['sector', 'security'])]);
  const pairs: MetaPair[] = planSummary(plan, locale)
    .filter((row) => !brief || inBrief.has(row.key))
    .filter((row) => !row.missing || row.key === 'partnership' || row.key === 'pattern')
    .filter((row) => view !== 'customer' || !['role', 'techDirection', 'requirements'].includes(row.key))
    // a customer's plan asks nothing of the providers' own arrangements
    .filter((row) => plan.role !== 'customer' || !['techDirection', 'requirements', 'agreements'].includes(row.key))
    .map(({label, value}) => ({label, value}));
  if (view === 'agenda') {
    if (plan.meeting.date) pairs.push({label: metaLabels.meetingDate[locale], value: plan.meeting.date});
    if (plan.meeting.attendees.trim())
      pairs.push({label: metaLabels.attendees[locale], value: plan.meeting.attendees.trim()});
  }
  // What has become of the plan's guidelines since the guide: the site's notes, kept apart from the guide's text.
  const subjects = [...guidelinesFor(plan.sector), ...(plan.data.personalInfo ? ['personalInformationAct'] : [])];
  const seen = new Set<string>();
  for (const subject of brief ? [] : subjects) {
    const note = supersededNote(subject);
    if (!note || note.status !== 'confirmed' || seen.has(note.id)) continue;
    seen.add(note.id);
    pairs.push({label: sinceGuideLabels.more[locale], value: supersededNoteText(subject, locale)!});
  }
  pairs.push(
    {label: metaLabels.view[locale], value: viewName(view, plan.role)[locale]},
    {label: metaLabels.date[locale], value: isoDate(now)},
    {label: metaLabels.language[locale], value: metaLabels.languageName[locale]},
    // the guide with its issuer and date (総務省, 平成24年7月), so that a file read
    // on its own says how old its source is
    {label: metaLabels.reference[locale], value: guideCitation(locale)},
  );
  return pairs;
}

/** The header in both languages: each label and value in Japanese, then in English. */
export function bilingualMeta(plan: Plan, view: ChecklistView, now: Date, opts: {brief?: boolean} = {}): MetaPair[] {
  const ja = exportMeta(plan, view, 'ja', now, opts);
  const en = exportMeta(plan, view, 'en', now, opts);
  if (ja.length !== en.length) return [...ja, ...en];
  return ja.map((m, i) => ({
    label: m.label === en[i]!.label ? m.label : `${m.label} / ${en[i]!.label}`,
    value: m.value === en[i]!.value ? m.value : `${m.value}\n${en[i]!.value}`,
  }));
}

// Characters Windows, macOS or a shell refuse or misread in a file name, C0/C1
// controls, and the bidi controls that can make a name ending in ".exe" look
// like one ending in ".csv".
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_FILE_NAME = /[/\\:*?"<>|\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const MAX_SLUG = 60;

/**
 * The plan's name made safe for a file name. Japanese letters stay: every
 * current system stores them, and a romanised or empty name would make the
 * downloads of several plans indistinguishable.
 */
export function fileSlug(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(UNSAFE_IN_FILE_NAME, '')
    .replace(/\s+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  // Cut by code point, so that no surrogate pair is split in half.
  return [...cleaned]
    .slice(0, MAX_SLUG)
    .join('')
    .replace(/[-.]+$/, '');
}

/** What each view is called in a file name. */
const FILE_VIEW: Record<ChecklistView, string> = {plan: 'checklist', customer: 'customer-check', agenda: 'agenda'};

/**
 * <plan's name>-<view>-<yyyy-mm-dd>.<ext>, so that a plan's files sort
 * together in a downloads folder; "partnership-plan" stands in for a plan with
 * no name.
 */
export function exportFileName(plan: Plan, view: ChecklistView, now: Date, ext: string): string {
  const slug = fileSlug(plan.names.partnership) || 'partnership-plan';
  // a customer's whole plan is their check
  const kind = plan.role === 'customer' && view === 'plan' ? FILE_VIEW.customer : FILE_VIEW[view];
  return `${slug}-${kind}-${isoDate(now)}.${ext}`;
}
