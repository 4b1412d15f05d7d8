/**
 * Done-when of issue 3: the seed report (濮阳市工业和信息化局 2021) filled completely through the UI —
 * 基本信息, texts, grid values typed, one block pasted, 「其余填 0」 — ends with 0 errors on 检查与预览 and
 * exactly the fixture's values, on screen and as saved.
 */
import { readFileSync } from 'node:fs';
import { format2021, inputCellsOf } from '../src/format';
import { WizardPageModel } from './pages/wizard';
import { expect, test } from './test';

interface SeedDraft {
  meta: { agency: string; year: number };
  values: Record<string, number | string>;
  texts: Record<string, string>;
}

const seed = JSON.parse(
  readFileSync(new URL('./fixtures/2021-puyang-gongxin.json', import.meta.url), 'utf8'),
) as SeedDraft;
const inputs = inputCellsOf(format2021);
const inputsOf = (sectionId: string) => inputs.filter((cell) => cell.sectionId === sectionId);
const valueOf = (id: string): string => {
  const value = seed.values[id];
  if (value === undefined) throw new Error(`the seed has no value for ${id}`);
  return String(value);
};
const titleOf = (id: string) => {
  const section = format2021.sections.find((candidate) => candidate.id === id);
  return section ? `${section.number}、${section.title}` : id;
};

test('the seed report typed, pasted and zero-filled through the wizard shows 0 errors and its own values', async ({ page }) => {
  test.setTimeout(120_000);
  const wizard = new WizardPageModel(page);
  await wizard.createDraft();

  await wizard.agency.fill(seed.meta.agency);
  await wizard.year.fill(String(seed.meta.year));
  await wizard.next();

  await expect(wizard.stepHeading).toHaveText(titleOf('s1'));
  await wizard.text('总体情况').fill(seed.texts.s1 ?? '');
  await wizard.next();

  // 二: every figure typed, key by key.
  await expect(wizard.stepHeading).toHaveText(titleOf('s2'));
  for (const cell of inputsOf('s2')) {
    await wizard.cell(cell.name).click();
    await wizard.cell(cell.name).pressSequentially(valueOf(cell.id));
  }
  await wizard.next();

  // 三: the first row typed, the second pasted as a block from a spreadsheet, the rest 「其余填 0」.
  await expect(wizard.stepHeading).toHaveText(titleOf('s3'));
  const grid = format2021.sections[2].tables[0];
  const [firstRow, secondRow] = grid.rows;
  const rowCells = (rowKey: string) => inputsOf('s3').filter((cell) => cell.row.key === rowKey);
  for (const cell of rowCells(firstRow.key)) {
    await wizard.cell(cell.name).click();
    await wizard.cell(cell.name).pressSequentially(valueOf(cell.id));
  }
  const pasted = rowCells(secondRow.key);
  const [pasteAt] = pasted;
  if (!pasteAt) throw new Error('no second row');
  await wizard.paste(wizard.cell(pasteAt.name), `${pasted.map((cell) => valueOf(cell.id)).join('\t')}\r\n`);
  const dialog = page.getByRole('dialog', { name: '粘贴表格数据' });
  await expect(dialog).toContainText(`将从「${pasteAt.name}」起填入 ${pasted.length} 个格`);
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(page.getByText(`已粘贴 ${pasted.length} 个格。`)).toBeVisible();
  for (const cell of pasted) await expect(wizard.cell(cell.name)).toHaveValue(valueOf(cell.id));
  await page.getByRole('button', { name: '其余填 0' }).click();
  await wizard.next();

  // 四: all zero in the seed.
  await expect(wizard.stepHeading).toHaveText(titleOf('s4'));
  await page.getByRole('button', { name: '其余填 0' }).click();
  await wizard.next();

  await expect(wizard.stepHeading).toHaveText(titleOf('s5'));
  await wizard.text('存在的主要问题及改进情况').fill(seed.texts.s5 ?? '');
  await wizard.next();

  // 六: the seed states no 信息处理费 figures (they are optional); its text is typed.
  await expect(wizard.stepHeading).toHaveText(titleOf('s6'));
  await wizard.text('其他需要报告的事项').fill(seed.texts.s6 ?? '');
  await wizard.next();

  await expect(wizard.stepHeading).toHaveText('检查与预览');
  await expect(wizard.findings).toContainText(/错误 0 个|没有发现问题/);
  await expect(wizard.findings.getByRole('link', { name: /^错误：/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: '报告已可定稿：所有格和正文都已填写，没有错误。' })).toBeVisible();
  for (const section of format2021.sections) {
    await expect(wizard.nav.getByRole('listitem').filter({ hasText: titleOf(section.id) })).toContainText('已完成');
  }

  // The read-only summary shows the fixture's values and texts.
  const summary = page.getByRole('region', { name: '报告内容' });
  await expect(summary).toContainText(seed.meta.agency);
  for (const cell of inputs) {
    if (seed.values[cell.id] === undefined) continue;
    await expect(summary.getByRole('textbox', { name: cell.name, exact: true })).toHaveValue(valueOf(cell.id));
  }
  for (const [sectionId, text] of Object.entries(seed.texts)) {
    const region = summary.getByRole('region', { name: titleOf(sectionId) });
    for (const line of text.split('\n')) await expect(region).toContainText(line);
  }

  // And the draft as saved holds exactly the fixture's figures and texts.
  await expect.poll(async () => (await wizard.savedDraft())?.values).toEqual(seed.values);
  const saved = await wizard.savedDraft();
  expect(saved?.texts).toEqual(seed.texts);
  expect(saved?.meta).toMatchObject(seed.meta);
});
