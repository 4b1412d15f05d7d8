// The saved shape only grows (docs/architecture.md: the shape only grows): the committed JSON Schema of version 1 guards it. A field
// may be added (optional); none may be removed or made required, or drafts already saved would be refused.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// The full build's toJSONSchema reads the zod/mini schemas of schema.ts as well.
import * as z from 'zod';
import { draftSchema } from './schema';

interface JsonSchema {
  readonly properties?: Record<string, JsonSchema>;
  readonly required?: readonly string[];
}

const committed = JSON.parse(readFileSync(new URL('./schema.v1.json', import.meta.url), 'utf8')) as JsonSchema;
const current = z.toJSONSchema(draftSchema) as JsonSchema;

function compare(before: JsonSchema, now: JsonSchema, path: string, problems: string[]): void {
  for (const [key, field] of Object.entries(before.properties ?? {})) {
    const next = now.properties?.[key];
    if (!next) problems.push(`${path}${key} removed`);
    else compare(field, next, `${path}${key}.`, problems);
  }
  for (const key of now.required ?? []) {
    if (!(before.required ?? []).includes(key)) problems.push(`${path}${key} newly required`);
  }
}

describe('saved draft shape', () => {
  it('keeps every field of version 1 and requires nothing new', () => {
    const problems: string[] = [];
    compare(committed, current, '', problems);
    expect(problems).toEqual([]);
  });

  it('is exactly the committed schema (a deliberate change updates schema.v1.json in the same commit)', () => {
    expect(current).toEqual(committed);
  });
});
