import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

/**
 * The classic theme loads Prism on every page through a client module whose
 * only work is to register `prism.additionalLanguages`. The site registers
 * none and shows no code, so that module is left empty in the browser; the
 * highlighter itself comes with the code block, which loads it only when a
 * page shows code (src/theme/CodeBlock).
 */
export default function leanClient(context: LoadContext): Plugin {
  const prism = (context.siteConfig.themeConfig as {prism?: {additionalLanguages?: string[]}}).prism;
  const languages = prism?.additionalLanguages ?? [];
  return {
    name: 'lean-client',
    configureWebpack(_config, isServer) {
      if (isServer || languages.length > 0) return {};
      return {
        module: {
          rules: [
            {
              test: /[\\/]@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages\.js$/,
              use: [{loader: path.resolve(__dirname, 'empty-module.cjs')}],
            },
          ],
        },
      };
    },
  };
}
