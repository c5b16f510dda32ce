import {describe, expect, it} from 'vitest';
import {guidelines} from '@site/src/catalog';
import {guideIssuedIso} from '@site/src/catalog/data/guideSource';
import {landscapeGuidelines} from '@site/src/catalog/related/guidelineLandscape';
import {
  SINCE_GUIDE_CHECKED,
  SINCE_GUIDE_PATH,
  figure25Subjects,
  formatSinceDate,
  personalInformationAct,
  supersededNote,
  supersededNoteText,
} from '@site/src/catalog/sinceGuide';
import {latestStep, sinceGuide, sinceGuideEntry, sinceGuideSteps} from '@site/src/catalog/sinceGuideEntries';
import {JAPANESE, collectTexts} from '../support/texts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH_OR_DATE = /^\d{4}-\d{2}(-\d{2})?$/;

/**
 * The pages a fact may stand on: the issuers' own (the ministries, the
 * personal information commission) and ASPIC's list, which the site names.
 * A page of anyone else is a lead to confirm, not a source.
 */
const ISSUER_HOSTS = [
  'soumu.go.jp',
  'meti.go.jp',
  'mhlw.go.jp',
  'mext.go.jp',
  'ppc.go.jp',
  'digital.go.jp',
  'ipa.go.jp',
  'aspicjapan.org',
];
const onIssuerHost = (url: string) => {
  const host = new URL(url).hostname;
  return ISSUER_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
};

describe('since the guide: every guideline the site names has an entry', () => {
  const ids = sinceGuide.map((e) => e.id);

  it('has one entry per subject, no more', () => {
    expect(new Set(ids).size).toBe(ids.length);
    const subjects = [...landscapeGuidelines.map((g) => g.id), personalInformationAct.id];
    expect([...ids].sort()).toEqual([...subjects].sort());
  });

  it("covers 図表25's four guidelines, each through its row of the related-guidelines page", () => {
    for (const g of guidelines) {
      const row = landscapeGuidelines.find((l) => l.id === figure25Subjects[g.id]);
      expect(row?.inFigure25, g.id).toBe(true);
      expect(sinceGuideEntry(g.id), g.id).toBe(sinceGuideEntry(row!.id));
    }
    const mapped = new Set<string>(Object.values(figure25Subjects));
    expect(
      landscapeGuidelines
        .filter((l) => l.inFigure25)
        .map((l) => l.id)
        .every((id) => mapped.has(id)),
    ).toBe(true);
  });

  it('covers every guideline of the landscape page and the act the checklist names', () => {
    for (const g of landscapeGuidelines) expect(sinceGuideEntry(g.id), g.id).toBeDefined();
    expect(sinceGuideEntry(personalInformationAct.id)?.status).toBe('confirmed');
  });
});

describe('since the guide: only confirmed, linked, dated facts', () => {
  const steps = sinceGuide.flatMap((e) => (e.status === 'confirmed' ? e.steps.map((s) => ({id: e.id, s})) : []));

  it('has steps exactly for the entries with a summary', () => {
    const withSteps = Object.keys(sinceGuideSteps).sort();
    const confirmed = sinceGuide
      .filter((e) => e.status === 'confirmed')
      .map((e) => e.id)
      .sort();
    expect(withSteps).toEqual(confirmed);
  });

  it('gives every confirmed entry at least one step and a summary', () => {
    for (const e of sinceGuide) {
      if (e.status !== 'confirmed') continue;
      expect(e.steps.length, e.id).toBeGreaterThan(0);
      expect(e.summary.ja.trim() && e.summary.en.trim(), e.id).toBeTruthy();
    }
  });

  it('gives every step an issuer, a title, a date after the guide, a checked date and https links', () => {
    expect(steps.length).toBeGreaterThan(5);
    for (const {id, s} of steps) {
      const where = `${id}: ${s.title.en}`;
      expect(s.issuer.ja.trim() && s.issuer.en.trim(), where).toBeTruthy();
      expect(s.title.ja.trim() && s.title.en.trim(), where).toBeTruthy();
      expect(s.date, where).toMatch(ISO_MONTH_OR_DATE);
      expect(s.date > guideIssuedIso, `${where} is later than the guide`).toBe(true);
      expect(s.checked, where).toMatch(ISO_DATE);
      expect(s.checked >= s.date, `${where}: checked after it happened`).toBe(true);
      expect(s.sources.length, where).toBeGreaterThan(0);
      for (const source of s.sources) {
        expect(new URL(source.url).protocol, source.url).toBe('https:');
        expect(source.caption.ja.trim() && source.caption.en.trim(), source.url).toBeTruthy();
      }
      for (const copy of s.readAt ?? []) expect(new URL(copy).protocol, copy).toBe('https:');
    }
  });

  it("links first to a page of the issuer (or ASPIC's list), never to a third party's alone", () => {
    const elsewhere = steps
      .filter(({s}) => !onIssuerHost(s.sources[0].url))
      .map(({id, s}) => `${id}: ${s.sources[0].url}`);
    expect(elsewhere).toEqual([]);
  });

  it('dates every entry that could not be confirmed, and says nothing more of it', () => {
    for (const e of sinceGuide) {
      if (e.status !== 'notConfirmed') continue;
      expect(e.checked, e.id).toMatch(ISO_DATE);
      expect(Object.keys(e).sort(), e.id).toEqual(['checked', 'id', 'status']);
    }
  });

  it('checks everything on the same day, the one the page states', () => {
    const days = new Set([
      ...steps.map(({s}) => s.checked),
      ...sinceGuide.flatMap((e) => (e.status === 'notConfirmed' ? [e.checked] : [])),
    ]);
    expect([...days]).toEqual([SINCE_GUIDE_CHECKED]);
  });

  it('writes every text in both languages, with no Japanese in the English', () => {
    const texts = collectTexts(sinceGuide, 'sinceGuide');
    expect(texts.length).toBeGreaterThan(20);
    for (const {path, text} of texts) {
      expect(text.ja.trim(), path).not.toBe('');
      expect(text.en.trim(), path).not.toBe('');
      expect(JAPANESE.test(text.en), `${path}: ${text.en}`).toBe(false);
    }
  });
});

