// Issue 12: any stored value reads as a draft or as an unreadable entry with what is still known — never a throw.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readStoredDraft } from './stored';

const seed = JSON.parse(readFileSync(new URL('../../e2e/fixtures/2021-puyang-gongxin.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;

const problemOf = async (value: unknown) => {
  const read = await readStoredDraft(value);
  if (read.ok) throw new Error('expected an unreadable entry');
  return read.unreadable;
};

describe('readStoredDraft', () => {
  it('reads a good record, keeping 回收站 bookkeeping apart', async () => {
    const read = await readStoredDraft({ ...seed, deletedAt: '2026-01-10T00:00:00.000Z' });
    expect(read.ok && read.draft.id).toBe(seed.id);
    expect(read.ok && read.deletedAt).toBe('2026-01-10T00:00:00.000Z');
    expect(read.ok && 'deletedAt' in read.draft).toBe(false);
  });

  it('turns anything else into an entry with id, title and time when they are still text', async () => {
    expect(await problemOf({ ...seed, meta: null })).toMatchObject({
      id: seed.id,
      title: seed.title,
      updatedAt: seed.updatedAt,
      problem: { code: 'schema', path: ['meta'] },
    });
    expect(await problemOf(null)).toEqual({ id: '', problem: { code: 'notObject' } });
    expect(await problemOf([seed])).toMatchObject({ problem: { code: 'notObject' } });
    expect(await problemOf({ ...seed, title: 'x'.repeat(500) })).toMatchObject({ title: 'x'.repeat(80) });
    expect(await problemOf({ ...seed, version: 3 })).toMatchObject({ problem: { code: 'newerVersion', version: 3 } });
    expect(await problemOf({ ...seed, version: 'one' })).toMatchObject({ problem: { code: 'badVersion' } });
  });

  it('refuses prototype keys, including a copy that took one as its prototype, deep nesting, a cycle and oversize text', async () => {
    const own = JSON.parse(`{"id":"p","values":{"__proto__":{"x":1}}}`) as unknown;
    expect(await problemOf(own)).toMatchObject({ id: 'p', problem: { code: 'forbiddenKey', key: '__proto__' } });
    const copied = { ...seed, values: Object.create({ polluted: true }) as Record<string, unknown> };
    expect(await problemOf(copied)).toMatchObject({ problem: { code: 'forbiddenKey', key: '__proto__' } });
    const cyclic: Record<string, unknown> = { ...seed };
    cyclic.notes = { self: cyclic };
    expect(await problemOf(cyclic)).toMatchObject({ problem: { code: 'tooDeep' } });
    expect(await problemOf({ ...seed, extra: 'x'.repeat(6 * 1024 * 1024) })).toMatchObject({ problem: { code: 'tooLarge' } });
  });

  it('never throws, whatever a getter does', async () => {
    const hostile = { ...seed };
    Object.defineProperty(hostile, 'values', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(await problemOf(hostile)).toMatchObject({ problem: { code: 'damaged' } });
  });
});
