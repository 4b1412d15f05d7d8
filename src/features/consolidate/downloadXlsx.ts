/** Saves the units table as .xlsx (issue 15). ExcelJS (~250 KB gzip) loads only when the officer asks for it. */
import type { ConsolidationPlan } from '../../draft';
import { unitsWorkbook } from './unitsWorkbook';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function downloadUnitsXlsx(plan: ConsolidationPlan, fileName: string): Promise<void> {
  const { default: Excel } = await import('exceljs');
  const buffer = await unitsWorkbook(Excel, plan).xlsx.writeBuffer();
  // A blob: address of this page: nothing leaves the machine.
  const url = URL.createObjectURL(new Blob([buffer], { type: XLSX_TYPE }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
