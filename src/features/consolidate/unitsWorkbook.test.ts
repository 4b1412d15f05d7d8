import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { planConsolidation } from '../../draft';
import type { ConsolidationUnit } from '../../draft';
import { sortRows, statusText, totalsOf } from './unitsRows';
import { unitsWorkbook } from './unitsWorkbook';

const unit = (id: string, agency: string, values: ConsolidationUnit['values'], extra: Partial<ConsolidationUnit> = {}): ConsolidationUnit => ({
  id,
  agency,
  year: 2025,
  format: '2021',
  digest: `d-${id}`,
  source: 'file',
  fileName: `${agency}.nianbao.json`,
  draftId: id,
  addedAt: '2026-01-15T00:00:00.000Z',
  included: true,
  errors: 0,
  warnings: 0,
  values,
  ...extra,
});

const units = [
  unit('a', '乙局', { 's3.new.natural': 3, 's3.new.business': 1, 's2.fees.amount': '0.1' }, { errors: 2 }),
  unit('b', '甲局', { 's3.new.natural': 9, 's2.fees.amount': '0.2000' }, { warnings: 1 }),
  unit('c', '丙局', { 's3.new.natural': 50 }, { year: 2024 }),
];
const plan = planConsolidation(units);

describe('units table rows', () => {
  it('sorts by a figure or by name, keeping the order of ties', () => {
    expect(sortRows(plan.rows, 's3.new.total', 'descending').map((row) => row.unit.id)).toEqual(['c', 'b', 'a']);
    expect(sortRows(plan.rows, 'agency', 'ascending').map((row) => row.unit.agency)).toEqual(['丙局', '甲局', '乙局']);
    expect(sortRows(plan.rows, 'errors', 'ascending').map((row) => row.unit.id)).toEqual(['b', 'c', 'a']);
  });
  it('words each status and totals only the counted units', () => {
    expect(plan.rows.map(statusText)).toEqual(['计入（有 2 处错误）', '计入', '年度为2024年，与本次汇总的2025年不同，不能计入']);
    expect(totalsOf(plan)).toEqual({ errors: 2, warnings: 1, figures: { 's3.new.total': 13 } });
  });
});

describe('the .xlsx of the units table', () => {
  it('reads back with the same library: one row per unit, a totals row, and a sheet per table of the format', async () => {
    const buffer = await unitsWorkbook(ExcelJS, plan).xlsx.writeBuffer();
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(buffer);
    const sheet = read.getWorksheet('汇总单位');
    const rows = (sheet?.getSheetValues() ?? []).slice(1).map((row) => (Array.isArray(row) ? Array.from(row as unknown[]).slice(1) : []));
    expect(rows).toEqual([
      ['机关名称', '年度', '格式', '错误', '警告', '一、本年新收政府信息公开申请数量 总计', '来源', '状态'],
      ['乙局', 2025, '2021年版', 2, 0, 4, '乙局.nianbao.json', '计入（有 2 处错误）'],
      ['甲局', 2025, '2021年版', 0, 1, 9, '甲局.nianbao.json', '计入'],
      ['丙局', 2024, '2021年版', 0, 0, 50, '丙局.nianbao.json', '年度为2024年，与本次汇总的2025年不同，不能计入'],
      ['合计（计入的单位）', undefined, undefined, 2, 1, 13],
    ]);
    expect(read.worksheets.map((each) => each.name)).toEqual([
      '汇总单位',
      '二、第二十条第（一）项',
      '二、第二十条第（五）项',
      '二、第二十条第（六）项',
      '二、第二十条第（八）项',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '六、其他需要报告的事项',
    ]);
    const fees = read.getWorksheet('二、第二十条第（八）项');
    expect(fees?.getRow(1).values).toEqual([undefined, '机关名称', '行政事业性收费 本年收费金额（单位：万元）']);
    expect([2, 3, 4].map((row) => fees?.getRow(row).getCell(2).value)).toEqual([0.1, 0.2, 0.3]);
    const grid = read.getWorksheet('三、收到和处理政府信息公开申请情况');
    expect(grid?.rowCount).toBe(4);
    expect(grid?.getRow(4).getCell(1).value).toBe('合计（计入的单位）');
  });
});