describe('supersededNote', () => {
  it('gives the medical guideline of 図表25 its successor, the merged guidelines in force (not the draft)', () => {
    const note = supersededNote('medical')!;
    expect(note.status).toBe('confirmed');
    expect(note.href).toBe(`${SINCE_GUIDE_PATH}#since-aspSaasMedical`);
    expect(note.checked).toBe(SINCE_GUIDE_CHECKED);
    expect(note.text.ja).toContain('医療情報を取り扱う情報システム・サービスの提供事業者における安全管理ガイドライン');
    const entry = sinceGuideEntry('medical');
    if (entry?.status !== 'confirmed') throw new Error('expected a confirmed entry');
    expect(latestStep(entry)?.kind).not.toBe('draft');
    expect(latestStep(entry)?.title.ja).toContain(
      '医療情報を取り扱う情報システム・サービスの提供事業者における安全管理ガイドライン',
    );
  });

  it('says so, dated, where nothing was confirmed', () => {
    const note = supersededNote('school')!;
    expect(note.status).toBe('notConfirmed');
    expect(note.text.ja).toContain('確認できていない');
    expect(sinceGuideEntry('school')?.status).toBe('notConfirmed');
  });

  it('has nothing to say of a guideline it does not know', () => {
    expect(supersededNote('noSuchGuideline')).toBeUndefined();
    expect(supersededNoteText('noSuchGuideline', 'ja')).toBeUndefined();
  });

  it("reads as one line for a checklist or an export, marked as the site's and dated", () => {
    expect(supersededNoteText('medical', 'ja', 'https://example.jp')).toBe(
      `サイトの注記（${SINCE_GUIDE_CHECKED}確認）：${supersededNote('medical')!.text.ja}（ガイド以降の動き：https://example.jp${SINCE_GUIDE_PATH}#since-aspSaasMedical）`,
    );
    const en = supersededNoteText('security', 'en')!;
    expect(en.startsWith(`Site note (checked ${SINCE_GUIDE_CHECKED}): `)).toBe(true);
    expect(en).toContain(`${SINCE_GUIDE_PATH}#since-aspSaasSecurity`);
  });

  it('keeps a draft out of "latest"', () => {
    const entry = sinceGuideEntry('aspSaasMedical')!;
    if (entry.status !== 'confirmed') throw new Error('expected a confirmed entry');
    expect(entry.steps.at(-1)!.kind).toBe('draft');
    expect(latestStep(entry)).toBe(entry.steps.at(-2));
  });
});

describe('formatSinceDate', () => {
  it('writes a month or a day in either language', () => {
    expect(formatSinceDate('2020-08', 'ja')).toBe('2020年8月');
    expect(formatSinceDate('2020-08', 'en')).toBe('August 2020');
    expect(formatSinceDate('2022-04-01', 'ja')).toBe('2022年4月1日');
    expect(formatSinceDate('2022-04-01', 'en')).toBe('1 April 2022');
  });
});
