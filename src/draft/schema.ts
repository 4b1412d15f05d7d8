/**
 * The saved shape of a draft (version 1), the same in IndexedDB and in the hand-over file. It only grows:
 * a later version adds fields and a numbered migration (migrations.ts). Unknown fields are kept.
 */
// zod/mini: the same schemas with a tree-shakable API; the full build of zod was a sixth of the
// wizard's first load (issue 3 item 8: ≤ 150 KB gzip).
import * as z from 'zod/mini';

export const DRAFT_VERSION = 1;

const isoDate = z.string().check(z.minLength(1), z.maxLength(64));

/**
 * A count: whole number ≥ 0; an amount: decimal text ≥ 0 ("0.5000"), never a binary float. The schema
 * takes any number or short text; the door's format check (cellValues.ts) then holds each value to its
 * cell's kind, so a refusal can name the cell and say what is wrong (negative, fractional, …).
 */
export const cellValueSchema = z.union([z.number().check(z.lte(1_000_000_000)), z.string().check(z.maxLength(40))]);

export const acceptedNoteSchema = z.looseObject({
  ruleId: z.string().check(z.minLength(1), z.maxLength(64)),
  cells: z.array(z.string().check(z.maxLength(128))).check(z.maxLength(400)),
  note: z.string().check(z.maxLength(5000)),
  acceptedAt: isoDate,
});

export const metaSchema = z.looseObject({
  agency: z.string().check(z.maxLength(200)),
  year: z.nullable(z.int().check(z.gte(1990), z.lte(2200))),
  closing: z.optional(z.looseObject({ enabled: z.boolean(), date: z.optional(z.string().check(z.maxLength(40))) })),
});

const MAX_TEXT = 200_000;

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * One unit of a 汇总 (issue 15): who it is, which file or draft it came from (its digest), when it was added,
 * and its own figures, so the 汇总 can show each cell's breakdown, replace one unit and be redone.
 */
export const consolidationUnitSchema = z.looseObject({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  agency: z.string().check(z.maxLength(200)),
  year: z.nullable(z.int().check(z.gte(1990), z.lte(2200))),
  format: z.literal('2021'),
  /** SHA-256 of the canonical JSON of the unit's draft: the same content gives the same digest. */
  digest: z.string().check(z.maxLength(128)),
  source: z.enum(['file', 'draft']),
  fileName: z.optional(z.string().check(z.maxLength(300))),
  draftId: z.string().check(z.maxLength(128)),
  unitUpdatedAt: z.optional(isoDate),
  addedAt: isoDate,
  /** False when the officer left it out (a unit with errors, say); it stays listed. */
  included: z.boolean(),
  errors: z.int().check(z.gte(0)),
  warnings: z.int().check(z.gte(0)),
  // Each value (and its key) is held to its cell by the door's format check (cellValues.ts), as the draft's own
  // values are; here only "a plain object": a 汇总 of 500 units holds 85,000 of them, and a record schema walking
  // each entry was most of the time it took to open a 汇总 (issue 15 bench).
  values: z.unknown().check(z.refine(isPlainRecord, { error: 'expected a plain object of cell values' }), z.meta({ type: 'object' })) as z.ZodMiniType<Record<string, unknown>>,
});

export const draftSchema = z.looseObject({
  id: z.string().check(z.minLength(1), z.maxLength(128)),
  title: z.string().check(z.maxLength(300)),
  format: z.literal('2021'),
  meta: metaSchema,
  values: z.record(z.string().check(z.maxLength(128)), cellValueSchema),
  texts: z.record(z.string().check(z.maxLength(64)), z.string().check(z.maxLength(MAX_TEXT))),
  notes: z.record(z.string().check(z.maxLength(600)), acceptedNoteSchema),
  createdAt: isoDate,
  updatedAt: isoDate,
  origin: z.optional(z.enum(['draft', 'published'])),
  printed: z.optional(z.record(z.string().check(z.maxLength(128)), z.string().check(z.maxLength(64)))),
  lastExportedAt: z.optional(isoDate),
  /** A 汇总 of several units' reports (issue 15): its values are the sums of the included units. */
  consolidation: z.optional(z.looseObject({ units: z.array(consolidationUnitSchema).check(z.maxLength(5000)) })),
  /** Last year's report of the same body, remembered for the year-over-year rules (T3-XY-CARRY, T2-XY-VALID). */
  lastYear: z.optional(
    z.looseObject({
      format: z.literal('2021'),
      meta: metaSchema,
      values: z.record(z.string().check(z.maxLength(128)), cellValueSchema),
      printed: z.optional(z.record(z.string().check(z.maxLength(128)), z.string().check(z.maxLength(64)))),
      texts: z.optional(z.record(z.string().check(z.maxLength(64)), z.string().check(z.maxLength(MAX_TEXT)))),
    }),
  ),
});

export type Draft = z.infer<typeof draftSchema>;

/**
 * Chinese names of the draft's fields, declared once (issue 12): the door's messages name the first bad field with
 * them, and the import comparison (merge.ts) labels each difference with them.
 */
const labels = {
  id: '草稿编号',
  title: '草稿标题',
  format: '格式版本',
  meta: '基本信息',
  agency: '机关名称',
  year: '年度',
  closing: '落款',
  values: '表格数值',
  texts: '正文',
  notes: '说明',
  createdAt: '创建时间',
  updatedAt: '修改时间',
  origin: '来源',
  printed: '原文数值',
  lastExportedAt: '上次导出时间',
  lastYear: '上年报告',
  ruleId: '规则编号',
  note: '说明内容',
  acceptedAt: '接受时间',
  cells: '单元格',
  consolidation: '汇总',
  units: '汇总单位',
  digest: '文件摘要',
  included: '是否计入',
} as const;

export const fieldLabels: Readonly<Record<string, string>> & typeof labels = labels;
