/**
 * The statistics grid as an officer uses it (issue 3 items 3–5): what typing takes and refuses, keys that
 * move like a spreadsheet, a block pasted from Excel, 其余填 0, totals as typed, the official headers.
 */
import AxeBuilder from '@axe-core/playwright';
import { describeInputProblem } from '../src/engine';
import { cellInfo, GridPageModel } from './pages/grid';
import { expect, test } from './test';

const problem = (id: string, code: Parameters<typeof describeInputProblem>[0]) => {
  const cell = cellInfo(id);
  return describeInputProblem(code, cell.kind, cell.unit);
};

test('count cells take １２ and 1,234, and refuse -1, abc and 2.5 with a message, keeping the text', async ({ page }) => {
  const grid = new GridPageModel(page);
  await grid.openNewDraftAt('s3');
  const natural = grid.input('s3.new.natural');
  const business = grid.input('s3.new.business');
  const total = grid.total('s3.new.total');

  await grid.type('s3.new.natural', '１２');
  await expect(total).toHaveText('12');
  await expect(natural).not.toHaveAttribute('aria-invalid', 'true');
  await grid.type('s3.new.business', '1,234');
  await expect(total).toHaveText('1246');
  // Leaving a cell shows the figure as stored.
  await page.keyboard.press('Tab');
  await expect(natural).toHaveValue('12');
  await expect(business).toHaveValue('1234');

  // Key by key: "2" of "2.5" is a figure the cell takes before "." and "5" make it a fraction.
  for (const [typed, code, stored] of [
    ['-1', 'negative', '1246'],
    ['abc', 'notNumber', '1246'],
    ['2.5', 'fraction', '1236'],
  ] as const) {
    await grid.type('s3.new.natural', typed);
    await expect(natural).toHaveValue(typed);
    await expect(natural).toHaveAttribute('aria-invalid', 'true');
    // Its own message comes first; findings of the cell (the balance, once left) may follow.
    await expect(natural).toHaveAccessibleDescription(new RegExp(`^${problem('s3.new.natural', code)}`));
    await expect(page.getByRole('alert').filter({ hasText: problem('s3.new.natural', code) })).toBeVisible();
    // The stored figure is not changed by what was refused.
    await expect(total).toHaveText(stored);
  }
  await page.keyboard.press('Tab');
  await expect(natural).toHaveValue('2.5');

  // Correcting it takes the figure and clears the message.
  await grid.type('s3.new.natural', '7');
  await expect(total).toHaveText('1241');
  await expect(page.getByText(problem('s3.new.natural', 'fraction'))).toHaveCount(0);
  // What stays is the balance finding revealed when the cell was left (the grid shows what it is given).
  await expect(natural).toHaveAccessibleDescription(/^三、第一项加第二项之和（7）/);

  // Emptying a cell is "not filled", not 0: the total counts what is left.
  await grid.type('s3.new.business', '');
  await page.keyboard.press('Backspace');
  await expect(total).toHaveText('7');

  // The value survives a reload (the draft saved it), refused text does not.
  await page.keyboard.press('Tab');
  await page.reload();
  await expect(grid.input('s3.new.natural')).toHaveValue('7');
  await expect(grid.input('s3.new.business')).toHaveValue('');
});

test('totals follow every keystroke along rows and down to （七）总计', async ({ page }) => {
  const grid = new GridPageModel(page);
  await grid.openNewDraftAt('s3');
  await grid.type('s3.disclosed.natural', '4');
  await grid.type('s3.withheld.stateSecret.natural', '1');
  await grid.type('s3.withheld.stateSecret.business', '2');
  await expect(grid.total('s3.handledTotal.natural')).toHaveText('5');
  await expect(grid.total('s3.handledTotal.business')).toHaveText('2');
  await expect(grid.total('s3.withheld.stateSecret.total')).toHaveText('3');
  await expect(grid.total('s3.handledTotal.total')).toHaveText('7');
  // Key by key: 1 then 15.
  const input = grid.input('s3.disclosed.natural');
  await input.press('End');
  await input.press('5');
  await expect(grid.total('s3.handledTotal.natural')).toHaveText('46');
  // Totals are outputs, not inputs: Tab passes over them.
  await grid.input('s3.withheld.stateSecret.other').focus();
  await page.keyboard.press('Tab');
  await expect(grid.input('s3.withheld.lawForbidden.natural')).toBeFocused();
});

