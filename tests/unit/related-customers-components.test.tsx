// @vitest-environment jsdom
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render, screen, within} from '@testing-library/react';
import GuidelineLandscape from '@site/src/components/GuidelineLandscape';
import UsageCycle from '@site/src/components/UsageCycle';
import ExpectationGaps from '@site/src/components/ExpectationGaps';
import DataAbroadChecks from '@site/src/components/DataAbroadChecks';
import InformationTypes from '@site/src/components/InformationTypes';
import DisclosureCategories from '@site/src/components/DisclosureCategories';
import DisclosureStats from '@site/src/components/DisclosureStats';
import RelatedPoints from '@site/src/components/RelatedPoints';
import {dataAbroadChecks, expectationGaps, informationTypes, usageCycle} from '@site/src/catalog/related/customers';
import {
  certificationImportance,
  disclosureCategories,
  disclosureStats,
  guidelineOutcomes,
  landscapeGuidelines,
  landscapeSectors,
  sectorNames,
} from '@site/src/catalog/related/guidelineLandscape';
import {setTestLocale} from '../support/useDocusaurusContext';
import {collectedAnchors} from '../support/useBrokenLinks';

afterEach(() => {
  cleanup();
  setTestLocale('ja');
});

const locales = ['ja', 'en'] as const;

describe('GuidelineLandscape', () => {
  for (const locale of locales) {
    it(`renders one table per sector with a row per guideline, issuer and date (${locale})`, () => {
      setTestLocale(locale);
      for (const sector of landscapeSectors) {
        const {unmount} = render(<GuidelineLandscape sector={sector} />);
        const group = screen.getByRole('group', {name: sectorNames[sector][locale]});
        const rows = within(group).getAllByRole('row').slice(1);
        const guidelines = landscapeGuidelines.filter((g) => g.sector === sector);
        expect(rows).toHaveLength(guidelines.length);
        guidelines.forEach((g) => {
          const row = rows.find((r) => r.id === `guideline-${g.id}`);
          expect(row, g.id).toBeDefined();
          expect(row!.textContent).toContain(g.name[locale]);
          expect(row!.textContent).toContain(g.issuer[locale]);
          expect(row!.textContent).toContain(g.date);
          if (g.dateNote) expect(row!.textContent).toContain(g.dateNote[locale]);
        });
        unmount();
      }
    });
  }

  it('shows the Japanese name under the English one', () => {
    setTestLocale('en');
    render(<GuidelineLandscape sector="medical" />);
    const g = landscapeGuidelines.find((x) => x.id === 'medicalSystemsSecurity')!;
    const row = document.getElementById('guideline-medicalSystemsSecurity')!;
    expect(row.textContent).toContain(g.name.en);
    expect(row.querySelector('[lang="ja"]')?.textContent).toBe(g.name.ja);
  });

  it('groups the rows by audience, and declares each row as an anchor', () => {
    render(<GuidelineLandscape sector="common" />);
    const groups = screen.getAllByRole('rowheader').filter((th) => th.getAttribute('scope') === 'rowgroup');
    expect(groups.map((th) => th.textContent)).toEqual(['ASP・SaaS・クラウド事業者向け', '利用者向け']);
    expect(collectedAnchors.has('guideline-userProtection')).toBe(true);
  });

  it('links the guidelines of 図表25 to that figure in the partnership guide', () => {
    render(<GuidelineLandscape sector="education" />);
    const link = screen.getByRole('link', {name: '図表25'});
    expect(link.getAttribute('href')).toBe('/guide/chapter-3/guidelines#figure-25');
  });
});

describe('UsageCycle', () => {
  for (const locale of locales) {
    it(`lists the five stages in order with what to do (${locale})`, () => {
      setTestLocale(locale);
      render(<UsageCycle />);
      const stages = screen.getAllByRole('listitem').filter((li) => li.id.startsWith('stage-'));
      expect(stages.map((li) => li.id)).toEqual(usageCycle.map((s) => `stage-${s.id}`));
      stages.forEach((li, i) => {
        expect(li.textContent).toContain(usageCycle[i].name[locale]);
        for (const action of usageCycle[i].actions) expect(li.textContent).toContain(action[locale]);
      });
    });
  }

  it('links each stage to its check points on the same page', () => {
    render(<UsageCycle />);
    const stage = document.getElementById('stage-continueOrEnd')!;
    const links = within(stage).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(
      usageCycle.find((s) => s.id === 'continueOrEnd')!.gaps.map((id) => `#gap-${id}`),
    );
    expect(links[0].getAttribute('aria-label')).toContain('事業者側の都合でサービス終了する場合');
  });
});

