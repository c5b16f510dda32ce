// @vitest-environment jsdom
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, fireEvent, render, screen, within} from '@testing-library/react';
import {renderToString} from 'react-dom/server';
import AgreementExplorer from '@site/src/components/AgreementExplorer';
import {partyNames, t} from '@site/src/components/AgreementExplorer/text';
import {fill, t as plannerText} from '@site/src/components/Planner/text';
import {agreementItems, getAgreement, labels, phases, type AgreementId, type PhaseId} from '@site/src/catalog';
import {decodeIntent} from '@site/src/planner/intent';
import {applicabilityNames} from '@site/src/planner/strings';
import {setTestLocale} from '../support/useDocusaurusContext';

afterEach(() => {
  cleanup();
  setTestLocale('ja');
});

type Locale = 'ja' | 'en';

const phaseName = (id: PhaseId, locale: Locale) => phases.find((p) => p.id === id)!.name[locale];
const siteLabel = (locale: Locale) => (locale === 'ja' ? labels.siteQuestionShort : labels.siteQuestion)[locale];

function result(locale: Locale) {
  return screen.getByRole('region', {name: t.result[locale]});
}

/** The agreement's toggle button: its accessible name starts with the agreement's name. */
function toggle(id: AgreementId, locale: Locale) {
  return within(result(locale))
    .getAllByRole('button')
    .find((b) => b.closest('[data-agreement]')?.getAttribute('data-agreement') === id)!;
}

function shownIds(locale: Locale): string[] {
  return [...result(locale).querySelectorAll('[data-agreement]')].map((el) => el.getAttribute('data-agreement')!);
}

function detail() {
  return screen.queryByTestId('agreement-detail');
}

function intentOfLink() {
  const link = screen.getAllByRole('link').find((a) => a.getAttribute('href')?.includes('/planner#'))!;
  return {href: link.getAttribute('href')!, intent: decodeIntent(link.getAttribute('href')!.split('#')[1])};
}

