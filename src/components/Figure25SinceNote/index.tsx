import type {ReactNode} from 'react';
import {guidelines} from '@site/src/catalog';
import SinceGuideNote from '@site/src/components/SinceGuideNote';

/**
 * The site's dated note on what has become of 図表25's four guidelines, for
 * the place right after the figure (never inside it). It only hands
 * SinceGuideNote the guidelines' names: GuideFigure, on almost every page of
 * the guide, does not carry the notes' data to pages that show none.
 */
export default function Figure25SinceNote(): ReactNode {
  return <SinceGuideNote subjects={guidelines} />;
}
