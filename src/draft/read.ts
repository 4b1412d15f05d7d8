/**
 * The one door every draft comes in by, from IndexedDB or from a file: size limit → safe JSON parse →
 * envelope type and version → migration → schema → digest → format check. Each refusal has its own code;
 * readProblems.zh-CN.ts words it.
 */
import { cellsOf, formatById } from '../format';
import { canonicalJson, sha256Hex } from './canonical';
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
  | { readonly code: 'notJson'; readonly detail?: string }
  | { readonly code: 'forbiddenKey'; readonly key: string }
  | { readonly code: 'tooDeep' }
  | { readonly code: 'notObject' }
  | { readonly code: 'wrongType'; readonly type: string }
  | { readonly code: 'newerVersion'; readonly version: number; readonly appVersion?: string }
  | { readonly code: 'badVersion' }
  | { readonly code: 'schema'; readonly path: readonly (string | number)[]; readonly issue: string }
  | { readonly code: 'digestMissing' }
  | { readonly code: 'digestMismatch' }
  | { readonly code: 'unknownFormat'; readonly format: string }
  | { readonly code: 'unknownCells'; readonly cells: readonly string[] };

export type ReadResult =
  | { readonly ok: true; readonly draft: Draft; readonly enveloped: boolean; readonly exportedAt?: string }
  | { readonly ok: false; readonly problem: ReadProblem };

const fail = (problem: ReadProblem): ReadResult => ({ ok: false, problem });

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Checks a value already parsed (a stored draft, or a file's JSON) and returns a draft the app can use. */
export async function readDraftValue(value: unknown, options: { requireDigest?: boolean } = {}): Promise<ReadResult> {
  if (!isRecord(value)) return fail({ code: 'notObject' });
  const enveloped = 'type' in value || 'draft' in value || 'sha256' in value;
  let candidate: unknown = value;
  let version = DRAFT_VERSION;
  if (enveloped) {
    if (value.type !== ENVELOPE_TYPE) return fail({ code: 'wrongType', type: String(value.type ?? '') });
    if (typeof value.version !== 'number' || !Number.isInteger(value.version) || value.version < 1) {
      return fail({ code: 'badVersion' });
    }
    if (value.version > DRAFT_VERSION) {
      const app = isRecord(value.app) && typeof value.app.version === 'string' ? value.app.version : undefined;
      return fail({ code: 'newerVersion', version: value.version, appVersion: app });
    }
    version = value.version;
    candidate = value.draft;
    if (!isRecord(candidate)) return fail({ code: 'schema', path: ['draft'], issue: 'missing' });
  }
  if (isRecord(candidate) && typeof candidate.format === 'string' && !formatById(candidate.format)) {
    return fail({ code: 'unknownFormat', format: candidate.format });
  }
  const migrated = migrate(candidate, version);
  const parsed = draftSchema.safeParse(migrated);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail({
      code: 'schema',
      path: (enveloped ? ['draft'] : []).concat((issue?.path ?? []).map((part) => (typeof part === 'symbol' ? String(part) : part)) as string[]),
      issue: issue?.code ?? 'invalid',
    });
  }
  const draft = parsed.data;
  if (enveloped) {
    if (typeof value.sha256 !== 'string') {
      if (options.requireDigest !== false) return fail({ code: 'digestMissing' });
    } else if (value.sha256.toLowerCase() !== (await sha256Hex(canonicalJson(value.draft)))) {
      return fail({ code: 'digestMismatch' });
    }
  }
  const format = formatById(draft.format);
  if (!format) return fail({ code: 'unknownFormat', format: draft.format });
  const cells = cellsOf(format);
  const unknown = [...Object.keys(draft.values), ...Object.keys(draft.printed ?? {})].filter((id) => {
    const cell = cells.get(id);
    return !cell || (cell.sumOf !== undefined && id in draft.values);
  });
  if (unknown.length > 0) return fail({ code: 'unknownCells', cells: unknown });
  return {
    ok: true,
    draft,
    enveloped,
    ...(enveloped && typeof value.exportedAt === 'string' ? { exportedAt: value.exportedAt } : {}),
  };
}

/** Reads a file's text (an exported envelope or a bare draft). */
export async function readDraftText(text: string, byteLength = new TextEncoder().encode(text).length): Promise<ReadResult> {
  if (byteLength > MAX_FILE_BYTES) return fail({ code: 'tooLarge', bytes: byteLength, limit: MAX_FILE_BYTES });
  if (text.trim() === '') return fail({ code: 'empty' });
  const json = parseJsonSafely(text.replace(/^\uFEFF/, ''));
  if (!json.ok) {
    if (json.problem === 'forbiddenKey') return fail({ code: 'forbiddenKey', key: json.detail ?? '' });
    if (json.problem === 'tooDeep') return fail({ code: 'tooDeep' });
    return fail({ code: 'notJson', detail: json.detail });
  }
  return readDraftValue(json.value);
}
