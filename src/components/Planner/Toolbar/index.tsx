import {Suspense, lazy, memo, useId, useRef, useState, type ChangeEvent, type ReactNode} from 'react';
import type {SendPlannerEvent} from '@site/src/planner/machine';
import type {Plan} from '@site/src/planner/plan';
import {MAX_FILE_BYTES, parsePlanFileBytes, type PlanError} from '@site/src/planner/schema';
import {shareFragmentOrNull} from '@site/src/planner/share';
import type {SaveResult} from '@site/src/planner/storage';
import {errorMessages} from '@site/src/planner/strings';
import {useLocale} from '@site/src/hooks/useLocale';
import {savePlanFile} from '@site/src/components/Planner/SendBack/savePlanFile';
import {t} from '@site/src/components/Planner/text';
import {timed} from '@site/src/components/Planner/timed';
import styles from './styles.module.css';

/** Sending the plan back, loaded once the plan has something to send. */
const PlannerSendBack = lazy(() => import('@site/src/components/Planner/SendBack'));

/**
 * Share link, plan file in and out, and a fresh start that can be undone.
 * It shows only whether the plan is blank; what it shares or saves is the plan
 * as it stands when the reader asks, so moving between steps leaves it alone.
 */
export default memo(function PlannerToolbar({
  blank,
  latestPlan,
  send,
  saveResult,
}: {
  blank: boolean;
  latestPlan: () => Plan;
  send: SendPlannerEvent;
  saveResult: SaveResult | null;
}): ReactNode {
  const locale = useLocale();
  const fileInput = useRef<HTMLInputElement>(null);
  const linkId = useId();
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  const [error, setError] = useState<PlanError | 'linkTooLarge' | null>(null);

  const share = async () => {
    const plan = latestPlan();
    const now = new Date();
    const url = new URL(window.location.href);
    url.hash = '';
    const fragment = shareFragmentOrNull(plan, locale, now, url.toString().length);
    if (fragment === null) {
      // too long for a link: the plan leaves as a file instead
      setLink(null);
      setError('linkTooLarge');
      await savePlanFile(plan, locale, now);
      return;
    }
    setError(null);
    url.hash = fragment;
    setLink(url.toString());
    try {
      await navigator.clipboard.writeText(url.toString());
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  const openFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setError(null);
    // measured before a byte is read
    if (file.size > MAX_FILE_BYTES) {
      setError('tooLarge');
      return;
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      // gone, moved, or not readable by the browser
      setError('unreadableFile');
      return;
    }
    const result = timed('planner: read plan file', () => parsePlanFileBytes(bytes));
    if (result.ok) send({type: 'LOAD', plan: result.file.plan, origin: 'file'});
    else setError(result.error);
  };

  const saveFile = () => savePlanFile(latestPlan(), locale, new Date());

  return (
    <section className={styles.toolbar} aria-labelledby="planner-tools">
      <h2 id="planner-tools" className={styles.heading}>
        {t.planTools[locale]}
      </h2>
      {saveResult === 'saved' && !blank && <p className={styles.saved}>{t.saved[locale]}</p>}
      {!blank && (
        <Suspense fallback={null}>
          <PlannerSendBack latestPlan={latestPlan} />
        </Suspense>
      )}
      <div className={styles.buttons}>
        <button type="button" className="button button--outline button--primary" onClick={() => void share()}>
          {t.shareLink[locale]}
        </button>
        <button type="button" className="button button--outline button--primary" onClick={() => void saveFile()}>
          {t.exportJson[locale]}
        </button>
        <button
          type="button"
          className="button button--outline button--primary"
          onClick={() => fileInput.current?.click()}
        >
          {t.importPlan[locale]}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          className={styles.file}
          onChange={(e) => void openFile(e)}
          aria-label={t.importPlan[locale]}
          tabIndex={-1}
          data-testid="plan-file-input"
        />
        <button
          type="button"
          className="button button--outline button--secondary"
          onClick={() => send({type: 'RESET'})}
          disabled={blank}
        >
          {t.reset[locale]}
        </button>
      </div>
      <div role="alert">
        {error && (
          <p className={styles.error} data-testid="planner-import-error">
            {error === 'linkTooLarge' ? t.linkTooLarge[locale] : `${errorMessages[error][locale]} ${t.refused[locale]}`}
          </p>
        )}
      </div>
      {link && (
        <div className={styles.share}>
          <p role="status">{copied === null ? null : copied ? t.copied[locale] : t.copyFailed[locale]}</p>
          <label htmlFor={linkId} className={styles.label}>
            {t.shareLinkLabel[locale]}
          </label>
          <input
            id={linkId}
            className={styles.link}
            type="text"
            readOnly
            value={link}
            onFocus={(e) => e.target.select()}
          />
          <p className={styles.hint}>{t.shareHint[locale]}</p>
        </div>
      )}
    </section>
  );
});
