import {Fragment, useCallback, useEffect, useRef, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useActorRef, useSelector} from '@xstate/react';
import {plannerMachine, stepComplete, type PlannerEvent} from '@site/src/planner/machine';
import {STEPS, stepIndex, type StepId} from '@site/src/planner/plan';
import {errorMessages, plannerTitle, stepNames} from '@site/src/planner/strings';
import {useLocale} from '@site/src/hooks/useLocale';
import {useEarlyInput} from '@site/src/hooks/useEarlyInput';
import PlannerProgress from '@site/src/components/PlannerProgress';
import PlannerToolbar from '@site/src/components/PlannerToolbar';
import PlannerStepAbout from '@site/src/components/PlannerStepAbout';
import PlannerStepPattern from '@site/src/components/PlannerStepPattern';
import PlannerStepContext from '@site/src/components/PlannerStepContext';
import PlannerStepPhase from '@site/src/components/PlannerStepPhase';
import PlannerChecklist from '@site/src/components/PlannerChecklist';
import {StepOpenedByReader} from '@site/src/components/PlannerLater';
import {usePlanPersistence} from './usePlanPersistence';
import {fill, t} from './text';
import styles from './styles.module.css';

/**
 * The partnership planner: a walk from the reader's role and contract pattern
 * to a checklist. The machine holds the plan and the rules; this component
 * shows the current step and saves the plan in the browser.
 */
