import {useId, type ReactNode} from 'react';
import styles from './styles.module.css';

export interface Choice<T extends string> {
  value: T;
  label: ReactNode;
  hint?: ReactNode;
}

/** A question answered by one of a few options: a fieldset of radio buttons. */
export default function PlannerChoice<T extends string>({
  legend,
  choices,
  value,
  onChange,
  name,
  inline = false,
}: {
  legend: ReactNode;
  choices: Choice<T>[];
  value: T | null;
  onChange: (value: T) => void;
  name?: string;
  /** the options side by side, as a short switch between views */
  inline?: boolean;
}): ReactNode {
  const generated = useId();
  const group = name ?? generated;
  return (
    <fieldset className={inline ? `${styles.fieldset} ${styles.inline}` : styles.fieldset}>
      <legend className={styles.legend}>{legend}</legend>
      {choices.map((c) => {
        const hintId = `${group}-${c.value}-hint`;
        return (
          // The hint describes the option rather than naming it, so that a
          // screen reader announces a short name and then the detail.
          <div key={c.value} className={styles.option} data-checked={value === c.value ? 'true' : 'false'}>
            <input
              id={`${group}-${c.value}`}
              type="radio"
              name={group}
              value={c.value}
              checked={value === c.value}
              onChange={() => onChange(c.value)}
              aria-describedby={c.hint ? hintId : undefined}
            />
            <div>
              <label htmlFor={`${group}-${c.value}`} className={styles.label}>
                {c.label}
              </label>
              {c.hint && (
                <span id={hintId} className={styles.hint}>
                  {c.hint}
                </span>
              )}
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
