/** Reads and validates each file given to the checker; no printing here, so it is testable. */
import { describeReadProblem, MAX_FILE_BYTES, readDraftText, reportOf } from '../draft';
import { countBySeverity, describeFinding, validate } from '../engine';
import type { Finding, Report } from '../engine';

export type FileResult =
  | {
      readonly ok: true;
      readonly file: string;
      readonly report: Report;
      readonly findings: readonly Finding[];
      readonly messages: readonly string[];
      readonly errors: number;
      readonly warnings: number;
    }
  | { readonly ok: false; readonly file: string; readonly message: string };

export interface FileAccess {
  readText(path: string): Promise<string>;
  sizeOf(path: string): Promise<number>;
}

async function checkFile(file: string, access: FileAccess): Promise<FileResult> {
  let size: number;
  try {
    size = await access.sizeOf(file);
  } catch {
    return { ok: false, file, message: '无法读取文件（文件不存在或没有读取权限）。' };
  }
  if (size > MAX_FILE_BYTES) {
    return {
      ok: false,
      file,
      message: describeReadProblem({ code: 'tooLarge', bytes: size, limit: MAX_FILE_BYTES }),
    };
  }
  const read = await readDraftText(await access.readText(file), size);
  if (!read.ok) return { ok: false, file, message: describeReadProblem(read.problem) };
  const report = reportOf(read.draft);
  const findings = validate(report);
  const counts = countBySeverity(findings);
  return {
    ok: true,
    file,
    report,
    findings,
    messages: findings.map((finding) => describeFinding(finding, report.format)),
    errors: counts.error,
    warnings: counts.warning,
  };
}

/** Checks every file in turn. */
export async function checkFiles(files: readonly string[], access: FileAccess): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const file of files) results.push(await checkFile(file, access));
  return results;
}
