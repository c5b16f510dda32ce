import {readFileSync} from 'node:fs';
import type {Page} from '@playwright/test';
import {
  axeViolations,
  expect,
  next,
  openPlanner,
  savedPlan as keptPlan,
  stepHeading,
  test,
  withoutTransitions,
  type PlanJson,
} from './fixtures';

/**
 * Two parties, one plan: the lead (in Japanese) plans and sends a link; the
 * partner (in English) changes three lines and sends a file back; the lead
 * sees the comparison, takes two changes and keeps one, and sends the plan
 * back; both end with the same answers.
 */

/** The plan's answers and lines as saved in the browser: what both parties must end with. */
async function savedPlan(page: Page): Promise<PlanJson> {
  return (await keptPlan(page))!;
}

function answers(plan: Record<string, unknown>) {
  // where each stands, who they are and their bookkeeping are their own; the rest is the plan they agree on
  const {step, reached, role, edits, received, ...rest} = plan;
  void step;
  void reached;
  void role;
  void edits;
  void received;
  return rest;
}

/** The lead's plan, answered through to the checklist. */
async function leadPlans(lead: Page) {
  await openPlanner(lead);
  await lead.getByRole('radio', {name: /契約主体の事業者（/}).check();
  await lead.getByLabel('連携（プラン）の名称').fill('医療連携プラン');
  await lead.getByLabel('契約主体の事業者名').fill('株式会社エー');
  await lead.getByLabel('連携先の事業者名').fill('Bee Ltd');
  await next(lead);
  await lead.getByRole('radio', {name: '事業者のうち1社と、連携するサービス全体について契約する'}).check();
  await next(lead);
  await lead.getByRole('radio', {name: 'はい', exact: true}).check();
  await lead.getByRole('radio', {name: '医療'}).check();
  await next(lead);
  await next(lead);
  await next(lead);
  await next(lead);
  await expect(stepHeading(lead)).toHaveText('チェックリスト');
  await lead.getByRole('button', {name: 'すべて開く'}).click();
}

