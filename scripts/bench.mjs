// The project's benchmark: `npm run bench`. Builds the whole bilingual site
// cold, serves it with compression on 127.0.0.1, and measures in Debian's
// Chromium what readers get, beside the budgets and the bare Docusaurus
// template's figures. Writes bench/report.json and bench/report.md.
import {spawnSync} from 'node:child_process';
import {cpSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {brotliCompressSync, gzipSync} from 'node:zlib';
import {chromium} from 'playwright-core';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import {domainTimings} from './bench-domain.mjs';
import {startServer} from './bench-serve.mjs';
import {findChrome, NO_CHROME} from './chrome-path.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// BENCH_BUILD names another build to measure (made with `docusaurus build --out-dir`),
// so that two versions of a change can be measured one after the other.
const build = process.env.BENCH_BUILD ? path.resolve(process.env.BENCH_BUILD) : path.join(root, 'build');
const chromePath = findChrome();
if (!chromePath) {
  console.error(NO_CHROME);
  process.exit(1);
}
const port = Number(process.env.BENCH_PORT ?? 3400);
const base = `http://127.0.0.1:${port}`;
// The bare Docusaurus classic template, made afresh from create-docusaurus's
// own files (the version pinned beside @docusaurus/core) and measured in the
// same run, on the same machine, as the site.
const bareDir = path.join(root, 'bench/bare');
const barePort = port + 1;
const bareBase = `http://127.0.0.1:${barePort}`;
const bareDocsPage = {
  name: 'bare template docs page',
  path: '/docs/intro',
  kind: 'bare',
  locale: 'en',
  url: '/docs/intro',
};
const docusaurusBin = path.join(root, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
const KB = 1024;

// The budgets (scripts/budgets.json, whose byte budgets the browser tests
// share). Timings are ratios to what this same run measures: the bare
// template's Lighthouse runs and cold build, and the plain-DOM reference for
// the planner's steps.
const budgetFile = JSON.parse(readFileSync(path.join(root, 'scripts/budgets.json'), 'utf8'));
const bare = budgetFile.bare;
const ratios = budgetFile.ratios;
const budgets = {
  guideJsGzipKB: ratios.guideJsGzip * bare.docsPageJsGzipKB,
  plannerJsGzipKB: ratios.plannerJsGzip * bare.docsPageJsGzipKB,
  lighthouseMobile: budgetFile.lighthouseMobile,
  deriveMs: budgetFile.deriveMs,
  exportMs: budgetFile.exportMs,
};

const pages = [
  {name: 'home', path: '/', kind: 'guide'},
  {name: 'guide chapter with tables', path: '/guide/chapter-3/operational', kind: 'guide'},
  {name: 'planner', path: '/planner', kind: 'planner'},
].flatMap((p) => [
  {...p, locale: 'ja', url: p.path},
  {...p, locale: 'en', url: p.path === '/' ? '/en/' : `/en${p.path}`},
]);

function log(...args) {
  console.log('[bench]', ...args);
}

// 1. Cold builds, with their peak memory: the whole bilingual site's, then the bare template's.
function timedBuild(siteDir) {
  const run = spawnSync('/usr/bin/time', ['-f', 'BENCH %e %M', process.execPath, docusaurusBin, 'build'], {
    cwd: siteDir,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`build of ${siteDir} failed:\n${run.stderr}`);
  const [, seconds, maxKB] = /BENCH ([\d.]+) (\d+)/.exec(run.stderr) ?? [];
  return {seconds: Number(seconds), peakMemoryMB: Math.round(Number(maxKB) / KB)};
}

function coldBuild() {
  for (const dir of ['build', '.docusaurus', 'node_modules/.cache'])
    rmSync(path.join(root, dir), {recursive: true, force: true});
  log('cold build…');
  const result = timedBuild(root);
  // leave build/ as `npm run build` would (not timed: it is not part of Docusaurus's build)
  spawnSync('node', ['scripts/headers.mjs'], {cwd: root, stdio: 'ignore'});
  return result;
}

/**
 * The bare classic template, as `create-docusaurus my-site classic` lays it
 * out (the shared files, then the classic ones over them), in bench/bare: it
 * finds the project's node_modules above it, so nothing is downloaded, and
 * being made afresh each time, its build has no cache.
 */
function bareColdBuild() {
  rmSync(bareDir, {recursive: true, force: true});
  const templates = path.join(root, 'node_modules/create-docusaurus/templates');
  for (const part of ['shared', 'classic']) cpSync(path.join(templates, part), bareDir, {recursive: true});
  log('cold build of the bare template…');
  return timedBuild(bareDir);
}

// 2. What each page loads.
async function pageWeights(browser, base, pages) {
  const host = new URL(base).host;
  const results = [];
  for (const page of pages) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const requests = [];
    tab.on('requestfinished', (req) => requests.push(req));
    await tab.goto(base + page.url, {waitUntil: 'networkidle'});
    const sizes = {
      js: {raw: 0, gzip: 0, brotli: 0},
      css: {raw: 0, gzip: 0, brotli: 0},
      html: {raw: 0, gzip: 0, brotli: 0},
    };
    for (const req of requests) {
      const url = new URL(req.url());
      if (url.host !== host) continue;
      const type =
        req.resourceType() === 'script'
          ? 'js'
          : req.resourceType() === 'stylesheet'
            ? 'css'
            : req.resourceType() === 'document'
              ? 'html'
              : null;
      if (!type) continue;
      const body = await (await req.response())?.body();
      if (!body) continue;
      sizes[type].raw += body.length;
      sizes[type].gzip += gzipSync(body, {level: 9}).length;
      sizes[type].brotli += brotliCompressSync(body).length;
    }
    results.push({...page, requests: requests.length, sizes});
    await context.close();
  }
  return results;
}

// 3. Lighthouse, mobile and desktop. A single Lighthouse run varies by
// several points from one run to the next on the same build (its simulated
// throttling scales the tasks it observed, and those vary with the machine's
// load), so each page is measured several times on mobile and the median run
// is the one reported, as Lighthouse's own guidance on variability advises;
// every run's score is kept beside it. A run that Lighthouse itself reports
// as failed (for instance a trace without a navigation start) is repeated.
const mobileRuns = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5);

async function lighthouseOnce(chrome, url, form) {
  for (let attempt = 0; ; attempt++) {
    const run = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      },
      form === 'desktop' ? desktopConfig : undefined,
    );
    const {categories, audits, runtimeError} = run.lhr;
    if (runtimeError && attempt < 2) {
      log('lighthouse run failed, repeating:', runtimeError.code);
      continue;
    }
    return {
      scores: Object.fromEntries(Object.entries(categories).map(([k, v]) => [k, Math.round(v.score * 100)])),
      lcpMs: Math.round(audits['largest-contentful-paint'].numericValue),
      tbtMs: Math.round(audits['total-blocking-time'].numericValue),
      cls: Number(audits['cumulative-layout-shift'].numericValue.toFixed(3)),
    };
  }
}

