import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import type {Page, Request} from '@playwright/test';
import {axeViolations, expect, test} from './fixtures';

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

// Without JavaScript, besides its heading and text, a page with a widget shows
// the widget's default state: the first choice made, its result shown, and the
// way on to the planner; the planner says what it needs and where its questions are.
const continueLink = (page: Page) => page.locator('a[href*="planner#start"]').first();
const withoutScriptToo: Record<string, (page: Page) => Promise<void>> = {
  '/guide/chapter-2': async (page) => {
    await expect.soft(continueLink(page)).toBeVisible();
    await expect.soft(page.getByRole('radio', {name: /^パターン1：/})).toBeChecked();
  },
  '/guide/chapter-5': (page) => expect.soft(continueLink(page)).toBeVisible(),
  '/en/guide/chapter-3/technical': (page) => expect.soft(continueLink(page)).toBeVisible(),
  '/en/guide/related/security': (page) => expect.soft(continueLink(page)).toBeVisible(),
  '/planner': async (page) => {
    await expect.soft(page.getByRole('heading', {level: 1})).toHaveText('連携プランナー');
    await expect.soft(page.getByText('プランはこのブラウザの中だけに保存されます', {exact: false})).toBeVisible();
    await expect.soft(page.getByRole('heading', {level: 2, name: '立場と連携'})).toBeVisible();
    // Chromium with scripting switched off by the test still parses <noscript> as
    // text, so the message is checked in the page as served.
    const html = await (await page.request.get('/planner')).text();
    expect
      .soft(html)
      .toMatch(
        /<noscript><div[^>]*>プランナーを使うにはJavaScriptを有効にしてください。[^<]*(<!-- -->)?\s*<a href=\/guide\/checklist>チェックリストを開く<\/a>/,
      );
  },
};

/**
 * The scripts a page asks for, from before it is opened: their addresses, their
 * size gzipped, and a wait until none is on its way in a moment the page is idle.
 */
function scriptTraffic(page: Page) {
  const urls: string[] = [];
  const arrived: Request[] = [];
  let inFlight = 0;
  page.on('request', (req) => {
    if (req.resourceType() !== 'script') return;
    urls.push(req.url());
    inFlight++;
  });
  page.on('requestfinished', (req) => {
    if (req.resourceType() !== 'script') return;
    inFlight--;
    arrived.push(req);
  });
  page.on('requestfailed', (req) => {
    if (req.resourceType() === 'script') inFlight--;
  });
  return {
    urls,
    gzippedKB: async () => {
      const sizes = await Promise.all(
        arrived.map(async (req) => gzipSync(await (await req.response())!.body(), {level: 9}).length),
      );
      return sizes.reduce((a, b) => a + b, 0) / 1024;
    },
    settled: () =>
      expect
        .poll(
          async () => {
            if (inFlight > 0) return inFlight;
            await page.evaluate(() => new Promise((idle) => requestIdleCallback(idle, {timeout: 2000})));
            return inFlight;
          },
          {message: 'scripts still on their way'},
        )
        .toBe(0),
  };
}

/** How far the page is wider than its window, in CSS px: more than 0 scrolls sideways. */
const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * Every page, visited once with JavaScript and once without, each check a step
 * of its own and soft, so that a failure names the page and the check and the
 * other checks still run.
 */
