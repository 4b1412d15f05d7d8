/**
 * Issue 11: with crypto.randomUUID, crypto.subtle, navigator.locks and navigator.storage taken away before the
 * app loads (as on an intranet host over plain http), an officer still creates a draft, types, has it saved,
 * exports it and imports it in a fresh browser without them — and the file's digest is Web Crypto's.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';
import { canonicalJson } from '../src/draft';
import { GridPageModel } from './pages/grid';
import { TransferModel } from './pages/transfer';
import { expect, test, watchPage } from './test';

/** Runs before any script of the page: the secure-context-only APIs are gone. */
async function withoutSecureApis(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    Object.defineProperty(globalThis.crypto, 'subtle', { value: undefined, configurable: true });
    Reflect.deleteProperty(Crypto.prototype, 'randomUUID');
    Reflect.deleteProperty(Navigator.prototype, 'locks');
    Reflect.deleteProperty(Navigator.prototype, 'storage');
  });
}

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const missing = () => ({
  subtle: globalThis.crypto.subtle === undefined,
  randomUUID: !('randomUUID' in globalThis.crypto),
  locks: !('locks' in navigator),
  storage: !('storage' in navigator),
});

test('without randomUUID, subtle, locks and storage: create, save, export, import', async ({ page, browser, baseURL }, testInfo) => {
  await withoutSecureApis(page.context());
  const grid = new GridPageModel(page);
  const id = await grid.wizard.createDraft();
  expect(await page.evaluate(missing)).toEqual({ subtle: true, randomUUID: true, locks: true, storage: true });
  expect(id).toMatch(UUID_V4);
  await grid.wizard.agency.fill('某某区审计局');
  await grid.wizard.openStep('s3');
  await grid.type('s3.new.natural', '21');
  await page.keyboard.press('Tab');
  await expect.poll(async () => (await grid.wizard.savedDraft())?.values).toEqual({ 's3.new.natural': 21 });
  await page.reload();
  await expect(grid.input('s3.new.natural')).toHaveValue('21');

  const transfer = new TransferModel(page);
  const { path } = await transfer.download(page.getByRole('button', { name: '导出草稿', exact: true }), testInfo);
  const file = JSON.parse(readFileSync(path, 'utf8')) as { sha256: string; draft: { id: string; values: unknown } };
  const bytes = new TextEncoder().encode(canonicalJson(file.draft));
  expect(file.sha256).toBe(Buffer.from(await globalThis.crypto.subtle.digest('SHA-256', bytes)).toString('hex'));
  expect(file.draft).toMatchObject({ id, values: { 's3.new.natural': 21 } });

  // The drafts list's 存储 panel cannot ask the browser: it says so rather than failing.
  await transfer.goHome();
  const storage = page.getByRole('region', { name: '存储', exact: true });
  await expect(storage.getByRole('definition')).toHaveText(['浏览器未提供', '浏览器未提供', '浏览器未提供']);

  const context = await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', serviceWorkers: 'block' });
  await withoutSecureApis(context);
  const problems: string[] = [];
  const other = await context.newPage();
  watchPage(other, baseURL ?? '', problems);
  const colleague = new TransferModel(other);
  await colleague.goHome();
  expect(await other.evaluate(missing)).toEqual({ subtle: true, randomUUID: true, locks: true, storage: true });
  await colleague.importFile(path);
  await expect(other).toHaveURL(new RegExp(`#/draft/${id}/meta$`));
  await expect(other.getByRole('textbox', { name: '机关名称', exact: true })).toHaveValue('某某区审计局');
  expect((await colleague.storedDraft(id))?.values).toEqual({ 's3.new.natural': 21 });
  // 复制 makes a new id too, without randomUUID.
  await colleague.goHome();
  await other.getByRole('table', { name: '草稿列表' }).getByRole('row').filter({ hasText: '某某区审计局' }).getByRole('button', { name: '复制', exact: true }).click();
  await expect(other.getByRole('table', { name: '草稿列表' }).getByRole('row')).toHaveCount(3);
  const ids = (await colleague.records()).drafts.map((draft) => draft.id);
  expect(ids).toHaveLength(2);
  for (const each of ids) expect(each).toMatch(UUID_V4);
  await context.close();
  expect(problems).toEqual([]);
});

test('as in Chromium 86 — no structuredClone, Array#at, Object.hasOwn — the app fills them in and works', async ({ page }, testInfo) => {
  await page.addInitScript(() => {
    Reflect.deleteProperty(globalThis, 'structuredClone');
    Reflect.deleteProperty(Array.prototype, 'at');
    Reflect.deleteProperty(String.prototype, 'at');
    Reflect.deleteProperty(Object, 'hasOwn');
  });
  const grid = new GridPageModel(page);
  await grid.wizard.createDraft();
  // The app's own versions (src/app/legacyApis.ts) stand in.
  const filledIn = () => [structuredClone, Array.prototype.at, Object.hasOwn].map((api) => !String(api).includes('[native code]'));
  expect(await page.evaluate(filledIn)).toEqual([true, true, true]);
  expect(await page.evaluate(() => [structuredClone({ a: [1] }), [1, 2].at(-1), Object.hasOwn({ a: 1 }, 'a')])).toEqual([{ a: [1] }, 2, true]);
  await grid.wizard.agency.fill('某某镇人民政府');
  await grid.wizard.openStep('s3');
  await grid.type('s3.new.natural', '5');
  await page.keyboard.press('Tab');
  await expect(grid.total('s3.new.total')).toHaveText('5');
  await expect.poll(async () => (await grid.wizard.savedDraft())?.values).toEqual({ 's3.new.natural': 5 });
  const transfer = new TransferModel(page);
  const { path } = await transfer.download(page.getByRole('button', { name: '导出草稿', exact: true }), testInfo);
  expect((JSON.parse(readFileSync(path, 'utf8')) as { draft: { values: unknown } }).draft.values).toEqual({ 's3.new.natural': 5 });
  const records = await transfer.records();
  expect(records.revisions.map((revision) => revision.reason)).toContain('export');
  await transfer.goHome();
  await page.getByRole('table', { name: '草稿列表' }).getByRole('row').filter({ hasText: '某某镇人民政府' }).getByRole('button', { name: '复制', exact: true }).click();
  await expect(page.getByRole('table', { name: '草稿列表' }).getByRole('row')).toHaveCount(3);
});
