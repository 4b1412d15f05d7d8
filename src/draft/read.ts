/**
 * The one door every draft comes in by, from IndexedDB or from a file: size limit → safe JSON parse →
 * envelope type and version → migration → schema → digest → format check (cells and their values) →
 * for files, no active markup. Each refusal has its own code; readProblems.zh-CN.ts words it.
 */
import { formatById } from '../format';
import { findActiveContent } from './activeContent';
import { BACKUP_TYPE } from './backupType';
import { canonicalJson, sha256Hex } from './canonical';
import { checkCellValues } from './cellValues';
import type { CellValueFault } from './cellValues';
import { ENVELOPE_TYPE } from './envelope';
import { migrate } from './migrations';
import { parseJsonSafely } from './safeJson';
import { DRAFT_VERSION, draftSchema } from './schema';
import type { Draft } from './schema';

/** Largest file accepted: a draft with long texts is well under 1 MB. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type ReadProblem =
  | { readonly code: 'empty' }
  | { readonly code: 'tooLarge'; readonly bytes: number; readonly limit: number }
  | { readonly code: 'notJson'; readonly truncated: boolean; readonly detail?: string }
  | { readonly code: 'forbiddenKey'; readonly key: string }
  | { readonly code: 'tooDeep' }
  | { readonly code: 'notObject' }
  | { readonly code: 'wrongType'; readonly type: string }
  | { readonly code: 'isBackup' }
  | { readonly code: 'newerVersion'; readonly version: number; readonly appVersion?: string }
  | { readonly code: 'badVersion' }
  | { readonly code: 'schema'; readonly path: readonly (string | number)[]; readonly issue: string }
  | { readonly code: 'digestMissing' }
  | { readonly code: 'digestMismatch' }
  | { readonly code: 'unknownFormat'; readonly format: string }
  | { readonly code: 'unknownCells'; readonly cells: readonly string[] }
  | { readonly code: 'badCellValue'; readonly cell: string; readonly fault: CellValueFault; readonly value: string }
  | { readonly code: 'activeContent'; readonly path: readonly string[]; readonly sample: string }
  /** Reading a stored record threw (issue 12): whatever it holds, it becomes an entry, never an exception. */
  | { readonly code: 'damaged' };

export type ReadProblemCode = ReadProblem['code'];

export type ReadResult =
  | {
      readonly ok: true;
      readonly draft: Draft;
      readonly enveloped: boolean;
      readonly exportedAt?: string;
      readonly migratedFrom?: number;
      /** The file's digest of its draft, checked (a 汇总 remembers it without computing it again, issue 15). */
      readonly digest?: string;
    }
  | { readonly ok: false; readonly problem: ReadProblem };

export interface ReadOptions {
  /** A file must carry its digest; a stored draft has none. Default: required when enveloped. */
  readonly requireDigest?: boolean;
  /** Where the draft comes from: files are also refused for active markup in their texts. */
  readonly source?: 'file' | 'storage';
}

const fail = (problem: ReadProblem): ReadResult => ({ ok: false, problem });

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let current = value;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Object.hasOwn(current, part) ? (current as Record<string | number, unknown>)[part] : undefined;
  }
  return current;
}

