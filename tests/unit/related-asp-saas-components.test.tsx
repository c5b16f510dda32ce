// @vitest-environment jsdom
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render, screen, within} from '@testing-library/react';
import AspSaasDefinition from '@site/src/components/AspSaasDefinition';
import AspSaasSystemForm from '@site/src/components/AspSaasSystemForm';
import AspSaasComparison from '@site/src/components/AspSaasComparison';
import AspSaasMerits from '@site/src/components/AspSaasMerits';
import AspSaasMarketFigures from '@site/src/components/AspSaasMarketFigures';
import AspSaasSectors from '@site/src/components/AspSaasSectors';
import AspSaasSecurity from '@site/src/components/AspSaasSecurity';
import {
  aspSaasDefinition,
  aspSaasSectors,
  aspSaasSystemForm,
  aspToSaasChanges,
  marketFigures,
  securityConclusion,
  securityDirections,
  securityIssues,
  smallFirmMerits,
  userMerits,
} from '@site/src/catalog/related/aspSaas';
import {setTestLocale} from '../support/useDocusaurusContext';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;

afterEach(() => {
  cleanup();
  setTestLocale('ja');
});

/** The rows of a table's body. */
function bodyRows(table: HTMLElement): HTMLElement[] {
  return within(table).getAllByRole('row').slice(1);
}

describe('AspSaasDefinition', () => {
  for (const locale of ['ja', 'en'] as const) {
    it(`quotes the definition with its source (${locale})`, () => {
      setTestLocale(locale);
      const {container} = render(<AspSaasDefinition />);
      expect(container.querySelector('blockquote')?.textContent).toContain(aspSaasDefinition.text[locale]);
      expect(container.querySelector('figcaption')?.textContent).toContain(aspSaasDefinition.source[locale]);
    });
  }

  it('gives the Japanese title of the source beside the English', () => {
    setTestLocale('en');
    const {container} = render(<AspSaasDefinition />);
    expect(container.querySelector('figcaption')?.textContent).toContain(aspSaasDefinition.source.ja);
  });
});

describe('AspSaasSystemForm', () => {
  for (const locale of ['ja', 'en'] as const) {
    it(`lists every part of the diagram as a row (${locale})`, () => {
      setTestLocale(locale);
      render(<AspSaasSystemForm />);
      const rows = bodyRows(screen.getByRole('table'));
      expect(rows).toHaveLength(aspSaasSystemForm.parts.length);
      rows.forEach((row, i) => {
        const part = aspSaasSystemForm.parts[i];
        expect(row.querySelector('th[scope="row"]')?.textContent).toContain(part.label[locale]);
        for (const item of part.items) expect(row.textContent).toContain(item[locale]);
      });
    });
  }
});

describe('AspSaasComparison', () => {
  for (const locale of ['ja', 'en'] as const) {
    it(`compares the ASP era with the ASP・SaaS era, row by row (${locale})`, () => {
      setTestLocale(locale);
      render(<AspSaasComparison />);
      const table = screen.getByRole('table');
      expect(within(table).getAllByRole('columnheader')).toHaveLength(3);
      const rows = bodyRows(table);
      expect(rows).toHaveLength(aspToSaasChanges.length);
      const codeRow = rows[aspToSaasChanges.findIndex((r) => r.id === 'same-code')];
      const cells = within(codeRow).getAllByRole('cell');
      expect(cells[0].textContent).toContain(locale === 'ja' ? '×' : 'No');
      expect(cells[1].textContent).toContain(locale === 'ja' ? '○（記述言語など統一可能）' : 'Yes (');
    });
  }

  it('shows no Japanese in English apart from the original terms', () => {
    setTestLocale('en');
    render(<AspSaasComparison />);
    const headers = within(screen.getByRole('table')).getAllByRole('columnheader');
    headers.forEach((h) => expect(h.textContent).not.toMatch(JAPANESE));
  });
});

describe('AspSaasMerits', () => {
  for (const locale of ['ja', 'en'] as const) {
    it(`sets each problem of users beside the merit that helps (${locale})`, () => {
      setTestLocale(locale);
      render(<AspSaasMerits group="users" />);
      const rows = bodyRows(screen.getByRole('table'));
      expect(rows).toHaveLength(userMerits.length);
      rows.forEach((row, i) => {
        expect(row.textContent).toContain(userMerits[i].problems[0][locale]);
        expect(row.textContent).toContain(userMerits[i].merits[0][locale]);
      });
    });

    it(`groups the small firms' challenges into the defensive and the offensive side (${locale})`, () => {
      setTestLocale(locale);
      render(<AspSaasMerits group="smallFirms" />);
      const table = screen.getByRole('table');
      const groups = table.querySelectorAll('th[scope="rowgroup"]');
      expect(groups).toHaveLength(smallFirmMerits.length);
      groups.forEach((g, i) => expect(g.textContent).toContain(smallFirmMerits[i].environment[locale]));
      expect(bodyRows(table)).toHaveLength(smallFirmMerits.flatMap((g) => g.items).length);
    });
  }
});

describe('AspSaasMarketFigures', () => {
  for (const locale of ['ja', 'en'] as const) {
    it(`gives every figure its year and source (${locale})`, () => {
      setTestLocale(locale);
      render(<AspSaasMarketFigures />);
      const rows = bodyRows(screen.getByRole('table'));
      expect(rows).toHaveLength(marketFigures.length);
      rows.forEach((row, i) => {
        const figure = marketFigures[i];
        expect(row.textContent).toContain(figure.value);
        expect(row.textContent).toContain(figure.year);
        expect(row.textContent).toContain(figure.source[locale]);
      });
    });
  }

  it('writes an approximate figure as the source does', () => {
    render(<AspSaasMarketFigures />);
    expect(screen.getByRole('table').textContent).toContain('約2兆円');
    cleanup();
    setTestLocale('en');
    render(<AspSaasMarketFigures />);
    expect(screen.getByRole('table').textContent).toContain('approx. 2 trillion yen');
  });
});

describe('AspSaasSectors', () => {
  for (const locale of ['ja', 'en'] as const) {
    it(`lists every field with its examples (${locale})`, () => {
      setTestLocale(locale);
      render(<AspSaasSectors />);
      const rows = bodyRows(screen.getByRole('table'));
      expect(rows).toHaveLength(aspSaasSectors.length);
      rows.forEach((row, i) => {
        expect(row.textContent).toContain(aspSaasSectors[i].name[locale]);
        for (const example of aspSaasSectors[i].examples) expect(row.textContent).toContain(example[locale]);
      });
    });
  }
});

describe('AspSaasSecurity', () => {
  for (const locale of ['ja', 'en'] as const) {
    it(`shows the issues as a table (${locale})`, () => {
      setTestLocale(locale);
      render(<AspSaasSecurity part="issues" />);
      const rows = bodyRows(screen.getByRole('table'));
      expect(rows).toHaveLength(securityIssues.length);
      expect(rows[0].textContent).toContain(securityIssues[0].issue[locale]);
    });

    it(`states the conclusion (${locale})`, () => {
      setTestLocale(locale);
      const {container} = render(<AspSaasSecurity part="background" />);
      expect(container.textContent).toContain(securityConclusion[locale]);
    });

    it(`lists the three responses and the examples of the third (${locale})`, () => {
      setTestLocale(locale);
      const {container} = render(<AspSaasSecurity part="directions" />);
      const list = container.querySelector('ol');
      expect(list?.children).toHaveLength(securityDirections.length);
      for (const example of securityDirections[2].examples ?? []) expect(list?.textContent).toContain(example[locale]);
    });
  }
});
