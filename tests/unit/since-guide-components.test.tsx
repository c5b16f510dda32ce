// @vitest-environment jsdom
import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup, render, screen, within} from '@testing-library/react';
import SinceGuideNote, {SinceGuideMark} from '@site/src/components/SinceGuideNote';
import SinceGuideList from '@site/src/components/SinceGuideList';
import GuideEdition from '@site/src/components/GuideEdition';
import GuideFigure from '@site/src/components/GuideFigure';
import Figure25SinceNote from '@site/src/components/Figure25SinceNote';
import GuidelineLandscape from '@site/src/components/GuidelineLandscape';
import PlannerStepContext from '@site/src/components/Planner/StepContext';
import PlannerStepPhase from '@site/src/components/Planner/StepPhase';
import {guidelines} from '@site/src/catalog';
import {guideSource} from '@site/src/catalog/data/guideSource';
import {landscapeSectors} from '@site/src/catalog/related/guidelineLandscape';
import {SINCE_GUIDE_PATH, formatSinceDate, supersededNote, SINCE_GUIDE_CHECKED} from '@site/src/catalog/sinceGuide';
import {sinceGuide} from '@site/src/catalog/sinceGuideEntries';
import {emptyPlan, type Plan} from '@site/src/planner/plan';
import type {PlannerEvent} from '@site/src/planner/machine';
import {setTestLocale} from '../support/useDocusaurusContext';
import {collectedAnchors} from '../support/useBrokenLinks';

afterEach(() => {
  cleanup();
  setTestLocale('ja');
});

const plan = (patch: Partial<Plan> = {}): Plan => ({...emptyPlan(), ...patch});
const send = () => vi.fn<(event: PlannerEvent) => void>();
const siteNotes = () => screen.queryAllByRole('complementary', {name: /サイトの注記|Site note/});

describe('SinceGuideNote', () => {
  for (const locale of ['ja', 'en'] as const) {
    it(`marks the note as the site's, dates it and links to its entry (${locale})`, () => {
      setTestLocale(locale);
      render(<SinceGuideNote id="medical" />);
      const [note] = siteNotes();
      const date = formatSinceDate(SINCE_GUIDE_CHECKED, locale);
      expect(note).toHaveTextContent(locale === 'ja' ? 'サイトの注記' : 'Site note');
      expect(note).toHaveTextContent(date);
      expect(note).toHaveTextContent(supersededNote('medical')!.text[locale]);
      expect(within(note).getByRole('link').getAttribute('href')).toBe(`${SINCE_GUIDE_PATH}#since-aspSaasMedical`);
    });
  }

  it("names each guideline of a list, linking to each one's entry", () => {
    render(<SinceGuideNote subjects={guidelines} />);
    const items = within(siteNotes()[0]).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    guidelines.forEach((g, i) => {
      expect(items[i]).toHaveTextContent(g.name.ja);
      expect(within(items[i]).getByRole('link').getAttribute('href')).toBe(supersededNote(g.id)!.href);
    });
  });

  it('says nothing of a subject it has no entry for', () => {
    const {container} = render(<SinceGuideNote id="noSuchGuideline" />);
    expect(container).toBeEmptyDOMElement();
  });

  it('marks a row only where a revision or successor was confirmed', () => {
    const {container, unmount} = render(<SinceGuideMark id="aspSaasMedical" />);
    expect(container.querySelector('a')?.getAttribute('href')).toBe(`${SINCE_GUIDE_PATH}#since-aspSaasMedical`);
    unmount();
    expect(render(<SinceGuideMark id="schoolAdministration" />).container).toBeEmptyDOMElement();
  });
});