export default function Planner(): ReactNode {
  const locale = useLocale();
  const actor = useActorRef(plannerMachine, {input: {}});
  const plan = useSelector(actor, (s) => s.context.plan);
  const value = useSelector(actor, (s) => s.value);
  const notice = useSelector(actor, (s) => s.context.notice);
  const hasPrevious = useSelector(actor, (s) => s.context.previous !== null);
  const canNext = useSelector(actor, (s) => s.can({type: 'NEXT'}));
  const {ready, saveResult, problems} = usePlanPersistence(actor, locale);
  const step: StepId = (STEPS as readonly string[]).includes(String(value)) ? (value as StepId) : 'about';
  const n = stepIndex(step);
  const heading = useRef<HTMLHeadingElement>(null);
  const wasReady = useRef(false);
  const root = useRef<HTMLDivElement>(null);
  // A role picked or a name typed before the page was interactive; a saved
  // plan or a link, read once the page has started, still comes after it.
  useEarlyInput(root);

  // Moving between steps moves focus to the new step's heading, so keyboard
  // and screen-reader users land on what changed. Not when the page opens on
  // a saved plan's step: nothing was moved by the reader then. The heading
  // stays where it was, so the page is scrolled to its step before the step
  // changes, while the layout is still the one on screen: focusing with a
  // scroll afterwards would make the browser lay out the new step twice.
  useEffect(() => {
    if (wasReady.current) heading.current?.focus({preventScroll: true});
  }, [step]);
  useEffect(() => {
    wasReady.current = ready;
  }, [ready]);

  const send = useCallback(
    (event: PlannerEvent) => {
      if ((event.type === 'NEXT' || event.type === 'BACK' || event.type === 'GOTO') && actor.getSnapshot().can(event)) {
        const box = heading.current?.getBoundingClientRect();
        const navbar = document.querySelector('.navbar')?.getBoundingClientRect().bottom ?? 0;
        if (box && (box.top < navbar || box.top > window.innerHeight)) heading.current!.parentElement!.scrollIntoView({block: 'start'});
      }
      actor.send(event);
    },
    [actor],
  );
  const stepBody = (() => {
    switch (step) {
      case 'about':
        return <PlannerStepAbout plan={plan} send={send} />;
      case 'pattern':
        return <PlannerStepPattern plan={plan} send={send} />;
      case 'context':
        return <PlannerStepContext plan={plan} send={send} />;
      case 'sales':
      case 'introduction':
      case 'operation':
        return <PlannerStepPhase phase={step} plan={plan} send={send} />;
      case 'review':
        // A plan opened for another role opens on that role's view.
        return <PlannerChecklist key={plan.role ?? 'none'} plan={plan} send={send} />;
    }
  })();

  const noticeText = notice
    ? {
        loaded: notice.kind === 'loaded' && notice.origin === 'file' ? t.loadedFile : t.loadedLink,
        intent: t.intentApplied,
        reset: t.resetDone,
        restored: t.restoredDone,
      }[notice.kind][locale]
    : null;

  return (
    <div ref={root} className={styles.planner} data-ready={ready ? 'true' : 'false'}>
      <p className={styles.intro}>{t.intro[locale]}</p>
      <p className={styles.privacy}>{t.privacy[locale]}</p>
      <noscript>
        <div className="alert alert--warning">
          {t.noScript[locale]} <Link to="/guide/checklist">{t.noScriptLink[locale]}</Link>
        </div>
      </noscript>

      <div aria-live="polite" role="status" className={styles.live}>
        {noticeText && (
          <div className="alert alert--info" data-testid="planner-notice">
            <span>{noticeText}</span>{' '}
            {hasPrevious && (
              <button type="button" className="button button--sm button--outline button--primary" onClick={() => send({type: 'RESTORE_PREVIOUS'})}>
                {t.undo[locale]}
              </button>
            )}{' '}
            <button type="button" className="button button--sm button--link" onClick={() => send({type: 'DISMISS_NOTICE'})}>
              {t.dismiss[locale]}
            </button>
          </div>
        )}
      </div>
      <div role="alert" className={styles.live}>
        {problems.map((problem) => (
          <div key={problem.kind} className="alert alert--warning" data-testid="planner-problem">
            {problem.kind === 'link' ? (
              <>
                {errorMessages[problem.error][locale]} {t.refused[locale]}
              </>
            ) : problem.error === 'unavailable' ? (
              t.storageUnavailable[locale]
            ) : (
              t.storageUnreadable[locale]
            )}
          </div>
        ))}
        {saveResult === 'full' && <div className="alert alert--warning">{t.storageFull[locale]}</div>}
        {saveResult === 'unavailable' && !problems.some((p) => p.error === 'unavailable') && (
          <div className="alert alert--warning">{t.storageUnavailable[locale]}</div>
        )}
      </div>

      <PlannerProgress plan={plan} current={step} send={send} />

      <section className={styles.step} aria-labelledby="planner-step-heading" data-step={step}>
        <p className={styles.stepCount}>{fill(t.stepOf[locale], {n: n + 1, total: STEPS.length})}</p>
        <h2 id="planner-step-heading" ref={heading} tabIndex={-1} className={styles.stepHeading}>
          {stepNames[step][locale]}
        </h2>
        {/* Each step mounts afresh, so that what it leaves for later (PlannerLater) follows its first paint. */}
        <StepOpenedByReader.Provider value={ready}>
          <Fragment key={step}>{stepBody}</Fragment>
        </StepOpenedByReader.Provider>
        <nav className={styles.stepNav} aria-label={plannerTitle[locale]}>
          {n > 0 && (
            <button type="button" className="button button--secondary" onClick={() => send({type: 'BACK'})}>
              ← {t.back[locale]}
            </button>
          )}
          {step !== 'review' && (
            <button
              type="button"
              className="button button--primary"
              onClick={() => send({type: 'NEXT'})}
              aria-disabled={!canNext}
              aria-describedby={!canNext ? 'planner-needs-answer' : undefined}
            >
              {step === 'operation' ? t.toChecklist[locale] : t.next[locale]} →
            </button>
          )}
          {!stepComplete(plan, step) && (
            <span id="planner-needs-answer" className={styles.needsAnswer}>
              {t.needsAnswer[locale]}
            </span>
          )}
        </nav>
      </section>

      <PlannerToolbar plan={plan} send={send} saveResult={saveResult} />
    </div>
  );
}