/** Checks a value already parsed (a stored draft, or a file's JSON) and returns a draft the app can use. */
export async function readDraftValue(value: unknown, options: ReadOptions = {}): Promise<ReadResult> {
  if (!isRecord(value)) return fail({ code: 'notObject' });
  const enveloped = 'type' in value || 'draft' in value || 'sha256' in value;
  let candidate: unknown = value;
  let version = DRAFT_VERSION;
  if (enveloped) {
    if (value.type === BACKUP_TYPE) return fail({ code: 'isBackup' });
    if (value.type !== ENVELOPE_TYPE) return fail({ code: 'wrongType', type: String(value.type ?? '').slice(0, 60) });
    if (typeof value.version !== 'number' || !Number.isInteger(value.version) || value.version < 1) {
      return fail({ code: 'badVersion' });
    }
    if (value.version > DRAFT_VERSION) {
      const app = isRecord(value.app) && typeof value.app.version === 'string' ? value.app.version.slice(0, 40) : undefined;
      return fail({ code: 'newerVersion', version: value.version, ...(app ? { appVersion: app } : {}) });
    }
    version = value.version;
    candidate = value.draft;
    if (!isRecord(candidate)) return fail({ code: 'schema', path: ['draft'], issue: 'missing' });
  }
  if (isRecord(candidate) && typeof candidate.format === 'string' && !formatById(candidate.format)) {
    return fail({ code: 'unknownFormat', format: candidate.format.slice(0, 40) });
  }
  const migrated = migrate(candidate, version);
  const parsed = draftSchema.safeParse(migrated);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = (issue?.path ?? []).map((part) => (typeof part === 'symbol' ? String(part) : part));
    // zod calls an absent field a wrong type; the officer is better told it is missing.
    const absent = issue?.code === 'invalid_type' && valueAt(migrated, path) === undefined;
    return fail({ code: 'schema', path: enveloped ? ['draft', ...path] : path, issue: absent ? 'missing' : (issue?.code ?? 'invalid') });
  }
  const draft = parsed.data;
  let digest: string | undefined;
  if (enveloped) {
    if (typeof value.sha256 !== 'string') {
      if (options.requireDigest !== false) return fail({ code: 'digestMissing' });
    } else {
      digest = await sha256Hex(canonicalJson(value.draft));
      if (value.sha256.toLowerCase() !== digest) return fail({ code: 'digestMismatch' });
    }
  }
  const format = formatById(draft.format);
  if (!format) return fail({ code: 'unknownFormat', format: draft.format });
  const cells = checkCellValues(format, draft.values, Object.keys(draft.printed ?? {}));
  if (!cells.ok) return fail(cells.code === 'unknownCells' ? { code: 'unknownCells', cells: cells.cells } : cells);
  if (draft.lastYear) {
    const last = checkCellValues(format, draft.lastYear.values, Object.keys(draft.lastYear.printed ?? {}));
    if (!last.ok) return fail(last.code === 'unknownCells' ? { code: 'unknownCells', cells: last.cells } : last);
  }
  // A 汇总's units are held to the same format check as its own values (issue 15).
  for (const unit of draft.consolidation?.units ?? []) {
    const checked = checkCellValues(format, unit.values);
    if (!checked.ok) return fail(checked.code === 'unknownCells' ? { code: 'unknownCells', cells: checked.cells } : checked);
  }
  if (options.source === 'file') {
    const active = findActiveContent(draft);
    if (active) return fail({ code: 'activeContent', path: active.path, sample: active.sample });
  }
  return {
    ok: true,
    draft,
    enveloped,
    ...(enveloped && typeof value.exportedAt === 'string' ? { exportedAt: value.exportedAt } : {}),
    ...(version < DRAFT_VERSION ? { migratedFrom: version } : {}),
    ...(digest !== undefined && version === DRAFT_VERSION ? { digest } : {}),
  };
}

/** Parses a file's text safely: the steps of the door before the JSON is looked at. */
export function parseFileText(
  text: string,
  byteLength = new TextEncoder().encode(text).length,
  limit = MAX_FILE_BYTES,
): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: ReadProblem } {
  if (byteLength > limit) return { ok: false, problem: { code: 'tooLarge', bytes: byteLength, limit } };
  if (text.trim() === '') return { ok: false, problem: { code: 'empty' } };
  const json = parseJsonSafely(text.replace(/^\uFEFF/, ''));
  if (json.ok) return json;
  if (json.problem === 'forbiddenKey') return { ok: false, problem: { code: 'forbiddenKey', key: json.detail ?? '' } };
  if (json.problem === 'tooDeep') return { ok: false, problem: { code: 'tooDeep' } };
  // A file that starts like JSON but does not parse was most likely cut short (a partial download or copy).
  const truncated = /^\s*[[{]/.test(text.replace(/^\uFEFF/, ''));
  return { ok: false, problem: { code: 'notJson', truncated, ...(json.detail ? { detail: json.detail } : {}) } };
}

/** Reads a file's text (an exported envelope or a bare draft). */
export async function readDraftText(text: string, byteLength?: number): Promise<ReadResult> {
  const json = parseFileText(text, byteLength);
  if (!json.ok) return fail(json.problem);
  return readDraftValue(json.value, { source: 'file' });
}
