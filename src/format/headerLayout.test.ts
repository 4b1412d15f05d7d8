import { describe, expect, it } from 'vitest';
import { format2021 } from './index';
import type { FormatSpec, TableSpec } from './types';
import { columnHeaderDepth, columnHeaderRows, rowHeaderCells, rowHeaderDepth } from './headerLayout';

function tableOf2021(id: string): TableSpec {
  const format: FormatSpec = format2021;
  const table = format.sections.flatMap((section) => section.tables ?? []).find((candidate) => candidate.id === id);
  if (!table) throw new Error(`no table ${id} in the 2021 format`);
  return table;
}
const applicationGrid = tableOf2021('s3.grid');
const art20Item1 = tableOf2021('s2.art20_1');
const reviewLitigationGrid = tableOf2021('s4.grid');
const processingFees = tableOf2021('s6.fees');

const summary = (cells: { text: string; alongItems: number; alongLevels: number }[]) =>
  cells.map((cell) => `${cell.text}:${cell.alongItems}x${cell.alongLevels}`);

describe('column headers', () => {
  it('三: 申请人情况 over all, 法人或其他组织 over five, 自然人 and 总计 reaching down', () => {
    expect(columnHeaderDepth(applicationGrid)).toBe(3);
    const rows = columnHeaderRows(applicationGrid);
    expect(summary(rows[0] ?? [])).toEqual(['申请人情况:7x1']);
    expect(summary(rows[1] ?? [])).toEqual(['自然人:1x2', '法人或其他组织:5x1', '总计:1x2']);
    expect(summary(rows[2] ?? [])).toEqual(['商业企业:1x1', '科研机构:1x1', '社会公益组织:1x1', '法律服务机构:1x1', '其他:1x1']);
  });

  it('四: 行政复议 reaching down two levels, 行政诉讼 over its two kinds of suit', () => {
    const rows = columnHeaderRows(reviewLitigationGrid);
    expect(summary(rows[0] ?? [])).toEqual(['行政复议:5x2', '行政诉讼:10x1']);
    expect(summary(rows[1] ?? [])).toEqual(['未经复议直接起诉:5x1', '复议后起诉:5x1']);
    expect(rows[2]).toHaveLength(15);
    expect(rows[2]?.every((cell) => cell.alongItems === 1 && cell.alongLevels === 1)).toBe(true);
  });

  it('二: a single header row of labels', () => {
    expect(summary(columnHeaderRows(art20Item1)[0] ?? [])).toEqual(['本年制发件数:1x1', '本年废止件数:1x1', '现行有效件数:1x1']);
  });
});

describe('row headers', () => {
  it('三: three levels; rows without groups span them all, group cells merge their rows', () => {
    expect(rowHeaderDepth(applicationGrid)).toBe(3);
    const cells = rowHeaderCells(applicationGrid);
    expect(summary(cells[0] ?? [])).toEqual(['一、本年新收政府信息公开申请数量:1x3']);
    expect(summary(cells[2] ?? [])).toEqual(['三、本年度办理结果:22x1', '（一）予以公开:1x2']);
    expect(summary(cells[4] ?? [])).toEqual(['（三）不予公开:8x1', '1.属于国家秘密:1x1']);
    expect(summary(cells[5] ?? [])).toEqual(['2.其他法律行政法规禁止公开:1x1']);
    expect(summary(cells.at(-2) ?? [])).toEqual(['（七）总计:1x2']);
    expect(summary(cells.at(-1) ?? [])).toEqual(['四、结转下年度继续办理:1x3']);
  });

  it('四 and 六: one unnamed row prints no row header', () => {
    expect(rowHeaderDepth(reviewLitigationGrid)).toBe(0);
    expect(rowHeaderDepth(processingFees)).toBe(0);
    expect(rowHeaderCells(reviewLitigationGrid)).toEqual([[]]);
  });

  it('every row and column label of every table is printed exactly once', () => {
    for (const table of [applicationGrid, art20Item1, reviewLitigationGrid]) {
      const columnLabels = columnHeaderRows(table)
        .flat()
        .filter((cell) => cell.role === 'label')
        .sort((a, b) => a.start - b.start);
      expect(columnLabels.map((cell) => cell.text)).toEqual(table.columns.map((column) => column.label));
      const rowLabels = rowHeaderCells(table).flat().filter((cell) => cell.role === 'label');
      expect(rowLabels.map((cell) => cell.text)).toEqual(
        rowHeaderDepth(table) === 0 ? [] : table.rows.map((row) => row.label),
      );
    }
  });
});
