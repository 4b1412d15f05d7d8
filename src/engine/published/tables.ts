/**
 * Reading the tables of 二, 三 and 四 out of a section's text: each row found by its label in the
 * format's order, the text up to the next label holding its cells; numbers in a header are reported.
 */
import { cellsOf, format2021 } from '../../format';
import { readRowCells } from './cells';
import { compactLabel, compactOf, findLabel, standaloneCell } from './compact';
import type { CompactText, LabelMatch } from './compact';
import { findNearLabel } from './fuzzy';
import type { SectionSpan } from './layout';
import { rowConstraintsOf, rowPlansOf, tablesOfSection } from './rows';
import type { RowPlan } from './rows';
import type { TableRead } from './types';

/** The 1-based line of an index in the text. */
export const lineAt = (text: string, index: number): number => {
  let line = 1;
  for (let at = text.indexOf('\n'); at >= 0 && at < index; at = text.indexOf('\n', at + 1)) line += 1;
  return line;
};

/**
 * Lines of a table's header (before its first row) that carry numbers: nothing there is a cell, so
 * they are reported rather than dropped. Notes in brackets and 「第二十条第（一）项」 are not numbers.
 */
function reportUnplacedLines(text: string, from: number, to: number, read: TableRead): void {
  const firstLine = lineAt(text, from);
  text
    .slice(from, to)
    .split('\n')
    .forEach((line, index) => {
      const numbers = line.replace(/（[^（）\n]*）|\([^()\n]*\)/g, '').replace(/第[一二三四五六七八九十]+条/g, '');
      if (/\d/.test(numbers)) read.issues.push({ kind: 'lineUnplaced', line: firstLine + index, text: line.trim().slice(0, 80) });
    });
}

/**
 * Rows whose label was not found exactly, looked for near their official label between the rows found
 * on either side (issue 14); each one found is noted with both wordings.
 */
function findVariants(
  compact: CompactText,
  plans: readonly RowPlan[],
  found: (LabelMatch | undefined)[],
  text: string,
  span: SectionSpan,
  read: TableRead,
): void {
  plans.forEach((plan, index) => {
    if (found[index] || !plan.keys[0]) return;
    // Not Array#findLast: Chromium 86, the oldest browser supported (README), lacks it.
    const from = found.slice(0, index).reverse().find((match) => match !== undefined)?.next ?? 0;
    const before = found.slice(index + 1).find((match) => match !== undefined)?.at ?? compact.text.length;
    const near = findNearLabel(compact, plan.keys[0], from, before, plan.groupChars);
    if (!near) return;
    found[index] = near;
    if (near.distance > 0) read.notes.push({ kind: 'labelVariant', row: plan.label, found: near.found, line: lineAt(text, span.start + near.start) });
  });
}

