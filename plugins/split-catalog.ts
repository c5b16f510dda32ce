import type {Plugin} from '@docusaurus/types';

/**
 * Keeps the catalog (the guide's content in both languages) in a chunk of its
 * own, loaded by the pages that show it. Without this, Docusaurus puts any
 * module used by half the pages into the "common" chunk, which every page
 * loads, the home page included.
 */
export default function splitCatalog(): Plugin {
  return {
    name: 'split-catalog',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {
        optimization: {
          splitChunks: {
            cacheGroups: {
              catalog: {
                test: /[\\/]src[\\/]catalog[\\/]/,
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
