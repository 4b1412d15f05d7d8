/** Chinese sentences for each reason a draft file is refused: every refusal says what is wrong. */
import type { ReadProblem } from './read';
import { fieldLabels } from './schema';

function pathLabel(path: readonly (string | number)[]): string {
  const parts = path.filter((part) => part !== 'draft');
  const labelled = parts.map((part) => (typeof part === 'number' ? `第 ${part + 1} 项` : (fieldLabels[part] ?? part)));
  return labelled.length ? `${labelled.join(' › ')}（${parts.join('.')}）` : '草稿内容';
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The refusal in one or two Chinese sentences. */
export function describeReadProblem(problem: ReadProblem): string {
  switch (problem.code) {
    case 'empty':
      return '文件是空的，没有可导入的内容。';
    case 'tooLarge':
      return `文件太大（${megabytes(problem.bytes)}），草稿文件最大 ${megabytes(problem.limit)}。请确认选择的是“导出草稿”生成的 .nianbao.json 文件。`;
    case 'notJson':
      return '文件不是有效的草稿文件（不是 JSON 格式，或内容不完整、已截断）。请重新导出后再试。';
    case 'forbiddenKey':
      return `文件中含有不允许的字段名“${problem.key}”，可能被篡改，已拒绝导入。`;
    case 'tooDeep':
      return '文件结构嵌套层数过多，不是本系统导出的草稿文件，已拒绝导入。';
    case 'notObject':
      return '文件内容不是一份草稿（应为 JSON 对象）。';
    case 'wrongType':
      return `文件类型不对：这不是年报草稿文件（类型标记为“${problem.type || '空'}”，应为“nianbao-draft”）。`;
    case 'newerVersion':
      return `这个文件由更新版本的年报程序导出（文件格式第 ${problem.version} 版${problem.appVersion ? `，程序版本 ${problem.appVersion}` : ''}），本程序无法读取。请将本程序更新到 ${problem.appVersion ?? '最新'} 或以上版本后再导入。`;
    case 'badVersion':
      return '文件的格式版本号缺失或无效，无法判断如何读取。';
    case 'schema':
      return `文件中“${pathLabel(problem.path)}”一项不符合要求（${issueLabel(problem.issue)}）。`;
    case 'digestMissing':
      return '文件缺少校验码（sha256），无法确认内容完整，已拒绝导入。';
    case 'digestMismatch':
      return '文件校验码不符：文件在导出后被修改或已损坏，已拒绝导入。请让对方重新导出。';
    case 'unknownFormat':
      return `文件使用的报告格式“${problem.format}”本程序不支持。`;
    case 'unknownCells':
      return `文件中有 ${problem.cells.length} 个表格单元格不属于该报告格式（${problem.cells.slice(0, 5).join('、')}${problem.cells.length > 5 ? '等' : ''}），未导入，以免数据丢失。`;
  }
}

function issueLabel(issue: string): string {
  const labels: Record<string, string> = {
    invalid_type: '类型不对',
    invalid_union: '数值须为不小于 0 的整数或金额',
    too_small: '数值太小或为负数',
    too_big: '内容过长或数值过大',
    invalid_value: '取值无效',
    invalid_format: '格式不对',
    missing: '缺少此项',
  };
  return labels[issue] ?? '格式不对';
}
