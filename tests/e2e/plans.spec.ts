import type {Page} from '@playwright/test';
import {
  axeViolations,
  downloadBytes,
  expect,
  keptPlans,
  keptRecords,
  next,
  openPlanner,
  putRecord,
  savedPlan,
  stepHeading,
  test,
  withoutTransitions,
} from './fixtures';

/**
 * The reader's plans, kept in the browser: several partnerships side by
 * side, a link of another opened beside them, deleted and brought back, all
 * of them in one file restored into another browser; two tabs on one plan
 * that keep each other's edits; and what an earlier release kept, moved in.
 */

const list = (page: Page) => page.getByTestId('planner-plan-list');
const openList = async (page: Page) => {
  await page
    .getByTestId('planner-plans')
    .getByRole('button', {name: /^プラン一覧(?!を閉じる)/})
    .click();
  await expect(list(page)).toBeVisible();
};
const openName = (page: Page) => page.getByTestId('planner-open-plan');

/** A plan for one partner: the reader's role, the partnership's name and the partner's. */
async function planFor(page: Page, name: string, partner: string) {
  await page.getByRole('radio', {name: /契約主体の事業者（/}).check();
  await page.getByLabel('連携（プラン）の名称').fill(name);
  await page.getByLabel('連携先の事業者名').fill(partner);
  await expect.poll(async () => (await savedPlan(page))?.names?.partner).toBe(partner);
}

