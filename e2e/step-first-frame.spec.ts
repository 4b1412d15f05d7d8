/**
 * Issue 16 (ready): a step opened at its address shows the grid before the whole report is checked; the check then
 * follows by itself, and each cell is still described by its group (one shared description per group).
 */
import { cellsOf, format2021 } from '../src/format';
import { GridPageModel } from './pages/grid';
import { appUrl, expect, test } from './test';

const s3Title = format2021.sections.find((section) => section.id === 's3')?.title ?? '';
const stateSecretBusiness = cellsOf(format2021).get('s3.withheld.stateSecret.business');
// 四、结转下年度继续办理: the grid's last row, below the first screen.
const carriedOverNatural = 's3.carriedOver.natural';
const s3Inputs = [...cellsOf(format2021).values()].filter((cell) => cell.table.id === 's3.grid' && !cell.sumOf).length;

interface FirstFrame {
  readonly inputs: number;
  readonly placeholders: number;
  readonly tableHeight: number;
  readonly carriedOverText: string | undefined;
}

/** Installed before the app: what the first frame with the grid's first cell on screen held (issue 16, ready). */
function recordFirstFrame(): void {
  const record = () => {
    const first = document.querySelector('input[data-cell="s3.new.natural"]');
    if (!first || first.getClientRects().length === 0) {
      requestAnimationFrame(record);
      return;
    }
    const frame: FirstFrame = {
      inputs: document.querySelectorAll('.table-grid input[data-cell]').length,
      placeholders: document.querySelectorAll('[data-placeholder-row]').length,
      tableHeight: document.querySelector('.table-grid table')?.getBoundingClientRect().height ?? 0,
      carriedOverText: document.querySelector('[data-placeholder-row]:last-child .grid-cell-placeholder')?.textContent ?? undefined,
    };
    (window as unknown as { firstFrame: FirstFrame }).firstFrame = frame;
  };
  requestAnimationFrame(record);
}

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

test('a draft reopened at 三 draws its first screen first and the rows below in place a frame later, ready to type', async ({
  page,
}) => {
  const grid = new GridPageModel(page);
  await grid.openNewDraftAt('s3');
  await grid.type(carriedOverNatural, '4');
  await page.keyboard.press('Tab');
  await expect.poll(async () => (await grid.wizard.savedDraft())?.values).toEqual({ [carriedOverNatural]: 4 });

  await page.addInitScript(recordFirstFrame);
  await page.reload();
  const first = (await (
    await page.waitForFunction(() => (window as unknown as { firstFrame?: FirstFrame }).firstFrame)
  ).jsonValue()) as FirstFrame;
  // The first frame: the top rows as cells, the last rows as their placeholders, showing the stored figure.
  expect(first.inputs).toBeGreaterThan(0);
  expect(first.inputs).toBeLessThan(s3Inputs);
  expect(first.placeholders).toBeGreaterThan(0);
  expect(first.carriedOverText).toBe('4');
  // Then every row is cells, in the same place: the table is as high as in the first frame.
  await expect(page.locator('[data-placeholder-row]')).toHaveCount(0);
  await expect(page.locator('.table-grid input[data-cell]')).toHaveCount(s3Inputs);
  expect(await page.locator('.table-grid table').evaluate((table) => table.getBoundingClientRect().height)).toBe(
    first.tableHeight,
  );
  await expect(grid.input(carriedOverNatural)).toHaveValue('4');
  await grid.type(carriedOverNatural, '5');
  await page.keyboard.press('Tab');
  await expect.poll(async () => (await grid.wizard.savedDraft())?.values).toEqual({ [carriedOverNatural]: 5 });
});

test('an address that asks for a cell below the first screen opens with that cell focused', async ({ page }) => {
  const grid = new GridPageModel(page);
  await grid.openNewDraftAt('s3');
  const draftId = grid.wizard.draftId();
  await page.goto(appUrl(`#/draft/${draftId}/s3?cell=${encodeURIComponent(carriedOverNatural)}`));
  // Opened afresh (a link from 校验结果 opened in a new tab, say), not only moved to within the page.
  await page.reload();
  await expect(grid.input(carriedOverNatural)).toBeFocused();
  await expect(page.locator('[data-placeholder-row]')).toHaveCount(0);
});
