/**
 * The shape of an official report format declaration. One declaration per format version
 * (国办公开办函〔2021〕30号 → "2021"); every feature reads it instead of writing labels again.
 */

/** What a cell holds: a whole count of 件, or an exact decimal amount in a unit. */
export type CellKind = 'count' | 'amount';

export type Severity = 'error' | 'warning' | 'info';

/** A column of a table, as the format prints it. `groups` are the header cells above it, outermost first. */
export interface ColumnSpec {
  readonly key: string;
  readonly label: string;
  readonly groups?: readonly string[];
  /** A computed column: the sum of the columns of the same row whose keys are listed. */
  readonly sumOf?: readonly string[];
  /** Overrides of the table's kind, unit and decimals for this column (六's fee fields mix them). */
  readonly kind?: CellKind;
  readonly unit?: string;
  readonly decimals?: number;
}

/** A row of a table. `groups` are the merged row-header cells to its left, outermost first. */
export interface RowSpec {
  readonly key: string;
  readonly label: string;
  readonly groups?: readonly string[];
  /** A computed row: the sum of the rows of the same column whose keys are listed. */
  readonly sumOf?: readonly string[];
}

/** One table of the format; cell ids are `${idPrefix}.${row.key}.${column.key}` (empty parts dropped). */
export interface TableSpec {
  readonly id: string;
  readonly idPrefix: string;
  readonly caption?: string;
  /** Label of the top-left header cell (信息内容), when the format prints one. */
  readonly cornerLabel?: string;
  /** Header printed above all value columns (申请人情况). */
  readonly columnHeader?: string;
  readonly note?: string;
  readonly kind: CellKind;
  readonly unit: string;
  readonly decimals?: number;
  readonly columns: readonly ColumnSpec[];
  readonly rows: readonly RowSpec[];
  /** Rule id reported when a typed total disagrees with the computed one, per computed axis. */
  readonly sumRules?: { readonly rows?: string; readonly columns?: string };
  /** Rule ids of the per-cell checks: whole numbers ≥ 0 (or decimals ≥ 0), and no empty cell. */
  readonly valueRule: string;
  readonly emptyRule?: string;
  /** How a cell's accessible name is built: row + column (default), column group + column, or column only. */
  readonly cellName?: 'rowColumn' | 'groupColumn' | 'column';
  /** Cells that may stay empty in a finished report (六's fee figures may be stated in the text instead). */
  readonly optional?: boolean;
}

export interface TextSectionSpec {
  readonly id: string;
  readonly number: string;
  readonly title: string;
  readonly kind: 'text';
  /** What the official instructions ask of this section (shown in the wizard's fold-away panel). */
  readonly guidance: string;
  readonly tables?: readonly TableSpec[];
}

export interface TablesSectionSpec {
  readonly id: string;
  readonly number: string;
  readonly title: string;
  readonly kind: 'tables';
  readonly guidance: string;
  readonly tables: readonly TableSpec[];
}

export type SectionSpec = TextSectionSpec | TablesSectionSpec;

export interface RuleSpec {
  readonly id: string;
  readonly severity: Severity;
  /** One line in Chinese: what the rule asks, for the review step and the checker's legend. */
  readonly title: string;
}

export interface FormatSpec {
  readonly id: string;
  readonly name: string;
  readonly source: string;
  readonly appliesFrom: number;
  readonly appliesUntil?: number;
  readonly titleTemplate: string;
  readonly sections: readonly SectionSpec[];
}
