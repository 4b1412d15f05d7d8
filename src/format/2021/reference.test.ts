// The declaration must say exactly what the reference transcription of the format says: every label,
// every id, every computed cell (e2e/fixtures/reference/format-2021.json).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cellsOf, format2021, inputCellsOf } from '..';
import type { SectionSpec } from '..';

interface RefItem { id: string; label: string; group?: string; computed?: string }
interface RefTable { id: string; caption: string; columns: RefItem[]; rows: RefItem[]; unit: string; decimals?: number }
interface RefSection {
  id: string;
  number: string;
  title: string;
  kind: string;
  tables?: RefTable[];
  columns?: RefItem[];
  rows?: RefItem[];
  groups?: RefItem[];
  fields?: { id: string; label: string; unit: string; decimals?: number }[];
  note?: string;
  columnHeader?: string;
}
const reference = JSON.parse(
  readFileSync(new URL('../../../e2e/fixtures/reference/format-2021.json', import.meta.url), 'utf8'),
) as { id: string; title: string; sections: RefSection[] };

const section = (id: string): SectionSpec => {
  const found: SectionSpec | undefined = format2021.sections.find((candidate) => candidate.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('format 2021 declaration against the reference transcription', () => {
  it('has the six sections in order with their official numbers and titles', () => {
    expect(format2021.sections.map((s) => [s.id, s.number, s.title])).toEqual(
      reference.sections.map((s) => [s.id, s.number, s.title]),
    );
    expect(format2021.titleTemplate).toBe(reference.title);
  });

  it('declares the four tables of 二 with their captions, rows, columns and units', () => {
    const refTables = reference.sections[1]?.tables ?? [];
    const tables = section('s2').tables ?? [];
    expect(tables.map((t) => t.id)).toEqual(refTables.map((t) => t.id));
    tables.forEach((table, index) => {
      const ref = refTables[index] as RefTable;
      expect(table.caption).toBe(ref.caption);
      expect(table.unit).toBe(ref.unit);
      expect(table.columns.map((c) => [c.key, c.label])).toEqual(ref.columns.map((c) => [c.id, c.label]));
      expect(table.rows.map((r) => [r.key, r.label])).toEqual(ref.rows.map((r) => [r.id, r.label]));
    });
  });

  it('declares table 三 with every row and column label, group and computed total', () => {
    const ref = reference.sections[2] as RefSection;
    const grid = section('s3').tables?.[0];
    expect(grid?.note).toBe(ref.note);
    expect(grid?.columnHeader).toBe(ref.columnHeader);
    expect(grid?.columns.map((c) => [c.key, c.label, c.groups?.join(' · '), Boolean(c.sumOf)])).toEqual(
      ref.columns?.map((c) => [c.id, c.label, c.group, Boolean(c.computed)]),
    );
    expect(grid?.rows.map((r) => [r.key, r.label, r.groups?.join(' · '), Boolean(r.sumOf)])).toEqual(
      ref.rows?.map((r) => [r.id, r.label, r.group, Boolean(r.computed)]),
    );
  });

  it('declares table 四 as 3 groups × 5 columns with the 行政诉讼 header over two groups', () => {
    const ref = reference.sections[3] as RefSection;
    const expected = (ref.groups ?? []).flatMap((group) =>
      (ref.columns ?? []).map((column) => [
        `s4.${group.id}.${column.id}`,
        column.label,
        [group.group, group.label].filter(Boolean).join(' · '),
        Boolean(column.computed),
      ]),
    );
    const actual = [...cellsOf(format2021).values()]
      .filter((cell) => cell.sectionId === 's4')
      .map((cell) => [cell.id, cell.column.label, cell.column.groups?.join(' · '), Boolean(cell.sumOf)]);
    expect(actual).toEqual(expected);
  });

  it('declares the 信息处理费 fields of 六 with their units', () => {
    const ref = reference.sections[5] as RefSection;
    const fields = [...cellsOf(format2021).values()].filter((cell) => cell.sectionId === 's6');
    expect(fields.map((cell) => [cell.id, cell.name, cell.unit, cell.decimals])).toEqual(
      ref.fields?.map((field) => [field.id, field.label, field.unit, field.decimals]),
    );
  });

  it('builds cell ids with the reference templates, e.g. s3.new.natural and s4.review.upheld', () => {
    const ids = [...cellsOf(format2021).keys()];
    expect(ids).toContain('s3.new.natural');
    expect(ids).toContain('s3.withheld.stateSecret.business');
    expect(ids).toContain('s4.review.upheld');
    expect(ids).toContain('s4.suitAfterReview.total');
    expect(ids).toContain('s2.normativeDocs.issued');
    expect(ids).toContain('s2.fees.amount');
    expect(new Set(ids).size).toBe(ids.length);
    // 二: 6 + 1 + 2 + 1; 三: 25 rows × 7 columns; 四: 15; 六: 3.
    expect(ids).toHaveLength(10 + 175 + 15 + 3);
    expect(inputCellsOf(format2021)).toHaveLength(10 + 24 * 6 + 12 + 3);
  });

  it('names cells as a person reads them: row label + column label, group + column in 四', () => {
    const cells = cellsOf(format2021);
    expect(cells.get('s3.disclosed.natural')?.name).toBe('（一）予以公开 自然人');
    expect(cells.get('s3.withheld.stateSecret.business')?.name).toBe('1.属于国家秘密 商业企业');
    expect(cells.get('s3.withheld.stateSecret.business')?.context).toBe(
      '三、本年度办理结果 · （三）不予公开 · 法人或其他组织',
    );
    expect(cells.get('s4.review.upheld')?.name).toBe('行政复议 结果维持');
    expect(cells.get('s4.suitDirect.upheld')?.name).toBe('未经复议直接起诉 结果维持');
    expect(cells.get('s4.suitAfterReview.pending')?.name).toBe('复议后起诉 尚未审结');
    expect(cells.get('s2.normativeDocs.issued')?.name).toBe('行政规范性文件 本年制发件数');
  });

  it('computes the （七）总计 row, the 总计 column and the 四 group totals from the declared parts', () => {
    const cells = cellsOf(format2021);
    expect(cells.get('s3.handledTotal.natural')?.sumOf).toHaveLength(21);
    expect(cells.get('s3.new.total')?.sumOf).toEqual([
      's3.new.natural',
      's3.new.business',
      's3.new.research',
      's3.new.nonprofit',
      's3.new.legal',
      's3.new.other',
    ]);
    expect(cells.get('s3.handledTotal.total')?.identities.map((i) => i.ruleId)).toEqual(['T3-COL', 'T3-SUM']);
    expect(cells.get('s4.review.total')?.sumOf).toEqual([
      's4.review.upheld',
      's4.review.corrected',
      's4.review.other',
      's4.review.pending',
    ]);
  });
});