describe('ExpectationGaps', () => {
  for (const locale of locales) {
    it(`renders the seven gaps with what to check (${locale})`, () => {
      setTestLocale(locale);
      render(<ExpectationGaps />);
      const rows = screen.getAllByRole('row').slice(1);
      expect(rows).toHaveLength(7);
      rows.forEach((row, i) => {
        expect(row.id).toBe(`gap-${expectationGaps[i].id}`);
        expect(row.textContent).toContain(expectationGaps[i].gap[locale]);
        expect(row.textContent).toContain(expectationGaps[i].check[locale]);
      });
      expect(rows[5].textContent).toContain(expectationGaps[5].consequence![locale]);
    });
  }

  it('declares its rows as anchors, so the usage cycle’s links are checked', () => {
    render(<ExpectationGaps />);
    for (const gap of expectationGaps) expect(collectedAnchors.has(`gap-${gap.id}`)).toBe(true);
  });
});

describe('DataAbroadChecks and InformationTypes', () => {
  for (const locale of locales) {
    it(`renders the five points for data kept abroad with their notes (${locale})`, () => {
      setTestLocale(locale);
      const {container} = render(<DataAbroadChecks />);
      for (const check of dataAbroadChecks) {
        expect(container.textContent).toContain(check.point[locale]);
        for (const note of check.notes) expect(container.textContent).toContain(note[locale]);
      }
      expect(container.textContent).toContain(locale === 'ja' ? '⑤' : dataAbroadChecks[4].topic.en);
    });

    it(`renders the information types by purpose (${locale})`, () => {
      setTestLocale(locale);
      render(<InformationTypes />);
      const rows = screen.getAllByRole('row').slice(1);
      expect(rows).toHaveLength(informationTypes.length);
      rows.forEach((row, i) => {
        expect(row.textContent).toContain(informationTypes[i].name[locale]);
        expect(row.textContent).toContain(informationTypes[i].checkPoint[locale]);
      });
    });
  }
});

describe('the information-disclosure certification', () => {
  for (const locale of locales) {
    it(`renders the service categories with their counts (${locale})`, () => {
      setTestLocale(locale);
      render(<DisclosureCategories />);
      const rows = screen.getAllByRole('row').slice(1);
      expect(rows).toHaveLength(disclosureCategories.length);
      rows.forEach((row, i) => {
        const cells = within(row).getAllByRole('cell');
        expect(row.textContent).toContain(disclosureCategories[i].name[locale]);
        expect(cells[0].textContent).toBe(String(disclosureCategories[i].count));
        expect(cells[1].textContent).toBe(disclosureCategories[i].description[locale]);
      });
    });

    it(`renders the numbers of certified services with their source and date (${locale})`, () => {
      setTestLocale(locale);
      render(<DisclosureStats />);
      const rows = screen.getAllByRole('row').slice(1);
      expect(rows).toHaveLength(disclosureStats.length);
      expect(rows[0].textContent).toContain(disclosureStats[0].asOf![locale]);
      expect(rows[0].textContent).toContain('131');
      expect(rows[1].textContent).toContain(locale === 'ja' ? '記載なし' : 'Not stated');
    });

    it(`renders the outcomes and the importance of the certification (${locale})`, () => {
      setTestLocale(locale);
      const {container, unmount} = render(<RelatedPoints name="outcomes" />);
      for (const o of guidelineOutcomes) expect(container.textContent).toContain(o.text[locale]);
      expect(screen.getByRole('link').getAttribute('href')).toBe('#guideline-aspSaasMedical');
      unmount();
      render(<RelatedPoints name="certification" />);
      expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(
        certificationImportance.map((p) => p[locale]),
      );
    });
  }
});
