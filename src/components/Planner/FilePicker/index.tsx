import {useRef, type ReactNode} from 'react';
import styles from './styles.module.css';

/**
 * A button that asks for a JSON file (a plan file, or a file of every plan)
 * and hands over the one chosen. The file input itself stays out of sight and
 * out of the tab order: the button is what the reader reaches.
 */
export default function PlannerFilePicker({
  label,
  onFile,
  testId,
  small = false,
}: {
  label: string;
  onFile: (file: File) => void;
  testId: string;
  small?: boolean;
}): ReactNode {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className={`button button--outline button--primary${small ? ' button--sm' : ''}`}
        onClick={() => input.current?.click()}
      >
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className={styles.file}
        onChange={(e) => {
          const file = e.target.files?.[0];
          // the same file can be chosen again
          e.target.value = '';
          if (file) onFile(file);
        }}
        aria-label={label}
        tabIndex={-1}
        data-testid={testId}
      />
    </>
  );
}
