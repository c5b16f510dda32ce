import {describe, expect, it} from 'vitest';
import * as customers from '@site/src/catalog/related/customers';
import * as landscape from '@site/src/catalog/related/guidelineLandscape';
import {dataAbroadChecks, expectationGaps, informationTypes, usageCycle} from '@site/src/catalog/related/customers';
import {
  disclosureCategories,
  disclosureStats,
  guidelineOutcomes,
  landscapeGuidelines,
  landscapeSectors,
  sectorAnchors,
} from '@site/src/catalog/related/guidelineLandscape';
import type {Text} from '@site/src/catalog/types';
import {JAPANESE, collectTexts, normaliseForSource as normalise, readSource} from '../support/texts';

const {deviations: customerDeviations, ...customerData} = customers;
const {deviations: landscapeDeviations, ...landscapeData} = landscape;

const files = [
  {name: 'customers', data: customerData, deviations: customerDeviations},
  {name: 'guidelineLandscape', data: landscapeData, deviations: landscapeDeviations},
];

const textsOf = (name: string, data: unknown) => {
  const out: {path: string; text: Text}[] = [];
  collectTexts(data, name, out);
  return out;
};

/** The ASPIC overview (003) and the ASPIC slides (001): a text may be found in either. */
const sources = [readSource('aspic-overview.txt'), readSource('aspic-slides.txt')];
const inSources = (ja: string) => sources.some((source) => source.includes(normalise(ja)));

for (const {name, data, deviations} of files) {
  const texts = textsOf(name, data);
  const deviationTexts = new Set(deviations.map((d) => d.ja));

  describe(`${name}: both languages`, () => {
    it('holds the texts of the page', () => {
      expect(texts.length).toBeGreaterThan(40);
    });

    it('gives every text a Japanese and an English version', () => {
      const empty = texts.filter(({text}) => text.ja.trim() === '' || text.en.trim() === '');
      expect(empty.map((e) => e.path)).toEqual([]);
    });

    it('keeps Japanese out of the English', () => {
      const mixed = texts.filter(({text}) => JAPANESE.test(text.en));
      expect(mixed.map((e) => `${e.path}: ${e.text.en}`)).toEqual([]);
    });

    it('leaves no extraction noise (bullet markers, circled numbers, stray line breaks, doubled spaces)', () => {
      const noisy = texts.filter(({text}) => /^[・･●•※＊*]\s*|^[①-⑳]|\n|\s{2,}|^\s|\s$/.test(text.ja));
      expect(noisy.map((e) => `${e.path}: ${JSON.stringify(e.text.ja)}`)).toEqual([]);
    });
  });

  describe(`${name}: the Japanese is the source's`, () => {
    it('finds every Japanese text in the ASPIC overview or slides, or lists it as a deviation', () => {
      const missing = texts.filter(({text}) => !deviationTexts.has(text.ja) && !inSources(text.ja));
      expect(missing.map((e) => `${e.path}: ${e.text.ja}`)).toEqual([]);
    });

    it('gives every deviation a reason, and lists each once', () => {
      for (const d of deviations) expect(d.reason.trim(), d.ja).not.toBe('');
      const jas = deviations.map((d) => d.ja);
      expect(jas.filter((ja, i) => jas.indexOf(ja) !== i)).toEqual([]);
    });

    it('lists no unused deviation (each is in the data and not in the sources)', () => {
      const used = new Set(texts.map(({text}) => text.ja));
      expect(deviations.filter((d) => !used.has(d.ja)).map((d) => d.ja)).toEqual([]);
      expect(deviations.filter((d) => inSources(d.ja)).map((d) => d.ja)).toEqual([]);
    });
  });
}

const dupes = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);

