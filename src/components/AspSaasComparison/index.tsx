import type {ReactNode} from 'react';
import {
  aspEra,
  aspSaasLabels as labels,
  aspToSaasChanges,
  aspToSaasSource,
  saasEra,
} from '@site/src/catalog/related/aspSaas';
import type {ComparisonCell, Era} from '@site/src/catalog/related/aspSaas';
import {useLocale} from '@site/src/hooks/useLocale';
import Term from '@site/src/components/Term';
import styles from './styles.module.css';

function EraHead({era}: {era: Era}): ReactNode {
  const locale = useLocale();
  return (
    <th scope="col">
      {era.label[locale]}
      <span className={styles.period}>{locale === 'ja' ? `（${era.period.ja}）` : ` (${era.period.en})`}</span>
    </th>
  );
}

function Cell({cell}: {cell: ComparisonCell}): ReactNode {
  const locale = useLocale();
  const texts = cell.text ?? [];
  return (
    <td>
      {cell.mark && <span className={cell.mark === 'yes' ? styles.yes : styles.no}>{labels[cell.mark][locale]}</span>}
      {texts.length > 0 && (
        <span className={styles.text}>
          {cell.mark
            ? locale === 'ja'
              ? `（${texts.map((t) => t.ja).join('、')}）`
              : ` (${texts.map((t) => t.en).join(', ')})`
            : texts.map((t) => t[locale]).join(locale === 'ja' ? '、' : ', ')}
        </span>
      )}
    </td>
  );
}

/** The slide comparing the time it was called only ASP with the time of ASP・SaaS. */
export default function AspSaasComparison(): ReactNode {
  const locale = useLocale();
  const caption = labels.comparison[locale];
  const s = aspToSaasSource;
  return (
    <figure className={styles.figure}>
      <div className="table-scroll" tabIndex={0} role="group" aria-label={caption}>
        <table className={styles.table}>
          <caption className={styles.caption}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{labels.aspect[locale]}</th>
              <EraHead era={aspEra} />
              <EraHead era={saasEra} />
            </tr>
          </thead>
          <tbody>
            {aspToSaasChanges.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <Term text={row.aspect} />
                </th>
                <Cell cell={row.asp} />
                <Cell cell={row.saas} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figcaption className={styles.source}>
        {locale === 'ja'
          ? `${labels.source.ja}：${s.title.ja} ${s.url} より${s.analysis.ja}`
          : `${labels.source.en}: ${s.analysis.en}, based on a ${s.title.en} (${s.url})`}
      </figcaption>
    </figure>
  );
}
