/**
 * The plan file, the share link and the autosave: a plan the reader made
 * comes back unchanged, and nothing else — damaged, foreign or hostile text —
 * gets in or makes the planner throw.
 */
import * as fc from 'fast-check';
import {compressToEncodedURIComponent, decompressFromEncodedURIComponent} from 'lz-string';
import {decompressUriSafeBounded} from '@site/src/planner/lzBounded';
import {URI_ALPHABET, growingLink, noise} from '../support/hostileLinks';
import {lineIds, plans, safeText} from '../support/planArbitraries';
import {describe, expect, it} from 'vitest';
import type {Locale} from '@site/src/catalog';
import {allLineIds} from '@site/src/planner/checklist';
import {LIMITS, emptyPlan, emptyContacts, refusedCharacter, textProblem, type Plan} from '@site/src/planner/plan';
import {
  MAX_FILE_BYTES,
  PLAN_FORMAT,
  PLAN_VERSION,
  parsePlanFile,
  parsePlanFileBytes,
  readPlanFile,
  serializePlanFile,
  toPlanFile,
  type PlanError,
  type PlanResult,
} from '@site/src/planner/schema';
import {
  MAX_FRAGMENT_CHARS,
  MAX_LINK_CHARS,
  MAX_RAW_FRAGMENT_CHARS,
  SHARE_KEY,
  linkChecksum,
  decodeShareFragment,
  encodeShareFragment,
  hasSharedPlan,
  shareFragmentOrNull,
} from '@site/src/planner/share';
import {readOne, writePlan, type KeyValueStore} from '@site/src/planner/library';

// Reading a plan file derives every line id the catalog has (allLineIds, a few
// milliseconds), so the properties that read valid plans keep to a few hundred runs.
const RUNS = {numRuns: 200};

// ---------------------------------------------------------------------------
// Arbitraries

const planArb = plans();

const localeArb = fc.constantFrom<Locale>('ja', 'en');
const dateArb = fc.date({noInvalidDate: true});

/** A plan of every kind the planner can write, for the fixed cases. */
function samplePlan(patch: Partial<Plan> = {}): Plan {
  return {
    ...emptyPlan(),
    role: 'lead',
    names: {partnership: '勤怠×給与 連携', lead: 'A社', partner: 'B社', customer: 'C社'},
    patternAnswers: {contract: 'one'},
    pattern: 'p2',
    customerSystems: true,
    sector: 'medical',
    requirements: ['masterData', 'serverAuth'],
    lines: {[lineIds[0]]: {status: 'confirm', note: '法務に確認'}},
    step: 'operation',
    reached: 'review',
    ...patch,
  };
}

const NOW = new Date('2025-04-01T09:00:00.000Z');
const fileText = (plan: Plan) => serializePlanFile(toPlanFile(plan, 'ja', NOW));
const fileJson = (plan: Plan) =>
  JSON.parse(fileText(plan)) as Record<string, unknown> & {plan: Record<string, unknown>};

const PLAN_ERRORS: PlanError[] = [
  'notJson',
  'notPlan',
  'newerVersion',
  'invalid',
  'unsafeText',
  'tooLarge',
  'corruptLink',
  'notUtf8',
  'unreadableFile',
];

/** A result is either a refusal with a known reason, or a plan that itself goes through the file unchanged. */
function expectRefusedOrValid(result: PlanResult): void {
  if (result.ok) {
    expect(parsePlanFile(serializePlanFile(result.file))).toEqual(result);
  } else {
    expect(PLAN_ERRORS).toContain(result.error);
  }
}

// ---------------------------------------------------------------------------

