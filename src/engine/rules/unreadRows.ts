/**
 * ROW-UNREAD (issue 14): a report read from a published text may have rows the importer could not read
 * (joined digits with several splits, a label it could not find). Those cells are not empty and not 0:
 * the sum and balance rules skip them (values.ts isUnread) and this rule names each such row once, as an
 * info, so the officer knows what was not checked and fills it in from the original.
 */
import { cellsOf, formats } from '../../format';
import type { CellInfo } from '../../format';
import type { Finding } from '../finding';
import type { Report } from '../report';
import { isUnread } from '../values';
import type { Check } from './check';
import { severityOf } from './catalog';
import { reportFormatOf } from './sections';

/** The tables an importer reads: 二 (2021 format only: 2019's 二 has other columns), 三 and 四. */
const readSections = (report: Report): readonly string[] => (reportFormatOf(report) === '2019' ? ['s3', 's4'] : ['s2', 's3', 's4']);

export const checkUnreadRows: Check = (report) => {
  if (!report.printed || report.origin !== 'published') return [];
  const sections = readSections(report);
  const rows = new Map<string, CellInfo[]>();
  for (const cell of cellsOf(formats[report.format]).values()) {
    if (!sections.includes(cell.sectionId) || cell.table.optional || cell.sumOf) continue;
    if (!isUnread(report, cell.id)) continue;
    const key = `${cell.table.id}/${cell.row.key}`;
    rows.set(key, [...(rows.get(key) ?? []), cell]);
  }
  return [...rows.values()].map((cells): Finding => {
    const [first] = cells as [CellInfo];
    const section = formats[report.format].sections.find((candidate) => candidate.id === first.sectionId);
    return {
      ruleId: 'ROW-UNREAD',
      severity: severityOf('ROW-UNREAD'),
      cells: cells.map((cell) => cell.id),
      params: {
        section: section ? `${section.number}、` : '',
        row: first.row.label !== '' ? first.row.label : (section?.title ?? ''),
      },
    };
  });
};
