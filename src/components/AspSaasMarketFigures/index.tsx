import type {ReactNode} from 'react';
import {aspSaasLabels as labels, marketFigures, marketSourcePublisher} from '@site/src/catalog/related/aspSaas';
import type {MarketFigure} from '@site/src/catalog/related/aspSaas';
import {useLocale} from '@site/src/hooks/useLocale';
import Term from '@site/src/components/Term';
import styles from './styles.module.css';

function amount(figure: MarketFigure, locale: 'ja' | 'en'): string {
  if (locale === 'ja') return `${figure.approximate ? labels.approximately.ja : ''}${figure.value}${figure.unit.ja}`;
  return `${figure.approximate ? `${labels.approximately.en} ` : ''}${figure.value} ${figure.unit.en}`;
}

/** The market size of ASP・SaaS: every number with its year and its source. */
export default function AspSaasMarketFigures(): ReactNode {
  const locale = useLocale();
  const caption = labels.marketCaption[locale];
  return (
    <div className="table-scroll" tabIndex={0} role="group" aria-label={caption}>
      <table className={styles.table}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.market[locale]}</th>
            <th scope="col">{labels.year[locale]}</th>
            <th scope="col">{labels.size[locale]}</th>
            <th scope="col">{labels.kind[locale]}</th>
            <th scope="col">{labels.source[locale]}</th>
          </tr>
        </thead>
        <tbody>
          {marketFigures.map((figure) => (
            <tr key={figure.id}>
              <th scope="row">{figure.label[locale]}</th>
              <td className={styles.number}>{locale === 'ja' ? `${figure.year}年` : figure.year}</td>
              <td className={styles.number}>{amount(figure, locale)}</td>
              <td>{labels[figure.kind][locale]}</td>
              <td>
                <Term text={figure.source} />
                <span className={styles.publisher}>{marketSourcePublisher[locale]}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
