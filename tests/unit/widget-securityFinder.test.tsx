// @vitest-environment jsdom
import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup, fireEvent, render, screen} from '@testing-library/react';
import SecurityPatternFinder from '@site/src/components/SecurityPatternFinder';
import {decodeIntent} from '@site/src/planner/intent';
import {setTestLocale} from '../support/useDocusaurusContext';

afterEach(() => {
  cleanup();
  setTestLocale('ja');
});

describe('SecurityPatternFinder', () => {
  for (const locale of ['ja', 'en'] as const) {
    it(`starts at pattern 1 and follows the answers, with a link that carries them (${locale})`, () => {
      setTestLocale(locale);
      const {container} = render(<SecurityPatternFinder />);
      const result = () => container.querySelector('[data-security-pattern]')!;
      expect(result().getAttribute('data-security-pattern')).toBe('1');
      fireEvent.click(screen.getByRole('radio', {name: locale === 'ja' ? /^低い/ : /^Low/}));
      expect(result().getAttribute('data-security-pattern')).toBe('3');
      fireEvent.click(screen.getByRole('radio', {name: locale === 'ja' ? /預からない/ : /^No/}));
      expect(result().getAttribute('data-security-pattern')).toBe('6');
      const href = container.querySelector('a[href*="planner#"]')!.getAttribute('href')!;
      expect(href.startsWith(locale === 'en' ? '/en/planner#' : '/planner#')).toBe(true);
      expect(decodeIntent(href.split('#')[1]!)).toEqual({security: {confidentiality: 'low', availability: 'low'}});
    });
  }

  it('inside the planner, starts from the plan, reports each answer and offers no link', () => {
    const onChange = vi.fn();
    const {container} = render(
      <SecurityPatternFinder value={{confidentiality: 'low', availability: 'medium'}} onChange={onChange} />,
    );
    expect(container.querySelector('[data-security-pattern]')!.getAttribute('data-security-pattern')).toBe('5');
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('radio', {name: /^高い/}));
    expect(onChange).toHaveBeenLastCalledWith({confidentiality: 'low', availability: 'high'});
    expect(container.querySelector('a[href*="planner#"]')).toBeNull();
  });
});
