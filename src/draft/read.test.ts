// Every refusal code of the door, each with its own Chinese sentence (issue 6).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_VERSION } from './appVersion';
import { canonicalJson, sha256Hex } from './canonical';
import { makeEnvelope } from './envelope';
import { migrate } from './migrations';
import { MAX_FILE_BYTES, readDraftText, readDraftValue } from './read';
import type { ReadProblem, ReadProblemCode } from './read';
import { describeReadProblem } from './readProblems.zh-CN';
import { DRAFT_VERSION, draftSchema } from './schema';
import type { Draft } from './schema';

const seedText = readFileSync(new URL('../../e2e/fixtures/2021-puyang-gongxin.json', import.meta.url), 'utf8');
const seed = (): Draft => draftSchema.parse(JSON.parse(seedText));

type Loose = Record<string, unknown> & { values: Record<string, unknown>; texts: Record<string, unknown> };

async function envelopeText(change?: (draft: Loose) => void, outer?: (envelope: Record<string, unknown>) => void): Promise<string> {
  const draft = JSON.parse(seedText) as Loose;
  change?.(draft);
  const envelope: Record<string, unknown> = { ...(await makeEnvelope(draft as unknown as Draft, APP_VERSION, '2026-01-15T01:30:00.000Z')) };
  outer?.(envelope);
  return JSON.stringify(envelope);
}

async function refusal(text: string): Promise<ReadProblem> {
  const result = await readDraftText(text);
  if (result.ok) throw new Error('expected a refusal');
  return result.problem;
}

const seen = new Map<ReadProblemCode, string>();
async function expectRefused(text: string, code: ReadProblemCode, ...fragments: string[]): Promise<void> {
  const problem = await refusal(text);
  expect(problem.code).toBe(code);
  const message = describeReadProblem(problem);
  for (const fragment of fragments) expect(message).toContain(fragment);
  seen.set(code, message);
}

describe('the door accepts', () => {
  it('a bare draft and its own export, values unchanged', async () => {
    const bare = await readDraftText(seedText);
    expect(bare.ok && bare.draft.values).toEqual(seed().values);
    const exported = await readDraftText(await envelopeText());
    expect(exported.ok && exported.enveloped).toBe(true);
    expect(exported.ok && exported.draft).toEqual(seed());
  });

  it('a byte-order mark before the JSON, and unknown fields, which it keeps', async () => {
    const result = await readDraftText(`\uFEFF${await envelopeText((draft) => (draft.futureField = { kept: true }))}`);
    expect(result.ok && (result.draft as Draft & { futureField?: unknown }).futureField).toEqual({ kept: true });
  });

  it('a stored draft with <script> in a text: only files are held to that', async () => {
    const draft = { ...seed(), texts: { s1: '<script>alert(1)</script>' } };
    expect((await readDraftValue(draft)).ok).toBe(true);
  });
});

