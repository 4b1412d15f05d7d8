// The real published reports of e2e/fixtures/reports: each parses to the values of values.json (or the
// parser names the rows it could not split), and validate() gives exactly the findings INDEX.md lists.
import { describe, expect, it } from 'vitest';
import { countBySeverity, describeFinding, validate } from '..';
import type { Report } from '..';
import { seedReport } from '../testing';
import { reportFixtures, reportText } from './fixtures';
import { describeParseIssue, parsePublishedReport } from '.';
import type { PublishedReport } from '.';

const fixtures = reportFixtures();
const fixture = (name: string) => {
  const found = fixtures.find((candidate) => candidate.name === name);
  if (!found) throw new Error(name);
  return found;
};
const parse = (name: string, lastYear?: Report): PublishedReport =>
  parsePublishedReport(reportText(fixture(name).file), lastYear ? { lastYear } : {});

/** Cells of the rows the parser says it could not place. */
const unplacedCells = (parsed: PublishedReport): Set<string> =>
  new Set(parsed.issues.flatMap((issue) => ('cellIds' in issue ? issue.cellIds : [])));

/** Rule ids of errors and warnings, sorted, with repeats: what INDEX.md lists. */
const ruleIds = (report: Report, lastYear?: Report): string[] =>
  validate(report, lastYear ? { lastYear } : {})
    .filter((finding) => finding.severity !== 'info')
    .map((finding) => finding.ruleId)
    .sort();

describe('the seed (濮阳市工业和信息化局 2021)', () => {
  const parsed = parse('2021-puyang-gongxinju');

  it('reads agency and year from the title, the 2021 format, and places everything', () => {
    expect(parsed.report.meta).toEqual({ agency: '濮阳市工业和信息化局', year: 2021 });
    expect(parsed.layout).toBe('2021');
    expect(parsed.report.origin).toBe('published');
    expect(parsed.issues).toEqual([]);
  });

  it('holds every number of the transcribed seed draft, typed totals printed', () => {
    const seed = seedReport();
    expect(parsed.report.values).toEqual(seed.values);
    expect(parsed.report.printed?.['s3.handledTotal.total']).toBe('0');
    expect(parsed.report.printed?.['s4.suitAfterReview.total']).toBe('0');
  });

  it('keeps the texts of 一, 五, 六 without the title line', () => {
    expect(parsed.report.texts.s1?.startsWith('（一）主动公开工作。')).toBe(true);
    expect(parsed.report.texts.s1).toContain('2021年我局共制定规范性文件9项');
    expect(parsed.report.texts.s1).not.toContain('年度报告');
    expect(parsed.report.texts.s5?.startsWith('2021年，我局政府信息公开工作')).toBe(true);
    expect(parsed.report.texts.s6).toBe('其中政府集中采购的实际金额为78万元的95%');
  });

  it('gives exactly INDEX.md findings: no error; TXT-NUM 9 vs 10, S6-FEE, FMT-LEGACY', () => {
    const findings = validate(parsed.report);
    expect(findings.map((finding) => [finding.ruleId, finding.severity])).toEqual([
      ['TXT-NUM', 'warning'],
      ['S6-FEE', 'warning'],
      ['FMT-LEGACY', 'warning'],
    ]);
    const [textNumber] = findings;
    expect(textNumber?.cells).toEqual(['s2.normativeDocs.issued']);
    expect(textNumber?.field).toBe('s1');
    expect(describeFinding(textNumber!)).toBe(
      '一、总体情况中“2021年我局共制定规范性文件9项”写的是 9，而表格“行政规范性文件 本年制发件数”是 10',
    );
  });
});

describe('each report of e2e/fixtures/reports parses to values.json', () => {
  it.each(fixtures.map((entry) => [entry.name]))('%s', (name) => {
    const entry = fixture(name);
    const parsed = parse(name);
    expect(parsed.report.meta).toEqual({ agency: entry.agency, year: entry.year });
    expect(parsed.layout).toBe(entry.format);
    const skipped = unplacedCells(parsed);
    for (const [id, value] of Object.entries(entry.values)) {
      if (skipped.has(id)) continue;
      expect({ id, printed: parsed.report.printed?.[id as keyof Report['printed']] }).toEqual({ id, printed: value });
    }
  });

  it('names the rows it could not split, and only rows the arithmetic cannot settle', () => {
    const unsplit = fixtures.flatMap((entry) =>
      parse(entry.name).issues.map((issue) => `${entry.name}: ${describeParseIssue(issue)}`),
    );
    expect(unsplit).toEqual([
      '2021-pingtan-shiyanqu: 第 11 行：“行政规范性文件”的数字连在一起（693665），有多种拆法（如 6 | 9 | 3665；6 | 93 | 665；6 | 936 | 65），这一行未导入，请对照原文填写。',
      '2023-pingtan-shiyanqu: 第 11 行：“行政规范性文件”的数字连在一起（77132470），有多种拆法（如 7 | 7 | 132470；7 | 71 | 32470；7 | 713 | 2470），这一行未导入，请对照原文填写。',
    ]);
  });

  it('splits 平潭 2023 行政规范性文件 once last year (2022) bounds it: 77 | 132 | 470', () => {
    const parsed = parse('2023-pingtan-shiyanqu', parse('2022-pingtan-shiyanqu').report);
    expect(parsed.issues).toEqual([]);
    expect(parsed.report.values['s2.normativeDocs.inForce']).toBe(470);
    expect(parsed.notes.some((note) => note.kind === 'rowDecodedWithEvidence')).toBe(true);
  });
});

