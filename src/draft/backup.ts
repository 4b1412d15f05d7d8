/**
 * 导出全部: every draft of this browser with its revisions in one file, and reading it back through the
 * same checks as a single draft (size, safe parse, type, version, digest, then each draft by the door).
 */
import { BACKUP_TYPE } from './backupType';
import { canonicalJson, sha256Hex } from './canonical';
import { ENVELOPE_TYPE } from './envelope';
import { parseFileText, readDraftValue } from './read';
import type { ReadProblem } from './read';
import type { Draft } from './schema';

export const BACKUP_VERSION = 1;

/** A backup holds many drafts and their history: larger than one draft file may be. */
export const MAX_BACKUP_BYTES = 40 * 1024 * 1024;

export interface BackupRevision {
  readonly takenAt: string;
  readonly reason: string;
  readonly summary: string;
  readonly draft: Draft;
}

export interface BackupEntry {
  readonly draft: Draft;
  /** Set when the draft was in 回收站. */
  readonly deletedAt?: string;
  readonly revisions: readonly BackupRevision[];
}

export interface BackupFile {
  readonly type: typeof BACKUP_TYPE;
  readonly version: number;
  readonly app: { readonly name: 'nianbao'; readonly version: string };
  readonly exportedAt: string;
  readonly drafts: readonly BackupEntry[];
  readonly sha256: string;
}

export type BackupProblem =
  | { readonly code: 'isDraftFile' }
  | { readonly code: 'badEntry'; readonly index: number; readonly title?: string; readonly problem: ReadProblem }
  | ReadProblem;

export type BackupReadResult =
  | { readonly ok: true; readonly entries: readonly BackupEntry[]; readonly exportedAt: string }
  | { readonly ok: false; readonly problem: BackupProblem };

/** Wraps the drafts for 导出全部; the digest covers the canonical JSON of the drafts list. */
export async function makeBackup(entries: readonly BackupEntry[], appVersion: string, exportedAt: string): Promise<BackupFile> {
  return {
    type: BACKUP_TYPE,
    version: BACKUP_VERSION,
    app: { name: 'nianbao', version: appVersion },
    exportedAt,
    drafts: entries,
    sha256: await sha256Hex(canonicalJson(entries)),
  };
}

/** `年报草稿备份-<yyyyMMdd-HHmm>.nianbao-backup.json` */
export function backupFileName(at: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `年报草稿备份-${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}.nianbao-backup.json`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const refuse = (problem: BackupProblem): BackupReadResult => ({ ok: false, problem });

/** Reads a backup file's text; every draft and revision in it passes the door or the whole file is refused. */
export async function readBackupText(text: string, byteLength = new TextEncoder().encode(text).length): Promise<BackupReadResult> {
  const json = parseFileText(text, byteLength, MAX_BACKUP_BYTES);
  if (!json.ok) return refuse(json.problem);
  const value = json.value;
  if (!isRecord(value)) return refuse({ code: 'notObject' });
  if (value.type === ENVELOPE_TYPE) return refuse({ code: 'isDraftFile' });
  if (value.type !== BACKUP_TYPE) return refuse({ code: 'wrongType', type: String(value.type ?? '').slice(0, 60) });
  if (typeof value.version !== 'number' || !Number.isInteger(value.version) || value.version < 1) return refuse({ code: 'badVersion' });
  if (value.version > BACKUP_VERSION) {
    const app = isRecord(value.app) && typeof value.app.version === 'string' ? value.app.version.slice(0, 40) : undefined;
    return refuse({ code: 'newerVersion', version: value.version, ...(app ? { appVersion: app } : {}) });
  }
  if (!Array.isArray(value.drafts)) return refuse({ code: 'schema', path: ['drafts'], issue: 'missing' });
  if (typeof value.sha256 !== 'string') return refuse({ code: 'digestMissing' });
  if (value.sha256.toLowerCase() !== (await sha256Hex(canonicalJson(value.drafts)))) return refuse({ code: 'digestMismatch' });
  const entries: BackupEntry[] = [];
  for (const [index, raw] of (value.drafts as unknown[]).entries()) {
    const title = isRecord(raw) && isRecord(raw.draft) && typeof raw.draft.title === 'string' ? raw.draft.title.slice(0, 100) : undefined;
    const bad = (problem: ReadProblem) => refuse({ code: 'badEntry', index, ...(title ? { title } : {}), problem });
    if (!isRecord(raw)) return bad({ code: 'notObject' });
    const read = await readDraftValue(raw.draft, { source: 'file' });
    if (!read.ok) return bad(read.problem);
    const revisions: BackupRevision[] = [];
    for (const revision of Array.isArray(raw.revisions) ? raw.revisions : []) {
      if (!isRecord(revision)) return bad({ code: 'schema', path: ['revisions'], issue: 'invalid_type' });
      const revisionRead = await readDraftValue(revision.draft, { source: 'file' });
      if (!revisionRead.ok) return bad(revisionRead.problem);
      if (revisionRead.draft.id !== read.draft.id) return bad({ code: 'schema', path: ['revisions', 'id'], issue: 'invalid_value' });
      revisions.push({
        takenAt: typeof revision.takenAt === 'string' ? revision.takenAt.slice(0, 64) : '',
        reason: typeof revision.reason === 'string' ? revision.reason.slice(0, 32) : 'import',
        summary: typeof revision.summary === 'string' ? revision.summary.slice(0, 300) : '',
        draft: revisionRead.draft,
      });
    }
    entries.push({ draft: read.draft, ...(typeof raw.deletedAt === 'string' ? { deletedAt: raw.deletedAt.slice(0, 64) } : {}), revisions });
  }
  return { ok: true, entries, exportedAt: typeof value.exportedAt === 'string' ? value.exportedAt : '' };
}
