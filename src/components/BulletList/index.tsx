import type {ReactNode} from 'react';
import type {Text} from '@site/src/catalog/types';
import {useLocale} from '@site/src/hooks/useLocale';
import styles from './styles.module.css';

/** The guide's "・" bullets: a list, or plain text when there is only one. */
export default function BulletList({items}: {items: readonly Text[]}): ReactNode {
  const locale = useLocale();
  if (items.length === 0) return null;
  if (items.length === 1) return <p className={styles.single}>{items[0][locale]}</p>;
  return (
    <ul className={styles.list}>
      {items.map((item, i) => (
        <li key={i}>{item[locale]}</li>
      ))}
    </ul>
  );
}