describe('a plan goes out and comes back unchanged', () => {
  it('through the plan file', () => {
    fc.assert(
      fc.property(planArb, localeArb, dateArb, (plan, locale, date) => {
        const result = parsePlanFile(serializePlanFile(toPlanFile(plan, locale, date)));
        expect(result).toEqual({
          ok: true,
          file: {format: PLAN_FORMAT, version: PLAN_VERSION, savedAt: date.toISOString(), locale, plan},
        });
      }),
      RUNS,
    );
  });

  it('through a share link, with or without the #', () => {
    fc.assert(
      fc.property(planArb, localeArb, dateArb, fc.constantFrom('', '#'), (plan, locale, date, hash) => {
        const fragment = encodeShareFragment(plan, locale, date);
        expect(fragment).toMatch(/^plan=[0-9a-z]{7}\.[A-Za-z0-9+\-$]+$/);
        expect(hasSharedPlan(hash + fragment)).toBe(true);
        const result = decodeShareFragment(hash + fragment);
        expect(result.ok && result.file.plan).toEqual(plan);
        expect(result.ok && result.file.locale).toBe(locale);
      }),
      RUNS,
    );
  });

  it('through the plans kept in the browser', async () => {
    await fc.assert(
      fc.asyncProperty(planArb, localeArb, async (plan, locale) => {
        const store = memoryStore();
        const written = await writePlan(store, {id: 'plan-0001', plan, base: null, locale, now: NOW});
        expect(written).toMatchObject({kind: 'written', rev: 1, plan});
        const read = await readOne(store, 'plan-0001');
        expect(read !== null && read !== 'unavailable' && read.kind === 'plan' && read.plan).toEqual(plan);
      }),
      {numRuns: 100},
    );
  });

  it('with what a later release cannot use dropped and the steps made consistent', () => {
    const json = fileJson(samplePlan({step: 'review', reached: 'sales', requirements: ['masterData', 'masterData']}));
    json.plan.lines = {...(json.plan.lines as object), 'future.agreement.q1': {status: 'done'}};
    const result = readPlanFile(json);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.file.plan.lines)).toEqual([lineIds[0]]);
    expect(result.file.plan.requirements).toEqual(['masterData']);
    expect([result.file.plan.step, result.file.plan.reached]).toEqual(['review', 'review']);
  });
});

describe('anything else is refused, never thrown', () => {
  it('arbitrary text as a plan file', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({unit: 'binary'}), fc.json()), (text) => {
        const result = parsePlanFile(text);
        expect(result.ok).toBe(false);
        expectRefusedOrValid(result);
      }),
      {numRuns: 500},
    );
  });

  it('arbitrary values as a parsed plan file', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue()), (value) => {
        const result = readPlanFile(value);
        expect(result).toEqual({ok: false, error: 'notPlan'});
      }),
      {numRuns: 500},
    );
  });

  it('a valid plan file with one field replaced by an arbitrary value', () => {
    const fields = Object.keys(emptyPlan());
    fc.assert(
      fc.property(planArb, fc.constantFrom(...fields), fc.jsonValue(), (plan, field, value) => {
        const json = fileJson(plan);
        json.plan[field] = value;
        expectRefusedOrValid(readPlanFile(json));
        expectRefusedOrValid(parsePlanFile(JSON.stringify(json)));
      }),
      RUNS,
    );
  });

  it('arbitrary text as a share link', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({unit: 'binary'}),
          fc.string().map((s) => `${SHARE_KEY}=${s}`),
        ),
        (text) => {
          const result = decodeShareFragment(text);
          expect(result.ok).toBe(false);
          expectRefusedOrValid(result);
        },
      ),
      {numRuns: 500},
    );
  });

  it('a share link cut short anywhere', () => {
    fc.assert(
      fc.property(planArb, fc.double({min: 0, max: 1, noNaN: true, maxExcluded: true}), (plan, at) => {
        const fragment = encodeShareFragment(plan, 'ja', NOW);
        expectRefusedOrValid(decodeShareFragment(fragment.slice(0, Math.floor(at * fragment.length))));
      }),
      RUNS,
    );
  });

  it('a share link with characters changed', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
    fc.assert(
      fc.property(
        planArb,
        fc.array(
          fc.tuple(
            fc.double({min: 0, max: 1, noNaN: true, maxExcluded: true}),
            fc.oneof(fc.constantFrom(...alphabet), fc.string({unit: 'binary', minLength: 1, maxLength: 1})),
          ),
          {minLength: 1, maxLength: 4},
        ),
        (plan, flips) => {
          const chars = [...encodeShareFragment(plan, 'ja', NOW)];
          const body = SHARE_KEY.length + 1;
          for (const [at, c] of flips) chars[body + Math.floor(at * (chars.length - body))] = c;
          expectRefusedOrValid(decodeShareFragment(chars.join('')));
        },
      ),
      RUNS,
    );
  });
});