/** Reads the rows of one section's tables, label after label, in the format's order. */
export function readRows(text: string, span: SectionSpan, plans: readonly RowPlan[], read: TableRead): RowPlan[] {
  const body = text.slice(span.start, span.end);
  // Labels are matched without the numbers standing among them (a PDF's wrapped label, issue 14).
  const compact = compactOf(body, true);
  let from = 0;
  const found: (LabelMatch | undefined)[] = plans.map((plan) => {
    const match = findLabel(compact, plan.keys, from);
    if (match) from = match.next;
    return match;
  });
  findVariants(compact, plans, found, text, span, read);
  const ambiguous: RowPlan[] = [];
  const first = found.find((match) => match !== undefined);
  if (first) reportUnplacedLines(text, span.start, span.start + first.start, read);
  plans.forEach((plan, index) => {
    const match = found[index];
    if (!match) {
      read.issues.push({ kind: 'rowNotFound', row: plan.label, cellIds: plan.cellIds });
      return;
    }
    const nextStart = found.slice(index + 1).find((next) => next !== undefined)?.start ?? body.length;
    // A label's closing quote (「3.危及“三安全一稳定”」) is dropped from the compact text: skip it here.
    let end = match.end;
    while (end < nextStart && /[“”"'‘’」』]/.test(body[end] ?? '')) end += 1;
    // Numbers standing inside the label's span (its middle line) come first: they are the row's cells.
    const inside = body.slice(match.start, match.end).match(standaloneCell) ?? [];
    const after = body.slice(end, nextStart);
    const region = inside.length > 0 && !after.includes('\t') ? `${inside.join(' ')} ${after}` : after;
    const line = lineAt(text, span.start + match.start);
    const reading = readRowCells(region, plan.cellIds.length, plan.constraints);
    if (reading.kind === 'read') {
      plan.cellIds.forEach((id, cell) => read.printed.set(id, reading.cells[cell] ?? ''));
      if (reading.decoded) read.notes.push({ kind: 'rowDecoded', row: plan.label, line, cells: reading.cells });
    } else if (reading.kind === 'ambiguous') {
      read.issues.push({ kind: 'rowAmbiguous', row: plan.label, line, tokens: reading.tokens, candidates: reading.candidates, cellIds: plan.cellIds });
      ambiguous.push(plan);
    } else {
      read.issues.push({
        kind: 'rowUnreadable',
        row: plan.label,
        line,
        reason: reading.reason,
        tokens: reading.tokens,
        expected: plan.cellIds.length,
        cellIds: plan.cellIds,
      });
    }
  });
  return ambiguous;
}

/** Table 四 has one unlabelled row: its 15 numbers follow the last header cell (the third 尚未审结 总计). */
export function readReviewRow(text: string, span: SectionSpan, read: TableRead): void {
  const [table] = tablesOfSection('s4');
  if (!table) return;
  const cellIds = [...cellsOf(format2021).values()].filter((cell) => cell.table.id === table.id).map((cell) => cell.id);
  const label = table.columns.map((column) => column.groups?.[0] ?? '').filter((group, index, all) => all.indexOf(group) === index).join('、');
  const body = text.slice(span.start, span.end);
  const compact = compactOf(body);
  const lastColumns = compactLabel(table.columns.slice(-2).map((column) => column.label).join(''));
  let from = 0;
  let match = findLabel(compact, [lastColumns], from);
  for (let next = match; next; next = findLabel(compact, [lastColumns], from)) {
    match = next;
    from = next.next;
  }
  if (match) reportUnplacedLines(text, span.start, span.start + match.start, read);
  // What is left of the header line (an HTML row's last TAB) is not the data row.
  const region = (match ? body.slice(match.end) : body).replace(/^[ \t]*\n/, '');
  const line = lineAt(text, span.start + (match?.end ?? 0));
  const reading = readRowCells(region, cellIds.length, rowConstraintsOf(table), false);
  if (reading.kind === 'read') {
    cellIds.forEach((id, cell) => read.printed.set(id, reading.cells[cell] ?? ''));
    if (reading.decoded) read.notes.push({ kind: 'rowDecoded', row: label, line, cells: reading.cells });
  } else if (reading.kind === 'ambiguous') {
    read.issues.push({ kind: 'rowAmbiguous', row: label, line, tokens: reading.tokens, candidates: reading.candidates, cellIds });
  } else {
    read.issues.push({ kind: 'rowUnreadable', row: label, line, reason: reading.reason, tokens: reading.tokens, expected: cellIds.length, cellIds });
  }
}

/** The 2019 format's 三 has a single （六）其他处理 row where 2021 has three. */
export function plansOfApplications(layout: '2021' | '2019'): RowPlan[] {
  const plans = rowPlansOf('s3');
  if (layout === '2021') return plans;
  const grid = tablesOfSection('s3')[0];
  const otherRows = grid?.rows.filter((row) => row.key.startsWith('otherHandling.')) ?? [];
  const groupLabel = otherRows[0]?.groups?.at(-1);
  const target = otherRows.at(-1);
  if (!groupLabel || !target) return plans;
  const otherLabels = new Set(otherRows.map((row) => row.label));
  const replaced = plans.filter((plan) => !otherLabels.has(plan.label));
  const at = plans.findIndex((plan) => otherLabels.has(plan.label));
  const targetPlan = plans.find((plan) => plan.label === target.label);
  if (!targetPlan) return plans;
  replaced.splice(at, 0, { ...targetPlan, label: groupLabel, keys: [compactLabel(groupLabel)] });
  return replaced;
}
