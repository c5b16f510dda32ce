import type {ReactNode} from 'react';
import {
  securityLabels,
  securityLevelLabels,
  securityPatternCommonImplication,
  securityPatterns,
  securityProperties,
  securityRequirementHeadings,
  securityUnclassifiedServices,
} from '@site/src/catalog/related/security';
import {useLocale} from '@site/src/hooks/useLocale';
import BulletList from '@site/src/components/BulletList';
import Term from '@site/src/components/Term';
import SecurityTable, {ColumnHead, joinTexts} from '@site/src/components/SecurityTable';
import styles from './styles.module.css';

/**
 * The six patterns of ASP・SaaS services (the report's 図表22), each with its
 * confidentiality / integrity / availability levels, what it implies, and the
 * services the report places in it (図表24).
 */
export default function SecurityPatternTable(): ReactNode {
  const locale = useLocale();
  return (
    <>
      <SecurityTable caption={securityLabels.patternsCaption} className={styles.table}>
        <colgroup>
          <col className={styles.nameCol} />
          <col className={styles.levelCol} />
          <col className={styles.levelCol} />
          <col className={styles.levelCol} />
          <col className={styles.impliesCol} />
          <col className={styles.examplesCol} />
        </colgroup>
        <thead>
          <tr>
            <ColumnHead label={securityLabels.pattern} />
            {securityProperties.map((property) => (
              <ColumnHead key={property} label={securityRequirementHeadings[property]} />
            ))}
            <ColumnHead label={securityLabels.implies} />
            <ColumnHead label={securityLabels.patternServices} />
          </tr>
        </thead>
        <tbody>
          {securityPatterns.map((pattern) => (
            <tr key={pattern.id}>
              <th scope="row">
                <span className={styles.patternNo}>
                  {securityLabels.pattern[locale]}
                  {locale === 'ja' ? '' : ' '}
                  {pattern.no}
                </span>
                <Term text={pattern.name} />
              </th>
              {securityProperties.map((property) => (
                <td key={property} className={styles[pattern[property]]}>
                  {securityLevelLabels[pattern[property]][locale]}
                </td>
              ))}
              <td>
                <BulletList items={pattern.implies} />
              </td>
              <td>{pattern.examples ? joinTexts(pattern.examples, locale) : securityLabels.none[locale]}</td>
            </tr>
          ))}
        </tbody>
      </SecurityTable>
      <p className={styles.common}>{securityPatternCommonImplication[locale]}</p>
      <p className={styles.unclassified}>
        <strong>{securityLabels.unclassified[locale]}</strong>
        {locale === 'ja' ? '：' : ': '}
        {joinTexts(securityUnclassifiedServices, locale)}
      </p>
    </>
  );
}
