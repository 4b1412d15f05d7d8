// The field-by-field comparison and the three choices of an import over an existing draft (issue 6).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asSeparateDraft, diffDrafts, mergeDrafts, replaceWithFile } from './merge';
import { draftSchema } from './schema';
import type { Draft } from './schema';

const seed = (): Draft =>
  draftSchema.parse(JSON.parse(readFileSync(new URL('../../e2e/fixtures/2021-puyang-gongxin.json', import.meta.url), 'utf8')));

function changedCopy(): Draft {
  const file = structuredClone(seed());
  file.values['s3.new.natural'] = 5;
  delete file.values['s2.rules.issued'];
  file.texts.s5 = '新的问题与改进。';
  file.meta.agency = '濮阳市工业和信息化局（修改）';
  file.updatedAt = '2026-01-16T00:00:00.000Z';
  return file;
}

describe('diffDrafts', () => {
  it('lists exactly the changed fields, each by the label an officer knows', () => {
    const differences = diffDrafts(seed(), changedCopy());
    expect(differences.map((d) => [d.key, d.label, d.local, d.file])).toEqual([
      ['meta.agency', '机关名称', '濮阳市工业和信息化局', '濮阳市工业和信息化局（修改）'],
      ['texts.s5', '存在的主要问题及改进情况', seed().texts.s5, '新的问题与改进。'],
      ['values.s2.rules.issued', '规章 本年制发件数', '0', undefined],
      ['values.s3.new.natural', '一、本年新收政府信息公开申请数量 自然人', '0', '5'],
    ]);
  });

  it('finds nothing when only the times differ', () => {
    expect(diffDrafts(seed(), { ...seed(), updatedAt: 'later', lastExportedAt: 'x' })).toEqual([]);
  });
});

describe('the three choices', () => {
  it('per field: takes only the fields chosen from the file', () => {
    const merged = mergeDrafts(seed(), changedCopy(), { 'values.s3.new.natural': 'file', 'values.s2.rules.issued': 'file', 'texts.s5': 'local' }, 'now');
    expect(merged.values['s3.new.natural']).toBe(5);
    expect('s2.rules.issued' in merged.values).toBe(false);
    expect(merged.texts.s5).toBe(seed().texts.s5);
    expect(merged.meta.agency).toBe(seed().meta.agency);
    expect(merged.updatedAt).toBe('now');
    expect(diffDrafts(merged, changedCopy()).map((d) => d.key)).toEqual(['meta.agency', 'texts.s5']);
  });

  it('用文件替换: the file’s content, this machine’s bookkeeping', () => {
    const local = { ...seed(), lastExportedAt: 'mine' };
    const replaced = replaceWithFile(local, { ...changedCopy(), lastExportedAt: 'theirs' }, 'now');
    expect(diffDrafts(replaced, changedCopy())).toEqual([]);
    expect(replaced.lastExportedAt).toBe('mine');
    expect(replaced.createdAt).toBe(local.createdAt);
  });

  it('保留两份: the file as another draft with its own id', () => {
    const copy = asSeparateDraft(changedCopy(), 'new-id', '副本', 'now');
    expect(copy.id).toBe('new-id');
    expect(copy.values).toEqual(changedCopy().values);
  });
});
