// @vitest-environment jsdom
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render, screen, within} from '@testing-library/react';
import GuideFigure from '@site/src/components/GuideFigure';
import AgreementChecklist from '@site/src/components/AgreementChecklist';
import CaseStudy from '@site/src/components/CaseStudy';
import PatternFeatures from '@site/src/components/PatternFeatures';
import {agreementQuestions, figures, getAgreement, getFigure} from '@site/src/catalog';
import type {FigureNo} from '@site/src/catalog';
import {setTestLocale} from '../support/useDocusaurusContext';
import {setTestPathname} from '../support/router';
import FigureLink from '@site/src/components/FigureLink';
import {collectedAnchors} from '../support/useBrokenLinks';

afterEach(() => {
  cleanup();
  setTestLocale('ja');
  setTestPathname('/planner');
});

describe('FigureLink', () => {
  const href = () => screen.getByRole('link').getAttribute('href');

  it('links to the figure on its page from anywhere else', () => {
    setTestPathname('/guide/chapter-4');
    render(<FigureLink n={10} />);
    expect(href()).toBe('/guide/chapter-3/operational#figure-10');
    expect(screen.getByRole('link').textContent).toBe('図表10');
  });

  it("is a bare anchor on the figure's own page, in either language", () => {
    setTestPathname('/guide/chapter-3/operational');
    render(<FigureLink n={10} />);
    expect(href()).toBe('#figure-10');
    cleanup();
    setTestLocale('en');
    setTestPathname('/en/guide/chapter-3/operational');
    render(<FigureLink n={10} />);
    expect(href()).toBe('#figure-10');
    expect(screen.getByRole('link').textContent).toBe('Figure 10');
  });
});

describe('GuideFigure', () => {
  for (const locale of ['ja', 'en'] as const) {
    it(`renders all 31 figures with their captions (${locale})`, () => {
      setTestLocale(locale);
      for (const figure of figures) {
        const {container, unmount} = render(<GuideFigure n={figure.no as FigureNo} />);
        const caption = container.querySelector('figcaption');
        expect(caption?.textContent).toContain(figure.title[locale]);
        expect(caption?.textContent).toContain(locale === 'ja' ? `図表${figure.no}` : `Figure ${figure.no}`);
        if (figure.source) expect(container.textContent).toContain(figure.source[locale]);
        if (figure.kind === 'table') expect(container.querySelector('table')).not.toBeNull();
        unmount();
      }
    });
  }

  it('declares its anchor so that links to a figure are checked', () => {
    render(<GuideFigure n={18} />);
    expect(collectedAnchors.has('figure-18')).toBe(true);
    expect(document.getElementById('figure-18')).not.toBeNull();
  });

  it('renders an agreement table with one row per item, and the Japanese term beside the English', () => {
    setTestLocale('en');
    render(<GuideFigure n={15} />);
    const agreement = getAgreement('revenueShare');
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(agreement.items.length);
    const first = agreement.items[0];
    expect(rows[0].textContent).toContain(first.name.en);
    expect(rows[0].textContent).toContain(first.name.ja);
    expect(rows[0].textContent).toContain(first.notes[0].en);
  });

  it('shows the three variants of the service use contract as three tables', () => {
    render(<GuideFigure n={27} />);
    const tables = screen.getAllByRole('table');
    const variants = getAgreement('serviceContract').variants ?? [];
    expect(tables).toHaveLength(variants.length);
    variants.forEach((variant, i) => expect(tables[i].querySelector('caption')?.textContent).toBe(variant.name.ja));
  });

  it('says in words what a figure that is a picture in the original shows', () => {
    setTestLocale('en');
    render(<GuideFigure n={1} />);
    expect(screen.getByRole('figure').textContent).toContain(getFigure(1).description!.en);
  });
});

describe('AgreementChecklist', () => {
  it("lists every question of the guide's checklist for an agreement, with its figure", () => {
    render(<AgreementChecklist id="jointProvision" />);
    const questions = agreementQuestions(getAgreement('jointProvision'));
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(questions.length);
    rows.forEach((row, i) => {
      expect(row.textContent).toContain(questions[i].text.ja);
      expect(row.textContent).toContain('図表10');
      expect(row.textContent).not.toContain('サイト追加');
    });
  });

  it("marks the site's own questions as the site's", () => {
    setTestLocale('en');
    render(<AgreementChecklist id="providerSla" />);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(within(row).getByText('Added by this site')).toBeTruthy();
  });
});

describe('CaseStudy and PatternFeatures', () => {
  it('renders case 2 with its table of requirements', () => {
    render(<CaseStudy n={2} />);
    expect(screen.getAllByRole('table')).toHaveLength(2);
  });

  it('renders both kinds of feature of a pattern', () => {
    setTestLocale('en');
    const {container} = render(<PatternFeatures id="p2" />);
    expect(container.textContent).toContain('Operational features of Pattern 2');
    expect(container.textContent).toContain('Functional features of Pattern 2');
  });
});
