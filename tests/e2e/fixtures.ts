import {readFileSync} from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import {test as base, expect, type Download, type Locator, type Page} from '@playwright/test';
import {watch} from './watch';

/**
 * What the browser tests share: the test with its fixtures, and the few
 * moves on the planner that most tests make.
 *
 * - `problems`: what the test's page has done that it must never do (see
 *   watch.ts), recorded from before its first request.
 * - `newBrowser()`: another reader's browser — a fresh context with nothing
 *   saved, its page watched the same way, closed when the test ends.
 * - `noScript` (one per worker): a page in a browser with JavaScript off.
 */
export const test = base.extend<
  {
    problems: string[];
    newBrowser: (options?: {acceptDownloads?: boolean}) => Promise<{page: Page; problems: string[]}>;
  },
  {noScript: Page}
>({
  problems: async ({page}, provide) => {
    await provide(watch(page));
  },
  newBrowser: async ({browser}, provide) => {
    const opened: {close: () => Promise<void>}[] = [];
    await provide(async (options) => {
      const context = await browser.newContext(options);
      opened.push(context);
      const page = await context.newPage();
      return {page, problems: watch(page)};
    });
    for (const context of opened) await context.close();
  },
  noScript: [
    async ({browser}, provide) => {
      const context = await browser.newContext({javaScriptEnabled: false});
      await provide(await context.newPage());
      await context.close();
    },
    {scope: 'worker'},
  ],
});

export {expect};

/** Where the first releases kept the reader's plan, in localStorage: moved into the plans at the next visit. */
export const LEGACY_KEY = 'saas-partnership-planner.plan';

/** A plan as its file holds it, read as JSON: what a test reads of it, it compares. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type PlanJson = Record<string, any>;

/** A record of the planner's IndexedDB, as kept: the plan file is its text. */
export interface KeptRecord {
  key: string;
  value: unknown;
}

/**
 * Every value in the planner's IndexedDB, read with the browser's own
 * IndexedDB calls (not the planner's code), with this tab's open plan's id.
 */
export async function keptRecords(page: Page): Promise<{records: KeptRecord[]; current: string | null}> {
  return page.evaluate(
    () =>
      new Promise<{records: KeptRecord[]; current: string | null}>((resolve, reject) => {
        const current = sessionStorage.getItem('saas-partnership-planner.current');
        const request = indexedDB.open('saas-partnership-planner');
        request.onerror = () => reject(request.error);
        request.onupgradeneeded = () => request.result.createObjectStore('plans');
        request.onsuccess = () => {
          const db = request.result;
          const store = db.transaction('plans', 'readonly').objectStore('plans');
          const keys = store.getAllKeys();
          const values = store.getAll();
          values.onsuccess = () => {
            db.close();
            resolve({
              records: (keys.result as string[]).map((key, i) => ({key, value: values.result[i]})),
              current: current && `plan:${current}`,
            });
          };
          values.onerror = () => reject(values.error);
        };
      }),
  );
}

/** The plans kept in the browser, each as its plan file says, the most recently changed first. */
export async function keptPlans(page: Page): Promise<({id: string; deletedAt: string | null} & PlanJson)[]> {
  const {records} = await keptRecords(page);
  return records
    .filter((r) => typeof (r.value as {text?: unknown})?.text === 'string')
    .map((r) => {
      const value = r.value as {text: string; savedAt: string; deletedAt: string | null};
      return {
        id: r.key.replace(/^plan:/, ''),
        savedAt: value.savedAt,
        deletedAt: value.deletedAt,
        ...(JSON.parse(value.text) as {plan: PlanJson}).plan,
      };
    })
    .sort((a, b) => String(b.savedAt).localeCompare(String(a.savedAt)));
}

/** Puts a value where a plan's record goes, with the browser's own IndexedDB calls. */
export async function putRecord(page: Page, id: string, value: unknown): Promise<void> {
  await page.evaluate(
    ([key, v]) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('saas-partnership-planner');
        request.onupgradeneeded = () => request.result.createObjectStore('plans');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction('plans', 'readwrite');
          tx.objectStore('plans').put(v, key);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [`plan:${id}`, value] as const,
  );
}

/** Opens the planner and waits until it has read the saved plan or link and answers. */
export async function openPlanner(page: Page, path = '/planner'): Promise<void> {
  await page.goto(path);
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
}

/**
 * Opens the planner on a plan of the reader's own: the role picked, the
 * partnership named, and the plan written to browser storage, so that what a
 * test does next can be checked to leave it as it was.
 */
export async function openOwnPlan(page: Page, role: string | RegExp, name: string): Promise<void> {
  await openPlanner(page);
  await page.getByRole('radio', {name: role}).check();
  await page.getByLabel('連携（プラン）の名称').fill(name);
  await expect.poll(async () => (await savedPlan(page))?.names?.partnership).toBe(name);
}

/** Presses the planner's Next (or its last step's "to the checklist"), in either language. */
export const next = (page: Page) =>
  page.getByRole('button', {name: /^(次へ|Next) →$|^(チェックリストへ|To the checklist) →$/}).click();

export const stepHeading = (page: Page) => page.locator('#planner-step-heading');

/** The plan open in the page, as the planner last wrote it to browser storage; undefined before it is kept. */
export async function savedPlan(page: Page): Promise<PlanJson | undefined> {
  const {records, current} = await keptRecords(page);
  const value = records.find((r) => r.key === current)?.value as {text?: string} | undefined;
  return value?.text ? (JSON.parse(value.text) as {plan: PlanJson}).plan : undefined;
}

/** Opens every row of the checklist and reads the ids of its lines, in order. */
export async function lineIds(page: Page): Promise<string[]> {
  await page.getByRole('button', {name: /^(すべて開く|Open all)$/}).click();
  await expect(page.locator('[data-row] [aria-expanded="false"]')).toHaveCount(0);
  return page.locator('[data-line]').evaluateAll((els) => els.map((e) => e.getAttribute('data-line')!));
}

export async function downloadBytes(download: Download): Promise<Buffer> {
  return readFileSync((await download.path())!);
}

/**
 * axe's violations on the page (or a part of it), one line each, prefixed with
 * where they were found. Every rule runs; only the violations are reported in
 * full (axe's `resultTypes`), since the passes of a long checklist, node by
 * node, are megabytes no test reads.
 */
export async function axeViolations(page: Page, where = '', include?: string): Promise<string[]> {
  const builder = new AxeBuilder({page}).options({resultTypes: ['violations']});
  if (include) builder.include(include);
  const {violations} = await builder.analyze();
  return violations.map(
    (v) => `${where ? `${where}: ` : ''}${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/**
 * Stops transitions, so that axe reads the colours the reader is left with: a
 * control that comes under the resting pointer when the page scrolls fades to
 * its hover colours a frame or more after the scroll.
 */
export const withoutTransitions = (page: Page) =>
  page.addStyleTag({content: '*, *::before, *::after { transition: none !important; }'});

/**
 * Scrolls to a part of a guide page and waits until it holds still on screen,
 * as a reader sees it come to rest before clicking. The guide's figures are
 * laid out only as they near the screen (`content-visibility` in GuideFigure),
 * so the first scroll to a widget below them can move it a frame later, and a
 * click aimed at once lands where it was.
 */
export async function scrolledToRest(target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const frames = () =>
    target.page().evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await expect
    .poll(async () => {
      const before = await target.boundingBox();
      await frames();
      const after = await target.boundingBox();
      return before !== null && after !== null && before.y === after.y;
    })
    .toBe(true);
  await expect(target).toBeInViewport();
}
