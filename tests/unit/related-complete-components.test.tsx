// @vitest-environment jsdom
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render, screen, within} from '@testing-library/react';
import SecurityStandards from '@site/src/components/SecurityStandards';
import SecurityServiceLevels from '@site/src/components/SecurityServiceLevels';
import SecurityInterviews from '@site/src/components/SecurityInterviews';
import AspicPillars from '@site/src/components/AspicPillars';
import DataGovernanceGuide from '@site/src/components/DataGovernanceGuide';
import AspSaasSurvey from '@site/src/components/AspSaasSurvey';
import SourceSlips from '@site/src/components/SourceSlips';
import {
  interviewCompanies,
  interviewLabels,
  interviewUnassignedScales,
  interviewUnassignedSla,
  securityServiceLevelLabels,
  securityServiceLevels,
  securityStandardFields,
  securityStandardsLabels,
} from '@site/src/catalog/related/securityReport';
import {
  aspicLabels,
  aspicPillars,
  dataGovernanceContents,
  dataGovernanceParties,
} from '@site/src/catalog/related/aspic';
import {
  customerExpectationSurvey,
  securitySurveyCharts,
  surveyGroups,
  surveyLabels,
} from '@site/src/catalog/related/aspSaas';
import {sourceSlipLabels, sourceSlips} from '@site/src/catalog/sourceSlips';
import {setTestLocale} from '../support/useDocusaurusContext';

afterEach(() => {
  cleanup();
  setTestLocale('ja');
});

const LOCALES = ['ja', 'en'] as const;

function bodyRows(table: HTMLElement): HTMLElement[] {
  return within(table)
    .getAllByRole('row')
    .filter((row) => row.closest('thead') === null);
}

for (const locale of LOCALES) {
  describe(`the related guides' added tables (${locale})`, () => {
    it('SecurityStandards: one row per entry, grouped by field, each with its kind', () => {
      setTestLocale(locale);
      render(<SecurityStandards />);
      const table = screen.getByRole('table', {name: securityStandardsLabels.caption[locale]});
      const entries = securityStandardFields.flatMap((f) => f.standards);
      expect(bodyRows(table)).toHaveLength(entries.length);
      for (const field of securityStandardFields) expect(table.textContent).toContain(field.name[locale]);
      expect(table.textContent).toContain(entries[1].name[locale]);
    });

    it('SecurityServiceLevels: every service with its reasons and the pattern 図表24 gives it', () => {
      setTestLocale(locale);
      render(<SecurityServiceLevels />);
      const table = screen.getByRole('table', {name: securityServiceLevelLabels.caption[locale]});
      const rows = bodyRows(table).filter((row) => row.querySelector('th[scope="row"]'));
      expect(rows).toHaveLength(securityServiceLevels.length);
      const storage = rows[securityServiceLevels.findIndex((r) => r.id === 'securityServiceLevel.common.3')];
      expect(storage.textContent).toContain(securityServiceLevelLabels.notInFigure24[locale]);
      const blog = rows[securityServiceLevels.findIndex((r) => r.pattern === 'unclassified')];
      expect(blog.textContent).toContain(securityServiceLevelLabels.unclassified[locale]);
      const orders = rows[0];
      expect(orders.textContent).toContain(securityServiceLevels[0].confidentialityReason![locale]);
      expect(orders.textContent).toContain(
        `${securityServiceLevelLabels.pattern[locale]}${locale === 'ja' ? '' : ' '}1`,
      );
    });

    it('SecurityInterviews: nine companies, and what the text does not tie to a company under the table', () => {
      setTestLocale(locale);
      const {container, unmount} = render(<SecurityInterviews part="companies" />);
      const table = screen.getByRole('table', {name: interviewLabels.companiesCaption[locale]});
      expect(bodyRows(table)).toHaveLength(interviewCompanies.length);
      for (const value of interviewUnassignedScales.values) expect(container.textContent).toContain(value[locale]);
      unmount();
      const security = render(<SecurityInterviews part="security" />);
      expect(security.container.textContent).toContain(interviewUnassignedSla.answers[5][0][locale]);
      expect(security.container.textContent).toContain(interviewLabels.unassignedSla[locale]);
    });

    it('AspicPillars and DataGovernanceGuide: five pillars, three parties, five chapters', () => {
      setTestLocale(locale);
      render(<AspicPillars />);
      const pillars = screen.getByRole('table', {name: aspicLabels.pillarsCaption[locale]});
      expect(bodyRows(pillars)).toHaveLength(aspicPillars.length);
      cleanup();
      render(<DataGovernanceGuide part="parties" />);
      expect(bodyRows(screen.getByRole('table', {name: aspicLabels.partiesCaption[locale]}))).toHaveLength(
        dataGovernanceParties.length,
      );
      cleanup();
      render(<DataGovernanceGuide part="contents" />);
      const list = screen.getByRole('list', {name: aspicLabels.contentsCaption[locale]});
      expect(within(list).getAllByRole('listitem').length).toBe(
        dataGovernanceContents.length + dataGovernanceContents.flatMap((c) => c.sections).length,
      );
    });

    it('AspSaasSurvey: the expectations with their shares, and one table per chart with its groups', () => {
      setTestLocale(locale);
      render(<AspSaasSurvey part="expectations" />);
      const rows = bodyRows(screen.getByRole('table'));
      expect(rows).toHaveLength(customerExpectationSurvey.items.length);
      expect(rows[0].textContent).toContain('66.9');
      cleanup();
      const {container} = render(<AspSaasSurvey part="measures" />);
      const tables = screen.getAllByRole('table');
      expect(tables).toHaveLength(securitySurveyCharts.length);
      for (const group of surveyGroups) expect(tables[0].textContent).toContain(`N=${group.n}`);
      expect(container.textContent).toContain(surveyLabels.unmatched[locale]);
    });

    it('SourceSlips: every slip with the printed and the corrected wording', () => {
      setTestLocale(locale);
      render(<SourceSlips />);
      const table = screen.getByRole('table', {name: sourceSlipLabels.caption[locale]});
      const rows = bodyRows(table);
      expect(rows).toHaveLength(sourceSlips.length);
      expect(rows[0].textContent).toContain(sourceSlips[0].printed);
      expect(rows[0].textContent).toContain(sourceSlips[0].corrected);
    });
  });
}
