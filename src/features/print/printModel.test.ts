import { describe, expect, it } from 'vitest';
import { cellsOf, format2021 } from '../../format';
import { applicationGrid, processingFees } from './testTables';
import { emptyReport, fillEmptyWithZero, validate } from '../../engine';
import type { Report } from '../../engine';
import { draftMarking, printedValue, tablePrints, tableValues, titleParts } from './printModel';

// A finished report as the seed states it: every cell 0, the fee figures of 六 left to the text.
const filled = (values: Report['values'] = {}): Report => {
  const base = fillEmptyWithZero(emptyReport('2021', { agency: '濮阳市工业和信息化局', year: 2021 }));
  const tableCells = Object.entries(base.values).filter(([id]) => !id.startsWith('s6.fees.'));
  return { ...base, values: { ...Object.fromEntries(tableCells), ...values }, texts: { s1: '总体情况。', s5: '问题。', s6: '无收取信息处理费情况。' } };
};

describe('print model', () => {
  it('fills the title template and breaks it before the year', () => {
    expect(titleParts(format2021, filled())).toEqual({
      agency: '濮阳市工业和信息化局',
      rest: '2021年政府信息公开工作年度报告',
    });
  });

  it('prints computed totals and leaves unfilled cells blank', () => {
    const report = filled({ 's3.new.natural': 3, 's3.new.business': 2 });
    const total = cellsOf(format2021).get('s3.new.total');
    if (!total) throw new Error('no total cell');
    expect(printedValue(report, total)).toBe('5');
    expect(tableValues(format2021, report, applicationGrid)[0]).toEqual(['3', '2', '0', '0', '0', '0', '5']);
    expect(tableValues(format2021, emptyReport(), applicationGrid)[0]).toEqual(['', '', '', '', '', '', '']);
  });

  it('prints the optional fee table only when a figure is filled', () => {
    expect(tablePrints(format2021, filled(), processingFees)).toBe(false);
    expect(tablePrints(format2021, filled({ 's6.fees.notices': 0 }), processingFees)).toBe(true);
    expect(tablePrints(format2021, filled(), applicationGrid)).toBe(true);
  });

  it('marks a report with a balance error as 草稿 and a finished one clean', () => {
    const clean = filled();
    expect(draftMarking(clean, validate(clean))).toEqual({ draft: false });
    const broken = filled({ 's3.new.natural': 1 });
    const marking = draftMarking(broken, validate(broken));
    expect(marking.draft).toBe(true);
    expect(marking.draft && marking.errors).toBeGreaterThan(0);
  });

  it('marks an unfilled report as 草稿', () => {
    const empty = emptyReport('2021', { agency: '某局', year: 2021 });
    const marking = draftMarking(empty, validate(empty));
    expect(marking).toMatchObject({ draft: true });
    expect(marking.draft && marking.unfilled).toBeGreaterThan(0);
  });
});
