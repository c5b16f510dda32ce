import {memo, useId, type ReactNode} from 'react';
import {phases} from '@site/src/catalog';
import {isFiltered, NO_FILTER, type ChecklistFilter, type OwnerFilter} from '@site/src/planner/checklist';
import {LINE_STATUSES, OWNERS, type Plan} from '@site/src/planner/plan';
import {columns, ownerLabel, statusNames} from '@site/src/planner/strings';
import {labels} from '@site/src/catalog/labels';
import {useLocale} from '@site/src/hooks/useLocale';
import {t} from '@site/src/components/Planner/text';
import styles from './styles.module.css';

/** The checklist's filters: phase, owner ("yours" from the reader's role), status, source, and words. */
function PlannerFilters({
  filter,
  onChange,
  names,
}: {
  filter: ChecklistFilter;
  onChange: (filter: ChecklistFilter) => void;
  names: Pick<Plan, 'role' | 'names'>;
}): ReactNode {
  const locale = useLocale();
  const id = useId();
  const set = (patch: Partial<ChecklistFilter>) => onChange({...filter, ...patch});
  return (
    <fieldset className={styles.filters}>
      <legend className={styles.legend}>{t.filters[locale]}</legend>
      <label htmlFor={`${id}-phase`} className={styles.field}>
        <span>{labels.phase[locale]}</span>
        <select
          id={`${id}-phase`}
          value={filter.phase}
          onChange={(e) => set({phase: e.target.value as ChecklistFilter['phase']})}
        >
          <option value="all">{t.phaseAll[locale]}</option>
          {phases.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name[locale]}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={`${id}-owner`} className={styles.field}>
        <span>{columns.owner[locale]}</span>
        <select id={`${id}-owner`} value={filter.owner} onChange={(e) => set({owner: e.target.value as OwnerFilter})}>
          <option value="all">{t.ownerAll[locale]}</option>
          {names.role && names.role !== 'customer' && <option value="mine">{t.ownerMine[locale]}</option>}
          {OWNERS.map((o) => (
            <option key={o} value={o}>
              {ownerLabel(o, names, locale)}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={`${id}-status`} className={styles.field}>
        <span>{columns.status[locale]}</span>
        <select
          id={`${id}-status`}
          value={filter.status}
          onChange={(e) => set({status: e.target.value as ChecklistFilter['status']})}
        >
          <option value="all">{t.statusAll[locale]}</option>
          {LINE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusNames[s][locale]}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={`${id}-source`} className={styles.field}>
        <span>{columns.source[locale]}</span>
        <select
          id={`${id}-source`}
          value={filter.source}
          onChange={(e) => set({source: e.target.value as ChecklistFilter['source']})}
        >
          <option value="all">{t.sourceAll[locale]}</option>
          <option value="guide">{t.sourceGuide[locale]}</option>
          <option value="site">{t.sourceSite[locale]}</option>
        </select>
      </label>
      <label htmlFor={`${id}-text`} className={`${styles.field} ${styles.search}`}>
        <span>{t.search[locale]}</span>
        <input id={`${id}-text`} type="search" value={filter.text} onChange={(e) => set({text: e.target.value})} />
      </label>
      {isFiltered(filter) && (
        <button
          type="button"
          className={`button button--sm button--link ${styles.clear}`}
          onClick={() => onChange(NO_FILTER)}
        >
          {t.clearFilters[locale]}
        </button>
      )}
    </fieldset>
  );
}

export default memo(PlannerFilters);
