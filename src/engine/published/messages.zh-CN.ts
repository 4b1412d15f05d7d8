/** What the published-text parser could not place or had to decide, in Chinese, line by line. */
import { format2021 } from '../../format';
import type { ParseIssue, ParseNote } from './types';

const cells = (list: readonly string[]): string => list.map((cell) => (cell === '' ? '（空）' : cell)).join(' | ');

/** A section as the format prints it (三、收到和处理政府信息公开申请情况). */
const sectionName = (id: string): string => {
  const section = format2021.sections.find((candidate) => candidate.id === id);
  return section ? `${section.number}、${section.title}` : id;
};

const where = (line: number | undefined): string => (line ? `第 ${line} 行：` : '');

/** One sentence for something the parser could not place. */
export function describeParseIssue(issue: ParseIssue): string {
  switch (issue.kind) {
    case 'titleMissing':
      return '没有找到标题（“机关名称+年度+政府信息公开工作年度报告”），机关名称和年度请手工填写。';
    case 'sectionMissing':
      return `没有找到“${sectionName(issue.section)}”这一部分的标题。`;
    case 'rowNotFound':
      return `没有找到“${issue.row}”这一行。`;
    case 'rowUnreadable': {
      const why = {
        noNumbers: '后面没有数字',
        tooMany: `数字多于 ${issue.expected} 个（${cells(issue.tokens)}）`,
        tooFew: `数字少于 ${issue.expected} 个（${cells(issue.tokens)}）`,
        noSplit: `数字连在一起（${issue.tokens.join(' ')}），按表格的加总关系无法拆成 ${issue.expected} 格`,
      }[issue.reason];
      return `${where(issue.line)}“${issue.row}”${why}，这一行未导入。`;
    }
    case 'rowAmbiguous':
      return `${where(issue.line)}“${issue.row}”的数字连在一起（${issue.tokens.join(' ')}），有多种拆法（如 ${issue.candidates
        .slice(0, 3)
        .map((candidate) => cells(candidate))
        .join('；')}），这一行未导入，请对照原文填写。`;
    case 'lineUnplaced':
      return `${where(issue.line)}“${issue.text}”中的数字没有对应到表格。`;
  }
}

/** One sentence for a decision the parser took and the officer should know about. */
export function describeParseNote(note: ParseNote): string {
  switch (note.kind) {
    case 'legacyFormat':
      return `这是 2019 年格式（国办公开办函〔2019〕60号）的报告（${note.year ?? '年度不明'}年）：三、四按相同的行导入。`;
    case 'legacyOtherHandling':
      return '2019 年格式的“（六）其他处理”只有一行，已记入“（六）其他处理 3.其他”，另两行记为 0。';
    case 'legacySection2NotChecked':
      return '二、主动公开政府信息情况按 2019 年格式填报，栏目不同，未导入也未校验。';
    case 'rowChosen':
      return `${where(note.line)}“${note.row}”的数字连在一起，按您选择的拆法导入：${cells(note.cells)}。`;
    case 'labelVariant':
      return `${where(note.line)}原文“${note.found}”与格式的“${note.row}”不完全相同，已按“${note.row}”一行导入，请核对。`;
    case 'rowDecoded':
      return `${where(note.line)}“${note.row}”的数字连在一起，按加总关系唯一拆分为：${cells(note.cells)}。`;
    case 'rowDecodedByColumns':
      return `${where(note.line)}“${note.row}”的数字连在一起，按各列的加总关系（各项之和等于（七）总计）唯一拆分为：${cells(note.cells)}。`;
    case 'rowDecodedWithEvidence':
      return `${where(note.line)}“${note.row}”的数字连在一起，依据${note.evidence
        .map((item) => (item === 'text' ? '正文中的数字' : '上年报告（现行有效件数不会多于上年现行有效加本年制发）'))
        .join('和')}拆分为：${cells(note.cells)}，请对照原文核对。`;
  }
}
