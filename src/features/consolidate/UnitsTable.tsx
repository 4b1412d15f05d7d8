/**
 * The units of a 汇总 (issue 15), one row each, sortable by any column: 机关, 年度, format, errors, warnings,
 * 三 本年新收 总计, where it came from, and whether it is counted — a checkbox, or for a duplicate the choice of
 * which file to keep. The totals row adds up the counted units. A hundred rows a page (tablePage.ts).
 */
import { useState } from 'react';
import type { ConsolidationPlan, PlannedUnit } from '../../draft';
import { formatCellValue } from '../../engine';
import { consolidateStrings as t } from './strings.zh-CN';
import { FIGURE_CELLS, figureLabel, sortRows, sourceText, statusText, totalsOf } from './unitsRows';
import type { SortKey } from './unitsRows';
import { unitValue } from '../../draft';
import { tablePage } from './tablePage';
import type { TablePage } from './tablePage';

export interface UnitsTableProps {
  readonly plan: ConsolidationPlan;
  readonly onInclude: (unitId: string, included: boolean) => void;
  readonly onKeep: (groupKey: string, unitId: string) => void;
}

type Direction = 'ascending' | 'descending';

function SortHeader({ label, sortKey, sort, onSort }: { label: string; sortKey: SortKey; sort: { key: SortKey; direction: Direction } | undefined; onSort: (key: SortKey) => void }) {
  const active = sort?.key === sortKey;
  return (
    <th scope="col" aria-sort={active ? sort.direction : 'none'}>
      <button type="button" className="consolidate-sort" onClick={() => onSort(sortKey)} aria-label={t.sortBy(label)}>
        {label}
        <span aria-hidden="true">{active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}</span>
      </button>
    </th>
  );
}

function IncludeCell({ row, onInclude, onKeep }: { row: PlannedUnit } & Pick<UnitsTableProps, 'onInclude' | 'onKeep'>) {
  const name = row.unit.agency || t.unnamed;
  const { status, group } = row;
  if (status.kind === 'otherYear' || status.kind === 'otherFormat') return <td />;
  if (group) {
    return (
      <td>
        <input
          type="radio"
          name={`keep-${group.key}`}
          checked={group.keptId === row.unit.id}
          aria-label={t.keepLabel(name, sourceText(row))}
          onChange={() => onKeep(group.key, row.unit.id)}
        />
      </td>
    );
  }
  return (
    <td>
      <input
        type="checkbox"
        checked={status.kind === 'counted'}
        aria-label={t.includeLabel(name)}
        onChange={(event) => onInclude(row.unit.id, event.currentTarget.checked)}
      />
    </td>
  );
}

function Pager({ shown, onPage }: { shown: TablePage<unknown>; onPage: (page: number) => void }) {
  if (shown.pages < 2) return null;
  return (
    <nav className="consolidate-pager" aria-label={t.pagerLabel}>
      <button type="button" disabled={shown.page === 0} onClick={() => onPage(shown.page - 1)}>
        {t.previousPage}
      </button>
      <span>{t.pageRange(shown.from, shown.to, shown.total, shown.page + 1, shown.pages)}</span>
      <button type="button" disabled={shown.page === shown.pages - 1} onClick={() => onPage(shown.page + 1)}>
        {t.nextPage}
      </button>
    </nav>
  );
}

export function UnitsTable({ plan, onInclude, onKeep }: UnitsTableProps) {
  const [sort, setSort] = useState<{ key: SortKey; direction: Direction } | undefined>();
  const [page, setPage] = useState(0);
  const onSort = (key: SortKey) =>
    setSort((current) => ({ key, direction: current?.key === key && current.direction === 'ascending' ? 'descending' : 'ascending' }));
  const shown = tablePage(sort ? sortRows(plan.rows, sort.key, sort.direction) : plan.rows, page);
  const totals = totalsOf(plan);
  const header = { sort, onSort };
  return (
    <>
      <div className="consolidate-table-wrap">
        <table className="consolidate-units">
          <caption>{t.unitsCaption}</caption>
          <thead>
            <tr>
              <SortHeader label={t.columns.agency} sortKey="agency" {...header} />
              <SortHeader label={t.columns.year} sortKey="year" {...header} />
              <th scope="col">{t.columns.format}</th>
              <SortHeader label={t.columns.errors} sortKey="errors" {...header} />
              <SortHeader label={t.columns.warnings} sortKey="warnings" {...header} />
              {FIGURE_CELLS.map((id) => (
                <SortHeader key={id} label={figureLabel(id)} sortKey={id} {...header} />
              ))}
              <th scope="col">{t.columns.source}</th>
              <SortHeader label={t.columns.status} sortKey="status" {...header} />
              <th scope="col">{t.columns.include}</th>
            </tr>
          </thead>
          <tbody>
            {shown.rows.map((row) => (
              <tr key={row.unit.id} data-status={row.status.kind}>
                <th scope="row">{row.unit.agency || t.unnamed}</th>
                <td>{row.unit.year ?? t.noYear}</td>
                <td>{t.formatName(row.unit.format)}</td>
                <td className={row.unit.errors > 0 ? 'consolidate-bad' : undefined}>{row.unit.errors}</td>
                <td>{row.unit.warnings}</td>
                {FIGURE_CELLS.map((id) => (
                  <td key={id}>{formatCellValue(unitValue(row.unit, id))}</td>
                ))}
                <td>{sourceText(row)}</td>
                <td>{statusText(row)}</td>
                <IncludeCell row={row} onInclude={onInclude} onKeep={onKeep} />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t.totalsRow}</th>
              <td />
              <td />
              <td>{totals.errors}</td>
              <td>{totals.warnings}</td>
              {FIGURE_CELLS.map((id) => (
                <td key={id}>{formatCellValue(totals.figures[id])}</td>
              ))}
              <td />
              <td>{t.countedSummary(plan.counted.length, plan.rows.length, plan.year)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
      <Pager shown={shown} onPage={setPage} />
    </>
  );
}
