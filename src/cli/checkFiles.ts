/**
 * Reads and validates each file given to the checker; no printing here, so it is testable.
 * Files are drafts (.json: bare drafts or exported envelopes, through the draft door) or published
 * reports (.txt, .html: through the published-text parser, issue 7). Reports of the same agency a year
 * apart in one run are paired, and the later one is checked against the earlier (T3-XY-CARRY,
 * T2-XY-VALID, …); `lastYearFile` names last year's report explicitly.
 */
import { contextOf, describeReadProblem, MAX_FILE_BYTES, readDraftText, reportOf } from '../draft';
import { countBySeverity, describeFinding, validate } from '../engine';
import type { Finding, Report, ValidationContext } from '../engine';
import { describeParseIssue, describeParseNote, parsePublishedReport } from '../engine/published';
import type { PublishedReport } from '../engine/published';
import { decodeText, fileKindOf, reportFileText } from '../engine/published/files/reportText';
import type { CMapFiles, FileKind } from '../engine/published/files/reportText';

export type FileResult =
  | {
      readonly ok: true;
      readonly file: string;
      readonly kind: 'draft' | 'published';
      readonly report: Report;
      readonly findings: readonly Finding[];
      readonly messages: readonly string[];
      readonly errors: number;
      readonly warnings: number;
      /** The file (or the draft's remembered report) the year-over-year rules compared against. */
      readonly lastYear?: string;
      /** For a published report: what could not be placed, and what was decided (Chinese, line by line). */
      readonly unplaced: readonly string[];
      readonly parseNotes: readonly string[];
      /** 2019 when the text follows the 2019 format. */
      readonly layout: '2021' | '2019';
    }
  | { readonly ok: false; readonly file: string; readonly message: string };

export interface FileAccess {
  readBytes(path: string): Promise<Uint8Array>;
  sizeOf(path: string): Promise<number>;
  /** pdf.js's CMap files, for PDFs whose Chinese font is not embedded. */
  readonly cMapFiles?: CMapFiles;
}

export interface CheckOptions {
  /** Last year's report for the file(s) checked (`--last-year FILE`). */
  readonly lastYearFile?: string;
}

/** A file read, before validation. */
type Loaded =
  | { readonly ok: true; readonly file: string; readonly kind: 'draft'; readonly report: Report; readonly context: ValidationContext; readonly text: string }
  | { readonly ok: true; readonly file: string; readonly kind: 'published'; readonly report: Report; readonly parsed: PublishedReport; readonly text: string }
  | { readonly ok: false; readonly file: string; readonly message: string };

const kindNames = { pdf: 'PDF', docx: 'Word', text: '文本' } as const;
const fileProblems = {
  unreadable: (kind: FileKind) => `无法打开这个 ${kindNames[kind]} 文件（文件可能已损坏或加密）。`,
  noText: (kind: FileKind) => `这个 ${kindNames[kind]} 文件里没有可读取的文字（可能是扫描件），请改用网页或可复制文字的文件。`,
};

const isPublishedText = (file: string, text: string): boolean =>
  /\.(txt|html?|text)$/i.test(file) || (!/\.json$/i.test(file) && !text.trimStart().startsWith('{'));

async function load(file: string, access: FileAccess): Promise<Loaded> {
  let size: number;
  try {
    size = await access.sizeOf(file);
  } catch {
    return { ok: false, file, message: '无法读取文件（文件不存在或没有读取权限）。' };
  }
  if (size > MAX_FILE_BYTES) {
    return { ok: false, file, message: describeReadProblem({ code: 'tooLarge', bytes: size, limit: MAX_FILE_BYTES }) };
  }
  const bytes = await access.readBytes(file);
  // A PDF or Word file is a published report whatever its name (issue 14).
  if (fileKindOf(bytes) !== 'text') {
    const read = await reportFileText(bytes, access.cMapFiles);
    if (!read.ok) return { ok: false, file, message: fileProblems[read.problem](read.kind) };
    const parsed = parsePublishedReport(read.text);
    return { ok: true, file, kind: 'published', report: parsed.report, parsed, text: read.text };
  }
  const text = decodeText(bytes);
  if (isPublishedText(file, text)) {
    const parsed = parsePublishedReport(text);
    return { ok: true, file, kind: 'published', report: parsed.report, parsed, text };
  }
  const read = await readDraftText(text, size);
  if (!read.ok) return { ok: false, file, message: describeReadProblem(read.problem) };
  return { ok: true, file, kind: 'draft', report: reportOf(read.draft), context: contextOf(read.draft), text };
}

