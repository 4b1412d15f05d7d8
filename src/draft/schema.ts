/**
 * The saved shape of a draft (version 1), the same in IndexedDB and in the hand-over file. It only grows:
 * a later version adds fields and a numbered migration (migrations.ts). Unknown fields are kept.
 */
import * as z from 'zod';

export const DRAFT_VERSION = 1;

const isoDate = z.string().min(1).max(64);

/**
 * A count: whole number ≥ 0; an amount: decimal text ≥ 0 ("0.5000"), never a binary float. The schema
 * takes any number or short text; the door's format check (cellValues.ts) then holds each value to its
 * cell's kind, so a refusal can name the cell and say what is wrong (negative, fractional, …).
 */
export const cellValueSchema = z.union([z.number().max(1_000_000_000), z.string().max(40)]);

export const acceptedNoteSchema = z.looseObject({
  ruleId: z.string().min(1).max(64),
  cells: z.array(z.string().max(128)).max(400),
  note: z.string().max(5000),
  acceptedAt: isoDate,
});

export const metaSchema = z.looseObject({
  agency: z.string().max(200),
  year: z.number().int().min(1990).max(2200).nullable(),
  closing: z.looseObject({ enabled: z.boolean(), date: z.string().max(40).optional() }).optional(),
});

const MAX_TEXT = 200_000;

export const draftSchema = z.looseObject({
  id: z.string().min(1).max(128),
  title: z.string().max(300),
  format: z.literal('2021'),
  meta: metaSchema,
  values: z.record(z.string().max(128), cellValueSchema),
  texts: z.record(z.string().max(64), z.string().max(MAX_TEXT)),
  notes: z.record(z.string().max(600), acceptedNoteSchema),
  createdAt: isoDate,
  updatedAt: isoDate,
  origin: z.enum(['draft', 'published']).optional(),
  printed: z.record(z.string().max(128), z.string().max(64)).optional(),
  lastExportedAt: isoDate.optional(),
  /** Last year's report of the same body, remembered for the year-over-year rules (T3-XY-CARRY, T2-XY-VALID). */
  lastYear: z
    .looseObject({
      format: z.literal('2021'),
      meta: metaSchema,
      values: z.record(z.string().max(128), cellValueSchema),
      printed: z.record(z.string().max(128), z.string().max(64)).optional(),
      texts: z.record(z.string().max(64), z.string().max(MAX_TEXT)).optional(),
    })
    .optional(),
});

export type Draft = z.infer<typeof draftSchema>;

/** Chinese names of the draft's fields, for messages that name the first bad field. */
export const fieldLabels: Record<string, string> = {
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
};
