import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {agreements, isItemListLead, sameText} from '@site/src/catalog';
import {NAMES_SHOWN_IN_ENGLISH, PLANNER_WORDS} from '@site/plugins/split-catalog';
import {collectTexts, type FoundText} from '../support/texts';

// Each language's build runs the catalog's data files through this loader
// (plugins/split-catalog.ts); these tests run it the same way and compare
// what comes out with the catalog as written.
const strip = createRequire(import.meta.url)('../../plugins/strip-other-language.cjs') as (
  this: {getOptions(): unknown},
  source: string,
) => string;

const dataDir = path.resolve(__dirname, '../../src/catalog/data');
const dataFiles = readdirSync(dataDir).filter((f) => f.endsWith('.ts'));
const out = mkdtempSync(path.join(tmpdir(), 'catalog-build-'));

async function built(file: string, options: object): Promise<FoundText[]> {
  const source = readFileSync(path.join(dataDir, file), 'utf8');
  const target = path.join(out, `${JSON.stringify(options).replace(/\W+/g, '')}-${file}`);
  writeFileSync(target, strip.call({getOptions: () => options}, source));
  return collectTexts(await import(/* @vite-ignore */ target), file);
}

async function written(file: string): Promise<FoundText[]> {
  return collectTexts(await import(/* @vite-ignore */ path.join(dataDir, file)), file);
}

/** The key a text sits under: its own, or that of the array it is in. */
function keyOf(found: FoundText): string {
  return found.path
    .replace(/(\[\d+\])+$/, '')
    .split('.')
    .pop()!;
}

/** Whether a text is written out in the file, rather than put together from others. */
function isLiteral(file: string, value: string): boolean {
  const source = readFileSync(path.join(dataDir, file), 'utf8');
  return source.includes(`'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`) || source.includes(`"${value}"`);
}

describe('the English build keeps the English and the Japanese names', () => {
  it.each(dataFiles)('%s', async (file) => {
    const before = await written(file);
    const after = await built(file, {language: 'ja', keep: NAMES_SHOWN_IN_ENGLISH});
    expect(after.map((f) => f.path)).toEqual(before.map((f) => f.path));
    after.forEach((a, i) => {
      const b = before[i]!;
      expect(a.text.en, a.path).toBe(b.text.en);
      if (NAMES_SHOWN_IN_ENGLISH.includes(keyOf(b))) expect(a.text.ja, a.path).toBe(b.text.ja);
      else if (isLiteral(file, b.text.ja)) expect(a.text.ja, a.path).toBe('');
    });
  });

  it('names every agreement, item and requirement in Japanese, and leaves out most of the rest', async () => {
    const texts = (
      await Promise.all(dataFiles.map((f) => built(f, {language: 'ja', keep: NAMES_SHOWN_IN_ENGLISH})))
    ).flat();
    const names = texts.filter((f) => /\.name$/.test(f.path));
    expect(names.length).toBeGreaterThan(100);
    for (const n of names) expect(n.text.ja, n.path).not.toBe('');
    const japanese = texts.filter((f) => f.text.ja !== '');
    expect(japanese.length / texts.length).toBeLessThan(0.4);
  });
});

describe('the Japanese build keeps the Japanese only', () => {
  it.each(dataFiles)('%s', async (file) => {
    const before = await written(file);
    const after = await built(file, {language: 'en'});
    after.forEach((a, i) => {
      const b = before[i]!;
      expect(a.text.ja, a.path).toBe(b.text.ja);
      if (isLiteral(file, b.text.en)) expect(a.text.en, a.path).toBe('');
    });
  });
});

describe('what the pages ask of a text works with either half alone', () => {
  const only = (t: {ja: string; en: string}, language: 'ja' | 'en') => ({
    ja: language === 'ja' ? t.ja : '',
    en: language === 'en' ? t.en : '',
  });

  it("the lead-in to an agreement's items is found in either language", () => {
    let leads = 0;
    for (const a of agreements) {
      for (const d of a.description) {
        expect(isItemListLead(only(d, 'en')), d.en).toBe(isItemListLead(only(d, 'ja')));
        if (isItemListLead(d)) leads += 1;
      }
    }
    // every agreement with items introduces them, except where the guide does not
    expect(leads).toBeGreaterThanOrEqual(12);
  });

  // The checklist groups lines by their item's name; a Japanese name given
  // two English translations (or the reverse) would group differently in
  // each language.
  it('item names are told apart in either language, and each is translated one way', () => {
    const names = agreements.flatMap((a) => a.items.map((i) => i.name));
    for (const language of ['ja', 'en'] as const) {
      for (const a of names) {
        for (const b of names) expect(sameText(only(a, language), only(b, language))).toBe(a.ja === b.ja);
      }
    }
  });
});

describe("the planner page's own words come in the build's language only", () => {
  const plannerDir = path.resolve(__dirname, '../../src/components/Planner');
  const wordFiles = [
    'text.ts',
    ...readdirSync(plannerDir, {withFileTypes: true})
      .filter((d) => d.isDirectory())
      .map((d) => path.join(d.name, 'text.ts'))
      .filter((f) => {
        try {
          readFileSync(path.join(plannerDir, f));
          return true;
        } catch {
          return false;
        }
      }),
  ];

  it('each is one that the builds strip', () => {
    expect(wordFiles.length).toBeGreaterThanOrEqual(3);
    for (const f of wordFiles) expect(PLANNER_WORDS.test(path.join(plannerDir, f)), f).toBe(true);
  });

  it.each(wordFiles)(
    '%s: the English build keeps every English text and no Japanese one, the Japanese build the reverse',
    async (file) => {
      const source = readFileSync(path.join(plannerDir, file), 'utf8');
      const load = async (options: object) => {
        const target = path.join(
          out,
          `planner-${JSON.stringify(options).replace(/\W+/g, '')}-${file.replace(/\W+/g, '-')}.ts`,
        );
        writeFileSync(target, strip.call({getOptions: () => options}, source));
        return collectTexts(await import(/* @vite-ignore */ target), file);
      };
      const before = collectTexts(await import(/* @vite-ignore */ path.join(plannerDir, file)), file);
      const english = await load({language: 'ja'});
      const japanese = await load({language: 'en'});
      expect(before.length).toBeGreaterThan(0);
      before.forEach((b, i) => {
        expect(english[i]!.text).toEqual({ja: '', en: b.text.en});
        expect(japanese[i]!.text).toEqual({ja: b.text.ja, en: ''});
      });
    },
  );
});
