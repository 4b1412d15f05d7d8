// 汇总 end to end (issue 15): three units' files (one with an error, one a duplicate) summed into a consolidated
// draft whose every cell equals a hand-computed expectation; each cell's breakdown by unit; one unit's newer file
// replacing only its contribution; the consolidated draft printed and exported like any draft; the units table
// as .xlsx read back; and files refused (bad digest, another year) listed and left out.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test } from './test';
import { ConsolidateModel, dropFiles, unitDraft, unitFile, zeroValues } from './pages/consolidate';
import { seedDrafts } from './pages/drafts';
import { PrintPageModel } from './pages/print';
import { readDraftText, TransferModel } from './pages/transfer';

// 甲局: a clean report. 本年新收 5 + 2, 上年结转 1; 予以公开 4 + 2; 结转下年度 2.
const jia = {
  's3.new.natural': 5,
  's3.new.business': 2,
  's3.carriedIn.natural': 1,
  's3.disclosed.natural': 4,
  's3.disclosed.business': 2,
  's3.carriedOver.natural': 2,
  's2.normativeDocs.issued': 3,
  's2.normativeDocs.inForce': 20,
  's2.fees.amount': '1.2345',
  's4.review.upheld': 1,
  's6.fees.notices': 1,
  's6.fees.noticeAmount': '100.50',
  's6.fees.collected': '100.50',
};
// 乙局: 自然人 本年新收 7 but only 6 handled, nothing carried over: an error (第一项加第二项之和 ≠ 第三项加第四项之和).
const yi = {
  's3.new.natural': 7,
  's3.disclosed.natural': 6,
  's3.new.research': 1,
  's3.unable.notHeld.research': 1,
  's2.normativeDocs.inForce': 8,
  's2.fees.amount': '0.0055',
  's4.suitDirect.corrected': 2,
  's6.fees.noticeAmount': '0.75',
};
// The sums worked out by hand (甲局 + 乙局; the duplicate of 甲局 not counted); every other cell is 0.
const expected = {
  ...zeroValues(),
  's3.new.natural': 12,
  's3.new.business': 2,
  's3.new.research': 1,
  's3.carriedIn.natural': 1,
  's3.disclosed.natural': 10,
  's3.disclosed.business': 2,
  's3.unable.notHeld.research': 1,
  's3.carriedOver.natural': 2,
  's2.normativeDocs.issued': 3,
  's2.normativeDocs.inForce': 28,
  's2.fees.amount': '1.2400',
  's4.review.upheld': 1,
  's4.suitDirect.corrected': 2,
  's6.fees.notices': 1,
  's6.fees.noticeAmount': '101.25',
  's6.fees.collected': '100.50',
};

async function storedDraft(transfer: TransferModel, id: string): Promise<Record<string, unknown>> {
  const draft = await transfer.storedDraft(id);
  if (!draft) throw new Error(`draft ${id} not stored`);
  return draft;
}

