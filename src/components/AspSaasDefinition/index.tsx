import type {ReactNode} from 'react';
import {aspSaasDefinition, aspSaasLabels as labels} from '@site/src/catalog/related/aspSaas';
import {useLocale} from '@site/src/hooks/useLocale';
import Term from '@site/src/components/Term';
import styles from './styles.module.css';

/** The definition of ASP・SaaS the slides quote, with its note and its source. */
export default function AspSaasDefinition(): ReactNode {
  const locale = useLocale();
  const colon = locale === 'ja' ? '：' : ': ';
  const d = aspSaasDefinition;
  return (
    <figure className={styles.definition}>
      <blockquote className={styles.quote}>
        <p>
          <strong>
            {labels.definition[locale]}
            {colon}
          </strong>
          {d.text[locale]}
        </p>
        <p className={styles.note}>
          <strong>
            {labels.note[locale]}
            {colon}
          </strong>
          {d.note[locale]}
          {locale === 'ja' ? `（${d.aside.ja}）` : ` (${d.aside.en})`}
        </p>
      </blockquote>
      <figcaption className={styles.source}>
        {labels.source[locale]}
        {colon}
        <Term text={d.source} />
      </figcaption>
    </figure>
  );
}
