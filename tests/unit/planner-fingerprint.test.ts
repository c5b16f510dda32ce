/**
 * The fingerprint of a plan's decisions: two parties compare it to know they
 * hold the same decisions. It must not move with what is not a decision, nor
 * with a new release's wording, and must move with every decision.
 */
import {createHash} from 'node:crypto';
import * as fc from 'fast-check';
import {describe, expect, it, vi} from 'vitest';
import {agreements} from '@site/src/catalog';
import {comparePlans} from '@site/src/planner/compare';
import {canonicalJson, decisionsFingerprint, sha256Hex, shortFingerprint} from '@site/src/planner/fingerprint';
import type {Plan} from '@site/src/planner/plan';
import {parsePlanFile, serializePlanFile, toPlanFile} from '@site/src/planner/schema';
import {applyEdit, editArb, planArb} from '../support/planArbitraries';

/** The same value with every object's keys in another order. */
function reordered(value: unknown, seed: number): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => reordered(v, seed));
  const entries = Object.entries(value as Record<string, unknown>);
  const k = seed % (entries.length || 1);
  return Object.fromEntries(
    [...entries.slice(k), ...entries.slice(0, k)].reverse().map(([key, v]) => [key, reordered(v, seed + 1)]),
  );
}

const RUNS = {numRuns: 60};

describe('the fingerprint of the decisions', () => {
  it('is SHA-256 of the decisions written in one order: 64 hex digits, the same as another implementation gives', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    await fc.assert(
      fc.asyncProperty(fc.string(), async (text) => {
        expect(await sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
      }),
      RUNS,
    );
  });

  it('is the same where the page has no WebCrypto (a page not served over HTTPS): a maintained library stands in', async () => {
    const subtle = vi.spyOn(globalThis.crypto, 'subtle', 'get').mockReturnValue(undefined as unknown as SubtleCrypto);
    try {
      expect(globalThis.crypto.subtle).toBeUndefined();
      expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
      expect(await sha256Hex('契約期間')).toBe(createHash('sha256').update('契約期間', 'utf8').digest('hex'));
    } finally {
      subtle.mockRestore();
    }
  });

  it('is unchanged by the order a file writes its keys in, and by a reload through the plan file', async () => {
    await fc.assert(
      fc.asyncProperty(planArb, fc.nat(), async (plan, seed) => {
        const fp = await decisionsFingerprint(plan);
        expect(fp).toMatch(/^[0-9a-f]{64}$/);
        expect(await decisionsFingerprint(reordered(plan, seed) as Plan)).toBe(fp);
        const reloaded = parsePlanFile(serializePlanFile(toPlanFile(plan, 'en', new Date())));
        expect(reloaded.ok && (await decisionsFingerprint(reloaded.file.plan))).toBe(fp);
      }),
      RUNS,
    );
  });

  it('is unchanged by what is each party’s own or not a decision: role, step, who changed what, the partnership’s id, the meeting, the contacts', async () => {
    await fc.assert(
      fc.asyncProperty(planArb, planArb, async (plan, other) => {
        const own: Plan = {
          ...plan,
          role: other.role,
          step: other.step,
          reached: other.reached,
          edits: other.edits,
          received: other.received,
          partnershipId: other.partnershipId,
          meeting: other.meeting,
          contacts: other.contacts,
          marks: other.marks,
          base: other.base,
        };
        expect(await decisionsFingerprint(own)).toBe(await decisionsFingerprint(plan));
      }),
      RUNS,
    );
  });

  it('is unchanged when a new release rewords the questions and agreements: it holds ids, never wording', async () => {
    const plan = (await fc.sample(planArb, {numRuns: 1, seed: 29}))[0]!;
    const before = await decisionsFingerprint(plan);
    const agreement = agreements[0]!;
    const question = agreement.items[0]!.questions[0]!;
    const [name, text] = [agreement.name.ja, question.text.ja];
    try {
      (agreement.name as {ja: string}).ja = `${name}（改訂）`;
      (question.text as {ja: string}).ja = `${text}（改訂）`;
      expect(await decisionsFingerprint(plan)).toBe(before);
    } finally {
      (agreement.name as {ja: string}).ja = name;
      (question.text as {ja: string}).ja = text;
    }
  });

  it('changes with an agreed value, and with whether both agreed it', async () => {
    const plan = (await fc.sample(planArb, {numRuns: 1, seed: 5}))[0]!;
    const base = {...plan, values: {}};
    const proposed = {
      ...base,
      values: {'providerSla.availability': {value: 99.5, by: 'partner' as const, agreed: false}},
    };
    const agreed = {...base, values: {'providerSla.availability': {value: 99.5, by: 'partner' as const, agreed: true}}};
    const other = {...base, values: {'providerSla.availability': {value: 99.9, by: 'partner' as const, agreed: true}}};
    const prints = await Promise.all([base, proposed, agreed, other].map(decisionsFingerprint));
    expect(new Set(prints).size).toBe(4);
  });

  it('changes with any decision: an answer, a name, a line’s status, owner, note or outcome', async () => {
    await fc.assert(
      fc.asyncProperty(planArb, editArb, async (plan, edit) => {
        const edited = applyEdit(plan, edit);
        // role, attendees and contacts are not decisions (above); every other change is
        if (edit.kind === 'role' || edit.kind === 'attendees' || edit.kind === 'contact') return;
        if (comparePlans(plan, edited).length === 0) return;
        expect(await decisionsFingerprint(edited)).not.toBe(await decisionsFingerprint(plan));
      }),
      {numRuns: 150},
    );
  });

  it('holds the same decisions for two parties whose plans compare equal', async () => {
    await fc.assert(
      fc.asyncProperty(planArb, async (plan) => {
        const partner: Plan = {...plan, role: plan.role === 'lead' ? 'partner' : 'lead', step: 'review'};
        expect(comparePlans(plan, partner)).toEqual([]);
        expect(await decisionsFingerprint(partner)).toBe(await decisionsFingerprint(plan));
      }),
      RUNS,
    );
  });

  it('is read out as four groups of four digits', () => {
    expect(shortFingerprint('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')).toBe(
      'ba78 16bf 8f01 cfea',
    );
  });

  it('writes one text for one value, keys in order, nothing undefined', () => {
    expect(canonicalJson({b: 1, a: [2, {d: undefined, c: '3'}]})).toBe('{"a":[2,{"c":"3"}],"b":1}');
  });
});
