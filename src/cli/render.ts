/** The checker's two outputs: Chinese text for people, JSON for scripts. */
import { formatById } from '../format';
import { cellLabel, severityLabel } from '../engine';
import type { Report } from '../engine';
import type { FileResult } from './checkFiles';

function cellNames(formatId: string, cells: readonly string[]): string {
  const format = formatById(formatId);
  return cells
    .slice(0, 3)
    .map((id) => (format ? cellLabel(format, id) : id))
    .join('；');
}

export function renderText(results: readonly FileResult[]): string {
  const lines: string[] = [];
  for (const result of results) {
    lines.push(`== ${result.file}`);
    if (!result.ok) {
      lines.push(`  无法读取：${result.message}`);
      continue;
    }
    const { meta } = result.report;
    lines.push(`  ${meta.agency || '（未填机关名称）'} ${meta.year ?? '（未填年度）'}年${result.kind === 'published' ? '（已发布年报）' : ''}`);
    if (result.lastYear) lines.push(`  上年报告：${result.lastYear}`);
    for (const note of result.parseNotes) lines.push(`  [说明] ${note}`);
    for (const unplaced of result.unplaced) lines.push(`  [未导入] ${unplaced}`);
    if (result.findings.length === 0) lines.push('  未发现问题。');
    result.findings.forEach((finding, index) => {
      lines.push(`  [${severityLabel[finding.severity]}] ${finding.ruleId} ${result.messages[index] ?? ''}`);
      if (finding.cells.length > 0) lines.push(`      单元格：${cellNames(result.report.format, finding.cells)}`);
    });
    lines.push(`  错误 ${result.errors} 项，提醒 ${result.warnings} 项。`);
  }
  lines.push('');
  lines.push('文件\t机关\t年度\t错误\t提醒');
  for (const result of results) {
    lines.push(
      result.ok
        ? `${result.file}\t${result.report.meta.agency}\t${result.report.meta.year ?? ''}\t${result.errors}\t${result.warnings}`
        : `${result.file}\t-\t-\t无法读取\t-`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Cell id → value as printed: a published report's printed cells, or a draft's values. */
function valuesAsPrinted(report: Report): Record<string, string> {
  if (report.printed) return { ...report.printed } as Record<string, string>;
  return Object.fromEntries(Object.entries(report.values).map(([id, value]) => [id, String(value)]));
}

export function renderJson(results: readonly FileResult[]): string {
  const files = results.map((result) =>
    result.ok
      ? {
          file: result.file,
          agency: result.report.meta.agency,
          year: result.report.meta.year,
          kind: result.kind,
          format: result.layout,
          ...(result.lastYear ? { lastYear: result.lastYear } : {}),
          errors: result.errors,
          warnings: result.warnings,
          values: valuesAsPrinted(result.report),
          unplaced: result.unplaced,
          notes: result.parseNotes,
          findings: result.findings.map((finding, index) => ({
            ruleId: finding.ruleId,
            severity: finding.severity,
            cells: finding.cells,
            params: finding.params,
            message: result.messages[index],
          })),
        }
      : { file: result.file, error: result.message },
  );
  return `${JSON.stringify({ files }, null, 2)}\n`;
}
