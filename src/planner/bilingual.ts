/**
 * Both languages for an export. Each language's build of the site carries
 * only the half of the catalog's and the planner's texts it shows (see
 * plugins/split-catalog.ts), which keeps pages light; an export made in both
 * languages needs the other half. The build writes every text pair, keyed by
 * where it sits in these modules (planTextPairs), and a reader who asks for a
 * bilingual export fetches that file and puts the missing halves back
 * (completeTexts). The walk is the same on both sides, so a path names the
 * same text in the build and in the browser.
 */
import {
  agreements,
  customerAgreementSides,
  customerWatch,
  guidelineRequirements,
  guidelines,
  labels,
  logItems,
  masterDataTasks,
  patterns,
  phaseActionGroups,
  phases,
  sectors,
  techRequirements,
  technologySides,
  authLayers,
} from '../catalog';
import {guideSource} from '../catalog/data/guideSource';
import {customerLabels, dataAbroadChecks, expectationGaps} from '../catalog/related/customers';
import {securityLevelLabels, securityPatterns, securityPropertyNames} from '../catalog/related/securityPatterns';
import {sinceGuideLabels} from '../catalog/sinceGuide';
import {personalInformationAct, sinceGuideNotes} from '../catalog/data/sinceGuide';
import {exportWords} from './strings';
import type {Text} from '../catalog/types';

/**
 * What the exports read of the modules a language's build halves (the
 * catalog, the planner's words), by a stable name: named, not whole modules,
 * so that a bundler still leaves out of every page what that page does not use.
 */
function roots(): [string, unknown][] {
  return [
    ['agreements', agreements],
    ['phases', phases],
    ['phaseActionGroups', phaseActionGroups],
    ['techRequirements', techRequirements],
    ['authLayers', authLayers],
    ['logItems', logItems],
    ['masterDataTasks', masterDataTasks],
    ['guidelines', guidelines],
    ['guidelineRequirements', guidelineRequirements],
    ['sectors', sectors],
    ['patterns', patterns],
    ['customerWatch', customerWatch],
    ['customerAgreementSides', customerAgreementSides],
    ['technologySides', technologySides],
    ['guideSource', guideSource],
    ['labels', labels],
    ['customerLabels', customerLabels],
    ['expectationGaps', expectationGaps],
    ['dataAbroadChecks', dataAbroadChecks],
    ['securityLevelLabels', securityLevelLabels],
    ['securityPropertyNames', securityPropertyNames],
    ['securityPatterns', securityPatterns],
    ['sinceGuideLabels', sinceGuideLabels],
    ['sinceGuideNotes', sinceGuideNotes],
    ['personalInformationAct', personalInformationAct],
    ['strings', exportWords],
  ];
}

function isText(value: unknown): value is Text {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.length === 2 &&
    keys.includes('ja') &&
    keys.includes('en') &&
    typeof (value as Text).ja === 'string' &&
    typeof (value as Text).en === 'string'
  );
}

/** Visits every text of the modules once, with its path, in a fixed order. */
function walk(visit: (path: string, text: Text) => void): void {
  const seen = new Set<unknown>();
  const go = (value: unknown, path: string): void => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (isText(value)) {
      visit(path, value);
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => go(item, `${path}.${i}`));
      return;
    }
    if (value instanceof Map || value instanceof Set) return;
    for (const key of Object.keys(value).sort()) {
      let child: unknown;
      try {
        child = (value as Record<string, unknown>)[key];
      } catch {
        continue;
      }
      if (typeof child === 'function') continue;
      go(child, `${path}.${key}`);
    }
  };
  for (const [name, module] of roots()) go(module, name);
}

/** Every text with both halves, by its path: what the build writes for the other language's readers. */
export function planTextPairs(): Record<string, [string, string]> {
  const pairs: Record<string, [string, string]> = {};
  walk((path, text) => {
    if (text.ja !== '' && text.en !== '') pairs[path] = [text.ja, text.en];
  });
  return pairs;
}

/**
 * Puts back the half each text is missing in this build, from the pairs the
 * build wrote. Returns how many texts were completed. Only an empty half is
 * filled: what the page shows never changes.
 */
export function completeTexts(pairs: Readonly<Record<string, readonly [string, string]>>): number {
  let filled = 0;
  walk((path, text) => {
    const pair = pairs[path];
    if (!pair) return;
    const mutable = text as {ja: string; en: string};
    if (mutable.ja === '' && pair[0] !== '') {
      mutable.ja = pair[0];
      filled += 1;
    }
    if (mutable.en === '' && pair[1] !== '') {
      mutable.en = pair[1];
      filled += 1;
    }
  });
  return filled;
}

export {TEXT_PAIRS_FILE} from './textPairsFile';
