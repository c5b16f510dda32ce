/**
 * The plan file, the share link and the autosave: a plan the reader made
 * comes back unchanged, and nothing else — damaged, foreign or hostile text —
 * gets in or makes the planner throw.
 */
import * as fc from 'fast-check';
import {compressToEncodedURIComponent} from 'lz-string';
import {describe, expect, it} from 'vitest';
import {agreements, sectors, techRequirements, type Locale} from '@site/src/catalog';
import {allLineIds} from '@site/src/planner/checklist';
import {
  DATA_KINDS,
  LIMITS,
  LINE_STATUSES,
  TECH_DIRECTIONS,
  NAME_FIELDS,
  OWNERS,
  PATTERN_QUESTIONS,
  ROLES,
  STEPS,
  emptyPlan,
  emptyContacts,
  CONTACT_FIELDS,
  CONTACT_KINDS,
  type ContactField,
  type ContactKind,
  isBlank,
  textProblem,
  type LineState,
  type Plan,
} from '@site/src/planner/plan';
import {
  MAX_FILE_CHARS,
  PLAN_FORMAT,
  PLAN_VERSION,
  parsePlanFile,
  readPlanFile,
  serializePlanFile,
  toPlanFile,
  type PlanError,
  type PlanResult,
} from '@site/src/planner/schema';
import {
  MAX_FRAGMENT_CHARS,
  SHARE_KEY,
  decodeShareFragment,
  encodeShareFragment,
  hasSharedPlan,
  shareFragmentOrNull,
} from '@site/src/planner/share';
import {PREVIOUS_KEY, STORAGE_KEY, loadSaved, save, type StorageLike} from '@site/src/planner/storage';

// Reading a plan file derives every line id the catalog has (allLineIds, a few
// milliseconds), so the properties that read valid plans keep to a few hundred runs.
const RUNS = {numRuns: 200};

// ---------------------------------------------------------------------------
// Arbitraries

/** Text the reader could type: any characters, as long as textProblem lets them through. */
const safeText = (max: number) =>
  fc
    .oneof(
      fc.string({maxLength: 40}),
      fc.string({unit: 'grapheme', maxLength: 40}),
      fc.string({unit: 'binary', maxLength: 40}),
      fc.string({unit: fc.nat(0xffff).map((n) => String.fromCharCode(n)), maxLength: 40}),
      fc.integer({min: max - 3, max}).map((n) => 'あ'.repeat(n)),
    )
    .filter((s) => textProblem(s, max) === null);

const lineIds = [...allLineIds()];
const agreementIds = agreements.map((a) => a.id);

const lineStateArb: fc.Arbitrary<LineState> = fc.record(
  {
    status: fc.constantFrom(...LINE_STATUSES),
    owner: fc.constantFrom(...OWNERS),
    note: safeText(LIMITS.note),
    outcome: safeText(LIMITS.note),
    choices: fc.uniqueArray(fc.constantFrom('layer1.1.1', 'layer2.2.1', 'log3', 'log8'), {maxLength: 3}),
    providerStatus: fc.record(
      {lead: fc.constantFrom(...LINE_STATUSES), partner: fc.constantFrom(...LINE_STATUSES)},
      {requiredKeys: ['lead']},
    ),
  },
  {requiredKeys: []},
);

const contactArb = fc.record(
  Object.fromEntries(CONTACT_FIELDS.map((f) => [f, safeText(LIMITS.contact)])) as Record<ContactField, fc.Arbitrary<string>>,
);
const contactSheetArb = fc.record(
  Object.fromEntries(CONTACT_KINDS.map((k) => [k, contactArb])) as Record<ContactKind, typeof contactArb>,
);
const contactsArb = fc.oneof(
  fc.constant(emptyContacts()),
  fc.record({lead: contactSheetArb, partner: contactSheetArb}),
);

const meetingArb = fc.record({
  date: fc.oneof(fc.constant(''), fc.date({min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true}).map((d) => d.toISOString().slice(0, 10))),
  attendees: safeText(LIMITS.attendees),
  agenda: fc.uniqueArray(fc.constantFrom(...allLineIds()), {maxLength: 8}),
});

const stepsArb = fc
  .tuple(fc.nat(STEPS.length - 1), fc.nat(STEPS.length - 1))
  .map(([a, b]) => ({step: STEPS[Math.min(a, b)], reached: STEPS[Math.max(a, b)]}));

