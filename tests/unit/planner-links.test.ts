import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {figures, sectors} from '@site/src/catalog';
import type {FigureNo} from '@site/src/catalog';
import {sectorAnchors} from '@site/src/catalog/related/guidelineLandscape';
import {figurePages} from '@site/src/components/FigureLink';
import {sectorGuidelineAnchors} from '@site/src/components/Planner/StepContext';

/** The planner's links into the guide land where the figure or the sector's guidelines are. */
describe('planner links', () => {
  it('sends every figure reference to the page that shows that figure', () => {
    for (const figure of figures) {
      const page = figurePages[figure.no as FigureNo];
      const file = new URL(
        `../../docs${page.replace(/^\/guide/, '')}${page.endsWith('chapter-3') ? '/index' : ''}.mdx`,
        import.meta.url,
      );
      expect(readFileSync(file, 'utf8'), `図表${figure.no} on ${page}`).toMatch(
        new RegExp(`<GuideFigure n=\\{${figure.no}\\}`),
      );
    }
  });

  it('sends each sector to its section of the related-guidelines page', () => {
    const landscapeOf = {general: 'common', medical: 'medical', school: 'education', localGov: 'localGov'} as const;
    for (const sector of sectors) {
      expect(sectorGuidelineAnchors[sector.id]).toBe(sectorAnchors[landscapeOf[sector.id]]);
    }
  });
});
