import {useId, useRef, type ReactNode} from 'react';
import {useActorRef, useSelector} from '@xstate/react';
import {
  securityLevelCriteria,
  securityLevelLabels,
  type SecurityLevel,
} from '@site/src/catalog/related/securityPatterns';
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
  return securityLevelCriteria.find((c) => c.property === 'availability')?.levels.find((l) => l.level === level);
}

interface FinderAnswers {
  confidentiality: SecurityAnswers['confidentiality'] | null;
  availability: SecurityLevel | null;
}

/**
 * The finder's questions and, once both are answered, the pattern they lead
 * to. It keeps no answers of its own: `answers` is what to show.
 */
export function SecurityFinderQuestions({
  answers,
  onConfidentiality,
  confidentialityAnswered,
  onAvailability,
}: {
  answers: FinderAnswers;
  /** asks confidentiality; without it, `confidentialityAnswered` says how the planner answered it */
  onConfidentiality?: (level: SecurityAnswers['confidentiality']) => void;
  confidentialityAnswered?: ReactNode;
  onAvailability: (level: SecurityLevel) => void;
}): ReactNode {
  const locale = useLocale();
  const id = useId();
  const {confidentiality, availability} = answers;
  const pattern = confidentiality && availability ? securityPatternFor({confidentiality, availability}) : null;

  const radio = <T extends string>(
    name: string,
    level: T,
    checked: boolean,
    label: string,
    send: () => void,
    hint?: string,
  ) => (
    <label key={level} className={styles.option}>
      <input type="radio" name={`${id}-${name}`} value={level} checked={checked} onChange={send} />
      <span>
        {label}
        {hint && <span className={styles.hint}>{hint}</span>}
      </span>
    </label>
  );

  return (
    <>
      {onConfidentiality ? (
        <fieldset className={styles.question}>
          <legend>{t.confidentiality[locale]}</legend>
          {confidentialityLevels.map((level) =>
            radio(
              'c',
              level,
              confidentiality === level,
              (level === 'high' ? t.confidentialityHigh : t.confidentialityLow)[locale],
              () => onConfidentiality(level),
            ),
          )}
        </fieldset>
      ) : (
        <p className={styles.answered} data-confidentiality={confidentiality ?? ''}>
          {confidentialityAnswered}
        </p>
      )}
      <p className={styles.note}>{t.integrity[locale]}</p>
      <fieldset className={styles.question}>
        <legend>{t.availability[locale]}</legend>
        {availabilityLevels.map((level) =>
          radio(
            'a',
            level,
            availability === level,
            securityLevelLabels[level][locale],
            () => onAvailability(level),
            availabilityCriterion(level)?.criterion[locale],
          ),
        )}
      </fieldset>
      <div className={styles.result} aria-live="polite">
        <p className={styles.resultLabel}>{t.result[locale]}</p>
        {pattern ? (
          <>
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
          </>
        ) : (
          <p className={styles.patternName} data-security-pattern="">
            {t.unanswered[locale]}
          </p>
        )}
      </div>
    </>
  );
}

/**
 * Three questions of the information security guideline lead to one of its
 * six service patterns, on the security page; it ends with "continue in the
 * planner". (In the planner, SecurityFinderQuestions reads the plan.)
 */
export default function SecurityPatternFinder(): ReactNode {
  const actor = useActorRef(securityFinderMachine, {input: undefined});
  const answers = useSelector(actor, (s) => s.context);
  const root = useRef<HTMLDivElement>(null);
  useEarlyInput(root);
  return (
    <div ref={root} className={styles.finder}>
      <SecurityFinderQuestions
        answers={answers}
        onConfidentiality={(level) => actor.send({type: 'SET_CONFIDENTIALITY', level})}
        onAvailability={(level) => actor.send({type: 'SET_AVAILABILITY', level})}
      />
      <ContinueInPlanner intent={{security: answers}} />
    </div>
  );
}
