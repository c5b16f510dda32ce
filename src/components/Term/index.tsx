import type {ReactNode} from 'react';
import type {Text} from '@site/src/catalog/types';
import {useLocale} from '@site/src/hooks/useLocale';
import styles from './styles.module.css';

/**
 * A name from the guide (an agreement, an item). In English the Japanese term
 * follows, because that is the word the reader will meet in a contract.
 */
export default function Term({text, strong = false}: {text: Text; strong?: boolean}): ReactNode {
  const locale = useLocale();
  const main = strong ? <strong>{text[locale]}</strong> : text[locale];
  if (locale === 'ja') return main;
  return (
    <>
      {main}
      <span className={styles.original} lang="ja">
        {text.ja}
      </span>
    </>
  );
}
