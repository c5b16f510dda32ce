/**
 * Random plans, and random edits a reader makes to one, for the planner's
 * property tests. Every plan and edit here is one the planner itself could
 * write: it goes through the plan file unchanged (see planner-codec.test.ts,
 * whose arbitraries these follow).
 */
import * as fc from 'fast-check';
import {agreements, sectors, techRequirements, type SectorId} from '@site/src/catalog';
import {allLineIds} from '@site/src/planner/checklist';
import {agreedValueFields} from '@site/src/catalog/data/agreedValues';
import type {ValueKind} from '@site/src/catalog/types';
import {WEEKDAYS, type AgreedValue, type StoredValue} from '@site/src/planner/values';
import {
  CONTACT_FIELDS,
  CONTACT_KINDS,
  DATA_KINDS,
  LIMITS,
  LINE_STATUSES,
  NAME_FIELDS,
  OWNERS,
  PATTERN_QUESTIONS,
  PROVIDERS,
  ROLES,
  STEPS,
  TECH_DIRECTIONS,
  emptyContacts,
  textProblem,
  type ContactField,
  type ContactKind,
  type LineState,
  type LineStatus,
  type NameField,
  type Owner,
  type Plan,
  type Provider,
  type Role,
} from '@site/src/planner/plan';

/** Text the reader could type: any characters, as long as textProblem lets them through, up to the limit. */
export const safeText = (max: number) =>
  fc
    .oneof(
      fc.string({maxLength: 40}),
      fc.string({unit: 'grapheme', maxLength: 40}),
      fc.string({unit: 'binary', maxLength: 40}),
      fc.string({unit: fc.nat(0xffff).map((n) => String.fromCharCode(n)), maxLength: 40}),
      fc.constantFrom('', '確認する', '<SLA> & 価格表\n次回'),
      fc.integer({min: max - 3, max}).map((n) => 'あ'.repeat(n)),
    )
    .filter((s) => textProblem(s, max) === null);

export const lineIds = [...allLineIds()];
const agreementIds = agreements.map((a) => a.id);

export const lineStateArb: fc.Arbitrary<LineState> = fc.record(
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
  Object.fromEntries(CONTACT_FIELDS.map((f) => [f, safeText(LIMITS.contact)])) as Record<
    ContactField,
    fc.Arbitrary<string>
  >,
);
const contactSheetArb = fc.record(
  Object.fromEntries(CONTACT_KINDS.map((k) => [k, contactArb])) as Record<ContactKind, typeof contactArb>,
);
export const contactsArb = fc.oneof(
  fc.constant(emptyContacts()),
  fc.record({lead: contactSheetArb, partner: contactSheetArb}),
);

/** A value that fits its kind, as the planner takes one in. */
export function storedValueArb(kind: ValueKind): fc.Arbitrary<StoredValue> {
  switch (kind.type) {
    case 'percent':
      return fc
        .integer({min: kind.min * 10 ** kind.decimals, max: kind.max * 10 ** kind.decimals})
        .map((n) => Number((n / 10 ** kind.decimals).toFixed(kind.decimals)));
    case 'duration':
      return fc.record({amount: fc.integer({min: 0, max: 500}), unit: fc.constantFrom(...kind.units)});
    case 'weekHours': {
      const time = fc
        .integer({min: 0, max: 95})
        .map((q) => `${String(Math.floor(q / 4)).padStart(2, '0')}:${String((q % 4) * 15).padStart(2, '0')}`);
      return fc
        .record({days: fc.subarray([...WEEKDAYS], {minLength: 1}), from: time, to: time})
        .filter((h) => h.from !== h.to);
    }
    case 'choice':
      return fc.constantFrom(...kind.options);
    case 'regions':
      return fc.uniqueArray(fc.constantFrom('JP', 'SG', 'US', 'KR', 'TW'), {minLength: 1, maxLength: 3});
    case 'date':
      return fc
        .date({min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true})
        .map((d) => d.toISOString().slice(0, 10));
  }
}

/** Agreed values on a few of the catalog's fields, some for one provider's own (id@lead, id@partner). */
export const valuesArb: fc.Arbitrary<Record<string, AgreedValue>> = fc
  .array(
    fc.tuple(
      fc.constantFrom(...agreedValueFields),
      fc.constantFrom('', '@lead', '@partner'),
      fc.option(fc.constantFrom(...ROLES), {nil: null}),
      fc.boolean(),
    ),
    {maxLength: 5},
  )
  .chain((picks) =>
    fc
      .tuple(...picks.map(([field]) => storedValueArb(field.kind)))
      .map((values) =>
        Object.fromEntries(
          picks.map(([field, scope, by, agreed], i) => [`${field.id}${scope}`, {value: values[i]!, by, agreed}]),
        ),
      ),
  );

