// Given values → expected findings, with the exact Chinese sentence each finding shows.
import { describe, expect, it } from 'vitest';
import { cellsOf, format2021 } from '../format';
import { describeFinding } from './messages.zh-CN';
import { emptyReport, fillEmptyWithZero } from './report';
import type { Report } from './report';
import { seedReport, withValues } from './testing';
import { validate } from './validate';

const findingsOf = (report: Report) =>
  validate(report).map((finding) => ({
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: describeFinding(finding),
    cells: finding.cells,
  }));

const zeros = fillEmptyWithZero(emptyReport('2021', { agency: '测试局', year: 2022 }));

describe('validate: the seed report', () => {
  it('has no finding from the table rules', () => {
    // Its prose gives the three warnings of reports/INDEX.md (issue 7): TXT-NUM 9 vs 10, S6-FEE, FMT-LEGACY.
    expect(validate(seedReport()).map((finding) => finding.ruleId)).toEqual(['TXT-NUM', 'S6-FEE', 'FMT-LEGACY']);
  });
});

describe('T3-BAL: 一 + 二 = 三（七）总计 + 四, per column', () => {
  it('passes when every column balances', () => {
    const report = withValues(zeros, {
      's3.new.natural': 5,
      's3.carriedIn.natural': 2,
      's3.disclosed.natural': 4,
      's3.unable.notHeld.natural': 2,
      's3.carriedOver.natural': 1,
    });
    expect(validate(report).filter((f) => f.ruleId === 'T3-BAL')).toEqual([]);
  });

  it('reports the column, both sums and the difference', () => {
    const report = withValues(zeros, { 's3.new.natural': 3 });
    expect(findingsOf(report)).toEqual([
      {
        ruleId: 'T3-BAL',
        severity: 'error',
        message: '三、第一项加第二项之和（3）应等于第三项加第四项之和（0），相差 3（自然人）',
        cells: ['s3.new.natural', 's3.carriedIn.natural', 's3.handledTotal.natural', 's3.carriedOver.natural'],
      },
      {
        ruleId: 'T3-BAL',
        severity: 'error',
        message: '三、第一项加第二项之和（3）应等于第三项加第四项之和（0），相差 3（总计）',
        cells: ['s3.new.total', 's3.carriedIn.total', 's3.handledTotal.total', 's3.carriedOver.total'],
      },
    ]);
  });

  it('says nothing about a column nobody has started', () => {
    const report = withValues(emptyReport(), { 's3.new.business': 1, 's3.disclosed.business': 1 });
    expect(validate(report).filter((f) => f.ruleId === 'T3-BAL')).toEqual([]);
  });

  it('counts empty cells as 0 once a column is started, e.g. 12 in vs 11 out', () => {
    const report = withValues(emptyReport(), {
      's3.new.legal': 10,
      's3.carriedIn.legal': 2,
      's3.disclosed.legal': 11,
    });
    const balance = findingsOf(report).filter((f) => f.ruleId === 'T3-BAL');
    expect(balance.map((f) => f.message)).toEqual([
      '三、第一项加第二项之和（12）应等于第三项加第四项之和（11），相差 1（法律服务机构）',
      '三、第一项加第二项之和（12）应等于第三项加第四项之和（11），相差 1（总计）',
    ]);
  });
});

describe('T3-EMPTY and T4-EMPTY: no empty cell in a draft', () => {
  it('reports the number of unfilled cells per grid, as errors in a draft', () => {
    const report = withValues(zeros, { 's3.new.natural': undefined, 's4.review.upheld': undefined });
    expect(findingsOf(report).map((f) => [f.ruleId, f.severity, f.message, f.cells])).toEqual([
      ['T3-EMPTY', 'error', '三、有 1 个格未填写（共 144 格），没有的请填 0', ['s3.new.natural']],
      ['T4-EMPTY', 'error', '四、有 1 个格未填写（共 12 格），没有的请填 0', ['s4.review.upheld']],
    ]);
  });

  it('does not ask for the optional 信息处理费 figures or 二 (they are listed as unfilled instead)', () => {
    const report = withValues(zeros, { 's6.fees.notices': undefined, 's2.rules.issued': undefined });
    expect(validate(report)).toEqual([]);
  });
});

describe('T3-INT, T4-INT, T2-INT, T2-NUM: values that are not counts or amounts', () => {
  it.each([
    ['s3.new.natural', -1, 'T3-INT', '三、“一、本年新收政府信息公开申请数量 自然人”填的是“-1”，应为不小于 0 的整数'],
    ['s4.review.upheld', 1.5, 'T4-INT', '四、“行政复议 结果维持”填的是“1.5”，应为不小于 0 的整数'],
    ['s2.rules.issued', 'abc', 'T2-INT', '二、“规章 本年制发件数”填的是“abc”，应为不小于 0 的整数'],
    ['s2.fees.amount', '-2', 'T2-NUM', '二、“行政事业性收费 本年收费金额（单位：万元）”填的是“-2”，应为不小于 0 的金额（单位：万元）'],
  ] as const)('%s = %s → %s', (cell, value, ruleId, message) => {
    const report = { ...zeros, values: { ...zeros.values, [cell]: value } } as Report;
    expect(findingsOf(report).filter((f) => f.ruleId === ruleId).map((f) => f.message)).toEqual([message]);
  });
});

