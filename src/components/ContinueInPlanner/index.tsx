import type {ReactNode} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {encodeIntent, type PlannerIntent} from '@site/src/planner/intentLink';
import {useLocale} from '@site/src/hooks/useLocale';
import styles from './styles.module.css';

const label = {ja: 'この選択でプランナーを続ける', en: 'Continue in the planner with this choice'};

/**
 * The "continue in the planner" action of a widget: a link to the planner
 * whose fragment carries the widget's choice. A plain link rather than the
 * router's: the fragment is an instruction to the planner, not a heading for
 * the broken-anchor check, and the planner reads it when it opens.
 */
export default function ContinueInPlanner({
  intent,
  children,
}: {
  intent: PlannerIntent;
  children?: ReactNode;
}): ReactNode {
  const locale = useLocale();
  const planner = useBaseUrl('/planner');
  return (
    // A page load, not the router's move: the planner reads the carried choice from the address as it starts.
    // eslint-disable-next-line @docusaurus/no-html-links
    <a className={`button button--primary ${styles.continue}`} href={`${planner}#${encodeIntent(intent)}`}>
      {children ?? label[locale]} →
    </a>
  );
}
