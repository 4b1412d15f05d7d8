/**
 * Issue 11, done when: the officer's core flow works wherever officers get the app. This spec runs in three
 * projects (playwright.config.ts): the loopback server, an intranet address over plain http under a sub-path,
 * and nianbao.html opened from disk. New draft → type in 三 → reload keeps it → print to PDF → export → import
 * in a fresh browser → the same values. And 汇总 (issue 15): units' files read in workers, or on the page from disk.
 */
import { readFileSync } from 'node:fs';
import { PrintPageModel } from './pages/print';
import { GridPageModel } from './pages/grid';
import { TransferModel } from './pages/transfer';
import { ConsolidateModel, unitDraft, unitFile } from './pages/consolidate';
import { appUrl, expect, test, watchPage } from './test';

const AGENCY = '某某县交通运输局';
const TYPED = { 's3.new.natural': '12', 's3.new.business': '3', 's3.carriedIn.natural': '4' } as const;

test('new draft, type in 三, reload, print to PDF, export, import in a fresh browser: the same values', async ({ page, browser, baseURL }, testInfo) => {
  const grid = new GridPageModel(page);
  const wizard = grid.wizard;
  const id = await wizard.createDraft();
  await wizard.agency.fill(AGENCY);
  await wizard.openStep('s3');
  for (const [cell, text] of Object.entries(TYPED)) await grid.type(cell, text);
  await page.keyboard.press('Tab');
  await expect(grid.total('s3.new.total')).toHaveText('15');
  const expected = Object.fromEntries(Object.entries(TYPED).map(([cell, text]) => [cell, Number(text)]));
  await expect.poll(async () => (await wizard.savedDraft())?.values).toEqual(expected);
  expect((await wizard.savedDraft())?.meta.agency).toBe(AGENCY);

  // F5: what was typed is still there, read back from this browser's storage.
  await page.reload();
  for (const [cell, text] of Object.entries(TYPED)) await expect(grid.input(cell)).toHaveValue(text);

  // 打印 → 另存为 PDF: the agency and the figures typed are in it.
  await page.getByRole('link', { name: '打印', exact: true }).click();
  const print = new PrintPageModel(page);
  await expect(print.document).toBeVisible();
  const pdf = await print.savePdf(testInfo, 'core-flow');
  const text = pdf.pages.join('\n');
  expect(text).toContain(AGENCY);
  expect(text).toMatch(/\b15\b/);

  // 导出草稿 from the wizard header.
  await wizard.openStep('s3');
  const transfer = new TransferModel(page);
  const { path } = await transfer.download(page.getByRole('button', { name: '导出草稿', exact: true }), testInfo);
  const file = JSON.parse(readFileSync(path, 'utf8')) as { sha256: string; draft: { id: string; values: Record<string, number> } };
  expect(file.draft.id).toBe(id);
  expect(file.draft.values).toEqual(expected);
  expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);

  // A colleague's browser at the same address: nothing of ours until the file is imported.
  const context = await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', serviceWorkers: 'block' });
  const problems: string[] = [];
  const other = await context.newPage();
  watchPage(other, baseURL ?? '', problems);
  const colleague = new TransferModel(other);
  await colleague.goHome();
  await expect(other.getByRole('table', { name: '草稿列表' })).toHaveCount(0);
  await colleague.importFile(path);
  await expect(other).toHaveURL(new RegExp(`#/draft/${id}/meta$`));
  await expect(other.getByRole('textbox', { name: '机关名称', exact: true })).toHaveValue(AGENCY);
  const imported = await colleague.storedDraft(id);
  expect(imported?.values).toEqual(expected);
  expect((imported?.meta as { agency?: string } | undefined)?.agency).toBe(AGENCY);
  await context.close();
  expect(problems).toEqual([]);
});

// Issue 15: 汇总 reads the units' files in workers where the browser runs them (the app's own address, plain http
// too, where the digest comes from the library), and on the page in nianbao.html from disk (no worker allowed).
test('汇总 of units chosen in the file chooser: the same checks and sums over http, plain http and from disk', async ({ page }, testInfo) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const consolidate = new ConsolidateModel(page);
  const files = [
    await unitFile(unitDraft({ agency: '甲局', values: { 's3.new.natural': 5, 's3.disclosed.natural': 5 } })),
    await unitFile(unitDraft({ agency: '乙局', values: { 's3.new.natural': 7, 's3.disclosed.natural': 7 } })),
  ];
  const tampered = await unitFile(unitDraft({ agency: '丙局', values: { 's3.new.natural': 100, 's3.disclosed.natural': 100 } }));
  const text = tampered.buffer.toString('utf8').replace('"s3.new.natural":100', '"s3.new.natural":1');
  files.push({ ...tampered, buffer: Buffer.from(text, 'utf8') });

  await page.goto(appUrl());
  await page.getByRole('button', { name: '新建汇总报告', exact: true }).click();
  await consolidate.chooseFiles(files);
  await expect(consolidate.units.locator('tbody tr')).toHaveCount(2);
  await expect(consolidate.refused).toContainText('丙局');
  expect((await consolidate.totals())[5]).toBe('12');
  const fromDisk = testInfo.project.name === 'file';
  expect(workers.some((url) => /unitReader\.worker/.test(url))).toBe(!fromDisk);

  await page.getByRole('textbox', { name: '汇总报告的机关名称' }).fill('某县人民政府');
  await page.getByRole('button', { name: '生成汇总', exact: true }).click();
  await expect(page.getByRole('textbox', { name: '机关名称', exact: true })).toHaveValue('某县人民政府');
  await page.getByRole('navigation', { name: '填写步骤' }).getByRole('link', { name: /^三、/ }).click();
  await expect(new GridPageModel(page).input('s3.new.natural')).toHaveValue('12');
});
