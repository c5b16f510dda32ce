import {describe, expect, it} from 'vitest';
import {
  interviewCompanies,
  interviewInfrastructure,
  interviewSecurity,
  interviewUnassignedDataCentre,
  interviewUnassignedScales,
  interviewUnassignedSla,
  securityReportDeviations,
  securityServiceGroups,
  securityServiceLevels,
  securityStandardFields,
} from '@site/src/catalog/related/securityReport';
import * as report from '@site/src/catalog/related/securityReport';
import {securityPatterns, securityUnclassifiedServices} from '@site/src/catalog/related/securityPatterns';
import {JAPANESE, collectTexts, normaliseForSource as normalise, readSource} from '../support/texts';

const {securityReportDeviations: _deviations, ...reportData} = report;
const texts = collectTexts(reportData, 'securityReport');

describe("related/securityReport: both languages, and the Japanese is the report's", () => {
  const source = readSource('security-study-report.txt');
  const deviations = new Set(securityReportDeviations.map((d) => d.ja));

  it('gives every text both languages and keeps Japanese out of the English', () => {
    expect(texts.length).toBeGreaterThan(300);
    expect(texts.filter(({text}) => !text.ja.trim() || !text.en.trim()).map((t) => t.path)).toEqual([]);
    expect(texts.filter(({text}) => JAPANESE.test(text.en)).map((t) => `${t.path}: ${t.text.en}`)).toEqual([]);
  });

  it('finds every Japanese text in the report, apart from the listed deviations', () => {
    const missing = texts
      .filter(({text}) => !source.includes(normalise(text.ja)) && !deviations.has(text.ja))
      .map(({path, text}) => `${path}: ${text.ja}`);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('lists no deviation that is not needed, and gives each a reason', () => {
    const stale = securityReportDeviations.filter(
      (d) => !texts.some(({text}) => text.ja === d.ja) || source.includes(normalise(d.ja)),
    );
    expect(stale.map((d) => d.ja)).toEqual([]);
    expect(securityReportDeviations.filter((d) => !d.reason.trim())).toEqual([]);
  });
});

describe('related/security: the CIA levels judged per service (図表23)', () => {
  it('places every row in a group of the table, the groups in the table’s order', () => {
    const order = securityServiceGroups.map((g) => g.key);
    const seen = securityServiceLevels.map((r) => order.indexOf(r.group));
    expect(seen.every((i) => i >= 0)).toBe(true);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(new Set(securityServiceLevels.map((r) => r.group)).size).toBe(order.length);
  });

  it('ties each row to the entry of 図表24 it was gathered into', () => {
    for (const row of securityServiceLevels) {
      if (row.pattern === undefined) {
        expect(row.patternService, row.id).toBeUndefined();
        continue;
      }
      const entries =
        row.pattern === 'unclassified'
          ? securityUnclassifiedServices
          : (securityPatterns.find((p) => p.no === row.pattern)?.examples ?? []);
      expect(
        entries.map((e) => e.ja),
        row.id,
      ).toContain(row.patternService);
    }
  });

  it('meets every entry of 図表24 with at least one row', () => {
    const met = new Set(securityServiceLevels.map((r) => `${r.pattern}:${r.patternService}`));
    const entries = [
      ...securityPatterns.flatMap((p) => (p.examples ?? []).map((e) => `${p.no}:${e.ja}`)),
      ...securityUnclassifiedServices.map((e) => `unclassified:${e.ja}`),
    ];
    expect(entries.filter((e) => !met.has(e))).toEqual([]);
  });

  it('gives a reason for each judgement the report explains, and none for the services the report leaves open', () => {
    // the services of pattern 6 have low confidentiality and availability: the report gives no reason for them
    for (const row of securityServiceLevels.filter((r) => r.pattern === 6)) {
      expect(row.confidentialityReason, row.id).toBeUndefined();
    }
    for (const row of securityServiceLevels.filter((r) => r.pattern === 1 || r.pattern === 2)) {
      expect(row.confidentialityReason, row.id).toBeDefined();
      expect(row.availabilityReasons?.length ?? 0, row.id).toBeGreaterThan(0);
    }
  });
});

describe('related/security: the existing laws, standards and guidelines (図表16)', () => {
  it('has the report’s seven fields in order, then the other related laws', () => {
    expect(securityStandardFields.map((f) => f.no)).toEqual([1, 2, 3, 4, 5, 6, 7, undefined]);
    expect(securityStandardFields.every((f) => f.standards.length > 0)).toBe(true);
  });

  it('lists the law fields’ entries as laws only', () => {
    const related = securityStandardFields.find((f) => f.no === undefined);
    expect(related?.standards.every((s) => s.kind === 'law')).toBe(true);
  });
});

describe('related/security: the interviews of nine providers (図表13–15)', () => {
  const letters = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'];

  it('has the companies A to I, in order, in the outline and the infrastructure tables', () => {
    expect(interviewCompanies.map((c) => c.company)).toEqual(letters);
    expect(interviewInfrastructure.map((c) => c.company)).toEqual(letters);
  });

  it('leaves a cell out of a row exactly where the text does not tie it to the company, and gives one value per company left', () => {
    const withoutScale = interviewCompanies.filter((c) => !c.scale).map((c) => c.company);
    expect(withoutScale).toEqual(interviewUnassignedScales.companies);
    expect(interviewUnassignedScales.values).toHaveLength(withoutScale.length);
    const withoutDataCentre = interviewInfrastructure.filter((c) => !c.dataCentre).map((c) => c.company);
    expect(withoutDataCentre).toEqual(interviewUnassignedDataCentre.companies);
    expect(interviewUnassignedDataCentre.values).toHaveLength(withoutDataCentre.length);
    const withSecurity = interviewSecurity.map((c) => c.company);
    expect(letters.filter((l) => !withSecurity.includes(l as never))).toEqual(interviewUnassignedSla.companies);
    expect(interviewUnassignedSla.answers).toHaveLength(interviewUnassignedSla.companies.length);
  });
});
