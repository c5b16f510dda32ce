// @vitest-environment jsdom
// The changes that let a page paint before the app starts and keep the start
// from blocking the reader: the page template, the patches to Docusaurus's
// browser code, and the fragment target kept in place.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {createRequire} from 'node:module';
import {describe, expect, it, vi} from 'vitest';
import {paintFirstTemplate} from '@site/plugins/paint-first';
import {patches} from '@site/plugins/calm-start';
import {settleFragmentTarget} from '@site/src/clientModules/fragmentTarget';

const root = process.cwd();
const require = createRequire(path.join(root, 'package.json'));
const patchModule = require('./plugins/patch-module.cjs') as (this: unknown, source: string) => string;

function runLoader(source: string, replacements: Array<[string, string]>, resourcePath = 'x.js'): string {
  return patchModule.call({getOptions: () => ({replacements, label: 'test'}), resourcePath}, source);
}

describe('the page template', () => {
  // rendered the way Docusaurus renders its page template
  const {compileSSGTemplate} = require('@docusaurus/core/lib/ssg/ssgTemplate.js') as {
    compileSSGTemplate: (template: string) => Promise<(data: object) => string>;
  };
  const render = async (template: string) =>
    (await compileSSGTemplate(template))({
      htmlAttributes: 'lang="ja"',
      bodyAttributes: '',
      metaAttributes: [],
      headTags: '',
      preBodyTags: '',
      postBodyTags: '<!-- post -->',
      appHtml: '<main><h1>見出し</h1></main>',
      baseUrl: '/',
      scripts: ['assets/js/runtime~main.1.js', 'assets/js/main.2.js'],
      stylesheets: ['assets/css/styles.3.css'],
      version: '3',
      noIndex: false,
    });

  it('adds the two scripts only from an inline loader after the content, in their order, and no deferred script tag', async () => {
    const html = await render(paintFirstTemplate());
    expect(html).not.toMatch(/<script[^>]*\bsrc=/);
    const loader = /<script>([\s\S]*?)<\/script>\s*<\/body>/.exec(html);
    expect(loader).not.toBeNull();
    expect(loader![1]).toContain('["/assets/js/runtime~main.1.js","/assets/js/main.2.js"]');
    expect(html.indexOf('<h1>見出し</h1>')).toBeLessThan(html.indexOf(loader![0]));
    expect(html).toContain('<link rel="stylesheet" href="/assets/css/styles.3.css" />');
  });

  it('runs the scripts in order after the first frame, or at once in a tab that is not shown', async () => {
    const html = await render(paintFirstTemplate());
    const code = /<script>([\s\S]*?)<\/script>\s*<\/body>/.exec(html)![1];
    for (const hidden of [false, true]) {
      document.body.innerHTML = '';
      const frames: FrameRequestCallback[] = [];
      vi.spyOn(document, 'visibilityState', 'get').mockReturnValue(hidden ? 'hidden' : 'visible');
      vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
      vi.useFakeTimers();
      new Function(code)();
      const added = () => [...document.body.querySelectorAll('script')].map((s) => s.getAttribute('src'));
      if (!hidden) {
        expect(added()).toEqual([]);
        frames.forEach((f) => f(0));
        expect(added()).toEqual([]);
        vi.runAllTimers();
      }
      expect(added()).toEqual(['/assets/js/runtime~main.1.js', '/assets/js/main.2.js']);
      expect([...document.body.querySelectorAll('script')].every((s) => !s.async)).toBe(true);
      vi.useRealTimers();
      vi.unstubAllGlobals();
      vi.restoreAllMocks();
    }
  });

  it('refuses a Docusaurus template it does not recognise instead of shipping it unchanged', () => {
    expect(() => paintFirstTemplate('<html><body></body></html>')).toThrow(/paint-first/);
  });
});

describe('the patches to Docusaurus', () => {
  it('each still finds its text exactly once in the installed module', () => {
    for (const patch of patches) {
      const file = path.join(root, 'node_modules', patch.module);
      const source = readFileSync(file, 'utf8');
      const out = runLoader(source, patch.replacements, file);
      for (const [, to] of patch.replacements) expect(out).toContain(to);
    }
  });

  it('stop the build when a text is missing or found twice', () => {
    expect(() => runLoader('a', [['b', 'c']])).toThrow(/found it 0 times/);
    expect(() => runLoader('bb', [['b', 'c']])).toThrow(/found it 2 times/);
    expect(runLoader('abc', [['b', 'x']])).toBe('axc');
  });
});

describe('a page opened at a fragment', () => {
  function page(targetTop: number, margin = '68px') {
    document.body.innerHTML = '<h2 id="revenue-share">レベニューシェア</h2>';
    const target = document.getElementById('revenue-share')!;
    target.style.scrollMarginTop = margin;
    target.getBoundingClientRect = () => ({top: targetTop}) as DOMRect;
    const scrolled = vi.fn();
    target.scrollIntoView = scrolled;
    return scrolled;
  }

  it('puts a target that drifted under the navbar back in place', () => {
    const scrolled = page(-17);
    expect(settleFragmentTarget(document, window, '#revenue-share')).toBe(true);
    expect(scrolled).toHaveBeenCalledWith({block: 'start', behavior: 'instant'});
  });

  it('leaves a target that is in place, one the reader scrolled away from, and a fragment that names nothing', () => {
    document.body.innerHTML = '';
    expect(settleFragmentTarget(document, window, '#revenue-share')).toBe(false);
    const inPlace = page(68);
    expect(settleFragmentTarget(document, window, '#revenue-share')).toBe(false);
    expect(inPlace).not.toHaveBeenCalled();
    const farAway = page(-window.innerHeight);
    expect(settleFragmentTarget(document, window, '#revenue-share')).toBe(false);
    expect(farAway).not.toHaveBeenCalled();
    expect(settleFragmentTarget(document, window, '#%E0%A4%A')).toBe(false);
    expect(settleFragmentTarget(document, window, '#nothing-here')).toBe(false);
  });
});