test('three partnerships kept side by side; a fourth from a link opens beside them; each opens after a reload; a deleted one comes back; all of them restore into another browser', async ({
  page,
  newBrowser,
  problems,
}) => {
  test.setTimeout(120_000);
  await openPlanner(page);
  await planFor(page, '予約連携', 'みどりクラウド');
  for (const [name, partner] of [
    ['在庫連携', 'あおば物流'],
    ['請求連携', 'そら会計'],
  ]) {
    await page.getByRole('button', {name: '新しいプラン'}).click();
    await expect(page.getByLabel('連携（プラン）の名称')).toHaveValue('');
    await planFor(page, name!, partner!);
  }
  await expect(page.getByRole('button', {name: 'プラン一覧（3件）'})).toBeVisible();

  // a link from a fourth partnership, made in another browser
  const {page: sender} = await newBrowser();
  await openPlanner(sender);
  await planFor(sender, '勤怠連携', 'くも人事');
  await sender.getByRole('button', {name: '共有リンクを作成'}).click();
  const link = await sender.getByLabel('共有リンク', {exact: true}).inputValue();
  await page.goto('about:blank');
  await page.goto(link);
  await expect(page.getByTestId('planner-notice')).toContainText('共有リンクのプランを開きました');
  await expect(page.getByTestId('planner-library-notice')).toContainText(
    'それまで表示していた「請求連携」は、プラン一覧にそのまま残っています',
  );
  await expect(openName(page)).toHaveText('表示中のプラン：勤怠連携');

  // after a reload, every plan is listed, and each opens
  await page.reload();
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  await expect(openName(page)).toHaveText('表示中のプラン：勤怠連携');
  await openList(page);
  const names = ['予約連携', '在庫連携', '請求連携', '勤怠連携'];
  await expect(list(page).locator('[data-state="plan"]')).toHaveCount(4);
  for (const name of names) await expect(list(page)).toContainText(name);
  await expect(list(page)).toContainText('共有リンクから');
  await withoutTransitions(page);
  expect(await axeViolations(page, 'list of plans', '[data-testid="planner-plans"]')).toEqual([]);
  for (const [name, partner] of [
    ['予約連携', 'みどりクラウド'],
    ['在庫連携', 'あおば物流'],
  ]) {
    await list(page)
      .getByRole('button', {name: `開く: ${name}`})
      .click();
    await expect(page.getByLabel('連携（プラン）の名称')).toHaveValue(name!);
    await expect(page.getByLabel('連携先の事業者名')).toHaveValue(partner!);
  }

  // renamed, and duplicated for a new customer: a partnership of its own
  await list(page).getByRole('button', {name: '名称を変更: 在庫連携'}).click();
  await list(page).getByLabel('新しい名称').fill('在庫連携（西日本）');
  await list(page).getByRole('button', {name: '変更する'}).click();
  await expect(page.getByLabel('連携（プラン）の名称')).toHaveValue('在庫連携（西日本）');
  await list(page).getByRole('button', {name: '複製（同じ連携先・新しい利用者）: 予約連携'}).click();
  await expect(page.getByLabel('連携（プラン）の名称')).toHaveValue('予約連携（複製）');
  await expect(page.getByLabel('連携先の事業者名')).toHaveValue('みどりクラウド');
  const kept = await keptPlans(page);
  const original = kept.find((p) => p.names.partnership === '予約連携')!;
  const copy = kept.find((p) => p.names.partnership === '予約連携（複製）')!;
  expect(copy.partnershipId).not.toBe(original.partnershipId);

  // deleted, and back after a reload
  await list(page).getByRole('button', {name: '「請求連携」を削除'}).click();
  await expect(page.getByTestId('planner-library-notice')).toContainText('「請求連携」を削除しました。');
  await expect(list(page).locator('[data-state="plan"]')).toHaveCount(4);
  await page.reload();
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  await openList(page);
  const deleted = list(page).locator('[data-state="deleted"]');
  await expect(deleted).toHaveCount(1);
  await expect(deleted).toContainText('請求連携');
  await expect(list(page)).toContainText('削除したプラン（30日間は元に戻せます）');
  await deleted.getByRole('button', {name: '元に戻す: 請求連携'}).click();
  await expect(list(page).locator('[data-state="plan"]')).toHaveCount(5);
  await list(page).getByRole('button', {name: '開く: 請求連携'}).click();
  await expect(page.getByLabel('連携先の事業者名')).toHaveValue('そら会計');

  // every plan in one file, restored into another browser
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    list(page).getByRole('button', {name: 'すべてのプランを1つのファイルでダウンロード'}).click(),
  ]);
  const bundle = await downloadBytes(file);
  const {page: elsewhere} = await newBrowser();
  await openPlanner(elsewhere);
  await openList(elsewhere);
  await list(elsewhere)
    .getByTestId('plans-file-input')
    .setInputFiles({name: file.suggestedFilename(), mimeType: 'application/json', buffer: bundle});
  await expect(elsewhere.getByTestId('planner-library-notice')).toContainText('追加：5件');
  await expect(list(elsewhere).locator('[data-state="plan"]')).toHaveCount(5);
  // restoring the same file again adds nothing twice
  await list(elsewhere)
    .getByTestId('plans-file-input')
    .setInputFiles({name: file.suggestedFilename(), mimeType: 'application/json', buffer: bundle});
  await expect(elsewhere.getByTestId('planner-library-notice')).toContainText('追加：0件、既にあったもの：5件');
  await expect(list(elsewhere).locator('[data-state="plan"]')).toHaveCount(5);
  await list(elsewhere).getByRole('button', {name: '開く: 在庫連携（西日本）'}).click();
  await expect(elsewhere.getByLabel('連携先の事業者名')).toHaveValue('あおば物流');
  expect(problems).toEqual([]);
});

/** The lead's plan at its checklist, with every row open. */
async function toChecklist(page: Page) {
  await page.getByRole('radio', {name: /契約主体の事業者（/}).check();
  await page.getByLabel('連携（プラン）の名称').fill('二つのタブ');
  await next(page);
  await page.getByRole('radio', {name: '事業者のうち1社と、連携するサービス全体について契約する'}).check();
  await next(page);
  await page.getByRole('radio', {name: 'はい', exact: true}).check();
  for (let i = 0; i < 4; i++) await next(page);
  await expect(stepHeading(page)).toHaveText('チェックリスト');
  await page.getByRole('button', {name: 'すべて開く'}).click();
}

