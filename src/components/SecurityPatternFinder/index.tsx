import {useEffect, useId, useRef, type ReactNode} from 'react';
import {useActorRef, useSelector} from '@xstate/react';
import {securityLevelCriteria, securityLevelLabels, type SecurityLevel} from '@site/src/catalog/related/securityPatterns';
import {
  availabilityLevels,
  confidentialityLevels,
  securityFinderMachine,
  securityPatternFor,
  securityPatternTitle,
  type SecurityAnswers,
} from '@site/src/planner/widgets/securityFinder';
import {useLocale} from '@site/src/hooks/useLocale';
import {useEarlyInput} from '@site/src/hooks/useEarlyInput';
import ContinueInPlanner from '@site/src/components/ContinueInPlanner';
import {t} from './text';
import styles from './styles.module.css';

/** The report's own wording for an availability level, where its criteria give one. */
function availabilityCriterion(level: SecurityLevel) {
  return securityLevelCriteria
    .find((c) => c.property === 'availability')
    ?.levels.find((l) => l.level === level);
}

/**
 * Three questions of the information security guideline lead to one of its
 * six service patterns. On the security page it ends with "continue in the
 * planner"; in the planner it reports each answer through `onChange`.
 */
export default function SecurityPatternFinder({
  value,
  onChange,
}: {
  /** the planner's answers, when the finder is part of the planner */
  value?: SecurityAnswers | null;
  onChange?: (answers: SecurityAnswers) => void;
}): ReactNode {
  const locale = useLocale();
  const id = useId();
  const actor = useActorRef(securityFinderMachine, {input: value ?? undefined});
  const answers = useSelector(actor, (s) => s.context);
  const pattern = securityPatternFor(answers);
  const root = useRef<HTMLDivElement>(null);
  useEarlyInput(root);

  // Tell the planner about each answer the reader gives (not about the first render).
  useEffect(() => {
    if (!onChange) return undefined;
    const sub = actor.subscribe((s) => onChange(s.context));
    return () => sub.unsubscribe();
  }, [actor, onChange]);

  const radio = <T extends string>(name: string, level: T, checked: boolean, label: string, send: () => void, hint?: string) => (
    <label key={level} className={styles.option}>
      <input type="radio" name={`${id}-${name}`} value={level} checked={checked} onChange={send} />
      <span>
        {label}
        {hint && <span className={styles.hint}>{hint}</span>}
      </span>
    </label>
  );

  return (
    <div ref={root} className={styles.finder}>
      <fieldset className={styles.question}>
        <legend>{t.confidentiality[locale]}</legend>
        {confidentialityLevels.map((level) =>
          radio('c', level, answers.confidentiality === level, (level === 'high' ? t.confidentialityHigh : t.confidentialityLow)[locale], () =>
            actor.send({type: 'SET_CONFIDENTIALITY', level}),
          ),
        )}
      </fieldset>
      <p className={styles.note}>{t.integrity[locale]}</p>
      <fieldset className={styles.question}>
        <legend>{t.availability[locale]}</legend>
        {availabilityLevels.map((level) =>
          radio(
            'a',
            level,
            answers.availability === level,
            securityLevelLabels[level][locale],
            () => actor.send({type: 'SET_AVAILABILITY', level}),
            availabilityCriterion(level)?.criterion[locale],
          ),
        )}
      </fieldset>
      <div className={styles.result} aria-live="polite">
        <p className={styles.resultLabel}>{t.result[locale]}</p>
        <p className={styles.patternName} data-security-pattern={pattern.no}>
          {securityPatternTitle(pattern, locale)}
        </p>
        <ul>
          {pattern.implies.map((line, i) => (
            <li key={i}>{line[locale]}</li>
          ))}
        </ul>
        {pattern.examples && (
          <details>
            <summary>{t.examples[locale]}</summary>
            <p>{pattern.examples.map((e) => e[locale]).join(locale === 'ja' ? '、' : ', ')}</p>
          </details>
        )}
      </div>
      {!onChange && <ContinueInPlanner intent={{security: answers}} />}
    </div>
  );
}
