import type {ReactNode} from 'react';
import {
  securityBestPracticeExamples,
  securityLabels,
  securityMeasureClassLabels,
} from '@site/src/catalog/related/security';
import {useLocale} from '@site/src/hooks/useLocale';
import styles from './styles.module.css';

/**
 * One of the report's examples of a measure item with its best practices
 * (図表21: Ⅱ．３．１．１, 図表36: Ⅲ．２．３．１), laid out as the guideline
 * prints it.
 */
export default function SecurityBestPractice({id}: {id: string}): ReactNode {
  const locale = useLocale();
  const example = securityBestPracticeExamples.find((e) => e.id === id);
  if (!example) throw new Error(`No best practice example has id ${id}`);
  const measureClass = securityMeasureClassLabels[example.measureClass][locale];
  return (
    <section className={styles.example} aria-label={`${example.ref[locale]} ${securityLabels.bestPractice[locale]}`}>
      {example.path.map((line, i) => (
        <p key={i} className={styles.path}>
          {line[locale]}
        </p>
      ))}
      <p className={styles.ref}>
        {example.ref[locale]}
        {locale === 'ja' ? `【${measureClass}】` : ` [${measureClass}]`}
      </p>
      <p className={styles.measure}>{example.measure[locale]}</p>
      <p className={styles.ref}>
        {locale === 'ja' ? `【${securityLabels.bestPractice.ja}】` : securityLabels.bestPractice.en}
      </p>
      <ol className={styles.practices}>
        {example.practices.map((practice, i) => (
          <li key={i}>{practice[locale]}</li>
        ))}
      </ol>
    </section>
  );
}
