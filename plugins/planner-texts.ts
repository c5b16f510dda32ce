import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';
import {TEXT_PAIRS_FILE, planTextPairs} from '../src/planner/bilingual';

/**
 * Writes the catalog's and the planner's texts in both languages next to
 * each language's pages, for an export made in both languages: each build
 * ships one half of them in its scripts (split-catalog.ts), and the planner
 * fetches the other half only when a reader asks for a bilingual file.
 */
export default function plannerTexts(): Plugin {
  return {
    name: 'planner-texts',
    async postBuild({outDir}) {
      await writeFile(path.join(outDir, TEXT_PAIRS_FILE), JSON.stringify(planTextPairs()));
    },
  };
}
