// @vitest-environment jsdom
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, fireEvent, render, screen, within} from '@testing-library/react';
import {renderToString} from 'react-dom/server';
import {customerWatch, getAgreement, labels, type Locale} from '@site/src/catalog';
import {decodeIntent} from '@site/src/planner/intent';
import {confirmGroups, type CustomerCheckContext} from '@site/src/planner/widgets/customerCheck';
import CustomerCheck from '@site/src/components/CustomerCheck';
import {contactLabels, patternLabels, t} from '@site/src/components/CustomerCheck/text';
import {setTestLocale} from '../support/useDocusaurusContext';

afterEach(() => {
  cleanup();
  setTestLocale('ja');
});

const LOCALES: Locale[] = ['ja', 'en'];

function continueLink(locale: Locale): HTMLAnchorElement {
  const label = locale === 'ja' ? 'この選択でプランナーを続ける' : 'Continue in the planner with this choice';
  return screen.getByRole('link', {name: new RegExp(label)}) as HTMLAnchorElement;
}

function intentOf(link: HTMLAnchorElement) {
  const href = link.getAttribute('href')!;
  return decodeIntent(href.slice(href.indexOf('#')));
}

function groupsShown(container: HTMLElement): string[] {
  return [...container.querySelectorAll('details[data-agreement]')].map((d) => d.getAttribute('data-agreement')!);
}

function linesShown(container: HTMLElement): string[] {
  return [...container.querySelectorAll('details[data-agreement] [data-line]')].map((l) =>
    l.getAttribute('data-line')!,
  );
}

function expectedLines(choice: CustomerCheckContext): string[] {
  return confirmGroups(choice).flatMap((g) =>
    g.sections.flatMap((s) => s.items.flatMap((i) => i.lines.map((l) => l.id))),
  );
}

const fault = (pattern: 'p1' | 'p2') => customerWatch.find((w) => w.id === 'faultIsolation')!.byPattern[pattern];
const sla = (pattern: 'p1' | 'p2') => customerWatch.find((w) => w.id === 'sla')!.byPattern[pattern];

