import {Suspense, lazy, memo, useId, useState, type ReactNode} from 'react';
import type {Plan} from '@site/src/planner/plan';
import {looksLikeBundle} from '@site/src/planner/library';
import {MAX_FILE_BYTES, parsePlanFileBytes, type PlanError} from '@site/src/planner/schema';
import {shareFragmentOrNull} from '@site/src/planner/share';
import type {PlanLibrary, SaveResult} from '@site/src/components/Planner/usePlanLibrary';
import {errorMessages} from '@site/src/planner/strings';
import {useLocale} from '@site/src/hooks/useLocale';
import {savePlanFile} from '@site/src/components/Planner/SendBack/savePlanFile';
import PlannerFilePicker from '../FilePicker';
import {t} from '@site/src/components/Planner/text';
import {timed} from '@site/src/components/Planner/timed';
import styles from './styles.module.css';

/** Sending the plan back, loaded once the plan has something to send. */
const PlannerSendBack = lazy(() => import('@site/src/components/Planner/SendBack'));

/**
 * Share link, and plan file in and out (a file of every plan, too, is
 * restored). It shows only whether the plan is blank; what it shares or saves
 * is the plan as it stands when the reader asks, so moving between steps
 * leaves it alone.
 */
export default memo(function PlannerToolbar({
  blank,
  latestPlan,
  openIncoming,
  act,
  saveResult,
}: {
  blank: boolean;
  latestPlan: () => Plan;
  openIncoming: PlanLibrary['openIncoming'];
  /** the list's actions, for a file of every plan */
  act: PlanLibrary['act'];
  saveResult: SaveResult | null;
}): ReactNode {
  const locale = useLocale();
  const linkId = useId();
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  const [error, setError] = useState<PlanError | 'unavailable' | 'linkTooLarge' | null>(null);

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

  const openFile = async (file: File) => {
    setError(null);
    let bundle = false;
    try {
      // a file of every plan, told by its first bytes
      bundle = looksLikeBundle(new TextDecoder().decode(await file.slice(0, 200).arrayBuffer()));
    } catch {
      setError('unreadableFile');
      return;
    }
    if (bundle) {
      const [{MAX_BUNDLE_BYTES, restoreBundleBytes}, {restoreBundle}] = await Promise.all([
        import('@site/src/planner/bundle'),
        act(),
      ]);
      // measured before it is read
      if (file.size > MAX_BUNDLE_BYTES) setError('tooLarge');
      else
        try {
          setError(await restoreBundleBytes(new Uint8Array(await file.arrayBuffer()), restoreBundle));
        } catch {
          setError('unreadableFile');
        }
      return;
    }
    // measured before it is read
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
    if (result.ok) await openIncoming(result.file.plan, 'file');
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
        <PlannerFilePicker
          label={t.importPlan[locale]}
          onFile={(file) => void openFile(file)}
          testId="plan-file-input"
        />
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
