import {describe, expect, it} from 'vitest';
import * as data from '@site/src/catalog/related/aspSaas';
import {
  aspSaasSectors,
  aspToSaasChanges,
  deviations,
  marketFigures,
  securityDirections,
  securityIssues,
  smallFirmMerits,
  userMerits,
} from '@site/src/catalog/related/aspSaas';
import type {Text} from '@site/src/catalog/types';
import {JAPANESE, collectTexts, normaliseForSource as normalise, readSource} from '../support/texts';

const {deviations: _deviations, marketFigures: _figures, marketSourcePublisher, ...rest} = data;
/** The texts checked against the slides: everything but the figures taken from the report. */
const slideTexts: {path: string; text: Text}[] = [];
collectTexts(rest, 'aspSaas', slideTexts);
marketFigures
  .filter((f) => f.document === 'slides')
  .forEach((f) => collectTexts(f, `marketFigures.${f.id}`, slideTexts));
/** The market figures the slides show only as a picture, checked against the report. */
const reportTexts: {path: string; text: Text}[] = [];
marketFigures
  .filter((f) => f.document === 'report')
  .forEach((f) => collectTexts(f, `marketFigures.${f.id}`, reportTexts));
collectTexts(marketSourcePublisher, 'marketSourcePublisher', reportTexts);
const allTexts = [...slideTexts, ...reportTexts];

const slides = readSource('asp-saas-security-slides.txt');
const report = readSource('security-study-report.txt');

describe('what is ASP・SaaS: both languages', () => {
  it('holds the texts of the page', () => {
    expect(allTexts.length).toBeGreaterThan(150);
  });

  it('gives every text a Japanese and an English version', () => {
    const empty = allTexts.filter(({text}) => text.ja.trim() === '' || text.en.trim() === '');
    expect(empty.map((e) => e.path)).toEqual([]);
  });

  it('keeps Japanese out of the English', () => {
    const mixed = allTexts.filter(({text}) => JAPANESE.test(text.en));
    expect(mixed.map((e) => `${e.path}: ${e.text.en}`)).toEqual([]);
  });

  it('leaves no extraction noise (bullet markers, arrows, stray line breaks, doubled spaces)', () => {
    const noisy = allTexts.filter(({text}) => /^[・･●•→]\s*|\n|\s{2,}|^\s|\s$|－－/.test(text.ja));
    expect(noisy.map((e) => `${e.path}: ${JSON.stringify(e.text.ja)}`)).toEqual([]);
  });
});

describe('what is ASP・SaaS: identities', () => {
  it('gives every entry a unique id', () => {
    const ids = [
      ...aspToSaasChanges.map((r) => r.id),
      ...userMerits.map((m) => m.id),
      ...smallFirmMerits.map((g) => g.id),
      ...smallFirmMerits.flatMap((g) => g.items.map((i) => i.id)),
      ...marketFigures.map((f) => f.id),
      ...aspSaasSectors.map((s) => s.id),
      ...securityIssues.map((i) => i.id),
      ...securityDirections.map((d) => d.id),
      ...data.aspSaasSystemForm.parts.map((p) => p.id),
    ];
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('has the shape of the slides', () => {
    expect(aspToSaasChanges).toHaveLength(6);
    expect(userMerits).toHaveLength(4);
    expect(smallFirmMerits.map((g) => g.items.length)).toEqual([4, 2]);
    expect(securityDirections).toHaveLength(3);
  });
});

describe('what is ASP・SaaS: market figures', () => {
  it('gives every figure a number, a unit, a year and a source', () => {
    for (const f of marketFigures) {
      expect(f.value, f.id).toMatch(/^\d{1,3}(,\d{3})*(\.\d+)?$/);
      expect(f.year, f.id).toMatch(/^\d{4}$/);
      expect(f.source.ja.trim(), f.id).not.toBe('');
      expect(f.unit.ja.trim(), f.id).not.toBe('');
    }
  });

  it('takes each number from its document', () => {
    const digits = (s: string) => s.replace(/,/g, '');
    // The report prints the 2003 figure as "3.260 億円" (a full stop for the thousands comma).
    const find = (doc: string, f: (typeof marketFigures)[number]) =>
      doc.includes(digits(f.value) + normalise(f.unit.ja)) ||
      doc.includes(f.value.replace(',', '.') + normalise(f.unit.ja)) ||
      doc.includes(f.value + normalise(f.unit.ja));
    for (const f of marketFigures) expect(find(f.document === 'slides' ? slides : report, f), f.id).toBe(true);
  });
});

describe('what is ASP・SaaS: faithful to the source', () => {
  const deviationTexts = new Set(deviations.map((d) => d.ja));

  it('finds every Japanese text in its source, apart from the listed deviations', () => {
    const missing = [
      ...slideTexts.filter(({text}) => !slides.includes(normalise(text.ja))),
      ...reportTexts.filter(({text}) => !report.includes(normalise(text.ja))),
    ].filter(({text}) => !deviationTexts.has(text.ja));
    expect(missing.map((m) => `${m.path}: ${m.text.ja}`)).toEqual([]);
  });

  it('gives a reason for every deviation', () => {
    expect(deviations.filter((d) => d.reason.trim() === '')).toEqual([]);
  });

  it('lists no deviation that is not needed', () => {
    const stale = deviations.filter(
      (d) =>
        !allTexts.some(({text}) => text.ja === d.ja) ||
        slideTexts.some(({text}) => text.ja === d.ja && slides.includes(normalise(d.ja))) ||
        reportTexts.some(({text}) => text.ja === d.ja && report.includes(normalise(d.ja))),
    );
    expect(stale.map((d) => d.ja)).toEqual([]);
  });
});