/** The run with the median performance score (ties: the one with the median blocking time). */
function medianRun(runs) {
  const sorted = [...runs].sort((a, b) => a.scores.performance - b.scores.performance || b.tbtMs - a.tbtMs);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

async function lighthouseScores(targets, forms = ['mobile', 'desktop']) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  const results = [];
  try {
    for (const {base, ...page} of targets) {
      for (const form of forms) {
        const runs = [];
        for (let i = 0; i < (form === 'mobile' ? mobileRuns : 1); i++)
          runs.push(await lighthouseOnce(chrome, base + page.url, form));
        const median = medianRun(runs);
        results.push({
          page: page.name,
          kind: page.kind,
          locale: page.locale,
          form,
          ...median,
          performanceRuns: runs.map((r) => r.scores.performance),
        });
        log(
          'lighthouse',
          page.locale,
          page.name,
          form,
          JSON.stringify(median.scores),
          form === 'mobile' ? `runs ${runs.map((r) => r.scores.performance).join('/')}` : '',
        );
      }
    }
  } finally {
    await chrome.kill();
  }
  return results;
}

// 4. The planner's steps under 4× CPU throttling: from the reader's click to the next step painted.
//
// "Shown" is the browser's own measure of an interaction (Event Timing, as INP
// uses it): from the click to the next paint. The bench checks that the new
// step's heading was in the page before that paint, so the figure is the step
// appearing, not only the button reacting. "Complete" is the paint after the
// last part of the step arrived (parts below the first screenful follow in a
// transition). Each walk is a fresh tab; the figures are the medians.
const stepRuns = Number(process.env.BENCH_STEP_RUNS ?? 9);