describe('T2-VALID-MIN: 现行有效 ≥ 本年制发 − 本年废止', () => {
  it('passes for the seed (16 ≥ 10 − 8)', () => {
    expect(validate(seedReport()).filter((f) => f.ruleId === 'T2-VALID-MIN')).toEqual([]);
  });

  it('warns when fewer are in force than were issued net of repeals', () => {
    const report = withValues(seedReport(), { 's2.normativeDocs.inForce': 1 });
    expect(findingsOf(report).filter((finding) => finding.ruleId === 'T2-VALID-MIN')).toEqual([
      {
        ruleId: 'T2-VALID-MIN',
        severity: 'warning',
        message: '二、“行政规范性文件 现行有效件数”（1）少于本年制发件数减本年废止件数（10 − 8 = 2）',
        cells: ['s2.normativeDocs.inForce', 's2.normativeDocs.issued', 's2.normativeDocs.repealed'],
      },
    ]);
  });
});

describe('T3-FEE-LINK: lapsed for non-payment needs fee notices', () => {
  const lapsed = withValues(zeros, {
    's3.new.natural': 2,
    's3.otherHandling.noFee.natural': 2,
  });

  it('warns when 六 reports fewer notices than applications that lapsed for non-payment', () => {
    expect(findingsOf(withValues(lapsed, { 's6.fees.notices': 1 }))).toEqual([
      {
        ruleId: 'T3-FEE-LINK',
        severity: 'warning',
        message:
          '三、因逾期未缴费不再处理的申请有 2 件，但六、“发出收费通知的件数”只有 1 件：不再处理前应已发出收费通知',
        cells: ['s6.fees.notices', 's3.otherHandling.noFee.total'],
      },
    ]);
  });

  it('passes when enough notices were issued', () => {
    expect(validate(withValues(lapsed, { 's6.fees.notices': 3 }))).toEqual([]);
  });
});

describe('T2-FEE-DP: more than 4 decimals is information only', () => {
  it('notes 6 decimals', () => {
    const report = withValues(zeros, { 's2.fees.amount': '24252.311082' });
    expect(findingsOf(report)).toEqual([
      {
        ruleId: 'T2-FEE-DP',
        severity: 'info',
        message: '二、“行政事业性收费 本年收费金额（单位：万元）”有 6 位小数（24252.311082），格式要求保留 4 位小数',
        cells: ['s2.fees.amount'],
      },
    ]);
  });
});

describe('typed totals of a published report (T3-SUM, T3-COL, T4-SUM)', () => {
  const printedZeros = () => {
    const printed: Record<string, string> = {};
    for (const id of cellsOf(format2021).keys()) if (!id.startsWith('s6.')) printed[id] = '0';
    return printed;
  };

  it('checks a printed （七）总计 against its parts and the balance as printed', () => {
    const printed = {
      ...printedZeros(),
      's3.new.natural': '20',
      's3.new.total': '20',
      's3.disclosed.natural': '26',
      's3.disclosed.total': '26',
      's3.handledTotal.natural': '20',
      's3.handledTotal.total': '20',
    };
    const report: Report = { ...zeros, printed, origin: 'published', values: { ...zeros.values, 's3.new.natural': 20, 's3.disclosed.natural': 26 } };
    const found = findingsOf(report);
    expect(found.map((f) => [f.ruleId, f.message])).toEqual([
      ['T3-SUM', '三、“（七）总计 自然人”填的是 20，而（一）至（六）各项相加是 26，相差 6'],
      ['T3-SUM', '三、“（七）总计 总计”填的是 20，而（一）至（六）各项相加是 26，相差 6'],
    ]);
  });

  it('reports a 总计 column that is not the sum of its row, and a 四 group total', () => {
    const printed = { ...printedZeros(), 's3.new.total': '1', 's3.carriedOver.total': '1', 's4.review.total': '2' };
    for (const id of ['s3.new.total', 's3.carriedOver.total', 's4.review.total']) expect(id in printed).toBe(true);
    const report: Report = { ...zeros, printed, origin: 'published' };
    expect(findingsOf(report).map((f) => [f.ruleId, f.message])).toEqual([
      ['T3-COL', '三、“一、本年新收政府信息公开申请数量 总计”填的是 1，而各类申请人相加是 0，相差 1'],
      ['T3-COL', '三、“四、结转下年度继续办理 总计”填的是 1，而各类申请人相加是 0，相差 1'],
      ['T4-SUM', '四、“行政复议 总计”填的是 2，而结果维持、结果纠正、其他结果、尚未审结相加是 0，相差 2'],
    ]);
  });

  it('reports blank printed cells as a warning and "/" as not a count', () => {
    const printed = { ...printedZeros(), 's3.new.natural': '', 's3.new.business': '/' };
    const report: Report = { ...zeros, printed, origin: 'published' };
    expect(findingsOf(report).map((f) => [f.ruleId, f.severity, f.message])).toEqual([
      ['T3-INT', 'error', '三、“一、本年新收政府信息公开申请数量 商业企业”填的是“/”，应为不小于 0 的整数'],
      ['T3-EMPTY', 'warning', '三、有 1 个格未填写（共 175 格），没有的请填 0'],
    ]);
  });
});
