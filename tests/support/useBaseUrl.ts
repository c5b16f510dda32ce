import useDocusaurusContext from './useDocusaurusContext';

// Test stand-in for @docusaurus/useBaseUrl: the English build is served under /en/.
export default function useBaseUrl(path: string): string {
  const {i18n} = useDocusaurusContext();
  return i18n.currentLocale === 'en' ? `/en${path}` : path;
}
