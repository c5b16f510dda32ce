import type {ReactNode} from 'react';
import {securityLabels, securityLevelCriteria, securityLevelLabels} from '@site/src/catalog/related/security';
import type {SecurityLevelCriterion} from '@site/src/catalog/related/security';
import {useLocale} from '@site/src/hooks/useLocale';
import Term from '@site/src/components/Term';
import SecurityTable, {ColumnHead} from '@site/src/components/SecurityTable';
import styles from './styles.module.css';

function Criterion({criterion}: {criterion: SecurityLevelCriterion}): ReactNode {
  const locale = useLocale();
  return (
    <>
      <p className={styles.criterion}>{criterion.criterion[locale]}</p>
      {criterion.items && (
        <ul className={styles.items}>
          {criterion.items.map((item) => (
            <li key={item.id}>
              {item.term && (
                <strong className={styles.term}>
                  <Term text={item.term} />
                </strong>
              )}
              {item.text[locale]}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * How the report judges whether a service's requirement for confidentiality,
 * integrity and availability is high or low (3.2.3【1】①).
 */
export default function SecurityLevelCriteria(): ReactNode {
  const locale = useLocale();
  return (
    <SecurityTable caption={securityLabels.criteriaCaption}>
      <colgroup>
        <col className={styles.propertyCol} />
        <col className={styles.levelCol} />
        <col />
      </colgroup>
      <thead>
        <tr>
          <ColumnHead label={securityLabels.property} />
          <ColumnHead label={securityLabels.level} />
          <ColumnHead label={securityLabels.criterion} />
        </tr>
      </thead>
      {securityLevelCriteria.map((criteria) => (
        <tbody key={criteria.id}>
          {criteria.levels.map((level, i) => (
            <tr key={level.id}>
              {i === 0 && (
                <th scope="rowgroup" rowSpan={criteria.levels.length}>
                  <Term text={criteria.name} />
                  <span className={styles.letter}>({criteria.letter})</span>
                </th>
              )}
              <th scope="row">
                {securityLevelLabels[level.level][locale]}
                {level.wording && (
                  <span className={styles.wording}>
                    {locale === 'ja' ? `（${level.wording.ja}）` : `(${level.wording.en})`}
                  </span>
                )}
              </th>
              <td>
                <Criterion criterion={level} />
              </td>
            </tr>
          ))}
        </tbody>
      ))}
    </SecurityTable>
  );
}
