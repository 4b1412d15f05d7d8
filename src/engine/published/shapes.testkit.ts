/**
 * Test helpers for issue 14's text shapes: a made-up report (测试县人民政府办公室 2022) whose every table
 * cell holds a different non-zero figure, written out as plain text from the format declaration, and a
 * check that a parse read every cell as printed. The tests replace one part of it with an excerpt in the
 * shape they are about (a PDF's page numbers, a wrapped label, a markdown table, …).
 */
import { expect } from 'vitest';
import { cellsOf, format2021, relationRules2021 } from '../../format';
import type { CellInfo, SectionSpec } from '../../format';
import type { PublishedReport } from './types';

const sections: readonly SectionSpec[] = format2021.sections;
/** The cells the importer reads: 二, 三 and 四. */
export const tableCells = [...cellsOf(format2021).values()].filter((cell) => ['s2', 's3', 's4'].includes(cell.sectionId));

/** Every table cell's figure as printed: inputs 1–9 by position, amounts with 4 decimals, totals summed. */
export function baseFigures(): Map<string, string> {
  const figures = new Map<string, string>();
  const inputs = tableCells.filter((cell) => !cell.sumOf);
  inputs.forEach((cell, index) => figures.set(cell.id, cell.kind === 'amount' ? `${index}.${String(1000 + index).slice(1)}5` : String((index * 5) % 9 + 1)));
  const valueOf = (cell: CellInfo): number => {
    if (!cell.sumOf) return Number(figures.get(cell.id));
    return cell.sumOf.reduce((sum, id) => sum + valueOf(cellsOf(format2021).get(id) as CellInfo), 0);
  };
  // 一 + 二 = （七）+ 四 in every column (T3-BAL): 一 is whatever makes it hold.
  for (const rule of relationRules2021) {
    if (rule.kind !== 'balance') continue;
    const [free, ...rest] = rule.left;
    const freeCell = free ? cellsOf(format2021).get(free) : undefined;
    if (!freeCell || freeCell.sumOf) continue;
    const sum = (ids: readonly string[]) => ids.reduce((total, id) => total + valueOf(cellsOf(format2021).get(id) as CellInfo), 0);
    figures.set(freeCell.id, String(sum(rule.right) - sum(rest)));
  }
  for (const cell of tableCells) if (cell.sumOf) figures.set(cell.id, String(valueOf(cell)));
  return figures;
}

/** The figures of a table row, in column order. */
export function rowFigures(figures: ReadonlyMap<string, string>, rowLabelOrSection: string): string[] {
  return tableCells
    .filter((cell) => cell.row.label === rowLabelOrSection || (cell.row.label === '' && cell.sectionId === rowLabelOrSection))
    .map((cell) => figures.get(cell.id) ?? '');
}

/** The report as plain text: title, headings, prose, each table's header line and a line per row. */
export function baseText(figures: ReadonlyMap<string, string> = baseFigures()): string {
  const lines = ['测试县人民政府办公室2022年政府信息公开工作年度报告', ''];
  for (const section of sections) {
    lines.push(`${section.number}、${section.title}`, '');
    if (section.id === 's1') lines.push('2022年，本机关依法做好主动公开、依申请公开、政府信息管理、平台建设和监督保障工作。', '');
    if (section.id === 's5') lines.push('2022年，本机关政务公开工作仍有不足，下一步将加强培训，完善制度。', '');
    if (section.id === 's6') lines.push('本机关2022年度无收取信息处理费情况。', '');
    if (section.id === 's6') continue;
    for (const table of section.tables ?? []) {
      lines.push(table.columns.map((column) => column.label).join(' '), '');
      for (const row of table.rows) {
        const numbers = table.columns.map((column) => figures.get([table.idPrefix, row.key, column.key].filter(Boolean).join('.')) ?? '');
        lines.push(`${row.label === '' ? '' : `${row.label} `}${numbers.join(' ')}`, '');
      }
    }
  }
  return lines.join('\n');
}

/** Replaces the one line of `text` that starts with `start` by `excerpt`. */
export function replaceLine(text: string, start: string, excerpt: string): string {
  const lines = text.split('\n');
  const index = lines.findIndex((line) => line.startsWith(start));
  if (index < 0 || lines.findIndex((line, other) => other > index && line.startsWith(start)) >= 0) throw new Error(`not one line: ${start}`);
  lines.splice(index, 1, excerpt);
  return lines.join('\n');
}

/** Every cell of 二, 三 and 四 read exactly as `figures` prints it (2019's 二 left out), and nothing left unplaced. */
export function expectEveryCell(parsed: PublishedReport, figures: ReadonlyMap<string, string>): void {
  const wanted = Object.fromEntries(tableCells.map((cell) => [cell.id, figures.get(cell.id)]));
  const got = Object.fromEntries(tableCells.map((cell) => [cell.id, parsed.report.printed?.[cell.id as never]]));
  expect(got).toEqual(wanted);
  expect(parsed.issues).toEqual([]);
}
