/**
 * The header every export carries, and the name its file gets. One place, so
 * that a CSV, a spreadsheet and a Markdown page of the same plan say the same
 * thing about it.
 */
import {guideCitation, type Locale} from '../../catalog';
import type {ChecklistView} from '../checklist';
import type {Plan} from '../plan';
import {metaLabels, ownerNames, patternChoice, viewNames} from '../strings';
import {securityPatternFor, securityPatternTitle} from '../widgets/securityFinder';

export interface MetaPair {
  label: string;
  value: string;
}

const PARTIES = ['lead', 'partner', 'customer'] as const;
const PARTY_SEPARATOR: Record<Locale, {label: string; between: string}> = {
  ja: {label: '：', between: '、'},
  en: {label: ': ', between: '; '},
};

/** YYYY-MM-DD, the reader's own calendar date: the day they printed or downloaded it. */
export function isoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The plan's name as the reader typed it, trimmed; '' when there is none. */
function planName(plan: Plan): string {
  return plan.names.partnership.trim();
}

/**
 * The header, in order. The parties row is left out when no party is named:
 * an empty row would only look like something went missing.
 */
export function exportMeta(plan: Plan, view: ChecklistView, locale: Locale, now: Date): MetaPair[] {
  const sep = PARTY_SEPARATOR[locale];
  const parties = PARTIES.filter((p) => plan.names[p].trim() !== '')
    .map((p) => `${ownerNames[p][locale]}${sep.label}${plan.names[p].trim()}`)
    .join(sep.between);
  const pairs: MetaPair[] = [{label: metaLabels.plan[locale], value: planName(plan) || metaLabels.untitled[locale]}];
  if (parties) pairs.push({label: metaLabels.parties[locale], value: parties});
  pairs.push(
    {
      label: metaLabels.pattern[locale],
      value: plan.pattern ? patternChoice[plan.pattern][locale] : metaLabels.notChosen[locale],
    },
  );
  if (plan.security) {
    pairs.push({label: metaLabels.security[locale], value: securityPatternTitle(securityPatternFor(plan.security), locale)});
  }
  pairs.push(
    {label: metaLabels.view[locale], value: viewNames[view][locale]},
    {label: metaLabels.date[locale], value: isoDate(now)},
    {label: metaLabels.language[locale], value: metaLabels.languageName[locale]},
    // the guide with its issuer and date (総務省, 平成24年7月), so that a file read
    // on its own says how old its source is
    {label: metaLabels.reference[locale], value: guideCitation(locale)},
  );
  return pairs;
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
  return [...cleaned].slice(0, MAX_SLUG).join('').replace(/[-.]+$/, '');
}

/** partnership-plan-<name>-<view>-<yyyy-mm-dd>.<ext> */
export function exportFileName(plan: Plan, view: ChecklistView, _locale: Locale, now: Date, ext: string): string {
  // The locale does not change the name, so that a plan's files are found by
  // the same pattern on either site; it is taken to match the other exporters.
  const slug = fileSlug(plan.names.partnership) || 'plan';
  return `partnership-plan-${slug}-${view}-${isoDate(now)}.${ext}`;
}