describe('the reasons a plan file is refused', () => {
  it("a file from a later release: 'newerVersion'", () => {
    const json = fileJson(samplePlan());
    json.version = PLAN_VERSION + 1;
    expect(parsePlanFile(JSON.stringify(json))).toEqual({ok: false, error: 'newerVersion'});
    // the same from a share link: the reader is told to update, not that the link is broken
    const link = `${SHARE_KEY}=${compressToEncodedURIComponent(JSON.stringify(json))}`;
    expect(decodeShareFragment(link)).toEqual({ok: false, error: 'newerVersion'});
  });

  it("text that is not JSON: 'notJson'", () => {
    for (const text of ['', 'plan', '{"format":', fileText(samplePlan()).slice(0, -1)]) {
      expect(parsePlanFile(text), text).toEqual({ok: false, error: 'notJson'});
    }
  });

  it("JSON that is not a plan file: 'notPlan'", () => {
    const other = {...fileJson(samplePlan()), format: 'some-other-tool'};
    for (const text of [
      'null',
      '[]',
      '42',
      '"plan"',
      '{}',
      JSON.stringify(other),
      JSON.stringify({...fileJson(samplePlan()), version: 0}),
    ]) {
      expect(parsePlanFile(text), text).toEqual({ok: false, error: 'notPlan'});
    }
  });

  it("a plan file whose content does not hold together: 'invalid'", () => {
    const bad: Record<string, unknown>[] = [
      {pattern: 'p3'},
      {step: 'done'},
      {sector: 'finance'},
      {requirements: ['teleport']},
      {names: {}},
    ];
    for (const patch of bad) {
      const json = fileJson(samplePlan());
      Object.assign(json.plan, patch);
      expect(readPlanFile(json), JSON.stringify(patch)).toEqual({ok: false, error: 'invalid'});
    }
  });

  it("control characters or an over-long name or note: 'unsafeText'", () => {
    const names = (partner: string) => ({names: {...samplePlan().names, partner}});
    const unsafe: Partial<Plan>[] = [
      names('B社\u001b[31m'),
      names('B社\u0000'),
      names('x'.repeat(LIMITS.name + 1)),
      // a note may hold the notes of lines that became one, but not without bound
      {lines: {[lineIds[0]]: {note: 'x'.repeat(LIMITS.note * 8 + 1)}}},
      {lines: {[lineIds[0]]: {outcome: 'x'.repeat(LIMITS.note * 8 + 1)}}},
      {
        contacts: {
          ...emptyContacts(),
          partner: {
            ...emptyContacts().partner,
            faults: {name: '', department: '', reach: 'x'.repeat(LIMITS.contact + 1), hours: ''},
          },
        },
      },
      {
        contacts: {
          ...emptyContacts(),
          lead: {...emptyContacts().lead, billing: {name: '経理\u0000', department: '', reach: '', hours: ''}},
        },
      },
      {lines: {[lineIds[1]]: {note: 'ok\u0007'}}},
      {meeting: {date: '', attendees: 'x'.repeat(LIMITS.attendees + 1), agenda: []}},
    ];
    for (const patch of unsafe) {
      expect(parsePlanFile(fileText(samplePlan(patch))), JSON.stringify(patch).slice(0, 80)).toEqual({
        ok: false,
        error: 'unsafeText',
      });
    }
    // at the limit is fine
    expect(parsePlanFile(fileText(samplePlan({lines: {[lineIds[0]]: {note: 'x'.repeat(LIMITS.note)}}}))).ok).toBe(true);
  });

  it('a version-1 plan opens as version 2: what it said on lines that are now part of another is kept on that line', () => {
    const json = fileJson(samplePlan());
    json.version = 1;
    delete json.plan.meeting;
    delete json.plan.techDirection;
    json.plan.security = {confidentiality: 'high', availability: 'medium'};
    json.plan.lines = {
      'tech.serverAuth.c1': {note: '方式は次回決定'},
      'tech.serverAuth.layer2': {status: 'confirm', note: 'TLS相互認証を提案'},
      'guideline.medical.r1': {status: 'done', owner: 'partner', note: '監査は年1回'},
      'guideline.medical.r2': {note: '報告書の様式を確認'},
    };
    const result = readPlanFile(json);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.version).toBe(PLAN_VERSION);
    const {plan} = result.file;
    expect(plan.meeting).toEqual({date: '', attendees: '', agenda: []});
    expect(plan.techDirection).toBeNull();
    expect(plan.security).toEqual({confidentiality: 'high', availability: 'medium'});
    expect(plan.lines).toEqual({
      'tech.serverAuth.c1': {note: '方式は次回決定\nTLS相互認証を提案', status: 'confirm'},
      'guideline.security.r3': {note: '監査は年1回\n報告書の様式を確認', status: 'done', owner: 'partner'},
    });
    // and it goes out and comes back as it is now
    expect(parsePlanFile(serializePlanFile(result.file))).toEqual(result);
  });

  it("a name or note that looks like markup opens whole: it is the reader's text", () => {
    const note = '確認済み <script>alert(1)</script> <SLA> & <a href="javascript:alert(1)">x</a>';
    const partner = '<img src=x onerror=alert(1)>B社';
    const plan = samplePlan({names: {...samplePlan().names, partner}, lines: {[lineIds[0]]: {note}}});
    const opened = parsePlanFile(fileText(plan));
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.file.plan.names.partner).toBe(partner);
    expect(opened.file.plan.lines[lineIds[0]]?.note).toBe(note);
  });

  it("a file beyond MAX_FILE_BYTES: 'tooLarge'", () => {
    const padded = fileText(samplePlan()).replace(/}\s*$/, `${' '.repeat(MAX_FILE_BYTES)}}`);
    expect(parsePlanFile(padded)).toEqual({ok: false, error: 'tooLarge'});
    expect(decodeShareFragment(`${SHARE_KEY}=${'A'.repeat(MAX_FRAGMENT_CHARS + 1)}`)).toEqual({
      ok: false,
      error: 'tooLarge',
    });
  });

  it('a __proto__ or constructor key does not reach Object.prototype', () => {
    const text = fileText(samplePlan()).replace(
      '"lines": {',
      '"lines": {"__proto__": {"status": "done", "polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, ',
    );
    expect(text).toContain('__proto__');
    const result = parsePlanFile(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'status')).toBe(false);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(Object.keys(result.file.plan.lines)).toEqual([lineIds[0]]);
      expect(Object.getPrototypeOf(result.file.plan.lines)).toBe(Object.prototype);
    }
  });

  it("a share link that is not one: 'corruptLink'", () => {
    for (const fragment of [
      '',
      '#',
      'plan=',
      '#plan=!!!',
      'other=abc',
      `${SHARE_KEY}=${compressToEncodedURIComponent('{"a":1}')}`,
    ]) {
      expect(decodeShareFragment(fragment), fragment).toEqual({ok: false, error: 'corruptLink'});
    }
    expect(hasSharedPlan('#other=abc')).toBe(false);
  });
});

