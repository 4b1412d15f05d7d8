/** Chinese sentences for each reason a draft file is refused: every refusal says what is wrong and where. */
import { cellsOf, format2021 } from '../format';
import type { CellValueFault } from './cellValues';
import type { BackupProblem } from './backup';
import type { ReadProblem } from './read';
import { fieldLabels } from './schema';

/** A cell by the name the format prints (`（一）予以公开 自然人`), or its id when the format has no such cell. */
export function cellNameOf(id: string): string {
  return cellsOf(format2021).get(id)?.name ?? id;
}

/** A text field by its section title (`总体情况`). */
export function textTitleOf(id: string): string {
  return format2021.sections.find((section) => section.id === id)?.title ?? id;
}

/** A field path in Chinese: `表格数值 › （一）予以公开 自然人`, `正文 › 总体情况`, `基本信息 › 年度`. */
export function fieldPathLabel(path: readonly (string | number)[]): string {
  const parts = path.filter((part) => part !== 'draft');
  const labelled = parts.map((part, index) => {
    if (typeof part === 'number') return `第 ${part + 1} 项`;
    const parent = parts[index - 1];
    if ((parent === 'values' || parent === 'printed') && index === 1) return cellNameOf(part);
    if (parent === 'texts' && index === 1) return textTitleOf(part);
    if (parent === 'notes' && index === 1) return '一条说明';
    return fieldLabels[part] ?? part;
  });
  return labelled.length ? labelled.join(' › ') : '草稿内容';
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const faults: Record<CellValueFault, string> = {
  negative: '是负数，数量和金额都不能小于 0',
  fractional: '带小数，件数只能是整数',
  notNumber: '不是数字',
  amountNotText: '金额须以文本形式保存（如 "0.5"），以免小数失真',
};

type ContentProblem = Extract<ReadProblem, { code: 'schema' | 'unknownCells' | 'badCellValue' | 'unknownFormat' }>;

/** What is wrong with a draft's content, one phrase shared by the file and the stored-draft wordings. */
function contentFault(problem: ContentProblem): string {
  switch (problem.code) {
    case 'schema':
      return `“${fieldPathLabel(problem.path)}”一项不符合要求（${issueLabel(problem.issue)}）`;
    case 'unknownCells':
      return `有 ${problem.cells.length} 个表格数值不属于该报告格式的填写项（${problem.cells.slice(0, 5).join('、')}${problem.cells.length > 5 ? '等' : ''}）`;
    case 'badCellValue':
      return `“${cellNameOf(problem.cell)}”的数值“${problem.value}”${faults[problem.fault]}`;
    case 'unknownFormat':
      return `使用的报告格式“${problem.format}”本程序不支持`;
  }
}

/** The refusal in one or two Chinese sentences. */
export function describeReadProblem(problem: ReadProblem): string {
  switch (problem.code) {
    case 'empty':
      return '文件是空的，没有可导入的内容。';
    case 'tooLarge':
      return `文件太大（${megabytes(problem.bytes)}），草稿文件最大 ${megabytes(problem.limit)}。请确认选择的是“导出草稿”生成的 .nianbao.json 文件。`;
    case 'notJson':
      return problem.truncated
        ? '文件内容不完整（可能在复制或传送中被截断），不是有效的草稿文件。请让对方重新导出后再试。'
        : '文件不是有效的草稿文件（不是 JSON 格式）。请确认选择的是“导出草稿”生成的 .nianbao.json 文件。';
    case 'forbiddenKey':
      return `文件中含有不允许的字段名“${problem.key}”，可能被篡改，已拒绝导入。`;
    case 'tooDeep':
      return '文件结构嵌套层数过多，不是本系统导出的草稿文件，已拒绝导入。';
    case 'notObject':
      return '文件内容不是一份草稿（应为 JSON 对象，而不是列表、数字或文字）。';
    case 'wrongType':
      return `文件类型不对：这不是年报草稿文件（类型标记为“${problem.type || '空'}”，应为“nianbao-draft”）。`;
    case 'isBackup':
      return '这是“导出全部”生成的备份文件，不是单份草稿。请用“恢复备份”导入。';
    case 'newerVersion':
      return `这个文件由更新版本的年报程序导出（文件格式第 ${problem.version} 版${problem.appVersion ? `，程序版本 ${problem.appVersion}` : ''}），本程序无法读取。请将本程序更新到 ${problem.appVersion ?? '最新'} 或以上版本后再导入。`;
    case 'badVersion':
      return '文件的格式版本号缺失或无效，无法判断如何读取。';
    case 'schema':
      return `文件中${contentFault(problem)}，已拒绝导入。`;
    case 'digestMissing':
      return '文件缺少校验码（sha256），无法确认内容完整，已拒绝导入。';
    case 'digestMismatch':
      return '文件校验码不符：文件在导出后被修改或已损坏，已拒绝导入。请让对方重新导出。';
    case 'unknownFormat':
      return `文件${contentFault(problem)}。`;
    case 'unknownCells':
      return `文件中${contentFault(problem)}。为免这些数值丢失，整份文件未导入。`;
    case 'badCellValue':
      return `文件中${contentFault(problem)}，已拒绝导入。`;
    case 'activeContent':
      return `文件中“${fieldPathLabel(problem.path)}”含有网页代码（${problem.sample}…），可能被篡改，已拒绝导入。`;
    case 'damaged':
      return '文件内容已损坏，无法读取。';
  }
}

function issueLabel(issue: string): string {
  const labels: Record<string, string> = {
    invalid_type: '类型不对',
    invalid_union: '类型不对',
    too_small: '内容为空或数值太小',
    too_big: '内容过长或数值过大',
    invalid_value: '取值无效',
    invalid_format: '格式不对',
    missing: '缺少此项',
  };
  return labels[issue] ?? '格式不对';
}

/** A backup file's refusal: the draft problems, plus which draft of the backup is at fault. */
export function describeBackupProblem(problem: BackupProblem): string {
  if (problem.code === 'isDraftFile') return '这是单份草稿文件，不是“导出全部”生成的备份。请用“导入草稿”导入。';
  if (problem.code === 'badEntry') {
    return `备份中的第 ${problem.index + 1} 份草稿${problem.title ? `“${problem.title}”` : ''}无法读取，整个备份未恢复：${describeReadProblem(problem.problem)}`;
  }
  if (problem.code === 'wrongType') return `文件类型不对：这不是年报备份文件（类型标记为“${problem.type || '空'}”，应为“nianbao-backup”）。`;
  if (problem.code === 'tooLarge') return `文件太大（${megabytes(problem.bytes)}），备份文件最大 ${megabytes(problem.limit)}。`;
  return describeReadProblem(problem);
}

/**
 * A draft saved in this browser that no longer reads back (changed by another program, a damaged profile, a newer
 * version of the app): what is wrong, in words about the saved draft rather than about a file, and the ways back.
 */
export function describeStoredDraftProblem(problem: ReadProblem): string {
  return `浏览器中保存的这份草稿读不出来：${storedDraftFault(problem)}。可以在「我的草稿」里用它的「版本记录」恢复较早的版本，或导入之前导出的草稿文件。`;
}

/** Why a saved draft (or one of its versions) does not read back, as one phrase: the drafts list shows it (issue 12). */
export function storedDraftFault(problem: ReadProblem): string {
  switch (problem.code) {
    case 'schema':
    case 'unknownCells':
    case 'badCellValue':
    case 'unknownFormat':
      return contentFault(problem);
    case 'newerVersion':
      return `它由更新版本的年报程序保存（草稿格式第 ${problem.version} 版），请把本程序更新到最新版本`;
    case 'badVersion':
      return '它的格式版本号无效，无法判断如何读取';
    case 'forbiddenKey':
      return `它含有不允许的字段名“${problem.key}”，可能被其他程序改动过`;
    case 'tooLarge':
      return `它的内容过大（${megabytes(problem.bytes)}），超过一份草稿的上限 ${megabytes(problem.limit)}`;
    case 'tooDeep':
      return '它的结构嵌套层数过多，不是本程序保存的草稿';
    case 'notObject':
      return '保存的记录不是一份草稿';
    default:
      return '保存的内容已损坏';
  }
}
