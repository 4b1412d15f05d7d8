/** A unit of a 汇总 (issue 15), made from a draft read through the door: who, which file, its figures and checks. */
import { validate } from '../../engine';
import { canonicalJson, sha256Hex } from '../canonical';
import { contextOf, reportOf } from '../draft';
import type { Draft } from '../schema';
import type { ConsolidationUnit } from './types';

/** Where a unit came from, as the 汇总 remembers it. */
export interface UnitSource {
  readonly id: string;
  readonly source: 'file' | 'draft';
  readonly fileName?: string;
  readonly addedAt: string;
  /** The digest the door already checked for a file (ReadResult.digest), when it covers the same content. */
  readonly digest?: string;
}

/** The digest of a unit's draft: identical content (whatever the file's name or export time) gives the same digest. */
export function unitDigest(draft: Draft): Promise<string> {
  const { lastExportedAt: _exported, ...content } = draft;
  return sha256Hex(canonicalJson(content));
}

/** A unit from a draft: its figures (input cells only), and how many errors and warnings its checks find. */
export async function unitFromDraft(draft: Draft, from: UnitSource): Promise<ConsolidationUnit> {
  const findings = validate(reportOf(draft), contextOf(draft));
  return {
    id: from.id,
    agency: draft.meta.agency.trim(),
    year: draft.meta.year,
    format: draft.format,
    // The file's checked digest is the draft's digest unless the draft carries an export time (left out here).
    digest: from.digest !== undefined && draft.lastExportedAt === undefined ? from.digest : await unitDigest(draft),
    source: from.source,
    ...(from.fileName !== undefined ? { fileName: from.fileName } : {}),
    draftId: draft.id,
    unitUpdatedAt: draft.updatedAt,
    addedAt: from.addedAt,
    included: true,
    errors: findings.filter((finding) => finding.severity === 'error').length,
    warnings: findings.filter((finding) => finding.severity === 'warning').length,
    values: { ...draft.values },
  };
}

/** The 机关 a unit is known by, for finding the same body twice: spaces (incl. full-width) do not count. */
export function agencyKey(agency: string): string {
  return agency.replace(/[\s\u3000]/g, '');
}
