import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {figureRef, type FigureNo} from '@site/src/catalog';
import {useLocale} from '@site/src/hooks/useLocale';
import styles from './styles.module.css';

/**
 * The guide page each figure is shown on. Checked against the pages by a unit
 * test, so a figure that moves breaks the build of the tests, not the links.
 */
export const figurePages: Record<FigureNo, string> = {
  1: '/guide/chapter-1',
  2: '/guide/chapter-1',
  3: '/guide/chapter-1',
  4: '/guide/chapter-2',
  5: '/guide/chapter-2',
  6: '/guide/chapter-2',
  7: '/guide/chapter-3',
  8: '/guide/chapter-3',
  9: '/guide/chapter-3/operational',
  10: '/guide/chapter-3/operational',
  11: '/guide/chapter-3/operational',
  12: '/guide/chapter-3/operational',
  13: '/guide/chapter-3/operational',
  14: '/guide/chapter-3/operational',
  15: '/guide/chapter-3/operational',
  16: '/guide/chapter-3/operational',
  17: '/guide/chapter-3/operational',
  18: '/guide/chapter-3/technical',
  19: '/guide/chapter-3/technical',
  20: '/guide/chapter-3/technical',
  21: '/guide/chapter-3/technical',
  22: '/guide/chapter-3/technical',
  23: '/guide/chapter-3/technical',
  24: '/guide/chapter-3/technical',
  25: '/guide/chapter-3/guidelines',
  26: '/guide/chapter-4',
  27: '/guide/chapter-4',
  28: '/guide/chapter-4',
  29: '/guide/chapter-4',
  30: '/guide/chapter-4',
  31: '/guide/chapter-5',
};

/**
 * "図表10" linking to the figure in the guide. On the figure's own page the
 * link is a bare anchor: a link to another page is prefetched when it comes
 * into view, and the router takes each anchor of a page for a page of its
 * own, so a chapter that names its figures would fetch its own scripts over
 * and over.
 */
export default function FigureLink({n}: {n: FigureNo}): ReactNode {
  const locale = useLocale();
  const {pathname} = useLocation();
  const page = useBaseUrl(figurePages[n]);
  const samePage = pathname.replace(/\/$/, '') === page;
  return (
    <Link className={styles.ref} to={samePage ? `#figure-${n}` : `${figurePages[n]}#figure-${n}`}>
      {figureRef(n, locale)}
    </Link>
  );
}
