/** Helpers for the engine's unit tests: reports from the seed fixture, with cells changed. */
import { readFileSync } from 'node:fs';
import type { CellId, CellValue, Report } from './report';

interface FixtureDraft {
  meta: Report['meta'];
  values: Record<string, CellValue>;
  texts: Record<string, string>;
}

/** The seed report (濮阳市工业和信息化局 2021) as transcribed in e2e/fixtures. */
export function seedReport(): Report {
  const draft = JSON.parse(
    readFileSync(new URL('../../e2e/fixtures/2021-puyang-gongxin.json', import.meta.url), 'utf8'),
  ) as FixtureDraft;
  return { format: '2021', meta: draft.meta, values: draft.values, texts: draft.texts, notes: {} };
}

/** A copy of the report with some cells set (undefined clears a cell). */
export function withValues(report: Report, changes: Partial<Record<CellId, CellValue | undefined>>): Report {
  const values: Partial<Record<CellId, CellValue>> = { ...report.values };
  for (const [id, value] of Object.entries(changes) as [CellId, CellValue | undefined][]) {
    if (value === undefined) delete values[id];
    else values[id] = value;
  }
  return { ...report, values };
}