const fingerprintArb = fc.stringMatching(/^[0-9a-f]{64}$/);

const marksArb = fc.record(
  Object.fromEntries(
    ROLES.map((r) => [
      r,
      fc.record({
        name: safeText(LIMITS.name),
        date: fc
          .date({min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true})
          .map((d) => d.toISOString().slice(0, 10)),
        fingerprint: fingerprintArb,
      }),
    ]),
  ) as Record<Role, fc.Arbitrary<{name: string; date: string; fingerprint: string}>>,
  {requiredKeys: []},
);

/** A moment as the planner writes one (Date.toISOString). */
export const momentArb = fc
  .date({min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true})
  .map((d) => d.toISOString());

export const stepsArb = fc
  .tuple(fc.nat(STEPS.length - 1), fc.nat(STEPS.length - 1))
  .map(([a, b]) => ({step: STEPS[Math.min(a, b)], reached: STEPS[Math.max(a, b)]}));

/** The few lines edits land on, so that two copies often touch the same one. */
export const editedLineIds = lineIds.slice(0, 6);

/**
 * Plans of every kind the planner writes: lines drawn from `lines` (ids may
 * repeat, to weight some), at most `maxLines` of them, `maxEdits` stamps and
 * `maxAgenda` lines on the agenda.
 */
export function plans({
  lines = lineIds,
  maxLines = 12,
  maxEdits = 6,
  maxAgenda = 8,
}: {lines?: readonly string[]; maxLines?: number; maxEdits?: number; maxAgenda?: number} = {}): fc.Arbitrary<Plan> {
  return fc
    .record({
      role: fc.option(fc.constantFrom(...ROLES), {nil: null}),
      names: fc.record(
        Object.fromEntries(NAME_FIELDS.map((f) => [f, safeText(LIMITS.name)])) as Record<
          NameField,
          fc.Arbitrary<string>
        >,
      ),
      patternAnswers: fc.record(
        Object.fromEntries(
          PATTERN_QUESTIONS.map((q) => [q, fc.constantFrom('one' as const, 'each' as const)]),
        ) as Record<(typeof PATTERN_QUESTIONS)[number], fc.Arbitrary<'one' | 'each'>>,
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
      meeting: fc.record({
        date: fc.oneof(
          fc.constant(''),
          momentArb.map((m) => m.slice(0, 10)),
        ),
        attendees: safeText(LIMITS.attendees),
        agenda: fc.uniqueArray(fc.constantFrom(...lineIds), {maxLength: maxAgenda}),
      }),
      contacts: contactsArb,
      data: fc.record(
        Object.fromEntries(DATA_KINDS.map((k) => [k, fc.boolean()])) as Record<
          (typeof DATA_KINDS)[number],
          fc.Arbitrary<boolean>
        >,
      ),
      agreementChoices: fc.record(Object.fromEntries(agreementIds.map((id) => [id, fc.boolean()])), {requiredKeys: []}),
      requirements: fc.shuffledSubarray(techRequirements.map((r) => r.id)),
      lines: fc
        .array(fc.tuple(fc.constantFrom(...lines), lineStateArb), {maxLength: maxLines})
        .map((entries) => Object.fromEntries(entries)),
      steps: stepsArb,
      partnershipId: fc.option(fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/), {nil: null}),
      edits: fc
        .array(
          fc.tuple(
            fc.constantFrom(...lines),
            fc.record({by: fc.constantFrom(...ROLES), name: safeText(LIMITS.name), at: momentArb}),
          ),
          {maxLength: maxEdits},
        )
        .map((entries) => Object.fromEntries(entries)),
      received: fc.option(momentArb, {nil: null}),
      values: valuesArb,
      marks: marksArb,
      base: fc.option(fingerprintArb, {nil: null}),
    })
    .map(({steps, ...rest}) => ({...rest, ...steps}) as Plan);
}

/** Plans whose lines are often the few that edits land on. */
export const planArb = plans({lines: [...editedLineIds, ...lineIds], maxLines: 8, maxEdits: 4, maxAgenda: 4});

// ---------------------------------------------------------------------------
// Edits: what a reader changes in one copy of a plan

export type Edit =
  | {kind: 'line'; id: string; field: 'note' | 'outcome'; value: string}
  | {kind: 'line'; id: string; field: 'status'; value: LineStatus}
  | {kind: 'line'; id: string; field: 'owner'; value: Owner}
  | {kind: 'name'; field: NameField; value: string}
  | {kind: 'attendees'; value: string}
  | {kind: 'contact'; provider: Provider; contact: ContactKind; field: ContactField; value: string}
  | {kind: 'sector'; value: SectorId | null}
  | {kind: 'role'; value: Role | null};

