import type {ReactNode} from 'react';
import {aspSaasLabels as labels, aspSaasSystemForm} from '@site/src/catalog/related/aspSaas';
import {useLocale} from '@site/src/hooks/useLocale';
import BulletList from '@site/src/components/BulletList';
import Term from '@site/src/components/Term';
import styles from './styles.module.css';

/** The slide "ASP・SaaSのシステム形態": its sentence, and the parts of its diagram as a table. */
export default function AspSaasSystemForm(): ReactNode {
  const locale = useLocale();
  const caption = labels.systemForm[locale];
  return (
    <div className={styles.form}>
      <p className={styles.summary}>{aspSaasSystemForm.summary[locale]}</p>
      <div className="table-scroll" tabIndex={0} role="group" aria-label={caption}>
        <table className={styles.table}>
          <caption className={styles.caption}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{labels.component[locale]}</th>
              <th scope="col">{labels.content[locale]}</th>
            </tr>
          </thead>
          <tbody>
            {aspSaasSystemForm.parts.map((part) => (
              <tr key={part.id}>
                <th scope="row">
                  <Term text={part.label} />
                </th>
                <td>
                  <BulletList items={part.items} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
