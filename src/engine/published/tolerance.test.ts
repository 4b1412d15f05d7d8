// What real published texts contain: HTML pages, full-width digits, 「1、」 for 「1.」, stray spaces, a
// typo in a heading, page furniture — the parser reads the same numbers through all of it.
import { describe, expect, it } from 'vitest';
import { reportFixtures, reportText } from './fixtures';
import { parsePublishedReport } from '.';
import { htmlToText } from './normalise';
import { candidateSplits, splitJoinedCells } from './decode';

const seedText = reportText('2021-puyang-gongxinju.txt');
const seedValues = parsePublishedReport(seedText).report.values;
const shanghai = reportFixtures().find((entry) => entry.name === '2019-shanghai-shizhengfu-bangongting');

/** The 上海 text as the HTML page it came from: paragraphs, and table rows with a td per TAB field. */
function asHtml(text: string): string {
  const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = text
    .split('\n')
    .map((line) =>
      line.includes('\t')
        ? `<tr>${line
            .split('\t')
            .map((cell) => `<td>${cell === '' ? '&nbsp;' : escape(cell)}</td>`)
            .join('')}</tr>`
        : `<p>${escape(line)}</p>`,
    )
    .join('\n');
  return `<!DOCTYPE html><html><head><title>x</title><style>td{}</style></head><body><table>${body}</table></body></html>`;
}

describe('tolerance', () => {
  it('reads an HTML page (cells in <td>, &nbsp; for empty cells) like its text', () => {
    const text = reportText('2019-shanghai-shizhengfu-bangongting.txt');
    const fromHtml = parsePublishedReport(asHtml(text));
    expect(fromHtml.report.meta).toEqual({ agency: '上海市人民政府办公厅', year: 2019 });
    for (const [id, value] of Object.entries(shanghai?.values ?? {})) {
      expect({ id, value: fromHtml.report.printed?.[id as never] }).toEqual({ id, value });
    }
  });

  it('htmlToText drops scripts and decodes entities', () => {
    expect(htmlToText('<p>a&amp;b&#20013;&#x6587;</p><script>alert(1)</script><p>c&lt;d</p>')).toContain('a&b中文');
    expect(htmlToText('<p>a</p><script>alert(1)</script><p>c&lt;d</p>')).not.toContain('alert');
  });

  it('reads full-width digits, 「1、」 numbering, stray spaces and CRLF', () => {
    const messy = seedText
      .replace(/(\d)\.(属于|其他|危及|保护|本机关|没有|补正|信访|重复|要求|无正当|申请人)/g, '$1、$2')
      .replace(/ 0 0 0 0 0 0 0/g, ' ０ ０  ０\u3000０ ０ ０ ０')
      .replace(/\n/g, '\r\n');
    const parsed = parsePublishedReport(messy);
    expect(parsed.issues).toEqual([]);
    expect(parsed.report.values).toEqual(seedValues);
  });

  it('finds 四 under a typo in its heading (「行政法复议」, 平潭 2022)', () => {
    const parsed = parsePublishedReport(seedText.replace('四、政府信息公开行政复议', '四、政府信息公开行政法复议'));
    expect(parsed.issues).toEqual([]);
    expect(parsed.report.printed?.['s4.review.total']).toBe('0');
  });

  it('names a row it cannot find instead of shifting numbers into it', () => {
    const parsed = parsePublishedReport(seedText.replace('2.重复申请', '2.另行处理的事项'));
    expect(parsed.issues.map((issue) => issue.kind).sort()).toEqual(['rowNotFound', 'rowUnreadable']);
    expect(parsed.report.values['s3.notProcessed.duplicate.natural']).toBeUndefined();
  });

  it('reports, line by line, numbers in a table header that are no cell', () => {
    const parsed = parsePublishedReport(seedText.replace('申请人情况', '申请人情况 另有 3 件'));
    expect(parsed.issues).toEqual([{ kind: 'lineUnplaced', line: expect.any(Number), text: '申请人情况 另有 3 件' }]);
    expect(seedText.split('\n')[parsed.issues[0]?.kind === 'lineUnplaced' ? parsed.issues[0].line - 1 : 0]).toBe('申请人情况');
  });

  it('recognises a 2019-format report and says 二 is not checked', () => {
    const parsed = parsePublishedReport(reportText('2020-pingtan-shiyanqu.txt'));
    expect(parsed.layout).toBe('2019');
    expect(parsed.notes.map((note) => note.kind)).toEqual(
      expect.arrayContaining(['legacyFormat', 'legacySection2NotChecked', 'legacyOtherHandling']),
    );
    expect(Object.keys(parsed.report.values).some((id) => id.startsWith('s2.'))).toBe(false);
    expect(parsed.report.values['s3.otherHandling.other.natural']).toBe(4);
  });

  it('says what it could not place when given no report at all', () => {
    const parsed = parsePublishedReport('这不是年报。');
    expect(parsed.issues.map((issue) => issue.kind)).toContain('titleMissing');
    expect(parsed.issues.filter((issue) => issue.kind === 'sectionMissing')).toHaveLength(6);
    expect(parsed.report.values).toEqual({});
  });
});

describe('splitting joined cells by the format arithmetic', () => {
  const row = [{ parts: [0, 1, 2, 3, 4, 5], total: 6 }];
  it('splits 「640020470」 as 64 | 0 | 0 | 2 | 0 | 4 | 70', () => {
    expect(splitJoinedCells(['640020470'], 7, row)).toEqual({ kind: 'unique', cells: ['64', '0', '0', '2', '0', '4', '70'] });
  });
  it('uses spaces as cell boundaries (「200 000121」)', () => {
    expect(splitJoinedCells(['200', '000121'], 7, row)).toEqual({ kind: 'unique', cells: ['20', '0', '0', '0', '0', '1', '21'] });
  });
  it('reports every split when several add up', () => {
    const candidates = candidateSplits(['270020130'], 7, row);
    expect(candidates).toContainEqual(['27', '0', '0', '2', '0', '1', '30']);
    expect(candidates.length).toBeGreaterThan(1);
  });
  it('gives up on what cannot add up', () => {
    expect(splitJoinedCells(['1234567'], 7, row).kind).toBe('impossible');
  });
});
