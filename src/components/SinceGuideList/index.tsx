import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {guidelines, type Text} from '@site/src/catalog';
import {
  figure25Subjects,
  formatSinceDate,
  personalInformationAct,
  sinceGuideAnchor,
  sinceGuideLabels as labels,
  type SinceGuideStep,
} from '@site/src/catalog/sinceGuide';
import {checkedOn, sinceGuideEntry, sinceGuideKindNames as kindNames} from '@site/src/catalog/sinceGuideEntries';
import {landscapeGuidelines, type LandscapeSector} from '@site/src/catalog/related/guidelineLandscape';
import {useLocale} from '@site/src/hooks/useLocale';
import FigureLink from '@site/src/components/FigureLink';
import Term from '@site/src/components/Term';
import {guidelineAnchor} from '@site/src/components/GuidelineLandscape';
import styles from './styles.module.css';

/** One subject of the list: what the guide (or the related guides) call it, and where it comes from. */
interface Subject {
  id: string;
  name: Text;
  issuer: Text;
  /** as the guide or the related guides give it ('' for an act) */
  date: string;
  dateNote?: Text;
  /** where the guide or the site names it */
  where: ReactNode;
}

function Step({step}: {step: SinceGuideStep}): ReactNode {
  const locale = useLocale();
  const sep = locale === 'ja' ? '、' : ', ';
  return (
    <li className={styles.step}>
      <p className={styles.stepHead}>
        <span className={styles.kind}>{kindNames[step.kind][locale]}</span>{' '}
        <time dateTime={step.date}>{formatSinceDate(step.date, locale)}</time>
        {locale === 'ja' ? '　' : ' · '}
        {/* an act is not issued by the commission that has it in charge */}
        {step.kind === 'amended' && labels.authority[locale]}
        {step.issuer[locale]}
      </p>
      <p className={styles.title}>
        <Term text={step.title} />
      </p>
      <p className={styles.what}>{step.what[locale]}</p>
      <p className={styles.sources}>
        {labels.sources[locale]}
        {locale === 'ja' ? '：' : ': '}
        {step.sources.map((source, i) => (
          <span key={source.url}>
            {i > 0 && sep}
            {/* the issuer's own page, on another site */}
            {/* eslint-disable-next-line @docusaurus/no-html-links */}
            <a href={source.url}>{source.caption[locale]}</a>
          </span>
        ))}
        {locale === 'ja' ? '（' : ' ('}
        {labels.checkedOn[locale]}
        {locale === 'ja' ? '：' : ': '}
        <time dateTime={step.checked}>{formatSinceDate(step.checked, locale)}</time>
        {locale === 'ja' ? '）' : ')'}
      </p>
    </li>
  );
}

/** 2010.12 and （改定） → 2010.12（改定）; 2009.7 and 2010.12改定 → 2009.7（2010.12改定）. */
function withNote(date: string, note: string, locale: 'ja' | 'en'): string {
  if (/^[（(]/.test(note)) return locale === 'ja' ? `${date}${note}` : `${date} ${note}`;
  return locale === 'ja' ? `${date}（${note}）` : `${date} (${note})`;
}

function Entry({subject, level}: {subject: Subject; level: 3 | 4}): ReactNode {
  const Heading = level === 3 ? 'h3' : 'h4';
  const locale = useLocale();
  const entry = sinceGuideEntry(subject.id);
  const anchor = sinceGuideAnchor(subject.id);
  useBrokenLinks().collectAnchor(anchor);
  if (!entry) return null;
  const date = subject.dateNote ? withNote(subject.date, subject.dateNote[locale], locale) : subject.date;
  const issued = [subject.issuer[locale], date].filter(Boolean).join(locale === 'ja' ? '、' : ', ');
  return (
    <section id={anchor} className={styles.entry} aria-labelledby={`${anchor}-name`}>
      <Heading id={`${anchor}-name`} className={styles.name}>
        <Term text={subject.name} />
      </Heading>
      <p className={styles.meta}>
        {issued && (
          <>
            {issued}
            {locale === 'ja' ? '　' : ' · '}
          </>
        )}
        {subject.where}
      </p>
      {entry.status === 'confirmed' ? (
        <ol className={styles.steps}>
          {entry.steps.map((step, i) => (
            <Step key={i} step={step} />
          ))}
        </ol>
      ) : (
        <p className={styles.unconfirmed}>
          {labels.unconfirmedLine[locale]}
          {locale === 'ja' ? '（' : ' ('}
          {labels.checkedOn[locale]}
          {locale === 'ja' ? '：' : ': '}
          <time dateTime={checkedOn(entry)}>{formatSinceDate(checkedOn(entry), locale)}</time>
          {locale === 'ja' ? '）' : ')'}
        </p>
      )}
    </section>
  );
}

function landscapeLink(id: string, locale: 'ja' | 'en'): ReactNode {
  return <Link to={`/guide/related/guidelines#${guidelineAnchor(id)}`}>{labels.landscapeRow[locale]}</Link>;
}

/**
 * The site's notes on what has become of the guidelines since the guide, for
 * one group: the four guidelines of 図表25 (named as the guide names them),
 * the other guidelines of one sector of the related-guidelines page, or the
 * act the checklist names. Each entry has the anchor `since-<id>`, which the
 * notes elsewhere link to.
 */
export default function SinceGuideList({
  group,
  level = 3,
}: {
  group: 'figure25' | 'personalInformation' | LandscapeSector;
  /** the level of the entries' headings: 3 under a section (##), 4 under a subsection (###) */
  level?: 3 | 4;
}): ReactNode {
  const locale = useLocale();
  let subjects: Subject[];
  if (group === 'figure25') {
    subjects = guidelines.map((g) => ({
      id: figure25Subjects[g.id],
      name: g.name,
      issuer: g.issuer,
      date: g.date,
      dateNote: g.dateNote,
      where: (
        <>
          <FigureLink n={25} />
          {locale === 'ja' ? '・' : ' · '}
          {landscapeLink(figure25Subjects[g.id], locale)}
        </>
      ),
    }));
  } else if (group === 'personalInformation') {
    subjects = [
      {
        id: personalInformationAct.id,
        name: personalInformationAct.name,
        issuer: {ja: '', en: ''},
        date: '',
        where: (
          <>
            <FigureLink n={personalInformationAct.figure} />
            {locale === 'ja' ? '：' : ': '}
            {labels.figure17[locale]}
          </>
        ),
      },
    ];
  } else {
    subjects = landscapeGuidelines
      .filter((g) => g.sector === group && !g.inFigure25)
      .map((g) => ({
        id: g.id,
        name: g.name,
        issuer: g.issuer,
        date: g.date,
        dateNote: g.dateNote,
        where: landscapeLink(g.id, locale),
      }));
  }
  return (
    <div className={styles.list}>
      {subjects.map((subject) => (
        <Entry key={subject.id} subject={subject} level={level} />
      ))}
    </div>
  );
}
