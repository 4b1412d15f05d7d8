// The checker as an officer's colleague runs it: `npm run check -- FILE...`, through Node and tsx,
// with the same core code as the browser.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const seedPath = join(root, 'e2e/fixtures/2021-puyang-gongxin.json');

function check(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/check.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function seedWith(change: (draft: Record<string, unknown> & { values: Record<string, unknown> }) => void): string {
  const draft = JSON.parse(readFileSync(seedPath, 'utf8'));
  change(draft);
  const file = join(mkdtempSync(join(tmpdir(), 'nianbao-check-')), 'draft.json');
  writeFileSync(file, JSON.stringify(draft));
  return file;
}

describe('npm run check', () => {
  it('accepts the seed draft: exit 0', () => {
    const result = check(seedPath);
    expect(result.code).toBe(0);
    expect(result.out).toContain('濮阳市工业和信息化局');
    expect(result.out).toContain('错误 0 项');
  }, 30_000);

  it('exits 1 on a balance error and names 自然人, the rule and the numbers 3 and 0', () => {
    const result = check(seedWith((draft) => (draft.values['s3.new.natural'] = 3)));
    expect(result.code).toBe(1);
    expect(result.out).toContain('T3-BAL');
    expect(result.out).toContain('三、第一项加第二项之和（3）应等于第三项加第四项之和（0），相差 3（自然人）');
    expect(result.out).toContain('一、本年新收政府信息公开申请数量 自然人');
  }, 30_000);

  it('prints one JSON document with --json', () => {
    const result = check('--json', seedWith((draft) => (draft.values['s3.new.natural'] = 3)));
    expect(result.code).toBe(1);
    const json = JSON.parse(result.out) as { files: { findings: { ruleId: string; cells: string[]; params: object; message: string }[] }[] };
    const first = json.files[0]?.findings[0];
    expect(first?.ruleId).toBe('T3-BAL');
    expect(first?.cells[0]).toBe('s3.new.natural');
    expect(first?.params).toEqual({ left: 3, right: 0, difference: 3 });
  }, 30_000);

  it('exits 2 with a clear message for an unreadable file', () => {
    const missing = check(join(tmpdir(), 'no-such-file.json'));
    expect(missing.code).toBe(2);
    expect(missing.out).toContain('无法读取文件');
    const garbage = join(mkdtempSync(join(tmpdir(), 'nianbao-check-')), 'garbage.json');
    writeFileSync(garbage, '{"values": ');
    const broken = check(garbage);
    expect(broken.code).toBe(2);
    expect(broken.out).toContain('不是有效的草稿文件');
  }, 30_000);
});