const WALK = [
  ['立場と連携 → 契約パターン', '契約主体の事業者'],
  ['契約パターン → 前提条件', '事業者のうち1社と'],
  ['前提条件 → 販売段階', 'はい'],
  ['販売段階 → 導入段階', null],
  ['導入段階 → 運用段階', 'マスタデータ連携'],
  ['運用段階 → チェックリスト', null],
];

/** Installed in the page before each click: watches the interaction, the heading and the step. */
function watchNextClick() {
  const heading = () => document.getElementById('planner-step-heading');
  const before = heading().textContent;
  const w = {events: [], clickAt: null, headingAt: null, lastChangeAt: null, paintedAfterChange: null};
  window.__step = w;
  // the click's own time (the same clock as Event Timing's), should the browser not report it for being quick
  addEventListener('pointerup', (e) => (w.clickAt = e.timeStamp), {capture: true, once: true});
  // the events of the button's release, where the step changes; the press before it paints on its own
  const RELEASE = ['pointerup', 'mouseup', 'click'];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.interactionId && RELEASE.includes(e.name))
        w.events.push({start: e.startTime, end: e.processingEnd, duration: e.duration});
    }
  });
  observer.observe({type: 'event', durationThreshold: 16});
  w.stopEvents = () => observer.disconnect();
  new MutationObserver((_, self) => {
    const now = performance.now();
    if (w.headingAt === null && heading()?.textContent !== before) w.headingAt = now;
    if (w.headingAt === null) return;
    w.lastChangeAt = now;
    // the paint that shows this change: after the next frame
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (w.lastChangeAt === now) w.paintedAfterChange = performance.now();
      }),
    );
    w.mutations = self;
  }).observe(document.querySelector('[data-step]').parentElement, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  });
}

/**
 * A click as a person makes it: the pointer moves onto the button, presses,
 * and lets go 80 ms later. The press paints the button's pressed look in its
 * own frame, as it does for a reader; the click that follows the release is
 * the interaction measured.
 */
async function press(tab, locator) {
  const box = await locator.boundingBox();
  await tab.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await tab.mouse.down();
  await tab.waitForTimeout(80);
  await tab.mouse.up();
}

async function plannerWalk(browser) {
  const context = await browser.newContext({viewport: {width: 1280, height: 800}});
  const tab = await context.newPage();
  await tab.goto(`${base}/planner`);
  await tab.waitForSelector('[data-ready="true"]');
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
  const steps = [];
  for (const [name, answer] of WALK) {
    if (answer) {
      await tab.locator('label', {hasText: answer}).first().click();
      await tab.waitForTimeout(300);
    }
    const next = tab.getByRole('button', {name: /次へ|チェックリストへ/});
    await next.scrollIntoViewIfNeeded();
    await tab.waitForTimeout(300);
    await tab.evaluate(watchNextClick);
    // a plain mouse click: no test-harness listeners in the page while it is measured
    await press(tab, next);
    await tab.waitForFunction(() => window.__step.paintedAfterChange !== null, null, {timeout: 10_000});
    await tab.waitForTimeout(1000); // let the rest of the step arrive
    const w = await tab.evaluate(() => {
      const {events, clickAt, headingAt, paintedAfterChange} = window.__step;
      window.__step.stopEvents();
      window.__step.mutations?.disconnect();
      return {events, clickAt, headingAt, paintedAfterChange};
    });
    // The release's events (pointer up, mouse up, click): the longest is the
    // time to the paint after the click was handled. Under 16 ms the browser
    // reports none, and the figure is given as 16.
    const start = w.events.length ? Math.min(...w.events.map((e) => e.start)) : w.clickAt;
    const shown = w.events.length ? Math.max(...w.events.map((e) => e.duration)) : 16;
    const processed = w.events.length ? Math.max(...w.events.map((e) => e.end)) : Infinity;
    if (w.headingAt === null || w.headingAt > processed + 1) {
      throw new Error(
        `${name}: the new step was not rendered while the click was handled, so the next paint does not show it`,
      );
    }
    steps.push({step: name, shownMs: Math.round(shown), completeMs: Math.round(w.paintedAfterChange - start)});
  }
  await context.close();
  return steps;
}

