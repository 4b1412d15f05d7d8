/** How far each section is: 未开始, 填写中, 有错误 (with a count), 已完成 — and the report as a whole. */
import { cellsOf, formats } from '../format';
import type { Finding } from './finding';
import type { CellId, Report, TextFieldId } from './report';

export type SectionStatus =
  | { readonly state: 'notStarted' }
  | { readonly state: 'inProgress'; readonly unfilled: number }
  | { readonly state: 'hasErrors'; readonly errors: number }
  | { readonly state: 'done' };

function sectionOfFinding(report: Report, finding: Finding): string | undefined {
  if (finding.field) return finding.field;
  const first = finding.cells[0];
  return first === undefined ? undefined : cellsOf(formats[report.format]).get(first)?.sectionId;
}

/** The input cells of a section that are not filled yet. */
export function unfilledCells(report: Report, sectionId?: string): string[] {
  return [...cellsOf(formats[report.format]).values()]
    .filter((cell) => !cell.sumOf && !cell.table.optional)
    .filter((cell) => sectionId === undefined || cell.sectionId === sectionId)
    .filter((cell) => report.values[cell.id as CellId] === undefined)
    .map((cell) => cell.id);
}

/** Status of one section given the report's current findings. */
export function sectionStatus(report: Report, sectionId: string, findings: readonly Finding[]): SectionStatus {
  const section = formats[report.format].sections.find((candidate) => candidate.id === sectionId);
  if (!section) return { state: 'notStarted' };
  const cells = [...cellsOf(formats[report.format]).values()].filter(
    (cell) => cell.sectionId === sectionId && !cell.sumOf && !cell.table.optional,
  );
  const hasText = section.kind === 'text';
  const text = hasText ? (report.texts[sectionId as TextFieldId] ?? '').trim() : '';
  const filled = cells.filter((cell) => report.values[cell.id as CellId] !== undefined).length;
  if (filled === 0 && text === '') return { state: 'notStarted' };
  const errors = findings.filter(
    (finding) => finding.severity === 'error' && sectionOfFinding(report, finding) === sectionId,
  ).length;
  if (errors > 0) return { state: 'hasErrors', errors };
  const unfilled = cells.length - filled + (hasText && text === '' ? 1 : 0);
  return unfilled > 0 ? { state: 'inProgress', unfilled } : { state: 'done' };
}

/** Whether the report as a whole is ready to print as final: meta set, every cell filled, no error. */
export function reportReadiness(report: Report, findings: readonly Finding[]): {
  readonly ready: boolean;
  readonly errors: number;
  readonly unfilled: number;
  readonly missingMeta: readonly ('agency' | 'year')[];
} {
  const missingMeta = [
    ...(report.meta.agency.trim() === '' ? (['agency'] as const) : []),
    ...(report.meta.year === null ? (['year'] as const) : []),
  ];
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const unfilled = unfilledCells(report).length;
  return { ready: errors === 0 && unfilled === 0 && missingMeta.length === 0, errors, unfilled, missingMeta };
}