for (const locale of ['ja', 'en'] as const) {
  describe(`AgreementExplorer (${locale})`, () => {
    it('renders the default on the server: sales phase, both parties, the first agreement open', () => {
      setTestLocale(locale);
      const html = renderToString(<AgreementExplorer />);
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const checked = [...doc.querySelectorAll('input[type="radio"]:checked')].map(
        (r) => (r as HTMLInputElement).value,
      );
      expect(checked).toEqual(['sales', 'both']);
      const live = doc.querySelector('[aria-live="polite"]')!;
      expect([...live.querySelectorAll('[data-agreement]')].map((el) => el.getAttribute('data-agreement'))).toEqual([
        'jointProvision',
        'jointSales',
        'license',
        'nda',
      ]);
      const first = getAgreement('jointProvision');
      expect(doc.querySelector('[aria-expanded="true"]')?.textContent).toContain(first.name[locale]);
      expect(doc.querySelectorAll('[aria-expanded="true"]')).toHaveLength(1);
      expect(live.textContent).toContain(first.items[0].questions[0].text[locale]);
      expect(doc.querySelector('a[href*="/planner#"]')?.getAttribute('href')).toMatch(
        /\/planner#start&agreements=techProvision&declined=jointSales$/,
      );
    });

    it('shows the sales agreements with the first one opened to its items and questions', () => {
      setTestLocale(locale);
      render(<AgreementExplorer />);
      expect(screen.getByRole('radio', {name: phaseName('sales', locale)})).toBeChecked();
      expect(screen.getByRole('radio', {name: partyNames.both[locale]})).toBeChecked();
      const region = result(locale);
      expect(region).toHaveAttribute('aria-live', 'polite');
      expect(region).toHaveTextContent(fill(t.countMany[locale], {n: 4}));
      expect(shownIds(locale)).toEqual(['jointProvision', 'jointSales', 'license', 'nda']);
      expect(toggle('jointProvision', locale)).toHaveAttribute('aria-expanded', 'true');
      expect(toggle('nda', locale)).toHaveAttribute('aria-expanded', 'false');
      const panel = detail()!;
      expect(toggle('jointProvision', locale)).toHaveAttribute('aria-controls', panel.id);
      const agreement = getAgreement('jointProvision');
      for (const item of agreementItems(agreement)) {
        for (const q of item.questions) expect(panel).toHaveTextContent(q.text[locale]);
      }
      expect(panel).toHaveTextContent(agreement.overview[0][locale]);
    });

    it('opens another agreement and closes the first; a second click closes it', () => {
      setTestLocale(locale);
      render(<AgreementExplorer />);
      fireEvent.click(toggle('nda', locale));
      expect(toggle('nda', locale)).toHaveAttribute('aria-expanded', 'true');
      expect(toggle('jointProvision', locale)).toHaveAttribute('aria-expanded', 'false');
      expect(detail()).toHaveTextContent(getAgreement('nda').items[0].questions[0].text[locale]);
      fireEvent.click(toggle('nda', locale));
      expect(toggle('nda', locale)).toHaveAttribute('aria-expanded', 'false');
      expect(detail()).toBeNull();
    });

    it('filters by phase and by party', () => {
      setTestLocale(locale);
      render(<AgreementExplorer />);
      fireEvent.click(screen.getByRole('radio', {name: phaseName('operation', locale)}));
      expect(shownIds(locale)).toEqual([
        'revenueShare',
        'providerSla',
        'confidentiality',
        'serviceContract',
        'customerSla',
        'termsOfUse',
      ]);
      expect(toggle('revenueShare', locale)).toHaveAttribute('aria-expanded', 'true');
      fireEvent.click(screen.getByRole('radio', {name: partyNames.providers[locale]}));
      expect(shownIds(locale)).toEqual(['revenueShare', 'providerSla', 'confidentiality']);
      fireEvent.click(screen.getByRole('radio', {name: t.allPhases[locale]}));
      expect(shownIds(locale)).toHaveLength(8);
      expect(toggle('revenueShare', locale)).toHaveAttribute('aria-expanded', 'true');
    });

    it('says when nothing matches, and where the customer’s agreements are', () => {
      setTestLocale(locale);
      render(<AgreementExplorer />);
      fireEvent.click(screen.getByRole('radio', {name: partyNames.customer[locale]}));
      const region = result(locale);
      expect(shownIds(locale)).toEqual([]);
      expect(region).toHaveTextContent(t.none[locale]);
      expect(region).toHaveTextContent(phaseName('introduction', locale));
      expect(region).toHaveTextContent(phaseName('operation', locale));
      expect(detail()).toBeNull();
    });

    it('groups the service contract’s items by variant and marks the site’s questions', () => {
      setTestLocale(locale);
      render(<AgreementExplorer />);
      fireEvent.click(screen.getByRole('radio', {name: phaseName('operation', locale)}));
      fireEvent.click(screen.getByRole('radio', {name: partyNames.customer[locale]}));
      expect(toggle('serviceContract', locale)).toHaveAttribute('aria-expanded', 'true');
      const panel = detail()!;
      const service = getAgreement('serviceContract');
      const groups = [...panel.querySelectorAll('[data-variant]')];
      expect(groups.map((g) => g.getAttribute('data-variant'))).toEqual(service.variants!.map((v) => v.id));
      groups.forEach((g, i) => {
        expect(g).toHaveTextContent(service.variants![i].name[locale]);
        expect(g).toHaveTextContent(service.variants![i].items[0].questions[0].text[locale]);
      });
      const site = panel.querySelector('[data-source="site"]')!;
      expect(site).toHaveTextContent(siteLabel(locale));
      const guide = [...panel.querySelectorAll('[data-source="guide"]')];
      for (const q of guide) expect(q).not.toHaveTextContent(siteLabel(locale));
    });

    it('offers a tick only for the optional agreements and carries the ticks to the planner', () => {
      setTestLocale(locale);
      render(<AgreementExplorer />);
      expect(intentOfLink().intent).toEqual({agreements: ['techProvision'], declined: ['jointSales']});
      expect(intentOfLink().href.startsWith(locale === 'en' ? '/en/planner#' : '/planner#')).toBe(true);
      fireEvent.click(screen.getByRole('radio', {name: t.allPhases[locale]}));
      const boxes = within(result(locale)).getAllByRole('checkbox');
      expect(boxes.map((b) => b.closest('[data-agreement]')!.getAttribute('data-agreement'))).toEqual([
        'jointSales',
        'techProvision',
      ]);
      expect(within(result(locale)).getAllByText(applicabilityNames.optional[locale])).toHaveLength(2);
      // technology provision starts ticked, as the planner makes it unless declined
      fireEvent.click(boxes[1]);
      expect(intentOfLink().intent).toEqual({declined: ['jointSales', 'techProvision']});
      fireEvent.click(boxes[1]);
      expect(intentOfLink().intent).toEqual({agreements: ['techProvision'], declined: ['jointSales']});
      fireEvent.click(boxes[0]);
      expect(intentOfLink().intent).toEqual({agreements: ['jointSales', 'techProvision']});
      expect(screen.getByTestId('agreement-chosen')).toHaveTextContent(getAgreement('jointSales').name[locale]);
      // the ticks stay when the filter hides them
      fireEvent.click(screen.getByRole('radio', {name: phaseName('operation', locale)}));
      expect(intentOfLink().intent).toEqual({agreements: ['jointSales', 'techProvision']});
      fireEvent.click(screen.getByRole('radio', {name: phaseName('sales', locale)}));
      fireEvent.click(within(result(locale)).getByRole('checkbox', {name: plannerText.include[locale]}));
      expect(intentOfLink().intent).toEqual({agreements: ['techProvision'], declined: ['jointSales']});
    });
  });
}