/**
 * The same measure for a change made without React, for reading the
 * planner's figures: a click replaces 50 paragraphs of Japanese text in the
 * step's place with plain DOM calls. Twice: on the planner page as served
 * with its scripts held back (what the browser needs on this machine for a
 * step-sized change in this page: its styles, its layout), and on the
 * planner page with its app running, the planner's step set aside and a
 * plain section in its place (what the page around the planner costs such a
 * change: the site's listeners and observers, its larger DOM). The second is
 * the steps' budget, so it does the rest of what a step change does without
 * React: focus to the heading, the scroll to the section's top, the history
 * entry; the ratio is then the planner's own cost.
 */
async function machineReference(browser, {withApp, clicks}) {
  const context = await browser.newContext({viewport: {width: 1280, height: 800}});
  const tab = await context.newPage();
  if (!withApp) await tab.route(/\/assets\/js\//, (route) => route.abort());
  await tab.goto(`${base}/planner`);
  if (withApp) {
    await tab.waitForSelector('[data-ready="true"]');
    await tab.waitForTimeout(1500);
  }
  await tab.evaluate((withApp) => {
    let step = document.querySelector('[data-step]');
    const heading = document.createElement('h2');
    const body = document.createElement('div');
    const next = document.createElement('button');
    next.className = 'button button--primary';
    next.textContent = '次へ';
    const fill = (n) => {
      body.textContent = '';
      for (let i = 0; i < 50; i++) {
        const p = document.createElement('p');
        p.textContent = `契約主体の事業者と連携先の事業者の間で結ぶ取り決め ${n}-${i}`;
        body.append(p);
      }
    };
    if (withApp) {
      // React's step is left alone, out of sight; a plain section stands in its
      // place, laid out as a step is: heading, body, then the Next button
      const planner = step;
      step = document.createElement('section');
      planner.before(step);
      planner.style.display = 'none';
      heading.tabIndex = -1;
      heading.textContent = 'ステップ 0';
      fill(0);
      step.append(heading, body, next);
    } else {
      step.prepend(next, body);
    }
    let n = 0;
    next.addEventListener('click', () => {
      n += 1;
      if (withApp) {
        // what a planner step does besides React: the heading takes the focus, the
        // section's top is scrolled into view when the heading is not, and the
        // step gets a history entry
        heading.focus({preventScroll: true});
        const box = heading.getBoundingClientRect();
        const navbar = document.querySelector('.navbar')?.getBoundingClientRect().bottom ?? 0;
        if (box.top < navbar || box.bottom > window.innerHeight) step.scrollIntoView({block: 'start'});
        heading.textContent = `ステップ ${n}`;
        history.pushState({referenceStep: n}, '', location.pathname + location.search);
      }
      fill(n);
    });
  }, withApp);
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
  const runs = [];
  for (let i = 0; i < clicks; i++) {
    await tab.evaluate(() => {
      window.__d = null;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          if (e.interactionId && ['pointerup', 'mouseup', 'click'].includes(e.name))
            window.__d = Math.max(window.__d ?? 0, e.duration);
        }
      }).observe({type: 'event', durationThreshold: 16});
    });
    const next = tab.getByRole('button', {name: '次へ', exact: true}).first();
    if (withApp) {
      // as in a walk: the Next button is brought into view, and the page settles
      await next.scrollIntoViewIfNeeded();
      await tab.waitForTimeout(300);
    }
    await press(tab, next);
    await tab.waitForTimeout(400);
    // below 16 ms the browser does not report the interaction
    runs.push(Math.round((await tab.evaluate(() => window.__d)) ?? 16));
  }
  await context.close();
  return runs;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * The walks and the plain-DOM references take turns, so that the machine's
 * load at any moment weighs on the steps and on their reference alike: each
 * walk is followed by three reference clicks of each kind.
 */
async function plannerSteps(browser) {
  const walks = [];
  const withApp = [];
  const withoutApp = [];
  for (let i = 0; i < stepRuns; i++) {
    walks.push(await plannerWalk(browser));
    withApp.push(...(await machineReference(browser, {withApp: true, clicks: 3})));
    withoutApp.push(...(await machineReference(browser, {withApp: false, clicks: 3})));
  }
  const steps = WALK.map(([name], i) => ({
    step: name,
    ms: median(walks.map((w) => w[i].shownMs)),
    completeMs: median(walks.map((w) => w[i].completeMs)),
    runs: walks.map((w) => w[i].shownMs),
  }));
  return {
    steps,
    reference: {medianMs: median(withoutApp), runs: withoutApp},
    referenceWithApp: {medianMs: median(withApp), runs: withApp},
  };
}