test('three units (one with an error, one a duplicate) → 汇总: sums, breakdown, replace one unit, print, export, .xlsx', async ({ page }, testInfo) => {
  const consolidate = new ConsolidateModel(page);
  const transfer = new TransferModel(page);
  const jiaFile = await unitFile(unitDraft({ agency: '甲局', values: jia }), '甲局-2025年报草稿.nianbao.json');
  const yiFile = await unitFile(unitDraft({ agency: '乙局', values: yi }), '乙局-2025年报草稿.nianbao.json');
  const copyFile = { ...jiaFile, name: '甲局-副本.nianbao.json' };

  await consolidate.start();
  await consolidate.chooseFiles([jiaFile, yiFile, copyFile]);
  await expect(consolidate.units.locator('tbody tr')).toHaveCount(3);

  // The duplicate is flagged, the one kept named; 乙局's error is shown and it is counted, with a warning.
  await expect(consolidate.duplicates).toContainText('“甲局”有内容完全相同的多份文件，只计入一份：甲局-2025年报草稿.nianbao.json（保留）、甲局-副本.nianbao.json');
  await expect(consolidate.rowOfFile('甲局-副本.nianbao.json')).toContainText('重复，未计入');
  const rows = await consolidate.rows();
  expect(rows.map((row) => [row[0], row[1], row[2], row[3], row[5], row[6]])).toEqual([
    ['甲局', '2025', '2021年版', '0', '7', '甲局-2025年报草稿.nianbao.json'],
    ['乙局', '2025', '2021年版', rows[1]?.[3], '8', '乙局-2025年报草稿.nianbao.json'],
    ['甲局', '2025', '2021年版', '0', '7', '甲局-副本.nianbao.json'],
  ]);
  const yiErrors = Number(rows[1]?.[3]);
  expect(yiErrors).toBeGreaterThan(0);
  expect(rows[1]?.[7]).toBe(`计入（有 ${yiErrors} 处错误）`);
  await expect(page.getByRole('alert').filter({ hasText: '有 1 个计入的单位本身存在错误' })).toBeVisible();
  expect((await consolidate.totals()).slice(3, 6)).toEqual([String(yiErrors), (await consolidate.totals())[4], '15']);

  // Sorting: by 本年新收 总计, largest first.
  const figureSort = consolidate.units.getByRole('button', { name: '按一、本年新收政府信息公开申请数量 总计排序' });
  await figureSort.click();
  await figureSort.click();
  await expect(consolidate.units.getByRole('columnheader', { name: /本年新收政府信息公开申请数量 总计/ })).toHaveAttribute('aria-sort', 'descending');
  expect((await consolidate.rows()).map((row) => row[5])).toEqual(['8', '7', '7']);

  // The units table as .xlsx, read back with the same library: the same rows and the totals row.
  const shown = await consolidate.rows();
  const { path } = await transfer.download(page.getByRole('button', { name: '导出单位表（Excel）' }), testInfo);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet('汇总单位');
  const sheetRows = (sheet?.getSheetValues() ?? []).slice(2).map((row) => (Array.isArray(row) ? Array.from(row as unknown[]).slice(1).map((value) => String(value ?? '')) : []));
  const byFile = (list: string[][], column: number) => [...list].sort((a, b) => (a[column] ?? '').localeCompare(b[column] ?? ''));
  expect(byFile(sheetRows.slice(0, 3), 6)).toEqual(byFile(shown, 6));
  expect(sheetRows[3]?.slice(0, 6)).toEqual(['合计（计入的单位）', '', '', String(yiErrors), (await consolidate.totals())[4], '15']);
  const grid = workbook.worksheets.find((candidate) => candidate.name.startsWith('三、'));
  expect(grid?.getRow(1).getCell(2).value).toBe('一、本年新收政府信息公开申请数量 自然人');
  expect(grid?.getRow(4).getCell(2).value).toBe(12);

  // 生成汇总: the consolidated draft opens in the wizard; stored values equal the hand-computed sums, texts empty.
  const draftId = await consolidate.generate('某县人民政府');
  const stored = await storedDraft(transfer, draftId);
  expect(stored.values).toEqual(expected);
  expect(stored.texts).toEqual({});
  expect((stored.consolidation as { units: { agency: string; fileName: string; digest: string; addedAt: string }[] }).units.map((unit) => [unit.agency, unit.fileName, unit.addedAt])).toEqual([
    ['甲局', '甲局-2025年报草稿.nianbao.json', '2026-01-15T01:30:00.000Z'],
    ['乙局', '乙局-2025年报草稿.nianbao.json', '2026-01-15T01:30:00.000Z'],
  ]);
  await expect(page.getByRole('textbox', { name: '机关名称', exact: true })).toHaveValue('某县人民政府');

  // 三 in the wizard: every cell (by its data-cell id) shows the expected sum.
  await page.goto(`/#/draft/${draftId}/s3`);
  for (const [id, value] of Object.entries(expected).filter(([id]) => id.startsWith('s3.'))) {
    await expect(page.locator(`input[data-cell="${id}"]`), id).toHaveValue(String(value));
  }
  // The breakdown of the focused cell, reached by keyboard.
  await page.locator('input[data-cell="s3.new.natural"]').focus();
  await expect(consolidate.source).toContainText('来源：一、本年新收政府信息公开申请数量 自然人');
  await expect(consolidate.source.getByRole('listitem')).toHaveText(['甲局：5', '乙局：7']);
  await expect(consolidate.source).toContainText('2 个单位合计：12');
  await page.keyboard.press('Tab');
  await expect(consolidate.source).toContainText('来源：一、本年新收政府信息公开申请数量 商业企业');
  await expect(consolidate.source.getByRole('listitem')).toHaveText(['甲局：2', '乙局：0']);
  // The office's own figure in the 汇总 (not from any unit) is kept through a re-import.
  await page.locator('input[data-cell="s3.carriedIn.business"]').fill('3');
  await page.keyboard.press('Tab');
  await expect.poll(async () => (await storedDraft(transfer, draftId)).values).toMatchObject({ 's3.carriedIn.business': 3 });

  // 乙局 sends a corrected file: compared, then replacing only 乙局's contribution.
  await page.getByRole('link', { name: '汇总单位' }).click();
  await expect(consolidate.units).toBeVisible();
  const yiNewer = await unitFile(
    unitDraft({ agency: '乙局', values: { ...yi, 's3.new.natural': 9, 's3.disclosed.natural': 9, 's2.fees.amount': '0.0105' }, updatedAt: '2026-01-14T02:00:00.000Z' }),
    '乙局-2025年报草稿-更正.nianbao.json',
  );
  await consolidate.chooseFiles([yiNewer]);
  const comparison = page.getByRole('region', { name: '“乙局”已在汇总中：用新文件替换它的数字？' });
  await expect(comparison.getByRole('rowheader')).toHaveText(['行政事业性收费 本年收费金额（单位：万元）', '一、本年新收政府信息公开申请数量 自然人', '（一）予以公开 自然人']);
  await expect(comparison.getByRole('row', { name: /一、本年新收政府信息公开申请数量 自然人/ })).toHaveText(/7\s*9/);
  expect((await storedDraft(transfer, draftId)).values).toMatchObject({ 's3.new.natural': 12 });
  await comparison.getByRole('button', { name: '替换', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '已用新文件替换“乙局”，汇总数已更新。' })).toBeVisible();
  const replaced = await storedDraft(transfer, draftId);
  expect(replaced.values).toEqual({ ...expected, 's3.carriedIn.business': 3, 's3.new.natural': 14, 's3.disclosed.natural': 13, 's2.fees.amount': '1.2450' });
  // The same corrected file again: recognised, not counted twice.
  await consolidate.chooseFiles([{ ...yiNewer, name: '再次发送.nianbao.json' }]);
  await expect(page.getByRole('status').filter({ hasText: '“再次发送.nianbao.json”与已计入的“乙局”内容相同，未重复计入。' })).toBeVisible();
  expect((await storedDraft(transfer, draftId)).values).toEqual(replaced.values);
  expect(((await storedDraft(transfer, draftId)).consolidation as { units: unknown[] }).units).toHaveLength(2);

  // Prints like any draft.
  const print = new PrintPageModel(page);
  await print.open(draftId);
  await expect(print.document.locator('table[data-table="s2.art20_8"]')).toContainText('1.2450');
  const pdf = await print.savePdf(testInfo, 'consolidated');
  const text = pdf.pages.join('').replace(/\s+/g, '');
  expect(text).toContain('某县人民政府');
  expect(text).toContain('101.25');

  // Exports like any draft: the file reads back through the door with the same values and its units.
  await page.goto(`/#/draft/${draftId}/review`);
  const exported = await transfer.download(page.getByRole('button', { name: '导出草稿', exact: true }), testInfo);
  const read = await readDraftText(readFileSync(exported.path, 'utf8'));
  expect(read.ok).toBe(true);
  if (read.ok) {
    expect(read.draft.values).toEqual(replaced.values);
    expect(read.draft.consolidation?.units.map((unit) => unit.fileName)).toEqual(['甲局-2025年报草稿.nianbao.json', '乙局-2025年报草稿-更正.nianbao.json']);
  }
});

