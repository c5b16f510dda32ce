import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {Locale, Text} from '@site/src/catalog/types';

/** The page's language, as one of the catalog's locales. */
export function useLocale(): Locale {
  const {
    i18n: {currentLocale},
  } = useDocusaurusContext();
  return currentLocale === 'en' ? 'en' : 'ja';
}

/** A function that picks the page's language from a catalog text. */
export function useText(): (text: Text) => string {
  const locale = useLocale();
  return (text) => text[locale];
}