// 5. The domain code: the largest checklist and each export (scripts/bench-domain.mjs).

function kb(bytes) {
  return Number((bytes / KB).toFixed(1));
}

const times = (x) => `${x.toFixed(2)}×`;

/**
 * Each budget beside what this run measured: `data` may hold only some of the
 * measures (a partial run), and only those are checked. A timing's budget is
 * a ratio to its reference in the same run, and is reported as one.
 */
function budgetChecks(data) {
  const checks = [];
  const check = (what, value, budget, ok) => checks.push({what, value, budget, ok});
  if (data.build && data.bare?.build) {
    const ratio = data.build.seconds / data.bare.build.seconds;
    if (Number.isFinite(ratio)) {
      check(
        'cold build, whole site against the bare template',
        `${times(ratio)} (${data.build.seconds} s / ${data.bare.build.seconds} s)`,
        `≤ ${ratios.coldBuild}×`,
        ratio <= ratios.coldBuild,
      );
    }
  }
  for (const p of data.weights ?? []) {
    const limit = p.kind === 'planner' ? budgets.plannerJsGzipKB : budgets.guideJsGzipKB;
    check(
      `JS gzip, ${p.name} (${p.locale})`,
      `${kb(p.sizes.js.gzip)} KB`,
      `≤ ${limit.toFixed(1)} KB`,
      kb(p.sizes.js.gzip) <= limit,
    );
  }
  const lh = data.lighthouse ?? [];
  const bareMobile = lh.find((r) => r.form === 'mobile' && r.kind === 'bare');
  for (const l of lh.filter((r) => r.form === 'mobile' && r.kind !== 'bare')) {
    const page = `${l.page} (${l.locale})`;
    if (bareMobile) {
      const perf = l.scores.performance / bareMobile.scores.performance;
      check(
        `Lighthouse mobile performance, ${page}, against the bare template`,
        `${times(perf)} (${l.scores.performance} / ${bareMobile.scores.performance})`,
        `≥ ${ratios.lighthousePerformance}×`,
        perf >= ratios.lighthousePerformance,
      );
      // a template that blocks for 0 ms leaves a ratio of nothing: the page must block for 0 ms too
      const tbt = bareMobile.tbtMs > 0 ? l.tbtMs / bareMobile.tbtMs : l.tbtMs > 0 ? Infinity : 0;
      check(
        `Lighthouse mobile Total Blocking Time, ${page}, against the bare template`,
        `${Number.isFinite(tbt) ? times(tbt) : '∞'} (${l.tbtMs} ms / ${bareMobile.tbtMs} ms)`,
        `≤ ${ratios.totalBlockingTime}×`,
        tbt <= ratios.totalBlockingTime,
      );
    }
    for (const [cat, min] of Object.entries(budgets.lighthouseMobile)) {
      check(`Lighthouse mobile ${cat}, ${page}`, l.scores[cat], `≥ ${min}`, l.scores[cat] >= min);
    }
  }
  if (data.planner) {
    const reference = data.planner.referenceWithApp.medianMs;
    for (const s of data.planner.steps) {
      const ratio = s.ms / reference;
      check(
        `step shown, ${s.step} (4× CPU), against plain DOM on the same page`,
        `${times(ratio)} (${s.ms} ms / ${reference} ms)`,
        `≤ ${ratios.stepShown}×`,
        ratio <= ratios.stepShown,
      );
    }
  }
  if (data.domain) {
    check(
      `derive the largest checklist (${data.domain.lines} lines)`,
      `${data.domain.deriveMs} ms`,
      `< ${budgets.deriveMs} ms`,
      data.domain.deriveMs < budgets.deriveMs,
    );
    for (const [format, ms] of Object.entries(data.domain.exportMs))
      check(`export ${format}`, `${ms} ms`, `< ${budgets.exportMs} ms`, ms < budgets.exportMs);
  }
  return checks;
}

function checksTable(checks) {
  return [
    '| check | measured | budget | |',
    '| --- | --- | --- | --- |',
    ...checks.map((c) => `| ${c.what} | ${c.value} | ${c.budget} | ${c.ok ? 'met' : '**over**'} |`),
  ];
}

