// Text ↔ table, section and year-over-year rules (issue 7), as given values → expected findings, with
// the traps real reports hold (a wider category is not a table figure) and a fresh draft kept quiet.
import { describe, expect, it } from 'vitest';
import { describeFinding } from '../messages.zh-CN';
import { emptyReport, fillEmptyWithZero } from '../report';
import type { Report } from '../report';
import { withValues } from '../testing';
import { validate } from '../validate';
import { textFactsOf } from './textFacts';

// Every table cell 0, but 六's fee figures left empty (a fee figure states the 信息处理费 result itself).
const zeros = withValues(fillEmptyWithZero(emptyReport('2021', { agency: '测试局', year: 2022 })), {
  's6.fees.notices': undefined,
  's6.fees.noticeAmount': undefined,
  's6.fees.collected': undefined,
});
const textRules = new Set(['TXT-NUM', 'TXT-CLAIM', 'S6-FEE', 'S5-EMPTY', 'S1-TOPICS', 'FMT-LEGACY', 'YEAR-CONSIST', 'T3-XY-CARRY', 'T2-XY-VALID', 'T2-XY-REPEAL']);
const withTexts = (report: Report, texts: Report['texts']): Report => ({ ...report, texts: { ...report.texts, ...texts } });
const rulesOf = (report: Report, lastYear?: Report) =>
  validate(report, lastYear ? { lastYear } : {}).map((finding) => finding.ruleId);
const messagesOf = (report: Report, ruleId: string, lastYear?: Report) =>
  validate(report, lastYear ? { lastYear } : {})
    .filter((finding) => finding.ruleId === ruleId)
    .map((finding) => describeFinding(finding));

/** Section texts that satisfy S1-TOPICS, S5-EMPTY and S6-FEE, so a test sees only what it is about. */
const complete = withTexts(zeros, {
  s1: '2022年，本机关做好主动公开、依申请公开、信息发布审核、政府网站建设和监督考核工作。',
  s5: '一是公开形式不够丰富；二是解读不够及时。下一步将加以改进。',
  s6: '本年度无收取信息处理费情况。',
});

describe('a fresh draft', () => {
  it('says nothing about its empty texts', () => {
    expect(validate(emptyReport('2021', { year: 2025 })).filter((finding) => textRules.has(finding.ruleId))).toEqual([]);
    expect(rulesOf(zeros)).toEqual([]);
  });
});

describe('TXT-NUM: numbers in the prose against the tables', () => {
  it('names the sentence and the cell', () => {
    const report = withTexts(withValues(complete, { 's2.normativeDocs.issued': 10 }), {
      s1: `${complete.texts.s1 ?? ''}全年共制定规范性文件9项，均已公开。`,
    });
    expect(messagesOf(report, 'TXT-NUM')).toEqual(['一、总体情况中“全年共制定规范性文件9项”写的是 9，而表格“行政规范性文件 本年制发件数”是 10']);
    expect(validate(report).find((finding) => finding.ruleId === 'TXT-NUM')).toMatchObject({ cells: ['s2.normativeDocs.issued'], field: 's1' });
  });

  it('takes 「收到申请N件」 as new applications, or new plus carried in', () => {
    const report = withValues(complete, { 's3.new.natural': 74, 's3.carriedIn.natural': 1 });
    expect(rulesOf(withTexts(report, { s5: `${complete.texts.s5 ?? ''}全年收到政府信息公开申请75件。` }))).not.toContain('TXT-NUM');
    expect(rulesOf(withTexts(report, { s5: `${complete.texts.s5 ?? ''}全年收到政府信息公开申请74件。` }))).not.toContain('TXT-NUM');
    expect(messagesOf(withTexts(report, { s5: `${complete.texts.s5 ?? ''}全年收到政府信息公开申请80件。` }), 'TXT-NUM')).toEqual([
      '五、存在的主要问题及改进情况中“全年收到政府信息公开申请80件”写的是 80，而表格“一、本年新收政府信息公开申请数量 总计”是 74',
    ]);
  });

  it('does not read a wider category as a table figure', () => {
    const report = withValues(complete, { 's2.normativeDocs.issued': 10, 's3.new.natural': 3, 's3.disclosed.natural': 3 });
    const facts = textFactsOf({
      s1: '公开政策性文件12件，部门规范性文件45件，政策、规范性文件类信息80条；收到群众诉求348件；予以公开及部分公开3件。',
    });
    expect(facts.map((fact) => (fact.kind === 'number' ? [fact.quantity, fact.stated] : fact.claim))).toEqual([['results.disclosedOrPartial', 3]]);
    expect(rulesOf(withTexts(report, { s1: `${complete.texts.s1 ?? ''}公开政策性文件12件。` }))).not.toContain('TXT-NUM');
  });

  it('says nothing while the cells are empty', () => {
    expect(rulesOf(withTexts(emptyReport(), { s1: '共受理政府信息公开申请12件。' }))).not.toContain('TXT-NUM');
  });
});