describe('CustomerCheck', () => {
  for (const locale of LOCALES) {
    it(`renders the default choice and its result on the server (${locale})`, () => {
      setTestLocale(locale);
      const html = renderToString(<CustomerCheck />);
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const checked = [...doc.querySelectorAll<HTMLInputElement>('input[type=radio]')].filter((r) =>
        r.hasAttribute('checked'),
      );
      expect(checked.map((r) => r.value)).toEqual(['p1', 'no']);
      expect(groupsShown(doc.body)).toEqual(['serviceContract', 'customerSla', 'termsOfUse']);
      expect(linesShown(doc.body)).toEqual(expectedLines({pattern: 'p1', customerSystems: false}));
      const details = doc.querySelectorAll('details');
      expect(details[0]!.hasAttribute('open')).toBe(true);
      expect([...details].slice(1).every((d) => !d.hasAttribute('open'))).toBe(true);
      expect(doc.body.textContent).toContain(contactLabels.eachProvider[locale]);
      expect(doc.body.textContent).toContain(fault('p1')[0]![locale]);
      expect(doc.querySelector('[aria-live="polite"]')).not.toBeNull();
      const href = doc.querySelector('a.button')!.getAttribute('href')!;
      expect(decodeIntent(href.slice(href.indexOf('#')))).toEqual({
        role: 'customer',
        pattern: 'p1',
        customerSystems: false,
      });
    });

    it(`shows the default state: pattern 1, no systems, each provider to call (${locale})`, () => {
      setTestLocale(locale);
      const {container} = render(<CustomerCheck />);
      expect(screen.getByRole('radio', {name: patternLabels.p1[locale]})).toBeChecked();
      expect(screen.getByRole('radio', {name: t.no[locale]})).toBeChecked();
      expect(screen.getByRole('heading', {name: t.heading[locale]})).toBeInTheDocument();
      const result = container.querySelector('[aria-live="polite"]') as HTMLElement;
      expect(result).not.toBeNull();
      // grouped by agreement, with its name, count and figure
      for (const group of confirmGroups({pattern: 'p1', customerSystems: false})) {
        const details = container.querySelector(`details[data-agreement="${group.agreement}"]`) as HTMLElement;
        const summary = details.querySelector('summary')!;
        expect(summary.textContent).toContain(getAgreement(group.agreement).name[locale]);
        expect(summary.textContent).toContain(String(group.count));
        expect(
          within(details).getByRole('link', {name: locale === 'ja' ? `図表${group.figure}` : `Figure ${group.figure}`}),
        ).toBeInTheDocument();
      }
      // site questions carry the catalog's label
      expect(within(result).getAllByText(labels.siteQuestionShort[locale]).length).toBeGreaterThan(1);
      // 図表31
      expect(within(result).getByText(contactLabels.eachProvider[locale])).toBeInTheDocument();
      for (const point of [...fault('p1'), ...sla('p1')]) {
        expect(within(result).getByText(point[locale])).toBeInTheDocument();
      }
      expect(intentOf(continueLink(locale))).toEqual({role: 'customer', pattern: 'p1', customerSystems: false});
    });

    it(`updates the result and the link for pattern 2 (${locale})`, () => {
      setTestLocale(locale);
      const {container} = render(<CustomerCheck />);
      fireEvent.click(screen.getByRole('radio', {name: patternLabels.p2[locale]}));
      expect(screen.getByRole('radio', {name: patternLabels.p2[locale]})).toBeChecked();
      expect(linesShown(container)).toEqual(expectedLines({pattern: 'p2', customerSystems: false}));
      const result = container.querySelector('[aria-live="polite"]') as HTMLElement;
      expect(within(result).getByText(contactLabels.contractedProvider[locale])).toBeInTheDocument();
      expect(within(result).queryByText(contactLabels.eachProvider[locale])).toBeNull();
      for (const point of [...fault('p2'), ...sla('p2')]) {
        expect(within(result).getByText(point[locale])).toBeInTheDocument();
      }
      expect(within(result).queryByText(fault('p1')[0]![locale])).toBeNull();
      const variant = getAgreement('serviceContract').variants!.find((v) => v.id === 'singleContract')!;
      expect(within(result).getByText(variant.name[locale])).toBeInTheDocument();
      expect(intentOf(continueLink(locale))).toEqual({role: 'customer', pattern: 'p2', customerSystems: false});
    });

    it(`adds the customer NDA when the customer's systems connect (${locale})`, () => {
      setTestLocale(locale);
      const {container} = render(<CustomerCheck />);
      fireEvent.click(screen.getByRole('radio', {name: new RegExp(`^${t.yes[locale]}`)}));
      expect(groupsShown(container)).toEqual(['customerNda', 'serviceContract', 'customerSla', 'termsOfUse']);
      expect(linesShown(container)).toEqual(expectedLines({pattern: 'p1', customerSystems: true}));
      // the first group is the one open
      const details = container.querySelectorAll('details');
      expect((details[0] as HTMLDetailsElement).open).toBe(true);
      expect(intentOf(continueLink(locale))).toEqual({role: 'customer', pattern: 'p1', customerSystems: true});

      fireEvent.click(screen.getByRole('radio', {name: patternLabels.p2[locale]}));
      expect(linesShown(container)).toEqual(expectedLines({pattern: 'p2', customerSystems: true}));
      expect(intentOf(continueLink(locale))).toEqual({role: 'customer', pattern: 'p2', customerSystems: true});

      fireEvent.click(screen.getByRole('radio', {name: t.no[locale]}));
      expect(groupsShown(container)).not.toContain('customerNda');
      expect(intentOf(continueLink(locale))).toEqual({role: 'customer', pattern: 'p2', customerSystems: false});
    });
  }

  it('links to the planner under /en/ in English', () => {
    setTestLocale('en');
    render(<CustomerCheck />);
    expect(continueLink('en').getAttribute('href')).toMatch(/^\/en\/planner#start&/);
  });

  it('uses native controls in fieldsets with legends', () => {
    const {container} = render(<CustomerCheck />);
    const fieldsets = container.querySelectorAll('fieldset');
    expect(fieldsets).toHaveLength(2);
    for (const f of fieldsets) {
      expect(f.querySelector('legend')).not.toBeNull();
      expect(f.querySelectorAll('input[type=radio]')).toHaveLength(2);
    }
    expect(container.querySelectorAll('details > summary').length).toBe(3);
  });
});
