import type {ReactNode} from 'react';
import {securityComponentGroups, securityLabels} from '@site/src/catalog/related/security';
import type {SecurityComponentGroup} from '@site/src/catalog/related/security';
import {useLocale} from '@site/src/hooks/useLocale';
import SecurityTable, {ColumnHead} from '@site/src/components/SecurityTable';
import styles from './styles.module.css';

function Part({group}: {group: SecurityComponentGroup}): ReactNode {
  const locale = useLocale();
  if (!group.part) return null;
  return <strong className={styles.part}>{locale === 'ja' ? `【${group.part.ja}】` : group.part.en}</strong>;
}

/**
 * The typical components of an ASP・SaaS service (図表30) and the information
 * assets found in them (図表31): each component, plus the information that
 * passes through it, which the table emphasises.
 */
export default function SecurityComponentAssets(): ReactNode {
  const locale = useLocale();
  const and = locale === 'ja' ? '＆' : ' & ';
  const rows = securityComponentGroups;
  return (
    <>
      <SecurityTable caption={securityLabels.assetsCaption}>
        <colgroup>
          <col className={styles.categoryCol} />
          <col />
          <col />
        </colgroup>
        <thead>
          <tr>
            <ColumnHead label={securityLabels.category} />
            <ColumnHead label={securityLabels.components} />
            <ColumnHead label={securityLabels.assets} />
          </tr>
        </thead>
        <tbody>
          {rows.map((group, i) => {
            const first = i === 0 || rows[i - 1].no !== group.no;
            const span = rows.filter((g) => g.no === group.no).length;
            return (
              <tr key={group.id}>
                {first && (
                  <th scope="rowgroup" rowSpan={span}>
                    {group.no}. {group.category[locale]}
                  </th>
                )}
                <td>
                  <Part group={group} />
                  <ul className={styles.list}>
                    {group.components.map((component, j) => (
                      <li key={j}>{component.name[locale]}</li>
                    ))}
                  </ul>
                  {group.examples && (
                    <p className={styles.examples}>
                      {securityLabels.example[locale]}
                      {locale === 'ja' ? '：' : ' '}
                      {group.examples[locale]}
                    </p>
                  )}
                </td>
                <td>
                  <Part group={group} />
                  <ul className={styles.list}>
                    {group.components.map((component, j) => (
                      <li key={j}>
                        {component.name[locale]}
                        {component.information && (
                          <>
                            {and}
                            <em className={styles.added}>{component.information[locale]}</em>
                          </>
                        )}
                      </li>
                    ))}
                    {group.information?.map((information, j) => (
                      <li key={`information-${j}`}>
                        <em className={styles.added}>{information[locale]}</em>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            );
          })}
        </tbody>
      </SecurityTable>
      <p className={styles.note}>{securityLabels.addedInformation[locale]}</p>
    </>
  );
}
