import {Suspense, lazy, type ReactNode} from 'react';
import {useLocale} from '@site/src/hooks/useLocale';
import {bracketed} from '@site/src/planner/strings';
import type {PlanLibrary} from '../usePlanLibrary';
import {fill, t} from '../text';
import styles from './styles.module.css';

/** The list itself, loaded only when the reader opens it. */
const PlannerPlanList = lazy(() => import('../PlanList'));

/**
 * Which of the reader's plans is open, how many are kept, and the way to the
 * others: a line above the walk, with the list of every plan opened on demand.
 * Rendered on the server too, its buttons waiting until the plans are read,
 * so that nothing moves when they are.
 */
export default function PlannerPlans({
  library,
  name,
  listOpen,
  setListOpen,
}: {
  library: PlanLibrary;
  /** the open plan's name as the reader wrote it */
  name: string;
  listOpen: boolean;
  setListOpen: (open: boolean) => void;
}): ReactNode {
  const locale = useLocale();
  const {ready, available, reads} = library;
  const kept = reads?.filter((r) => r.kind === 'plan' && r.record.deletedAt === null).length ?? 0;
  const toggle = () => {
    if (!listOpen) void library.refresh();
    setListOpen(!listOpen);
  };
  return (
    <section className={styles.plans} aria-labelledby="planner-plans-heading" data-testid="planner-plans">
      <div className={styles.bar}>
        <h2 id="planner-plans-heading" className={styles.heading}>
          {t.plansHeading[locale]}
        </h2>
        <p className={styles.current} data-testid="planner-open-plan">
          {fill(t.openPlan[locale], {name: name.trim() || t.untitled[locale]})}
        </p>
        <div className={styles.buttons}>
          <button
            type="button"
            className="button button--sm button--outline button--primary"
            onClick={toggle}
            disabled={!ready || !available}
            aria-expanded={listOpen}
            aria-controls="planner-plan-list"
          >
            {listOpen ? t.hidePlans[locale] : t.showPlans[locale]}
            {ready && available && kept > 0 && !listOpen ? bracketed(fill(t.plansKept[locale], {n: kept}), locale) : ''}
          </button>
          <button
            type="button"
            className="button button--sm button--outline button--secondary"
            onClick={() => void library.newPlan()}
            disabled={!ready}
          >
            {t.newPlan[locale]}
          </button>
        </div>
      </div>
      {listOpen && (
        <div id="planner-plan-list">
          <Suspense fallback={null}>
            <PlannerPlanList library={library} />
          </Suspense>
        </div>
      )}
    </section>
  );
}