describe('findings of each report, as INDEX.md lists them', () => {
  const cases: [string, string | undefined, string[]][] = [
    ['2021-puyang-gongxinju', undefined, ['FMT-LEGACY', 'S6-FEE', 'TXT-NUM']],
    ['2019-shanghai-shizhengfu-bangongting', undefined, ['T3-EMPTY', 'T4-EMPTY', 'TXT-CLAIM', 'TXT-NUM', 'TXT-NUM']],
    ['2020-pingtan-shiyanqu', undefined, ['T3-SUM', 'T3-SUM']],
    ['2021-pingtan-shiyanqu', undefined, []],
    ['2022-pingtan-shiyanqu', '2021-pingtan-shiyanqu', []],
    ['2023-pingtan-shiyanqu', '2022-pingtan-shiyanqu', ['T2-XY-VALID', 'TXT-NUM']],
  ];
  it.each(cases)('%s (last year: %s) → %j', (name, lastName, expected) => {
    const lastYear = lastName ? parse(lastName).report : undefined;
    const parsed = parse(name, lastYear);
    expect(ruleIds(parsed.report, lastYear)).toEqual(expected);
    expect(parsed.prefaceFindings).toEqual([]);
  });

  it('上海 2019: the numbers of INDEX.md', () => {
    const findings = validate(parse('2019-shanghai-shizhengfu-bangongting').report);
    const params = (ruleId: string) => findings.filter((finding) => finding.ruleId === ruleId).map((finding) => finding.params);
    expect(params('TXT-NUM').map((p) => [p.stated, p.table])).toEqual([
      [258, 275],
      [265, 337],
    ]);
    expect(params('T3-EMPTY')[0]?.count).toBe(126);
    expect(params('T4-EMPTY')[0]?.count).toBe(9);
    expect(findings.find((finding) => finding.ruleId === 'TXT-CLAIM')?.cells).toEqual(['s4.review.pending', 's4.suitDirect.pending']);
    expect(countBySeverity(findings).error).toBe(0);
  });

  it('平潭 2020: 自然人 26 vs 20 and 总计 27 vs 21', () => {
    const sums = validate(parse('2020-pingtan-shiyanqu').report).filter((finding) => finding.ruleId === 'T3-SUM');
    expect(sums.map((finding) => [finding.cells[0], finding.params.typed, finding.params.computed])).toEqual([
      ['s3.handledTotal.natural', 20, 26],
      ['s3.handledTotal.total', 21, 27],
    ]);
  });

  it('平潭 2023 with 2022: 698 + 77 − 132 = 643, table says 470; text says 393', () => {
    const lastYear = parse('2022-pingtan-shiyanqu').report;
    const findings = validate(parse('2023-pingtan-shiyanqu', lastYear).report, { lastYear });
    const valid = findings.find((finding) => finding.ruleId === 'T2-XY-VALID');
    expect(valid?.params).toMatchObject({ last: 698, issued: 77, repealed: 132, expected: 643, value: 470 });
    expect(describeFinding(valid!)).toBe('二、“行政规范性文件 现行有效件数”是 470，而上年现行有效 698 加本年制发 77 减本年废止 132 是 643');
    const text = findings.find((finding) => finding.ruleId === 'TXT-NUM');
    expect(text?.params).toMatchObject({ stated: 393, table: 470 });
  });

  it('平潭 2021 → 2022 carry-over and documents in force hold (665 + 88 − 55 = 698) once 2021 is split', () => {
    // 2021's 行政规范性文件 row cannot be split alone; typed as the archived page shows it.
    const last = parse('2021-pingtan-shiyanqu').report;
    const lastYear: Report = { ...last, values: { ...last.values, 's2.normativeDocs.issued': 69, 's2.normativeDocs.repealed': 3, 's2.normativeDocs.inForce': 665 } };
    expect(ruleIds(parse('2022-pingtan-shiyanqu', lastYear).report, lastYear)).toEqual([]);
    const broken: Report = { ...lastYear, values: { ...lastYear.values, 's2.normativeDocs.inForce': 600, 's3.carriedOver.natural': 3 } };
    expect(ruleIds(parse('2022-pingtan-shiyanqu', broken).report, broken)).toEqual(['T2-XY-VALID', 'T3-XY-CARRY']);
  });
});