describe('TXT-CLAIM: claims in words against the tables', () => {
  it('「未收到申请」 with applications in the table', () => {
    const report = withTexts(withValues(complete, { 's3.new.natural': 2, 's3.disclosed.natural': 2 }), { s1: `${complete.texts.s1 ?? ''}今年未收到政府信息公开申请。` });
    expect(messagesOf(report, 'TXT-CLAIM')).toEqual(['一、总体情况中“今年未收到政府信息公开申请”与表格不符：“一、本年新收政府信息公开申请数量 总计”是 2']);
  });

  it('「未收到申请」 with none is consistent (the seed)', () => {
    expect(rulesOf(withTexts(complete, { s1: `${complete.texts.s1 ?? ''}今年，我局未收到政府信息和政务公开申请。` }))).toEqual([]);
  });

  it('「均获维持」 while a case is pending, 「均已办结」 while applications are carried over', () => {
    const report = withValues(complete, {
      's4.review.upheld': 1,
      's4.review.pending': 1,
      's3.new.natural': 2,
      's3.disclosed.natural': 1,
      's3.carriedOver.natural': 1,
    });
    const claims = withTexts(report, { s1: `${complete.texts.s1 ?? ''}行政复议2件，均获维持。申请均已办结。` });
    expect(validate(claims).filter((finding) => finding.ruleId === 'TXT-CLAIM').map((finding) => finding.cells)).toEqual([
      ['s4.review.pending'],
      ['s3.carriedOver.total'],
    ]);
  });
});

describe('section rules', () => {
  it('S6-FEE once 六 is written without the 信息处理费 result; figures in the fee cells count', () => {
    const report = withTexts(complete, { s6: '落实政务公开工作要点。' });
    expect(messagesOf(report, 'S6-FEE')).toHaveLength(1);
    expect(rulesOf(withValues(report, { 's6.fees.notices': 0 }))).not.toContain('S6-FEE');
  });

  it('S5-EMPTY for 「无」, and for an empty 五 once 六 is written', () => {
    expect(rulesOf(withTexts(complete, { s5: '无。' }))).toContain('S5-EMPTY');
    expect(rulesOf(withTexts(complete, { s5: '' }))).toContain('S5-EMPTY');
    expect(rulesOf(withTexts(zeros, { s5: '' }))).not.toContain('S5-EMPTY');
  });

  it('S1-TOPICS names the aspects 一 leaves out', () => {
    expect(messagesOf(withTexts(complete, { s1: '本机关做好主动公开工作。' }), 'S1-TOPICS')).toEqual([
      '一、总体情况未涉及：依申请公开、政府信息管理、政府信息公开平台建设、监督保障（2021 年格式要求的方面）',
    ]);
  });

  it('FMT-LEGACY for an item the 2021 format removed; not for a 2020 report', () => {
    const legacy = withTexts(complete, { s6: '本年度无收取信息处理费情况。政府集中采购项目3个。' });
    expect(rulesOf(legacy)).toContain('FMT-LEGACY');
    expect(rulesOf({ ...legacy, meta: { ...legacy.meta, year: 2020 } })).not.toContain('FMT-LEGACY');
  });

  it('YEAR-CONSIST: the opening year and the statistics period against the report year', () => {
    expect(messagesOf(withTexts(complete, { s1: `2021年，${complete.texts.s1 ?? ''}` }), 'YEAR-CONSIST')).toEqual([
      '一、总体情况中“2021年，”写的是 2021 年，与报告年度 2022 年不一致',
    ]);
    expect(rulesOf(withTexts(complete, { s5: '本报告所列数据统计期限自2021年1月1日起至2021年12月31日止。一是解读不够及时。' }))).toContain('YEAR-CONSIST');
    // Other years in the prose are legitimate: 「2021年度部门决算」, 「2023年，我局将…」 in 五.
    expect(rulesOf(withTexts(complete, { s5: `${complete.texts.s5 ?? ''}2023年，我局将公开2021年度部门决算。` }))).not.toContain('YEAR-CONSIST');
  });
});

