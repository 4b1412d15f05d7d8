/**
 * The wizard frame (issue 3): steps as URLs with Back/Forward, 基本信息, the step list's statuses,
 * findings shown when a cell is left or on 检查, links that focus the cell, and accepted warnings.
 */
import { format2021 } from '../src/format';
import { DraftsPageModel, seedDrafts } from './pages/drafts';
import { WizardPageModel } from './pages/wizard';
import { expect, test } from './test';

const titleOf = (id: string): string => {
  const section = format2021.sections.find((candidate) => candidate.id === id);
  if (!section) throw new Error(`no section ${id}`);
  return `${section.number}、${section.title}`;
};

const grid3 = format2021.sections[2].tables[0];
const newRow = grid3.rows[0];
const natural = grid3.columns[0];
const totalColumn = grid3.columns.at(-1);
const newNatural = `${newRow.label} ${natural.label}`;

test('steps follow the format; Back and Forward move between them; a link opens a step', async ({ page }) => {
  const wizard = new WizardPageModel(page);
  const id = await wizard.createDraft();
  await expect(wizard.nav.getByRole('link')).toHaveText([
    '基本信息',
    ...format2021.sections.map((section) => titleOf(section.id)),
    '检查与预览',
  ]);
  await wizard.next();
  await expect(page).toHaveURL(new RegExp(`#/draft/${id}/s1$`));
  await expect(wizard.stepHeading).toHaveText(titleOf('s1'));
  await expect(wizard.stepHeading).toBeFocused();
  await wizard.next();
  await expect(wizard.stepHeading).toHaveText(titleOf('s2'));
  await page.goBack();
  await expect(wizard.stepHeading).toHaveText(titleOf('s1'));
  await page.goBack();
  await expect(wizard.stepHeading).toHaveText('基本信息');
  await page.goForward();
  await expect(wizard.stepHeading).toHaveText(titleOf('s1'));
  await wizard.previous();
  await expect(wizard.stepHeading).toHaveText('基本信息');
  await expect(page.getByRole('button', { name: '上一步' })).toHaveCount(0);

  await wizard.stepLink(titleOf('s4')).click();
  await expect(page).toHaveURL(new RegExp(`#/draft/${id}/s4$`));
  await expect(wizard.stepLink(titleOf('s4'))).toHaveAttribute('aria-current', 'step');

  // A link from elsewhere (a bookmark, a colleague) opens the step directly.
  await page.goto(`/#/draft/${id}/s5`);
  await expect(wizard.stepHeading).toHaveText(titleOf('s5'));
  await expect(wizard.text('存在的主要问题及改进情况')).toBeVisible();
  await page.goto(`/#/draft/${id}/review`);
  await expect(wizard.stepHeading).toHaveText('检查与预览');
  await expect(page.getByRole('button', { name: '下一步' })).toHaveCount(0);
  // Each section of the read-only summary has a 修改 link back to its step.
  await page.getByRole('link', { name: `修改${titleOf('s3')}` }).click();
  await expect(wizard.stepHeading).toHaveText(titleOf('s3'));
  await page.goBack();
  await expect(wizard.stepHeading).toHaveText('检查与预览');
  await expect(page.getByRole('link', { name: '打印预览' })).toHaveAttribute('href', `#/draft/${id}/print`);

  await page.goto(`/#/draft/${id}/nowhere`);
  await expect(wizard.stepHeading).toHaveText('找不到这个步骤。');
  await page.getByRole('link', { name: '从基本信息开始' }).click();
  await expect(wizard.stepHeading).toHaveText('基本信息');
  await page.goto('/#/draft/no-such-draft/s1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这份草稿，它可能已被删除。');
});

test('each step shows what the official instructions ask, in a panel the officer can fold away', async ({ page }) => {
  const wizard = new WizardPageModel(page);
  await wizard.createDraft();
  await wizard.openStep('s3');
  const guidance = page.getByText(format2021.sections[2].guidance);
  await expect(guidance).toBeVisible();
  await page.getByText('填写说明').click();
  await expect(guidance).toBeHidden();
  // Folded, it stays folded on the next step; unfolded again, it shows there.
  await wizard.next();
  await expect(page.getByText(format2021.sections[3].guidance)).toBeHidden();
  await page.getByText('填写说明').click();
  await expect(page.getByText(format2021.sections[3].guidance)).toBeVisible();
});

