import type {ReactNode} from 'react';
import {disclosureCategories, landscapeLabels as labels} from '@site/src/catalog/related/guidelineLandscape';
import {useLocale} from '@site/src/hooks/useLocale';
import Term from '@site/src/components/Term';
import styles from './styles.module.css';

/** The service categories of the information-disclosure certification, with the number of certified services in each. */
export default function DisclosureCategories(): ReactNode {
  const locale = useLocale();
  return (
    <div className="table-scroll" tabIndex={0} role="group" aria-label={labels.categoriesCaption[locale]}>
      <table className={styles.table}>
        <colgroup>
          <col className={styles.nameCol} />
          <col className={styles.countCol} />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{labels.category[locale]}</th>
            <th scope="col">{labels.count[locale]}</th>
            <th scope="col">{labels.categoryDescription[locale]}</th>
          </tr>
        </thead>
        <tbody>
          {disclosureCategories.map((category) => (
            <tr key={category.id}>
              <th scope="row">
                <Term text={category.name} />
              </th>
              <td className={styles.count}>{category.count}</td>
              <td>{category.description[locale]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
