// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyReport } from '../../../engine';
import type { Finding, Report } from '../../../engine';
import { cellsOf, format2021 } from '../../../format';
import type { SectionSpec, TableSpec } from '../../../format';
import { TableGrid } from './TableGrid';

const sections: readonly SectionSpec[] = format2021.sections;
const tableOf = (id: string): TableSpec => {
  const table = sections.flatMap((section) => section.tables ?? []).find((candidate) => candidate.id === id);
  if (!table) throw new Error(id);
  return table;
};

function renderGrid(tableId: string, report: Report = emptyReport(), findings: readonly Finding[] = []) {
  const onChange = vi.fn();
  const onCellBlur = vi.fn();
  const view = render(
    <TableGrid table={tableOf(tableId)} report={report} findings={findings} onChange={onChange} onCellBlur={onCellBlur} />,
  );
  return { onChange, onCellBlur, view };
}

afterEach(cleanup);

// Plain selectors: role queries over a 182-cell table are slow in jsdom, and the names are the same.
const input = (name: string): HTMLInputElement => {
  const element = document.querySelector(`input[aria-label="${name}"]`);
  if (!(element instanceof HTMLInputElement)) throw new Error(`no input ${name}`);
  return element;
};
const headers = (text: string): HTMLTableCellElement[] =>
  [...document.querySelectorAll('thead th')].filter((th): th is HTMLTableCellElement => th.textContent === text);

describe('TableGrid', () => {
  it('lays out 三 with the corner over three row-header columns and 申请人情况 over seven', () => {
    renderGrid('s3.grid');
    expect(headers('申请人情况')[0]?.getAttribute('colspan')).toBe('7');
    expect(headers('自然人')[0]?.getAttribute('rowspan')).toBe('2');
    expect(document.querySelector('.grid-corner')?.getAttribute('colspan')).toBe('3');
    expect(document.querySelectorAll('input[data-cell]').length).toBe(144);
    // A 总计 on each row, and the six columns of （七）总计 besides.
    expect(document.querySelectorAll('output[data-cell]').length).toBe(tableOf('s3.grid').rows.length + 6);
  });

  it('stretches 行政复议 over two header rows beside 行政诉讼 › 未经复议直接起诉 in 四', () => {
    renderGrid('s4.grid');
    const review = headers('行政复议')[0];
    expect([review?.getAttribute('colspan'), review?.getAttribute('rowspan')]).toEqual(['5', '2']);
    expect(headers('结果维持')).toHaveLength(3);
    expect(headers('结果维持').map((th) => th.getAttribute('rowspan'))).toEqual(['1', '1', '1']);
  });

  it('commits what parses, refuses the rest at the cell, and empties to "not filled"', () => {
    const { onChange, view } = renderGrid('s3.grid');
    const cell = input('（一）予以公开 自然人');
    fireEvent.change(cell, { target: { value: '１２' } });
    expect(onChange).toHaveBeenLastCalledWith({ 's3.disclosed.natural': 12 });
    const report = { ...emptyReport(), values: { 's3.disclosed.natural': 12 } };
    view.rerender(<TableGrid table={tableOf('s3.grid')} report={report} findings={[]} onChange={onChange} />);
    expect(document.getElementById('cell-s3.handledTotal.natural')?.textContent).toBe('12');
    fireEvent.change(cell, { target: { value: '12a' } });
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(cell.getAttribute('aria-invalid')).toBe('true');
    expect(cell).toHaveProperty('value', '12a');
    fireEvent.change(cell, { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith({ 's3.disclosed.natural': undefined });
  });

  it('其余填 0 fills only the empty cells of its table, amounts as decimal text', () => {
    const report = { ...emptyReport(), values: { 's6.fees.notices': 2 } };
    const { onChange } = renderGrid('s6.fees', report);
    fireEvent.click(screen.getByRole('button', { name: '其余填 0' }));
    expect(onChange).toHaveBeenCalledWith({ 's6.fees.noticeAmount': '0', 's6.fees.collected': '0' });
  });

  it('draws the rows from firstFrameRows on as placeholders with their figures, then as cells once it goes', () => {
    const table = tableOf('s3.grid');
    const lastRow = table.rows.length - 1;
    // A figure in a placeholder row, and the total it makes there.
    const report = { ...emptyReport(), values: { 's3.carriedIn.natural': 7 } };
    const inputsOf = (row: number) => document.querySelectorAll('tbody tr')[row]?.querySelectorAll('input').length;
    const { view } = renderGrid('s3.grid', report);
    expect(document.querySelectorAll('[data-placeholder-row]')).toHaveLength(0);
    const carriedIn = cellsOf(format2021).get('s3.carriedIn.natural');
    if (!carriedIn) throw new Error('s3.carriedIn.natural is not in the format');
    const carriedInRow = [...document.querySelectorAll('tbody tr')].findIndex((tr) =>
      tr.querySelector(`input[data-cell="${carriedIn.id}"]`),
    );
    const rowInputs = table.columns.filter((column) => !column.sumOf).length;
    const onChange = vi.fn();
    view.rerender(
      <TableGrid table={table} report={report} findings={[]} onChange={onChange} firstFrameRows={carriedInRow} />,
    );
    // Before that row: cells as always; from it on: the same rows, labels and figures, without inputs.
    expect(inputsOf(carriedInRow - 1)).toBe(rowInputs);
    expect(document.querySelectorAll('tbody tr')).toHaveLength(table.rows.length);
    expect(inputsOf(carriedInRow)).toBe(0);
    expect(inputsOf(lastRow)).toBe(0);
    const placeholder = document.querySelectorAll('tbody tr')[carriedInRow];
    expect(placeholder?.textContent).toContain(carriedIn.row.label);
    // 7 in 自然人 and in the row's 总计, nothing in the other columns.
    expect([...(placeholder?.querySelectorAll('.grid-cell-placeholder') ?? [])].map((box) => box.textContent?.trim())).toEqual(
      table.columns.map((column) => (column.key === carriedIn.column.key || column.sumOf ? '7' : '')),
    );
    view.rerender(<TableGrid table={table} report={report} findings={[]} onChange={onChange} />);
    expect(document.querySelectorAll('[data-placeholder-row]')).toHaveLength(0);
    expect(document.querySelectorAll('input[data-cell]')).toHaveLength(
      [...cellsOf(format2021).values()].filter((cell) => cell.table.id === table.id && !cell.sumOf).length,
    );
    expect(input(carriedIn.name).value).toBe('7');
  });

  it('marks a finding\'s cells and describes them with its message', () => {
    const finding: Finding = {
      ruleId: 'T3-BAL',
      severity: 'error',
      cells: ['s3.new.natural', 's3.carriedOver.natural'],
      params: { left: 3, right: 0, difference: 3 },
    };
    renderGrid('s3.grid', emptyReport(), [finding]);
    const cell = input('一、本年新收政府信息公开申请数量 自然人');
    expect(cell.getAttribute('aria-invalid')).toBe('true');
    const described = (cell.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described.join(' ')).toContain('三、第一项加第二项之和（3）应等于第三项加第四项之和（0），相差 3');
    expect(cell.closest('td')?.className).toContain('grid-cell--error');
  });
});
