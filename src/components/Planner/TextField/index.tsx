import {useEffect, useId, useState, type ReactNode} from 'react';
import {refusedCharacter, textProblem} from '@site/src/planner/plan';
import {textProblemMessages} from '@site/src/planner/strings';
import {useLocale} from '@site/src/hooks/useLocale';
import styles from './styles.module.css';

/**
 * A text field whose value only reaches the plan when it is acceptable text
 * (no control characters, within the limit); otherwise the field
 * says why and the plan keeps its last good value.
 */
export default function PlannerTextField({
  label,
  value,
  max,
  multiline = false,
  onChange,
  hideLabel = false,
  autoFocus = false,
}: {
  label: string;
  value: string;
  max: number;
  multiline?: boolean;
  onChange: (value: string) => void;
  hideLabel?: boolean;
  /** for a field the reader has just asked for */
  autoFocus?: boolean;
}): ReactNode {
  const locale = useLocale();
  const id = useId();
  const [draft, setDraft] = useState(value);
  const problem = textProblem(draft, max);
  // A plan opened from a file or link replaces what is shown.
  useEffect(() => setDraft(value), [value]);

  const change = (next: string) => {
    setDraft(next);
    if (textProblem(next, max) === null) onChange(next);
  };
  const common = {
    id,
    value: draft,
    'aria-invalid': problem !== null,
    'aria-describedby': problem ? `${id}-problem` : undefined,
    className: styles.input,
    autoFocus,
  };
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={hideLabel ? styles.hidden : styles.label}>
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={2} onChange={(e) => change(e.target.value)} />
      ) : (
        <input {...common} type="text" autoComplete="off" onChange={(e) => change(e.target.value)} />
      )}
      {/* what a printout shows instead of the field: every line of the text, no box */}
      <p className={styles.printed} aria-hidden="true">
        {value}
      </p>
      {problem && (
        <span id={`${id}-problem`} className={styles.problem} role="alert">
          {textProblemMessages[problem][locale].replace('{char}', refusedCharacter(draft) ?? '')}
        </span>
      )}
    </div>
  );
}
