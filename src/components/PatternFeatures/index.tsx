import type {ReactNode} from 'react';
import {getPattern, labels} from '@site/src/catalog';
import type {PatternId, Text} from '@site/src/catalog';
import {useLocale} from '@site/src/hooks/useLocale';
import styles from './styles.module.css';

/** 【パターンNの運用面の特徴】 and 【パターンNの機能面の特徴】 */
export default function PatternFeatures({id}: {id: PatternId}): ReactNode {
  const locale = useLocale();
  const pattern = getPattern(id);
  const heading = (label: Text) =>
    locale === 'ja' ? `【${pattern.shortName.ja}の${label.ja}】` : `${label.en} of ${pattern.shortName.en}`;
  return (
    <div className={styles.features}>
      <section>
        <p className={styles.heading}>{heading(labels.operationalFeatures)}</p>
        <ul>
          {pattern.operational.map((line, i) => (
            <li key={i}>{line[locale]}</li>
          ))}
        </ul>
      </section>
      <section>
        <p className={styles.heading}>{heading(labels.functionalFeatures)}</p>
        <ul>
          {pattern.functional.map((line, i) => (
            <li key={i}>{line[locale]}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