const planArb: fc.Arbitrary<Plan> = fc
  .record({
    role: fc.option(fc.constantFrom(...ROLES), {nil: null}),
    names: fc.record(
      Object.fromEntries(NAME_FIELDS.map((f) => [f, safeText(LIMITS.name)])) as Record<
        (typeof NAME_FIELDS)[number],
        fc.Arbitrary<string>
      >,
    ),
    patternAnswers: fc.record(
      Object.fromEntries(PATTERN_QUESTIONS.map((q) => [q, fc.constantFrom('one' as const, 'each' as const)])) as Record<
        (typeof PATTERN_QUESTIONS)[number],
        fc.Arbitrary<'one' | 'each'>
      >,
      {requiredKeys: []},
    ),
    pattern: fc.option(fc.constantFrom('p1' as const, 'p2' as const), {nil: null}),
    customerSystems: fc.option(fc.boolean(), {nil: null}),
    sector: fc.option(fc.constantFrom(...sectors.map((s) => s.id)), {nil: null}),
    security: fc.option(
      fc.record({
        confidentiality: fc.constantFrom('high' as const, 'low' as const, null),
        availability: fc.constantFrom('high' as const, 'medium' as const, 'low' as const),
      }),
      {nil: null},
    ),
    techDirection: fc.option(fc.constantFrom(...TECH_DIRECTIONS), {nil: null}),
    meeting: meetingArb,
    contacts: contactsArb,
    data: fc.record(
      Object.fromEntries(DATA_KINDS.map((k) => [k, fc.boolean()])) as Record<(typeof DATA_KINDS)[number], fc.Arbitrary<boolean>>,
    ),
    agreementChoices: fc.record(Object.fromEntries(agreementIds.map((id) => [id, fc.boolean()])), {requiredKeys: []}),
    requirements: fc.shuffledSubarray(techRequirements.map((r) => r.id)),
    lines: fc
      .array(fc.tuple(fc.constantFrom(...lineIds), lineStateArb), {maxLength: 12})
      .map((entries) => Object.fromEntries(entries)),
    steps: stepsArb,
  })
  .map(({steps, ...rest}) => ({...rest, ...steps}) as Plan);

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
const fileJson = (plan: Plan) => JSON.parse(fileText(plan)) as Record<string, unknown> & {plan: Record<string, unknown>};

const PLAN_ERRORS: PlanError[] = ['notJson', 'notPlan', 'newerVersion', 'invalid', 'unsafeText', 'tooLarge', 'corruptLink'];

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
        expect(fragment).toMatch(/^[A-Za-z0-9+\-$=]+$/);
        expect(hasSharedPlan(hash + fragment)).toBe(true);
        const result = decodeShareFragment(hash + fragment);
        expect(result.ok && result.file.plan).toEqual(plan);
        expect(result.ok && result.file.locale).toBe(locale);
      }),
      RUNS,
    );
  });

  it('through browser storage (a blank plan leaves nothing behind)', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const storage = memoryStorage();
        expect(save(storage, plan, 'en', NOW)).toBe('saved');
        expect(loadSaved(storage)).toEqual(isBlank(plan) ? {kind: 'none'} : {kind: 'loaded', plan});
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
      fc.property(fc.oneof(fc.string(), fc.string({unit: 'binary'}), fc.string().map((s) => `${SHARE_KEY}=${s}`)), (text) => {
        const result = decodeShareFragment(text);
        expect(result.ok).toBe(false);
        expectRefusedOrValid(result);
      }),
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
    for (const text of ['null', '[]', '42', '"plan"', '{}', JSON.stringify(other), JSON.stringify({...fileJson(samplePlan()), version: 0})]) {
      expect(parsePlanFile(text), text).toEqual({ok: false, error: 'notPlan'});
    }
  });

  it("a plan file whose content does not hold together: 'invalid'", () => {
    const bad: Record<string, unknown>[] = [{pattern: 'p3'}, {step: 'done'}, {sector: 'finance'}, {requirements: ['teleport']}, {names: {}}];
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
      {contacts: {...emptyContacts(), partner: {...emptyContacts().partner, faults: {name: '', department: '', reach: 'x'.repeat(LIMITS.contact + 1), hours: ''}}}},
      {contacts: {...emptyContacts(), lead: {...emptyContacts().lead, billing: {name: '経理\u0000', department: '', reach: '', hours: ''}}}},
      {lines: {[lineIds[1]]: {note: 'ok\u0007'}}},
      {meeting: {date: '', attendees: 'x'.repeat(LIMITS.attendees + 1), agenda: []}},
    ];
    for (const patch of unsafe) {
      expect(parsePlanFile(fileText(samplePlan(patch))), JSON.stringify(patch).slice(0, 80)).toEqual({ok: false, error: 'unsafeText'});
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

  it('a name or note that looks like markup opens whole: it is the reader\'s text', () => {
    const note = '確認済み <script>alert(1)</script> <SLA> & <a href="javascript:alert(1)">x</a>';
    const partner = '<img src=x onerror=alert(1)>B社';
    const plan = samplePlan({names: {...samplePlan().names, partner}, lines: {[lineIds[0]]: {note}}});
    const opened = parsePlanFile(fileText(plan));
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.file.plan.names.partner).toBe(partner);
    expect(opened.file.plan.lines[lineIds[0]]?.note).toBe(note);
  });

  it("a file beyond MAX_FILE_CHARS: 'tooLarge'", () => {
    const padded = fileText(samplePlan()).replace(/}\s*$/, `${' '.repeat(MAX_FILE_CHARS)}}`);
    expect(parsePlanFile(padded)).toEqual({ok: false, error: 'tooLarge'});
    expect(decodeShareFragment(`${SHARE_KEY}=${'A'.repeat(MAX_FRAGMENT_CHARS + 1)}`)).toEqual({ok: false, error: 'tooLarge'});
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
    for (const fragment of ['', '#', 'plan=', '#plan=!!!', 'other=abc', `${SHARE_KEY}=${compressToEncodedURIComponent('{"a":1}')}`]) {
      expect(decodeShareFragment(fragment), fragment).toEqual({ok: false, error: 'corruptLink'});
    }
    expect(hasSharedPlan('#other=abc')).toBe(false);
  });
});

