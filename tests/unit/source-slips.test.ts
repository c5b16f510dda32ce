import {describe, expect, it} from 'vitest';
import {readFileSync, readdirSync, statSync} from 'node:fs';
import * as catalog from '@site/src/catalog';
import * as aspSaas from '@site/src/catalog/related/aspSaas';
import * as customers from '@site/src/catalog/related/customers';
import * as landscape from '@site/src/catalog/related/guidelineLandscape';
import * as security from '@site/src/catalog/related/security';
import * as securityReport from '@site/src/catalog/related/securityReport';
import * as aspic from '@site/src/catalog/related/aspic';
import * as planner from '@site/src/planner/strings';
import {sourceDeviations} from '@site/src/catalog/sourceDeviations';
import {sourceSlips} from '@site/src/catalog/sourceSlips';
import {collectTexts, normaliseForSource as normalise, readSource} from '../support/texts';

/** The site's Japanese: every catalog text and every Japanese page, normalised for comparison. */
function siteJapanese(): string {
  const texts = collectTexts(
    {catalog, aspSaas, customers, landscape, security, securityReport, aspic, planner},
    'site',
  ).map(({text}) => text.ja);
  const pages: string[] = [];
  const walk = (dir: URL) => {
    for (const name of readdirSync(dir)) {
      const child = new URL(name, dir);
      if (statSync(child).isDirectory()) walk(new URL(`${name}/`, dir));
      else if (name.endsWith('.mdx')) pages.push(readFileSync(child, 'utf8'));
    }
  };
  walk(new URL('../../docs/', import.meta.url));
  return normalise([...texts, ...pages].join('\n'));
}

describe('the source documents’ slips: corrected everywhere and listed', () => {
  const site = siteJapanese();

  it('lists slips with unique ids, each a real change', () => {
    const ids = sourceSlips.map((s) => s.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const slip of sourceSlips) expect(normalise(slip.printed), slip.id).not.toBe(normalise(slip.corrected));
  });

  it('finds every printed slip in its source document', () => {
    const missing = sourceSlips.filter((s) => !readSource(s.source).includes(normalise(s.printed)));
    expect(missing.map((s) => s.id)).toEqual([]);
  });

  it('writes the corrected wording on the site, and the printed one nowhere (catalog, pages, headings)', () => {
    for (const slip of sourceSlips) {
      const corrected = normalise(slip.corrected);
      expect(site.includes(corrected), `${slip.id}: corrected wording used`).toBe(true);
      expect(site.split(corrected).join('').includes(normalise(slip.printed)), `${slip.id}: printed wording left`).toBe(
        false,
      );
    }
  });

  it('lists every slip the guide’s deviations correct', () => {
    // A deviation whose reason quotes what the source prints is a slip.
    const quoted = sourceDeviations.flatMap((d) =>
      [...d.reason.matchAll(/prints (?:a stray )?「([^」]+)」/g)].map((m) => m[1]),
    );
    const listed = sourceSlips.map((s) => normalise(s.printed));
    const unlisted = quoted.filter((q) => !listed.some((p) => p.includes(normalise(q))));
    expect(unlisted).toEqual([]);
  });
});
