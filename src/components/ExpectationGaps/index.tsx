import type {ReactNode} from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {labels as guideLabels} from '@site/src/catalog';
import {customerLabels as labels, expectationGaps} from '@site/src/catalog/related/customers';
import {useLocale} from '@site/src/hooks/useLocale';
import styles from './styles.module.css';

/** The anchor of an expectation gap's row. */
export const gapAnchor = (id: string): string => `gap-${id}`;

/**
 * The seven points where the customer's and the provider's expectations
 * diverge, each with what the customer checks before choosing the service.
 */
export default function ExpectationGaps(): ReactNode {
  const locale = useLocale();
  const {collectAnchor} = useBrokenLinks();
  expectationGaps.forEach((g) => collectAnchor(gapAnchor(g.id)));
  return (
    <div className="table-scroll" tabIndex={0} role="group" aria-label={labels.gapsCaption[locale]}>
      <table className={styles.table}>
        <colgroup>
          <col className={styles.noCol} />
          <col className={styles.gapCol} />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{guideLabels.no[locale]}</th>
            <th scope="col">{labels.checkPoint[locale]}</th>
            <th scope="col">{labels.check[locale]}</th>
          </tr>
        </thead>
        <tbody>
          {expectationGaps.map((gap) => (
            <tr key={gap.id} id={gapAnchor(gap.id)}>
              <td className={styles.no}>{gap.no}</td>
              <th scope="row">
                {gap.gap[locale]}
                {gap.consequence && (
                  <span className={styles.consequence}>
                    <span aria-hidden="true">⇒ </span>
                    {gap.consequence[locale]}
                  </span>
                )}
              </th>
              <td>{gap.check[locale]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
