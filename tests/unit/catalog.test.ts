import {describe, expect, it} from 'vitest';
import * as catalog from '@site/src/catalog';
import {
  agreementItems,
  agreements,
  cases,
  customerAgreementSides,
  customerAgreements,
  figures,
  guidelineRequirements,
  guidelines,
  patterns,
  providerAgreements,
  techRequirements,
  technologySides,
} from '@site/src/catalog';
import type {Text} from '@site/src/catalog';
import {JAPANESE, collectTexts, normaliseForSource as normalise, readSource} from '../support/texts';
import {sourceDeviations} from '@site/src/catalog/sourceDeviations';

const dataExports = Object.fromEntries(
  Object.entries(catalog).filter(([, v]) => Array.isArray(v) || (v && typeof v === 'object')),
);
const allTexts: {path: string; text: Text}[] = [];
collectTexts(dataExports, 'catalog', allTexts);

describe('catalog: both languages', () => {
  it('holds a few hundred texts', () => {
    expect(allTexts.length).toBeGreaterThan(300);
  });

  it('gives every text a Japanese and an English version', () => {
    const empty = allTexts.filter(({text}) => text.ja.trim() === '' || text.en.trim() === '');
    expect(empty.map((e) => e.path)).toEqual([]);
  });

  it('keeps Japanese out of the English (the site shows the Japanese term itself)', () => {
    const mixed = allTexts.filter(({text}) => JAPANESE.test(text.en));
    expect(mixed.map((e) => `${e.path}: ${e.text.en}`)).toEqual([]);
  });

  it('writes the Japanese in Japanese', () => {
    const latin = allTexts.filter(({text}) => text.ja.length > 12 && !JAPANESE.test(text.ja));
    expect(latin.map((e) => `${e.path}: ${e.text.ja}`)).toEqual([]);
  });

  it('leaves no extraction noise (bullet markers, stray line breaks, doubled spaces)', () => {
    const noisy = allTexts.filter(({text}) => /^[・･]\s*|\n|\s{2,}|^\s|\s$/.test(text.ja));
    expect(noisy.map((e) => `${e.path}: ${JSON.stringify(e.text.ja)}`)).toEqual([]);
  });
});

describe('catalog: identities and references', () => {
  it('gives every agreement, item and question a unique id', () => {
    const ids = [
      ...agreements.map((a) => a.id),
      ...agreements.flatMap((a) => agreementItems(a).map((i) => i.id)),
      ...agreements.flatMap((a) => agreementItems(a).flatMap((i) => i.questions.map((q) => q.id))),
      ...guidelineRequirements.map((r) => r.id),
      ...techRequirements.map((r) => r.id),
      ...cases.map((c) => c.id),
    ];
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
  });

  it('prefixes item and question ids with their parent', () => {
    for (const a of agreements) {
      for (const item of agreementItems(a)) {
        expect(item.id.startsWith(`${a.id}.`)).toBe(true);
        for (const q of item.questions) expect(q.id.startsWith(`${item.id}.`)).toBe(true);
      }
    }
  });

  it('numbers the figures 1 to 31, once each', () => {
    expect(figures.map((f) => f.no)).toEqual(Array.from({length: 31}, (_, i) => i + 1));
  });

  it('points every reference at a figure that exists and is of the right kind', () => {
    const kind = (no: number) => figures.find((f) => f.no === no)?.kind;
    for (const a of agreements) {
      expect(kind(a.figure), a.id).toBe('table');
      expect(kind(a.overviewFigure), a.id).toBe('table');
    }
    for (const r of techRequirements) if (r.detailFigure) expect(kind(r.detailFigure), r.id).toBe('table');
    for (const p of patterns) expect(kind(p.figure), p.id).toBe('diagram');
    for (const f of figures) if (f.kind === 'described') expect(f.description, `figure ${f.no}`).toBeDefined();
  });

  it('gives each agreement table its own figure, in the guide order', () => {
    expect(providerAgreements.map((a) => a.figure)).toEqual([10, 11, 12, 13, 14, 15, 16, 17]);
    expect(customerAgreements.map((a) => a.figure)).toEqual([27, 28, 29, 30]);
  });

  it('points every guideline requirement and case at entries that exist', () => {
    const guidelineIds = new Set(guidelines.map((g) => g.id));
    for (const r of guidelineRequirements) expect(guidelineIds.has(r.guideline), r.id).toBe(true);
    const agreementIds = new Set(agreements.map((a) => a.id));
    const requirementIds = new Set(techRequirements.map((r) => r.id));
    for (const c of cases) {
      for (const a of c.relatedAgreements) expect(agreementIds.has(a), `${c.id} → ${a}`).toBe(true);
      for (const r of c.relatedRequirements) expect(requirementIds.has(r), `${c.id} → ${r}`).toBe(true);
    }
  });
});