const note = (page: Page, id: string) => page.locator(`[data-line="${id}"]`).getByRole('textbox');
async function writeNote(page: Page, id: string, text: string) {
  const line = page.locator(`[data-line="${id}"]`);
  const add = line.getByRole('button', {name: /^メモを追加/});
  if (await add.isVisible()) await add.click();
  await line.getByRole('textbox').fill(text);
}

test("two tabs on one plan: each sees the other's edits and neither saves over them; the same note changed in both is decided by the reader", async ({
  page,
  problems,
}) => {
  test.setTimeout(90_000);
  await openPlanner(page);
  await toChecklist(page);
  const ids = await page.locator('[data-line]').evaluateAll((els) => els.slice(0, 3).map((e) => e.dataset.line!));
  // a second tab of the same browser, whose storage can be made to refuse writes for a moment
  const other = await page.context().newPage();
  await other.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if ((window as {refuseWrites?: boolean}).refuseWrites)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await openPlanner(other);
  await expect(stepHeading(other)).toHaveText('チェックリスト');
  await other.getByRole('button', {name: 'すべて開く'}).click();

  // different lines, one in each tab: both kept, and each tab shows the other's
  await writeNote(page, ids[0]!, 'タブAのメモ');
  await expect(note(other, ids[0]!)).toHaveValue('タブAのメモ');
  await writeNote(other, ids[1]!, 'タブBのメモ');
  await expect(note(page, ids[1]!)).toHaveValue('タブBのメモ');
  await other.locator(`[data-line="${ids[2]}"]`).getByLabel('状況').selectOption('confirm');
  await expect(page.locator(`[data-line="${ids[2]}"]`).getByLabel('状況')).toHaveValue('confirm');
  await expect
    .poll(async () => {
      const lines = (await savedPlan(page))?.lines ?? {};
      return [lines[ids[0]!]?.note, lines[ids[1]!]?.note, lines[ids[2]!]?.status];
    })
    .toEqual(['タブAのメモ', 'タブBのメモ', 'confirm']);

  // the same note changed in both: the second tab could not write for a moment, so neither saw the other's
  await other.evaluate(() => ((window as {refuseWrites?: boolean}).refuseWrites = true));
  await writeNote(other, ids[0]!, 'タブBが書き直したメモ');
  await expect(other.getByRole('alert').filter({hasText: 'ブラウザの保存領域がいっぱいのため'})).toBeVisible();
  await writeNote(page, ids[0]!, 'タブAが書き直したメモ');
  const conflict = other.getByTestId('planner-compare');
  await expect(other.getByTestId('planner-tab-conflict')).toBeVisible();
  await expect(conflict.getByRole('heading', {name: 'ほかのタブでも変更された項目'})).toBeVisible();
  const change = conflict.locator(`[data-change="line|${ids[0]}|note"]`);
  await expect(change).toContainText('タブBが書き直したメモ');
  await expect(change).toContainText('タブAが書き直したメモ');
  await expect(conflict.getByRole('button', {name: '何も変えずに閉じる'})).toHaveCount(0);
  // until the reader decides, what is kept is the other tab's
  await other.evaluate(() => ((window as {refuseWrites?: boolean}).refuseWrites = false));
  await other.locator(`[data-line="${ids[1]}"]`).getByLabel('状況').selectOption('done');
  await expect.poll(async () => (await savedPlan(page))?.lines?.[ids[1]!]?.status).toBe('done');
  expect((await savedPlan(page))?.lines?.[ids[0]!]?.note).toBe('タブAが書き直したメモ');
  await withoutTransitions(other);
  expect(await axeViolations(other, 'conflict between tabs', '[data-testid="planner-compare"]')).toEqual([]);
  await change.getByRole('radio', {name: '両方のメモを残す'}).check();
  await conflict.getByRole('button', {name: '決定を反映する'}).click();
  await expect(conflict).toHaveCount(0);
  await expect(other.getByTestId('planner-notice')).toContainText('別のタブでも変更された項目を決めました');
  const both = 'タブBが書き直したメモ\nタブAが書き直したメモ';
  await expect(note(other, ids[0]!)).toHaveValue(both);
  await expect(note(page, ids[0]!)).toHaveValue(both);
  await expect.poll(async () => (await savedPlan(page))?.lines?.[ids[0]!]?.note).toBe(both);
  // a third tab opens what both agree on
  const third = await page.context().newPage();
  await openPlanner(third);
  await third.getByRole('button', {name: 'すべて開く'}).click();
  await expect(note(third, ids[0]!)).toHaveValue(both);
  await expect(note(third, ids[1]!)).toHaveValue('タブBのメモ');
  expect(problems).toEqual([]);
});

