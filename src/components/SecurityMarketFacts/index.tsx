import type {ReactNode} from 'react';
import {securityLabels, securityMarketFacts} from '@site/src/catalog/related/security';
import {useLocale} from '@site/src/hooks/useLocale';
import SecurityTable, {ColumnHead} from '@site/src/components/SecurityTable';
import styles from './styles.module.css';

/** The figures chapter 1 of the report quotes, each with its time and source. */
export default function SecurityMarketFacts(): ReactNode {
  const locale = useLocale();
  return (
    <SecurityTable caption={securityLabels.marketCaption}>
      <colgroup>
        <col className={styles.topicCol} />
        <col />
        <col className={styles.periodCol} />
        <col className={styles.sourceCol} />
      </colgroup>
      <thead>
        <tr>
          <ColumnHead label={securityLabels.topic} />
          <ColumnHead label={securityLabels.value} />
          <ColumnHead label={securityLabels.period} />
          <ColumnHead label={securityLabels.source} />
        </tr>
      </thead>
      <tbody>
        {securityMarketFacts.map((fact) => (
          <tr key={fact.id}>
            <th scope="row" className={styles.topic}>
              {fact.topic[locale]}
            </th>
            <td>
              <span className={styles.value}>{fact.value[locale]}</span>
              {fact.note && <span className={styles.note}>{fact.note[locale]}</span>}
            </td>
            <td>{fact.period ? fact.period[locale] : securityLabels.none[locale]}</td>
            <td className={styles.source}>{fact.source[locale]}</td>
          </tr>
        ))}
      </tbody>
    </SecurityTable>
  );
}
