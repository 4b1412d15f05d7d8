/**
 * The one place findings become Chinese sentences, for the wizard, the review step, the print view
 * and the checker command. A sentence shows the numbers and names the cells as the format prints them.
 */
import { cellsOf, format2021, formatById } from '../format';
import type { FormatSpec, RuleId2021 } from '../format';
import type { Finding } from './finding';
import type { InputProblem } from './input';

type Params = Finding['params'];
type Template = (params: Params, names: NameOf, finding: Finding) => string;
type NameOf = (index: number) => string;

const n = (value: string | number | undefined): string => String(value ?? '');

const section3Column = (names: NameOf): string => names(0).split(' ').at(-1) ?? '';

/** A text field's section as the format prints it (一、总体情况); 导语 is the text before 一. */
const fieldTitle = (field: string | undefined): string => {
  if (field === 'preface') return '报告导语';
  const section = format2021.sections.find((candidate) => candidate.id === field);
  return section ? `${section.number}、${section.title}` : '正文';
};

/** The cells of a finding by name, joined (a figure the text states may be a sum of several rows). */
const cellList = (names: NameOf, finding: Finding): string =>
  finding.cells.length > 3
    ? `${names(0)}等 ${finding.cells.length} 项之和`
    : finding.cells.map((_id, index) => names(index)).join('”加“');

// Keyed by the catalogue's rule ids (issue 12): a rule added to the format without wording here does not compile.
const templates: Record<RuleId2021, Template> = {
  'T3-BAL': (p, names) =>
    `三、第一项加第二项之和（${n(p.left)}）应等于第三项加第四项之和（${n(p.right)}），相差 ${n(p.difference)}（${section3Column(names)}）`,
  'T3-SUM': (p, names) =>
    `三、“${names(0)}”填的是 ${n(p.typed)}，而（一）至（六）各项相加是 ${n(p.computed)}，相差 ${n(p.difference)}`,
  'T3-COL': (p, names) =>
    `三、“${names(0)}”填的是 ${n(p.typed)}，而各类申请人相加是 ${n(p.computed)}，相差 ${n(p.difference)}`,
  'T4-SUM': (p, names) =>
    `四、“${names(0)}”填的是 ${n(p.typed)}，而结果维持、结果纠正、其他结果、尚未审结相加是 ${n(p.computed)}，相差 ${n(p.difference)}`,
  'T3-INT': (p, names) => `三、“${names(0)}”填的是“${n(p.value)}”，应为不小于 0 的整数`,
  'T4-INT': (p, names) => `四、“${names(0)}”填的是“${n(p.value)}”，应为不小于 0 的整数`,
  'T2-INT': (p, names) => `二、“${names(0)}”填的是“${n(p.value)}”，应为不小于 0 的整数`,
  'T2-NUM': (p, names) => `二、“${names(0)}”填的是“${n(p.value)}”，应为不小于 0 的金额（单位：万元）`,
  'S6-FEE-NUM': (p, names) =>
    p.kind === 'count'
      ? `六、“${names(0)}”填的是“${n(p.value)}”，应为不小于 0 的整数`
      : `六、“${names(0)}”填的是“${n(p.value)}”，应为不小于 0 的金额（单位：元）`,
  'T3-EMPTY': (p) => `三、有 ${n(p.count)} 个格未填写（共 ${n(p.of)} 格），没有的请填 0`,
  'T4-EMPTY': (p) => `四、有 ${n(p.count)} 个格未填写（共 ${n(p.of)} 格），没有的请填 0`,
  'T2-FEE-DP': (p, names) =>
    `二、“${names(0)}”有 ${n(p.decimals)} 位小数（${n(p.value)}），格式要求保留 ${n(p.max)} 位小数`,
  'T2-VALID-MIN': (p, names) =>
    `二、“${names(0)}”（${n(p.value)}）少于本年制发件数减本年废止件数（${n(p.plus)} − ${n(p.minus)} = ${n(p.bound)}）`,
  'T3-FEE-LINK': (p, names) =>
    `三、因逾期未缴费不再处理的申请有 ${n(p.bound)} 件，但六、“${names(0)}”只有 ${n(p.value)} 件：不再处理前应已发出收费通知`,
  // Issue 7: text ↔ table, year over year, sections.
  'TXT-NUM': (p, names, f) =>
    `${fieldTitle(f.field)}中“${n(p.excerpt)}”写的是 ${n(p.stated)}，而表格“${cellList(names, f)}”是 ${n(p.table)}`,
  'TXT-CLAIM': (p, names, f) =>
    `${fieldTitle(f.field)}中“${n(p.excerpt)}”与表格不符：“${cellList(names, f)}”是 ${n(p.values)}`,
  'T3-XY-CARRY': (p, names) =>
    `三、“${names(0)}”是 ${n(p.value)}，而上年（${n(p.lastYear)}年）报告“四、结转下年度继续办理”是 ${n(p.last)}，相差 ${n(p.difference)}`,
  'T2-XY-VALID': (p, names) =>
    `二、“${names(0)}”是 ${n(p.value)}，而上年现行有效 ${n(p.last)} 加本年制发 ${n(p.issued)} 减本年废止 ${n(p.repealed)} 是 ${n(p.expected)}`,
  'T2-XY-REPEAL': (p, names) =>
    `二、“${names(0)}”（${n(p.repealed)}）多于上年现行有效 ${n(p.last)} 加本年制发 ${n(p.issued)}（${n(p.bound)}）`,
  'S6-FEE': () =>
    '六、没有说明信息处理费收取情况：请写明发出收费通知的件数、收费通知总金额和实际收取的总金额（单位：元），没有收取的写明“无收取信息处理费情况”',
  'FMT-LEGACY': (p, _names, f) =>
    `${fieldTitle(f.field)}提到“${n(p.item)}”，这是 2019 年格式的项目，2021 年格式已删除（“${n(p.excerpt)}”）`,
  'S5-EMPTY': () => '五、存在的主要问题及改进情况不能为空或只写“无”，请如实说明问题和改进措施',
  'S1-TOPICS': (p) => `一、总体情况未涉及：${n(p.missing)}（2021 年格式要求的方面）`,
  // Issue 14: never 「未填写」: the row is in the original, the importer could not read it.
  'ROW-UNREAD': (p) =>
    `${n(p.section)}“${n(p.row)}”这一行未能从原文读出（未导入），涉及这一行的合计和勾稽关系没有校验，请对照原文填写`,
  'FMT-YEAR': (p) => `报告年度 ${n(p.year)} 年应使用 ${n(p.expected)} 年格式，而草稿使用的是 ${n(p.format)} 年格式`,
  'YEAR-CONSIST': (p, _names, f) =>
    `${fieldTitle(f.field)}中“${n(p.excerpt)}”写的是 ${n(p.stated)} 年，与报告年度 ${n(p.year)} 年不一致`,
};

