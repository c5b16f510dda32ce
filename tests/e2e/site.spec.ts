import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import {expect, test} from '@playwright/test';
import {watch} from './watch';

/**
 * Every page of the built site, in both languages: it loads, hydrates, logs
 * no error, declares the right language and asks nothing of any other host.
 */

function sitemapPaths(file: string): string[] {
  const xml = readFileSync(file, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}

const paths = [...sitemapPaths('build/sitemap.xml'), ...sitemapPaths('build/en/sitemap.xml')];

// The byte budgets of scripts/budgets.json: the JavaScript a page loads, gzipped,
// against the bare Docusaurus template's docs page. The planner has its own.
const budgets = JSON.parse(readFileSync('scripts/budgets.json', 'utf8'));
const jsBudgetKB = (path: string) =>
  budgets.bare.docsPageJsGzipKB *
  (/^(\/en)?\/planner$/.test(path) ? budgets.ratios.plannerJsGzip : budgets.ratios.guideJsGzip);

test('the sitemaps list the whole guide in both languages', () => {
  for (const slug of [
    '',
    'chapter-1',
    'chapter-2',
    'chapter-3',
    'chapter-4',
    'chapter-5',
    'chapter-6',
    'cases',
    'checklist',
  ]) {
    const path = slug ? `/guide/${slug}` : '/guide';
    expect(paths).toContain(path);
    expect(paths).toContain(`/en${path}`);
  }
  expect(paths).toContain('/');
  expect(paths).toContain('/en/');
});

for (const path of paths) {
  test(`page ${path} loads and hydrates cleanly, within its byte budget`, async ({page}) => {
    const problems = watch(page);
    const scripts: Promise<number>[] = [];
    page.on('response', (res) => {
      if (res.request().resourceType() === 'script')
        scripts.push(res.body().then((b) => gzipSync(b, {level: 9}).length));
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('networkidle');
    // Docusaurus installs its client API once the app has hydrated.
    await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
    const expected = path.startsWith('/en/') ? 'en' : 'ja';
    await expect(page.locator('html')).toHaveAttribute('lang', expected);
    await expect(page.locator('h1').first()).toBeVisible();
    expect(problems).toEqual([]);
    const jsKB = (await Promise.all(scripts)).reduce((a, b) => a + b, 0) / 1024;
    expect(jsKB, `JavaScript loaded by ${path}, KB gzipped`).toBeLessThanOrEqual(jsBudgetKB(path));
    expect(jsKB).toBeGreaterThan(50);
    // Accessibility: no axe violation, and one <main> to jump to.
    await expect(page.locator('main')).toHaveCount(1);
    const {violations} = await new AxeBuilder({page}).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

for (const [locale, base, plan] of [
  ['ja', '/', '連携を計画する'],
  ['en', '/en/', 'Plan a partnership'],
] as const) {
  test(`a visitor can start planning from the home page's first screen, on a phone too (${locale})`, async ({page}) => {
    for (const size of [
      {width: 1280, height: 800},
      {width: 390, height: 800},
    ]) {
      await page.setViewportSize(size);
      await page.goto(base);
      const start = page.getByRole('link', {name: plan});
      await expect(start).toBeInViewport({ratio: 1});
      await expect(start).toHaveAttribute('href', `${base}planner`);
    }
  });
}

test('the static checklist says it is a reference list, leads to the planner, and shows no boxes to tick on screen', async ({
  page,
}) => {
  await page.goto('/guide/checklist');
  await expect(page.getByText('このページは参照用の一覧')).toBeVisible();
  await expect(page.getByRole('link', {name: '連携プランナーで計画する'})).toHaveAttribute('href', '/planner');
  await expect(page.locator('table th', {hasText: 'チェック'}).first()).toBeHidden();
  await page.emulateMedia({media: 'print'});
  await expect(page.locator('table th', {hasText: 'チェック'}).first()).toBeVisible();
});

test('the language switch keeps the reader on the same page', async ({page}) => {
  await page.goto('/guide/chapter-2');
  await page.getByRole('button', {name: /日本語/}).hover();
  await page.getByRole('link', {name: 'English'}).click();
  await expect(page).toHaveURL(/\/en\/guide\/chapter-2$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a link to a section or a figure works in either language, clear of the navbar', async ({page}) => {
  const belowNavbar = async (selector: string) => {
    // where the reader ends up once the page has started
    await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
    const navbar = await page.locator('.navbar').boundingBox();
    const target = await page.locator(selector).boundingBox();
    expect(target!.y, selector).toBeGreaterThanOrEqual(navbar!.y + navbar!.height - 1);
  };
  for (const prefix of ['', '/en']) {
    await page.goto(`${prefix}/guide/chapter-3/operational#revenue-share`);
    await expect(page.locator('#revenue-share')).toBeVisible();
    await expect(page.locator('#revenue-share')).toBeInViewport();
    await belowNavbar('#revenue-share');
    // a figure far down the page, laid out only as the reader nears it
    await page.goto(`${prefix}/guide/chapter-3/operational#figure-17`);
    await expect(page.locator('#figure-17 figcaption')).toBeInViewport();
    await belowNavbar('#figure-17 figcaption');
  }
});

test('the guide tables are real tables with their figure captions', async ({page}) => {
  await page.goto('/guide/chapter-3/operational');
  const fig10 = page.locator('#figure-10');
  await expect(fig10.locator('figcaption')).toContainText('図表10');
  await expect(fig10.locator('figcaption')).toContainText('サービス共同提供契約において取り決める項目の例');
  await expect(fig10.locator('table tbody tr')).toHaveCount(8);
  await page.goto('/en/guide/chapter-3/operational');
  await expect(page.locator('#figure-10 figcaption')).toContainText('Figure 10');
  await expect(page.locator('#figure-10 table tbody tr')).toHaveCount(8);
});

// Each query must bring up, among its first ten results, a page that treats the topic.
const searches: {locale: 'ja' | 'en'; query: string; expected: string}[] = [
  {locale: 'ja', query: 'レベニューシェア', expected: '/guide/chapter-3/operational#revenue-share'},
  {locale: 'ja', query: '守秘義務', expected: '/guide/chapter-3/operational#confidentiality'},
  {locale: 'ja', query: 'マスタデータ', expected: '/guide/chapter-3/technical#master-data'},
  {locale: 'ja', query: 'ログ管理', expected: '/guide/chapter-3/technical#log-management'},
  {locale: 'ja', query: '責任分界', expected: '/guide/chapter-2'},
  {locale: 'ja', query: 'SLA', expected: '/guide/chapter-4#customer-sla'},
  {locale: 'en', query: 'revenue share', expected: '/en/guide/chapter-3/operational#revenue-share'},
  {locale: 'en', query: 'master data', expected: '/en/guide/chapter-3/technical#master-data'},
];

for (const {locale, query, expected} of searches) {
  test(`search (${locale}) for "${query}" finds ${expected}`, async ({page}) => {
    const problems = watch(page);
    await page.goto(`${locale === 'en' ? '/en' : ''}/search?q=${encodeURIComponent(query)}`);
    const results = page.locator('article a[href^="/"]');
    await expect(results.first()).toBeVisible({timeout: 15_000});
    const hrefs = (await results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))).slice(0, 10);
    const [path, hash] = expected.split('#');
    expect(
      hrefs.some((h) => h.split('#')[0] === path && (!hash || h.endsWith(`#${hash}`))),
      hrefs.join('\n'),
    ).toBe(true);
    expect(problems).toEqual([]);
  });
}

test('the search box suggests pages as the reader types, and opens one', async ({page}) => {
  await page.goto('/guide');
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  const box = page.getByPlaceholder('検索');
  await box.focus();
  await box.pressSequentially('マスタデータ', {delay: 40});
  const option = page.getByRole('option').filter({hasText: 'マスタデータ連携'}).first();
  await expect(option).toBeVisible({timeout: 15_000});
  await option.click();
  await expect(page).toHaveURL(/\/guide\/chapter-3\/technical/);
});

test('the search bar loads its code only when the reader reaches for it, and is named in the page language', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (req) => {
    if (req.resourceType() === 'script') scripts.push(req.url());
  });
  await page.goto('/guide/chapter-2');
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  await page.waitForLoadState('networkidle');
  const before = scripts.length;
  const box = page.locator('.navbar__search-input');
  await expect(box).toHaveAttribute('aria-label', '検索');
  await box.hover();
  await expect.poll(() => scripts.length).toBeGreaterThan(before);
  await expect(page.locator('.navbar__search-input')).toHaveAttribute('aria-label', '検索');
  await page.goto('/en/guide/chapter-2');
  await expect(page.locator('.navbar__search-input')).toHaveAttribute('aria-label', 'Search');
});

test("pointing at a link loads its page's scripts in an idle moment, not inside the pointer's event", async ({
  page,
}) => {
  type Added = Array<{src: string; inEvent: boolean}>;
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  await page.waitForLoadState('networkidle');
  // Which scripts are added, and whether a pointer event is being handled at the time.
  // (React's onMouseEnter, which Docusaurus's Link preloads from, listens to mouseover.)
  await page.evaluate(() => {
    const w = window as unknown as {added: Added};
    w.added = [];
    let inEvent = false;
    for (const type of ['pointerover', 'mouseover']) {
      window.addEventListener(type, () => (inEvent = true), {capture: true});
      window.addEventListener(type, () => (inEvent = false));
    }
    const append = Node.prototype.appendChild;
    Node.prototype.appendChild = function <T extends Node>(this: Node, node: T): T {
      if (node instanceof HTMLScriptElement) w.added.push({src: node.src, inEvent});
      return append.call(this, node) as T;
    };
  });
  await page.locator('main a[href="/planner"]').first().hover();
  const added = () => page.evaluate(() => (window as unknown as {added: Added}).added);
  // the planner's scripts do load ahead of a click…
  await expect.poll(async () => (await added()).length, {timeout: 10_000}).toBeGreaterThan(0);
  // …but none was added while the pointer's event was being handled
  expect((await added()).filter((s) => s.inEvent)).toEqual([]);
});

test('the search shortcut works before the search bar has loaded', async ({page}) => {
  await page.goto('/guide');
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  await page.waitForLoadState('networkidle');
  await page.keyboard.press('Control+k');
  await expect(page.locator('.navbar__search-input:not([data-stand-in])')).toBeFocused({timeout: 15_000});
});

test('pages are served under a strict Content-Security-Policy, and the theme script it allows by hash runs', async ({
  page,
}) => {
  const problems = watch(page);
  const response = await page.goto('/en/guide/chapter-2');
  const csp = response?.headers()['content-security-policy'] ?? '';
  const scriptSrc =
    csp
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith('script-src')) ?? '';
  expect(scriptSrc).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(response?.headers()['referrer-policy']).toBe('no-referrer');
  // the colour theme is set by the one inline script, before the app starts
  await expect(page.locator('html')).toHaveAttribute('data-theme', /^(light|dark)$/);
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  // A blocked script or style would have been logged as an error.
  expect(problems).toEqual([]);
  // The deployable copy of the headers is written beside the site.
  expect(readFileSync('build/_headers', 'utf8')).toContain(`Content-Security-Policy: ${csp}`);
});

test('every page reads without JavaScript: its heading, its text and its tables are in the served HTML', async ({
  browser,
}) => {
  const context = await browser.newContext({javaScriptEnabled: false});
  const page = await context.newPage();
  for (const path of paths.filter((p) => !p.endsWith('/search'))) {
    await page.goto(path);
    await expect(page.locator('h1').first(), path).toBeVisible();
    const text = await page.locator('main').innerText();
    expect(text.length, `${path} without JavaScript`).toBeGreaterThan(400);
  }
  // The widgets show their default state: the first choice made, its result
  // shown, and the way on to the planner.
  for (const path of [
    '/guide/chapter-2',
    '/guide/chapter-5',
    '/en/guide/chapter-3/technical',
    '/en/guide/related/security',
  ]) {
    await page.goto(path);
    await expect(page.locator('a[href*="planner#start"]').first(), path).toBeVisible();
  }
  await page.goto('/guide/chapter-2');
  await expect(page.getByRole('radio', {name: /^パターン1：/})).toBeChecked();
  await context.close();
});

// WCAG 1.4.10 (reflow): at 320 CSS px, and at 200 % zoom of a 1280 px window
// (640 CSS px), no page scrolls sideways; wide tables scroll inside their own box.
for (const width of [320, 640]) {
  test(`no page scrolls sideways at ${width} CSS px`, async ({browser}) => {
    test.slow();
    const context = await browser.newContext({
      viewport: {width, height: 800},
      deviceScaleFactor: width === 640 ? 2 : 1,
    });
    const page = await context.newPage();
    const overflowing: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
      const {scroll, client} = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      if (scroll > client) overflowing.push(`${path}: ${scroll} > ${client}`);
    }
    expect(overflowing).toEqual([]);
    await context.close();
  });
}
