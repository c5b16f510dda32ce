import type {ReactNode} from 'react';
import {securityLevelLabels, securityPatterns, securityPropertyNames} from '@site/src/catalog/related/securityPatterns';
import {
  securityServiceGroups,
  securityServiceLevelLabels as labels,
  securityServiceLevels,
} from '@site/src/catalog/related/securityReport';
import type {SecurityServiceLevel} from '@site/src/catalog/related/securityReport';
import {useLocale} from '@site/src/hooks/useLocale';
import SecurityTable, {ColumnHead, securityTableStyles} from '@site/src/components/SecurityTable';
import styles from './styles.module.css';

function PatternCell({row}: {row: SecurityServiceLevel}): ReactNode {
  const locale = useLocale();
  if (row.pattern === undefined)
    return <span className={securityTableStyles.note}>{labels.notInFigure24[locale]}</span>;
  if (row.pattern === 'unclassified') return <>{labels.unclassified[locale]}</>;
  const pattern = securityPatterns.find((p) => p.no === row.pattern);
  if (!pattern) return null;
  const sep = locale === 'ja' ? '：' : ': ';
  return (
    <>
      <span className={styles.patternNo}>
        {labels.pattern[locale]}
        {locale === 'ja' ? '' : ' '}
        {pattern.no}
      </span>
      <span className={styles.levels}>
        {securityPropertyNames.confidentiality[locale]}
        {sep}
        {securityLevelLabels[pattern.confidentiality][locale]}
        {locale === 'ja' ? '、' : ', '}
        {securityPropertyNames.availability[locale]}
        {sep}
        {securityLevelLabels[pattern.availability][locale]}
      </span>
    </>
  );
}

/**
 * The report's judgement of each typical service (図表23): its definition,
 * the reasons for its confidentiality and availability requirements, and the
 * pattern 図表24 gathers it into, by the table's categories.
 */
export default function SecurityServiceLevels(): ReactNode {
  const locale = useLocale();
  const reasonHead = (property: 'confidentiality' | 'availability') =>
    locale === 'ja'
      ? `${labels[property].ja}の${labels.reason.ja}`
      : `${labels.reason.en}: ${labels[property].en.toLowerCase()}`;
  return (
    <SecurityTable caption={labels.caption} className={styles.table}>
      <thead>
        <tr>
          <ColumnHead label={labels.type} className={styles.type} />
          <ColumnHead label={labels.definition} className={styles.definition} />
          <th scope="col" className={styles.reason}>
            {reasonHead('confidentiality')}
          </th>
          <th scope="col" className={styles.reason}>
            {reasonHead('availability')}
          </th>
          <ColumnHead label={labels.pattern} />
        </tr>
      </thead>
      {securityServiceGroups.map((group) => (
        <tbody key={group.key}>
          <tr className={styles.group}>
            <th scope="rowgroup" colSpan={5}>
              {group.major[locale]}
              {' ／ '}
              {group.minor[locale]}
            </th>
          </tr>
          {securityServiceLevels
            .filter((row) => row.group === group.key)
            .map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.type[locale]}</th>
                <td>
                  {row.definition ? row.definition[locale] : labels.none[locale]}
                  {row.definitionExample && <span className={styles.example}>{row.definitionExample[locale]}</span>}
                </td>
                <td>{row.confidentialityReason?.[locale]}</td>
                <td>
                  {row.availabilityReasons && row.availabilityReasons.length > 1 ? (
                    <ul className={securityTableStyles.list}>
                      {row.availabilityReasons.map((reason, i) => (
                        <li key={i}>{reason[locale]}</li>
                      ))}
                    </ul>
                  ) : (
                    row.availabilityReasons?.[0]?.[locale]
                  )}
                  {row.availabilityNote && <span className={styles.example}>{row.availabilityNote[locale]}</span>}
                </td>
                <td className={styles.pattern}>
                  <PatternCell row={row} />
                </td>
              </tr>
            ))}
        </tbody>
      ))}
    </SecurityTable>
  );
}
