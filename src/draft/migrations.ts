/**
 * Numbered migrations of the saved draft shape: migrations[n] turns a version-n draft into version n+1.
 * Each is a pure function, frozen once released, with a before/after test. Version 1 is the first.
 */
import { DRAFT_VERSION } from './schema';

export type Migration = (draft: Record<string, unknown>) => Record<string, unknown>;

export const migrations: Readonly<Record<number, Migration>> = {};

/** Brings a draft of `fromVersion` up to the current version; unknown fields pass through untouched. */
export function migrate(
  draft: unknown,
  fromVersion: number,
  steps: Readonly<Record<number, Migration>> = migrations,
  toVersion: number = DRAFT_VERSION,
): unknown {
  let current = draft;
  for (let version = fromVersion; version < toVersion; version += 1) {
    const step = steps[version];
    if (!step || current === null || typeof current !== 'object') return current;
    current = step(current as Record<string, unknown>);
  }
  return current;
}
