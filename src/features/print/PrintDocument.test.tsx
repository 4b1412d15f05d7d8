// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { format2021 } from '../../format';
import { emptyReport, fillEmptyWithZero, validate } from '../../engine';
import type { Report } from '../../engine';
import { PrintDocument } from './PrintDocument';
import { draftMarking } from './printModel';

afterEach(cleanup);

const report = (changes: Partial<Report> = {}): Report => {
  const base = fillEmptyWithZero(emptyReport('2021', { agency: '某市某局', year: 2024 }));
  return { ...base, texts: { s1: '（一）主动公开。正文。', s5: '问题。', s6: '无收取信息处理费情况。' }, ...changes };
};

function renderReport(value: Report) {
  render(<PrintDocument format={format2021} report={value} marking={draftMarking(value, validate(value))} />);
  return screen.getByRole('article', { name: '打印预览' });
}

// jsdom computes accessible names slowly over the 200-cell tables: under a busy machine the first query can pass 5 s.
describe('PrintDocument', { timeout: 20_000 }, () => {
  it('prints 四 with 行政复议 over five columns and two header rows, 行政诉讼 over ten', () => {
    const article = renderReport(report());
    const review = within(article).getByRole('columnheader', { name: '行政复议' });
    expect(review.getAttribute('colspan')).toBe('5');
    expect(review.getAttribute('rowspan')).toBe('2');
    expect(within(article).getByRole('columnheader', { name: '行政诉讼' }).getAttribute('colspan')).toBe('10');
  });

  it('prints 三 with merged row groups and its note in the corner', () => {
    const article = renderReport(report());
    expect(within(article).getByRole('rowheader', { name: '三、本年度办理结果' }).getAttribute('rowspan')).toBe('22');
    expect(within(article).getByRole('rowheader', { name: '（三）不予公开' }).getAttribute('rowspan')).toBe('8');
    expect(within(article).getByText(/勾稽关系/).tagName).toBe('TH');
  });

  it('prints the title in two parts, the texts as text, and no 草稿 for a finished report', () => {
    const article = renderReport(report({ texts: { s1: '<b>不是标记</b>', s5: '问题。', s6: '无。' } }));
    expect(within(article).getByRole('heading', { level: 1 }).textContent).toBe('某市某局2024年政府信息公开工作年度报告');
    expect(within(article).getByText('<b>不是标记</b>')).toBeTruthy();
    expect(article.querySelector('b')).toBeNull();
    expect(within(article).queryByText(/草稿/)).toBeNull();
  });

  it('prints 草稿 and the 落款 when asked', () => {
    const value = report({
      values: { ...report().values, 's3.new.natural': 1 },
      meta: { agency: '某市某局', year: 2024, closing: { enabled: true, date: '2025-01-08' } },
    });
    const article = renderReport(value);
    expect(within(article).getByText(/^草稿：尚有 \d+ 处错误/)).toBeTruthy();
    expect(within(article).getByText('2025年1月8日')).toBeTruthy();
  });
});
