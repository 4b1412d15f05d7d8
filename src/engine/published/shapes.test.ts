// Issue 14: published reports as they really come. Each test writes a small excerpt in one shape seen in
// real reports (a PDF's page numbers, wrapped labels, markdown tables, label variants, …) into a made-up
// report whose every cell differs, and checks that every cell is read right and nothing is left out.
import { describe, expect, it } from 'vitest';
import { validate } from '..';
import { describeParseNote, parsePublishedReport } from '.';
import { baseFigures, baseText, expectEveryCell, replaceLine, rowFigures, tableCells } from './shapes.testkit';

const figures = baseFigures();
const row = (label: string) => rowFigures(figures, label).join(' ');

describe('the made-up base report', () => {
  it('reads every cell and gives no finding', () => {
    const parsed = parsePublishedReport(baseText());
    expect(parsed.report.meta).toEqual({ agency: '测试县人民政府办公室', year: 2022 });
    expectEveryCell(parsed, figures);
    expect(validate(parsed.report).map((finding) => finding.ruleId)).toEqual([]);
  });
});

const base = baseText();
const parse = (text: string) => parsePublishedReport(text);

describe('a PDF’s text: page numbers', () => {
  it('on a row’s line, between the lines of a wrapped row, glued with one space, and 第 N 页', () => {
    let text = replaceLine(base, '（一）予以公开', `（一）予以公开     ${row('（一）予以公开')}            -3-`);
    text = replaceLine(
      text,
      '1.申请人无正当理由逾期不补正',
      `1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息\n\n                         — 4 —\n\n公开申请   ${row('1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请')}`,
    );
    text = replaceLine(text, '3.其他 ', `3.其他 ${row('3.其他')} — 5 —`);
    text = replaceLine(text, '（七）总计', `（七）总计 ${row('（七）总计')}\n第 6 页 共 9 页`);
    text = replaceLine(text, '规章', `－7－     规章   ${row('规章')}`);
    expectEveryCell(parse(text), figures);
  });
});

describe('a PDF’s text: labels wrapped over two or three lines', () => {
  it('numbers on the middle line of a three-line label, and on the last line of a two-line one', () => {
    let text = replaceLine(base, '（二）部分公开', `（二）部分公开（区分处理的，\n只计这一情形，       ${row('（二）部分公开（区分处理的，只计这一情形，不计其他情形）')}\n不计其他情形）`);
    text = replaceLine(
      text,
      '2.申请人逾期未按收费通知',
      `2.申请人逾期未按收费通知要求缴纳\n费用、行政机关不再处理其政府信息     ${row('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请')}\n公开申请`,
    );
    text = replaceLine(text, '5.要求行政机关确认', `5.要求行政机关确认或重新出具\n已获取信息                ${row('5.要求行政机关确认或重新出具已获取信息')}`);
    text = replaceLine(text, '一、本年新收', `一、本年新收政府信息\n公开申请数量   ${row('一、本年新收政府信息公开申请数量')}`);
    expectEveryCell(parse(text), figures);
  });
});

describe('a PDF’s text: the section column interleaved at the left', () => {
  it('（五）不予处理 and （四）无法提供 printed beside their first rows', () => {
    let text = replaceLine(base, '1.信访举报投诉类申请', `               1.信访举报投诉类申请           ${row('1.信访举报投诉类申请')}`);
    text = replaceLine(text, '2.重复申请', `（五）不予     2.重复申请                     ${row('2.重复申请')}`);
    text = replaceLine(text, '3.要求提供公开出版物', `处理           3.要求提供公开出版物           ${row('3.要求提供公开出版物')}`);
    text = replaceLine(text, '1.本机关不掌握', `（四）无法     1.本机关不掌握相关政府信息     ${row('1.本机关不掌握相关政府信息')}`);
    text = replaceLine(text, '2.没有现成信息', `提供           2.没有现成信息需要另行制作     ${row('2.没有现成信息需要另行制作')}`);
    text = replaceLine(text, '1.属于国家秘密', `（三）不予公开  1.属于国家秘密  ${row('1.属于国家秘密')}`);
    expectEveryCell(parse(text), figures);
  });
});

describe('a title split over two lines', () => {
  it('reads agency and year from both lines', () => {
    const text = base.replace('测试县人民政府办公室2022年政府信息公开工作年度报告', '测试县人民政府办公室\n2022年政府信息公开工作年度报告');
    const parsed = parse(text);
    expect(parsed.report.meta).toEqual({ agency: '测试县人民政府办公室', year: 2022 });
    expectEveryCell(parsed, figures);
  });

  it('and a title without 工作', () => {
    const parsed = parse(base.replace('公开工作年度报告', '公开年度报告'));
    expect(parsed.report.meta).toEqual({ agency: '测试县人民政府办公室', year: 2022 });
  });
});