describe('SinceGuideList', () => {
  for (const locale of ['ja', 'en'] as const) {
    it(`shows every entry once across the page's groups, each with its anchor (${locale})`, () => {
      setTestLocale(locale);
      collectedAnchors.clear();
      const {container} = render(
        <>
          <SinceGuideList group="figure25" />
          {landscapeSectors.map((s) => (
            <SinceGuideList key={s} group={s} level={4} />
          ))}
          <SinceGuideList group="personalInformation" />
        </>,
      );
      const ids = [...container.querySelectorAll('section')].map((s) => s.id);
      expect([...ids].sort()).toEqual(sinceGuide.map((e) => `since-${e.id}`).sort());
      for (const id of ids) expect(collectedAnchors.has(id), id).toBe(true);
    });
  }

  it("gives each confirmed step its issuer's page and the day checked; an unconfirmed entry says so", () => {
    const {container} = render(<SinceGuideList group="figure25" />);
    const medical = container.querySelector<HTMLElement>('#since-aspSaasMedical')!;
    const links = within(medical)
      .getAllByRole('link')
      .map((a) => a.getAttribute('href')!);
    expect(links.some((href) => href.startsWith('https://www.soumu.go.jp/'))).toBe(true);
    expect(medical).toHaveTextContent(
      '医療情報を取り扱う情報システム・サービスの提供事業者における安全管理ガイドライン',
    );
    expect(medical).toHaveTextContent(`確認日：${formatSinceDate(SINCE_GUIDE_CHECKED, 'ja')}`);
    const school = container.querySelector<HTMLElement>('#since-schoolAdministration')!;
    expect(school).toHaveTextContent('発行元のページで確認できていない');
    expect(
      within(school)
        .queryAllByRole('link')
        .every((a) => !a.getAttribute('href')!.startsWith('http')),
    ).toBe(true);
  });
});

describe("the guide's issuer and date", () => {
  for (const locale of ['ja', 'en'] as const) {
    it(`are on the start page, with the site's note beside them (${locale})`, () => {
      setTestLocale(locale);
      const {container} = render(<GuideEdition note />);
      expect(container).toHaveTextContent(guideSource.issuer[locale]);
      expect(container).toHaveTextContent(guideSource.issued[locale]);
      expect(siteNotes()).toHaveLength(1);
      expect(within(siteNotes()[0]).getByRole('link').getAttribute('href')).toBe(SINCE_GUIDE_PATH);
    });
  }
});

describe('where the reader meets the notes', () => {
  it('follows 図表25, outside the figure, naming its four guidelines', () => {
    const {container} = render(
      <>
        <GuideFigure n={25} />
        <Figure25SinceNote />
      </>,
    );
    const figure = container.querySelector('figure')!;
    const [note] = siteNotes();
    expect(figure.contains(note)).toBe(false);
    expect(figure.nextElementSibling).toBe(note);
    expect(within(note).getAllByRole('listitem')).toHaveLength(guidelines.length);
  });

  it('leaves the figures themselves alone', () => {
    render(<GuideFigure n={25} />);
    expect(siteNotes()).toHaveLength(0);
  });

  it('marks the rows of the related guidelines that have a successor', () => {
    const {container} = render(<GuidelineLandscape sector="medical" />);
    const row = container.querySelector<HTMLElement>('#guideline-aspSaasMedical')!;
    expect(within(row).getByRole('link', {name: 'その後の改定・統合あり'}).getAttribute('href')).toBe(
      `${SINCE_GUIDE_PATH}#since-aspSaasMedical`,
    );
  });

  for (const locale of ['ja', 'en'] as const) {
    it(`shows a medical plan the successor of the medical guideline, beside 図表25's requirements (${locale})`, () => {
      setTestLocale(locale);
      const medical = supersededNote('medical')!;
      const {container, unmount} = render(
        <PlannerStepPhase phase="operation" plan={plan({pattern: 'p2', sector: 'medical'})} send={send()} />,
      );
      const details = [...container.querySelectorAll('details')].find((d) =>
        d.textContent!.includes(guidelines.find((g) => g.id === 'medical')!.name[locale]),
      )!;
      const note = details.nextElementSibling as HTMLElement;
      expect(note.tagName).toBe('ASIDE');
      expect(note).toHaveTextContent(medical.text[locale]);
      unmount();
      // and in the step where the sector is chosen
      render(<PlannerStepContext plan={plan({sector: 'medical'})} send={send()} />);
      expect(siteNotes().some((n) => n.textContent!.includes(medical.text[locale]))).toBe(true);
    });
  }

  it("shows no note before a sector is chosen, and the act's when personal information is handled", () => {
    const {unmount} = render(<PlannerStepContext plan={plan()} send={send()} />);
    expect(siteNotes()).toHaveLength(0);
    unmount();
    render(<PlannerStepContext plan={plan({data: {personalInfo: true, tradeSecret: false}})} send={send()} />);
    expect(siteNotes()).toHaveLength(1);
    expect(siteNotes()[0]).toHaveTextContent(supersededNote('personalInformationAct')!.text.ja);
  });
});
