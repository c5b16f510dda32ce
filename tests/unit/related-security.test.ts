import {describe, expect, it} from 'vitest';
import * as security from '@site/src/catalog/related/security';
import {
  findSecurityPattern,
  securityDeviations,
  securityLevelCriteria,
  securityPatterns,
  securityProperties,
  securityPropertyLevels,
  securityReferenceValueExamples,
} from '@site/src/catalog/related/security';
import type {SecurityLevel} from '@site/src/catalog/related/security';
import type {Text} from '@site/src/catalog/types';
import {JAPANESE, collectTexts, normaliseForSource as normalise, readSource} from '../support/texts';

/** Every `id` string anywhere under a value. */
function collectIds(value: unknown, out: string[]): void {
  if (Array.isArray(value)) {
    value.forEach((v) => collectIds(v, out));
    return;
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.id === 'string') out.push(record.id);
    for (const v of Object.values(record)) if (v && typeof v === 'object') collectIds(v, out);
  }
}

const dataExports = Object.fromEntries(
  Object.entries(security).filter(
    ([name, v]) => name !== 'securityDeviations' && (Array.isArray(v) || (v !== null && typeof v === 'object')),
  ),
);
const allTexts: {path: string; text: Text}[] = [];
collectTexts(dataExports, 'security', allTexts);

describe('related/security: both languages', () => {
  it('holds the texts of the page', () => {
    expect(allTexts.length).toBeGreaterThan(300);
  });

  it('gives every text a Japanese and an English version', () => {
    const empty = allTexts.filter(({text}) => text.ja.trim() === '' || text.en.trim() === '');
    expect(empty.map((e) => e.path)).toEqual([]);
  });

  it('keeps Japanese out of the English', () => {
    const mixed = allTexts.filter(({text}) => JAPANESE.test(text.en));
    expect(mixed.map((e) => `${e.path}: ${e.text.en}`)).toEqual([]);
  });

  it('leaves no extraction noise (bullet markers, stray line breaks, doubled spaces)', () => {
    const noisy = allTexts.filter(({text}) => /^[・･]\s*|\n|\s{2,}|^\s|\s$/.test(text.ja));
    expect(noisy.map((e) => `${e.path}: ${JSON.stringify(e.text.ja)}`)).toEqual([]);
  });
});

describe('related/security: identities', () => {
  it('gives every entry a unique, prefixed id', () => {
    const ids: string[] = [];
    collectIds(dataExports, ids);
    expect(ids.length).toBeGreaterThan(100);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
    // list ids ('hypotheses', …) and the guideline's part ids are keys, not catalog entries
    const keys = new Set([...Object.keys(security.securityLists), 'introduction', 'organisational', 'technical']);
    const unprefixed = ids.filter((id) => !keys.has(id) && !id.startsWith('security'));
    expect(unprefixed).toEqual([]);
  });
});

describe('related/security: the six patterns', () => {
  it('has six patterns numbered 1 to 6, with the ids securityPattern.N', () => {
    expect(securityPatterns.map((p) => p.no)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(securityPatterns.map((p) => p.id)).toEqual(securityPatterns.map((p) => `securityPattern.${p.no}`));
  });

  it('follows 図表22: confidentiality high/low × availability high/medium/low, integrity always high', () => {
    const table = securityPatterns.map((p) => [p.no, p.confidentiality, p.integrity, p.availability]);
    expect(table).toEqual([
      [1, 'high', 'high', 'high'],
      [2, 'high', 'high', 'medium'],
      [3, 'high', 'high', 'low'],
      [4, 'low', 'high', 'high'],
      [5, 'low', 'high', 'medium'],
      [6, 'low', 'high', 'low'],
    ]);
  });

  it('uses only the levels the criteria define for each property', () => {
    for (const p of securityPatterns) {
      for (const property of securityProperties) {
        expect(securityPropertyLevels[property]).toContain(p[property]);
      }
    }
  });

  it('finds every pattern by its own levels', () => {
    for (const p of securityPatterns) {
      expect(findSecurityPattern(p.confidentiality, p.integrity, p.availability)).toBe(p);
    }
  });

  it('finds exactly one pattern for every combination of defined levels, and none otherwise', () => {
    const levels: SecurityLevel[] = ['high', 'medium', 'low'];
    const found = new Set<string>();
    for (const c of levels)
      for (const i of levels)
        for (const a of levels) {
          const pattern = findSecurityPattern(c, i, a);
          const defined =
            securityPropertyLevels.confidentiality.includes(c) &&
            securityPropertyLevels.integrity.includes(i) &&
            securityPropertyLevels.availability.includes(a);
          expect(pattern !== null, `${c}/${i}/${a}`).toBe(defined);
          if (pattern) found.add(pattern.id);
        }
    expect(found.size).toBe(6);
  });

  it('says what each pattern implies and names example services for each', () => {
    for (const p of securityPatterns) {
      expect(p.implies.length).toBeGreaterThan(0);
      expect(p.examples?.length ?? 0).toBeGreaterThan(0);
    }
  });

  it('has criteria for every level of every property', () => {
    for (const property of securityProperties) {
      const criteria = securityLevelCriteria.find((c) => c.property === property);
      expect(criteria?.levels.map((l) => l.level)).toEqual(securityPropertyLevels[property]);
    }
  });

  it('gives a reference value for every pattern in the example of 図表38', () => {
    for (const example of securityReferenceValueExamples) {
      expect(example.values.map((v) => v.pattern)).toEqual([1, 2, 3, 4, 5, 6]);
    }
  });
});

describe("related/security: the Japanese is the report's", () => {
  // The comparison ignores what the PDF extraction changed: width of letters
  // and digits (NFKC), white space, line breaks and the "・" bullet markers.
  const source = readSource('security-study-report.txt');
  const deviations = new Set(securityDeviations.map((d) => d.ja));

  it('finds every Japanese text in the source, apart from the listed deviations', () => {
    const missing = allTexts
      .filter(({text}) => !source.includes(normalise(text.ja)))
      .map(({path, text}) => `${path}: ${text.ja}`)
      .filter((line) => !deviations.has(line.slice(line.indexOf(': ') + 2)));
    expect([...new Set(missing)]).toEqual([]);
  });

  it('lists no deviation that is not needed any more', () => {
    const stale = securityDeviations.filter(
      (d) => !allTexts.some(({text}) => text.ja === d.ja) || source.includes(normalise(d.ja)),
    );
    expect(stale.map((d) => d.ja)).toEqual([]);
  });

  it('gives a reason for every deviation', () => {
    expect(securityDeviations.filter((d) => d.reason.trim() === '')).toEqual([]);
  });
});
