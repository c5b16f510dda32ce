// @vitest-environment jsdom
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render, screen, within} from '@testing-library/react';
import SecurityPatternTable from '@site/src/components/SecurityPatternTable';
import SecurityLevelCriteria from '@site/src/components/SecurityLevelCriteria';
import SecurityReferenceValues from '@site/src/components/SecurityReferenceValues';
import SecurityComponentAssets from '@site/src/components/SecurityComponentAssets';
import SecurityComponentRoles from '@site/src/components/SecurityComponentRoles';
import SecurityStakeholders from '@site/src/components/SecurityStakeholders';
import SecurityThreats from '@site/src/components/SecurityThreats';
import SecurityGuidelineStructure from '@site/src/components/SecurityGuidelineStructure';
import SecurityMarketFacts from '@site/src/components/SecurityMarketFacts';
import SecurityList from '@site/src/components/SecurityList';
import SecurityBestPractice from '@site/src/components/SecurityBestPractice';
import {
  securityBestPracticeExamples,
  securityComponentGroups,
  securityComponentRoles,
  securityGuidelineParts,
  securityLabels,
  securityLevelCriteria,
  securityLevelLabels,
  securityLists,
  securityMarketFacts,
  securityPatternCommonImplication,
  securityPatterns,
  securityServiceDataThreats,
  securityStakeholders,
  securityThreatTypes,
  securityUnclassifiedServices,
} from '@site/src/catalog/related/security';
import type {SecurityListId} from '@site/src/catalog/related/security';
import {setTestLocale} from '../support/useDocusaurusContext';

afterEach(() => {
  cleanup();
  setTestLocale('ja');
});

const LOCALES = ['ja', 'en'] as const;

/** The body rows of the only table rendered. */
function bodyRows(): HTMLElement[] {
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('row')
    .filter((row) => row.closest('thead') === null);
}

describe('SecurityPatternTable', () => {
  for (const locale of LOCALES) {
    it(`renders the six patterns with their levels, implications and services (${locale})`, () => {
      setTestLocale(locale);
      render(<SecurityPatternTable />);
      const table = screen.getByRole('table');
      expect(table.querySelector('caption')?.textContent).toBe(securityLabels.patternsCaption[locale]);
      expect(screen.getByRole('group', {name: securityLabels.patternsCaption[locale]})).toBeTruthy();
      const rows = bodyRows();
      expect(rows).toHaveLength(6);
      securityPatterns.forEach((pattern, i) => {
        const row = rows[i];
        expect(within(row).getByRole('rowheader').textContent).toContain(pattern.name[locale]);
        const cells = within(row).getAllByRole('cell');
        expect(cells[0].textContent).toBe(securityLevelLabels[pattern.confidentiality][locale]);
        expect(cells[1].textContent).toBe(securityLevelLabels[pattern.integrity][locale]);
        expect(cells[2].textContent).toBe(securityLevelLabels[pattern.availability][locale]);
        for (const line of pattern.implies) expect(cells[3].textContent).toContain(line[locale]);
        for (const example of pattern.examples ?? []) expect(cells[4].textContent).toContain(example[locale]);
      });
      expect(document.body.textContent).toContain(securityPatternCommonImplication[locale]);
      for (const service of securityUnclassifiedServices) {
        expect(document.body.textContent).toContain(service[locale]);
      }
    });
  }

  it('shows the Japanese name under the English one', () => {
    setTestLocale('en');
    render(<SecurityPatternTable />);
    const header = within(bodyRows()[0]).getByRole('rowheader');
    expect(header.textContent).toContain('Pattern 1');
    expect(header.textContent).toContain(securityPatterns[0].name.ja);
  });
});

describe('SecurityLevelCriteria', () => {
  for (const locale of LOCALES) {
    it(`renders one row per level of each property (${locale})`, () => {
      setTestLocale(locale);
      render(<SecurityLevelCriteria />);
      const rows = bodyRows();
      const levels = securityLevelCriteria.flatMap((c) => c.levels);
      expect(rows).toHaveLength(levels.length);
      levels.forEach((level, i) => {
        expect(rows[i].textContent).toContain(level.criterion[locale]);
        for (const item of level.items ?? []) expect(rows[i].textContent).toContain(item.text[locale]);
      });
      expect(screen.getAllByRole('rowheader').length).toBeGreaterThanOrEqual(levels.length);
    });
  }
});

describe('the other tables of the security page', () => {
  for (const locale of LOCALES) {
    it(`render their rows from the data (${locale})`, () => {
      setTestLocale(locale);

      let view = render(<SecurityReferenceValues />);
      expect(bodyRows()).toHaveLength(6);
      expect(bodyRows()[0].textContent).toContain('*');
      view.unmount();

      view = render(<SecurityComponentAssets />);
      expect(bodyRows()).toHaveLength(securityComponentGroups.length);
      expect(document.body.textContent).toContain(securityComponentGroups[0].information![0][locale]);
      view.unmount();

      view = render(<SecurityComponentRoles />);
      expect(bodyRows()).toHaveLength(securityComponentRoles.length);
      view.unmount();

      view = render(<SecurityStakeholders />);
      expect(bodyRows()).toHaveLength(securityStakeholders.reduce((n, s) => n + s.groups.length, 0));
      view.unmount();

      view = render(<SecurityThreats table="types" />);
      expect(bodyRows()).toHaveLength(securityThreatTypes.length);
      view.unmount();

      view = render(<SecurityThreats table="serviceData" />);
      expect(bodyRows()).toHaveLength(securityServiceDataThreats.length);
      view.unmount();

      view = render(<SecurityGuidelineStructure part="overview" />);
      expect(bodyRows()).toHaveLength(securityGuidelineParts.length);
      view.unmount();

      for (const id of ['organisational', 'technical'] as const) {
        view = render(<SecurityGuidelineStructure part={id} />);
        const part = securityGuidelineParts.find((p) => p.id === id)!;
        expect(bodyRows()).toHaveLength(part.chapters.length);
        view.unmount();
      }

      view = render(<SecurityMarketFacts />);
      const rows = bodyRows();
      expect(rows).toHaveLength(securityMarketFacts.length);
      securityMarketFacts.forEach((fact, i) => {
        expect(rows[i].textContent).toContain(fact.value[locale]);
        expect(rows[i].textContent).toContain(fact.source[locale]);
      });
      view.unmount();
    });
  }
});

describe('SecurityList and SecurityBestPractice', () => {
  for (const locale of LOCALES) {
    it(`render every list with all its items (${locale})`, () => {
      setTestLocale(locale);
      for (const id of Object.keys(securityLists) as SecurityListId[]) {
        const {container, unmount} = render(<SecurityList name={id} />);
        const list = securityLists[id];
        expect(container.firstElementChild?.children).toHaveLength(list.items.length);
        for (const item of list.items) {
          if (item.title) expect(container.textContent).toContain(item.title[locale]);
          for (const text of [...(item.text ?? []), ...(item.items ?? []), ...(item.result ?? [])]) {
            expect(container.textContent).toContain(text[locale]);
          }
        }
        unmount();
      }
    });

    it(`renders the best practice examples (${locale})`, () => {
      setTestLocale(locale);
      for (const example of securityBestPracticeExamples) {
        const {container, unmount} = render(<SecurityBestPractice id={example.id} />);
        expect(container.textContent).toContain(example.measure[locale]);
        for (const practice of example.practices) expect(container.textContent).toContain(practice[locale]);
        unmount();
      }
    });
  }
});