describe('markdown and OCR tables', () => {
  it('reads 三 and 四 as markdown: separator rows dropped, 「数据1」 header digits never read as values', () => {
    const lines = base.split('\n');
    const at = (start: string) => lines.findIndex((line) => line.startsWith(start));
    const markdown = (line: string) => {
      const cells = line.match(/^(.*?)((?: \d+)+)$/);
      return cells ? `| ${cells[1]} |${cells[2]!.trim().split(' ').map((cell) => ` ${cell} |`).join('')}` : line;
    };
    const s3Start = at('一、本年新收');
    const s3End = at('四、结转下年度继续办理');
    const table = lines.slice(s3Start, s3End + 1).filter((line) => line !== '').map(markdown);
    const s3 = ['| 类别 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 总计 |', '|---|---|---|---|---|---|---|---|', ...table];
    const s4Row = lines.findIndex((line, index) => index > s3End && /^\d+( \d+){14}$/.test(line));
    const s4 = [
      '| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |',
      '| :--- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | ---: |',
      `|${lines[s4Row]!.split(' ').map((cell) => ` ${cell} |`).join('')}`,
    ];
    const rebuilt = [...lines.slice(0, s3Start), ...s3, ...lines.slice(s3End + 1, s4Row), ...s4, ...lines.slice(s4Row + 1)].join('\n');
    const parsed = parse(rebuilt);
    expectEveryCell(parsed, figures);
  });

  it('a markdown 二 with an empty cell keeps the cell empty, not shifted', () => {
    const text = replaceLine(base, '规章', `| 规章 | ${rowFigures(figures, '规章')[0]} | | ${rowFigures(figures, '规章')[2]} |`);
    const parsed = parse(text);
    expect(parsed.report.printed?.['s2.rules.repealed']).toBe('');
    expect(parsed.report.printed?.['s2.rules.inForce']).toBe(rowFigures(figures, '规章')[2]);
  });
});

describe('label variants within a small edit distance', () => {
  it('「规范性文件」 and 「2.其他法律行政止公开」 are read as their rows, each noted with both wordings', () => {
    let text = replaceLine(base, '行政规范性文件', `规范性文件 ${row('行政规范性文件')}`);
    text = replaceLine(text, '2.其他法律行政法规禁止公开', `2.其他法律行政止公开 ${row('2.其他法律行政法规禁止公开')}`);
    const parsed = parse(text);
    expectEveryCell(parsed, figures);
    expect(parsed.notes.filter((note) => note.kind === 'labelVariant').map((note) => describeParseNote(note))).toEqual([
      expect.stringMatching(/原文“规范性文件”与格式的“行政规范性文件”不完全相同，已按“行政规范性文件”一行导入/),
      expect.stringMatching(/原文“2.其他法律行政止公开”与格式的“2.其他法律行政法规禁止公开”不完全相同/),
    ]);
  });

  it('a wording far from every label is not read (never a guess)', () => {
    const parsed = parse(replaceLine(base, '2.重复申请', `2.其他事项 ${row('2.重复申请')}`));
    expect(parsed.report.printed?.['s3.notProcessed.duplicate.natural']).toBeUndefined();
    expect(parsed.issues.map((issue) => issue.kind)).toContain('rowNotFound');
  });

  it('五、存在的主要问题及整改措施 is 五', () => {
    const parsed = parse(base.replace('五、存在的主要问题及改进情况', '五、存在的主要问题及整改措施'));
    expect(parsed.report.texts.s5).toContain('政务公开工作仍有不足');
    expect(parsed.issues).toEqual([]);
  });
});

describe('tables numbered on their own', () => {
  it('二、三、四 numbered 一、二、三 in place', () => {
    const text = base
      .replace('二、主动公开政府信息情况', '一、主动公开政府信息情况')
      .replace('三、收到和处理政府信息公开申请情况', '二、收到和处理政府信息公开申请情况')
      .replace('四、政府信息公开行政复议、行政诉讼情况', '三、政府信息公开行政复议、行政诉讼情况');
    expectEveryCell(parse(text), figures);
  });

  it('tables as an annex numbered 一–三 after prose sections 一–六', () => {
    const lines = base.split('\n');
    const s2 = lines.findIndex((line) => line.startsWith('二、主动公开'));
    const s5 = lines.findIndex((line) => line.startsWith('五、存在'));
    const tables = lines.slice(s2, s5);
    const annex = tables
      .join('\n')
      .replace('二、主动公开政府信息情况', '一、主动公开政府信息情况')
      .replace('三、收到和处理政府信息公开申请情况', '二、收到和处理政府信息公开申请情况')
      .replace('四、政府信息公开行政复议、行政诉讼情况', '三、政府信息公开行政复议、行政诉讼情况');
    const prose = ['二、主动公开政府信息情况', '本年主动公开政府信息情况见附表一。', '三、收到和处理政府信息公开申请情况', '见附表二。', '四、政府信息公开行政复议、行政诉讼情况', '见附表三。'];
    const text = [...lines.slice(0, s2), ...prose, ...lines.slice(s5), '附表', annex].join('\n');
    const parsed = parse(text);
    expectEveryCell(parsed, figures);
    expect(parsed.report.texts.s6?.startsWith('本机关2022年度无收取信息处理费情况。')).toBe(true);
  });
});

