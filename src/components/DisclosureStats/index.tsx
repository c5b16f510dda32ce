import type {ReactNode} from 'react';
import {disclosureStats, landscapeLabels as labels} from '@site/src/catalog/related/guidelineLandscape';
import {useLocale} from '@site/src/hooks/useLocale';
import styles from './styles.module.css';

/** How many services and providers hold the information-disclosure certification, as ASPIC's documents report it. */
export default function DisclosureStats(): ReactNode {
  const locale = useLocale();
  return (
    <div className="table-scroll" tabIndex={0} role="group" aria-label={labels.statsCaption[locale]}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{labels.source[locale]}</th>
            <th scope="col">{labels.asOf[locale]}</th>
            <th scope="col">{labels.count[locale]}</th>
            <th scope="col">{labels.providers[locale]}</th>
          </tr>
        </thead>
        <tbody>
          {disclosureStats.map((stat) => (
            <tr key={stat.id}>
              <th scope="row">{stat.source[locale]}</th>
              <td>{stat.asOf ? stat.asOf[locale] : labels.notStated[locale]}</td>
              <td className={styles.number}>{stat.services}</td>
              <td className={styles.number}>{stat.providers}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
