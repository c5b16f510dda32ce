import type {ReactNode} from 'react';
import {
  aspSaasLabels as labels,
  itUseComparison,
  smallFirmCompetitiveness,
  smallFirmEffects,
  smallFirmMerits,
  smallFirmSource,
  userMerits,
  userMeritsHeadings,
  userMeritsNote,
} from '@site/src/catalog/related/aspSaas';
import {useLocale} from '@site/src/hooks/useLocale';
import BulletList from '@site/src/components/BulletList';
import Term from '@site/src/components/Term';
import styles from './styles.module.css';

/** "基本的ユーザーメリット": what users face as they use more ICT, and how ASP・SaaS helps. */
function UserMerits(): ReactNode {
  const locale = useLocale();
  const caption = labels.userMerits[locale];
  return (
    <figure className={styles.figure}>
      <div className="table-scroll" tabIndex={0} role="group" aria-label={caption}>
        <table className={styles.table}>
          <caption className={styles.caption}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{labels.aspect[locale]}</th>
              <th scope="col">{userMeritsHeadings.problems[locale]}</th>
              <th scope="col">{userMeritsHeadings.merits[locale]}</th>
            </tr>
          </thead>
          <tbody>
            {userMerits.map((merit, i) => (
              <tr key={merit.id}>
                <th scope="row">
                  {i + 1}. <Term text={merit.aspect} />
                </th>
                <td>
                  <BulletList items={merit.problems} />
                </td>
                <td>
                  <BulletList items={merit.merits} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figcaption className={styles.note}>{userMeritsNote[locale]}</figcaption>
    </figure>
  );
}

/** "中小企業にとっての競争力": the defensive and the offensive side, and what ASP・SaaS leads to. */
function SmallFirms(): ReactNode {
  const locale = useLocale();
  const caption = labels.smallFirms[locale];
  const colon = locale === 'ja' ? '：' : ': ';
  const list = (items: readonly {ja: string; en: string}[]) =>
    items.map((t) => t[locale]).join(locale === 'ja' ? '、' : ', ');
  return (
    <figure className={styles.figure}>
      <div className="table-scroll" tabIndex={0} role="group" aria-label={caption}>
        <table className={styles.table}>
          <caption className={styles.caption}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{labels.kind[locale]}</th>
              <th scope="col">{labels.challenge[locale]}</th>
              <th scope="col">{labels.consequence[locale]}</th>
            </tr>
          </thead>
          <tbody>
            {smallFirmMerits.map((group) =>
              group.items.map((item, i) => (
                <tr key={item.id}>
                  {i === 0 && (
                    <th scope="rowgroup" rowSpan={group.items.length}>
                      <Term text={group.heading} />
                      <span className={styles.environment}>{group.environment[locale]}</span>
                    </th>
                  )}
                  <td>
                    {i + 1}. {item.challenge[locale]}
                  </td>
                  <td>
                    {item.consequence[locale]}
                    {item.details && <BulletList items={item.details} />}
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
      <p className={styles.flow}>
        <strong>{labels.aspSaas[locale]}</strong>
        {smallFirmEffects.map((effect) => (
          <span key={effect.ja}>
            {' → '}
            {effect[locale]}
          </span>
        ))}
        {' → '}
        <strong>{smallFirmCompetitiveness.heading[locale]}</strong>
        {locale === 'ja' ? `（${list(smallFirmCompetitiveness.items)}）` : ` (${list(smallFirmCompetitiveness.items)})`}
      </p>
      <figcaption className={styles.note}>
        {labels.source[locale]}
        {colon}
        <Term text={smallFirmSource} />
      </figcaption>
      <aside className={styles.aside}>
        <p>
          <strong>
            {labels.itUseComparison[locale]}
            {colon}
          </strong>
          {list(itUseComparison.aims)}
        </p>
        <p>{itUseComparison.finding[locale]}</p>
        <p className={styles.note}>
          {labels.source[locale]}
          {colon}
          <Term text={itUseComparison.source} />
        </p>
      </aside>
    </figure>
  );
}

/** The merits of ASP・SaaS: for users in general, or for small firms. */
export default function AspSaasMerits({group}: {group: 'users' | 'smallFirms'}): ReactNode {
  return group === 'users' ? <UserMerits /> : <SmallFirms />;
}