describe('the door refuses, each with its own message', () => {
  it('empty', () => expectRefused('  \n', 'empty', '空的'));
  it('tooLarge, stating the size and the limit', async () => {
    const result = await readDraftText('{}', 50 * 1024 * 1024);
    const problem = result.ok ? undefined : result.problem;
    expect(problem).toEqual({ code: 'tooLarge', bytes: 50 * 1024 * 1024, limit: MAX_FILE_BYTES });
    const message = describeReadProblem(problem as ReadProblem);
    expect(message).toContain('50.0 MB');
    expect(message).toContain('最大 5.0 MB');
    seen.set('tooLarge', message);
  });
  it('notJson: truncated, or not JSON at all — told apart', async () => {
    const truncated = describeReadProblem(await refusal((await envelopeText()).slice(0, 500)));
    expect(truncated).toContain('截断');
    await expectRefused('这是一份 Word 文档', 'notJson', '不是 JSON 格式');
    expect(truncated).not.toBe(seen.get('notJson'));
  });
  it('forbiddenKey: __proto__, constructor, prototype', async () => {
    await expectRefused('{"__proto__": {"polluted": true}}', 'forbiddenKey', '__proto__');
    await expectRefused(await envelopeText((draft) => (draft.values = JSON.parse('{"constructor": 1}'))), 'forbiddenKey', 'constructor');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('tooDeep', () => expectRefused(`${'['.repeat(5000)}${']'.repeat(5000)}`, 'tooDeep', '嵌套'));
  it('notObject', () => expectRefused('[1, 2, 3]', 'notObject', '不是一份草稿'));
  it('wrongType', async () => expectRefused(await envelopeText(undefined, (e) => (e.type = 'excalidraw')), 'wrongType', 'excalidraw'));
  it('isBackup', async () => expectRefused(await envelopeText(undefined, (e) => (e.type = 'nianbao-backup')), 'isBackup', '恢复备份'));
  it('newerVersion, naming the app version needed', async () =>
    expectRefused(
      await envelopeText(undefined, (e) => Object.assign(e, { version: DRAFT_VERSION + 1, app: { name: 'nianbao', version: '2.3.0' } })),
      'newerVersion',
      '2.3.0',
    ));
  it('badVersion', async () => expectRefused(await envelopeText(undefined, (e) => (e.version = '1')), 'badVersion', '版本号'));
  it('schema: names the first bad field by its Chinese label', async () => {
    await expectRefused(await envelopeText((draft) => ((draft.meta as Record<string, unknown>).year = '二〇二一')), 'schema', '基本信息 › 年度', '类型不对');
    const missing = await refusal(await envelopeText((draft) => delete draft.meta));
    expect(describeReadProblem(missing)).toContain('“基本信息”一项不符合要求（缺少此项）');
    const text = await refusal(await envelopeText((draft) => (draft.texts.s1 = 42)));
    expect(describeReadProblem(text)).toContain('正文 › 总体情况');
  });
  it('digestMissing', async () => expectRefused(await envelopeText(undefined, (e) => delete e.sha256), 'digestMissing', '校验码'));
  it('digestMismatch: one number changed after export', async () => {
    const text = (await envelopeText()).replace('"s2.normativeDocs.issued":10', '"s2.normativeDocs.issued":11');
    await expectRefused(text, 'digestMismatch', '被修改或已损坏');
  });
  it('unknownFormat', async () => expectRefused(await envelopeText((draft) => (draft.format = '2035')), 'unknownFormat', '2035'));
  it('unknownCells: reported, never dropped; a computed total is not an input either', async () => {
    await expectRefused(await envelopeText((draft) => (draft.values['s3.new.robot'] = 1)), 'unknownCells', 's3.new.robot', '未导入');
    const computed = await refusal(await envelopeText((draft) => (draft.values['s3.new.total'] = 0)));
    expect(computed).toEqual({ code: 'unknownCells', cells: ['s3.new.total'] });
  });
  it('badCellValue: negative, fractional, not a number, amount as a float — by the cell’s printed name', async () => {
    await expectRefused(await envelopeText((draft) => (draft.values['s3.new.natural'] = -1)), 'badCellValue', '一、本年新收政府信息公开申请数量 自然人', '负数');
    const fractional = describeReadProblem(await refusal(await envelopeText((draft) => (draft.values['s3.new.natural'] = 1.5))));
    expect(fractional).toContain('带小数');
    const text = describeReadProblem(await refusal(await envelopeText((draft) => (draft.values['s3.new.natural'] = '三'))));
    expect(text).toContain('不是数字');
    const float = describeReadProblem(await refusal(await envelopeText((draft) => (draft.values['s2.fees.amount'] = 0.5))));
    expect(float).toContain('文本形式');
    expect(new Set([fractional, text, float, seen.get('badCellValue')]).size).toBe(4);
  });
  it('activeContent: <script> in a text of a file, named by section title', async () =>
    expectRefused(await envelopeText((draft) => (draft.texts.s1 = '概述<script>alert(1)</script>')), 'activeContent', '总体情况', '<script>'));

  it('every code has been met, and no two codes share a sentence', () => {
    const codes: ReadProblemCode[] = [
      'empty', 'tooLarge', 'notJson', 'forbiddenKey', 'tooDeep', 'notObject', 'wrongType', 'isBackup', 'newerVersion',
      'badVersion', 'schema', 'digestMissing', 'digestMismatch', 'unknownFormat', 'unknownCells', 'badCellValue', 'activeContent',
    ];
    expect([...seen.keys()].sort()).toEqual([...codes].sort());
    expect(new Set(seen.values()).size).toBe(codes.length);
  });
});

describe('digest and migration', () => {
  it('the digest is of the canonical JSON, whatever the key order', async () => {
    const draft = seed();
    const reordered = Object.fromEntries(Object.entries(draft).reverse());
    expect(await sha256Hex(canonicalJson(reordered))).toBe(await sha256Hex(canonicalJson(draft)));
  });

  it('an older draft is brought up step by step; unknown fields pass through', () => {
    const steps = { 1: (draft: Record<string, unknown>) => ({ ...draft, notes: draft.notes ?? {} }) };
    const { notes: _notes, ...old } = seed();
    expect(migrate({ ...old, extra: 1 }, 1, steps, 2)).toEqual({ ...old, extra: 1, notes: {} });
  });

  it('APP_VERSION is the version in package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(APP_VERSION).toBe(pkg.version);
  });
});
