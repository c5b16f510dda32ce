import type {ReactNode} from 'react';
import {
  securityStandardFields,
  securityStandardKindLabels,
  securityStandardsLabels as labels,
  securityStandardsNote,
} from '@site/src/catalog/related/securityReport';
import {useLocale} from '@site/src/hooks/useLocale';
import SecurityTable, {ColumnHead, securityTableStyles} from '@site/src/components/SecurityTable';
import styles from './styles.module.css';

/** 図表16 of the report: the existing laws, standards and guidelines by field, each with its kind. */
export default function SecurityStandards(): ReactNode {
  const locale = useLocale();
  return (
    <>
      <SecurityTable caption={labels.caption}>
        <thead>
          <tr>
            <ColumnHead label={labels.field} />
            <ColumnHead label={labels.standards} />
            <ColumnHead label={labels.kind} />
          </tr>
        </thead>
        {securityStandardFields.map((field) => (
          <tbody key={field.id} className={styles.field}>
            {field.standards.map((standard, i) => (
              <tr key={standard.id}>
                {i === 0 && (
                  <th scope="rowgroup" rowSpan={field.standards.length}>
                    {field.no !== undefined && `${field.no}${locale === 'ja' ? '．' : '. '}`}
                    {field.name[locale]}
                  </th>
                )}
                <td>{standard.name[locale]}</td>
                <td className={styles.kind}>{securityStandardKindLabels[standard.kind][locale]}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </SecurityTable>
      <p className={securityTableStyles.note}>{securityStandardsNote[locale]}</p>
    </>
  );
}