test('a file with a bad digest and a unit of another year are listed with their messages and not counted', async ({ page }) => {
  const consolidate = new ConsolidateModel(page);
  const transfer = new TransferModel(page);
  const good = await unitFile(unitDraft({ agency: '甲局', values: jia }), '甲局.nianbao.json');
  const tampered = await unitFile(unitDraft({ agency: '丁局', values: { 's3.new.natural': 50, 's3.disclosed.natural': 50 } }), '丁局.nianbao.json');
  const envelope = JSON.parse(tampered.buffer.toString('utf8')) as { draft: { values: Record<string, number> } };
  envelope.draft.values['s3.new.natural'] = 500;
  const badDigest = { ...tampered, buffer: Buffer.from(JSON.stringify(envelope), 'utf8') };
  const lastYear = await unitFile(unitDraft({ agency: '丙局', year: 2024, values: { 's3.new.natural': 30, 's3.disclosed.natural': 30 } }), '丙局-2024.nianbao.json');

  await consolidate.start();
  await consolidate.chooseFiles([good, badDigest, lastYear]);
  await expect(consolidate.refused.getByRole('listitem')).toHaveText([
    '“丁局.nianbao.json”：文件校验码不符：文件在导出后被修改或已损坏，已拒绝导入。请让对方重新导出。',
  ]);
  await expect(consolidate.units.locator('tbody tr')).toHaveCount(2);
  await expect(consolidate.rowOfFile('丙局-2024.nianbao.json')).toContainText('年度为2024年，与本次汇总的2025年不同，不能计入');
  await expect(consolidate.rowOfFile('丙局-2024.nianbao.json').getByRole('checkbox')).toHaveCount(0);
  expect((await consolidate.totals())[5]).toBe('7');

  const draftId = await consolidate.generate('某县人民政府');
  const stored = await transfer.storedDraft(draftId);
  expect(stored?.values).toEqual({ ...zeroValues(), ...jia });
  expect((stored?.consolidation as { units: { agency: string }[] }).units.map((unit) => unit.agency)).toEqual(['甲局']);
});

