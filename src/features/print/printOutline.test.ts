import { describe, expect, it } from 'vitest';
import { format2021 } from '../../format';
import type { FormatSpec } from '../../format';
import { emptyReport, fillEmptyWithZero, validate } from '../../engine';
import type { Report } from '../../engine';
import { draftMarking } from './printModel';
import { columnHeaderText, printOutline, printedTable } from './printOutline';
import { applicationGrid, processingFees, reviewLitigationGrid } from './testTables';

const declared: FormatSpec = format2021;

const report = (changes: Partial<Report> = {}): Report => ({
  ...fillEmptyWithZero(emptyReport('2021', { agency: '某市某局', year: 2024 })),
  texts: { s1: '（一）主动公开。正文。', s5: '问题。', s6: '无。' },
  ...changes,
});

describe('print outline (issue 13: one layout for the print view, Word and the web page)', () => {
  it('lists the six sections with their headings, paragraphs and printed tables', () => {
    const outline = printOutline(format2021, report(), { draft: false });
    expect(outline.sections.map((section) => section.heading)).toEqual(
      format2021.sections.map((section) => `${section.number}、${section.title}`),
    );
    expect(outline.sections[0]?.paragraphs).toEqual([{ heading: '（一）主动公开。', body: '正文。' }]);
    expect(outline.sections.flatMap((section) => section.tables.map((table) => table.table.id))).toEqual(
      declared.sections.flatMap((section) => (section.tables ?? []).map((table) => table.id)),
    );
    expect(outline.closing).toBeUndefined();
  });

  it('adds the 落款 only when chosen, with the date as a 公文 writes it', () => {
    const closing = report({ meta: { agency: '某市某局', year: 2024, closing: { enabled: true, date: '2025-01-08' } } });
    expect(printOutline(format2021, closing, { draft: false }).closing).toEqual({ agency: '某市某局', date: '2025年1月8日' });
  });

  it('merges 三 as the format prints it: 申请人情况 over seven columns, the corner over three row-header columns', () => {
    const table = printedTable(format2021, report({ values: { ...report().values, 's3.new.natural': 4 } }), applicationGrid);
    expect(table.depth).toBe(3);
    expect(table.corner).toBe(applicationGrid.note);
    expect(table.headerRows[0]?.[0]).toMatchObject({ text: applicationGrid.columnHeader, alongItems: 7 });
    expect(table.bodyRows[0]?.values).toEqual(['4', '0', '0', '0', '0', '0', '4']);
    expect(table.small).toBe(true);
    expect(printedTable(format2021, report(), reviewLitigationGrid).depth).toBe(0);
  });

  it('prints a column’s own unit with its label (六’s 元 in a table of 件)', () => {
    const table = printedTable(format2021, report(), processingFees);
    const cell = table.headerRows.at(-1)?.find((candidate) => candidate.text === '收费通知总金额');
    expect(cell?.printed).toBe('收费通知总金额（单位：元）');
    if (cell) expect(columnHeaderText(processingFees, cell)).toBe(cell.printed);
  });

  it('carries the engine’s 草稿 verdict', () => {
    const broken = report({ values: { ...report().values, 's3.new.natural': 5 } });
    expect(printOutline(format2021, broken, draftMarking(broken, validate(broken))).marking.draft).toBe(true);
  });
});
