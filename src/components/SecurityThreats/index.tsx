import type {ReactNode} from 'react';
import {
  securityLabels,
  securityServiceDataThreatNote,
  securityServiceDataThreats,
  securityThreatTypes,
} from '@site/src/catalog/related/security';
import type {SecurityThreatRow} from '@site/src/catalog/related/security';
import {useLocale} from '@site/src/hooks/useLocale';
import SecurityTable, {ColumnHead, joinTexts} from '@site/src/components/SecurityTable';
import styles from './styles.module.css';

/** Rows grouped by origin, the origin heading spanning its rows. */
function ThreatRows({rows}: {rows: readonly SecurityThreatRow[]}): ReactNode {
  const locale = useLocale();
  return (
    <tbody>
      {rows.map((row, i) => {
        const first = i === 0 || rows[i - 1].origin !== row.origin;
        const span = rows.filter((r) => r.origin === row.origin).length;
        return (
          <tr key={row.id}>
            {first && (
              <th scope="rowgroup" rowSpan={span} className={styles.origin}>
                {row.origin[locale]}
              </th>
            )}
            <th scope="row">{row.category[locale]}</th>
            <td>{row.details.length > 0 ? joinTexts(row.details, locale) : securityLabels.none[locale]}</td>
          </tr>
        );
      })}
    </tbody>
  );
}

/**
 * The threats of the report: `types` is the list of threat types it took from
 * MICTS (図表33); `serviceData` the threats it found for the information asset
 * "service data (user information)" (図表34), with the note under it.
 */
export default function SecurityThreats({table}: {table: 'types' | 'serviceData'}): ReactNode {
  const locale = useLocale();
  if (table === 'types') {
    return (
      <>
        <SecurityTable caption={securityLabels.threatTypesCaption}>
          <colgroup>
            <col className={styles.originCol} />
            <col className={styles.categoryCol} />
            <col />
          </colgroup>
          <thead>
            <tr>
              <ColumnHead label={securityLabels.threatOrigin} />
              <ColumnHead label={securityLabels.threatCategory} />
              <ColumnHead label={securityLabels.threatDetails} />
            </tr>
          </thead>
          <ThreatRows rows={securityThreatTypes} />
        </SecurityTable>
        <p className={styles.note}>{securityLabels.micts[locale]}</p>
      </>
    );
  }
  return (
    <>
      <SecurityTable caption={securityLabels.serviceDataThreatsCaption}>
        <colgroup>
          <col className={styles.originCol} />
          <col className={styles.categoryCol} />
          <col />
        </colgroup>
        <thead>
          <tr>
            <ColumnHead label={securityLabels.threatKind} />
            <ColumnHead label={securityLabels.threatKindCategory} />
            <ColumnHead label={securityLabels.threatDetails} />
          </tr>
        </thead>
        <ThreatRows rows={securityServiceDataThreats} />
      </SecurityTable>
      <p className={styles.note}>{securityServiceDataThreatNote[locale]}</p>
    </>
  );
}
