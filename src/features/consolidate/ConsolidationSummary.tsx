/** The units table with what the officer must know about it: duplicates, units with errors, and the Excel export. */
import { useState } from 'react';
import { downloadUnitsXlsx } from './downloadXlsx';
import { DuplicateNotes } from './DuplicateNotes';
import { consolidateStrings as t } from './strings.zh-CN';
import { UnitsTable } from './UnitsTable';
import type { UnitsTableProps } from './UnitsTable';

export function ConsolidationSummary({ plan, fileAgency, onInclude, onKeep }: UnitsTableProps & { fileAgency: string }) {
  const [exporting, setExporting] = useState<{ ok: boolean; text: string } | 'busy' | undefined>();
  const withErrors = plan.counted.filter((unit) => unit.errors > 0).length;
  const exportXlsx = async () => {
    setExporting('busy');
    const fileName = t.xlsxFileName(fileAgency.trim(), plan.year);
    try {
      await downloadUnitsXlsx(plan, fileName);
      setExporting({ ok: true, text: t.exportedXlsx(fileName) });
    } catch (error) {
      setExporting({ ok: false, text: t.exportXlsxFailed(error instanceof Error ? error.message : String(error)) });
    }
  };
  return (
    <>
      <DuplicateNotes plan={plan} />
      {withErrors > 0 && (
        <p role="alert" className="consolidate-warning">
          {t.errorsWarning(withErrors)}
        </p>
      )}
      <UnitsTable plan={plan} onInclude={onInclude} onKeep={onKeep} />
      <p className="consolidate-actions">
        <button type="button" disabled={exporting === 'busy'} onClick={() => void exportXlsx()}>
          {t.exportXlsx}
        </button>
      </p>
      {exporting === 'busy' && <p role="status">{t.exportingXlsx}</p>}
      {exporting && exporting !== 'busy' && <p role={exporting.ok ? 'status' : 'alert'}>{exporting.text}</p>}
    </>
  );
}