test('基本信息: last year by default, the format follows the year, unsupported years are explained, all kept', async ({ page }) => {
  const wizard = new WizardPageModel(page);
  await wizard.createDraft();
  // The fixed clock is January 2026: the report being written is 2025's.
  await expect(wizard.year).toHaveValue('2025');
  await expect(page.getByText(`按年度适用的格式：${format2021.name}`)).toBeVisible();
  await expect(wizard.stepLink('基本信息').locator('..')).toContainText('填写中');

  await wizard.agency.fill('濮阳市工业和信息化局');
  await expect(wizard.stepLink('基本信息').locator('..')).toContainText('已完成');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('濮阳市工业和信息化局2025年政府信息公开工作年度报告');
  // A pasted name longer than the draft can keep is shown, flagged and not written; shortening it writes it again.
  await wizard.agency.fill(`濮阳市工业和信息化局${'某'.repeat(200)}`);
  await expect(wizard.agency).toHaveAttribute('aria-invalid', 'true');
  await expect(wizard.agency).toHaveAccessibleDescription('机关名称最多 200 个字，超出的部分没有保存，请删短一些。');
  await expect.poll(async () => (await wizard.savedDraft())?.meta.agency).toBe('濮阳市工业和信息化局');
  await wizard.agency.fill('濮阳市工业和信息化局');
  await expect(wizard.agency).not.toHaveAttribute('aria-invalid', 'true');

  await wizard.year.fill('2020');
  await expect(page.getByText(/2019 年格式.*暂不支持/)).toBeVisible();
  await expect(wizard.year).toHaveAttribute('aria-invalid', 'true');
  await expect(wizard.stepLink('基本信息').locator('..')).toContainText('有错误 1');
  await wizard.year.fill('2018');
  await expect(page.getByText('2019 年以前的年度报告没有统一的表格格式，本应用不支持。')).toBeVisible();
  await wizard.year.fill('20');
  await expect(page.getByText('请填写四位数的年份，例如 2025')).toBeVisible();
  await wizard.year.fill('２０２４');
  await expect(page.getByText(`按年度适用的格式：${format2021.name}`)).toBeVisible();

  await page.getByRole('checkbox', { name: /打印落款/ }).check();
  await page.getByLabel('成文日期', { exact: true }).fill('2025-01-08');
  await expect.poll(async () => (await wizard.savedDraft())?.meta.closing).toEqual({ enabled: true, date: '2025-01-08' });
  await page.reload();
  await expect(wizard.agency).toHaveValue('濮阳市工业和信息化局');
  await expect(wizard.year).toHaveValue('2024');
  await expect(page.getByRole('checkbox', { name: /打印落款/ })).toBeChecked();
  await expect(page.getByLabel('成文日期', { exact: true })).toHaveValue('2025-01-08');
});