test('Enter and ↓ go down the column, ↑ up, ← → across at the edge of the text', async ({ page }) => {
  const grid = new GridPageModel(page);
  await grid.openNewDraftAt('s3');
  await grid.input('s3.new.natural').click();
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await expect(grid.input('s3.carriedIn.natural')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(grid.input('s3.disclosed.natural')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(grid.input('s3.new.natural')).toBeFocused();
  // The figure arrives selected: typing replaces it, as in a spreadsheet.
  await page.keyboard.type('12');
  await expect(grid.input('s3.new.natural')).toHaveValue('12');
  // Caret at the end of "12": → moves to the next cell; inside the text ← moves the caret only.
  await page.keyboard.press('ArrowRight');
  await expect(grid.input('s3.new.business')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(grid.input('s3.new.natural')).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await expect(grid.input('s3.new.natural')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(grid.input('s3.new.natural')).toBeFocused();
  // Down past the computed （七）总计 row to 四、结转下年度继续办理.
  await grid.input('s3.otherHandling.other.legal').click();
  await page.keyboard.press('Enter');
  await expect(grid.input('s3.carriedOver.legal')).toBeFocused();
  // At the bottom edge Enter stays.
  await page.keyboard.press('Enter');
  await expect(grid.input('s3.carriedOver.legal')).toBeFocused();
});

test('a 3×2 block pasted from Excel asks first, fills the cells, and says what it could not take', async ({ page }) => {
  const grid = new GridPageModel(page);
  await grid.openNewDraftAt('s3');
  const block = '5\t6\n7\t８\n9\t1,000\n';
  const targets = [
    ['s3.disclosed.business', '5'],
    ['s3.disclosed.research', '6'],
    ['s3.partial.business', '7'],
    ['s3.partial.research', '8'],
    ['s3.withheld.stateSecret.business', '9'],
    ['s3.withheld.stateSecret.research', '1000'],
  ] as const;

  // 取消 changes nothing.
  await grid.paste('s3.disclosed.business', block);
  await expect(grid.pasteDialog).toBeVisible();
  await expect(grid.pasteDialog).toContainText(`将从「${cellInfo('s3.disclosed.business').name}」起填入 6 个格`);
  await grid.pasteDialog.getByRole('button', { name: '取消' }).click();
  await expect(grid.pasteDialog).toBeHidden();
  for (const [id] of targets) await expect(grid.input(id)).toHaveValue('');
  await expect(grid.total('s3.handledTotal.total')).toHaveText('');

  // 确定 fills the six cells at once.
  await grid.paste('s3.disclosed.business', block);
  await grid.pasteDialog.getByRole('button', { name: '确定' }).click();
  await expect(grid.pasteDialog).toBeHidden();
  for (const [id, value] of targets) await expect(grid.input(id)).toHaveValue(value);
  await expect(grid.total('s3.handledTotal.total')).toHaveText('1035');
  await expect(page.getByText('已粘贴 6 个格。')).toBeVisible();
  await expect(grid.input('s3.disclosed.business')).toBeFocused();
  // 撤销 puts back what the paste overwrote (here: nothing), and 确定 again brings it back.
  await page.getByRole('button', { name: '撤销', exact: true }).click();
  for (const [id] of targets) await expect(grid.input(id)).toHaveValue('');
  await grid.paste('s3.disclosed.business', block);
  await grid.pasteDialog.getByRole('button', { name: '确定' }).click();
  for (const [id, value] of targets) await expect(grid.input(id)).toHaveValue(value);

  // Values it cannot take are named, one message each; the rest goes in.
  await grid.paste('s3.unable.notHeld.natural', '1\tabc\n-2\t3\n');
  await expect(grid.pasteDialog).toContainText('填入 2 个格');
  await expect(grid.pasteDialog.getByRole('listitem')).toHaveText([
    `「${cellInfo('s3.unable.notHeld.business').name}」粘贴的是“abc”：${problem('s3.unable.notHeld.business', 'notNumber')}`,
    `「${cellInfo('s3.unable.needsCreation.natural').name}」粘贴的是“-2”：${problem('s3.unable.needsCreation.natural', 'negative')}`,
  ]);
  await grid.pasteDialog.getByRole('button', { name: '确定' }).click();
  await expect(grid.input('s3.unable.notHeld.natural')).toHaveValue('1');
  await expect(grid.input('s3.unable.needsCreation.business')).toHaveValue('3');
  await expect(grid.input('s3.unable.notHeld.business')).toHaveValue('');
  await expect(page.getByRole('status').filter({ hasText: '已粘贴 2 个格。' })).toContainText('“abc”');
});

test('其余填 0 fills every empty cell of the grid with 0 and keeps what was typed', async ({ page }) => {
  const grid = new GridPageModel(page);
  await grid.openNewDraftAt('s3');
  await grid.type('s3.new.natural', '3');
  await grid.type('s3.disclosed.natural', '3');
  await grid.fillZeroButton.click();
  await expect(grid.input('s3.new.natural')).toHaveValue('3');
  await expect(grid.input('s3.carriedOver.other')).toHaveValue('0');
  await expect(grid.input('s3.withheld.query.legal')).toHaveValue('0');
  await expect(grid.total('s3.handledTotal.total')).toHaveText('3');
  const empties = await page.locator('input[data-cell^="s3."]').evaluateAll(
    (inputs) => inputs.filter((input) => (input as HTMLInputElement).value === '').length,
  );
  expect(empties).toBe(0);

  // A click too many is undone: 撤销 empties exactly the cells it filled; typing again takes 撤销 away.
  await expect(page.getByRole('status').filter({ hasText: '已将 142 个未填的格填为 0。' })).toBeVisible();
  await page.getByRole('button', { name: '撤销', exact: true }).click();
  await expect(page.getByText('已撤销，表格恢复原样。')).toBeVisible();
  await expect(grid.input('s3.carriedOver.other')).toHaveValue('');
  await expect(grid.input('s3.new.natural')).toHaveValue('3');
  await expect(grid.total('s3.handledTotal.total')).toHaveText('3');
  await expect.poll(async () => Object.keys((await grid.wizard.savedDraft())?.values ?? {}).sort()).toEqual(['s3.disclosed.natural', 's3.new.natural']);
  await grid.fillZeroButton.click();
  await grid.type('s3.carriedOver.other', '1');
  await expect(page.getByRole('button', { name: '撤销', exact: true })).toHaveCount(0);
  await grid.type('s3.carriedOver.other', '0');

  // 六's fee amounts are filled with 0 too (元, a decimal amount).
  await grid.wizard.openStep('s6');
  await grid.fillZeroButton.click();
  await expect(grid.input('s6.fees.noticeAmount')).toHaveValue('0');
  await grid.type('s6.fees.noticeAmount', '12.345');
  await expect(grid.input('s6.fees.noticeAmount')).toHaveAccessibleDescription(problem('s6.fees.noticeAmount', 'tooManyDecimals'));
  await grid.type('s6.fees.noticeAmount', '12.34');
  await expect(grid.input('s6.fees.noticeAmount')).not.toHaveAttribute('aria-invalid', 'true');
});

test('headers are the official ones: 申请人情况 over all, 法人或其他组织 over five; 行政诉讼 over two groups', async ({ page }) => {
  const grid = new GridPageModel(page);
  await grid.openNewDraftAt('s3');
  const header = (name: string) => page.getByRole('columnheader', { name, exact: true });
  await expect(header('申请人情况')).toHaveAttribute('colspan', '7');
  await expect(header('法人或其他组织')).toHaveAttribute('colspan', '5');
  await expect(header('自然人')).toHaveAttribute('rowspan', '2');
  await expect(page.getByRole('rowheader', { name: '三、本年度办理结果', exact: true })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: '（三）不予公开', exact: true })).toHaveAttribute('rowspan', '8');
  // A sub-row cell names its row and column; its group is in the description.
  await expect(grid.input('s3.withheld.stateSecret.business')).toHaveAccessibleName('1.属于国家秘密 商业企业');
  await expect(grid.input('s3.withheld.stateSecret.business')).toHaveAccessibleDescription(
    cellInfo('s3.withheld.stateSecret.business').context,
  );

  await grid.wizard.openStep('s4');
  await expect(header('行政复议')).toHaveAttribute('colspan', '5');
  await expect(header('行政复议')).toHaveAttribute('rowspan', '2');
  await expect(header('行政诉讼')).toHaveAttribute('colspan', '10');
  await expect(header('未经复议直接起诉')).toHaveAttribute('colspan', '5');
  await expect(grid.input('s4.suitAfterReview.pending')).toHaveAccessibleName('复议后起诉 尚未审结');
  await grid.type('s4.review.upheld', '2');
  await grid.type('s4.review.pending', '1');
  await expect(grid.total('s4.review.total')).toHaveText('3');
});

test('an IME composing １２ is neither reformatted nor taken until the composition ends', async ({ page }) => {
  const grid = new GridPageModel(page);
  await grid.openNewDraftAt('s3');
  const input = grid.input('s3.new.natural');
  const total = grid.total('s3.new.total');
  await input.click();
  // What a Chinese IME sends while the candidate window is open, then its commit.
  const ime = await page.context().newCDPSession(page);
  await ime.send('Input.imeSetComposition', { text: '１', selectionStart: 1, selectionEnd: 1 });
  await ime.send('Input.imeSetComposition', { text: '１２', selectionStart: 2, selectionEnd: 2 });
  await expect(input).toHaveValue('１２');
  await expect(total).toHaveText('');
  await ime.send('Input.insertText', { text: '１２' });
  await expect(total).toHaveText('12');
  await expect(input).toHaveValue('１２');
  await page.keyboard.press('Tab');
  await expect(input).toHaveValue('12');
});

test('the grid, a refused figure, findings and the paste dialog have no axe violations', async ({ page }) => {
  test.setTimeout(120_000);
  const grid = new GridPageModel(page);
  await grid.openNewDraftAt('s3');
  const violations = async () =>
    (await new AxeBuilder({ page }).include('.table-grid').analyze()).violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  await grid.type('s3.new.natural', '3');
  await page.keyboard.press('Tab');
  await grid.type('s3.carriedIn.natural', 'abc');
  await expect(grid.input('s3.carriedIn.natural')).toHaveAttribute('aria-invalid', 'true');
  await expect(grid.input('s3.new.natural')).toHaveAttribute('aria-invalid', 'true');
  expect(await violations()).toEqual([]);
  await grid.paste('s3.disclosed.natural', '1\t2\nx\t4\n');
  await expect(grid.pasteDialog).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('二: 万元 amounts take up to 4 decimals; each small table has its own 其余填 0', async ({ page }) => {
  const grid = new GridPageModel(page);
  await grid.openNewDraftAt('s2');
  const fee = cellInfo('s2.fees.amount');
  await grid.type('s2.fees.amount', '0.12345');
  await expect(grid.input('s2.fees.amount')).toHaveAccessibleDescription(new RegExp(`^${problem('s2.fees.amount', 'tooManyDecimals')}`));
  await grid.type('s2.fees.amount', '0.1234');
  await expect(page.getByText(problem('s2.fees.amount', 'tooManyDecimals'))).toHaveCount(0);

  const item1 = grid.grid(cellInfo('s2.rules.issued').table.caption ?? '');
  await expect(item1.getByRole('button', { name: '其余填 0' })).toHaveAccessibleDescription(cellInfo('s2.rules.issued').table.caption ?? '');
  await item1.getByRole('button', { name: '其余填 0' }).click();
  await expect(grid.input('s2.rules.issued')).toHaveValue('0');
  await expect(grid.input('s2.normativeDocs.inForce')).toHaveValue('0');
  // The other tables of 二 are left as they were.
  await expect(grid.input('s2.licensing.decisions')).toHaveValue('');
  await page.keyboard.press('Tab');
  await page.reload();
  await expect(grid.input(fee.id)).toHaveValue('0.1234');
});
