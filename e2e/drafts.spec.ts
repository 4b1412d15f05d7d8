/** Issue 4: autosave, the drafts list and its actions, 回收站, revisions, a failed save, the 存储 panel. */
import { readFileSync } from 'node:fs';
import { cellsOf, format2021 } from '../src/format';
import { DraftsPageModel, draftIdOf, seedDrafts } from './pages/drafts';
import { WizardPageModel } from './pages/wizard';
import { expect, FIXED_NOW, test } from './test';

const seed = JSON.parse(readFileSync(new URL('./fixtures/2021-puyang-gongxin.json', import.meta.url), 'utf8')) as {
  id: string;
  title: string;
  texts: Record<string, string>;
  values: Record<string, unknown>;
};
const naturalNew = cellsOf(format2021).get('s3.new.natural');
const overview = format2021.sections.find((section) => section.id === 's1');

test('typed cell and text survive a reload after 1 s; a value typed just before leaving is there on reopening', async ({ page }) => {
  const drafts = new DraftsPageModel(page);
  const wizard = new WizardPageModel(page);
  const id = await drafts.createBlank();
  await wizard.openStep('s3');
  await wizard.cell(naturalNew!.name).fill('12');
  await wizard.openStep('s1');
  await wizard.text(overview!.title).fill('本年度主动公开政府信息 12 条。');
  await page.waitForTimeout(1000);
  await page.reload();
  await expect(wizard.text(overview!.title)).toHaveValue('本年度主动公开政府信息 12 条。');
  await wizard.openStep('s3');
  await expect(wizard.cell(naturalNew!.name)).toHaveValue('12');

  // Type and leave at once, by the header link, then reopen from the list.
  await wizard.openStep('meta');
  await wizard.agency.pressSequentially('濮阳市工业和信息化局', { delay: 0 });
  await page.getByRole('link', { name: /年报/ }).first().click();
  await expect(drafts.list).toBeVisible();
  await drafts.action('濮阳市工业和信息化局', '打开');
  await expect(page).toHaveURL(new RegExp(`#/draft/${id}/meta$`));
  await expect(wizard.agency).toHaveValue('濮阳市工业和信息化局');
});

test('a figure typed and the page reloaded the same instant is kept, time after time', async ({ page }) => {
  const drafts = new DraftsPageModel(page);
  const wizard = new WizardPageModel(page);
  await drafts.createBlank();
  await wizard.openStep('s3');
  const cell = wizard.cell(naturalNew!.name);
  // Reloading while the save of the cell just left is still under way (F5 straight after Tab).
  for (const value of ['1', '22', '333', '4', '55']) {
    await cell.click();
    await cell.press('ControlOrMeta+a');
    await cell.pressSequentially(value, { delay: 0 });
    await page.keyboard.press('Tab');
    await page.reload();
    await expect(cell).toHaveValue(value);
  }
  // And straight after typing, without leaving the cell.
  await cell.click();
  await cell.press('ControlOrMeta+a');
  await cell.pressSequentially('66', { delay: 0 });
  await page.reload();
  await expect(cell).toHaveValue('66');
});

test('the list shows 机关, 年度, last change and errors; copy, rename, delete to 回收站 and restore', async ({ page }) => {
  const drafts = new DraftsPageModel(page);
  await drafts.goto();
  await seedDrafts(page, [seed]);
  await page.reload();
  const row = drafts.row('濮阳市工业和信息化局2021年政府信息公开工作年度报告');
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('cell')).toContainText(['濮阳市工业和信息化局', '濮阳市工业和信息化局', '2021']);
  await expect(row.getByRole('cell').nth(4)).toHaveText(/无|\d+ 个/);

  await drafts.action(seed.title, '复制');
  await expect(drafts.message).toHaveText(`已复制为「${seed.title}（副本）」。`);
  await expect(drafts.list.getByRole('row')).toHaveCount(3);

  await drafts.action(`${seed.title}（副本）`, '重命名');
  const title = page.getByRole('textbox', { name: '新标题' });
  await title.fill('副本：供核对用');
  await title.press('Enter');
  await expect(drafts.row('副本：供核对用')).toHaveCount(1);

  await drafts.action('副本：供核对用', '删除');
  await expect(drafts.message).toContainText('已移入回收站，30 天内可以恢复');
  await expect(drafts.row('副本：供核对用')).toHaveCount(0);
  const inTrash = drafts.trash.getByRole('row').filter({ hasText: '副本：供核对用' });
  await expect(inTrash).toHaveCount(1);
  await page.reload();
  await expect(inTrash).toHaveCount(1);
  await inTrash.getByRole('button', { name: '恢复' }).click();
  await expect(drafts.row('副本：供核对用')).toHaveCount(1);
  await expect(drafts.trash).toContainText('回收站是空的。');
});

