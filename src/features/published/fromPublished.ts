/**
 * Drafts from published reports: the imported report itself (printed totals and origin kept, so the
 * review step checks them), or a new draft for the following year that remembers it as last year's.
 */
import { rememberedLastYear, reportOf } from '../../draft';
import type { Draft } from '../../draft';
import { emptyReport } from '../../engine';
import type { Report } from '../../engine';
import type { PublishedReport } from '../../engine/published';
import type { DraftsRepository } from '../../storage/draftsRepository';
import { strings } from './strings.zh-CN';

/** Imports the published report as a draft of its own, titled so the list tells it from the officer's own. */
export async function importPublished(repository: DraftsRepository, parsed: PublishedReport): Promise<Draft> {
  const draft = await repository.create(parsed.report);
  const title = strings.importedTitle(draft.title);
  await repository.rename(draft.id, title, draft.updatedAt);
  return { ...draft, title };
}

/** A new draft for the year after the published report, remembering it for the year-over-year rules. */
export async function createFromPublishedLastYear(repository: DraftsRepository, parsed: PublishedReport): Promise<Draft> {
  const last = parsed.report;
  const year = last.meta.year === null ? null : last.meta.year + 1;
  const created = await repository.create(emptyReport('2021', { agency: last.meta.agency, year }));
  const draft: Draft = {
    ...created,
    lastYear: rememberedLastYear(last),
  };
  await repository.save(draft);
  return draft;
}

/** Whether the officer should look at what was read before a draft is made of it. */
export function needsReview(parsed: PublishedReport): boolean {
  return parsed.issues.length > 0 || parsed.layout === '2019';
}

/**
 * The officer's draft of the same body for the year before, if there is one (issue 14: it ranks the
 * candidate splits of a joined row); the most recently changed when several.
 */
export async function findLastYearReport(repository: DraftsRepository, report: Report): Promise<Report | undefined> {
  const { agency, year } = report.meta;
  const name = agency.replace(/\s/g, '');
  if (year === null || name === '') return undefined;
  const match = (await repository.list()).find((draft) => draft.meta.year === year - 1 && draft.meta.agency.replace(/\s/g, '') === name);
  if (!match) return undefined;
  const loaded = await repository.load(match.id);
  return loaded.ok ? reportOf(loaded.draft) : undefined;
}
