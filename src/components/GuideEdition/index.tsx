import type {ReactNode} from 'react';
import {guideSource} from '@site/src/catalog/data/guideSource';
import {useLocale} from '@site/src/hooks/useLocale';
import SinceGuideNote from '@site/src/components/SinceGuideNote';
import styles from './styles.module.css';

/**
 * Who issued the guide and when, as its cover gives them (総務省, 平成24年7月),
 * from the catalog (data/guideSource.ts, which is not in the catalog's chunk:
 * the start page loads nothing else of it). With `note`, the site's dated note that some of the
 * guidelines it names have since been revised follows, linking to the
 * "since the guide" page.
 */
export default function GuideEdition({note = false}: {note?: boolean}): ReactNode {
  const locale = useLocale();
  const sep = locale === 'ja' ? '：' : ':';
  return (
    <>
      <dl className={styles.edition} aria-label={guideSource.title[locale]}>
        <div>
          <dt>
            {guideSource.issuerLabel[locale]}
            {sep}
          </dt>
          <dd>{guideSource.issuer[locale]}</dd>
        </div>
        <div>
          <dt>
            {guideSource.issuedLabel[locale]}
            {sep}
          </dt>
          <dd>{guideSource.issued[locale]}</dd>
        </div>
      </dl>
      {note && <SinceGuideNote />}
    </>
  );
}
