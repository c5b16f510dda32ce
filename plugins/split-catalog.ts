import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

/** Modules whose texts are `{ja, en}` pairs: the catalog, and the planner's and home page's own words. */
const TEXT_MODULES =
  /[\\/]src[\\/](catalog[\\/].*|planner[\\/](?:strings|ruleStrings)|components[\\/]Planner[\\/](?:[^\\/]+[\\/])?text|pages[\\/]_home\.text)\.ts$/;

/**
 * The planner's words: the page's own (components/Planner/text.ts and each
 * part's text.ts) and those of the checklist, the rules and the exports
 * (planner/strings.ts, ruleStrings.ts). The English build leaves their
 * Japanese out as the Japanese build leaves out their English; a download in
 * both languages puts the other half back from the texts the build writes
 * (plugins/planner-texts.ts, src/planner/bilingual.ts), as it does for the
 * catalog.
 */
export const PLANNER_WORDS =
  /[\\/]src[\\/](?:components[\\/]Planner[\\/](?:[^\\/]+[\\/])?text|planner[\\/](?:strings|ruleStrings))\.ts$/;

/** The catalog's data files: in the English build their Japanese goes, except the names. */
const CATALOG_DATA = /[\\/]src[\\/]catalog[\\/]data[\\/][^\\/]+\.ts$/;

/**
 * Keys whose Japanese an English page shows beside the English (components/Term):
 * the names of agreements, items, requirements, guidelines and patterns, and
 * figure titles.
 */
export const NAMES_SHOWN_IN_ENGLISH = ['name', 'checklistName', 'shortName', 'title', 'term', 'label', 'heading'];

const STRIP = path.resolve(__dirname, 'strip-other-language.cjs');

/**
 * Two things that keep the guide's content out of the pages that do not show
 * it, and its other language out of the Japanese site:
 *
 * - the catalog (the guide's content in both languages) goes into a chunk of
 *   its own, loaded by the pages that show it. Without this, Docusaurus puts
 *   any module used by half the pages into the "common" chunk, which every
 *   page loads, the home page included;
 * - in the Japanese build, the English half of every text is left out, and
 *   in the English build the Japanese half of the catalog's data except the
 *   names English pages show, and of the planner page's own words (see
 *   strip-other-language.cjs); on the server and in the browser alike, so
 *   the two renders agree.
 */
export default function splitCatalog(context: LoadContext): Plugin {
  const {currentLocale} = context.i18n;
  return {
    name: 'split-catalog',
    configureWebpack(_config, isServer) {
      const module = {
        rules:
          currentLocale === 'ja'
            ? [
                {
                  test: TEXT_MODULES,
                  enforce: 'pre' as const,
                  use: [{loader: STRIP, options: {language: 'en'}}],
                },
              ]
            : [
                {
                  test: CATALOG_DATA,
                  enforce: 'pre' as const,
                  use: [{loader: STRIP, options: {language: 'ja', keep: NAMES_SHOWN_IN_ENGLISH}}],
                },
                {
                  test: PLANNER_WORDS,
                  enforce: 'pre' as const,
                  use: [{loader: STRIP, options: {language: 'ja'}}],
                },
              ],
      };
      if (isServer) return {module};
      return {
        module,
        optimization: {
          splitChunks: {
            cacheGroups: {
              catalog: {
                // the partnership guide's catalog; the related guides' data stays with their pages,
                // and so do the guide's issuer and date and the site's notes on what came since
                // (small, and shown on pages that show nothing else of the catalog), the list of the
                // sources' slips, shown on the start page only, and the agreed values, which load with the
                // planner's checklist
                test: /[\\/]src[\\/]catalog[\\/](?!related[\\/]|sinceGuide|sourceSlips|data[\\/](?:sinceGuide\w*|guideSource|agreedValues)\.ts)/,
                name: 'catalog',
                chunks: 'async',
                priority: 45,
                enforce: true,
              },
            },
          },
        },
      };
    },
  };
}