for (const path of paths) {
  test(`page ${path}: loads and hydrates cleanly, within its byte budget, passes axe, reads without JavaScript, reflows`, async ({
    page,
    problems,
    noScript,
  }) => {
    if (!path.endsWith('/search'))
      await test.step('reads without JavaScript: its heading, its text and its tables are in the served HTML', async () => {
        await noScript.goto(path);
        await expect.soft(noScript.locator('h1').first(), `${path} without JavaScript: heading`).toBeVisible();
        const text = await noScript.locator('main').innerText();
        expect.soft(text.length, `${path} without JavaScript: characters of text`).toBeGreaterThan(400);
        await withoutScriptToo[path]?.(noScript);
      });

    const scripts = scriptTraffic(page);

    await test.step('loads and hydrates cleanly, in its language', async () => {
      const response = await page.goto(path);
      expect.soft(response?.status(), `${path}: HTTP status`).toBe(200);
      // Docusaurus installs its client API once the app has hydrated.
      await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
      await expect.soft(page.locator('html')).toHaveAttribute('lang', path.startsWith('/en/') ? 'en' : 'ja');
      await expect.soft(page.locator('h1').first()).toBeVisible();
      // one <main> to jump to
      await expect.soft(page.locator('main')).toHaveCount(1);
    });

    await test.step('passes axe', async () => {
      expect.soft(await axeViolations(page), `${path}: axe`).toEqual([]);
    });

    await test.step('stays within its byte budget', async () => {
      await scripts.settled();
      const jsKB = await scripts.gzippedKB();
      expect.soft(jsKB, `JavaScript loaded by ${path}, KB gzipped`).toBeLessThanOrEqual(jsBudgetKB(path));
      expect.soft(jsKB, `JavaScript loaded by ${path}, KB gzipped: all of it counted`).toBeGreaterThan(50);
    });

    // WCAG 1.4.10 (reflow): at 200 % zoom of a 1280 px window (640 CSS px at
    // two device pixels each) and at 320 CSS px, the page does not scroll
    // sideways; wide tables scroll inside their own box.
    const cdp = await page.context().newCDPSession(page);
    for (const [width, deviceScaleFactor] of [
      [640, 2],
      [320, 1],
    ] as const) {
      await test.step(`does not scroll sideways at ${width} CSS px`, async () => {
        await cdp.send('Emulation.setDeviceMetricsOverride', {width, height: 800, deviceScaleFactor, mobile: false});
        await expect
          .poll(() => page.evaluate(() => `${window.innerWidth} CSS px at ${window.devicePixelRatio}x`))
          .toBe(`${width} CSS px at ${deviceScaleFactor}x`);
        // what listens to the window's size (the navbar, the sidebar) has drawn again once the page is idle
        await page.evaluate(
          () => new Promise((r) => requestAnimationFrame(() => requestIdleCallback(r, {timeout: 2000}))),
        );
        expect.soft(await sideways(page), `${path} at ${width} CSS px: px wider than the window`).toBe(0);
      });
    }

    expect(problems, `${path}: errors logged or thrown, requests to another host`).toEqual([]);
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
  test(`search (${locale}) for "${query}" finds ${expected}`, async ({page, problems}) => {
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
  const scripts = scriptTraffic(page);
  await page.goto('/guide/chapter-2');
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  // the page has started and loaded what it needs: the bar is still the stand-in
  await scripts.settled();
  const box = page.locator('.navbar__search-input');
  await expect(box).toHaveAttribute('data-stand-in', 'true');
  const before = scripts.urls.length;
  await expect(box).toHaveAttribute('aria-label', '検索');
  await box.hover();
  await expect.poll(() => scripts.urls.length).toBeGreaterThan(before);
  await expect(page.locator('.navbar__search-input:not([data-stand-in])')).toBeVisible();
  await expect(page.locator('.navbar__search-input')).toHaveAttribute('aria-label', '検索');
  await page.goto('/en/guide/chapter-2');
  await expect(page.locator('.navbar__search-input')).toHaveAttribute('aria-label', 'Search');
});

test("pointing at a link loads its page's scripts in an idle moment, not inside the pointer's event", async ({
  page,
}) => {
  type Added = Array<{src: string; inEvent: boolean}>;
  const scripts = scriptTraffic(page);
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  // the page's own start is over: any script added from here on is the link's
  await scripts.settled();
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
  await expect(page.locator('.navbar__search-input')).toHaveAttribute('data-stand-in', 'true');
  await page.keyboard.press('Control+k');
  await expect(page.locator('.navbar__search-input:not([data-stand-in])')).toBeFocused({timeout: 15_000});
});

test('pages are served under a strict Content-Security-Policy, and the theme script it allows by hash runs', async ({
  page,
  problems,
}) => {
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
