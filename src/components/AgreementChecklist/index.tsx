import type {ReactNode} from 'react';
import {agreementItems, figureRef, getAgreement, labels} from '@site/src/catalog';
import type {AgreementId} from '@site/src/catalog';
import {useLocale} from '@site/src/hooks/useLocale';
import Term from '@site/src/components/Term';
import styles from './styles.module.css';

/**
 * An agreement's check questions as the guide's checklist lays them out
 * (項目 / 内容 / チェック). Questions this site added say so in words. The
 * チェック column is for the printed page: on screen it would look like boxes
 * to tick, and ticking is the planner's.
 */
export default function AgreementChecklist({id}: {id: AgreementId}): ReactNode {
  const locale = useLocale();
  const agreement = getAgreement(id);
  const items = agreementItems(agreement).filter((item) => item.questions.length > 0);
  const variantOf = (itemId: string) => agreement.variants?.find((v) => v.items.some((i) => i.id === itemId));
  return (
    <div className="table-scroll" tabIndex={0} role="group" aria-label={agreement.name[locale]}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{labels.item[locale]}</th>
            <th scope="col">{labels.checklistContent[locale]}</th>
            <th scope="col" className={styles.refCol}>
              {labels.figure[locale]}
            </th>
            <th scope="col" className={styles.checkCol}>
              {labels.checklistCheck[locale]}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const variant = variantOf(item.id);
            return item.questions.map((q, i) => (
              <tr key={q.id} id={`check-${q.id}`}>
                {i === 0 && (
                  <th scope="rowgroup" rowSpan={item.questions.length}>
                    {variant && <span className={styles.variant}>{variant.name[locale]}</span>}
                    <Term text={item.checklistName ?? item.name} />
                  </th>
                )}
                <td>
                  {q.text[locale]}
                  {q.source === 'site' && <span className={styles.siteBadge}>{labels.siteQuestion[locale]}</span>}
                </td>
                <td className={styles.refCol}>{figureRef(agreement.figure, locale)}</td>
                <td className={styles.checkCol}>
                  <span className={styles.box} aria-hidden="true" />
                </td>
              </tr>
            ));
          })}
        </tbody>
      </table>
    </div>
  );
}
