import {lazy, Suspense, useEffect, useRef, useState, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import type SearchBarType from '@theme/SearchBar';
import type {WrapperProps} from '@docusaurus/types';
import styles from './styles.module.css';

// The search plugin's bar brings its index client and Japanese segmenter with
// it; loaded here only when the reader reaches for search.
const Original = lazy(() => import('@theme-original/SearchBar'));

type Props = WrapperProps<typeof SearchBarType>;

/**
 * Stands in for the search bar until the reader hovers, focuses or presses
 * the search shortcut; then loads the real one and hands it the focus and
 * whatever was typed.
 */
export default function SearchBarWrapper(props: Props): ReactNode {
  const [active, setActive] = useState(false);
  const handoff = useRef<{value: string; focus: boolean}>({value: '', focus: false});
  const box = useRef<HTMLDivElement>(null);
  const label = translate({id: 'theme.SearchBar.label', message: 'Search'});

  // The shortcut (⌘K / Ctrl+K) works before the real bar is loaded.
  useEffect(() => {
    if (active) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if ((e.metaKey || e.ctrlKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        handoff.current.focus = true;
        setActive(true);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [active]);

  // Once the real bar is in the page: name its input in the page's language,
  // and give it the focus and the text the stand-in had.
  useEffect(() => {
    if (!active) return undefined;
    let frame = 0;
    const adopt = () => {
      const input = box.current?.querySelector<HTMLInputElement>('input.navbar__search-input');
      if (!input || input.dataset.standIn) {
        frame = requestAnimationFrame(adopt);
        return;
      }
      input.setAttribute('aria-label', label);
      const {value, focus} = handoff.current;
      if (value) {
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
        setter?.call(input, value);
        input.dispatchEvent(new Event('input', {bubbles: true}));
      }
      if (focus) input.focus();
    };
    adopt();
    return () => cancelAnimationFrame(frame);
  }, [active, label]);

  const standIn = (
    <div className={`navbar__search ${styles.standIn}`}>
      <input
        data-stand-in="true"
        className="navbar__search-input"
        placeholder={label}
        aria-label={label}
        onPointerEnter={() => setActive(true)}
        onFocus={(e) => {
          handoff.current.focus = true;
          handoff.current.value = e.currentTarget.value;
          setActive(true);
        }}
        onChange={(e) => {
          handoff.current.value = e.currentTarget.value;
        }}
      />
    </div>
  );

  return (
    <div ref={box} className={styles.box}>
      {active ? (
        <Suspense fallback={standIn}>
          <Original {...props} />
        </Suspense>
      ) : (
        standIn
      )}
    </div>
  );
}