test('回收站 forgets drafts deleted more than 30 days ago', async ({ page }) => {
  const drafts = new DraftsPageModel(page);
  await drafts.goto();
  const day = 24 * 3600 * 1000;
  await seedDrafts(page, [
    { ...seed, id: 'old', title: '31 天前删除的草稿', deletedAt: new Date(FIXED_NOW.getTime() - 31 * day).toISOString() },
    { ...seed, id: 'recent', title: '29 天前删除的草稿', deletedAt: new Date(FIXED_NOW.getTime() - 29 * day).toISOString() },
  ]);
  await page.reload();
  await expect(drafts.trash.getByRole('row').filter({ hasText: '29 天前删除的草稿' })).toHaveCount(1);
  await expect(drafts.trash).not.toContainText('31 天前删除的草稿');
});

test('新建草稿 from last year: same 机关, next year, texts on request, last year kept for the checks', async ({ page }) => {
  const drafts = new DraftsPageModel(page);
  const wizard = new WizardPageModel(page);
  await drafts.goto();
  await seedDrafts(page, [seed]);
  await page.reload();
  const fromLastYear = page.getByRole('group', { name: '从上年草稿开始' });
  await fromLastYear.getByRole('combobox', { name: '上年草稿' }).selectOption({ label: seed.title });
  await fromLastYear.getByRole('checkbox', { name: '同时复制上年的正文' }).check();
  await fromLastYear.getByRole('button', { name: '从上年草稿新建' }).click();
  await expect(page).toHaveURL(/#\/draft\/[^/]+\/meta$/);
  await expect(wizard.agency).toHaveValue('濮阳市工业和信息化局');
  await expect(wizard.year).toHaveValue('2022');
  const saved = (await wizard.savedDraft()) as unknown as {
    values: object;
    texts: Record<string, string>;
    lastYear: { meta: { year: number }; values: Record<string, unknown> };
  };
  expect(saved.values).toEqual({});
  expect(saved.texts.s1).toBe(seed.texts.s1);
  expect(saved.lastYear.meta.year).toBe(2021);
  expect(saved.lastYear.values).toEqual(seed.values);
});

test('revisions: taken while editing, restored, and the restore undone from its snapshot', async ({ page }) => {
  const drafts = new DraftsPageModel(page);
  const wizard = new WizardPageModel(page);
  await drafts.createBlank();
  await wizard.agency.fill('甲局');
  await expect.poll(async () => (await wizard.savedDraft())?.meta.agency).toBe('甲局');
  // Eleven minutes later the officer changes the name again: the state before is kept as a revision.
  await page.clock.setFixedTime(new Date(FIXED_NOW.getTime() + 11 * 60 * 1000));
  await wizard.agency.fill('乙局');
  await expect.poll(async () => (await wizard.savedDraft())?.meta.agency).toBe('乙局');

  await drafts.goto();
  await drafts.action('乙局', '版本记录');
  const rows = drafts.revisions.getByRole('row').filter({ hasText: '自动保存' });
  await expect(rows.filter({ hasText: '甲局' })).toHaveCount(1);
  await rows.filter({ hasText: '甲局' }).getByRole('button', { name: '只读查看' }).click();
  const view = page.getByRole('region', { name: /只读查看/ });
  await expect(view).toContainText('甲局');
  await expect(view.getByRole('textbox')).toHaveCount(0);

  await rows.filter({ hasText: '甲局' }).getByRole('button', { name: '恢复此版本' }).click();
  await expect(drafts.message).toContainText('已恢复到');
  await expect(drafts.row('甲局').getByRole('cell').nth(1)).toHaveText('甲局');

  const undo = drafts.revisions.getByRole('row').filter({ hasText: '恢复前' });
  await expect(undo).toContainText('乙局');
  await undo.getByRole('button', { name: '恢复此版本' }).click();
  await expect(drafts.row('乙局').getByRole('cell').nth(1)).toHaveText('乙局');
  await drafts.action('乙局', '打开');
  await expect(wizard.agency).toHaveValue('乙局');
});

test('a failed save (disk full) is a loud banner that keeps the typing, offers 导出草稿, and closing asks first', async ({ page }) => {
  const drafts = new DraftsPageModel(page);
  const wizard = new WizardPageModel(page);
  await drafts.createBlank();
  await wizard.agency.fill('甲局');
  await expect.poll(async () => (await wizard.savedDraft())?.meta.agency).toBe('甲局');
  // The browser refuses every write from now on, as when the disk is full.
  await page.evaluate(() => {
    const refuse = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = refuse;
    IDBObjectStore.prototype.add = refuse;
  });
  await wizard.agency.fill('甲局办公室');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('保存失败');
  await expect(alert).toContainText('浏览器的存储空间已满');
  await expect(wizard.agency).toHaveValue('甲局办公室');
  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: '导出草稿' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^甲局办公室-2025年报草稿-\d{8}-\d{4}\.nianbao\.json$/);
  const envelope = JSON.parse(await (await import('node:fs/promises')).readFile((await file.path())!, 'utf8'));
  expect(envelope.type).toBe('nianbao-draft');
  expect(envelope.draft.meta.agency).toBe('甲局办公室');
  expect(envelope.draft.id).toBe(draftIdOf(page));

  // Closing the page now would lose the typing: the browser asks first, and staying keeps it.
  const asked = new Promise<string>((resolve) => {
    page.once('dialog', (dialog) => {
      resolve(dialog.type());
      void dialog.dismiss();
    });
  });
  await page.close({ runBeforeUnload: true });
  expect(await asked).toBe('beforeunload');
  expect(page.isClosed()).toBe(false);
  await expect(wizard.agency).toHaveValue('甲局办公室');
});