// ---------------------------------------------------------------------------
// Storage

/** The plans' store as IndexedDB behaves, in memory: each call settles later; `update` is one transaction. */
function memoryStore(): KeyValueStore {
  const data = new Map<string, unknown>();
  return {
    get: async (key) => data.get(key),
    set: async (key, value) => void data.set(key, value),
    del: async (key) => void data.delete(key),
    entries: async () => [...data],
    update: async (key, updater) => void data.set(key, updater(data.get(key))),
  };
}

describe('share links that would be too long', () => {
  it('are not made: a plan with long notes on every line travels as a file, and every link made opens', () => {
    // Notes that do not compress: a fixed pseudo-random sequence of kanji.
    let seed = 7;
    const noise = (n: number) =>
      Array.from({length: n}, () => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return String.fromCharCode(0x4e00 + (seed % 2000));
      }).join('');
    const ids = [...allLineIds()];
    const heavy = emptyPlan();
    heavy.lines = Object.fromEntries(ids.map((id) => [id, {note: noise(LIMITS.note)}]));
    expect(shareFragmentOrNull(heavy, 'ja', new Date())).toBeNull();

    const light = {...heavy, lines: Object.fromEntries(ids.slice(0, 5).map((id) => [id, {note: noise(300)}]))};
    const fragment = shareFragmentOrNull(light, 'ja', new Date());
    expect(fragment).not.toBeNull();
    expect(fragment!.length).toBeLessThanOrEqual(MAX_LINK_CHARS);
    const opened = decodeShareFragment(fragment!);
    expect(opened.ok && opened.file.plan.lines).toEqual(light.lines);
  });

  it('are not made past about 8,000 characters with the page address: the plan goes as a file instead', () => {
    let seed = 11;
    const noise = (n: number) =>
      Array.from({length: n}, () => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return String.fromCharCode(0x4e00 + (seed % 2000));
      }).join('');
    const ids = [...allLineIds()];
    // notes of growing length: the link grows with them, and stops being made once past the bound
    let made = 0;
    let refused = 0;
    for (let n = 100; n <= 4000; n += 300) {
      const plan = {...emptyPlan(), lines: Object.fromEntries(ids.slice(0, 4).map((id) => [id, {note: noise(n / 4)}]))};
      const fragment = shareFragmentOrNull(plan, 'ja', new Date(), 40);
      const whole = encodeShareFragment(plan, 'ja', new Date());
      if (whole.length + 41 > MAX_LINK_CHARS) {
        expect(fragment).toBeNull();
        refused++;
      } else {
        expect(fragment).not.toBeNull();
        made++;
      }
    }
    expect(made).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });
});