test('local drafts and dropped files; a unit with errors left out, and taken back in on the saved 汇总', async ({ page }) => {
  const consolidate = new ConsolidateModel(page);
  const transfer = new TransferModel(page);
  await transfer.goHome();
  await seedDrafts(page, [unitDraft({ agency: '甲局', values: jia }), unitDraft({ agency: '戊局', values: { 's3.new.natural': 3, 's3.disclosed.natural': 3 } })]);
  await page.reload();
  await consolidate.start();
  await page.getByText('本机草稿', { exact: true }).click();
  await page.getByRole('checkbox', { name: '甲局2025年政府信息公开工作年度报告' }).check();
  await page.getByRole('checkbox', { name: '戊局2025年政府信息公开工作年度报告' }).check();
  await page.getByRole('button', { name: '加入所选草稿' }).click();
  await dropFiles(page, [await unitFile(unitDraft({ agency: '乙局', values: yi }), '乙局.nianbao.json')]);
  await expect(consolidate.units.locator('tbody tr')).toHaveCount(3);
  expect((await consolidate.rows()).map((row) => [row[0], row[6]])).toEqual([
    ['甲局', '本机草稿'],
    ['戊局', '本机草稿'],
    ['乙局', '乙局.nianbao.json'],
  ]);

  // 乙局 has errors: the officer leaves it out; the warning goes, the totals row follows.
  const warning = page.getByRole('alert').filter({ hasText: '本身存在错误' });
  await expect(warning).toBeVisible();
  await consolidate.units.getByRole('checkbox', { name: '计入 乙局' }).uncheck();
  await expect(consolidate.rowOfFile('乙局.nianbao.json')).toContainText('未计入（已选择不计入）');
  await expect(warning).toHaveCount(0);
  expect((await consolidate.totals())[5]).toBe('10');

  const draftId = await consolidate.generate('某市某区人民政府');
  const stored = (await transfer.storedDraft(draftId)) as { values: Record<string, unknown>; consolidation: { units: { agency: string; included: boolean; source: string }[] } };
  expect(stored.values['s3.new.natural']).toBe(8);
  expect(stored.values['s3.disclosed.natural']).toBe(7);
  expect(stored.consolidation.units.map((unit) => [unit.agency, unit.included, unit.source])).toEqual([
    ['甲局', true, 'draft'],
    ['戊局', true, 'draft'],
    ['乙局', false, 'file'],
  ]);

  // On the saved 汇总, 乙局 is taken back in: its figures join the sums, nothing else moves.
  await page.getByRole('link', { name: '汇总单位' }).click();
  await consolidate.units.getByRole('checkbox', { name: '计入 乙局' }).check();
  await expect(page.getByRole('status').filter({ hasText: '已把“乙局”计入汇总。' })).toBeVisible();
  const after = (await transfer.storedDraft(draftId)) as { values: Record<string, unknown> };
  expect(after.values).toEqual({ ...stored.values, 's3.new.natural': 15, 's3.disclosed.natural': 13, 's3.new.research': 1, 's3.unable.notHeld.research': 1, 's2.normativeDocs.inForce': 28, 's2.fees.amount': '1.2400', 's4.suitDirect.corrected': 2, 's6.fees.noticeAmount': '101.25' });
});