test('what an earlier release kept (the plan, the plan to go back to, what it set aside) moves into the list with nothing lost; storage values that are not text leave the planner usable', async ({
  page,
  problems,
}) => {
  // a page of the site that does not run the planner, to set up the browser as the earlier release left it
  await page.goto('/guide');
  const plan = (name: string, role: string) =>
    JSON.stringify({
      format: 'saas-partnership-plan',
      version: 4,
      savedAt: '2026-11-01T09:00:00.000Z',
      locale: 'ja',
      plan: {
        role,
        names: {partnership: name, lead: 'エー社', partner: 'ビー社', customer: ''},
        patternAnswers: {},
        pattern: null,
        customerSystems: null,
        sector: null,
        data: {personalInfo: false, tradeSecret: false},
        agreementChoices: {},
        requirements: [],
        lines: {},
        step: 'about',
        reached: 'about',
      },
    });
  const setAside = '{"format":"saas-partnership-plan","version":3,"plan":';
  await page.evaluate(
    ([mine, before, aside]) => {
      localStorage.setItem('saas-partnership-planner.plan', mine!);
      localStorage.setItem('saas-partnership-planner.previous', before!);
      localStorage.setItem('saas-partnership-planner.plan.unreadable.1', aside!);
    },
    [plan('以前の版のプラン', 'lead'), plan('戻る先のプラン', 'partner'), setAside],
  );
  // and a record whose plan file is not text at all
  await putRecord(page, 'not-text-0001', {
    format: 1,
    id: 'not-text-0001',
    rev: 1,
    savedAt: '2026-10-01T09:00:00.000Z',
    version: 4,
    text: {plan: 42},
    previous: null,
    deletedAt: null,
    origin: null,
  });
  await openPlanner(page);
  await expect(page.getByLabel('連携（プラン）の名称')).toHaveValue('以前の版のプラン');
  await expect(page.getByTestId('planner-problem')).toContainText('2件は、この版のサイトでは開けません');
  await openList(page);
  await expect(list(page).locator('[data-state="plan"]')).toHaveCount(2);
  await expect(list(page)).toContainText('以前の版のサイトで保存したプラン');
  await expect(list(page)).toContainText('以前の版のサイトが「元のプランに戻す」ために保存していたプラン');
  await expect(list(page).locator('[data-state="unreadable"]')).toHaveCount(2);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    list(page)
      .locator('[data-state="unreadable"]')
      .first()
      .getByRole('button', {name: '保存されているままダウンロード'})
      .click(),
  ]);
  expect([setAside, '{"plan":42}']).toContain((await downloadBytes(file)).toString('utf8'));
  expect(
    await page.evaluate(() =>
      ['plan', 'previous', 'plan.unreadable.1'].map((k) => localStorage.getItem(`saas-partnership-planner.${k}`)),
    ),
  ).toEqual([null, null, null]);
  // the planner still works: the plan changes and is kept
  await page.getByRole('radio', {name: '連携先の事業者'}).check();
  await expect.poll(async () => (await savedPlan(page))?.role).toBe('partner');
  expect((await keptRecords(page)).records).toHaveLength(4);
  expect(problems).toEqual([]);
});
