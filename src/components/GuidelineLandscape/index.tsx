import type {ReactNode} from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {
  audienceNames,
  landscapeGuidelines,
  landscapeLabels as labels,
  sectorNames,
} from '@site/src/catalog/related/guidelineLandscape';
import type {
  LandscapeAudience,
  LandscapeGuideline,
  LandscapeSector,
} from '@site/src/catalog/related/guidelineLandscape';
import {useLocale} from '@site/src/hooks/useLocale';
import FigureLink from '@site/src/components/FigureLink';
import Term from '@site/src/components/Term';
import {SinceGuideMark} from '@site/src/components/SinceGuideNote';
import styles from './styles.module.css';

const audiences: LandscapeAudience[] = ['providers', 'users', 'both'];

/** The anchor of a guideline's row on the guidelines page. */
export const guidelineAnchor = (id: string): string => `guideline-${id}`;

function DateCell({guideline}: {guideline: LandscapeGuideline}): ReactNode {
  const locale = useLocale();
  const {date, dateNote} = guideline;
  if (!dateNote) return date;
  return locale === 'ja' ? `${date}（${dateNote.ja}）` : `${date} (${dateNote.en})`;
}

/**
 * The guidelines of one sector, by audience (providers / users), with issuer
 * and date as ASPIC's overview gives them. Each row has the id
 * `guideline-<id>`, so that other pages can link to a guideline.
 */
export default function GuidelineLandscape({sector}: {sector: LandscapeSector}): ReactNode {
  const locale = useLocale();
  const {collectAnchor} = useBrokenLinks();
  const rows = landscapeGuidelines.filter((g) => g.sector === sector);
  rows.forEach((g) => collectAnchor(guidelineAnchor(g.id)));
  return (
    <div className="table-scroll" tabIndex={0} role="group" aria-label={sectorNames[sector][locale]}>
      <table className={styles.table}>
        <colgroup>
          <col className={styles.audienceCol} />
          <col />
          <col className={styles.issuerCol} />
          <col className={styles.dateCol} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{labels.audience[locale]}</th>
            <th scope="col">{labels.guideline[locale]}</th>
            <th scope="col">{labels.issuer[locale]}</th>
            <th scope="col">{labels.date[locale]}</th>
          </tr>
        </thead>
        {audiences.map((audience) => {
          const group = rows.filter((g) => g.audience === audience);
          if (group.length === 0) return null;
          return (
            <tbody key={audience}>
              {group.map((g, i) => (
                <tr key={g.id} id={guidelineAnchor(g.id)}>
                  {i === 0 && (
                    <th scope="rowgroup" rowSpan={group.length} className={styles.audience}>
                      {audienceNames[audience][locale]}
                    </th>
                  )}
                  <th scope="row" className={styles.name}>
                    <Term text={g.name} />
                    {g.inFigure25 && (
                      <span className={styles.figure}>
                        {labels.figure25[locale]}
                        <FigureLink n={25} />
                      </span>
                    )}
                    <SinceGuideMark id={g.id} />
                  </th>
                  <td>{g.issuer[locale]}</td>
                  <td className={styles.date}>
                    <DateCell guideline={g} />
                  </td>
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
