import {describe, expect, it} from 'vitest';
import * as aspic from '@site/src/catalog/related/aspic';
import {JAPANESE, collectTexts, normaliseForSource as normalise, readSource} from '../support/texts';

const {aspicDeviations, ...data} = aspic;
const texts = collectTexts(data, 'aspic');

describe('related/aspic: both languages', () => {
  it('holds the five pillars and the data-governance guide', () => {
    expect(aspic.aspicPillars).toHaveLength(5);
    expect(aspic.dataGovernanceContents.map((c) => c.no)).toEqual(['1', '2', '3', '4', '5']);
    expect(texts.length).toBeGreaterThan(60);
  });

  it('gives every text both languages, and keeps Japanese out of the English', () => {
    expect(texts.filter(({text}) => !text.ja.trim() || !text.en.trim()).map((t) => t.path)).toEqual([]);
    expect(texts.filter(({text}) => JAPANESE.test(text.en)).map((t) => `${t.path}: ${t.text.en}`)).toEqual([]);
  });

  it('numbers each section under its chapter', () => {
    for (const chapter of aspic.dataGovernanceContents)
      for (const section of chapter.sections) expect(section.no.startsWith(`${chapter.no}.`), section.no).toBe(true);
  });

  it('links each flow to parties that exist', () => {
    const ids = new Set(aspic.dataGovernanceParties.map((p) => p.id));
    for (const flow of aspic.dataGovernanceFlows) {
      expect(ids.has(flow.from)).toBe(true);
      expect(ids.has(flow.to)).toBe(true);
    }
  });
});

describe("related/aspic: the Japanese is the slides'", () => {
  const source = readSource('aspic-slides.txt');
  const deviations = new Set(aspicDeviations.map((d) => d.ja));

  it('finds every Japanese text in the slides, apart from the listed deviations', () => {
    const missing = texts
      .filter(({text}) => !source.includes(normalise(text.ja)) && !deviations.has(text.ja))
      .map(({path, text}) => `${path}: ${text.ja}`);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('lists no deviation that is not needed, and gives each a reason', () => {
    const stale = aspicDeviations.filter(
      (d) => !texts.some(({text}) => text.ja === d.ja) || source.includes(normalise(d.ja)),
    );
    expect(stale.map((d) => d.ja)).toEqual([]);
    expect(aspicDeviations.filter((d) => !d.reason.trim())).toEqual([]);
  });
});