describe('（六）其他处理 as a single row (the 2019 layout) in a 2021 report', () => {
  it('goes to 3.其他, the two other rows 0, with a note', () => {
    const other = ['1.申请人无正当理由逾期不补正', '2.申请人逾期未按收费通知', '3.其他 '];
    const sums = rowFigures(figures, '3.其他').map((_, column) =>
      String(other.reduce((sum, start) => sum + Number(base.split('\n').find((line) => line.startsWith(start))!.split(' ').filter((cell) => /^\d+$/.test(cell))[column]), 0)),
    );
    let text = replaceLine(base, other[0]!, `（六）其他处理 ${sums.join(' ')}`);
    text = replaceLine(text, other[1]!, '');
    text = replaceLine(text, other[2]!, '');
    const parsed = parse(text);
    const expected = new Map(figures);
    const columns = tableCells.filter((cell) => cell.row.key === 'otherHandling.other').map((cell) => cell.column.key);
    for (const [index, column] of columns.entries()) {
      expected.set(`s3.otherHandling.noCorrection.${column}`, '0');
      expected.set(`s3.otherHandling.noFee.${column}`, '0');
      expected.set(`s3.otherHandling.other.${column}`, sums[index]!);
    }
    expectEveryCell(parsed, expected);
    expect(parsed.notes.map((note) => note.kind)).toContain('legacyOtherHandling');
    expect(validate(parsed.report).map((finding) => finding.ruleId)).toEqual([]);
  });
});

describe('信息处理费 wordings that mean 无收取信息处理费情况', () => {
  it.each(['政府信息公开未发生收费情况。', '本机关未收取信息公开处理费。', '未发生政府信息公开收费事项。'])('%s', (wording) => {
    const parsed = parse(base.replace('本机关2022年度无收取信息处理费情况。', wording));
    expect(validate(parsed.report).map((finding) => finding.ruleId)).toEqual([]);
    expect(validate(parse(base.replace('本机关2022年度无收取信息处理费情况。', '无。')).report).map((finding) => finding.ruleId)).toEqual(['S6-FEE']);
  });
});

describe('an HTML page’s own tables, rowspan and colspan honoured', () => {
  it('group cells spanning rows, labels spanning columns, a blank cell spanning two columns', () => {
    const [issued, , inForce] = rowFigures(figures, '行政规范性文件');
    const html = `<html><body><p>测试县人民政府办公室2022年政府信息公开工作年度报告</p><p>二、主动公开政府信息情况</p>
      <table><tr><td colspan="4">第二十条第（一）项</td></tr>
      <tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
      <tr><td>规章</td><td colspan="2"></td><td>4</td></tr>
      <tr><td>行政规范性文件</td><td>${issued}</td><td>&nbsp;</td><td>${inForce}</td></tr></table>
      <p>三、收到和处理政府信息公开申请情况</p><table>
      <tr><td rowspan="3">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td><td>6</td><td>21</td></tr>
      <tr><td rowspan="2">（三）不予公开</td><td>1.属于国家秘密</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td><td>1</td></tr>
      <tr><td>2.其他法律行政法规禁止公开</td><td colspan="6">0</td><td>0</td></tr></table></body></html>`;
    const printed = parsePublishedReport(html).report.printed ?? {};
    expect([printed['s2.rules.issued'], printed['s2.rules.repealed'], printed['s2.rules.inForce']]).toEqual(['', '', '4']);
    expect([printed['s2.normativeDocs.issued'], printed['s2.normativeDocs.repealed'], printed['s2.normativeDocs.inForce']]).toEqual([issued, '', inForce]);
    expect(['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total'].map((column) => printed[`s3.disclosed.${column}` as never])).toEqual(['1', '2', '3', '4', '5', '6', '21']);
    expect(printed['s3.withheld.stateSecret.other' as never]).toBe('1');
    expect(['natural', 'business', 'total'].map((column) => printed[`s3.withheld.lawForbidden.${column}` as never])).toEqual(['0', '', '0']);
  });
});