// ---------------------------------------------------------------------------
// Hard to break: every input's work bounded, text refused rather than altered,
// links that survive mail and refuse a change.

describe('the work any link or file can cause is bounded', () => {
  it('the bounded reader yields what lz-string yields, for anything lz-string wrote', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({unit: 'binary'}), fc.json(), fc.string({unit: 'grapheme'})),
        (text) => {
          const packed = compressToEncodedURIComponent(text);
          expect(decompressUriSafeBounded(packed, 1_000_000)).toEqual({
            ok: true,
            text: decompressFromEncodedURIComponent(packed),
          });
        },
      ),
      {numRuns: 500},
    );
  });

  it('the bounded reader never yields text lz-string would not, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({unit: fc.constantFrom(...URI_ALPHABET), minLength: 1, maxLength: 60}), (packed) => {
        const bounded = decompressUriSafeBounded(packed, 1_000_000);
        if (bounded.ok) expect(bounded.text).toBe(decompressFromEncodedURIComponent(packed));
      }),
      {numRuns: 1000},
    );
  });

  it('a link that unpacks to ever more text stops at the bound, at once, whatever its length', () => {
    fc.assert(
      fc.property(fc.integer({min: 5_000, max: MAX_FRAGMENT_CHARS}), fc.boolean(), (length, checked) => {
        const packed = growingLink(length);
        const fragment = checked ? `${SHARE_KEY}=${linkChecksum(packed)}.${packed}` : `${SHARE_KEY}=${packed}`;
        const started = performance.now();
        expect(decodeShareFragment(fragment)).toEqual({ok: false, error: 'tooLarge'});
        // lz-string's own decompress spent 9 s on 100,000 characters of this
        expect(performance.now() - started).toBeLessThan(1000);
      }),
      {numRuns: 8},
    );
  });

  it('a random link of any length up to the bound is refused quickly, and one past it without being read', () => {
    fc.assert(
      fc.property(fc.integer({min: 1, max: MAX_RAW_FRAGMENT_CHARS + 50_000}), fc.nat(), (length, seed) => {
        const fragment = `${SHARE_KEY}=${noise(seed, length, URI_ALPHABET)}`;
        const started = performance.now();
        const result = decodeShareFragment(fragment);
        expect(result.ok).toBe(false);
        if (length > MAX_RAW_FRAGMENT_CHARS) expect(result).toEqual({ok: false, error: 'tooLarge'});
        expect(performance.now() - started).toBeLessThan(1000);
      }),
      {numRuns: 12},
    );
  });

  it('a plan file is measured in bytes: text within the bound in characters but not in bytes is refused', () => {
    fc.assert(
      fc.property(
        fc.double({min: 0, max: 1, noNaN: true}),
        fc.constantFrom(['あ', 3, 1], ['€', 3, 1], ['😀', 4, 2]),
        (f, [c, bytes, units]) => {
          // more characters than MAX_FILE_BYTES allows in bytes, fewer than it would allow in UTF-16 code units
          const least = Math.floor(MAX_FILE_BYTES / (bytes as number)) + 1;
          // the rest of the file (everything but the note) takes what is left
          const most = Math.floor((MAX_FILE_BYTES - fileText(samplePlan()).length) / (units as number));
          const n = least + Math.floor(f * (most - least));
          const text = fileText(samplePlan()).replace('"法務に確認"', JSON.stringify((c as string).repeat(n)));
          expect(text.length).toBeLessThanOrEqual(MAX_FILE_BYTES);
          expect(parsePlanFile(text)).toEqual({ok: false, error: 'tooLarge'});
          expect(parsePlanFileBytes(new TextEncoder().encode(text))).toEqual({ok: false, error: 'tooLarge'});
        },
      ),
      {numRuns: 4},
    );
  });
});