test('typing 3 updates the totals; leaving the cell shows the balance error; the review link focuses the cell', async ({ page }) => {
  const wizard = new WizardPageModel(page);
  const id = await wizard.createDraft();
  await wizard.openStep('s3');
  const cell = wizard.cell(newNatural);
  await cell.click();
  await cell.pressSequentially('3');
  // 总计 is a read-only output (role status) named like an input: row label + 总计.
  await expect(page.getByRole('status', { name: `${newRow.label} ${totalColumn?.label}` })).toHaveText('3');
  // Not on every keystroke: nothing is listed while the officer is still in the cell.
  await expect(wizard.findings.getByRole('listitem')).toHaveCount(0);
  await expect(cell).not.toHaveAttribute('aria-invalid', 'true');

  await page.keyboard.press('Tab');
  const balance = `三、第一项加第二项之和（3）应等于第三项加第四项之和（0），相差 3（${natural.label}）`;
  await expect(cell).toHaveAttribute('aria-invalid', 'true');
  await expect(cell).toHaveAccessibleDescription(new RegExp(balance.replace(/[()（）]/g, '.')));
  await expect(wizard.findings.getByRole('link', { name: `错误：${balance}` })).toBeVisible();
  // The 总计 column's balance follows from the same cell, so it shows too.
  await expect(wizard.findings).toContainText('错误 2 个，提醒 0 个');
  // The step list counts every error of the section: both balances and the (not yet shown) empty cells.
  await expect(wizard.stepLink(titleOf('s3')).locator('..')).toContainText('有错误 3');

  await wizard.stepLink('检查与预览').click();
  await expect(wizard.stepHeading).toHaveText('检查与预览');
  // A section may look finished; the report as a whole says what still holds it back.
  const status = page.getByRole('region', { name: '报告尚未完成' });
  await expect(status).toContainText('错误 4 个'); // two balances, and the empty cells of 三 and of 四
  await expect(status).toContainText('未填写机关名称');
  await expect(status).toContainText(`正文未填写：${titleOf('s1')}、${titleOf('s5')}、${titleOf('s6')}`);
  await expect(page.getByRole('region', { name: '未填写的内容' })).toContainText(`${titleOf('s3')}：143 个格未填写`);
  await wizard.findings.getByRole('link', { name: `错误：${balance}` }).click();
  await expect(page).toHaveURL(new RegExp(`#/draft/${id}/s3$`));
  await expect(wizard.cell(newNatural)).toBeFocused();
  await expect(wizard.cell(newNatural)).toHaveValue('3');
});

test('检查 shows every finding of the step, empty cells included', async ({ page }) => {
  const wizard = new WizardPageModel(page);
  await wizard.createDraft();
  await wizard.openStep('s4');
  await expect(wizard.findings).toContainText('暂未显示问题');
  await wizard.check();
  await expect(wizard.findings.getByRole('link', { name: /四、有 12 个格未填写/ })).toBeVisible();
  await expect(wizard.findings).toContainText('错误 1 个');
});

test('a warning accepted with a written note is kept in the draft and shown on the review step', async ({ page }) => {
  const wizard = new WizardPageModel(page);
  await wizard.createDraft();
  await wizard.openStep('s2');
  const [rules] = format2021.sections[1].tables;
  const normativeDocs = rules.rows[1].label;
  const [issued, repealed, inForce] = rules.columns.map((column) => `${normativeDocs} ${column.label}`) as [string, string, string];
  await wizard.cell(issued).fill('10');
  await wizard.cell(repealed).fill('0');
  await wizard.cell(inForce).fill('2');
  await wizard.cell(issued).focus();
  await wizard.check();
  const warning = wizard.findings.getByRole('listitem').filter({ hasText: '提醒：' });
  await expect(warning).toHaveCount(1);
  await warning.getByRole('button', { name: '接受并说明' }).click();
  await warning.getByRole('textbox', { name: '说明' }).fill('本年有 8 件文件经评估后并入新文件，不单独计入现行有效。');
  await warning.getByRole('button', { name: '保存说明' }).click();
  await expect(warning).toContainText('已说明：本年有 8 件文件经评估后并入新文件');
  await expect(wizard.findings).toContainText('提醒 1 个（已说明 1 个）');
  await expect
    .poll(async () => Object.values((await wizard.savedDraft())?.notes ?? {}).map((note) => note.note))
    .toEqual(['本年有 8 件文件经评估后并入新文件，不单独计入现行有效。']);

  await page.reload();
  await wizard.stepLink('检查与预览').click();
  const notes = page.getByRole('region', { name: '已说明的提醒' });
  await expect(notes).toContainText('本年有 8 件文件经评估后并入新文件，不单独计入现行有效。');
});