describe('customers: the usage cycle, the expectation gaps, data kept abroad', () => {
  it('has the five stages of the usage cycle in order, each with something to do', () => {
    expect(usageCycle.map((s) => s.name.ja)).toEqual([
      '事前準備',
      '事業者及びサービスの比較選定',
      '利用申込み',
      'サービスレベルマネジメント',
      '継続利用またはサービス利用の終了',
    ]);
    expect(usageCycle.map((s) => s.no)).toEqual([1, 2, 3, 4, 5]);
    for (const stage of usageCycle) expect(stage.actions.length, stage.id).toBeGreaterThan(0);
  });

  it('has the seven expectation gaps in the source’s order, each with what to check', () => {
    expect(expectationGaps).toHaveLength(7);
    expect(expectationGaps.map((g) => g.no)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const gap of expectationGaps) expect(gap.check.ja, gap.id).toMatch(/確認/);
  });

  it('points every stage at gaps that exist', () => {
    const ids = new Set(expectationGaps.map((g) => g.id));
    for (const stage of usageCycle)
      for (const gap of stage.gaps) expect(ids.has(gap), `${stage.id} → ${gap}`).toBe(true);
  });

  it('has the five points for data kept abroad, ① to ⑤', () => {
    expect(dataAbroadChecks.map((c) => c.no)).toEqual([1, 2, 3, 4, 5]);
  });

  it('gives every entry a unique id', () => {
    expect(dupes(usageCycle.map((s) => s.id))).toEqual([]);
    expect(dupes(expectationGaps.map((g) => g.id))).toEqual([]);
    expect(dupes(dataAbroadChecks.map((c) => c.id))).toEqual([]);
    expect(dupes(informationTypes.map((t) => t.id))).toEqual([]);
  });
});

describe('guidelineLandscape: the guidelines by audience and sector', () => {
  it('holds the eighteen guidelines of the source’s table', () => {
    expect(landscapeGuidelines).toHaveLength(18);
    const count = (audience: string, sector: string) =>
      landscapeGuidelines.filter((g) => g.audience === audience && g.sector === sector).length;
    // the cells of the table: providers row, then users row
    expect(landscapeSectors.map((s) => count('providers', s))).toEqual([5, 0, 3, 1]);
    expect(landscapeSectors.map((s) => count('users', s))).toEqual([4, 2, 1, 2]);
  });

  it('gives every guideline a unique id usable in an anchor', () => {
    const ids = landscapeGuidelines.map((g) => g.id);
    expect(dupes(ids)).toEqual([]);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
  });

  it('prints each guideline with its issuer and date as the source does', () => {
    const overview = sources[0];
    const missing = landscapeGuidelines.filter((g) => {
      const head = normalise(`${g.name.ja}(${g.issuer.ja}`);
      const date = normalise(g.date);
      return !overview.includes(`${head}、${date}`) && !overview.includes(`${head}${date}`);
    });
    expect(missing.map((g) => g.id)).toEqual([]);
  });

  it('gives dates in the source’s year.month (or year) form', () => {
    for (const g of landscapeGuidelines) expect(g.date, g.id).toMatch(/^\d{4}(\.\d{1,2})?$/);
  });

  it('gives each sector the heading id the planner links to', () => {
    expect(sectorAnchors).toEqual({
      common: 'sector-common',
      localGov: 'sector-local-gov',
      medical: 'sector-medical',
      education: 'sector-education',
    });
  });

  it('points every outcome example at a guideline that exists', () => {
    const ids = new Set(landscapeGuidelines.map((g) => g.id));
    for (const o of guidelineOutcomes) if (o.example) expect(ids.has(o.example.guideline), o.id).toBe(true);
  });
});

describe('guidelineLandscape: the information-disclosure certification', () => {
  it('has the fourteen service categories with their counts', () => {
    expect(disclosureCategories).toHaveLength(14);
    expect(dupes(disclosureCategories.map((c) => c.id))).toEqual([]);
    const overview = sources[0];
    for (const c of disclosureCategories) {
      expect(overview, c.id).toContain(normalise(`${c.name.ja}${c.count}${c.description.ja}`));
    }
  });

  it('gives the numbers of certified services and providers as the sources print them', () => {
    const [overview, slides] = sources;
    const [first, second] = disclosureStats;
    expect(overview).toContain(`${first.services}サービス(${first.providers}事業者)`);
    expect(slides).toContain(`${second.services}サービス${second.providers}社`);
  });
});
