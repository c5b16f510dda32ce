// @vitest-environment jsdom
import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup, fireEvent, render, screen} from '@testing-library/react';
import SecurityPatternFinder, {SecurityFinderQuestions} from '@site/src/components/SecurityPatternFinder';
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

  it('inside the planner, shows the answers it is given, unanswered as unanswered, reports availability and offers no link', () => {
    const onAvailability = vi.fn();
    const {container, rerender} = render(
      <SecurityFinderQuestions
        answers={{confidentiality: 'low', availability: null}}
        confidentialityAnswered="low"
        onAvailability={onAvailability}
      />,
    );
    const result = () => container.querySelector('[data-security-pattern]')!.getAttribute('data-security-pattern');
    expect(result()).toBe('');
    expect(screen.getAllByRole('radio').some((r) => (r as HTMLInputElement).checked)).toBe(false);
    // confidentiality is the planner's data answer: stated, not asked again
    expect(screen.queryByRole('radio', {name: /預からない/})).toBeNull();
    fireEvent.click(screen.getByRole('radio', {name: /^高い/}));
    expect(onAvailability).toHaveBeenLastCalledWith('high');
    rerender(
      <SecurityFinderQuestions
        answers={{confidentiality: 'low', availability: 'medium'}}
        onAvailability={onAvailability}
      />,
    );
    expect(result()).toBe('5');
    expect(container.querySelector('a[href*="planner#"]')).toBeNull();
  });
});
