import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {
  certificationImportance,
  certificationImportanceConclusion,
  guidelineOutcomes,
} from '@site/src/catalog/related/guidelineLandscape';
import {useLocale} from '@site/src/hooks/useLocale';
import {guidelineAnchor} from '@site/src/components/GuidelineLandscape';
import styles from './styles.module.css';

/**
 * A numbered list from the related-guidelines data: what the guideline work
 * achieved (`outcomes`), or why the information-disclosure certification
 * matters more and more (`certification`).
 */
export default function RelatedPoints({name}: {name: 'outcomes' | 'certification'}): ReactNode {
  const locale = useLocale();
  if (name === 'certification') {
    return (
      <>
        <ol className={styles.points}>
          {certificationImportance.map((point, i) => (
            <li key={i}>{point[locale]}</li>
          ))}
        </ol>
        <p className={styles.conclusion}>
          <span aria-hidden="true">⇒ </span>
          {certificationImportanceConclusion[locale]}
        </p>
      </>
    );
  }
  return (
    <ol className={styles.points}>
      {guidelineOutcomes.map((outcome) => (
        <li key={outcome.id}>
          {outcome.text[locale]}
          {outcome.example && (
            <span className={styles.example}>
              {locale === 'ja' ? '（＊' : '(* '}
              <Link to={`#${guidelineAnchor(outcome.example.guideline)}`}>{outcome.example.text[locale]}</Link>
              {locale === 'ja' ? '）' : ')'}
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}
