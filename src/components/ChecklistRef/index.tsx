import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {ChecklistGroup} from '@site/src/planner/checklist';
import {referenceLabel, relatedDocPages} from '@site/src/planner/strings';
import {useLocale} from '@site/src/hooks/useLocale';
import FigureLink from '@site/src/components/FigureLink';
import styles from './styles.module.css';

/** A checklist row's or line's reference: its figure in the guide, or the related guide it comes from. */
export default function ChecklistRef({figure, related}: Pick<ChecklistGroup, 'figure' | 'related'>): ReactNode {
  const locale = useLocale();
  if (figure !== null) return <FigureLink n={figure} />;
  if (!related) return null;
  return (
    <Link className={styles.ref} to={relatedDocPages[related]}>
      {referenceLabel({figure, related}, locale)}
    </Link>
  );
}
