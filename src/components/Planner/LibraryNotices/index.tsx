import type {ReactNode} from 'react';
import {errorMessages} from '@site/src/planner/strings';
import {useLocale} from '@site/src/hooks/useLocale';
import type {PlanLibrary} from '../usePlanLibrary';
import {fill, t} from '../text';
import {noticeText as n} from './text';

const button = 'button button--sm button--outline button--primary';

/** A plan's name, or what an unnamed plan is called. */
const named = (text: string, locale: 'ja' | 'en') => text.trim() || t.untitled[locale];

/**
 * What became of the reader's plans, for the page's status region: a plan
 * opened beside the others, a plan deleted (each with the way back), plans
 * restored from a file. Loaded only when there is something to say.
 */
export function PlannerLibraryStatus({library}: {library: PlanLibrary}): ReactNode {
  const locale = useLocale();
  const said = library.notice;
  if (!said) return null;
  const text =
    said.kind === 'beside'
      ? fill(n.besideOpened[locale], {name: named(said.name, locale)})
      : said.kind === 'unchecked'
        ? n.uncheckedLink[locale]
        : said.kind === 'held'
          ? n.heldNewer[locale]
          : said.kind === 'deletedElsewhere'
            ? n.deletedElsewhere[locale]
            : said.kind === 'deleted'
              ? fill(n.deletedDone[locale], {name: named(said.name, locale)})
              : said.kind === 'bundle'
                ? fill(n.bundleRestored[locale], {added: said.added, known: said.known, refused: said.refused})
                : n.decideFirst[locale];
  const restore = async (id: string, open: boolean) => {
    await (await library.act()).restore(id);
    if (open) await library.open(id);
  };
  return (
    <div
      className={`alert ${said.kind === 'held' || said.kind === 'decideFirst' ? 'alert--warning' : 'alert--info'}`}
      data-testid="planner-library-notice"
      data-kind={said.kind}
    >
      <span>{text}</span>{' '}
      {said.kind === 'beside' && (
        <button type="button" className={button} onClick={() => void library.open(said.id)}>
          {fill(n.backTo[locale], {name: named(said.name, locale)})}
        </button>
      )}
      {said.kind === 'deleted' && (
        <button type="button" className={button} onClick={() => void restore(said.id, true)}>
          {t.listRestore[locale]}
        </button>
      )}
      {said.kind === 'deletedElsewhere' && library.currentId && (
        <button type="button" className={button} onClick={() => void restore(library.currentId!, false)}>
          {t.listRestore[locale]}
        </button>
      )}{' '}
      <button type="button" className="button button--sm button--link" onClick={library.dismissNotice}>
        {t.dismiss[locale]}
      </button>
    </div>
  );
}

/**
 * What went wrong, for the page's alert region: a link refused, storage the
 * browser does not give, kept data this release cannot open, and fields
 * changed in another tab too that wait for the reader.
 */
export function PlannerLibraryAlerts({
  library,
  showList,
  tabConflict,
}: {
  library: PlanLibrary;
  showList: () => void;
  tabConflict: boolean;
}): ReactNode {
  const locale = useLocale();
  return (
    <>
      {library.problems.map((problem) => (
        <div key={problem.kind} className="alert alert--warning" data-testid="planner-problem" data-kind={problem.kind}>
          {problem.kind === 'link' ? (
            `${errorMessages[problem.error][locale]} ${t.refused[locale]}`
          ) : problem.kind === 'storage' ? (
            t.storageUnavailable[locale]
          ) : problem.kind === 'legacyLeft' ? (
            fill(n.legacyLeft[locale], {n: problem.count})
          ) : (
            <>
              {fill(n.unopenedPlans[locale], {n: problem.count})}{' '}
              <button type="button" className={button} onClick={showList}>
                {t.showPlans[locale]}
              </button>
            </>
          )}
        </div>
      ))}
      {tabConflict && (
        <div className="alert alert--warning" data-testid="planner-tab-conflict">
          {n.tabConflict[locale]}{' '}
          <button
            type="button"
            className={button}
            onClick={() => document.getElementById('planner-compare-heading')?.focus()}
          >
            {n.tabConflictGo[locale]}
          </button>
        </div>
      )}
    </>
  );
}
