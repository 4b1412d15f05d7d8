// Issue 14: a published report's row the importer could not read is not judged. No T3-SUM, T3-BAL or
// T4-SUM error is computed over it, T3-EMPTY does not count it, and one ROW-UNREAD info names each row.
import { describe, expect, it } from 'vitest';
import { cellsOf, format2021 } from '../../format';
import { describeFinding } from '../messages.zh-CN';
import { emptyReport } from '../report';
import type { CellId, Report } from '../report';
import { validate } from '../validate';

/** A published report whose tables were printed with the given figures (0 elsewhere), minus `unread`'s cells. */
function published(figures: Record<string, string>, unreadPrefixes: readonly string[]): Report {
  const printed: Partial<Record<CellId, string>> = {};
  const values: Partial<Record<CellId, number | string>> = {};
  for (const cell of cellsOf(format2021).values()) {
    if (cell.sectionId === 's6' || unreadPrefixes.some((prefix) => cell.id.startsWith(prefix))) continue;
    const text = figures[cell.id] ?? '0';
    printed[cell.id as CellId] = text;
    if (!cell.sumOf && /^\d+$/.test(text)) values[cell.id as CellId] = cell.kind === 'amount' ? text : Number(text);
  }
  return { ...emptyReport('2021', { agency: '测试局', year: 2022 }), printed, values, origin: 'published' };
}

/** 3 requests from 自然人, all 重复申请 (the row that will not be read), printed with their totals. */
const figures = {
  's3.new.natural': '3',
  's3.new.total': '3',
  's3.notProcessed.duplicate.natural': '3',
  's3.notProcessed.duplicate.total': '3',
  's3.handledTotal.natural': '3',
  's3.handledTotal.total': '3',
  // 四: one 行政复议 upheld, and the whole row unread below.
  's4.review.upheld': '1',
  's4.review.total': '1',
};

const rules = (report: Report) => validate(report).map((finding) => finding.ruleId);

describe('ROW-UNREAD: rows the importer could not read are not judged', () => {
  it('the same report with every row read has no error (the figures are consistent)', () => {
    expect(rules(published(figures, []))).toEqual([]);
  });

  it('no T3-SUM / T3-BAL error when 2.重复申请 was not read, and one ROW-UNREAD naming it', () => {
    const report = published(figures, ['s3.notProcessed.duplicate.']);
    const findings = validate(report);
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(findings.map((finding) => finding.ruleId)).toEqual(['ROW-UNREAD']);
    const [unread] = findings;
    expect(unread?.severity).toBe('info');
    expect(unread?.cells).toHaveLength(6);
    expect(describeFinding(unread!)).toBe(
      '三、“2.重复申请”这一行未能从原文读出（未导入），涉及这一行的合计和勾稽关系没有校验，请对照原文填写',
    );
  });

  it('no T3-BAL error when 一、本年新收 was not read; the other columns are still checked', () => {
    const broken = { ...figures, 's3.carriedOver.legal': '2', 's3.carriedOver.total': '2' };
    const report = published(broken, ['s3.new.']);
    // 法人 column: 一 unread, so its balance is not judged either; the row's own 总计 still is.
    expect(rules(report)).toEqual(['ROW-UNREAD']);
    const readAll = published(broken, []);
    expect(rules(readAll)).toContain('T3-BAL');
  });

  it('no T4-SUM error when 四’s row was not read, and one ROW-UNREAD for the whole row', () => {
    const report = published({ ...figures, 's4.review.total': '5' }, ['s4.']);
    expect(rules(report)).toEqual(['ROW-UNREAD']);
    expect(describeFinding(validate(report)[0]!)).toContain('四、“政府信息公开行政复议、行政诉讼情况”这一行未能从原文读出');
    expect(rules(published({ ...figures, 's4.review.total': '5' }, []))).toEqual(['T4-SUM']);
  });

  it('T3-EMPTY counts cells printed blank, never unread ones, and never says 未填写 of an unread row', () => {
    const blank = { ...figures, 's3.disclosed.natural': '' };
    const report = published(blank, ['s3.notProcessed.duplicate.', 's3.notProcessed.complaint.']);
    const findings = validate(report);
    const empty = findings.find((finding) => finding.ruleId === 'T3-EMPTY');
    expect(empty?.params.count).toBe(1);
    expect(empty?.cells).toEqual(['s3.disclosed.natural']);
    expect(findings.filter((finding) => finding.ruleId === 'ROW-UNREAD')).toHaveLength(2);
    for (const finding of findings.filter((f) => f.ruleId === 'ROW-UNREAD')) {
      expect(describeFinding(finding)).not.toMatch(/未填写|请填 0/);
    }
    // Nothing of 三 read at all: no T3-EMPTY, one note per row.
    const none = published(figures, ['s3.']);
    expect(rules(none).filter((id) => id === 'T3-EMPTY')).toEqual([]);
    expect(rules(none).filter((id) => id === 'ROW-UNREAD')).toHaveLength(new Set([...cellsOf(format2021).values()].filter((cell) => cell.sectionId === 's3' && !cell.sumOf).map((cell) => cell.row.key)).size);
  });

  it('a figure the officer typed into an unread row since makes it read again', () => {
    const report = published(figures, ['s3.notProcessed.duplicate.']);
    const typed: Report = { ...report, values: { ...report.values, 's3.notProcessed.duplicate.natural': 2 } };
    expect(rules(typed)).toContain('T3-SUM');
  });
});