test('a county’s 105 units: read in workers beside the page, a hundred rows a page, every unit summed', async ({ page }) => {
  const consolidate = new ConsolidateModel(page);
  const transfer = new TransferModel(page);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const count = 105;
  const files = [];
  for (let index = 0; index < count; index += 1) {
    const cases = (index % 7) + 1;
    const agency = `第${String(index + 1).padStart(3, '0')}号单位`;
    files.push(await unitFile(unitDraft({ agency, values: { 's3.new.natural': cases, 's3.disclosed.natural': cases } })));
  }
  const expectedCases = Array.from({ length: count }, (_, index) => (index % 7) + 1).reduce((sum, cases) => sum + cases, 0);

  await consolidate.start();
  // The reading workers start with the 汇总 page (the one-file build reads on the page instead).
  await expect.poll(() => workers.some((url) => /unitReader\.worker/.test(url))).toBe(true);
  await consolidate.chooseFiles(files);

  // A hundred rows on the first page; the totals row counts all 105.
  await expect(consolidate.units.locator('tbody tr')).toHaveCount(100);
  await expect(consolidate.units.locator('tfoot')).toContainText(`共 ${count} 份，计入 ${count} 份，汇总年度 2025 年。`);
  expect((await consolidate.totals())[5]).toBe(String(expectedCases));
  await expect(consolidate.pager).toContainText('第 1–100 份，共 105 份（第 1/2 页）');
  expect((await consolidate.rows())[0]?.[0]).toBe('第001号单位');
  await expect(consolidate.pager.getByRole('button', { name: '上一页' })).toBeDisabled();

  // 下一页 by keyboard: the last five, in the order chosen.
  await consolidate.pager.getByRole('button', { name: '下一页' }).focus();
  await page.keyboard.press('Enter');
  await expect(consolidate.units.locator('tbody tr')).toHaveCount(5);
  await expect(consolidate.pager).toContainText('第 101–105 份，共 105 份（第 2/2 页）');
  expect((await consolidate.rows()).map((row) => row[0])).toEqual(['第101号单位', '第102号单位', '第103号单位', '第104号单位', '第105号单位']);
  await expect(consolidate.pager.getByRole('button', { name: '下一页' })).toBeDisabled();

  // Sorting covers every unit, not only the page shown: 本年新收 largest first puts the 7s on the first page.
  await consolidate.pager.getByRole('button', { name: '上一页' }).click();
  const figureSort = consolidate.units.getByRole('button', { name: '按一、本年新收政府信息公开申请数量 总计排序' });
  await figureSort.click();
  await figureSort.click();
  expect(new Set((await consolidate.rows()).slice(0, 15).map((row) => row[5]))).toEqual(new Set(['7']));

  // 生成汇总: every unit remembered and summed.
  const draftId = await consolidate.generate('某县人民政府');
  const stored = await storedDraft(transfer, draftId);
  expect((stored.values as Record<string, number>)['s3.new.natural']).toBe(expectedCases);
  const units = (stored.consolidation as { units: { agency: string; included: boolean }[] }).units;
  expect(units).toHaveLength(count);
  expect(units.every((unit) => unit.included)).toBe(true);
  expect(units[104]?.agency).toBe('第105号单位');
});