test('存储 panel: persistence, usage and quota, last export; a reminder after 7 days without export', async ({ page }) => {
  const drafts = new DraftsPageModel(page);
  await drafts.goto();
  await expect(drafts.page.getByText('草稿只保存在本机的这个浏览器中').first()).toBeVisible();
  await seedDrafts(page, [
    { ...seed, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-05T00:00:00.000Z' },
    {
      ...seed,
      id: 'exported',
      title: '已导出的草稿',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-05T00:00:00.000Z',
      lastExportedAt: '2026-01-06T00:00:00.000Z',
    },
  ]);
  await page.reload();
  await expect(drafts.storage).toContainText(/存储状态(持久存储|非持久存储)/);
  await expect(drafts.storage).toContainText(/已用空间[\d.]+ (B|KB|MB)/);
  await expect(drafts.storage).toContainText(/可用上限[\d.]+ (KB|MB|GB)/);
  const exports = drafts.storage.getByRole('table', { name: '各草稿的导出情况' });
  await expect(exports.getByRole('row').filter({ hasText: seed.title })).toContainText('从未导出');
  await expect(exports.getByRole('row').filter({ hasText: '已导出的草稿' })).toContainText('2026/01/06');
  await expect(drafts.row(seed.title)).toContainText('超过 7 天有修改未导出');
  await expect(drafts.row('已导出的草稿')).not.toContainText('超过 7 天有修改未导出');
});

test('the drafts page with its list, 版本记录, 回收站 and 存储 has no accessibility violations (axe)', async ({ page }) => {
  const drafts = new DraftsPageModel(page);
  await drafts.goto();
  await seedDrafts(page, [seed, { ...seed, id: 'binned', title: '已删除的草稿', deletedAt: '2026-01-10T00:00:00.000Z' }]);
  await page.reload();
  await drafts.action(seed.title, '版本记录');
  await expect(drafts.revisions).toBeVisible();
  await expect(drafts.row(seed.title).getByRole('cell').nth(4)).toHaveText(/无|\d+ 个/);
  const { AxeBuilder } = await import('@axe-core/playwright');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`)).toEqual([]);
});