describe('year over year (context.lastYear)', () => {
  const lastYear = withValues(fillEmptyWithZero(emptyReport('2021', { agency: '测试局', year: 2021 })), {
    's3.new.natural': 2,
    's3.disclosed.natural': 1,
    's3.carriedOver.natural': 1,
    's2.normativeDocs.issued': 5,
    's2.normativeDocs.inForce': 20,
  });

  it('T3-XY-CARRY: 上年结转 equals last year’s 结转下年度继续办理, column by column', () => {
    const carried = withValues(complete, { 's3.carriedIn.natural': 1, 's3.disclosed.natural': 1 });
    expect(rulesOf(carried, lastYear)).not.toContain('T3-XY-CARRY');
    expect(messagesOf(complete, 'T3-XY-CARRY', lastYear)).toEqual([
      '三、“二、上年结转政府信息公开申请数量 自然人”是 0，而上年（2021年）报告“四、结转下年度继续办理”是 1，相差 1',
    ]);
  });

  it('T2-XY-VALID and T2-XY-REPEAL on 行政规范性文件', () => {
    const report = withValues(complete, { 's2.normativeDocs.issued': 3, 's2.normativeDocs.repealed': 2, 's2.normativeDocs.inForce': 21 });
    expect(rulesOf(withValues(report, { 's3.carriedIn.natural': 1, 's3.disclosed.natural': 1 }), lastYear)).toEqual([]);
    expect(messagesOf(withValues(report, { 's2.normativeDocs.inForce': 30 }), 'T2-XY-VALID', lastYear)).toEqual([
      '二、“行政规范性文件 现行有效件数”是 30，而上年现行有效 20 加本年制发 3 减本年废止 2 是 21',
    ]);
    expect(messagesOf(withValues(report, { 's2.normativeDocs.repealed': 40, 's2.normativeDocs.inForce': 0 }), 'T2-XY-REPEAL', lastYear)).toEqual([
      '二、“行政规范性文件 本年废止件数”（40）多于上年现行有效 20 加本年制发 3（23）',
    ]);
  });

  it('T2 rules do not compare a 2021-format year with a 2019-format one', () => {
    const report = withValues(complete, { 's2.normativeDocs.issued': 3, 's2.normativeDocs.repealed': 2, 's2.normativeDocs.inForce': 99 });
    const legacy = { ...lastYear, meta: { ...lastYear.meta, year: 2020 } };
    expect(rulesOf(report, legacy)).not.toContain('T2-XY-VALID');
  });
});

describe('TXT-NUM on fees', () => {
  it('二（八） in 万元: equal, or the table figure rounded to the decimals stated', () => {
    const report = withValues(complete, { 's2.fees.amount': '24252.311082' });
    const stating = (s1: string) => withTexts(report, { s1: `${complete.texts.s1 ?? ''}${s1}` });
    expect(rulesOf(stating('全年行政事业性收费24252.31万元。'))).not.toContain('TXT-NUM');
    expect(messagesOf(stating('全年行政事业性收费2425.23万元。'), 'TXT-NUM')).toEqual([
      '一、总体情况中“全年行政事业性收费2425.23万元”写的是 2425.23，而表格“行政事业性收费 本年收费金额（单位：万元）”是 24252.311082',
    ]);
  });

  it('六: 信息处理费 notices and amounts against 六’s fee figures', () => {
    const report = withValues(complete, { 's6.fees.notices': 2, 's6.fees.noticeAmount': '300', 's6.fees.collected': '100' });
    expect(rulesOf(withTexts(report, { s6: '发出收费通知2件，收费通知总金额300元，实际收取100元。' }))).not.toContain('TXT-NUM');
    expect(
      validate(withTexts(report, { s6: '发出收费通知3件，收费通知总金额300元，实际收取150元。' }))
        .filter((finding) => finding.ruleId === 'TXT-NUM')
        .map((finding) => finding.cells[0]),
    ).toEqual(['s6.fees.notices', 's6.fees.collected']);
  });
});

describe('one finding per rule, field and cells (findingKey stays unique)', () => {
  it('two sentences misquoting the same figure give one TXT-NUM; two claims on one cell one TXT-CLAIM', () => {
    const report = withTexts(withValues(complete, { 's2.normativeDocs.issued': 10, 's4.review.upheld': 1, 's4.review.pending': 1 }), {
      s1: `${complete.texts.s1 ?? ''}共制定规范性文件9项。全年制定规范性文件8件。复议案件均获维持，均已结案。`,
    });
    const findings = validate(report);
    expect(findings.filter((finding) => finding.ruleId === 'TXT-NUM')).toHaveLength(1);
    expect(findings.filter((finding) => finding.ruleId === 'TXT-CLAIM')).toHaveLength(1);
    const keys = findings.map((finding) => [finding.ruleId, finding.field ?? '', ...finding.cells].join('|'));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
