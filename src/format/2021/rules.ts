/**
 * The consistency rules (勾稽关系) of the 2021 format, as typed data. Ids and severities are those of
 * docs/reference/RULES.md. Sums behind computed cells (T3-SUM, T3-COL, T4-SUM) and the per-cell value
 * checks are declared on the tables themselves; here are the rules that relate cells across rows or tables.
 */
import type { RuleSpec } from '../types';
import type { CellId2021 } from './cells';
import { applicationGrid } from './tables';

type S3Column = (typeof applicationGrid.columns)[number]['key'];

/** A per-column identity of table 三: sum(left) = sum(right) in every column. */
export interface BalanceRule {
  readonly kind: 'balance';
  readonly ruleId: string;
  readonly left: readonly CellId2021[];
  readonly right: readonly CellId2021[];
  /** The column the identity is checked in, for the message (自然人). */
  readonly scope: CellId2021;
}

/** left ≥ sum(plus) − sum(minus); `when` restricts it to reports where that cell is above 0. */
export interface AtLeastRule {
  readonly kind: 'atLeast';
  readonly ruleId: string;
  readonly left: CellId2021;
  readonly plus: readonly CellId2021[];
  readonly minus: readonly CellId2021[];
  readonly when?: CellId2021;
}

/** More decimal places than the format's note allows. */
export interface DecimalPlacesRule {
  readonly kind: 'decimalPlaces';
  readonly ruleId: string;
  readonly cells: readonly CellId2021[];
  readonly max: number;
}

export type RelationRule = BalanceRule | AtLeastRule | DecimalPlacesRule;

const s3Columns: readonly S3Column[] = applicationGrid.columns.map((column) => column.key);

export const relationRules2021: readonly RelationRule[] = [
  ...s3Columns.map(
    (column): BalanceRule => ({
      kind: 'balance',
      ruleId: 'T3-BAL',
      left: [`s3.new.${column}`, `s3.carriedIn.${column}`],
      right: [`s3.handledTotal.${column}`, `s3.carriedOver.${column}`],
      scope: `s3.new.${column}`,
    }),
  ),
  ...(['rules', 'normativeDocs'] as const).map(
    (row): AtLeastRule => ({
      kind: 'atLeast',
      ruleId: 'T2-VALID-MIN',
      left: `s2.${row}.inForce`,
      plus: [`s2.${row}.issued`],
      minus: [`s2.${row}.repealed`],
    }),
  ),
  {
    kind: 'atLeast',
    ruleId: 'T3-FEE-LINK',
    left: 's6.fees.notices',
    plus: ['s3.otherHandling.noFee.total'],
    minus: [],
    when: 's3.otherHandling.noFee.total',
  },
  { kind: 'decimalPlaces', ruleId: 'T2-FEE-DP', cells: ['s2.fees.amount'], max: 4 },
];

/** Every rule id this format reports, with its severity and a one-line Chinese title. */
export const ruleCatalog2021 = [
  { id: 'T3-BAL', severity: 'error', title: '三、每列第一项加第二项之和等于第三项加第四项之和' },
  { id: 'T3-SUM', severity: 'error', title: '三、（七）总计等于（一）至（六）各项之和' },
  { id: 'T3-COL', severity: 'error', title: '三、总计列等于各类申请人之和' },
  { id: 'T3-INT', severity: 'error', title: '三、每格是不小于 0 的整数' },
  { id: 'T3-EMPTY', severity: 'error', title: '三、不留空格，没有的填 0' },
  { id: 'T3-FEE-LINK', severity: 'warning', title: '因逾期未缴费不再处理的申请数不超过发出的收费通知件数' },
  { id: 'T3-XY-CARRY', severity: 'warning', title: '本年“上年结转”等于上年报告“结转下年度继续办理”' },
  { id: 'T4-SUM', severity: 'error', title: '四、每组总计等于前四项之和' },
  { id: 'T4-INT', severity: 'error', title: '四、每格是不小于 0 的整数' },
  { id: 'T4-EMPTY', severity: 'error', title: '四、不留空格，没有的填 0' },
  { id: 'T2-INT', severity: 'error', title: '二、件数是不小于 0 的整数' },
  { id: 'T2-NUM', severity: 'error', title: '二、收费金额是不小于 0 的数（万元）' },
  { id: 'T2-FEE-DP', severity: 'info', title: '二、收费金额保留不超过 4 位小数' },
  { id: 'T2-VALID-MIN', severity: 'warning', title: '二、现行有效件数不少于本年制发减本年废止' },
  { id: 'T2-XY-VALID', severity: 'warning', title: '二、现行有效件数等于上年现行有效加本年制发减本年废止' },
  { id: 'T2-XY-REPEAL', severity: 'warning', title: '二、本年废止件数不超过上年现行有效加本年制发' },
  { id: 'S6-FEE-NUM', severity: 'error', title: '六、信息处理费件数为整数、金额为不小于 0 的数（元）' },
  { id: 'S6-FEE', severity: 'warning', title: '六、说明信息处理费收取情况' },
  { id: 'S5-EMPTY', severity: 'warning', title: '五、不为空，不只写“无”' },
  { id: 'S1-TOPICS', severity: 'warning', title: '一、涵盖格式要求的各方面' },
  { id: 'TXT-NUM', severity: 'warning', title: '正文引用的数字与表格一致' },
  { id: 'TXT-CLAIM', severity: 'warning', title: '正文的定性说法与表格一致' },
  { id: 'FMT-LEGACY', severity: 'warning', title: '不出现 2021 年格式已删除的项目' },
  { id: 'FMT-YEAR', severity: 'error', title: '报告年度与格式版本相符' },
  // Issue 14: a published report's row the importer could not read; no rule judges it.
  { id: 'ROW-UNREAD', severity: 'info', title: '已发布年报中未能读出的行（未校验）' },
  { id: 'YEAR-CONSIST', severity: 'error', title: '标题、统计期限与正文的年度一致' },
] as const satisfies readonly RuleSpec[];

export type RuleId2021 = (typeof ruleCatalog2021)[number]['id'];