describe('catalog: the checklist', () => {
  const guideChecklist = ['jointProvision', 'jointSales', 'license', 'nda', 'techProvision', 'revenueShare'];

  it("takes the guide's questions for the agreements its checklist covers, and only those", () => {
    for (const a of agreements) {
      const sources = new Set(agreementItems(a).flatMap((i) => i.questions.map((q) => q.source)));
      if (guideChecklist.includes(a.id)) expect([...sources], a.id).toEqual(['guide']);
      else expect([...sources], a.id).toEqual(['site']);
    }
  });

  it('has at least one question for every item', () => {
    const bare = agreements.flatMap((a) =>
      agreementItems(a)
        .filter((i) => i.questions.length === 0)
        .map((i) => i.id),
    );
    expect(bare).toEqual([]);
  });
});

describe('catalog: the data a question names', () => {
  it("tags a question with personal information exactly when its words name it, and with the customer's secrets when they name its confidential information or a leak", () => {
    for (const a of agreements) {
      for (const q of agreementItems(a).flatMap((i) => i.questions)) {
        const concerns = q.concerns ?? [];
        expect(concerns.includes('personalInfo'), q.id).toBe(/個人情報|情報漏えい/.test(q.text.ja));
        expect(concerns.includes('customerSecrets'), q.id).toBe(/利用者の機密情報|情報漏えい/.test(q.text.ja));
      }
    }
  });
});

describe("catalog: the Japanese is the guide's", () => {
  // The comparison ignores what the PDF extraction changed: width of letters
  // and digits (NFKC), white space, line breaks and the "・" bullet markers.
  const source = readSource('partnership-guide.txt');
  it('finds every Japanese text of the catalog in the source, apart from the listed deviations', () => {
    const missing = allTexts
      .filter(({path}) => !path.startsWith('catalog.labels'))
      .filter(({text}) => !source.includes(normalise(text.ja)))
      .map(({text}) => text.ja)
      .filter((ja, i, all) => all.indexOf(ja) === i);
    // Texts the site writes itself (its questions, the descriptions of figures
    // that are pictures in the original) are not expected in the source.
    const siteQuestions = new Set(
      agreements.flatMap((a) =>
        agreementItems(a).flatMap((i) => i.questions.filter((q) => q.source === 'site').map((q) => q.text.ja)),
      ),
    );
    const described = new Set(figures.flatMap((f) => (f.description ? [f.description.ja] : [])));
    // The site's summaries of what each provider does where the guide gives them different parts.
    const sides = new Set(
      [
        ...agreements.flatMap((a) => (a.sides ? [a.sides.A, a.sides.B] : [])),
        ...Object.values(customerAgreementSides).flatMap((s) => [s.A, s.B]),
        ...Object.values(technologySides),
      ].map((t) => t.ja),
    );
    const deviations = new Set(sourceDeviations.map((d) => d.ja));
    const unexplained = missing.filter(
      (ja) => !siteQuestions.has(ja) && !described.has(ja) && !sides.has(ja) && !deviations.has(ja),
    );
    expect(unexplained).toEqual([]);
  });

  it('lists no deviation that is not needed any more', () => {
    const stale = sourceDeviations.filter((d) => !allTexts.some(({text}) => text.ja === d.ja));
    expect(stale.map((d) => d.ja)).toEqual([]);
  });
});