// ---------------------------------------------------------------------------
// Storage

function memoryStorage(): StorageLike & {data: Map<string, string>} {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, String(value)),
    removeItem: (key) => void data.delete(key),
  };
}

function failing(error: () => unknown, which: 'getItem' | 'setItem'): StorageLike {
  const storage = memoryStorage();
  return {
    ...storage,
    [which]: () => {
      throw error();
    },
  };
}

describe('autosave', () => {
  it('keeps the plan and the replaced plan in separate slots', () => {
    const storage = memoryStorage();
    const mine = samplePlan();
    const previous = samplePlan({pattern: 'p1', sector: null});
    expect(loadSaved(storage)).toEqual({kind: 'none'});
    expect(save(storage, mine, 'ja', NOW)).toBe('saved');
    expect(save(storage, previous, 'ja', NOW, PREVIOUS_KEY)).toBe('saved');
    expect(loadSaved(storage)).toEqual({kind: 'loaded', plan: mine});
    expect(loadSaved(storage, PREVIOUS_KEY)).toEqual({kind: 'loaded', plan: previous});
  });

  it('reports stored text that is not a plan as unreadable, with the reason', () => {
    const storage = memoryStorage();
    storage.setItem(STORAGE_KEY, '{"format": "saas-partnership-plan", "vers');
    expect(loadSaved(storage)).toEqual({kind: 'unreadable', error: 'notJson'});
    storage.setItem(STORAGE_KEY, '{"hello": "world"}');
    expect(loadSaved(storage)).toEqual({kind: 'unreadable', error: 'notPlan'});
    storage.setItem(STORAGE_KEY, fileText(samplePlan({names: {...samplePlan().names, lead: 'A\u0000'}})));
    expect(loadSaved(storage)).toEqual({kind: 'unreadable', error: 'unsafeText'});
  });

  it("saving a blank plan (or none) clears the slot", () => {
    const storage = memoryStorage();
    save(storage, samplePlan(), 'ja', NOW);
    expect(storage.data.has(STORAGE_KEY)).toBe(true);
    expect(save(storage, emptyPlan(), 'ja', NOW)).toBe('saved');
    expect(storage.data.has(STORAGE_KEY)).toBe(false);
    save(storage, samplePlan(), 'ja', NOW);
    expect(save(storage, null, 'ja', NOW)).toBe('saved');
    expect(loadSaved(storage)).toEqual({kind: 'none'});
  });

  it("reports a full storage as 'full'", () => {
    const quota = [
      () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
      () => Object.assign(new Error('quota'), {name: 'QuotaExceededError'}),
      () => Object.assign(new Error('quota'), {name: 'NS_ERROR_DOM_QUOTA_REACHED'}),
    ];
    for (const error of quota) expect(save(failing(error, 'setItem'), samplePlan(), 'ja', NOW)).toBe('full');
    // any other failure is not the reader's doing
    expect(save(failing(() => new DOMException('denied', 'SecurityError'), 'setItem'), samplePlan(), 'ja', NOW)).toBe('unavailable');
    expect(save(failing(() => 'weird', 'setItem'), samplePlan(), 'ja', NOW)).toBe('unavailable');
  });

  it("reports a storage that cannot be read, or none at all, as 'unavailable'", () => {
    expect(loadSaved(failing(() => new DOMException('denied', 'SecurityError'), 'getItem'))).toEqual({
      kind: 'unreadable',
      error: 'unavailable',
    });
    expect(loadSaved(null)).toEqual({kind: 'unreadable', error: 'unavailable'});
    expect(save(null, samplePlan(), 'ja', NOW)).toBe('unavailable');
  });
});

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
    const opened = decodeShareFragment(fragment!);
    expect(opened.ok && opened.file.plan.lines).toEqual(light.lines);
  });
});
