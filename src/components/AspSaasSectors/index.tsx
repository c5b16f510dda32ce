import type {ReactNode} from 'react';
import {aspSaasLabels as labels, aspSaasSectors, sectorHub, sectorsSource} from '@site/src/catalog/related/aspSaas';
import {useLocale} from '@site/src/hooks/useLocale';
import BulletList from '@site/src/components/BulletList';
import Term from '@site/src/components/Term';
import styles from './styles.module.css';

/** The slide of concrete markets: the fields ASP・SaaS is put to, with examples. */
export default function AspSaasSectors(): ReactNode {
  const locale = useLocale();
  const caption = labels.sectors[locale];
  const colon = locale === 'ja' ? '：' : ': ';
  const features = sectorHub.features.map((f) => f[locale]).join(locale === 'ja' ? '、' : ', ');
  return (
    <figure className={styles.figure}>
      <div className="table-scroll" tabIndex={0} role="group" aria-label={caption}>
        <table className={styles.table}>
          <caption className={styles.caption}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{labels.sector[locale]}</th>
              <th scope="col">{labels.examples[locale]}</th>
            </tr>
          </thead>
          <tbody>
            {aspSaasSectors.map((sector) => (
              <tr key={sector.id}>
                <th scope="row">
                  <Term text={sector.name} />
                </th>
                <td>
                  {sector.examples.length > 0 ? (
                    <BulletList items={sector.examples} />
                  ) : (
                    <span className={styles.none}>{labels.noExamples[locale]}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className={styles.hub}>
        <strong>
          {labels.hub[locale]}
          {colon}
        </strong>
        {sectorHub.name[locale]}
        {locale === 'ja' ? `（${features}）` : ` (${features})`}
      </p>
      <figcaption className={styles.source}>
        {labels.source[locale]}
        {colon}
        <Term text={sectorsSource} />
      </figcaption>
    </figure>
  );
}