const problemMessages: Record<InputProblem, (kind: 'count' | 'amount', unit: string) => string> = {
  notNumber: (kind) => (kind === 'count' ? '请填写数字，例如 0 或 12' : '请填写金额数字，例如 0 或 1.2500'),
  negative: () => '不能填负数',
  fraction: () => '件数须为整数，不能有小数',
  tooManyDecimals: (_kind, unit) => (unit === '万元' ? '金额最多保留 4 位小数（单位：万元）' : '金额最多保留 2 位小数（单位：元）'),
  tooLarge: () => '数字过大，请核对',
};

const isRuleId = (ruleId: string): ruleId is RuleId2021 => Object.hasOwn(templates, ruleId);

/** The Chinese sentence a cell shows when what was typed cannot be taken. */
export function describeInputProblem(problem: InputProblem, kind: 'count' | 'amount', unit: string): string {
  return problemMessages[problem](kind, unit);
}

/** A cell's name as the format prints it (row label + column label), for any id of the format. */
export function cellLabel(format: FormatSpec, cellId: string): string {
  return cellsOf(format).get(cellId)?.name ?? cellId;
}

/** The finding as one Chinese sentence with its numbers. */
export function describeFinding(finding: Finding, formatId = '2021'): string {
  const format = formatById(formatId);
  const names: NameOf = (index) => {
    const id = finding.cells[index];
    return id === undefined ? '' : format ? cellLabel(format, id) : id;
  };
  const template = isRuleId(finding.ruleId) ? templates[finding.ruleId] : undefined;
  if (template) return template(finding.params, names, finding);
  const message = finding.params.message;
  return typeof message === 'string' ? message : `${finding.ruleId}：${JSON.stringify(finding.params)}`;
}

export const severityLabel = { error: '错误', warning: '提醒', info: '提示' } as const;
