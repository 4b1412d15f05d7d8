// Hand-over end to end (issue 6): export the seed draft, check the file with the command-line checker,
// import it in a fresh browser; import a changed copy over the local draft and try each of the three choices.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { APP_VERSION, cellsOf, format2021, makeEnvelope, readJson, SEED_ID, SEED_PATH, TransferModel } from './pages/transfer';
import type { Draft } from './pages/transfer';

const root = new URL('..', import.meta.url).pathname;
const seed = () => readJson<Draft>(SEED_PATH);
const content = (draft: Record<string, unknown> | Draft | undefined) => {
  const { values, texts, notes, meta } = (draft ?? {}) as Draft;
  return { values, texts, notes, meta };
};

/** Fails on console errors and requests leaving the origin, as the base test does for `page`. */
function guard(page: Page, origin: string, problems: string[]): void {
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`left the origin: ${url}`);
  });
}

test('export the seed draft, check it, import it in a fresh browser: identical', async ({ page, browser, baseURL }, testInfo) => {
  const transfer = new TransferModel(page);
  await transfer.importSeed();
  const before = await transfer.storedDraft(SEED_ID);
  expect(content(before)).toEqual(content(seed()));

  const exportButton = page.getByRole('button', { name: '导出草稿', exact: true });
  const { path } = await transfer.download(exportButton, testInfo);
  expect(basename(path)).toBe('濮阳市工业和信息化局-2021年报草稿-20260115-0930.nianbao.json');
  await expect(page.getByRole('status').filter({ hasText: '已导出' })).toHaveText(
    '已导出“濮阳市工业和信息化局-2021年报草稿-20260115-0930.nianbao.json”，文件内容已核对无误。',
  );

  // The file is the envelope of docs/architecture.md, and the export was recorded after a revision.
  const file = readJson<{ type: string; version: number; app: { version: string }; exportedAt: string; sha256: string; draft: Draft }>(path);
  expect([file.type, file.version, file.app.version, file.exportedAt]).toEqual(['nianbao-draft', 1, APP_VERSION, '2026-01-15T01:30:00.000Z']);
  expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
  const records = await transfer.records();
  expect(records.drafts.find((draft) => draft.id === SEED_ID)?.lastExportedAt).toBe('2026-01-15T01:30:00.000Z');
  expect(records.revisions.filter((revision) => revision.draftId === SEED_ID).map((revision) => revision.reason)).toContain('export');

  const check = spawnSync('npm', ['run', '--silent', 'check', '--', path], { cwd: root, encoding: 'utf8' });
  expect(check.status, check.stdout + check.stderr).toBe(0);
  expect(check.stdout).toContain('错误 0 项');

  // A colleague's browser: nothing of ours, the file dropped onto the page.
  const context = await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', serviceWorkers: 'block' });
  const problems: string[] = [];
  const other = await context.newPage();
  guard(other, new URL(baseURL ?? '').origin, problems);
  const colleague = new TransferModel(other);
  await colleague.goHome();
  await colleague.dropFile(basename(path), readFileSync(path, 'utf8'));
  await expect(other).toHaveURL(new RegExp(`#/draft/${SEED_ID}/meta$`));
  await expect(other.getByRole('textbox', { name: '机关名称', exact: true })).toHaveValue('濮阳市工业和信息化局');
  const imported = await colleague.storedDraft(SEED_ID);
  expect(content(imported)).toEqual(content(before));
  expect(content(imported)).toEqual(content(seed()));
  await context.close();
  expect(problems).toEqual([]);
});

/** A copy of the seed as a colleague changed it: two cells (one cleared) and one text, properly exported. */
async function changedCopy(testInfo: { outputPath: (name: string) => string }): Promise<{ path: string; draft: Draft }> {
  const draft = seed();
  draft.values['s2.normativeDocs.issued'] = 12;
  delete draft.values['s3.new.natural'];
  draft.texts.s5 = '同事修改后的“存在的主要问题及改进情况”。';
  draft.updatedAt = '2026-01-16T08:00:00.000Z';
  const path = testInfo.outputPath('colleague.nianbao.json');
  writeFileSync(path, JSON.stringify(await makeEnvelope(draft, APP_VERSION, '2026-01-16T08:00:00.000Z')));
  return { path, draft };
}

