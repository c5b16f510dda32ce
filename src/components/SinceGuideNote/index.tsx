import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {
  SINCE_GUIDE_CHECKED,
  SINCE_GUIDE_PATH,
  formatSinceDate,
  sinceGuideLabels as labels,
  supersededNote,
  type SinceGuideSubject,
} from '@site/src/catalog/sinceGuide';
import type {Text} from '@site/src/catalog/types';
import {useLocale} from '@site/src/hooks/useLocale';
import styles from './styles.module.css';

function Checked({date}: {date: string}): ReactNode {
  const locale = useLocale();
  return (
    <span className={styles.checked}>
      {locale === 'ja' ? '（' : ' ('}
      <time dateTime={date}>{labels.checked[locale].replace('{date}', formatSinceDate(date, locale))}</time>
      {locale === 'ja' ? '）' : ')'}
    </span>
  );
}

function Head({date}: {date: string}): ReactNode {
  const locale = useLocale();
  return (
    <>
      <strong className={styles.badge}>{labels.siteNote[locale]}</strong>
      <Checked date={date} />
      {locale === 'ja' ? '：' : ': '}
    </>
  );
}

/**
 * The site's note on what has become of a guideline since the guide (2012):
 * marked as the site's, dated, and linked to the "since the guide" page. Set
 * apart from the guide's text, never inside it.
 *
 * - `id`: one guideline (a 図表25 guideline id, a related-guidelines row id,
 *   or `personalInformationAct`);
 * - `subjects`: several guidelines, each with the name to show (図表25's
 *   guidelines as the catalog has them: `{id, name}`);
 * - neither: the general note, for the guide's start page.
 *
 * Renders nothing for a subject the site has no entry for.
 */
export default function SinceGuideNote({
  id,
  subjects,
}: {
  id?: SinceGuideSubject;
  subjects?: readonly {id: SinceGuideSubject; name: Text}[];
}): ReactNode {
  const locale = useLocale();
  const more = <Link to={SINCE_GUIDE_PATH}>{labels.more[locale]}</Link>;

  if (subjects) {
    const notes = subjects.flatMap(({id: subject, name}) => {
      const note = supersededNote(subject);
      return note ? [{subject, note, name}] : [];
    });
    if (notes.length === 0) return null;
    const checked = notes
      .map((n) => n.note.checked)
      .sort()
      .at(-1)!;
    return (
      <aside className={styles.note} aria-label={labels.siteNote[locale]}>
        <p className={styles.lead}>
          <Head date={checked} />
          {labels.guideNote[locale]}
        </p>
        <ul className={styles.list}>
          {notes.map(({subject, note, name}) => (
            <li key={subject}>
              <Link to={note.href} className={styles.name}>
                {name[locale]}
              </Link>
              {locale === 'ja' ? '：' : ': '}
              {note.text[locale]}
            </li>
          ))}
        </ul>
      </aside>
    );
  }

  if (id) {
    const note = supersededNote(id);
    if (!note) return null;
    return (
      <aside className={styles.note} aria-label={labels.siteNote[locale]}>
        <p className={styles.lead}>
          <Head date={note.checked} />
          {note.text[locale]} <Link to={note.href}>{labels.more[locale]}</Link>
        </p>
      </aside>
    );
  }

  return (
    <aside className={styles.note} aria-label={labels.siteNote[locale]}>
      <p className={styles.lead}>
        <Head date={SINCE_GUIDE_CHECKED} />
        {labels.guideNote[locale]} {more}
      </p>
    </aside>
  );
}

/**
 * A one-line mark for a row of a table (the related guidelines): shown only
 * where the site confirmed a revision or successor, linking to its entry.
 */
export function SinceGuideMark({id}: {id: SinceGuideSubject}): ReactNode {
  const locale = useLocale();
  const note = supersededNote(id);
  if (!note || note.status !== 'confirmed') return null;
  return (
    <span className={styles.mark}>
      <span className={styles.badge}>{labels.siteNote[locale]}</span>
      {locale === 'ja' ? '：' : ': '}
      <Link to={note.href}>{labels.markText[locale]}</Link>
    </span>
  );
}
