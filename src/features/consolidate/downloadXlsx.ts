/** Saves the units table as .xlsx (issue 15). ExcelJS (~250 KB gzip) loads only when the officer asks for it. */
import { downloadBlob } from '../../components/downloadBlob';
import type { ConsolidationPlan } from '../../draft';
import { unitsWorkbook } from './unitsWorkbook';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function downloadUnitsXlsx(plan: ConsolidationPlan, fileName: string): Promise<void> {
  const { default: Excel } = await import('exceljs');
  const buffer = await unitsWorkbook(Excel, plan).xlsx.writeBuffer();
  downloadBlob(fileName, new Blob([buffer], { type: XLSX_TYPE }));
}
