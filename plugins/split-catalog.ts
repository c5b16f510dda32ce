import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

/** Modules whose texts are `{ja, en}` pairs: the catalog, and the planner's and home page's own words. */
const TEXT_MODULES = /[\\/]src[\\/](catalog[\\/].*|planner[\\/]strings|components[\\/]Planner[\\/]text|pages[\\/]_home\.text)\.ts$/;

/**
 * Two things that keep the guide's content out of the pages that do not show
 * it, and its other language out of the Japanese site:
 *
 * - the catalog (the guide's content in both languages) goes into a chunk of
 *   its own, loaded by the pages that show it. Without this, Docusaurus puts
 *   any module used by half the pages into the "common" chunk, which every
 *   page loads, the home page included;
 * - in the Japanese build, the English half of every text is left out (see
 *   strip-other-language.cjs), on the server and in the browser alike, so the
 *   two renders agree.
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
                  use: [{loader: path.resolve(__dirname, 'strip-other-language.cjs'), options: {language: 'en'}}],
                },
              ]
            : [],
      };
      if (isServer) return {module};
      return {
        module,
        optimization: {
          splitChunks: {
            cacheGroups: {
              catalog: {
                // the partnership guide's catalog; the related guides' data stays with their pages
                test: /[\\/]src[\\/]catalog[\\/](?!related[\\/])/,
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
