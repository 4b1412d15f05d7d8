// 导出全部 and its restore: the backup is read back through the same door as a single draft.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_VERSION } from './appVersion';
import { makeBackup, readBackupText } from './backup';
import type { BackupEntry } from './backup';
import { makeEnvelope } from './envelope';
import { describeBackupProblem } from './readProblems.zh-CN';
import { draftSchema } from './schema';
import type { Draft } from './schema';

const seed = (): Draft =>
  draftSchema.parse(JSON.parse(readFileSync(new URL('../../e2e/fixtures/2021-puyang-gongxin.json', import.meta.url), 'utf8')));

const entries = (): BackupEntry[] => [
  { draft: seed(), revisions: [{ takenAt: '2026-01-15T00:00:00.000Z', reason: 'export', summary: 's', draft: { ...seed(), values: {} } }] },
  { draft: { ...seed(), id: 'second', title: '第二份' }, deletedAt: '2026-01-10T00:00:00.000Z', revisions: [] },
];

describe('backup', () => {
  it('reads back what it wrote: drafts, trash marks and revisions', async () => {
    const text = JSON.stringify(await makeBackup(entries(), APP_VERSION, 'now'));
    const read = await readBackupText(text);
    expect(read.ok && read.entries).toEqual(entries());
  });

  it('refuses a changed backup, a single draft file, and names the draft at fault', async () => {
    const text = JSON.stringify(await makeBackup(entries(), APP_VERSION, 'now'));
    const altered = await readBackupText(text.replace('"第二份"', '"第三份"'));
    expect(!altered.ok && describeBackupProblem(altered.problem)).toContain('被修改或已损坏');

    const single = await readBackupText(JSON.stringify(await makeEnvelope(seed(), APP_VERSION, 'now')));
    expect(!single.ok && describeBackupProblem(single.problem)).toContain('请用“导入草稿”导入');

    const bad = entries();
    bad[1] = { ...bad[1]!, draft: { ...bad[1]!.draft, values: { 's3.new.natural': -2 } } };
    const badRead = await readBackupText(JSON.stringify(await makeBackup(bad, APP_VERSION, 'now')));
    expect(!badRead.ok && describeBackupProblem(badRead.problem)).toContain('第 2 份草稿“第二份”无法读取');
  });
});
