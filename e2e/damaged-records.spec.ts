/**
 * Issue 12, done when: IndexedDB seeded with 14 kinds of damaged draft and damaged revisions (null and absent
 * fields, wrong types, a newer version, a 6 MB text, prototype keys, a revision of a draft that is gone) beside two
 * good drafts: the list shows both good drafts and each damaged one as an unreadable row; 导出原始数据 downloads the
 * exact stored record; nothing in IndexedDB changes until the officer acts; no page error (the base test).
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { damagedDrafts, goodDrafts, revisionRecords } from './fixtures/damaged-records';
import { DraftsPageModel, seedRecords, storedRecords } from './pages/drafts';
import { expect, test } from './test';

/** JSON with keys sorted, to compare a downloaded record with what was stored whatever the key order. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.keys(value)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(',')}}`;
}

async function downloadedText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const downloading = page.waitForEvent('download');
  await click();
  const download = await downloading;
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

test('damaged records are rows of their own, exported exactly as stored, and nothing is written until the officer acts', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const drafts = new DraftsPageModel(page);
  await drafts.goto();
  await seedRecords(
    page,
    [...goodDrafts.map((draft) => JSON.stringify(draft)), ...damagedDrafts.map((damaged) => damaged.json)],
    revisionRecords.map((revision) => revision.json),
  );
  const stored = await storedRecords(page);
  await page.reload();

  for (const good of goodDrafts) {
    await expect(drafts.row(String(good.title)).getByRole('cell').nth(4)).toHaveText(/无|\d+ 个/);
  }
  for (const damaged of damagedDrafts) {
    const row = drafts.row(`编号 ${damaged.id}`);
    await expect(row, damaged.kind).toHaveCount(1);
    await expect(row, damaged.kind).toContainText('读不出');
    await expect(row, damaged.kind).toContainText(damaged.says);
    await expect(row.getByRole('button', { name: '导出原始数据' })).toBeVisible();
    await expect(row.getByRole('button', { name: '移到回收站' })).toBeVisible();
  }
  await expect(drafts.row('编号 meta-null').getByRole('button', { name: '从版本记录恢复' })).toBeVisible();
  await expect(drafts.row('编号 values-string').getByRole('button', { name: '从版本记录恢复' })).toHaveCount(0);
  await expect(drafts.row('编号 gone-draft')).toContainText('只剩 1 个版本记录');
  await expect(drafts.list.getByRole('row')).toHaveCount(1 + goodDrafts.length + damagedDrafts.length + 1);

  // The unreadable rows are as accessible as the rest of the page.
  const { AxeBuilder } = await import('@axe-core/playwright');
  const axe = await new AxeBuilder({ page }).include('.drafts-list').analyze();
  expect(axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`)).toEqual([]);

  // A good draft's damaged revisions are listed as unreadable in its 版本记录, not restorable.
  await drafts.action('好草稿甲', '版本记录');
  await expect(drafts.revisions.getByRole('row').filter({ hasText: '读不出' })).toHaveCount(2);
  await expect(drafts.revisions.getByRole('button', { name: '恢复此版本' })).toHaveCount(0);
  await drafts.revisions.getByRole('button', { name: '关闭版本记录' }).click();

  // 导出原始数据: the record exactly as stored, prototype keys and a 6 MB text included.
  for (const id of ['proto-key', 'constructor-key', 'huge-text', 'id-only']) {
    const damaged = damagedDrafts.find((candidate) => candidate.id === id)!;
    const file = await downloadedText(page, () => drafts.row(`编号 ${id}`).getByRole('button', { name: '导出原始数据' }).click());
    expect(file.name).toBe(`读不出的草稿-${id}-原始数据.json`);
    expect(canonical(JSON.parse(file.text)), id).toBe(canonical(JSON.parse(damaged.json)));
    await expect(drafts.message).toContainText('已导出原始数据');
  }
  expect(await storedRecords(page)).toBe(stored);

  // The officer acts: 从版本记录恢复 brings a damaged draft back, keeping what was stored as a revision.
  await drafts.row('编号 meta-null').getByRole('button', { name: '从版本记录恢复' }).click();
  await drafts.revisions.getByRole('button', { name: '恢复此版本' }).click();
  await expect(drafts.row('从版本恢复的草稿').getByRole('button', { name: '打开', exact: true })).toBeVisible();
  await expect(drafts.row('编号 meta-null')).toHaveCount(0);
  await expect(drafts.revisions.getByRole('row').filter({ hasText: '读不出' })).toHaveCount(1);

  // A draft known only by its revisions comes back the same way.
  await drafts.row('编号 gone-draft').getByRole('button', { name: '从版本记录恢复' }).click();
  await drafts.revisions.getByRole('button', { name: '恢复此版本' }).click();
  await expect(drafts.row('只剩版本记录的草稿').getByRole('button', { name: '打开', exact: true })).toBeVisible();

  // 移到回收站 moves the record as it is; 回收站 lists it by what is known of it.
  await drafts.row('编号 values-string').getByRole('button', { name: '移到回收站' }).click();
  await expect(drafts.row('编号 values-string')).toHaveCount(0);
  await expect(drafts.trash.getByRole('row').filter({ hasText: '编号 values-string' })).toBeVisible();

  // A good draft still opens.
  await drafts.action('好草稿甲', '打开');
  await expect(page.getByRole('heading', { level: 1, name: '好草稿甲' })).toBeVisible();
});
