import { describe, expect, it } from 'vitest';
import { format2021 } from '../../../format';
import type { SectionSpec, TableSpec } from '../../../format';
import { emptyReport } from '../../../engine';
import { tableInputsOf } from './columns';
import { directionOfKey } from './keys';
import { gridModelOf, neighbourOf, rowHeadersOf } from './layout';
import { clipboardRows, isBlock, planPaste } from './paste';

const sections: readonly SectionSpec[] = format2021.sections;
const tables: TableSpec[] = sections.flatMap((section) => section.tables ?? []);
const tableOf = (id: string): TableSpec => {
  const table = tables.find((candidate) => candidate.id === id);
  if (!table) throw new Error(id);
  return table;
};
const grid3 = tableOf('s3.grid');
const grid4 = tableOf('s4.grid');
const model3 = gridModelOf(format2021, grid3);

describe('row headers', () => {
  it('merges 三、本年度办理结果 over its rows and （三）不予公开 over its eight', () => {
    const { depth, rows } = rowHeadersOf(grid3);
    expect(depth).toBe(3);
    expect(rows[0]).toEqual([{ key: 'l:new', label: '一、本年新收政府信息公开申请数量', rowSpan: 1, colSpan: 3, scope: 'row' }]);
    const results = rows[2]?.[0];
    expect(results?.label).toBe('三、本年度办理结果');
    expect(results?.rowSpan).toBe(grid3.rows.filter((row) => row.groups?.[0] === '三、本年度办理结果').length);
    const withheld = rows[4]?.find((header) => header.label === '（三）不予公开');
    expect(withheld?.rowSpan).toBe(8);
    expect(rows[5]).toHaveLength(1);
  });

  it('has none for 四, whose one row has no label', () => {
    expect(rowHeadersOf(grid4).depth).toBe(0);
  });

  it('every row of every table ends with its own label spanning the remaining columns', () => {
    for (const table of tables) {
      const { depth, rows } = rowHeadersOf(table);
      if (depth === 0) continue;
      rows.forEach((headers, index) => {
        const own = headers.at(-1);
        expect(own?.label).toBe(table.rows[index]?.label);
        expect(own?.colSpan).toBe(depth - (table.rows[index]?.groups?.length ?? 0));
      });
    }
  });
});

describe('columns for TanStack', () => {
  it('nests 法人或其他组织 under 申请人情况, built once per table', () => {
    const { columns } = tableInputsOf(grid3);
    expect(tableInputsOf(grid3).columns).toBe(columns);
    expect(columns).toHaveLength(1);
    const top = columns[0] as { header?: unknown; columns?: { header?: unknown; columns?: unknown[] }[] };
    expect(top.header).toBe('申请人情况');
    expect(top.columns?.map((column) => column.header)).toEqual(['自然人', '法人或其他组织', '总计']);
    expect(top.columns?.[1]?.columns).toHaveLength(5);
  });

  it('says the unit of 六 fee amounts in their header', () => {
    const { columns } = tableInputsOf(tableOf('s6.fees'));
    expect(columns.map((column) => column.header)).toEqual(['发出收费通知的件数', '收费通知总金额（单位：元）', '实际收取的总金额（单位：元）']);
  });
});

describe('moving between cells', () => {
  it('goes down the same column, passing over the （七）总计 row', () => {
    expect(neighbourOf(model3, 's3.new.natural', 'down')).toBe('s3.carriedIn.natural');
    expect(neighbourOf(model3, 's3.otherHandling.other.natural', 'down')).toBe('s3.carriedOver.natural');
    expect(neighbourOf(model3, 's3.carriedOver.natural', 'up')).toBe('s3.otherHandling.other.natural');
    expect(neighbourOf(model3, 's3.carriedOver.natural', 'down')).toBeUndefined();
    expect(neighbourOf(model3, 's3.new.natural', 'up')).toBeUndefined();
  });

  it('goes across a row and stops before the 总计 column', () => {
    expect(neighbourOf(model3, 's3.new.natural', 'right')).toBe('s3.new.business');
    expect(neighbourOf(model3, 's3.new.other', 'right')).toBeUndefined();
    const model4 = gridModelOf(format2021, grid4);
    expect(neighbourOf(model4, 's4.review.pending', 'right')).toBe('s4.suitDirect.upheld');
  });

  const key = (name: string, shiftKey = false) => ({ key: name, shiftKey, altKey: false, ctrlKey: false, metaKey: false, isComposing: false });
  it('takes ← → only at the edge of the text, or when all of it is selected', () => {
    expect(directionOfKey(key('ArrowRight'), { start: 1, end: 1, length: 2 })).toBeUndefined();
    expect(directionOfKey(key('ArrowRight'), { start: 2, end: 2, length: 2 })).toBe('right');
    expect(directionOfKey(key('ArrowLeft'), { start: 0, end: 0, length: 2 })).toBe('left');
    expect(directionOfKey(key('ArrowLeft'), { start: 0, end: 2, length: 2 })).toBe('left');
    expect(directionOfKey(key('Enter'), { start: 0, end: 0, length: 0 })).toBe('down');
    expect(directionOfKey(key('Enter', true), { start: 0, end: 0, length: 0 })).toBe('up');
    expect(directionOfKey({ ...key('Enter'), isComposing: true }, { start: 0, end: 0, length: 0 })).toBeUndefined();
  });
});

describe('pasting a block', () => {
  it('reads Excel rows and tabs, without the trailing newline', () => {
    expect(clipboardRows('1\t2\r\n3\t4\r\n')).toEqual([['1', '2'], ['3', '4']]);
    expect(isBlock('12')).toBe(false);
    expect(isBlock('12\n')).toBe(false);
    expect(isBlock('1\t2')).toBe(true);
  });

  it('fills from the focused cell and names each value it cannot take', () => {
    const plan = planPaste(model3, emptyReport(), 's3.new.natural', '1\t２\tabc\n-1\t1,234\t5\n');
    expect(plan.changes).toEqual({
      's3.new.natural': 1,
      's3.new.business': 2,
      's3.carriedIn.business': 1234,
      's3.carriedIn.research': 5,
    });
    expect(plan.count).toBe(6);
    expect(plan.problems).toEqual([
      '「一、本年新收政府信息公开申请数量 科研机构」粘贴的是“abc”：请填写数字，例如 0 或 12',
      '「二、上年结转政府信息公开申请数量 自然人」粘贴的是“-1”：不能填负数',
    ]);
  });

  it('passes over a total that agrees and reports one that does not, and values beyond the table', () => {
    const agrees = planPaste(model3, emptyReport(), 's3.new.legal', '1\t2\t3');
    expect(agrees.changes).toEqual({ 's3.new.legal': 1, 's3.new.other': 2 });
    expect(agrees.problems).toEqual([]);
    const disagrees = planPaste(model3, emptyReport(), 's3.new.legal', '1\t2\t9\t7');
    expect(disagrees.problems).toEqual([
      '「一、本年新收政府信息公开申请数量 总计」是自动计算的合计（3），粘贴的“9”未采用',
      '有 1 个值超出表格范围，未填入',
    ]);
  });
});
