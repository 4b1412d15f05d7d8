/**
 * Issue 16 (ready): a step opened at its address shows the grid before the whole report is checked; the check then
 * follows by itself, and each cell is still described by its group (one shared description per group).
 */
import { cellsOf, format2021 } from '../src/format';
import { GridPageModel } from './pages/grid';
import { expect, test } from './test';

const s3Title = format2021.sections.find((section) => section.id === 's3')?.title ?? '';
const stateSecretBusiness = cellsOf(format2021).get('s3.withheld.stateSecret.business');

test('a draft reopened at 三 shows its figures, then its step statuses and findings without any action', async ({ page }) => {
  const grid = new GridPageModel(page);
  await grid.openNewDraftAt('s3');
  // 一 + 二 ≠ 三 + 四 in 自然人: a balance error the check must find again after the reload.
  await grid.type('s3.new.natural', '3');
  await page.keyboard.press('Tab');
  await expect.poll(async () => (await grid.wizard.savedDraft())?.values).toEqual({ 's3.new.natural': 3 });

  await page.reload();
  await expect(page.locator('input[data-cell="s3.new.natural"]')).toHaveValue('3');
  const s3Step = grid.wizard.nav.getByRole('listitem').filter({ has: page.getByRole('link', { name: s3Title }) });
  await expect(s3Step).toContainText(/有错误 \d+/);
});

test('each cell of 三 is described by its group, as a screen reader reads it', async ({ page }) => {
  const grid = new GridPageModel(page);
  await grid.openNewDraftAt('s3');
  if (!stateSecretBusiness) throw new Error('s3.withheld.stateSecret.business is not in the format');
  // 1.属于国家秘密 商业企业, in （三）不予公开 and 法人或其他组织: the row's and the column's innermost groups.
  const rowGroup = stateSecretBusiness.row.groups?.at(-1);
  const columnGroup = stateSecretBusiness.column.groups?.at(-1);
  if (!rowGroup || !columnGroup) throw new Error('the cell is no longer in a row group and a column group');
  const cell = page.locator(`input[data-cell="${stateSecretBusiness.id}"]`);
  await expect(cell).toHaveAccessibleName(stateSecretBusiness.name);
  await expect(cell).toHaveAccessibleDescription(new RegExp(rowGroup));
  await expect(cell).toHaveAccessibleDescription(new RegExp(columnGroup));
});
