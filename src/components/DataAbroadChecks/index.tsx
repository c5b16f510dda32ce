import type {ReactNode} from 'react';
import {customerLabels as labels, dataAbroadChecks} from '@site/src/catalog/related/customers';
import {useLocale} from '@site/src/hooks/useLocale';
import styles from './styles.module.css';

const circled = '①②③④⑤⑥⑦⑧⑨⑩';

/** What to check when data is kept abroad: the points ①–⑤ with their notes. */
export default function DataAbroadChecks(): ReactNode {
  const locale = useLocale();
  return (
    <ol className={styles.points} aria-label={labels.dataAbroadCaption[locale]}>
      {dataAbroadChecks.map((check) => (
        <li key={check.id} className={styles.point}>
          <p className={styles.topic}>
            <span className={styles.marker} aria-hidden="true">
              {circled[check.no - 1]}
            </span>
            {check.topic[locale]}
          </p>
          <p className={styles.text}>{check.point[locale]}</p>
          {check.notes.length > 0 && (
            <ul className={styles.notes}>
              {check.notes.map((note, i) => (
                <li key={i}>
                  <span className={styles.noteMark}>{locale === 'ja' ? '※' : 'Note: '}</span>
                  {note[locale]}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
