/**
 * Issue 11: nianbao.html double-clicked from disk (file://). Everything is inside the one file (the base test
 * fails on a request for any other file), its policy allows only its own script and style by hash, and the
 * drafts list — in an IndexedDB origin every page opened from disk shares — shows only this app's drafts and
 * says where they live.
 */
import { readFileSync } from 'node:fs';
import { DraftsPageModel } from './pages/drafts';
import { PublishedPageModel } from './pages/published';
import { WizardPageModel } from './pages/wizard';
import { expect, test } from './test';

test('the one file: a policy of hashes, no service worker, and a drafts list of this app only that says where drafts live', async ({ page }) => {
  const drafts = new DraftsPageModel(page);
  await drafts.goto();
  expect(new URL(page.url()).protocol).toBe('file:');

  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*';/);
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).toContain("connect-src 'none'");
  expect(await page.locator('script[src], link[rel="stylesheet"], link[rel="manifest"]').count()).toBe(0);
  // Offline by nature: no service worker to speak of (Chromium has none for file://), and no notice about one.
  await expect(page.getByText('断网使用说明')).toHaveCount(0);

  await expect(page.getByText(/您是从本机文件打开的单文件版：草稿保存在这个浏览器的“本机文件”存储区中，不在 nianbao\.html 文件里/)).toBeVisible();

  // Another page opened from disk keeps its own "drafts" in the same origin: they are not ours and not listed.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('another-local-page');
        open.onupgradeneeded = () => open.result.createObjectStore('drafts', { keyPath: 'id' });
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('drafts', 'readwrite');
          tx.objectStore('drafts').put({ id: 'x', title: '别的网页的草稿', updatedAt: '2026-01-01T00:00:00.000Z' });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
        };
      }),
  );
  const wizard = new WizardPageModel(page);
  await wizard.createDraft();
  await wizard.agency.fill('某某县民政局');
  await expect.poll(async () => (await wizard.savedDraft())?.meta.agency).toBe('某某县民政局');
  await drafts.goto();
  await page.reload();
  await expect(drafts.list.getByRole('row')).toHaveCount(2);
  await expect(drafts.row('某某县民政局')).toBeVisible();
  await expect(page.getByText('别的网页的草稿')).toHaveCount(0);
});

test('the one file: a published report opened from a .txt file becomes a draft', async ({ page }) => {
  const published = new PublishedPageModel(page);
  const wizard = new WizardPageModel(page);
  const panel = await published.openPanel('导入已发布年报');
  const text = readFileSync(new URL('./fixtures/reports/2021-puyang-gongxinju.txt', import.meta.url));
  await published.file(panel).setInputFiles({ name: '濮阳2021年报.txt', mimeType: 'text/plain', buffer: text });
  await expect(panel.getByRole('status').first()).toHaveText('已读入文件「濮阳2021年报.txt」。');
  await panel.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page).toHaveURL(/#\/draft\/[^/]+\/review$/);
  await wizard.stepLink('二、主动公开政府信息情况').click();
  await expect(wizard.cell('行政规范性文件 本年制发件数')).toHaveValue('10');
  await page.reload();
  await wizard.stepLink('基本信息').click();
  await expect(wizard.agency).toHaveValue('濮阳市工业和信息化局');
});
