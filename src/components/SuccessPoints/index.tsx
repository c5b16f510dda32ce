import type {ReactNode} from 'react';
import {successPoints} from '@site/src/catalog';
import {useLocale} from '@site/src/hooks/useLocale';
import styles from './styles.module.css';

/** Chapter 6 (1): the points that make a partnership succeed. */
export default function SuccessPoints(): ReactNode {
  const locale = useLocale();
  return (
    <div className={styles.points}>
      {successPoints.map((point, i) => (
        <section key={point.id} className={styles.point} aria-labelledby={`success-${point.id}`}>
          <p id={`success-${point.id}`} className={styles.title}>
            <span className={styles.marker} aria-hidden="true">
              {'①②③④⑤⑥'[i]}
            </span>
            {point.title[locale]}
          </p>
          <ul>
            {point.points.map((line, j) => (
              <li key={j}>{line[locale]}</li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
