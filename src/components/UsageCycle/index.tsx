import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {customerLabels as labels, expectationGaps, usageCycle} from '@site/src/catalog/related/customers';
import {useLocale} from '@site/src/hooks/useLocale';
import Term from '@site/src/components/Term';
import {gapAnchor} from '@site/src/components/ExpectationGaps';
import styles from './styles.module.css';

/** The anchor of a stage of the usage cycle. */
export const stageAnchor = (id: string): string => `stage-${id}`;

/**
 * The usage cycle of a cloud service — preparation, comparison and selection,
 * application, service level management, continued use or ending — with what
 * the customer does at each stage and the check points (rendered by
 * ExpectationGaps on the same page) to keep in view.
 */
export default function UsageCycle(): ReactNode {
  const locale = useLocale();
  const {collectAnchor} = useBrokenLinks();
  usageCycle.forEach((s) => collectAnchor(stageAnchor(s.id)));
  return (
    <ol className={styles.cycle} aria-label={labels.usageCycle[locale]}>
      {usageCycle.map((stage) => {
        const gaps = stage.gaps.map((id) => expectationGaps.find((g) => g.id === id)!);
        return (
          <li key={stage.id} id={stageAnchor(stage.id)} className={styles.stage}>
            <p className={styles.name}>
              <span className={styles.no} aria-hidden="true">
                {stage.no}
              </span>
              <Term text={stage.name} strong />
            </p>
            <p className={styles.label}>{labels.actions[locale]}</p>
            <ul className={styles.actions}>
              {stage.actions.map((action, i) => (
                <li key={i}>{action[locale]}</li>
              ))}
            </ul>
            {gaps.length > 0 && (
              <p className={styles.gaps}>
                {labels.relatedGaps[locale]}
                {locale === 'ja' ? '：' : ': '}
                {gaps.map((gap) => (
                  <Link
                    key={gap.id}
                    to={`#${gapAnchor(gap.id)}`}
                    className={styles.gap}
                    title={gap.gap[locale]}
                    aria-label={`${gap.no}. ${gap.gap[locale]}`}
                  >
                    {gap.no}
                  </Link>
                ))}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
