/**
 * Reading lz-string's URI-safe encoding (compressToEncodedURIComponent) with
 * a bound on what it yields. lz-string's own decompress cannot stop early, and
 * a crafted input of a few hundred thousand characters can make it build
 * gigabytes of text (each new dictionary entry can be as long as all the text
 * so far): the tab freezes for tens of seconds before anything can be said
 * about the result. This reads the same format and gives up as soon as the
 * text passes `maxChars`, so its work is bounded by the input's length plus
 * `maxChars`. What it yields for any input lz-string compressed is what
 * lz-string's decompress yields (tested).
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

export type BoundedResult = {ok: true; text: string} | {ok: false; error: 'tooLarge' | 'corrupt'};

/** Decompresses `input`; 'corrupt' for anything lz-string did not write, 'tooLarge' past `maxChars`. */
export function decompressUriSafeBounded(input: string, maxChars: number): BoundedResult {
  const corrupt: BoundedResult = {ok: false, error: 'corrupt'};
  if (input.length === 0) return corrupt;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (code >= 128 || VALUE[code]! < 0) return corrupt;
  }
  // the bit reader: 6 bits a character, lowest first as lz-string writes them
  let value = VALUE[input.charCodeAt(0)]!;
  let position = 32;
  let index = 1;
  const read = (count: number): number => {
    let bits = 0;
    for (let power = 0; power < count; power++) {
      const bit = value & position;
      position >>= 1;
      if (position === 0) {
        position = 32;
        value = index < input.length ? VALUE[input.charCodeAt(index)]! : 0;
        index++;
      }
      if (bit) bits |= 1 << power;
    }
    return bits;
  };

  // entries 0–2 are the codes for a literal of 8 bits, one of 16 bits, and the end
  const dictionary: string[] = ['', '', ''];
  const first: string[] = ['', '', ''];
  let enlargeIn = 4;
  let numBits = 3;
  const parts: string[] = [];
  let total = 0;

  const head = read(2);
  if (head === 2) return {ok: true, text: ''};
  if (head === 3) return corrupt;
  let w = String.fromCharCode(read(head === 0 ? 8 : 16));
  let wFirst = w;
  dictionary.push(w);
  first.push(w);
  parts.push(w);
  total = 1;

  for (;;) {
    // lz-string gives up (an empty result) once it has read past the input
    if (index > input.length) return corrupt;
    let c = read(numBits);
    if (c === 2) return {ok: true, text: parts.join('')};
    if (c === 0 || c === 1) {
      const literal = String.fromCharCode(read(c === 0 ? 8 : 16));
      dictionary.push(literal);
      first.push(literal);
      c = dictionary.length - 1;
      enlargeIn--;
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
    let entry: string;
    let entryFirst: string;
    if (c < dictionary.length && c > 2) {
      entry = dictionary[c]!;
      entryFirst = first[c]!;
    } else if (c === dictionary.length) {
      entry = w + wFirst;
      entryFirst = wFirst;
    } else {
      return corrupt;
    }
    total += entry.length;
    if (total > maxChars) return {ok: false, error: 'tooLarge'};
    parts.push(entry);
    dictionary.push(w + entryFirst);
    first.push(wFirst);
    enlargeIn--;
    w = entry;
    wFirst = entryFirst;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
}
