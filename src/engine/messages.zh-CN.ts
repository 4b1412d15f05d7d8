/**
 * The one place findings become Chinese sentences, for the wizard, the review step, the print view
 * and the checker command. A sentence shows the numbers and names the cells as the format prints them.
 */
import { cellsOf, formatById } from '../format';
import type { FormatSpec } from '../format';
import type { Finding } from './finding';
import type { InputProblem } from './input';

type Params = Finding['params'];
type Template = (params: Params, names: NameOf, finding: Finding) => string;
type NameOf = (index: number) => string;

const n = (value: string | number | undefined): string => String(value ?? '');

const section3Column = (names: NameOf): string => names(0).split(' ').at(-1) ?? '';

const templates: Record<string, Template> = {
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
};

const problemMessages: Record<InputProblem, (kind: 'count' | 'amount', unit: string) => string> = {
  notNumber: (kind) => (kind === 'count' ? '请填写数字，例如 0 或 12' : '请填写金额数字，例如 0 或 1.2500'),
  negative: () => '不能填负数',
  fraction: () => '件数须为整数，不能有小数',
  tooManyDecimals: (_kind, unit) => (unit === '万元' ? '金额最多保留 4 位小数（单位：万元）' : '金额最多保留 2 位小数（单位：元）'),
  tooLarge: () => '数字过大，请核对',
};

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
  const template = templates[finding.ruleId];
  if (template) return template(finding.params, names, finding);
  const message = finding.params.message;
  return typeof message === 'string' ? message : `${finding.ruleId}：${JSON.stringify(finding.params)}`;
}

export const severityLabel = { error: '错误', warning: '提醒', info: '提示' } as const;
