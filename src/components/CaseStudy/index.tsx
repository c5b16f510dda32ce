import type {ReactNode} from 'react';
import {cases, labels} from '@site/src/catalog';
import type {Text} from '@site/src/catalog';
import {useLocale} from '@site/src/hooks/useLocale';
import BulletList from '@site/src/components/BulletList';
import styles from './styles.module.css';

function Row({label, items}: {label: Text; items?: readonly Text[]}): ReactNode {
  const locale = useLocale();
  if (!items || items.length === 0) return null;
  return (
    <tr>
      <th scope="row" colSpan={2}>
        {label[locale]}
      </th>
      <td>
        <BulletList items={items} />
      </td>
    </tr>
  );
}

function Pair({
  label,
  first,
  second,
}: {
  label: Text;
  first: [Text, readonly Text[] | undefined];
  second: [Text, readonly Text[] | undefined];
}): ReactNode {
  const locale = useLocale();
  const rows = [first, second].filter(([, items]) => items && items.length > 0);
  if (rows.length === 0) return null;
  return (
    <>
      {rows.map(([sub, items], i) => (
        <tr key={i}>
          {i === 0 && (
            <th scope="rowgroup" rowSpan={rows.length}>
              {label[locale]}
            </th>
          )}
          <th scope="row">{sub[locale]}</th>
          <td>
            <BulletList items={items ?? []} />
          </td>
        </tr>
      ))}
    </>
  );
}

/** One of the guide's four cases, as the table the guide gives it. */
export default function CaseStudy({n}: {n: 1 | 2 | 3 | 4}): ReactNode {
  const locale = useLocale();
  const found = cases.find((c) => c.n === n);
  if (!found) throw new Error(`Unknown case: ${n}`);
  const c = found;
  return (
    <div className={styles.case}>
      <p className={styles.title}>{c.title[locale]}</p>
      <div className="table-scroll" tabIndex={0} role="group" aria-label={c.title[locale]}>
        <table className={styles.table}>
          <tbody>
            <Row label={labels.caseImage} items={c.image} />
            <Row label={labels.casePoints} items={c.points} />
            {c.features && (
              <tr>
                <th scope="row" colSpan={2}>
                  {labels.caseFeatures[locale]}
                </th>
                <td>
                  <BulletList items={c.features} />
                  {c.platformFunctions && (
                    <ul className={styles.functions}>
                      {c.platformFunctions.map((f, i) => (
                        <li key={i}>{f[locale]}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            )}
            <Pair
              label={labels.casePurpose}
              first={[labels.caseCustomer, c.purposeCustomer]}
              second={[labels.caseProvider, c.purposeProvider]}
            />
            <Pair
              label={labels.caseAgreements}
              first={[labels.caseWithCustomer, c.agreementsWithCustomer]}
              second={[labels.caseBetweenProviders, c.agreementsBetweenProviders]}
            />
            <Row label={labels.caseOperations} items={c.operations} />
            <Row label={labels.caseSuccess} items={c.successFactors} />
            <Row label={labels.caseRemarks} items={c.remarks} />
          </tbody>
        </table>
      </div>
      {c.requirements && (
        <div className="table-scroll" tabIndex={0} role="group" aria-label={labels.caseRequirements[locale]}>
          <table className={styles.table}>
            <caption className={styles.caption}>{labels.caseRequirements[locale]}</caption>
            <tbody>
              {c.requirements.map((req, i) => (
                <tr key={i}>
                  <th scope="row">{req.name[locale]}</th>
                  <td>
                    <BulletList items={req.needs} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
