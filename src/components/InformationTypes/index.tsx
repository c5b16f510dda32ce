import type {ReactNode} from 'react';
import {
  customerLabels as labels,
  informationPurposes,
  informationTypes,
  informationTypesNote,
} from '@site/src/catalog/related/customers';
import type {InformationPurpose} from '@site/src/catalog/related/customers';
import {useLocale} from '@site/src/hooks/useLocale';
import Term from '@site/src/components/Term';
import styles from './styles.module.css';

const purposes: InformationPurpose[] = ['rights', 'compliance'];

/**
 * The key check points for protecting the customer's rights and ensuring the
 * customer's compliance, by the type of information recorded in the service.
 */
export default function InformationTypes(): ReactNode {
  const locale = useLocale();
  return (
    <>
      <div className="table-scroll" tabIndex={0} role="group" aria-label={labels.keyCheckPointsCaption[locale]}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{labels.purpose[locale]}</th>
              <th scope="col">{labels.informationType[locale]}</th>
              <th scope="col">{labels.keyCheckPoint[locale]}</th>
            </tr>
          </thead>
          {purposes.map((purpose) => {
            const rows = informationTypes.filter((t) => t.purpose === purpose);
            return (
              <tbody key={purpose}>
                {rows.map((type, i) => (
                  <tr key={type.id}>
                    {i === 0 && (
                      <th scope="rowgroup" rowSpan={rows.length} className={styles.purpose}>
                        {informationPurposes[purpose][locale]}
                      </th>
                    )}
                    <th scope="row">
                      <Term text={type.name} />
                    </th>
                    <td>{type.checkPoint[locale]}</td>
                  </tr>
                ))}
              </tbody>
            );
          })}
        </table>
      </div>
      <p className={styles.note}>
        {locale === 'ja' ? '※' : 'Note: '}
        {informationTypesNote[locale]}
      </p>
    </>
  );
}
