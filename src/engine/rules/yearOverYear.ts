/**
 * Last year's report against this year's (docs/reference/RULES.md T3-XY-CARRY, T2-XY-VALID, T2-XY-REPEAL), when the
 * draft remembers last year's report or the checker was given it. Only cells both reports hold are
 * compared; T2 rules need 2021-format years on both sides (a 2019-format 对外公开总数量 measures
 * something else), T3-XY-CARRY holds across the format change (table 三 keeps these rows).
 */
import { cellsOfTable, formats } from '../../format';
import type { Finding } from '../finding';
import type { Report } from '../report';
import { numberAt } from '../values';
import type { Check } from './check';
import { severityOf } from './catalog';
import { reportFormatOf } from './sections';

function checkCarry(report: Report, lastYear: Report): Finding[] {
  const findings: Finding[] = [];
  const carriedIn = cellsOfTable(formats[report.format], 's3.grid').filter((cell) => cell.row.key === 'carriedIn');
  for (const cell of carriedIn) {
    const lastId = `s3.carriedOver.${cell.column.key}`;
    const value = numberAt(report, cell.id);
    const last = numberAt(lastYear, lastId);
    if (value === undefined || last === undefined || value === last) continue;
    findings.push({
      ruleId: 'T3-XY-CARRY',
      severity: severityOf('T3-XY-CARRY'),
      cells: [cell.id],
      params: { value, last, difference: Math.abs(value - last), lastYear: lastYear.meta.year ?? '' },
    });
  }
  // The 总计 column repeats what its columns already said: keep it only when it is the sole mismatch.
  const columns = findings.filter((finding) => !finding.cells[0]?.endsWith('.total'));
  return columns.length > 0 ? columns : findings;
}

function checkDocuments(report: Report, lastYear: Report): Finding[] {
  const findings: Finding[] = [];
  for (const row of ['rules', 'normativeDocs'] as const) {
    const last = numberAt(lastYear, `s2.${row}.inForce`);
    const issued = numberAt(report, `s2.${row}.issued`);
    const repealed = numberAt(report, `s2.${row}.repealed`);
    const inForce = numberAt(report, `s2.${row}.inForce`);
    if (last === undefined || issued === undefined || repealed === undefined) continue;
    const params = { last, issued, repealed, lastYear: lastYear.meta.year ?? '' };
    if (repealed > last + issued) {
      findings.push({
        ruleId: 'T2-XY-REPEAL',
        severity: severityOf('T2-XY-REPEAL'),
        cells: [`s2.${row}.repealed`, `s2.${row}.issued`],
        params: { ...params, bound: last + issued },
      });
    }
    if (inForce !== undefined && inForce !== last + issued - repealed) {
      findings.push({
        ruleId: 'T2-XY-VALID',
        severity: severityOf('T2-XY-VALID'),
        cells: [`s2.${row}.inForce`, `s2.${row}.issued`, `s2.${row}.repealed`],
        params: { ...params, value: inForce, expected: last + issued - repealed },
      });
    }
  }
  return findings;
}

export const checkYearOverYear: Check = (report, context) => {
  const lastYear = context.lastYear;
  if (!lastYear) return [];
  const bothModern = reportFormatOf(report) === '2021' && reportFormatOf(lastYear) === '2021';
  return [...checkCarry(report, lastYear), ...(bothModern ? checkDocuments(report, lastYear) : [])];
};
