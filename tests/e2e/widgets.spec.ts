import type {Page} from '@playwright/test';
import {expect, savedPlan, scrolledToRest, test} from './fixtures';

/**
 * The widgets in the guide's chapters: each works in the browser and its
 * "continue in the planner" carries the choice into the reader's plan.
 */

const continueLink = (page: Page) => page.locator('a[href*="planner#start"]').first();

/** The widget's link has opened the planner, which has taken the choice it carried. */
async function arrivedInPlanner(page: Page) {
  await expect(page).toHaveURL(/\/planner$/);
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  await expect(page.getByTestId('planner-notice')).toBeVisible();
}

test('pattern comparison → the planner starts with pattern 2 chosen', async ({page, problems}) => {
  await page.goto('/guide/chapter-2');
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  // (a click aimed before the widget has come to rest on screen could land where it was: the flake this test had)
  await scrolledToRest(page.locator('[data-pattern]'));
  await page.getByRole('radio', {name: /^パターン2：/}).check();
  await expect(continueLink(page)).toHaveAttribute('href', /pattern=p2/);
  await continueLink(page).click();
  await arrivedInPlanner(page);
  await page.getByRole('radio', {name: '連携先の事業者'}).check();
  await page.getByRole('button', {name: '次へ →'}).click();
  await expect(page.getByRole('radio', {name: /パターン2：/})).toBeChecked();
  expect(problems).toEqual([]);
});

test('a pattern picked before the page is interactive is the one carried to the planner', async ({page, problems}) => {
  // Hold the app's scripts back until the reader has picked, as on a slow phone.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/js\/main\.[0-9a-f]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  // The load event waits for the held script, so only wait for the page itself.
  await page.goto('/guide/chapter-2', {waitUntil: 'domcontentloaded'});
  await scrolledToRest(page.locator('[data-pattern]'));
  await page.getByRole('radio', {name: /^パターン2：/}).check();
  await expect(page.locator('html')).not.toHaveAttribute('data-has-hydrated', 'true');
  release();
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  await expect(page.getByRole('radio', {name: /^パターン2：/})).toBeChecked();
  await expect(continueLink(page)).toHaveAttribute('href', /pattern=p2/);
  expect(problems).toEqual([]);
});

test('customer check → the planner opens as the customer, with the pattern and systems answered', async ({page}) => {
  await page.goto('/en/guide/chapter-5');
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  await scrolledToRest(page.getByRole('radio', {name: /^Pattern 2/}));
  await page.getByRole('radio', {name: /^Pattern 2/}).check();
  await page.getByRole('radio', {name: 'Yes'}).check();
  await continueLink(page).click();
  await expect(page).toHaveURL(/\/en\/planner$/);
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  // role, pattern and systems are answered: a customer's walk goes on at their check before signing
  await expect(page.locator('#planner-step-heading')).toHaveText('Before you sign');
  await expect(page.locator('[data-row="agreement:serviceContract"]')).toBeVisible();
  await expect(page.locator('[data-row="agreement:license"]')).toHaveCount(0);
});

test('technical requirement explorer → the chosen requirements are on the checklist', async ({page}) => {
  await page.goto('/guide/chapter-3/technical');
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  const serverAuth = page.getByRole('checkbox', {name: /サーバ認証/}).first();
  await scrolledToRest(serverAuth);
  await serverAuth.check();
  await expect(continueLink(page)).toHaveAttribute(
    'href',
    /requirements=masterData%2CserverAuth|requirements=masterData,serverAuth/,
  );
  await continueLink(page).click();
  await arrivedInPlanner(page);
  // The planner writes just after the frame that shows a change, so wait for the write.
  await expect.poll(async () => (await savedPlan(page))?.requirements).toEqual(['masterData', 'serverAuth']);
});

test('agreement explorer → joint sales made, technology provision declined', async ({page}) => {
  await page.goto('/guide/chapter-3');
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  await scrolledToRest(page.getByRole('radio', {name: 'すべての段階'}));
  await page.getByRole('radio', {name: 'すべての段階'}).check();
  const boxes = page.locator('[data-agreement] input[type="checkbox"]');
  await boxes.nth(0).check();
  await boxes.nth(1).uncheck();
  await continueLink(page).click();
  await arrivedInPlanner(page);
  await expect
    .poll(async () => (await savedPlan(page))?.agreementChoices)
    .toEqual({jointSales: true, techProvision: false});
});

test('security pattern finder → the planner keeps the pattern and names it on the checklist; the context step can change it', async ({
  page,
}) => {
  await page.goto('/guide/related/security');
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  await scrolledToRest(page.getByRole('radio', {name: /預からない/}));
  await page.getByRole('radio', {name: /預からない/}).check();
  await page.getByRole('radio', {name: /^中程度/}).check();
  await expect(page.locator('[data-security-pattern]')).toHaveText(/^パターン5：/);
  await continueLink(page).click();
  await arrivedInPlanner(page);
  await page.getByRole('radio', {name: '連携先の事業者'}).check();
  await page.getByRole('button', {name: '次へ →'}).click();
  await page.getByRole('radio', {name: /パターン1：/}).check();
  await page.getByRole('button', {name: '次へ →'}).click();
  // the context step shows the finder with the carried answers
  await expect(page.locator('[data-security-pattern]')).toHaveText(/^パターン5：/);
  await page.getByRole('radio', {name: /^低い/}).check();
  await expect(page.locator('[data-security-pattern]')).toHaveText(/^パターン6：/);
  await expect
    .poll(async () => (await savedPlan(page))?.security)
    .toEqual({confidentiality: 'low', availability: 'low'});
  // ticking personal information answers confidentiality: the pattern follows
  await page.getByRole('checkbox', {name: '個人情報を取り扱う'}).check();
  await expect(page.locator('[data-security-pattern]')).toHaveText(/^パターン3：/);
  // "no pattern" leaves the finder unanswered, not looking answered
  await page.getByRole('button', {name: 'パターンを指定しない'}).click();
  await expect(page.locator('[data-security-pattern]')).toHaveAttribute('data-security-pattern', '');
  await page.getByText('情報セキュリティ対策ガイドラインのパターン（任意）').click();
  await expect(page.getByRole('radio', {name: /^低い/})).not.toBeChecked();
  await expect.poll(async () => (await savedPlan(page))?.security).toBeNull();
});
