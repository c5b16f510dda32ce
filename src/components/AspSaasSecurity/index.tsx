import type {ReactNode} from 'react';
import {
  aspSaasLabels as labels,
  securityBackground,
  securityConclusion,
  securityDirections,
  securityIssues,
  securityOutlook,
  securityQuestions,
  smallFirmSecurity,
} from '@site/src/catalog/related/aspSaas';
import {useLocale} from '@site/src/hooks/useLocale';
import BulletList from '@site/src/components/BulletList';
import Term from '@site/src/components/Term';
import styles from './styles.module.css';

/** The issues: who provides ASP・SaaS, and what customers are told. */
function Issues(): ReactNode {
  const locale = useLocale();
  const caption = labels.securityIssues[locale];
  return (
    <div className={styles.block}>
      <div className="table-scroll" tabIndex={0} role="group" aria-label={caption}>
        <table className={styles.table}>
          <caption className={styles.caption}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{labels.issue[locale]}</th>
              <th scope="col">{labels.situation[locale]}</th>
            </tr>
          </thead>
          <tbody>
            {securityIssues.map((issue) => (
              <tr key={issue.id}>
                <th scope="row">
                  <Term text={issue.issue} />
                </th>
                <td>
                  <BulletList items={issue.consequences} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className={styles.outlook}>{securityOutlook[locale]}</p>
    </div>
  );
}

/** The background of the issues, and what the slides conclude is necessary. */
function Background(): ReactNode {
  const locale = useLocale();
  return (
    <div className={styles.block}>
      <BulletList items={securityBackground} />
      <div className={styles.box}>
        <BulletList items={smallFirmSecurity} />
      </div>
      <p className={styles.conclusion}>
        <strong>{securityConclusion[locale]}</strong>
      </p>
    </div>
  );
}

/** 対応策１–３, the examples of what the guide of 対応策３ could cover, and the matters to grasp. */
function Directions(): ReactNode {
  const locale = useLocale();
  const colon = locale === 'ja' ? '：' : ': ';
  return (
    <div className={styles.block}>
      <ol className={styles.directions} aria-label={labels.directions[locale]}>
        {securityDirections.map((direction) => (
          <li key={direction.id}>
            <strong>
              {direction.label[locale]}
              {colon}
            </strong>
            {direction.text[locale]}
            {direction.note && <span className={styles.arrow}> → {direction.note[locale]}</span>}
            {direction.examples && <BulletList items={direction.examples} />}
          </li>
        ))}
      </ol>
      <div className={styles.box}>
        <p className={styles.boxTitle}>
          <Term text={securityQuestions.heading} strong />
        </p>
        <ol className={styles.questions}>
          {securityQuestions.items.map((item) => (
            <li key={item.ja}>{item[locale]}</li>
          ))}
        </ol>
      </div>
    </div>
  );
}

/** The security slides: the issues, their background, or the responses expected. */
export default function AspSaasSecurity({part}: {part: 'issues' | 'background' | 'directions'}): ReactNode {
  if (part === 'issues') return <Issues />;
  if (part === 'background') return <Background />;
  return <Directions />;
}
