import type {ReactNode} from 'react';
import {securityLabels, securityLists} from '@site/src/catalog/related/security';
import type {SecurityList as List, SecurityListId, SecurityListItem} from '@site/src/catalog/related/security';
import {useLocale} from '@site/src/hooks/useLocale';
import Term from '@site/src/components/Term';
import styles from './styles.module.css';

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩';

function Marker({list, index}: {list: List; index: number}): ReactNode {
  const locale = useLocale();
  if (list.marker === 'circled') {
    return <span className={styles.marker}>{CIRCLED[index]}</span>;
  }
  if (list.marker === 'case') {
    return (
      <span className={styles.marker}>
        {securityLabels.case[locale]}
        {locale === 'ja' ? '' : ' '}
        {index + 1}
        {locale === 'ja' ? '　' : ': '}
      </span>
    );
  }
  return null;
}

function Item({list, item, index}: {list: List; item: SecurityListItem; index: number}): ReactNode {
  const locale = useLocale();
  const Sub = list.itemsOrdered ? 'ol' : 'ul';
  return (
    <li className={list.marker ? styles.marked : undefined}>
      {item.title ? (
        <p className={styles.title}>
          <Marker list={list} index={index} />
          {list.termTitles ? <Term text={item.title} /> : item.title[locale]}
        </p>
      ) : (
        list.marker && <Marker list={list} index={index} />
      )}
      {item.text?.map((text, i) => (
        <p key={i} className={item.title ? styles.text : styles.plainText}>
          {text[locale]}
        </p>
      ))}
      {item.result && (
        <div className={styles.result}>
          <p className={styles.resultLabel}>{securityLabels.hypothesisResult[locale]}</p>
          {item.result.map((text, i) => (
            <p key={i} className={styles.text}>
              {text[locale]}
            </p>
          ))}
        </div>
      )}
      {item.items && (
        <Sub className={list.itemsOrdered ? styles.steps : styles.voices}>
          {item.items.map((text, i) => (
            <li key={i}>{text[locale]}</li>
          ))}
        </Sub>
      )}
    </li>
  );
}

/**
 * One of the lists of the security page (the hypotheses, the approach, the
 * steps, the expected effects …), rendered from the catalog.
 */
export default function SecurityList({name}: {name: SecurityListId}): ReactNode {
  const list = securityLists[name];
  const Tag = list.ordered ? 'ol' : 'ul';
  const className = list.marker ? `${styles.list} ${styles.unmarked}` : styles.list;
  return (
    <Tag className={className}>
      {list.items.map((item, i) => (
        <Item key={item.id} list={list} item={item} index={i} />
      ))}
    </Tag>
  );
}
