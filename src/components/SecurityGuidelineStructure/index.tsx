import type {ReactNode} from 'react';
import {securityGuidelineParts, securityLabels} from '@site/src/catalog/related/security';
import type {SecurityGuidelinePartId} from '@site/src/catalog/related/security';
import {useLocale} from '@site/src/hooks/useLocale';
import Term from '@site/src/components/Term';
import SecurityTable, {ColumnHead, securityTableStyles} from '@site/src/components/SecurityTable';
import styles from './styles.module.css';

function Overview(): ReactNode {
  const locale = useLocale();
  return (
    <SecurityTable caption={securityLabels.partsCaption}>
      <thead>
        <tr>
          <ColumnHead label={securityLabels.part} />
          <ColumnHead label={securityLabels.content} />
          <ColumnHead label={securityLabels.readers} />
        </tr>
      </thead>
      <tbody>
        {securityGuidelineParts.map((part) => (
          <tr key={part.id}>
            <th scope="row" className={styles.partName}>
              <Term text={part.name} />
            </th>
            <td>{part.content[locale]}</td>
            <td>{part.readers[locale]}</td>
          </tr>
        ))}
      </tbody>
    </SecurityTable>
  );
}

function Chapters({id}: {id: Exclude<SecurityGuidelinePartId, 'introduction'>}): ReactNode {
  const locale = useLocale();
  const part = securityGuidelineParts.find((p) => p.id === id);
  if (!part) return null;
  const withOutline = part.chapters.some((c) => c.outline);
  const space = locale === 'ja' ? '　' : ' ';
  return (
    <SecurityTable
      caption={id === 'organisational' ? securityLabels.organisationalCaption : securityLabels.technicalCaption}
    >
      <colgroup>
        <col className={styles.chapterCol} />
        <col />
        {withOutline && <col className={styles.outlineCol} />}
      </colgroup>
      <thead>
        <tr>
          <ColumnHead label={securityLabels.chapter} />
          <ColumnHead label={securityLabels.sections} />
          {withOutline && <ColumnHead label={securityLabels.outline} />}
        </tr>
      </thead>
      <tbody>
        {part.chapters.map((chapter) => (
          <tr key={chapter.id}>
            <th scope="row">
              <span className={styles.ref}>{chapter.ref[locale]}</span>
              {chapter.title[locale]}
            </th>
            <td>
              <ul className={securityTableStyles.list}>
                {chapter.sections.map((s) => (
                  <li key={s.ref.en}>
                    {s.ref[locale]}
                    {space}
                    {s.title[locale]}
                  </li>
                ))}
              </ul>
            </td>
            {withOutline && <td>{chapter.outline?.[locale]}</td>}
          </tr>
        ))}
      </tbody>
    </SecurityTable>
  );
}

/**
 * The structure of the guideline (図表39–41): `overview` lists its three
 * parts with their content and readers; `organisational` and `technical` the
 * chapters and sections of those parts.
 */
export default function SecurityGuidelineStructure({
  part,
}: {
  part: 'overview' | 'organisational' | 'technical';
}): ReactNode {
  if (part === 'overview') return <Overview />;
  return <Chapters id={part} />;
}
