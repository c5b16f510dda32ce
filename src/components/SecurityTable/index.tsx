import type {ReactNode} from 'react';
import type {Text} from '@site/src/catalog/types';
import {useLocale} from '@site/src/hooks/useLocale';
import styles from './styles.module.css';

/**
 * The frame the security page's tables share: a focusable scroll box named
 * after the table, so that keyboard users can scroll a wide table, and the
 * table with its caption.
 */
export default function SecurityTable({
  caption,
  className,
  children,
}: {
  caption: Text;
  className?: string;
  children: ReactNode;
}): ReactNode {
  const locale = useLocale();
  return (
    <div className="table-scroll" tabIndex={0} role="group" aria-label={caption[locale]}>
      <table className={className ? `${styles.table} ${className}` : styles.table}>
        <caption className={styles.caption}>{caption[locale]}</caption>
        {children}
      </table>
    </div>
  );
}

/** A column heading from a label. */
export function ColumnHead({label, className}: {label: Text; className?: string}): ReactNode {
  const locale = useLocale();
  return (
    <th scope="col" className={className}>
      {label[locale]}
    </th>
  );
}

/** Texts run together as the guide's tables list them: 「、」 in Japanese, commas in English. */
export function joinTexts(items: readonly Text[], locale: 'ja' | 'en'): string {
  return items.map((item) => item[locale]).join(locale === 'ja' ? '、' : ', ');
}

export {styles as securityTableStyles};
