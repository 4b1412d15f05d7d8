/**
 * Error counts for the drafts list (rules engine). Checking 1,000 drafts takes seconds, so the list shows at once
 * and counts fill in a few drafts at a time; each count is remembered in IndexedDB with a fingerprint of the
 * draft's content, so the next visit shows them without checking again.
 */
import { useEffect, useRef, useState } from 'react';
import { contextOf, reportOf } from '../../draft';
import type { Draft } from '../../draft';
import { validate } from '../../engine';
import type { StoredCheck, StoredDraft } from '../../storage/db';
import type { DraftsRepository } from '../../storage/draftsRepository';

export function errorCountOf(draft: Draft): number {
  return validate(reportOf(draft), contextOf(draft)).filter((finding) => finding.severity === 'error').length;
}

/** FNV-1a over what the rules read: a changed draft gets a new fingerprint whatever its clock says. */
export function fingerprintOf(draft: Draft): string {
  const text = JSON.stringify([draft.format, draft.meta, draft.values, draft.texts, draft.notes, draft.printed, draft.origin, draft.lastYear]);
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(16)}:${text.length}`;
}

const CHUNK = 20;

/** Error count by draft id; a draft not checked yet is absent. */
export function useErrorCounts(
  repository: DraftsRepository,
  drafts: readonly StoredDraft[] | undefined,
): ReadonlyMap<string, number> {
  const [counts, setCounts] = useState<ReadonlyMap<string, number>>(new Map());
  const remembered = useRef<Map<string, StoredCheck> | undefined>(undefined);

  useEffect(() => {
    if (!drafts) return;
    let cancelled = false;
    const run = async () => {
      remembered.current ??= await repository.checks();
      const known = remembered.current;
      const next = new Map<string, number>();
      const toCheck: { draft: StoredDraft; fingerprint: string }[] = [];
      for (const draft of drafts) {
        const fingerprint = fingerprintOf(draft);
        const check = known.get(draft.id);
        if (check?.fingerprint === fingerprint) next.set(draft.id, check.errors);
        else toCheck.push({ draft, fingerprint });
      }
      if (cancelled) return;
      setCounts(new Map(next));
      for (let start = 0; start < toCheck.length; start += CHUNK) {
        // Let the page paint and answer clicks between chunks.
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (cancelled) return;
        const checked = toCheck.slice(start, start + CHUNK).map(({ draft, fingerprint }) => ({
          draftId: draft.id,
          fingerprint,
          errors: errorCountOf(draft),
        }));
        for (const check of checked) {
          next.set(check.draftId, check.errors);
          known.set(check.draftId, check);
        }
        setCounts(new Map(next));
        void repository.rememberChecks(checked).catch(() => undefined);
      }
    };
    void run();
    return () => {
      cancelled = true;
    };
  }, [repository, drafts]);

  return counts;
}
