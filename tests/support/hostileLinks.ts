/** Inputs built to make a share link reader work hardest; shared by the unit and browser tests. */

/** A fixed pseudo-random sequence, so that large generated inputs cost no shrinking. */
export function noise(seed: number, length: number, alphabet: string): string {
  let s = seed >>> 0 || 1;
  let out = '';
  for (let i = 0; i < length; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    out += alphabet[(s >>> 8) % alphabet.length];
  }
  return out;
}

export const URI_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

/**
 * The link lz-string's decompress takes longest on: after one literal, every
 * code names the entry about to be made (the previous entry and its first
 * character), so each entry is one character longer than the last and the
 * text grows with the square of the link's length.
 */
export function growingLink(length: number): string {
  let bits = '';
  const write = (value: number, count: number) => {
    for (let i = 0; i < count; i++) bits += (value >> i) & 1 ? '1' : '0';
  };
  write(0, 2);
  write(97, 8);
  let dictSize = 4;
  let numBits = 3;
  let enlargeIn = 4;
  const step = () => {
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  };
  step();
  while (bits.length < length * 6) {
    write(dictSize, numBits);
    dictSize++;
    enlargeIn--;
    step();
  }
  let out = '';
  for (let i = 0; i + 6 <= bits.length; i += 6) {
    let v = 0;
    for (let j = 0; j < 6; j++) if (bits[i + j] === '1') v |= 32 >> j;
    out += URI_ALPHABET[v];
  }
  return out;
}
