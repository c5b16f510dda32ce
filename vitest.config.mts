import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  // The site's tsconfig leaves JSX to Docusaurus; tests compile it with React's runtime.
  oxc: {jsx: {runtime: 'automatic'}},
  resolve: {
    alias: [
      {find: /^@site\/(.*)$/, replacement: here('./$1')},
      // Docusaurus client modules a component test needs, replaced by small
      // stand-ins that take the locale from the test (see tests/support).
      {find: '@docusaurus/useDocusaurusContext', replacement: here('./tests/support/useDocusaurusContext.ts')},
      {find: '@docusaurus/useBrokenLinks', replacement: here('./tests/support/useBrokenLinks.ts')},
      {find: '@docusaurus/Link', replacement: here('./tests/support/Link.tsx')},
      {find: '@docusaurus/useBaseUrl', replacement: here('./tests/support/useBaseUrl.ts')},
      {find: '@docusaurus/router', replacement: here('./tests/support/router.ts')},
    ],
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['./tests/support/setup.ts'],
    css: {modules: {classNameStrategy: 'non-scoped'}},
  },
});