test('lead and partner send a plan back and forth, compare it line by line and end with the same plan', async ({
  newBrowser,
}) => {
  test.setTimeout(120_000);
  const {page: lead, problems: leadProblems} = await newBrowser({acceptDownloads: true});
  await leadPlans(lead);
  const leadLines = lead.locator('[data-line]');
  const ids = await leadLines.evaluateAll((els) => els.slice(0, 3).map((e) => e.getAttribute('data-line')!));
  await lead.locator(`[data-line="${ids[2]}"]`).getByLabel('状況').selectOption('confirm');
  await lead.getByRole('button', {name: '共有リンクを作成'}).click();
  const link = await lead.getByLabel('共有リンク', {exact: true}).inputValue();
  expect(link.length).toBeLessThan(8000);

  // The partner opens it in English, takes their own side and changes three lines.
  const {page: partner, problems: partnerProblems} = await newBrowser({acceptDownloads: true});
  await openPlanner(partner, `/en/planner${new URL(link).hash}`);
  await expect(partner.getByTestId('planner-notice')).toContainText('The plan from the share link was opened');
  await partner
    .getByTestId('planner-notice')
    .getByRole('button', {name: /Partner provider/})
    .click();
  await expect(stepHeading(partner)).toHaveText('Checklist');
  await partner.getByRole('button', {name: 'Open all'}).click();
  const line = (page: Page, id: string) => page.locator(`[data-line="${id}"]`);
  await line(partner, ids[0]!).getByLabel('Status').selectOption('done');
  await line(partner, ids[1]!).getByLabel('Owner').selectOption('partner');
  await line(partner, ids[2]!)
    .getByRole('button', {name: /^Add a note/})
    .click();
  await line(partner, ids[2]!).getByRole('textbox').fill('SLA 99.9% <to confirm>');
  // sending back says how many lines changed since the lead's version came
  await partner.getByRole('button', {name: 'Send back to the other party'}).click();
  await expect(partner.getByTestId('planner-send-back')).toContainText(
    'Lines your side changed since they last sent theirs: 3',
  );
  const [download] = await Promise.all([
    partner.waitForEvent('download'),
    partner.getByRole('button', {name: 'Plan file (JSON)'}).click(),
  ]);
  const fileBytes = readFileSync((await download.path())!);
  const sent = JSON.parse(fileBytes.toString('utf8'));
  expect(sent.version).toBe(5);
  expect(sent.plan.edits[ids[0]!]).toMatchObject({by: 'partner', name: 'Bee Ltd'});

  // A hostile file of the same partnership is refused exactly as an import is: no comparison, nothing changed.
  const input = lead.getByTestId('plan-file-input');
  const hostile = structuredClone(sent);
  hostile.plan.lines[ids[2]!].note = 'evil \u202E txt';
  await input.setInputFiles({
    name: 'hostile.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(hostile)),
  });
  await expect(lead.getByTestId('planner-import-error')).toContainText('使用できない文字列');
  await expect(lead.getByTestId('planner-compare')).toHaveCount(0);
  await input.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "saas-partnership-plan", "version": 4, "plan": {'),
  });
  await expect(lead.getByTestId('planner-import-error')).toContainText('JSONではない');
  await expect(lead.getByTestId('planner-compare')).toHaveCount(0);

  // The lead opens the partner's file: a comparison, in Japanese, with nothing of the lead's plan changed yet.
  const before = await savedPlan(lead);
  await input.setInputFiles({name: download.suggestedFilename(), mimeType: 'application/json', buffer: fileBytes});
  const compare = lead.getByTestId('planner-compare');
  await expect(compare).toBeVisible();
  await expect(compare.getByRole('heading', {name: '相手のプランとの比較'})).toBeVisible();
  await expect(compare).toContainText('変更点：3件');
  const changeOf = (id: string, field: string) => compare.locator(`[data-change="line|${id}|${field}"]`);
  await expect(changeOf(ids[0]!, 'status')).toContainText('未着手');
  await expect(changeOf(ids[0]!, 'status')).toContainText('済');
  await expect(changeOf(ids[1]!, 'owner')).toContainText('連携先の事業者（Bee Ltd）');
  await expect(changeOf(ids[2]!, 'note')).toContainText('SLA 99.9% <to confirm>');
  // who changed each line, from the partner's plan
  await expect(compare.locator(`[data-compare-line="${ids[0]}"]`)).toContainText(
    '最終更新（相手のプラン）：連携先の事業者（Bee Ltd）',
  );
  await expect.poll(() => savedPlan(lead)).toEqual(before);
  await withoutTransitions(lead);
  expect(await axeViolations(lead, '', '[data-testid="planner-compare"]')).toEqual([]);

  await lead.screenshot({path: 'test-results/compare-1280.png', fullPage: false, clip: undefined});
  await compare.screenshot({path: 'test-results/compare-panel-1280.png'});
  await lead.setViewportSize({width: 390, height: 844});
  await compare.screenshot({path: 'test-results/compare-panel-390.png'});
  const overflow = await lead.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await lead.setViewportSize({width: 1280, height: 720});

  // takes two, keeps one
  await changeOf(ids[0]!, 'status').getByRole('radio', {name: '相手のものを採用'}).check();
  await changeOf(ids[2]!, 'note').getByRole('radio', {name: '相手のものを採用'}).check();
  await changeOf(ids[1]!, 'owner').getByRole('radio', {name: '自分のものを残す'}).check();
  await expect(compare).toContainText('決定済み：3 / 3件');
  await compare.getByRole('button', {name: '決定をプランに反映する'}).click();
  await expect(compare).toHaveCount(0);
  await expect(lead.getByTestId('planner-notice')).toContainText('相手のものを採用：2件、自分のものを残す：1件');
  await expect(line(lead, ids[0]!).getByLabel('状況')).toHaveValue('done');
  await expect(line(lead, ids[1]!).getByLabel('担当')).not.toHaveValue('partner');
  await expect(line(lead, ids[2]!).getByRole('textbox')).toHaveValue('SLA 99.9% <to confirm>');

  // the decision can be undone, and made again
  await lead.getByRole('button', {name: '元のプランに戻す'}).click();
  await expect(line(lead, ids[0]!).getByLabel('状況')).not.toHaveValue('done');
  await input.setInputFiles({name: download.suggestedFilename(), mimeType: 'application/json', buffer: fileBytes});
  await changeOf(ids[0]!, 'status').getByRole('radio', {name: '相手のものを採用'}).check();
  await changeOf(ids[2]!, 'note').getByRole('radio', {name: '相手のものを採用'}).check();
  await changeOf(ids[1]!, 'owner').getByRole('radio', {name: '自分のものを残す'}).check();
  // applied and sent back in one action: one line (the owner kept) differs from what the partner sent
  const roundtrip = lead.getByTestId('planner-roundtrip');
  await roundtrip.getByRole('button', {name: '決定を反映して相手に送り返す'}).click();
  await expect(compare).toHaveCount(0);
  await expect(line(lead, ids[0]!).getByLabel('状況')).toHaveValue('done');
  const sendBack = roundtrip.getByTestId('planner-send-back');
  await expect(sendBack).toContainText('相手のプランを最後に受け取ってから、あなたの側で変更した項目：1件');
  const back = await sendBack.getByLabel('相手に送るリンク').inputValue();
  await lead.screenshot({path: 'test-results/compare-sent-1280.png'});

  // The partner opens the link: the same partnership, so a comparison of the one line; takes it.
  await partner.goto('about:blank');
  await openPlanner(partner, `/en/planner${new URL(back).hash}`);
  const partnerCompare = partner.getByTestId('planner-compare');
  await expect(partnerCompare).toContainText('Changes: 1');
  await partner.setViewportSize({width: 390, height: 844});
  await partnerCompare.screenshot({path: 'test-results/compare-panel-390-en.png'});
  await partner.setViewportSize({width: 1280, height: 720});
  await partnerCompare.getByRole('button', {name: 'Take all theirs'}).click();
  await partnerCompare.getByRole('button', {name: 'Apply the decisions to my plan'}).click();
  await expect(partnerCompare).toHaveCount(0);

  // Both end with the same plan.
  await expect.poll(async () => answers(await savedPlan(partner))).toEqual(answers(await savedPlan(lead)));
  const leadPlan = await savedPlan(lead);
  expect(Object.keys(leadPlan.lines).sort()).toEqual([...ids].sort().filter((id) => id !== ids[1]));
  expect(leadProblems).toEqual([]);
  expect(partnerProblems).toEqual([]);
});

test('a plan whose link would pass about 8,000 characters leaves as a file, with a message', async ({page}) => {
  await leadPlans(page);
  // notes that do not compress: a fixed pseudo-random sequence of kanji
  let seed = 7;
  const noise = (n: number) =>
    Array.from({length: n}, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return String.fromCharCode(0x4e00 + (seed % 2000));
    }).join('');
  for (let i = 0; i < 3; i++) {
    const line = page.locator('[data-line]').nth(i);
    await line.getByRole('button', {name: /^メモを追加/}).click();
    await line.getByRole('textbox').fill(noise(1500));
  }
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', {name: '共有リンクを作成'}).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/^医療連携プラン-plan-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.getByTestId('planner-import-error')).toContainText('約8,000文字');
  await expect(page.getByLabel('共有リンク', {exact: true})).toHaveCount(0);
  // sending back does the same
  const [again] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', {name: '相手に送り返す'}).click(),
  ]);
  expect(JSON.parse(readFileSync((await again.path())!, 'utf8')).version).toBe(5);
  await expect(page.getByTestId('planner-send-back')).toContainText('プランファイル（JSON）を保存しました');
});
