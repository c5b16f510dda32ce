import {useId, useState, type ReactNode} from 'react';
import {changedSinceReceived} from '@site/src/planner/compare';
import type {Plan} from '@site/src/planner/plan';
import {shareFragmentOrNull} from '@site/src/planner/share';
import {useLocale} from '@site/src/hooks/useLocale';
import {fill} from '@site/src/components/Planner/text';
import {sendBackText as t} from './text';
import {savePlanFile} from './savePlanFile';
import styles from './styles.module.css';

type Sent =
  {kind: 'link'; url: string; changed: number; since: boolean} | {kind: 'file'; changed: number; since: boolean};

/**
 * One action that makes what goes back to the other party: the share link,
 * or the plan file when the plan is too large for a link; with how many
 * lines the reader's side changed since the other party's version was last
 * opened into the plan.
 */
export default function PlannerSendBack({
  latestPlan,
  label = t.sendBack,
  before,
}: {
  latestPlan: () => Plan;
  /** the button's words */
  label?: {ja: string; en: string};
  /** what is done first (the comparison's decisions applied), before the plan is taken */
  before?: () => void;
}): ReactNode {
  const locale = useLocale();
  const linkId = useId();
  const [sent, setSent] = useState<Sent | null>(null);

  const sendBack = async () => {
    before?.();
    const plan = latestPlan();
    const now = new Date();
    const changed = changedSinceReceived(plan).length;
    const since = plan.received !== null;
    const page = new URL(window.location.href);
    page.hash = '';
    const fragment = shareFragmentOrNull(plan, locale, now, page.toString().length);
    if (fragment === null) {
      await savePlanFile(plan, locale, now);
      setSent({kind: 'file', changed, since});
      return;
    }
    page.hash = fragment;
    setSent({kind: 'link', url: page.toString(), changed, since});
    try {
      await navigator.clipboard.writeText(page.toString());
    } catch {
      // the link is in the box below, to copy by hand
    }
  };

  return (
    <div className={styles.sendBack}>
      <button type="button" className="button button--primary" onClick={() => void sendBack()}>
        {label[locale]}
      </button>
      <div role="status" className={styles.result} data-testid="planner-send-back">
        {sent && (
          <>
            <p className={styles.count}>
              {fill((sent.since ? t.changedSinceTheirs : t.changedByYou)[locale], {n: sent.changed})}
            </p>
            {sent.kind === 'file' ? (
              <p>{t.sendBackFile[locale]}</p>
            ) : (
              <>
                <label htmlFor={linkId} className={styles.label}>
                  {t.sendBackLink[locale]}
                </label>
                <input
                  id={linkId}
                  className={styles.link}
                  type="text"
                  readOnly
                  value={sent.url}
                  onFocus={(e) => e.target.select()}
                />
              </>
            )}
          </>
        )}
      </div>
    </div>
  );
}
