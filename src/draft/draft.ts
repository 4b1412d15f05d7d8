/** A draft is a report plus its bookkeeping (id, title, times); these convert between the two. */
import type { Report, ValidationContext } from '../engine';
import type { Draft } from './schema';

/** The report a draft holds, for the engine. */
export function reportOf(draft: Draft): Report {
  return {
    format: draft.format,
    meta: { agency: draft.meta.agency, year: draft.meta.year, closing: draft.meta.closing },
    values: draft.values as Report['values'],
    texts: draft.texts as Report['texts'],
    notes: draft.notes,
    printed: draft.printed as Report['printed'],
    origin: draft.origin,
  };
}

/** The title a draft shows in lists when the officer gave none: 机关 + 年度. */
export function defaultTitle(report: Pick<Report, 'meta'>): string {
  const { agency, year } = report.meta;
  return `${agency || '未命名机关'}${year ?? ''}${year ? '年' : ''}政府信息公开工作年度报告`;
}

/** A new draft from a report. */
export function newDraft(report: Report, id: string, now: string): Draft {
  return {
    id,
    title: defaultTitle(report),
    format: report.format,
    meta: { ...report.meta },
    values: { ...report.values } as Draft['values'],
    texts: { ...report.texts } as Draft['texts'],
    notes: Object.fromEntries(
      Object.entries(report.notes).map(([key, note]) => [key, { ...note, cells: [...note.cells] }]),
    ),
    ...(report.printed ? { printed: { ...report.printed } as Draft['printed'] } : {}),
    ...(report.origin ? { origin: report.origin } : {}),
    createdAt: now,
    updatedAt: now,
  };
}

/** What the engine needs beside the report: last year's report, when the draft remembers one. */
export function contextOf(draft: Draft): ValidationContext {
  const last = draft.lastYear;
  if (!last) return {};
  return {
    lastYear: {
      format: last.format,
      meta: { agency: last.meta.agency, year: last.meta.year },
      values: last.values as Report['values'],
      texts: (last.texts ?? {}) as Report['texts'],
      notes: {},
      ...(last.printed ? { printed: last.printed as Report['printed'] } : {}),
      ...(last.printed ? { origin: 'published' as const } : {}),
    },
  };
}

/** Last year's report as a draft remembers it (meta, values, texts, printed figures) for contextOf. */
export function rememberedLastYear(last: {
  readonly format: Draft['format'];
  readonly meta: { readonly agency: string; readonly year: number | null };
  readonly values: Readonly<Record<string, number | string>>;
  readonly texts: Readonly<Record<string, string | undefined>>;
  readonly printed?: Readonly<Record<string, string | undefined>>;
}): NonNullable<Draft['lastYear']> {
  const defined = (record: Readonly<Record<string, string | undefined>>) =>
    Object.fromEntries(Object.entries(record).filter((entry): entry is [string, string] => entry[1] !== undefined));
  return {
    format: last.format,
    meta: { agency: last.meta.agency, year: last.meta.year },
    values: { ...last.values },
    texts: defined(last.texts),
    ...(last.printed ? { printed: defined(last.printed) } : {}),
  };
}
