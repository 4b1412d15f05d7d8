/**
 * A keystroke in a grid as an officer sees it after issue 16: the cell and its totals in the key's own frame,
 * the rest of the wizard (step list, 校验结果, autosave) right after it without leaving the cell, the cell's
 * findings on leaving it, and a figure typed just before the tab is closed still there when it is opened again.
 */
import { describeFinding, emptyReport, validate } from '../src/engine';
import { stepsOf } from '../src/features/wizard/steps';
import { strings } from '../src/features/wizard/strings.zh-CN';
import { format2021 } from '../src/format';
import { cellInfo, GridPageModel } from './pages/grid';
import { appUrl, expect, test } from './test';

const id = 's3.disclosed.natural';
const stepTitle = stepsOf(format2021).find((step) => step.id === 's3')?.title ?? '';

test('one digit: its totals in the same frame, then the step list, the saved draft and, on leaving, its finding', async ({ page }) => {
  const grid = new GridPageModel(page);
  await grid.openNewDraftAt('s3');
  const step = grid.wizard.stepLink(stepTitle);
  await expect(step).toHaveAccessibleDescription(strings.status.notStarted);

  const input = grid.input(id);
  await input.click();
  // Watch the totals from the keydown on: both must read 7 before the frame after the key is painted.
  await page.evaluate(() => {
    const bench = { seen: 'not yet' };
    (window as unknown as { __key: typeof bench }).__key = bench;
    window.addEventListener(
      'keydown',
      () => {
        requestAnimationFrame(() => {
          const row = document.getElementById('cell-s3.disclosed.total')?.textContent;
          const column = document.getElementById('cell-s3.handledTotal.natural')?.textContent;
          bench.seen = `${row}/${column}`;
        });
      },
      { once: true },
    );
  });
  await page.keyboard.press('7');
  await expect.poll(() => page.evaluate(() => (window as unknown as { __key: { seen: string } }).__key.seen)).toBe('7/7');
  await expect(grid.total('s3.disclosed.total')).toHaveText('7');

  // Still in the cell: the step list follows and the draft is saved.
  await expect(input).toBeFocused();
  await expect(step).toHaveAccessibleDescription(/有错误 \d+|填写中/);
  await expect.poll(async () => (await grid.wizard.savedDraft())?.values[id]).toBe(7);

  // Leaving the cell shows the balance finding of its column's （七）总计, computed from what was typed.
  await page.keyboard.press('Tab');
  const report = { ...emptyReport(), values: { [id]: 7 } };
  const balance = validate(report).find(
    (finding) => finding.ruleId === 'T3-BAL' && finding.cells.includes('s3.handledTotal.natural'),
  );
  expect(balance).toBeDefined();
  await expect(grid.wizard.findings).toContainText(describeFinding(balance!, '2021'));
});

test('a digit typed and the tab closed straight after the key is there when the draft is opened again', async ({ page, context }) => {
  const grid = new GridPageModel(page);
  await grid.openNewDraftAt('s3');
  const draftUrl = page.url();
  const input = grid.input('s3.new.natural');
  await input.click();
  await page.keyboard.press('4');
  await page.keyboard.press('2');
  await page.close({ runBeforeUnload: true });

  const again = await context.newPage();
  await again.goto(appUrl());
  await again.goto(draftUrl);
  const reopened = new GridPageModel(again);
  await expect(reopened.input('s3.new.natural')).toHaveValue('42');
  await expect(reopened.total('s3.new.total')).toHaveText('42');
  expect(cellInfo('s3.new.natural').kind).toBe('count');
});
