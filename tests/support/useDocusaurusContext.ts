// Test stand-in for @docusaurus/useDocusaurusContext: the locale comes from
// setTestLocale(), so one component test can render both languages.
let locale: 'ja' | 'en' = 'ja';

export function setTestLocale(next: 'ja' | 'en'): void {
  locale = next;
}

export default function useDocusaurusContext() {
  return {
    i18n: {currentLocale: locale, defaultLocale: 'ja', locales: ['ja', 'en']},
    siteConfig: {baseUrl: '/'},
  };
}