function report(data) {
  const checks = budgetChecks(data);
  const buildRatio = data.build.seconds / data.bare.build.seconds;
  const bareJsGzip = kb(data.bare.weights.sizes.js.gzip);
  const md = [
    '# Benchmark report',
    '',
    `Measured ${data.date} on ${data.machine}. "Bare" is the bare Docusaurus classic template, made and measured in this same run; the timing budgets are ratios to it, or, for the planner's steps, to the same change made with plain DOM calls on the same page in this run.`,
    '',
    '## Build',
    '',
    '| cold build | time | peak memory |',
    '| --- | --- | --- |',
    `| the whole site (ja and en) | ${data.build.seconds} s | ${data.build.peakMemoryMB} MB |`,
    `| bare template (en) | ${data.bare.build.seconds} s | ${data.bare.build.peakMemoryMB} MB |`,
    `| ratio | ${Number.isFinite(buildRatio) ? times(buildRatio) : 'not measured'} (budget ≤ ${ratios.coldBuild}×) | |`,
    '',
    '## What each page loads',
    '',
    '| page | lang | requests | JS raw | JS gzip | JS brotli | CSS gzip | HTML gzip | budget (JS gzip) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...[...data.weights, data.bare.weights].map(
      (p) =>
        `| ${p.name} | ${p.locale} | ${p.requests} | ${kb(p.sizes.js.raw)} KB | ${kb(p.sizes.js.gzip)} KB | ${kb(p.sizes.js.brotli)} KB | ${kb(p.sizes.css.gzip)} KB | ${kb(p.sizes.html.gzip)} KB | ${p.kind === 'bare' ? '—' : `${(p.kind === 'planner' ? budgets.plannerJsGzipKB : budgets.guideJsGzipKB).toFixed(1)} KB`} |`,
    ),
    '',
    `The JS budgets are ${ratios.guideJsGzip}× (a guide page) and ${ratios.plannerJsGzip}× (the planner) the bare template's docs page as first measured, ${bare.docsPageJsGzipKB} KB, the figure the browser tests check every page against; measured in this run, that page loads ${bareJsGzip} KB.`,
    '',
    '## Lighthouse',
    '',
    '| page | lang | form | performance | accessibility | best practices | SEO | LCP | TBT | CLS | performance, every run |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...data.lighthouse.map(
      (l) =>
        `| ${l.page} | ${l.locale} | ${l.form} | ${l.scores.performance} | ${l.scores.accessibility} | ${l.scores['best-practices']} | ${l.scores.seo} | ${l.lcpMs} ms | ${l.tbtMs} ms | ${l.cls} | ${l.performanceRuns.join(' / ')} |`,
    ),
    '',
    `Mobile figures are those of the median of ${mobileRuns} runs per page; desktop, one run.`,
    '',
    `Each page's mobile performance is held against the bare template's docs page in this run (at least ${ratios.lighthousePerformance}× its score), and so is its Total Blocking Time (at most ${ratios.totalBlockingTime}× the template's).`,
    '',
    '## Planner',
    '',
    '| step (4× CPU throttling) | click → step shown | every run | click → step complete |',
    '| --- | --- | --- | --- |',
    ...data.planner.steps.map((s) => `| ${s.step} | ${s.ms} ms | ${s.runs.join(' / ')} | ${s.completeMs} ms |`),
    '',
    `Medians of ${stepRuns} walks, each in a fresh tab, desktop viewport. Each click is pressed for 80 ms. "Shown" is Event Timing's duration of its release (to the next paint, with the new step's heading and first questions in it); "complete" is the paint after the rest of the step arrived. For scale, the same measure for a click that replaces 50 paragraphs of Japanese text with plain DOM calls, no React: on the planner page with its app running, in a plain section put in the step's place that also does what a step change does besides React (the focus moves to its heading, the page scrolls to its top, a history entry is added), ${data.planner.referenceWithApp.medianMs} ms (runs: ${data.planner.referenceWithApp.runs.join(' / ')}), the reference each step's budget is a ratio of (at most ${ratios.stepShown}×); on the planner page without its app, ${data.planner.reference.medianMs} ms (runs: ${data.planner.reference.runs.join(' / ')}).`,
    '',
    `Largest checklist (${data.domain.lines} lines): derived in ${data.domain.deriveMs} ms. Exports: ${Object.entries(
      data.domain.exportMs,
    )
      .map(([f, ms]) => `${f} ${ms} ms`)
      .join(', ')}.`,
    '',
    '## Budgets',
    '',
    ...checksTable(checks),
    '',
  ].join('\n');
  return {checks, md};
}

