import type {ReactNode} from 'react';
import {slipSourceNames, sourceSlipLabels as labels, sourceSlips} from '@site/src/catalog/sourceSlips';
import {useLocale} from '@site/src/hooks/useLocale';
import SecurityTable, {ColumnHead} from '@site/src/components/SecurityTable';
import styles from './styles.module.css';

/**
 * Every slip of the source documents the site corrects, with the wording the
 * source prints and the site's. The wordings are Japanese in both languages:
 * they are what a reader comparing the site with the original meets.
 */
export default function SourceSlips(): ReactNode {
  const locale = useLocale();
  return (
    <SecurityTable caption={labels.caption}>
      <thead>
        <tr>
          <ColumnHead label={labels.source} />
          <ColumnHead label={labels.where} />
          <ColumnHead label={labels.printed} />
          <ColumnHead label={labels.corrected} />
        </tr>
      </thead>
      <tbody>
        {sourceSlips.map((slip) => (
          <tr key={slip.id}>
            <td>{slipSourceNames[slip.source][locale]}</td>
            <td>{slip.where[locale]}</td>
            <td lang="ja" className={styles.wording}>
              {slip.printed}
            </td>
            <td lang="ja" className={styles.wording}>
              {slip.corrected}
            </td>
          </tr>
        ))}
      </tbody>
    </SecurityTable>
  );
}
