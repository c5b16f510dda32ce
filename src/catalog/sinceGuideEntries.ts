/**
 * The site's notes in full, for the "since the guide" page and the tests:
 * each entry's summary (data/sinceGuide.ts) with its steps
 * (data/sinceGuideSteps.ts). Pure functions, no React.
 */
import type {Text} from './types';
import {sinceGuideNotes} from './data/sinceGuide';
import {sinceGuideSteps} from './data/sinceGuideSteps';
import {sinceGuideId, type SinceGuideSubject} from './sinceGuide';
import type {ConfirmedSinceGuideEntry, SinceGuideEntry, SinceGuideKind, SinceGuideStep} from './sinceGuideTypes';

export {sinceGuideSteps} from './data/sinceGuideSteps';

/** Every entry, in the order of the related-guidelines page, then the act. */
export const sinceGuide: SinceGuideEntry[] = sinceGuideNotes.map((n) =>
  n.summary
    ? {id: n.id, status: 'confirmed', summary: n.summary, steps: sinceGuideSteps[n.id] ?? []}
    : {id: n.id, status: 'notConfirmed', checked: n.checked},
);

const index = new Map<string, SinceGuideEntry>(sinceGuide.map((e) => [e.id, e]));

/** The entry for a subject (a 図表25 guideline, a related-guidelines row, the act), or undefined. */
export function sinceGuideEntry(subject: SinceGuideSubject): SinceGuideEntry | undefined {
  return index.get(sinceGuideId(subject));
}

/** The most recent step that is in force (a draft is not), or undefined. */
export function latestStep(entry: ConfirmedSinceGuideEntry): SinceGuideStep | undefined {
  return [...entry.steps].reverse().find((s) => s.kind !== 'draft');
}

/** The day the site last checked an entry: the latest of its steps' days. */
export function checkedOn(entry: SinceGuideEntry): string {
  if (entry.status === 'notConfirmed') return entry.checked;
  return entry.steps
    .map((s) => s.checked)
    .sort()
    .at(-1)!;
}

/** What each kind of step is called. */
export const sinceGuideKindNames: Record<SinceGuideKind, Text> = {
  issued: {ja: '新たに策定', en: 'Newly issued'},
  renamed: {ja: '改定・改称', en: 'Revised and renamed'},
  merged: {ja: '統合', en: 'Merged'},
  revised: {ja: '改定', en: 'Revised'},
  draft: {ja: '改定案', en: 'Draft revision'},
  amended: {ja: '改正の施行', en: 'Amendment in force'},
};
