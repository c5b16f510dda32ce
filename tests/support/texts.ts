import {readFileSync} from 'node:fs';
import type {Text} from '@site/src/catalog/types';

/** Letters of Japanese script (kana, kanji, half-width kana). */
export const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;

export interface FoundText {
  path: string;
  text: Text;
}

/** Every {ja, en} pair anywhere under a value, with the path it was found at. */
export function collectTexts(value: unknown, path: string, out: FoundText[] = []): FoundText[] {
  if (Array.isArray(value)) {
    value.forEach((v, i) => collectTexts(v, `${path}[${i}]`, out));
    return out;
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.ja === 'string' && typeof record.en === 'string') {
      out.push({path, text: record as unknown as Text});
      return out;
    }
    for (const [key, v] of Object.entries(record)) collectTexts(v, `${path}.${key}`, out);
  }
  return out;
}

/**
 * For comparing the site's Japanese with a source document: ignores what the
 * PDF extraction changed — width of letters and digits (NFKC), white space,
 * line breaks, the "・" bullet markers and quotation marks.
 */
export function normaliseForSource(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\s・]/g, '')
    .replace(/[“”"]/g, '');
}

/** A source document of the project's `sources/` folder, normalised for comparison. */
export function readSource(file: string): string {
  return normaliseForSource(readFileSync(new URL(`../../sources/${file}`, import.meta.url), 'utf8'));
}