const cellName = (id: string) => cellsOf(format2021).get(id)?.name ?? id;

async function compareChangedCopy(page: Page, testInfo: { outputPath: (name: string) => string }) {
  const transfer = new TransferModel(page);
  await transfer.importSeed();
  await transfer.goHome();
  const before = await transfer.settledDump();
  const changed = await changedCopy(testInfo);
  await transfer.importFile(changed.path);
  await expect(transfer.comparison).toBeVisible();
  expect(await transfer.comparedFields()).toEqual([
    '存在的主要问题及改进情况',
    cellName('s2.normativeDocs.issued'),
    cellName('s3.new.natural'),
  ]);
  // Shown, not yet chosen: nothing local has changed.
  expect(await transfer.dump()).toBe(before);
  return { transfer, changed };
}

test('a changed copy shows exactly the changed fields; 保留两份 adds the file as a second draft', async ({ page }, testInfo) => {
  const { transfer, changed } = await compareChangedCopy(page, testInfo);
  const table = transfer.comparison.getByRole('table', { name: '逐项比较' });
  await expect(table.getByRole('row', { name: /^行政规范性文件/ })).toContainText('1012');
  await transfer.comparison.getByRole('button', { name: '保留两份' }).click();
  await expect(transfer.status).toContainText('已将文件另存为新草稿');
  const { drafts } = await transfer.records();
  expect(drafts).toHaveLength(2);
  expect(content(drafts.find((draft) => draft.id === SEED_ID))).toEqual(content(seed()));
  const copy = drafts.find((draft) => draft.id !== SEED_ID);
  expect(content(copy)).toEqual(content(changed.draft));
  expect(copy?.title).toBe(`${seed().title}（导入）`);
});

test('用文件替换 takes the file; the replaced state comes back from 版本记录', async ({ page }, testInfo) => {
  const { transfer, changed } = await compareChangedCopy(page, testInfo);
  await transfer.comparison.getByRole('button', { name: '用文件替换' }).click();
  await expect(transfer.status).toContainText('已用文件替换本机草稿');
  const records = await transfer.records();
  expect(records.drafts).toHaveLength(1);
  expect(content(records.drafts[0])).toEqual(content(changed.draft));
  const revision = records.revisions.find((candidate) => candidate.reason === 'import');
  expect(content(revision?.draft as Draft)).toEqual(content(seed()));

  // The officer undoes it through the drafts list's 版本记录.
  await transfer.goHome();
  await page.getByRole('row').filter({ hasText: seed().title }).getByRole('button', { name: '版本记录' }).click();
  await page.getByRole('row').filter({ hasText: '导入替换前' }).getByRole('button', { name: '恢复此版本' }).click();
  await expect.poll(async () => content(await transfer.storedDraft(SEED_ID))).toEqual(content(seed()));
});

test('按所选合并 takes only the fields chosen from the file', async ({ page }, testInfo) => {
  const { transfer, changed } = await compareChangedCopy(page, testInfo);
  await transfer.comparison.getByRole('radio', { name: `${cellName('s2.normativeDocs.issued')}：采用文件` }).check();
  await transfer.comparison.getByRole('radio', { name: '存在的主要问题及改进情况：采用文件' }).check();
  await transfer.comparison.getByRole('button', { name: '按所选合并' }).click();
  await expect(transfer.status).toContainText('已按所选合并（采用文件 2 项）');
  const stored = await transfer.storedDraft(SEED_ID);
  const expected = seed();
  expected.values['s2.normativeDocs.issued'] = 12;
  expected.texts.s5 = changed.draft.texts.s5 ?? '';
  expect(content(stored)).toEqual(content(expected));
  const { revisions } = await transfer.records();
  expect(content(revisions.find((revision) => revision.reason === 'import')?.draft as Draft)).toEqual(content(seed()));
});

test('the same file again: nothing differs, nothing changes', async ({ page }) => {
  const transfer = new TransferModel(page);
  await transfer.importSeed();
  await transfer.goHome();
  const before = await transfer.settledDump();
  await transfer.importFile(SEED_PATH);
  await expect(transfer.comparison.getByRole('status')).toHaveText('文件与本机草稿内容相同，没有需要导入的改动。');
  expect(await transfer.dump()).toBe(before);
});