test('a figure in the text that disagrees with the table shows at the text and links to the cell', async ({ page }) => {
  const wizard = new WizardPageModel(page);
  const id = await wizard.createDraft();
  await wizard.openStep('s2');
  const [item1] = format2021.sections[1].tables;
  const issued = `${item1.rows[1].label} ${item1.columns[0].label}`;
  await wizard.cell(issued).fill('10');
  await wizard.openStep('s1');
  const text = wizard.text('总体情况');
  await text.fill('2025年，我局共制定规范性文件9项，均在局官网公示与解读。');
  await page.keyboard.press('Tab');
  const item = wizard.findings.getByRole('link', { name: /^提醒：.*写的是 9，而表格.*是 10/ });
  await expect(item).toBeVisible();
  await expect(text).toHaveAccessibleDescription(/写的是 9，而表格.*是 10/);
  await item.click();
  await expect(page).toHaveURL(new RegExp(`#/draft/${id}/s2$`));
  await expect(wizard.cell(issued)).toBeFocused();
});

test('a link to a draft that is gone, or a stored draft that no longer reads back, says so and leads back to the list', async ({ page }) => {
  const wizard = new WizardPageModel(page);
  const id = await wizard.createDraft();
  await expect.poll(async () => (await wizard.savedDraft())?.meta.year).toBe(2025);
  const saved = await wizard.savedDraft();
  await page.goto('/#/draft/no-such-draft/s3');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这份草稿，它可能已被删除。');
  await page.getByRole('link', { name: '返回草稿列表' }).click();
  await expect(page.getByRole('button', { name: '新建草稿', exact: true })).toBeVisible();

  // A record changed behind the app's back (another program, a damaged profile) is refused, not half shown.
  await seedDrafts(page, [{ ...saved, values: { 's3.new.nobody': 1 } }]);
  await page.goto(`/#/draft/${id}/s3`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('这份草稿无法打开');
  await expect(page.getByText('浏览器中保存的这份草稿读不出来：有 1 个表格数值不属于该报告格式的填写项（s3.new.nobody）。可以在「我的草稿」里用它的「版本记录」恢复较早的版本，或导入之前导出的草稿文件。')).toBeVisible();
  await page.getByRole('link', { name: '返回草稿列表' }).click();
  // The list still shows it, so that it can be deleted or its earlier version restored.
  await expect(new DraftsPageModel(page).row('未命名机关2025年政府信息公开工作年度报告')).toHaveCount(1);
});

test('机关名称 typed with a Chinese IME: the candidates never garble the field, the committed name is saved', async ({ page }) => {
  const wizard = new WizardPageModel(page);
  await wizard.createDraft();
  await wizard.agency.click();
  const ime = await page.context().newCDPSession(page);
  // Pinyin in the candidate window, then the chosen words, twice over.
  await ime.send('Input.imeSetComposition', { text: 'puyang', selectionStart: 6, selectionEnd: 6 });
  await expect(wizard.agency).toHaveValue('puyang');
  await ime.send('Input.insertText', { text: '濮阳市' });
  await ime.send('Input.imeSetComposition', { text: 'gongxinju', selectionStart: 9, selectionEnd: 9 });
  await ime.send('Input.insertText', { text: '工业和信息化局' });
  await expect(wizard.agency).toHaveValue('濮阳市工业和信息化局');
  await expect.poll(async () => (await wizard.savedDraft())?.meta.agency).toBe('濮阳市工业和信息化局');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('濮阳市工业和信息化局2025年政府信息公开工作年度报告');
  await page.reload();
  await expect(wizard.agency).toHaveValue('濮阳市工业和信息化局');
});

test('Ctrl+S saves at once and does not open the browser’s “save page” dialog', async ({ page }) => {
  const wizard = new WizardPageModel(page);
  await wizard.createDraft();
  await wizard.openStep('s3');
  await page.evaluate(() => {
    // Seen after every handler: whether something kept the browser from saving the page.
    window.addEventListener('keydown', (event) => {
      if (event.key === 's' && event.ctrlKey) (window as unknown as { savePagePrevented: boolean }).savePagePrevented = event.defaultPrevented;
    });
  });
  const cell = wizard.cell(newNatural);
  await cell.fill('7');
  await page.keyboard.press('Control+s');
  expect(await page.evaluate(() => (window as unknown as { savePagePrevented?: boolean }).savePagePrevented)).toBe(true);
  await expect(cell).toBeFocused();
  await expect.poll(async () => (await wizard.savedDraft())?.values['s3.new.natural']).toBe(7);
  await expect(page.getByText(/^已保存/)).toBeVisible();
});
