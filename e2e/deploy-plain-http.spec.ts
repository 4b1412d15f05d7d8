/**
 * Issue 11: the app on an intranet address over plain http under a sub-path — not a secure context, so the
 * browser gives it no crypto.subtle, crypto.randomUUID, Web Locks, storage manager or service worker. The officer
 * is told once that offline start needs https (or the one-file version, offered for download), and a file
 * exported here carries the digest crypto.subtle computes for the same bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { canonicalJson } from '../src/draft';
import { APP_VERSION, makeEnvelope, readJson, SEED_ID, SEED_PATH, TransferModel } from './pages/transfer';
import type { Draft } from './pages/transfer';
import { GridPageModel } from './pages/grid';
import { appUrl, expect, test } from './test';

test('not a secure context: the browser lacks the secure-only APIs', async ({ page }) => {
  await page.goto(appUrl());
  expect(new URL(page.url()).hostname).not.toMatch(/^(127\.|localhost$)/);
  expect(new URL(page.url()).pathname).not.toBe('/');
  expect(
    await page.evaluate(() => ({
      secure: window.isSecureContext,
      subtle: typeof globalThis.crypto.subtle,
      randomUUID: typeof globalThis.crypto.randomUUID,
      locks: 'locks' in navigator,
      storage: 'storage' in navigator,
      serviceWorker: 'serviceWorker' in navigator,
    })),
  ).toEqual({ secure: false, subtle: 'undefined', randomUUID: 'undefined', locks: false, storage: false, serviceWorker: false });
});

test('the plain-http notice: said once, offers nianbao.html, gone after 知道了 and on the next visit', async ({ page }, testInfo) => {
  await page.goto(appUrl());
  const notice = page.getByRole('complementary', { name: '断网使用说明' });
  await expect(notice).toContainText('这个网址是普通 http 连接，浏览器不允许本应用在断网时启动（需要 https 或本机地址）');
  // Not an error: the page works as usual beside it.
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '新建草稿', exact: true })).toBeEnabled();
  const axe = await new AxeBuilder({ page }).include('.plain-http-notice').analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);

  const downloading = page.waitForEvent('download');
  await notice.getByRole('link', { name: '下载单文件版（nianbao.html）' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('nianbao.html');
  expect(download.url()).toBe(appUrl('nianbao.html'));
  const path = testInfo.outputPath('nianbao.html');
  await download.saveAs(path);
  const html = readFileSync(path, 'utf8');
  expect(html).toMatch(/^<!doctype html>/i);
  expect(html).toMatch(/<script type="module">/);
  expect(html).not.toMatch(/<script[^>]+src=/);

  await notice.getByRole('button', { name: '知道了' }).click();
  await expect(notice).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '我的草稿' })).toBeVisible();
  await expect(notice).toHaveCount(0);
});

test('an envelope exported on plain http carries the digest crypto.subtle computes; one made with crypto.subtle imports here', async ({ page }, testInfo) => {
  const grid = new GridPageModel(page);
  await grid.wizard.createDraft();
  await grid.wizard.agency.fill('某某市生态环境局');
  await grid.wizard.openStep('s3');
  await grid.type('s3.disclosed.natural', '7');
  await page.keyboard.press('Tab');
  await expect.poll(async () => (await grid.wizard.savedDraft())?.values).toEqual({ 's3.disclosed.natural': 7 });
  const transfer = new TransferModel(page);
  const { path } = await transfer.download(page.getByRole('button', { name: '导出草稿', exact: true }), testInfo);
  const file = JSON.parse(readFileSync(path, 'utf8')) as { sha256: string; draft: unknown };
  // Web Crypto's SHA-256 (Node's crypto.subtle, the same API as a secure page's) of the canonical JSON.
  const bytes = new TextEncoder().encode(canonicalJson(file.draft));
  const digest = Buffer.from(await globalThis.crypto.subtle.digest('SHA-256', bytes)).toString('hex');
  expect(file.sha256).toBe(digest);

  // And back: a file whose digest Web Crypto wrote (made here in Node, as a secure page would) verifies on http.
  const fromHttps = testInfo.outputPath('from-https.nianbao.json');
  writeFileSync(fromHttps, JSON.stringify(await makeEnvelope(readJson<Draft>(SEED_PATH), APP_VERSION, '2026-01-15T01:00:00.000Z')));
  await transfer.goHome();
  await transfer.importFile(fromHttps);
  await expect(page).toHaveURL(new RegExp(`#/draft/${SEED_ID}/meta$`));
  await expect(grid.wizard.agency).toHaveValue('濮阳市工业和信息化局');
});
