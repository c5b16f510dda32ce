import type {ReactNode} from 'react';
import {securityComponentRoles, securityLabels} from '@site/src/catalog/related/security';
import {useLocale} from '@site/src/hooks/useLocale';
import SecurityTable, {ColumnHead, joinTexts} from '@site/src/components/SecurityTable';
import styles from './styles.module.css';

/**
 * Who typically takes care of each part of an ASP・SaaS service, as the
 * report's drawing of the typical components (図表29) labels them.
 */
export default function SecurityComponentRoles(): ReactNode {
  const locale = useLocale();
  return (
    <SecurityTable caption={securityLabels.rolesCaption}>
      <colgroup>
        <col className={styles.taskCol} />
        <col />
      </colgroup>
      <thead>
        <tr>
          <ColumnHead label={securityLabels.role} />
          <ColumnHead label={securityLabels.parties} />
        </tr>
      </thead>
      <tbody>
        {securityComponentRoles.map((role) => (
          <tr key={role.id}>
            <th scope="row" className={styles.task}>
              {role.task[locale]}
            </th>
            <td>{joinTexts(role.parties, locale)}</td>
          </tr>
        ))}
      </tbody>
    </SecurityTable>
  );
}
