import {describe, expect, it} from 'vitest';
import {readFileSync, readdirSync, statSync} from 'node:fs';
import * as catalog from '@site/src/catalog';
import * as aspSaas from '@site/src/catalog/related/aspSaas';
import * as customers from '@site/src/catalog/related/customers';
import * as landscape from '@site/src/catalog/related/guidelineLandscape';
import * as security from '@site/src/catalog/related/security';
import * as securityReport from '@site/src/catalog/related/securityReport';
import * as sinceGuide from '@site/src/catalog/sinceGuide';
import * as aspic from '@site/src/catalog/related/aspic';
import * as planner from '@site/src/planner/strings';
import {contractTerms} from '@site/src/catalog/terminology';
import {collectTexts} from '../support/texts';

const texts = collectTexts(
  {catalog, aspSaas, customers, landscape, security, securityReport, aspic, sinceGuide, planner},
  'site',
);

describe('terminology: one English rendering per contract term', () => {
  it('holds texts from the guide, the related guides and the planner', () => {
    expect(texts.filter((t) => t.path.startsWith('site.planner')).length).toBeGreaterThan(50);
    expect(texts.filter((t) => t.path.startsWith('site.security')).length).toBeGreaterThan(200);
  });

  for (const term of contractTerms) {
    it(`renders ${term.ja} as “${term.en}” wherever the Japanese holds it`, () => {
      const strip = (ja: string) => (term.except ? ja.replace(new RegExp(term.except.source, 'g'), '') : ja);
      const holding = texts.filter(({text}) => strip(text.ja).includes(term.ja));
      const without = holding.filter(({text}) => !term.uses.test(text.en));
      expect(without.map(({path, text}) => `${path}: ${text.ja} → ${text.en}`)).toEqual([]);
      const competing = holding.filter(({text}) => (term.competing ?? []).some((c) => c.test(text.en)));
      expect(competing.map(({path, text}) => `${path}: ${text.en}`)).toEqual([]);
    });
  }

  it('uses no competing rendering anywhere in the English texts or pages', () => {
    const free = contractTerms.flatMap((t) => (t.nowhere ?? []).map((c) => ({term: t.ja, c})));
    expect(free.length).toBeGreaterThan(5);
    const inTexts = texts.flatMap(({path, text}) =>
      free.filter(({c}) => c.test(text.en)).map(({term}) => `${path} (${term}): ${text.en}`),
    );
    expect(inTexts).toEqual([]);
    const root = new URL('../../i18n/en/', import.meta.url);
    const pages: string[] = [];
    const walk = (dir: URL) => {
      for (const name of readdirSync(dir)) {
        const child = new URL(name, dir);
        if (statSync(child).isDirectory()) walk(new URL(`${name}/`, dir));
        else if (name.endsWith('.mdx')) pages.push(child.pathname);
      }
    };
    walk(root);
    expect(pages.length).toBeGreaterThan(10);
    const inPages = pages.flatMap((p) => {
      const page = readFileSync(p, 'utf8');
      return free.filter(({c}) => c.test(page)).map(({term, c}) => `${p.split('/i18n/')[1]} (${term}): ${c}`);
    });
    expect(inPages).toEqual([]);
  });
});
