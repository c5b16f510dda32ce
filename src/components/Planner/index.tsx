import {
  Suspense,
  lazy,
  startTransition,
  useCallback,
  useDeferredValue,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import Link from '@docusaurus/Link';
import {useActorRef, useSelector} from '@xstate/react';
import {plannerMachine, stepComplete, type PlannerEvent} from '@site/src/planner/machine';
import {STEPS, isBlank, neighbourStep, stepsFor, type StepId} from '@site/src/planner/plan';
import {plannerTitle, stepName} from '@site/src/planner/strings';
import {useLocale} from '@site/src/hooks/useLocale';
import {useEarlyInput} from '@site/src/hooks/useEarlyInput';
import PlannerProgress from '@site/src/components/Planner/Progress';
import PlannerToolbar from '@site/src/components/Planner/Toolbar';
import PlannerNotices from '@site/src/components/Planner/Notices';
import PlannerPlans from '@site/src/components/Planner/Plans';
import {StepOpenedByReader} from '@site/src/components/Planner/Later';
import PlannerStepPane from '@site/src/components/Planner/StepPane';
import {whenIdle} from '@site/src/components/Planner/StepPane/idle';
import {usePlanLibrary} from './usePlanLibrary';
import {useStepHistory} from './useStepHistory';
import {fill, t} from './text';
import styles from './styles.module.css';

/** The comparison, loaded only when a plan of the same partnership is opened. */
const PlannerCompare = lazy(() => import('@site/src/components/Planner/Compare'));
const PlannerSendBack = lazy(() => import('@site/src/components/Planner/SendBack'));

/** The events that change a line, which the planner stamps with the moment. */
const LINE_EVENTS: ReadonlySet<PlannerEvent['type']> = new Set([
  'SET_LINE_STATUS',
  'SET_LINE_OWNER',
  'SET_LINE_NOTE',
  'SET_LINE_OUTCOME',
  'SET_LINE_CHOICES',
]);

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
  const comparing = useSelector(actor, (s) => s.context.comparing);
  const canNext = useSelector(actor, (s) => s.can({type: 'NEXT'}));
  const canReview = useSelector(actor, (s) => s.can({type: 'GOTO', step: 'review'}));
  const library = usePlanLibrary(actor, locale);
  const {ready, saveResult} = library;
  const [listOpen, setListOpen] = useState(false);
  const step: StepId = (STEPS as readonly string[]).includes(String(value)) ? (value as StepId) : 'about';
  const steps = stepsFor(plan.role);
  const n = Math.max(0, steps.indexOf(step));
  const heading = useRef<HTMLHeadingElement>(null);
  const wasReady = useRef(false);
  const root = useRef<HTMLDivElement>(null);
  // A role picked or a name typed before the page was interactive; a saved
  // plan or a link, read once the page has started, still comes after it.
  useEarlyInput(root);

  // Moving between steps moves focus to the new step's heading, so keyboard
  // and screen-reader users land on what changed. Not when the page opens on
  // a saved plan's step: nothing was moved by the reader then. A move made
  // with Back, Next or the progress bar focuses the step's heading and scrolls
  // to it in `send`, before the step changes, while the layout is still the
  // one on screen (so the button pressed is not focused when it goes); a step
  // reached otherwise (a plan opened, a fresh start) is focused here.
  useEffect(() => {
    if (wasReady.current && document.activeElement !== heading.current) heading.current?.focus({preventScroll: true});
  }, [step]);
  useEffect(() => {
    wasReady.current = ready;
  }, [ready]);

  // Besides the step on screen, the planner keeps two out of sight: the next
  // one, rendered and laid out while the reader answers (from answers a moment
  // old, so that answering never waits for it), and the one just left, until
  // the browser is idle. Moving on then only has to show what is there.
  const answersLater = useDeferredValue(plan);
  const [ahead, setAhead] = useState<StepId | null>(null);
  const [left, setLeft] = useState<StepId | null>(null);

  const send = useCallback(
    (event: PlannerEvent) => {
      const snapshot = actor.getSnapshot();
      if ((event.type === 'NEXT' || event.type === 'BACK' || event.type === 'GOTO') && snapshot.can(event)) {
        // The step's heading takes the focus, and the page scrolls to it if it is not wholly in
        // view below the sticky navbar, while the layout is still the one on screen.
        heading.current?.focus({preventScroll: true});
        const box = heading.current?.getBoundingClientRect();
        const navbar = document.querySelector('.navbar')?.getBoundingClientRect().bottom ?? 0;
        if (box && (box.top < navbar || box.bottom > window.innerHeight))
          heading.current!.parentElement!.scrollIntoView({block: 'start'});
        // the step on screen stays, hidden, until the browser is idle
        setLeft(snapshot.context.plan.step);
      }
      // a change to a line is stamped with the moment it was made
      if (LINE_EVENTS.has(event.type) && !('at' in event && event.at)) {
        actor.send({...event, at: new Date().toISOString()} as PlannerEvent);
        return;
      }
      actor.send(event);
    },
    [actor],
  );
  const latestPlan = useCallback(() => actor.getSnapshot().context.plan, [actor]);
  useStepHistory(step, ready, send);
  const next = neighbourStep(plan.role, step, 1);
  useEffect(() => {
    if (!ready) return undefined;
    return whenIdle(() =>
      startTransition(() => {
        setLeft(null);
        setAhead(next);
      }),
    );
  }, [ready, step, next]);
  // in the order of the walk, so that no step's element ever moves
  const panes = STEPS.filter((s) => s === step || s === ahead || s === left);

  return (
    <div ref={root} className={styles.planner} data-ready={ready ? 'true' : 'false'}>
      <p className={styles.intro}>{t.intro[locale]}</p>
      <p className={styles.privacy}>{t.privacy[locale]}</p>
      <noscript>
        <div className="alert alert--warning">
          {t.noScript[locale]} <Link to="/guide/checklist">{t.noScriptLink[locale]}</Link>
        </div>
      </noscript>

      <PlannerPlans library={library} name={plan.names.partnership} listOpen={listOpen} setListOpen={setListOpen} />

      <PlannerNotices
        notice={notice}
        role={plan.role}
        hasPrevious={hasPrevious}
        send={send}
        library={library}
        tabConflict={comparing?.origin === 'tab'}
        showList={() => {
          void library.refresh();
          setListOpen(true);
        }}
      />

      {comparing && (
        <Suspense fallback={null}>
          <PlannerCompare comparing={comparing} plan={plan} send={send} />
        </Suspense>
      )}
      {/* one place, kept while the comparison gives way to its result, so the link made stays on screen */}
      {((comparing && comparing.origin !== 'tab') || notice?.kind === 'merged') && (
        <div className={styles.roundtrip} data-testid="planner-roundtrip">
          <Suspense fallback={null}>
            <PlannerSendBack
              latestPlan={latestPlan}
              label={comparing ? t.applyAndSendBack : undefined}
              before={comparing ? () => send({type: 'COMPARE_APPLY', at: new Date().toISOString()}) : undefined}
            />
          </Suspense>
        </div>
      )}

      <PlannerProgress plan={plan} current={step} send={send} />

      <section className={styles.step} aria-labelledby="planner-step-heading" data-step={step}>
        <p className={styles.stepCount}>{fill(t.stepOf[locale], {n: n + 1, total: steps.length})}</p>
        <h2 id="planner-step-heading" ref={heading} tabIndex={-1} className={styles.stepHeading}>
          {stepName(step, plan.role)[locale]}
        </h2>
        <StepOpenedByReader.Provider value={ready}>
          {panes.map((s) => (
            <PlannerStepPane
              key={s}
              step={s}
              plan={s === step ? plan : answersLater}
              send={send}
              onScreen={s === step}
            />
          ))}
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
              {next === 'review'
                ? plan.role === 'customer'
                  ? t.toCustomerCheck[locale]
                  : t.toChecklist[locale]
                : t.next[locale]}{' '}
              →
            </button>
          )}
          {step !== 'review' && plan.reached === 'review' && canReview && (
            <button type="button" className="button button--link" onClick={() => send({type: 'GOTO', step: 'review'})}>
              {plan.role === 'customer' ? t.backToCustomerCheck[locale] : t.backToChecklist[locale]}
            </button>
          )}
          {!stepComplete(plan, step) && (
            <span id="planner-needs-answer" className={styles.needsAnswer}>
              {t.needsAnswer[locale]}
            </span>
          )}
        </nav>
      </section>

      <PlannerToolbar
        blank={isBlank(plan)}
        latestPlan={latestPlan}
        openIncoming={library.openIncoming}
        act={library.act}
        saveResult={saveResult}
      />
    </div>
  );
}
