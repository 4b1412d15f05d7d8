// Property (fast-check): a report written out as published text — numbers separated, or joined without
// separators as 平潭's archive does — reads back to its own values; where joined digits leave a choice the
// row is named in `issues`, never filled with a wrong split (issue 7: never guess silently).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellsOf, format2021 } from '../../format';
import type { CellInfo, SectionSpec } from '../../format';
import { parsePublishedReport } from '.';

const sections: readonly SectionSpec[] = format2021.sections;
const cells = [...cellsOf(format2021).values()].filter((cell) => ['s2', 's3', 's4'].includes(cell.sectionId) && cell.kind === 'count');
const inputs = cells.filter((cell) => !cell.sumOf);

/** Every count cell's value: inputs drawn, totals computed as the format sums them. */
function complete(drawn: Readonly<Record<string, number>>): Map<string, number> {
  const all = new Map<string, number>();
  const valueOf = (cell: CellInfo): number => {
    const known = all.get(cell.id);
    if (known !== undefined) return known;
    const value = cell.sumOf
      ? cell.sumOf.reduce((sum, id) => sum + valueOf(cellsOf(format2021).get(id) as CellInfo), 0)
      : (drawn[cell.id] ?? 0);
    all.set(cell.id, value);
    return value;
  };
  cells.forEach(valueOf);
  return all;
}

/** The report as a web page's text: headings, each table row's label and its numbers. */
function publishedText(values: ReadonlyMap<string, number>, joined: boolean): string {
  const lines = ['测试县人民政府办公室2022年政府信息公开工作年度报告'];
  for (const section of sections) {
    lines.push(`${section.number}、${section.title}`);
    if (section.kind === 'text') lines.push(section.id === 's6' ? '本年度无收取信息处理费情况。' : '2022年，本机关依法做好主动公开、依申请公开、信息管理、网站平台建设和监督保障工作。');
    for (const table of section.tables ?? []) {
      if (section.id === 's6') continue;
      lines.push(table.columns.map((column) => column.label).join(' '));
      for (const row of table.rows) {
        // Amounts (二（八）, 万元) are printed with decimals; they are never joined to another cell.
        const numbers = table.columns.map((column) =>
          table.kind === 'amount' ? '12.5' : String(values.get([table.idPrefix, row.key, column.key].filter(Boolean).join('.')) ?? 0),
        );
        lines.push(`${row.label} ${numbers.join(joined ? '' : ' ')}`);
      }
    }
  }
  return lines.join('\n');
}

/** The report as an HTML page: a <tr> per row, a <td> per cell, blank cells as &nbsp; (上海 2019 leaves many). */
function publishedHtml(values: ReadonlyMap<string, number>, blank: ReadonlySet<string>): string {
  const parts = ['<!DOCTYPE html><html><body><h1>测试县人民政府办公室2022年政府信息公开工作年度报告</h1>'];
  for (const section of sections) {
    parts.push(`<p>${section.number}、${section.title}</p>`);
    if (section.kind === 'text') parts.push('<p>2022年，本机关做好各项工作。</p>');
    for (const table of section.tables ?? []) {
      if (section.id === 's6') continue;
      parts.push(`<table><tr><td>信息内容</td>${table.columns.map((column) => `<td>${column.label}</td>`).join('')}</tr>`);
      for (const row of table.rows) {
        const tds = table.columns.map((column) => {
          const id = [table.idPrefix, row.key, column.key].filter(Boolean).join('.');
          const text = table.kind === 'amount' ? '12.5' : blank.has(id) ? '&nbsp;' : String(values.get(id) ?? 0);
          return `<td>${text}</td>`;
        });
        parts.push(`<tr>${row.label === '' ? '' : `<td>${row.label}</td>`}${tds.join('')}</tr>`);
      }
      parts.push('</table>');
    }
  }
  return `${parts.join('\n')}</body></html>`;
}

const drawnValues = fc.record(
  Object.fromEntries(inputs.map((cell) => [cell.id, fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat({ max: 120 }) })])),
) as fc.Arbitrary<Record<string, number>>;

describe('round trip through published text', () => {
  it('numbers separated by spaces read back exactly, nothing unplaced', () => {
    fc.assert(
      fc.property(drawnValues, (drawn) => {
        const values = complete(drawn);
        const parsed = parsePublishedReport(publishedText(values, false));
        expect(parsed.issues).toEqual([]);
        for (const [id, value] of values) expect([id, parsed.report.printed?.[id as never]]).toEqual([id, String(value)]);
        expect(parsed.report.values['s2.fees.amount']).toBe('12.5');
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('numbers joined without separators: each cell reads back or its row is named, never a wrong split', () => {
    fc.assert(
      fc.property(drawnValues, (drawn) => {
        const values = complete(drawn);
        const parsed = parsePublishedReport(publishedText(values, true));
        const named = new Set(parsed.issues.flatMap((issue) => ('cellIds' in issue ? issue.cellIds : [])));
        for (const [id, value] of values) {
          if (named.has(id)) continue;
          expect([id, parsed.report.printed?.[id as never]]).toEqual([id, String(value)]);
        }
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('an HTML page with blank cells reads back: numbers as printed, blanks empty', () => {
    fc.assert(
      fc.property(drawnValues, fc.subarray(cells.map((cell) => cell.id)), (drawn, blankIds) => {
        const values = complete(drawn);
        const blank = new Set(blankIds);
        const parsed = parsePublishedReport(publishedHtml(values, blank));
        expect(parsed.issues).toEqual([]);
        for (const [id, value] of values) {
          expect([id, parsed.report.printed?.[id as never]]).toEqual([id, blank.has(id) ? '' : String(value)]);
        }
      }),
      { numRuns: 30 },
    );
  }, 60_000);
});
