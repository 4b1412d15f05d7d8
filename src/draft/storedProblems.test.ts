// A stored draft that no longer reads back is described as a saved draft, not as a refused file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDraftValue } from './read';
import { describeStoredDraftProblem } from './readProblems.zh-CN';

const seed = JSON.parse(readFileSync(new URL('../../e2e/fixtures/2021-puyang-gongxin.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;

async function storedProblem(record: Record<string, unknown>): Promise<string> {
  const result = await readDraftValue(record, { source: 'storage' });
  if (result.ok) throw new Error('expected a refusal');
  return describeStoredDraftProblem(result.problem);
}

const ways = '可以在「我的草稿」里用它的「版本记录」恢复较早的版本，或导入之前导出的草稿文件。';

describe('a stored draft that does not read back', () => {
  it('names the field or cell at fault and the ways back, never a file', async () => {
    expect(await storedProblem({ ...seed, values: { 's3.new.nobody': 1 } })).toBe(
      `浏览器中保存的这份草稿读不出来：有 1 个表格数值不属于该报告格式的填写项（s3.new.nobody）。${ways}`,
    );
    expect(await storedProblem({ ...seed, values: { 's3.new.natural': -1 } })).toBe(
      `浏览器中保存的这份草稿读不出来：“一、本年新收政府信息公开申请数量 自然人”的数值“-1”是负数，数量和金额都不能小于 0。${ways}`,
    );
    expect(await storedProblem({ ...seed, meta: { agency: '某局' } })).toBe(
      `浏览器中保存的这份草稿读不出来：“基本信息 › 年度”一项不符合要求（缺少此项）。${ways}`,
    );
    expect(await storedProblem({ ...seed, format: '2030' })).toBe(`浏览器中保存的这份草稿读不出来：使用的报告格式“2030”本程序不支持。${ways}`);
    for (const message of [await storedProblem({ ...seed, values: 'x' }), await storedProblem({ ...seed, format: '2030' })]) {
      expect(message).not.toMatch(/文件中|导入。|已拒绝/);
    }
  });
});