test('导出全部 and 恢复备份 into an emptied browser bring every draft and its revisions back', async ({ page }, testInfo) => {
  const transfer = new TransferModel(page);
  await transfer.importSeed();
  await page.getByRole('button', { name: '导出草稿', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '已导出' })).toBeVisible();
  await transfer.goHome();
  const before = await transfer.records();
  const { path } = await transfer.download(transfer.region.getByRole('button', { name: '导出全部' }), testInfo);
  expect(basename(path)).toBe('年报草稿备份-20260115-0930.nianbao-backup.json');
  await expect(transfer.status).toContainText('已导出全部 1 份草稿');

  await page.evaluate(() => new Promise((resolve) => {
    const request = indexedDB.open('nianbao');
    request.onsuccess = () => {
      const db = request.result;
      const clear = db.transaction(['drafts', 'revisions'], 'readwrite');
      clear.objectStore('drafts').clear();
      clear.objectStore('revisions').clear();
      clear.oncomplete = () => resolve(db.close());
    };
  }));
  await transfer.goHome();
  await transfer.restoreFile(path);
  await expect(page.getByRole('list', { name: '恢复备份' })).toHaveText(`${seed().title}：将新增`);
  await page.getByRole('button', { name: '恢复', exact: true }).click();
  await expect(transfer.status).toHaveText('已从备份恢复 1 份草稿。');
  const after = await transfer.records();
  expect(after.drafts).toEqual(before.drafts);
  const strip = (revisions: Record<string, unknown>[]) => revisions.map(({ id: _id, ...rest }) => rest);
  expect(strip(after.revisions)).toEqual(strip(before.revisions));
});

test('导出草稿 on the drafts list exports that row’s draft and says so in the row', async ({ page }, testInfo) => {
  const transfer = new TransferModel(page);
  await transfer.importSeed();
  await transfer.goHome();
  const row = page.getByRole('row').filter({ hasText: seed().title });
  const { path } = await transfer.download(row.getByRole('button', { name: '导出草稿', exact: true }), testInfo);
  await expect(row.getByRole('status')).toContainText('文件内容已核对无误');
  const file = readJson<{ draft: Draft }>(path);
  expect(content(file.draft)).toEqual(content(seed()));
  expect(file.draft).not.toHaveProperty('deletedAt');
  expect((await transfer.storedDraft(SEED_ID))?.lastExportedAt).toBe('2026-01-15T01:30:00.000Z');
});

test('a draft file dropped on the wizard or the print view is imported on 我的草稿, the open draft kept', async ({ page }, testInfo) => {
  const transfer = new TransferModel(page);
  await transfer.importSeed();
  // A colleague's changed copy dropped while the officer is typing in the wizard: it is compared, not opened by the browser.
  const changed = await changedCopy(testInfo);
  await page.goto(`/#/draft/${SEED_ID}/s1`);
  const overview = page.getByRole('textbox', { name: /总体情况/ });
  await overview.fill('刚刚输入的总体情况。');
  await transfer.dropFile(basename(changed.path), readFileSync(changed.path, 'utf8'));
  await expect(page).toHaveURL(/#\/$/);
  await expect(transfer.comparison).toBeVisible();
  // The comparison shows the local draft as it was the moment the file came: what was typed is in it.
  expect((await transfer.storedDraft(SEED_ID))?.texts).toMatchObject({ s1: '刚刚输入的总体情况。' });
  await transfer.comparison.getByRole('button', { name: '保留两份' }).click();
  await expect(transfer.status).toContainText('已将文件另存为新草稿');

  // A file that is not a draft, dropped on the print view: refused with its reason, nothing written.
  await page.goto(`/#/draft/${SEED_ID}/print`);
  const before = await transfer.dump();
  await transfer.dropFile('notes.txt', '这不是草稿文件');
  await expect(page).toHaveURL(/#\/$/);
  await expect(transfer.refusal).toContainText('不是有效的草稿文件');
  expect(await transfer.dump()).toBe(before);
});
