// @vitest-environment jsdom
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, fireEvent, render, screen, within} from '@testing-library/react';
import {renderToString} from 'react-dom/server';
import RequirementExplorer from '@site/src/components/RequirementExplorer';
import {t} from '@site/src/components/RequirementExplorer/text';
import {fill} from '@site/src/components/Planner/text';
import {
  authLayers,
  labels,
  logItems,
  masterDataTasks,
  techRequirements,
  type TechRequirementId,
} from '@site/src/catalog';
import {decodeIntent} from '@site/src/planner/intent';
import {requirementLineCount} from '@site/src/planner/widgets/requirementExplorer';
import {setTestLocale} from '../support/useDocusaurusContext';

const requirement = (id: TechRequirementId) => techRequirements.find((r) => r.id === id)!;

afterEach(() => {
  cleanup();
  setTestLocale('ja');
});

function result(locale: 'ja' | 'en') {
  return screen.getByRole('region', {name: t.result[locale]});
}

function continueHref(): string {
  const link = screen.getAllByRole('link').find((a) => a.getAttribute('href')?.includes('/planner#'))!;
  return link.getAttribute('href')!;
}

function intentOfLink() {
  return decodeIntent(continueHref().split('#')[1]);
}

function summary(locale: 'ja' | 'en', picked: TechRequirementId[]): string {
  return fill(t.summary[locale], {picked: picked.length, lines: requirementLineCount({picked})});
}

for (const locale of ['ja', 'en'] as const) {
  describe(`RequirementExplorer (${locale})`, () => {
    it('renders master data integration picked on the server, with 図表18 and 図表19', () => {
      setTestLocale(locale);
      const html = renderToString(<RequirementExplorer />);
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const boxes = [...doc.querySelectorAll('input[type="checkbox"]')] as HTMLInputElement[];
      expect(boxes).toHaveLength(techRequirements.length);
      expect(boxes.filter((b) => b.checked)).toHaveLength(1);
      expect(doc.querySelector('[aria-live="polite"]')?.textContent).toContain(summary(locale, ['masterData']));
      expect(html).toContain(masterDataTasks[0].task[locale]);
      expect(doc.querySelector('a[href*="/planner#"]')?.getAttribute('href')).toContain('requirements=masterData');
    });

    it('shows the default pick: considerations, 図表19 tasks and the line count', () => {
      setTestLocale(locale);
      render(<RequirementExplorer />);
      const md = requirement('masterData');
      expect(screen.getByRole('checkbox', {name: md.name[locale]})).toBeChecked();
      const region = result(locale);
      expect(region).toHaveAttribute('aria-live', 'polite');
      expect(region).toHaveTextContent(summary(locale, ['masterData']));
      const cards = within(region).getAllByRole('article');
      expect(cards).toHaveLength(1);
      expect(within(cards[0]).getByRole('heading', {level: 3})).toHaveTextContent(md.name[locale]);
      expect(cards[0]).toHaveTextContent(labels.techConsiderations[locale]);
      for (const c of md.considerations) expect(cards[0]).toHaveTextContent(c[locale]);
      for (const task of masterDataTasks) expect(cards[0]).toHaveTextContent(task.task[locale]);
      expect(cards[0]).toHaveTextContent(
        fill(t.lines[locale], {lines: md.considerations.length + masterDataTasks.length}),
      );
      expect(intentOfLink()).toEqual({requirements: ['masterData']});
    });

    it('adds server authentication (図表20) and log management (図表22) when picked', () => {
      setTestLocale(locale);
      render(<RequirementExplorer />);
      fireEvent.click(screen.getByRole('checkbox', {name: requirement('logManagement').name[locale]}));
      fireEvent.click(screen.getByRole('checkbox', {name: requirement('serverAuth').name[locale]}));
      const region = result(locale);
      const cards = within(region).getAllByRole('article');
      expect(cards.map((c) => c.getAttribute('data-requirement'))).toEqual([
        'masterData',
        'serverAuth',
        'logManagement',
      ]);
      for (const layer of authLayers) {
        expect(cards[1]).toHaveTextContent(layer.layer[locale]);
        for (const g of layer.groups) for (const x of g.techniques) expect(cards[1]).toHaveTextContent(x[locale]);
      }
      for (const item of logItems) expect(cards[2]).toHaveTextContent(item.name[locale]);
      const picked: TechRequirementId[] = ['masterData', 'serverAuth', 'logManagement'];
      expect(region).toHaveTextContent(summary(locale, picked));
      expect(intentOfLink()).toEqual({requirements: picked});
    });

    it('shows a requirement without a detail figure with its considerations only', () => {
      setTestLocale(locale);
      render(<RequirementExplorer />);
      fireEvent.click(screen.getByRole('checkbox', {name: requirement('masterData').name[locale]}));
      fireEvent.click(screen.getByRole('checkbox', {name: requirement('security').name[locale]}));
      const cards = within(result(locale)).getAllByRole('article');
      expect(cards).toHaveLength(1);
      const security = requirement('security');
      for (const c of security.considerations) expect(cards[0]).toHaveTextContent(c[locale]);
      expect(cards[0]).not.toHaveTextContent(labels.task[locale]);
      expect(within(cards[0]).getAllByRole('listitem')).toHaveLength(security.considerations.length);
      expect(intentOfLink()).toEqual({requirements: ['security']});
    });

    it('unpicks and clears', () => {
      setTestLocale(locale);
      render(<RequirementExplorer />);
      fireEvent.click(screen.getByRole('checkbox', {name: requirement('interface').name[locale]}));
      const clear = screen.getByRole('button', {name: t.clear[locale]});
      expect(clear).not.toHaveAttribute('aria-disabled');
      fireEvent.click(clear);
      for (const box of screen.getAllByRole('checkbox')) expect(box).not.toBeChecked();
      const region = result(locale);
      expect(region).toHaveTextContent(t.none[locale]);
      expect(within(region).queryAllByRole('article')).toHaveLength(0);
      expect(clear).toHaveAttribute('aria-disabled', 'true');
      expect(intentOfLink()).toEqual({});
      fireEvent.click(screen.getByRole('checkbox', {name: requirement('operation').name[locale]}));
      expect(intentOfLink()).toEqual({requirements: ['operation']});
    });

    it('puts the checkboxes in a fieldset with a legend', () => {
      setTestLocale(locale);
      render(<RequirementExplorer />);
      const group = screen.getByRole('group', {name: new RegExp(t.legend[locale])});
      expect(within(group).getAllByRole('checkbox')).toHaveLength(techRequirements.length);
    });
  });
}

it('links to the English planner from the English page', () => {
  setTestLocale('en');
  render(<RequirementExplorer />);
  expect(continueHref().startsWith('/en/planner#')).toBe(true);
});
