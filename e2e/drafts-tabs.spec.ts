/** Issue 4: two tabs on one draft — never a silent last-write-wins; lists follow each other. */
import { DraftsPageModel } from './pages/drafts';
import { WizardPageModel } from './pages/wizard';
import { expect, test } from './test';

test('the second tab on a draft is read-only and says why; it can edit once the first closes', async ({ page, context }) => {
  // Two pages, a close and a reload: give it the time of three tests on a busy machine.
  test.slow();
  const first = new WizardPageModel(page);
  const id = await new DraftsPageModel(page).createBlank();
  await first.agency.fill('甲局');
  await expect.poll(async () => (await first.savedDraft())?.meta.agency).toBe('甲局');

  const other = await context.newPage();
  const second = new WizardPageModel(other);
  await other.goto(`/#/draft/${id}/meta`);
  await expect(other.getByRole('status').filter({ hasText: '正在另一个窗口中编辑' })).toBeVisible();
  await expect(second.agency).toBeDisabled();
  await expect(second.agency).toHaveValue('甲局');

  // What the first tab saves shows in the second.
  await first.agency.fill('甲局办公室');
  await expect(second.agency).toHaveValue('甲局办公室');

  await page.close({ runBeforeUnload: true });
  await expect(other.getByText('正在另一个窗口中编辑')).toHaveCount(0);
  await expect(second.agency).toBeEnabled();
  await second.agency.fill('乙局');
  await expect.poll(async () => (await second.savedDraft())?.meta.agency).toBe('乙局');
  await other.reload();
  await expect(second.agency).toHaveValue('乙局');
  await expect(second.agency).toBeEnabled();
});

test('a change made in one tab shows in the other tab’s drafts list', async ({ page, context }) => {
  const drafts = new DraftsPageModel(page);
  await drafts.goto();
  const other = await context.newPage();
  const otherDrafts = new DraftsPageModel(other);
  await otherDrafts.createBlank();
  const wizard = new WizardPageModel(other);
  await wizard.agency.fill('丙局');
  await expect(drafts.row('丙局')).toHaveCount(1);
  await otherDrafts.goto();
  await otherDrafts.action('丙局', '删除');
  await expect(drafts.row('丙局')).toHaveCount(0);
  await expect(drafts.trash).toContainText('丙局');
});

test('the list will not rename, delete or restore a draft another window is editing', async ({ page, context }) => {
  test.slow();
  const wizard = new WizardPageModel(page);
  await new DraftsPageModel(page).createBlank();
  await wizard.agency.fill('丁局');
  await expect.poll(async () => (await wizard.savedDraft())?.meta.agency).toBe('丁局');

  const other = await context.newPage();
  const list = new DraftsPageModel(other);
  await list.goto();
  await list.action('丁局', '删除');
  await expect(list.message).toContainText('正在另一个窗口中编辑');
  await expect(list.row('丁局')).toHaveCount(1);

  await page.close({ runBeforeUnload: true });
  await list.action('丁局', '删除');
  await expect(list.message).toContainText('已移入回收站');
  await expect(list.row('丁局')).toHaveCount(0);
});
