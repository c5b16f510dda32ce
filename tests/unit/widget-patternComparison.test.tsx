// @vitest-environment jsdom
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, fireEvent, render, screen, within} from '@testing-library/react';
import {renderToString} from 'react-dom/server';
import PatternComparison from '@site/src/components/PatternComparison';
import {text} from '@site/src/components/PatternComparison/text';
import {customerWatch, getAgreement, getPattern, type Locale, type PatternId} from '@site/src/catalog';
import {decodeIntent} from '@site/src/planner/intent';
import {patternChoice} from '@site/src/planner/strings';
import {setTestLocale} from '../support/useDocusaurusContext';

afterEach(() => {
  cleanup();
  setTestLocale('ja');
});

const changed = ['license', 'revenueShare', 'providerSla'] as const;

function continueHref(): string {
  const link = screen.getByRole('link', {name: /プランナーを続ける|Continue in the planner/});
  return link.getAttribute('href')!;
}

function expectPattern(pattern: PatternId, locale: Locale) {
  const region = document.querySelector('[aria-live="polite"]') as HTMLElement;
  expect(region).not.toBeNull();
  const p = getPattern(pattern);
  const r = within(region);
  // the diagram of 図表5 / 図表6, with where responsibility is fixed
  expect(r.getByRole('img')).toBeInTheDocument();
  expect(r.getByText(p.responsibility[locale])).toBeInTheDocument();
  expect(r.getByRole('link', {name: locale === 'ja' ? `図表${p.figure}` : `Figure ${p.figure}`})).toBeInTheDocument();
  // whom the customer contracts and pays
  expect(r.getByText(p.summary[locale])).toBeInTheDocument();
  // 図表31
  for (const topic of customerWatch) {
    for (const line of topic.byPattern[pattern]) expect(r.getByText(line[locale])).toBeInTheDocument();
    const other = topic.byPattern[pattern === 'p1' ? 'p2' : 'p1'];
    for (const line of other) expect(r.queryByText(line[locale])).toBeNull();
  }
  // the agreements pattern 2 adds and pattern 1 does without
  const items = [...region.querySelectorAll('[data-agreement]')].map((el) => el.getAttribute('data-agreement'));
  expect(items).toEqual([...changed]);
  const other = getPattern(pattern === 'p1' ? 'p2' : 'p1').shortName[locale];
  const heading = (pattern === 'p2' ? text.added : text.removed)[locale].replace('{other}', other);
  expect(r.getByText(heading)).toBeInTheDocument();
  for (const id of changed) {
    const a = getAgreement(id);
    const item = region.querySelector(`[data-agreement="${id}"]`) as HTMLElement;
    expect(item.textContent).toContain(a.name[locale]);
    expect(within(item).getByRole('link').getAttribute('href')).toContain(`#figure-${a.figure}`);
  }
  // the continue link carries the pattern
  expect(decodeIntent(continueHref().split('#')[1])).toEqual({pattern});
}

describe('PatternComparison', () => {
  for (const locale of ['ja', 'en'] as const) {
    it(`shows pattern 1 by default, and pattern 2 when chosen (${locale})`, () => {
      setTestLocale(locale);
      render(<PatternComparison />);
      const group = screen.getByRole('group', {name: new RegExp(text.legend[locale])});
      const p1 = within(group).getByRole('radio', {name: patternChoice.p1[locale]});
      const p2 = within(group).getByRole('radio', {name: patternChoice.p2[locale]});
      expect(p1).toBeChecked();
      expect(p2).not.toBeChecked();
      expectPattern('p1', locale);

      fireEvent.click(p2);
      expect(p2).toBeChecked();
      expect(p1).not.toBeChecked();
      expectPattern('p2', locale);

      fireEvent.click(p1);
      expect(p1).toBeChecked();
      expectPattern('p1', locale);
    });
  }

  it('links to the planner of the page’s language', () => {
    setTestLocale('en');
    render(<PatternComparison />);
    expect(continueHref()).toMatch(/^\/en\/planner#start&/);
  });

  it('renders the default choice and its result on the server', () => {
    const html = renderToString(<PatternComparison />);
    expect(html).toContain('aria-live="polite"');
    expect(html).toContain(getPattern('p1').summary.ja);
    expect(html).toContain(getAgreement('license').name.ja);
    expect(html).toContain('pattern=p1');
    const radios = html.match(/<input[^>]*>/g) ?? [];
    expect(radios.find((r) => r.includes('value="p1"'))).toContain('checked=""');
    expect(radios.find((r) => r.includes('value="p2"'))).not.toContain('checked');
  });
});