function printChecks(checks) {
  for (const c of checks) console.log(`${c.ok ? 'met ' : 'OVER'}  ${c.what}: ${c.value} (budget ${c.budget})`);
  const over = checks.filter((c) => !c.ok);
  console.log(`\n${checks.length - over.length}/${checks.length} budgets met`);
  return over.length;
}

async function main() {
  const date = new Date().toISOString();
  const machine = `${process.platform} ${process.arch}, node ${process.version}`;
  // A part of the bench alone, on the build/ that is there, for trying a change:
  // "steps" (the planner's steps and their plain-DOM reference, about a minute)
  // or "lighthouse" (every page's mobile Lighthouse runs and the bare template's).
  const only = process.env.BENCH_ONLY ?? null;
  if (only && !['steps', 'lighthouse'].includes(only))
    throw new Error(`BENCH_ONLY is "steps" or "lighthouse", not "${only}"`);
  // a build named by BENCH_BUILD is measured as it is: the cold build would make another
  const skipBuild = Boolean(process.env.BENCH_SKIP_BUILD || process.env.BENCH_BUILD) || only !== null;
  const notBuilt = {seconds: NaN, peakMemoryMB: NaN};
  // The site's build first: the one that runs second finds node_modules already
  // read into memory, so the ratio, if anything, is against the site.
  const buildResult = skipBuild ? notBuilt : coldBuild();
  const bareBuild = only === 'steps' ? notBuilt : bareColdBuild();
  const server = await startServer(build, port);
  const bareServer =
    only === 'steps' ? null : await startServer(path.join(bareDir, 'build'), barePort, {withSiteHeaders: false});
  const browser = await chromium.launch({executablePath: chromePath, args: ['--no-sandbox', '--disable-gpu']});
  try {
    if (only === 'steps') {
      const planner = await plannerSteps(browser);
      for (const s of planner.steps)
        console.log(`${s.step}: shown ${s.ms} ms (${s.runs.join('/')}), complete ${s.completeMs} ms`);
      console.log(
        `plain DOM, page with its app: ${planner.referenceWithApp.medianMs} ms (${planner.referenceWithApp.runs.join('/')})`,
      );
      console.log(
        `plain DOM, page without its app: ${planner.reference.medianMs} ms (${planner.reference.runs.join('/')})\n`,
      );
      process.exitCode = printChecks(budgetChecks({planner})) ? 1 : 0;
      return;
    }
    if (only === 'lighthouse') {
      const lh = await lighthouseScores(
        [...pages.map((p) => ({...p, base})), {...bareDocsPage, base: bareBase}],
        ['mobile'],
      );
      for (const l of lh) console.log(`${l.locale} ${l.page}: TBT ${l.tbtMs} ms, LCP ${l.lcpMs} ms`);
      console.log('');
      process.exitCode = printChecks(budgetChecks({lighthouse: lh})) ? 1 : 0;
      return;
    }
    log('page weights…');
    const weights = await pageWeights(browser, base, pages);
    const [bareWeights] = await pageWeights(browser, bareBase, [bareDocsPage]);
    log('planner steps…');
    const planner = await plannerSteps(browser);
    log('lighthouse…');
    const lh = await lighthouseScores([...pages.map((p) => ({...p, base})), {...bareDocsPage, base: bareBase}]);
    log('domain timings…');
    const domain = await domainTimings();
    const data = {
      date,
      machine,
      build: buildResult,
      weights,
      lighthouse: lh,
      planner,
      domain,
      budgets,
      bare: {...bare, build: bareBuild, weights: bareWeights},
    };
    const {checks, md} = report(data);
    mkdirSync(path.join(root, 'bench'), {recursive: true});
    writeFileSync(path.join(root, 'bench/report.json'), JSON.stringify({...data, checks}, null, 2));
    writeFileSync(path.join(root, 'bench/report.md'), md);
    process.exitCode = printChecks(checks) ? 1 : 0;
    console.log('report in bench/report.md');
  } finally {
    await browser.close();
    server.close();
    bareServer?.close();
  }
}

await main();
