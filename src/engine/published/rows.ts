/**
 * The rows the parser looks for, read from the format declaration (never a copy of its labels): each
 * row's label, the ids of its cells in column order, and the sums its cells must satisfy.
 */
import { cellIdOf, format2021 } from '../../format';
import type { SectionSpec, TableSpec } from '../../format';
import { compactLabel } from './compact';
import type { SumConstraint } from './decode';

export interface RowPlan {
  readonly tableId: string;
  /** The label as the format prints it, for messages. */
  readonly label: string;
  /** Compact search keys, the full label first, then shorter fallbacks. */
  readonly keys: readonly string[];
  readonly cellIds: readonly string[];
  readonly constraints: readonly SumConstraint[];
  /** The characters of the row's group labels (（六）其他处理), which a PDF may interleave into the label. */
  readonly groupChars: ReadonlySet<string>;
}

/** Each computed column's sum, as indexes into the row's cells. */
export function rowConstraintsOf(table: TableSpec): SumConstraint[] {
  const indexOf = new Map(table.columns.map((column, index) => [column.key, index]));
  return table.columns.flatMap((column, index) =>
    column.sumOf ? [{ parts: column.sumOf.map((key) => indexOf.get(key) ?? -1), total: index }] : [],
  );
}

/** Shorter keys for long labels that real reports word slightly differently. */
function fallbackKeys(label: string): string[] {
  const compact = compactLabel(label);
  const keys = [compact];
  const beforeNote = compact.replace(/（[^（）]*）$/, '');
  if (beforeNote !== compact) keys.push(beforeNote);
  // 「1.申请人无正当理由逾期不补正、行政机关不再处理…」: its first clause is distinctive enough.
  const firstClause = compact.split(/[、，]/)[0] ?? compact;
  if (firstClause.length >= 6 && firstClause !== compact) keys.push(firstClause);
  return keys;
}

export function tablesOfSection(sectionId: string): readonly TableSpec[] {
  const sections: readonly SectionSpec[] = format2021.sections;
  return sections.find((section) => section.id === sectionId)?.tables ?? [];
}

/** The rows of the tables of a section, in reading order. */
export function rowPlansOf(sectionId: string): RowPlan[] {
  return tablesOfSection(sectionId).flatMap((table) =>
    table.rows.map((row) => ({
      tableId: table.id,
      label: row.label,
      keys: row.label === '' ? [] : fallbackKeys(row.label),
      cellIds: table.columns.map((column) => cellIdOf(table, row.key, column.key)),
      constraints: rowConstraintsOf(table),
      groupChars: new Set(compactLabel((row.groups ?? []).join(''))),
    })),
  );
}
