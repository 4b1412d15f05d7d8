/**
 * Comparing a local draft with the same draft from a file, field by field, and building the draft the
 * officer chose: 保留两份, 用文件替换, or a choice per field (issue 6). Pure: the caller stores the result
 * after snapshotting a revision of the local draft.
 */
import { cellsOf, format2021, ruleCatalog2021 } from '../format';
import { canonicalJson } from './canonical';
import { cellNameOf, textTitleOf } from './readProblems.zh-CN';
import { fieldLabels } from './schema';
import type { Draft } from './schema';

export type DifferenceArea = 'title' | 'meta' | 'value' | 'text' | 'note' | 'other';

export interface DraftDifference {
  /** Stable key of the field: `title`, `meta.year`, `values.s3.new.natural`, `texts.s1`, `notes.<key>`, `lastYear`. */
  readonly key: string;
  readonly area: DifferenceArea;
  /** The field as the officer knows it: a cell's printed name, a section title, 机关名称. */
  readonly label: string;
  /** The value here and in the file, as text to show (never interpreted); undefined = not filled. */
  readonly local: string | undefined;
  readonly file: string | undefined;
}

export type FieldChoice = 'local' | 'file';

// Field names come from the one list the door's messages use too (schema.ts, issue 12); text sections from the format.
const textSectionIds = format2021.sections.filter((section) => section.kind === 'text').map((section) => section.id);

const shown = (value: unknown): string | undefined =>
  value === undefined || value === null ? undefined : typeof value === 'string' ? value : typeof value === 'number' ? String(value) : canonicalJson(value);

const same = (a: unknown, b: unknown): boolean => canonicalJson(a ?? null) === canonicalJson(b ?? null);

function ruleTitle(ruleId: string): string {
  return ruleCatalog2021.find((rule) => rule.id === ruleId)?.title ?? ruleId;
}

function keyedDifferences<T>(
  area: DifferenceArea,
  prefix: string,
  local: Readonly<Record<string, T>>,
  file: Readonly<Record<string, T>>,
  order: readonly string[],
  label: (key: string, entry: T) => string,
  show: (entry: T | undefined) => string | undefined,
): DraftDifference[] {
  const keys = [...new Set([...Object.keys(local), ...Object.keys(file)])];
  const rank = (key: string) => {
    const at = order.indexOf(key);
    return at < 0 ? order.length : at;
  };
  keys.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return keys
    .filter((key) => !same(local[key], file[key]))
    .map((key) => ({
      key: `${prefix}.${key}`,
      area,
      label: label(key, (local[key] ?? file[key]) as T),
      local: show(local[key]),
      file: show(file[key]),
    }));
}

/** Every field in which the file's draft differs from the local one, in the order of the report. */
export function diffDrafts(local: Draft, file: Draft, cellOrder: readonly string[] = [...cellsOf(format2021).keys()]): DraftDifference[] {
  const differences: DraftDifference[] = [];
  if (local.title !== file.title) differences.push({ key: 'title', area: 'title', label: fieldLabels.title, local: local.title, file: file.title });
  for (const field of ['agency', 'year', 'closing'] as const) {
    if (!same(local.meta[field], file.meta[field])) {
      differences.push({ key: `meta.${field}`, area: 'meta', label: fieldLabels[field] ?? field, local: shown(local.meta[field]), file: shown(file.meta[field]) });
    }
  }
  differences.push(...keyedDifferences('text', 'texts', local.texts, file.texts, textSectionIds, textTitleOf, (text) => text));
  differences.push(...keyedDifferences('value', 'values', local.values, file.values, cellOrder, cellNameOf, shown));
  differences.push(
    ...keyedDifferences('note', 'notes', local.notes, file.notes, [], (_key, note) => `说明：${ruleTitle(note.ruleId)}`, (note) => note?.note),
  );
  for (const field of ['printed', 'lastYear', 'origin'] as const) {
    if (!same(local[field], file[field])) {
      differences.push({ key: field, area: 'other', label: fieldLabels[field] ?? field, local: shown(local[field]), file: shown(file[field]) });
    }
  }
  return differences;
}

function setOrDelete(record: Record<string, unknown>, key: string, value: unknown): void {
  if (value === undefined) delete record[key];
  else record[key] = structuredClone(value);
}

/**
 * The local draft with the fields chosen as 'file' taken from the file (a field absent in the file is
 * cleared). Fields not listed keep the local value. Bookkeeping (id, createdAt, lastExportedAt) stays local.
 */
export function mergeDrafts(local: Draft, file: Draft, choices: Readonly<Record<string, FieldChoice>>, now: string): Draft {
  const merged = structuredClone(local) as Draft & Record<string, unknown>;
  for (const [key, choice] of Object.entries(choices)) {
    if (choice !== 'file') continue;
    const [head, ...rest] = key.split('.');
    const tail = rest.join('.');
    if (head === 'title') merged.title = file.title;
    else if (head === 'meta') setOrDelete(merged.meta as Record<string, unknown>, tail, (file.meta as Record<string, unknown>)[tail]);
    else if (head === 'values') setOrDelete(merged.values, tail, file.values[tail]);
    else if (head === 'texts') setOrDelete(merged.texts, tail, file.texts[tail]);
    else if (head === 'notes') setOrDelete(merged.notes, tail, file.notes[tail]);
    else if (head === 'printed' || head === 'lastYear' || head === 'origin') setOrDelete(merged, head, file[head]);
  }
  merged.updatedAt = now;
  return merged;
}

/** The file's draft in place of the local one: its content, with this machine's bookkeeping kept. */
export function replaceWithFile(local: Draft, file: Draft, now: string): Draft {
  const { lastExportedAt: _fileExport, ...content } = structuredClone(file);
  return {
    ...content,
    id: local.id,
    createdAt: local.createdAt,
    ...(local.lastExportedAt ? { lastExportedAt: local.lastExportedAt } : {}),
    updatedAt: now,
  };
}

/** The file's draft as a second draft beside the local one (保留两份): a new id and a title saying where it came from. */
export function asSeparateDraft(file: Draft, id: string, title: string, now: string): Draft {
  const { lastExportedAt: _fileExport, ...content } = structuredClone(file);
  return { ...content, id, title, createdAt: now, updatedAt: now };
}
