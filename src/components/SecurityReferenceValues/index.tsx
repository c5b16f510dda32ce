import type {ReactNode} from 'react';
import {
  securityLabels,
  securityReferenceValueExamples,
  securityReferenceValueMarks,
} from '@site/src/catalog/related/security';
import {useLocale} from '@site/src/hooks/useLocale';
import SecurityTable, {ColumnHead} from '@site/src/components/SecurityTable';
import styles from './styles.module.css';

/**
 * The report's example of reference values per pattern (図表38): a measure
 * item, its evaluation item, and the value each pattern should aim at, with
 * what the marks mean.
 */
export default function SecurityReferenceValues(): ReactNode {
  const locale = useLocale();
  const separator = locale === 'ja' ? '：' : ': ';
  return (
    <div className={styles.example}>
      {securityReferenceValueExamples.map((example) => (
        <div key={example.id}>
          <dl className={styles.definition}>
            <dt>{securityLabels.measureItem[locale]}</dt>
            <dd>{example.measure[locale]}</dd>
            <dt>{securityLabels.evaluationItem[locale]}</dt>
            <dd>{example.evaluationItem[locale]}</dd>
          </dl>
          <SecurityTable caption={securityLabels.referenceCaption} className={styles.table}>
            <thead>
              <tr>
                <ColumnHead label={securityLabels.pattern} />
                <ColumnHead label={securityLabels.referenceValue} />
              </tr>
            </thead>
            <tbody>
              {example.values.map((value) => (
                <tr key={value.pattern}>
                  <th scope="row" className={styles.pattern}>
                    {securityLabels.pattern[locale]}
                    {locale === 'ja' ? '' : ' '}
                    {value.pattern}
                  </th>
                  <td>
                    {value.value[locale]}
                    {value.required && <span className={styles.mark}>*</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </SecurityTable>
        </div>
      ))}
      <ul className={styles.marks}>
        {securityReferenceValueMarks.map((mark) => (
          <li key={mark.id}>
            <span className={styles.markKey}>{mark.mark}</span>
            {separator}
            {mark.meaning[locale]}
          </li>
        ))}
      </ul>
    </div>
  );
}
