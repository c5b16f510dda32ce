/** The file the build writes both languages' texts to, under each language's base URL (see bilingual.ts). */
export const TEXT_PAIRS_FILE = 'planner-texts.json';
