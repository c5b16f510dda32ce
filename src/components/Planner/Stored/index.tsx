import type {ReactNode} from 'react';
import {PREVIOUS_KEY, MAX_ASIDE, type AsideValue} from '@site/src/planner/storage';
import type {PlanError} from '@site/src/planner/schema';
import {useLocale} from '@site/src/hooks/useLocale';
import {download} from '@site/src/components/Planner/Checklist/download';
import type {StartupProblem} from '@site/src/components/Planner/usePlanPersistence';
import {fill, t} from '@site/src/components/Planner/text';
import styles from './styles.module.css';

type Unreadable = Extract<StartupProblem, {kind: 'unreadable'}>;

function why(error: PlanError): keyof typeof t {
  if (error === 'newerVersion') return 'storedNewer';
  if (error === 'tooLarge') return 'storedTooLarge';
  if (error === 'unsafeText') return 'storedUnsafe';
  return 'storedDamaged';
}

/** A stored value as a file, exactly as it was kept. */
function downloadValue(text: string, name: string): void {
  const json = text.trimStart().startsWith('{');
  download(text, `${name}.${json ? 'json' : 'txt'}`, json ? 'application/json' : 'text/plain');
}

/**
 * What became of stored plans that could not be opened: each said in words
 * (a newer release's plan is not called damaged), and whether it was set
 * aside or, when that failed, left in place and not saved over.
 */
export default function PlannerStored({
  problems,
  held,
  rawOf,
  release,
}: {
  problems: Unreadable[];
  held: string[];
  rawOf: (key: string) => string | null;
  release: (key: string) => void;
}): ReactNode {
  const locale = useLocale();
  return (
    <>
      {problems.map((problem) => {
        const what = (problem.key === PREVIOUS_KEY ? t.storedPrevious : t.storedPlan)[locale];
        const isHeld = held.includes(problem.key);
        const cause = problem.aside.kept
          ? ''
          : problem.aside.why === 'full'
            ? t.causeFull[locale]
            : problem.aside.why === 'tooMany'
              ? fill(t.causeTooMany[locale], {n: MAX_ASIDE})
              : t.causeUnavailable[locale];
        return (
          <div
            key={problem.key}
            className="alert alert--warning"
            data-testid="planner-stored-problem"
            data-error={problem.error}
          >
            {fill((t[why(problem.error)] as {ja: string; en: string})[locale], {what})}
            {locale === 'ja' ? '' : ' '}
            {problem.aside.kept ? t.storedKept[locale] : fill(t.storedNotKept[locale], {cause})}
            {!problem.aside.kept && isHeld && (
              <span className={styles.actions}>
                <button
                  type="button"
                  className="button button--sm button--outline button--primary"
                  onClick={() => {
                    const text = rawOf(problem.key);
                    if (text !== null)
                      downloadValue(text, `planner-unreadable-${problem.key === PREVIOUS_KEY ? 'previous' : 'plan'}`);
                  }}
                >
                  {t.downloadHeld[locale]}
                </button>
                <button type="button" className="button button--sm button--link" onClick={() => release(problem.key)}>
                  {t.releaseHeld[locale]}
                </button>
              </span>
            )}
          </div>
        );
      })}
    </>
  );
}

/** What is set aside in this browser: shown while there is any, each to download or delete. */
export function SetAside({aside, deleteAside}: {aside: AsideValue[]; deleteAside: (key: string) => void}): ReactNode {
  const locale = useLocale();
  return (
    <>
      {aside.length > 0 && (
        <div className={`alert alert--secondary ${styles.aside}`} data-testid="planner-aside">
          <p className={styles.heading}>{fill(t.asideHeading[locale], {n: aside.length, max: MAX_ASIDE})}</p>
          <ul className={styles.list}>
            {aside.map((value, i) => (
              <li key={value.key}>
                <span>{fill(t.asideItem[locale], {i: i + 1, size: value.text.length.toLocaleString(locale)})}</span>{' '}
                <button
                  type="button"
                  className="button button--sm button--outline button--primary"
                  onClick={() => downloadValue(value.text, `planner-set-aside-${i + 1}`)}
                >
                  {t.asideDownload[locale]}
                </button>{' '}
                <button type="button" className="button button--sm button--link" onClick={() => deleteAside(value.key)}>
                  {t.asideDelete[locale]}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
