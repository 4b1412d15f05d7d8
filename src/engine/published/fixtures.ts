/** Test helpers: the real published reports of e2e/fixtures/reports and their values as printed. */
import { readFileSync } from 'node:fs';

const dir = new URL('../../../e2e/fixtures/reports/', import.meta.url);

export interface ReportFixture {
  readonly name: string;
  readonly file: string;
  readonly agency: string;
  readonly year: number;
  readonly format: '2019' | '2021';
  /** Cell id → value as printed (null: the printed cell was empty), 2019 rows mapped to 2021 ids. */
  readonly values: Readonly<Record<string, string>>;
}

/** The reports of values.json, with the 2019 format's single （六）其他处理 row keyed as 3.其他. */
export function reportFixtures(): ReportFixture[] {
  const json = JSON.parse(readFileSync(new URL('values.json', dir), 'utf8')) as {
    reports: Record<string, { file: string; agency: string; year: number; format: '2019' | '2021'; valuesAsPrinted: Record<string, unknown> }>;
  };
  return Object.entries(json.reports).map(([name, report]) => ({
    name,
    file: report.file,
    agency: report.agency,
    year: report.year,
    format: report.format,
    values: Object.fromEntries(
      Object.entries(report.valuesAsPrinted)
        .filter(([id]) => /^s\d\.[\w.]+$/.test(id))
        .map(([id, value]) => [
          /^s3\.otherHandling\.[a-z]+$/.test(id) ? id.replace('otherHandling.', 'otherHandling.other.') : id,
          value === null ? '' : String(value),
        ]),
    ),
  }));
}

/** The text of a report file as published. */
export function reportText(file: string): string {
  return readFileSync(new URL(file, dir), 'utf8');
}