/** Few values, so that two copies often write the same one; and now and then any text. */
const editText = (max: number) => fc.oneof(fc.constantFrom('', '確認', 'done by Friday', 'B社へ'), safeText(max));

export const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('line' as const),
    id: fc.constantFrom(...editedLineIds),
    field: fc.constantFrom('note' as const, 'outcome' as const),
    value: editText(LIMITS.note),
  }),
  fc.record({
    kind: fc.constant('line' as const),
    id: fc.constantFrom(...editedLineIds),
    field: fc.constant('status' as const),
    value: fc.constantFrom(...LINE_STATUSES),
  }),
  fc.record({
    kind: fc.constant('line' as const),
    id: fc.constantFrom(...editedLineIds),
    field: fc.constant('owner' as const),
    value: fc.constantFrom(...OWNERS),
  }),
  fc.record({kind: fc.constant('name' as const), field: fc.constantFrom(...NAME_FIELDS), value: editText(LIMITS.name)}),
  fc.record({kind: fc.constant('attendees' as const), value: editText(LIMITS.attendees)}),
  fc.record({
    kind: fc.constant('contact' as const),
    provider: fc.constantFrom(...PROVIDERS),
    contact: fc.constantFrom(...CONTACT_KINDS.slice(0, 2)),
    field: fc.constantFrom(...CONTACT_FIELDS.slice(0, 2)),
    value: editText(LIMITS.contact),
  }),
  fc.record({
    kind: fc.constant('sector' as const),
    value: fc.option(fc.constantFrom(...sectors.slice(0, 3).map((s) => s.id)), {nil: null}),
  }),
  fc.record({kind: fc.constant('role' as const), value: fc.option(fc.constantFrom(...ROLES), {nil: null})}),
);

/** The comparison's key of the field an edit sets (compare.ts). */
export function editKey(edit: Edit): string {
  switch (edit.kind) {
    case 'line':
      return `line|${edit.id}|${edit.field}`;
    case 'name':
      return `answer|names.${edit.field}`;
    case 'attendees':
      return 'meeting|attendees';
    case 'contact':
      return `contact|${edit.provider}.${edit.contact}.${edit.field}`;
    case 'sector':
      return 'answer|sector';
    case 'role':
      return 'answer|role';
  }
}

/** The plan with one edit made, as the planner makes it: a new plan, the old one untouched. */
export function applyEdit(plan: Plan, edit: Edit): Plan {
  switch (edit.kind) {
    case 'line':
      return {...plan, lines: {...plan.lines, [edit.id]: {...plan.lines[edit.id], [edit.field]: edit.value}}};
    case 'name':
      return {...plan, names: {...plan.names, [edit.field]: edit.value}};
    case 'attendees':
      return {...plan, meeting: {...plan.meeting, attendees: edit.value}};
    case 'contact':
      return {
        ...plan,
        contacts: {
          ...plan.contacts,
          [edit.provider]: {
            ...plan.contacts[edit.provider],
            [edit.contact]: {...plan.contacts[edit.provider][edit.contact], [edit.field]: edit.value},
          },
        },
      };
    case 'sector':
      return {...plan, sector: edit.value};
    case 'role':
      return {...plan, role: edit.value};
  }
}

export const applyEdits = (plan: Plan, edits: readonly Edit[]): Plan => edits.reduce(applyEdit, plan);

/**
 * The value a plan holds in the field an edit sets, as the comparison sees
 * it: a line's empty note or outcome is no note at all.
 */
export function valueAt(plan: Plan, edit: Edit): unknown {
  switch (edit.kind) {
    case 'line': {
      const value = plan.lines[edit.id]?.[edit.field];
      return value === '' ? undefined : value;
    }
    case 'name':
      return plan.names[edit.field];
    case 'attendees':
      return plan.meeting.attendees;
    case 'contact':
      return plan.contacts[edit.provider][edit.contact][edit.field];
    case 'sector':
      return plan.sector;
    case 'role':
      return plan.role;
  }
}

/** The plan with the field an edit sets holding `value`; a line field that is undefined is left unset. */
export function setAt(plan: Plan, edit: Edit, value: unknown): Plan {
  if (edit.kind === 'line' && value === undefined) {
    const state: LineState = {...plan.lines[edit.id]};
    delete state[edit.field];
    return {...plan, lines: {...plan.lines, [edit.id]: state}};
  }
  return applyEdit(plan, {...edit, value} as Edit);
}

/** The last edit of each field, in the order the fields were first edited. */
export function lastEditByKey(edits: readonly Edit[]): Map<string, Edit> {
  const out = new Map<string, Edit>();
  for (const e of edits) out.set(editKey(e), e);
  return out;
}