/** Agencies match when their names match without spaces (平潭综合实验区 = 平潭综合实验区). */
const sameAgency = (a: Report, b: Report): boolean =>
  a.meta.agency.replace(/\s/g, '') !== '' && a.meta.agency.replace(/\s/g, '') === b.meta.agency.replace(/\s/g, '');

function finish(loaded: Extract<Loaded, { ok: true }>, lastYear: { file: string; report: Report } | undefined): FileResult {
  let report = loaded.report;
  let parsed: PublishedReport | undefined;
  if (loaded.kind === 'published') {
    // Last year's 现行有效件数 may settle a row whose cells the page joined: read again with it.
    parsed = lastYear ? parsePublishedReport(loaded.text, { lastYear: lastYear.report }) : loaded.parsed;
    report = parsed.report;
  }
  const context: ValidationContext = lastYear ? { lastYear: lastYear.report } : loaded.kind === 'draft' ? loaded.context : {};
  const findings = [...validate(report, context), ...(parsed?.prefaceFindings ?? [])];
  const counts = countBySeverity(findings);
  const remembered = loaded.kind === 'draft' && !lastYear && loaded.context.lastYear ? '（草稿中保存的上年报告）' : undefined;
  return {
    ok: true,
    file: loaded.file,
    kind: loaded.kind,
    report,
    findings,
    messages: findings.map((finding) => describeFinding(finding, report.format)),
    errors: counts.error,
    warnings: counts.warning,
    ...(lastYear ? { lastYear: lastYear.file } : remembered ? { lastYear: remembered } : {}),
    unplaced: parsed?.issues.map(describeParseIssue) ?? [],
    parseNotes: parsed?.notes.map(describeParseNote) ?? [],
    layout: parsed?.layout ?? '2021',
  };
}

/** Checks every file; pairs reports of one agency a year apart, earlier years first. */
export async function checkFiles(files: readonly string[], access: FileAccess, options: CheckOptions = {}): Promise<FileResult[]> {
  const loaded: Loaded[] = [];
  for (const file of files) loaded.push(await load(file, access));
  let explicit: { file: string; report: Report } | undefined;
  if (options.lastYearFile) {
    const last = await load(options.lastYearFile, access);
    if (!last.ok) return [{ ok: false, file: options.lastYearFile, message: `上年报告：${last.message}` }];
    explicit = { file: options.lastYearFile, report: last.report };
  }
  const results = new Map<number, FileResult>();
  const order = loaded
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (a.entry.ok && b.entry.ok ? (a.entry.report.meta.year ?? 0) - (b.entry.report.meta.year ?? 0) : 0));
  for (const { entry, index } of order) {
    if (!entry.ok) {
      results.set(index, entry);
      continue;
    }
    const year = entry.report.meta.year;
    let lastYear = explicit;
    if (!lastYear && year !== null) {
      const pairIndex = loaded.findIndex(
        (other) => other.ok && other !== entry && other.report.meta.year === year - 1 && sameAgency(other.report, entry.report),
      );
      const pair = results.get(pairIndex);
      if (pair?.ok) lastYear = { file: pair.file, report: pair.report };
    }
    results.set(index, finish(entry, lastYear));
  }
  return loaded.map((_entry, index) => results.get(index) as FileResult);
}