const invalidUtf8 = fc.oneof(
  // a continuation byte on its own
  fc.integer({min: 0x80, max: 0xbf}).map((b) => [b]),
  // bytes UTF-8 never uses
  fc.constantFrom(0xc0, 0xc1, 0xf5, 0xf8, 0xfe, 0xff).map((b) => [b]),
  // a lead byte whose continuation is missing
  fc.integer({min: 0xc2, max: 0xf4}).map((b) => [b, 0x41]),
  // Shift_JIS and Latin-1 text
  fc.constantFrom([0x82, 0xa0], [0x93, 0xfa, 0x96, 0x7b], [0xe9, 0x74, 0xe9], [0xfc, 0x62, 0x65, 0x72]),
  // an encoded surrogate
  fc.integer({min: 0xa0, max: 0xbf}).map((b) => [0xed, b, 0x80]),
);

describe('text is refused, never altered', () => {
  it('a plan file with bytes that are not UTF-8 anywhere in a note is refused as such', () => {
    fc.assert(
      fc.property(planArb, safeText(LIMITS.note - 10), invalidUtf8, (plan, note, bad) => {
        const id = lineIds[0];
        const text = fileText({...plan, lines: {...plan.lines, [id]: {note: `${note}@@`}}});
        const bytes = new TextEncoder().encode(text);
        const marker = new TextEncoder().encode('@@');
        let i = bytes.length - 1;
        for (; i > 0; i--) if (bytes[i] === marker[0] && bytes[i + 1] === marker[1]) break;
        const spliced = new Uint8Array([...bytes.slice(0, i), ...bad, ...bytes.slice(i + 2)]);
        expect(parsePlanFileBytes(spliced)).toEqual({ok: false, error: 'notUtf8'});
        // the same file with the marker as it is opens, with every character kept
        const whole = parsePlanFileBytes(bytes);
        expect(whole.ok && whole.file.plan.lines[id]?.note).toBe(`${note}@@`);
      }),
      {numRuns: 100},
    );
  });

  const refusedChar = fc.oneof(
    fc
      .constantFrom(
        '\u202A',
        '\u202B',
        '\u202C',
        '\u202D',
        '\u202E',
        '\u2066',
        '\u2067',
        '\u2068',
        '\u2069',
        '\u200E',
        '\u200F',
        '\u061C',
      )
      .map((c) => ({c, why: 'direction' as const})),
    fc.integer({min: 0x80, max: 0x9f}).map((n) => ({c: String.fromCharCode(n), why: 'control' as const})),
    fc.integer({min: 0xd800, max: 0xdfff}).map((n) => ({c: String.fromCharCode(n), why: 'brokenCharacter' as const})),
    fc
      .oneof(
        fc.integer({min: 0xfdd0, max: 0xfdef}),
        fc.constantFrom(0xfffe, 0xffff),
        fc
          .tuple(fc.integer({min: 1, max: 16}), fc.constantFrom(0xfffe, 0xffff))
          .map(([plane, low]) => plane * 0x10000 + low),
      )
      .map((n) => ({c: String.fromCodePoint(n), why: 'nonCharacter' as const})),
  );

  it('direction characters, controls and half characters anywhere in a name or note: refused at entry and in files and links', () => {
    fc.assert(
      fc.property(safeText(LIMITS.name - 2), refusedChar, fc.nat(), (text, {c, why}, at) => {
        const chars = [...text];
        const k = at % (chars.length + 1);
        // not next to another half of a character, which would make it whole
        const value = [...chars.slice(0, k), ' ', c, ' ', ...chars.slice(k)].join('');
        expect(textProblem(value, LIMITS.name + 2)).toBe(why);
        // and the message can name it, since no font shows it
        expect(refusedCharacter(value)).toBe(`U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
        const plan = samplePlan({names: {...samplePlan().names, partner: value.slice(0, LIMITS.name)}});
        if (textProblem(plan.names.partner, LIMITS.name) === null) return;
        expect(parsePlanFile(fileText(plan))).toEqual({ok: false, error: 'unsafeText'});
        expect(decodeShareFragment(encodeShareFragment(plan, 'ja', NOW))).toEqual({ok: false, error: 'unsafeText'});
        const note = samplePlan({lines: {[lineIds[0]]: {note: value}}});
        expect(parsePlanFile(fileText(note))).toEqual({ok: false, error: 'unsafeText'});
      }),
      {numRuns: 300},
    );
  });

  it('ordinary text, with markup-like characters, joiners and emoji, is never refused for its characters', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            safeText(20),
            fc.constantFrom('<', '>', '&', '<a', '</b>', '"', "'", '\u200D', '\u200C', '👩‍💻', '🇯🇵', 'é', '\t', '\n'),
          ),
          {maxLength: 20},
        ),
        (parts) => {
          const value = parts.join('');
          expect(textProblem(value, 10_000)).toBeNull();
        },
      ),
      {numRuns: 300},
    );
  });
});

describe('links survive mail, and a changed link is refused, never opened as another plan', () => {
  const damage = fc.record({
    plus: fc.constantFrom('keep', '%2B', 'space'),
    breaks: fc.array(
      fc.tuple(
        fc.double({min: 0, max: 1, noNaN: true, maxExcluded: true}),
        fc.constantFrom('\n', '\r\n', '%0A', '\n  ', ' '),
      ),
      {maxLength: 6},
    ),
    ends: fc.constantFrom('', ' ', '\n', '  \r\n'),
  });

  it('a link wrapped, with + encoded or turned into a space, opens the same plan', () => {
    fc.assert(
      fc.property(planArb, damage, fc.boolean(), (plan, {plus, breaks, ends}, checked) => {
        const packed = compressToEncodedURIComponent(JSON.stringify(toPlanFile(plan, 'ja', NOW)));
        let body = checked ? `${linkChecksum(packed)}.${packed}` : packed;
        // where a + became a space, a wrapped line's indent is taken for one more; the unindented wraps are unambiguous
        const wraps =
          plus === 'space'
            ? breaks.map(([at, br]) => [at, br.trim() === '' && br.includes(' ') ? '\n' : br] as const)
            : breaks;
        const positions = [...wraps].sort((a, b) => b[0] - a[0]);
        for (const [at, br] of positions) {
          const k = Math.floor(at * body.length);
          body = body.slice(0, k) + (plus === 'space' && br === ' ' ? '\n' : br) + body.slice(k);
        }
        if (plus === '%2B') body = body.replace(/\+/g, '%2B');
        if (plus === 'space') body = body.replace(/\+/g, ' ');
        const result = decodeShareFragment(`#${SHARE_KEY}=${body}${ends}`);
        if (!checked && plus === 'space' && wraps.some(([, br]) => br.includes(' '))) {
          // without a checksum a space cannot be told from a '+': opened as it was, or refused
          if (result.ok) expect(result.file.plan).toEqual(plan);
          return;
        }
        expect(result.ok && result.file.plan).toEqual(plan);
      }),
      RUNS,
    );
  });

  const edit = fc.oneof(
    fc.record({kind: fc.constant('replace' as const), at: fc.nat(), c: fc.constantFrom(...URI_ALPHABET)}),
    fc.record({kind: fc.constant('insert' as const), at: fc.nat(), c: fc.constantFrom(...URI_ALPHABET)}),
    fc.record({kind: fc.constant('delete' as const), at: fc.nat(), c: fc.constant('')}),
  );

  it('a link with one to three characters changed, added or dropped opens the same plan or is refused as damaged', () => {
    fc.assert(
      fc.property(planArb, fc.array(edit, {minLength: 1, maxLength: 3}), (plan, edits) => {
        const fragment = encodeShareFragment(plan, 'ja', NOW);
        const head = SHARE_KEY.length + 1;
        let body = fragment.slice(head);
        for (const {kind, at, c} of edits) {
          const k = at % (body.length + (kind === 'insert' ? 1 : 0));
          body =
            kind === 'replace'
              ? body.slice(0, k) + c + body.slice(k + 1)
              : kind === 'insert'
                ? body.slice(0, k) + c + body.slice(k)
                : body.slice(0, k) + body.slice(k + 1);
        }
        const result = decodeShareFragment(fragment.slice(0, head) + body);
        if (result.ok) expect(result.file.plan).toEqual(plan);
        else expect(result.error).toBe('corruptLink');
      }),
      {numRuns: 300},
    );
  });

  it('links made before the checksum still open, marked as not checked', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const old = `${SHARE_KEY}=${compressToEncodedURIComponent(JSON.stringify(toPlanFile(plan, 'en', NOW)))}`;
        const result = decodeShareFragment(old);
        expect(result.ok && result.file.plan).toEqual(plan);
        expect(result.ok && 'unchecked' in result && result.unchecked).toBe(true);
        // a link with its checksum is not
        expect(decodeShareFragment(encodeShareFragment(plan, 'en', NOW))).not.toHaveProperty('unchecked');
      }),
      {numRuns: 100},
    );
  });

  /** What people and tools put after a link: the end of a sentence, a query string, a second '#'. */
  const pasted = fc
    .array(
      fc.oneof(
        fc.constantFrom('.', ',', ')', ']', '>', '。', '、', '」', '）', '!', '"', "'", ';', ':'),
        fc.constantFrom('。', '、', '」', ')', '.').map(encodeURIComponent),
        fc.constantFrom('?utm_source=mail&utm_medium=email', '?x=1', '#', '#section-2', '#plan=abc', '&s=1'),
      ),
      {minLength: 1, maxLength: 3},
    )
    .map((parts) => parts.join(''));

  it('a link followed by punctuation, a query string or a second # opens the same plan, checked', () => {
    fc.assert(
      fc.property(planArb, pasted, fc.constantFrom('', ' ', '\n'), (plan, tail, gap) => {
        const result = decodeShareFragment(`#${encodeShareFragment(plan, 'ja', NOW)}${gap}${tail}`);
        expect(result.ok && result.file.plan).toEqual(plan);
        expect(result).not.toHaveProperty('unchecked');
      }),
      RUNS,
    );
  });

  it('so does a link made before the checksum, which stays marked as not checked', () => {
    fc.assert(
      fc.property(planArb, pasted, (plan, tail) => {
        const old = `${SHARE_KEY}=${compressToEncodedURIComponent(JSON.stringify(toPlanFile(plan, 'en', NOW)))}`;
        const result = decodeShareFragment(old + tail);
        expect(result.ok && result.file.plan).toEqual(plan);
        expect(result.ok && 'unchecked' in result && result.unchecked).toBe(true);
      }),
      {numRuns: 100},
    );
  });

  it('a link cut short and then followed by punctuation is still refused as damaged', () => {
    fc.assert(
      fc.property(planArb, pasted, fc.integer({min: 1, max: 40}), (plan, tail, cut) => {
        const fragment = encodeShareFragment(plan, 'ja', NOW);
        const result = decodeShareFragment(
          fragment.slice(0, Math.max(SHARE_KEY.length + 1, fragment.length - cut)) + tail,
        );
        expect(result).toEqual({ok: false, error: 'corruptLink'});
      }),
      {numRuns: 100},
    );
  });

  it('messages name the cause: a link from a newer release, a damaged plan inside a sound link, too large', () => {
    const pack = (json: unknown) => {
      const packed = compressToEncodedURIComponent(JSON.stringify(json));
      return `${SHARE_KEY}=${linkChecksum(packed)}.${packed}`;
    };
    fc.assert(
      fc.property(planArb, fc.integer({min: PLAN_VERSION + 1, max: 1000}), (plan, version) => {
        const json = JSON.parse(JSON.stringify(toPlanFile(plan, 'ja', NOW)));
        expect(decodeShareFragment(pack({...json, version}))).toEqual({ok: false, error: 'newerVersion'});
        expect(decodeShareFragment(pack({...json, plan: {...json.plan, step: 'nowhere'}}))).toEqual({
          ok: false,
          error: 'invalid',
        });
      }),
      {numRuns: 50},
    );
  });
});
