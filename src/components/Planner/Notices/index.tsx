import {Suspense, lazy, type ReactNode} from 'react';
import type {Notice, SendPlannerEvent} from '@site/src/planner/machine';
import type {Role} from '@site/src/planner/plan';
import {ownerNames} from '@site/src/planner/strings';
import {useLocale} from '@site/src/hooks/useLocale';
import type {PlanLibrary} from '../usePlanLibrary';
import {fill, t} from '../text';
import styles from './styles.module.css';

const button = 'button button--sm button--outline button--primary';

/** What the planner says of the reader's plans and storage: loaded only when it has something to say. */
const PlannerLibraryStatus = lazy(() => import('../LibraryNotices').then((m) => ({default: m.PlannerLibraryStatus})));
const PlannerLibraryAlerts = lazy(() => import('../LibraryNotices').then((m) => ({default: m.PlannerLibraryAlerts})));

/**
 * What the planner tells the reader as it happens: a plan opened or a
 * comparison applied (with the way back), whether the plan could be saved,
 * and, loaded when there is any, what became of the reader's plans and what
 * went wrong with a link or a kept plan.
 */
export default function PlannerNotices({
  notice,
  role,
  hasPrevious,
  send,
  library,
  showList,
  tabConflict,
}: {
  notice: Notice | null;
  role: Role | null;
  hasPrevious: boolean;
  send: SendPlannerEvent;
  library: PlanLibrary;
  showList: () => void;
  /** fields changed in another tab too wait for the reader's decision */
  tabConflict: boolean;
}): ReactNode {
  const locale = useLocale();
  const machineText = notice
    ? notice.kind === 'loaded'
      ? (notice.origin === 'file' ? t.loadedFile : t.loadedLink)[locale]
      : notice.kind === 'intent'
        ? t.intentApplied[locale]
        : notice.kind === 'restored'
          ? t.restoredDone[locale]
          : notice.kind === 'merged'
            ? fill(t.merged[locale], {taken: notice.taken, kept: notice.kept})
            : fill(t.tabDecided[locale], {taken: notice.taken, kept: notice.kept})
    : null;
  const dismiss = (
    <button type="button" className="button button--sm button--link" onClick={() => send({type: 'DISMISS_NOTICE'})}>
      {t.dismiss[locale]}
    </button>
  );
  const {problems, saveResult, notice: said} = library;
  return (
    <>
      <div aria-live="polite" role="status" className={styles.live}>
        {machineText && (
          <div className="alert alert--info" data-testid="planner-notice">
            <span>{machineText}</span>{' '}
            {notice?.kind === 'loaded' && (role === 'lead' || role === 'partner') && (
              <>
                <span>{fill(t.loadedAs[locale], {role: ownerNames[role][locale]})}</span>{' '}
                <button
                  type="button"
                  className={button}
                  onClick={() => send({type: 'SET_ROLE', role: role === 'lead' ? 'partner' : 'lead'})}
                >
                  {fill(t.switchRole[locale], {role: ownerNames[role === 'lead' ? 'partner' : 'lead'][locale]})}
                </button>{' '}
              </>
            )}
            {hasPrevious && notice?.kind !== 'restored' && (
              <button type="button" className={button} onClick={() => send({type: 'RESTORE_PREVIOUS'})}>
                {t.undo[locale]}
              </button>
            )}{' '}
            {dismiss}
          </div>
        )}
        {said && (
          <Suspense fallback={null}>
            <PlannerLibraryStatus library={library} />
          </Suspense>
        )}
      </div>
      <div role="alert" className={styles.live}>
        {(problems.length > 0 || tabConflict) && (
          <Suspense fallback={null}>
            <PlannerLibraryAlerts library={library} showList={showList} tabConflict={tabConflict} />
          </Suspense>
        )}
        {saveResult === 'full' && <div className="alert alert--warning">{t.storageFull[locale]}</div>}
        {saveResult === 'unavailable' && !problems.some((p) => p.kind === 'storage') && (
          <div className="alert alert--warning">{t.storageUnavailable[locale]}</div>
        )}
      </div>
    </>
  );
}
