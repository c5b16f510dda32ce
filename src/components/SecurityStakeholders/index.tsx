import type {ReactNode} from 'react';
import {securityLabels, securityStakeholders} from '@site/src/catalog/related/security';
import {useLocale} from '@site/src/hooks/useLocale';
import BulletList from '@site/src/components/BulletList';
import Term from '@site/src/components/Term';
import SecurityTable, {ColumnHead} from '@site/src/components/SecurityTable';
import styles from './styles.module.css';

/** The stakeholders of information security management for ASP・SaaS (図表20). */
export default function SecurityStakeholders(): ReactNode {
  const locale = useLocale();
  const none = securityLabels.none[locale];
  return (
    <SecurityTable caption={securityLabels.stakeholdersCaption}>
      <thead>
        <tr>
          <ColumnHead label={securityLabels.stakeholder} />
          <ColumnHead label={securityLabels.organisation} />
          <ColumnHead label={securityLabels.members} />
        </tr>
      </thead>
      {securityStakeholders.map((stakeholder) => (
        <tbody key={stakeholder.id}>
          {stakeholder.groups.map((group, i) => (
            <tr key={i}>
              {i === 0 && (
                <th scope="rowgroup" rowSpan={stakeholder.groups.length} className={styles.name}>
                  <Term text={stakeholder.name} />
                </th>
              )}
              <td>{group.organisation ? group.organisation[locale] : none}</td>
              <td>{group.members.length > 0 ? <BulletList items={group.members} /> : none}</td>
            </tr>
          ))}
        </tbody>
      ))}
    </SecurityTable>
  );
}
