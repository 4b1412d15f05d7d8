// Drafts made from published reports, through the real repository (fake-indexeddb): printed and origin
// kept and read back through the draft door; last year remembered for the year-over-year rules.
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { contextOf, reportOf } from '../../draft';
import { validate } from '../../engine';
import { parsePublishedReport } from '../../engine/published';
import { NianbaoDatabase } from '../../storage/db';
import { DraftsRepository } from '../../storage/draftsRepository';
import { createFromPublishedLastYear, importPublished, needsReview } from './fromPublished';

const reportText = (file: string) => readFileSync(new URL(`../../../e2e/fixtures/reports/${file}`, import.meta.url), 'utf8');

let db: NianbaoDatabase;
afterEach(async () => {
  db?.close();
  await Dexie.delete('nianbao-published-test');
});
const repository = () => new DraftsRepository((db = new NianbaoDatabase('nianbao-published-test')));

describe('drafts from published reports', () => {
  it('imports the seed: values, printed totals and origin survive the draft door; its findings are INDEX.md’s', async () => {
    const repo = repository();
    const parsed = parsePublishedReport(reportText('2021-puyang-gongxinju.txt'));
    expect(needsReview(parsed)).toBe(false);
    const created = await importPublished(repo, parsed);
    const loaded = await repo.load(created.id);
    if (!loaded.ok) throw new Error('not readable');
    expect(loaded.draft.title).toBe('濮阳市工业和信息化局2021年政府信息公开工作年度报告（已发布年报导入）');
    expect(loaded.draft.origin).toBe('published');
    expect(loaded.draft.printed?.['s3.handledTotal.total']).toBe('0');
    expect(validate(reportOf(loaded.draft)).map((finding) => finding.ruleId)).toEqual(['TXT-NUM', 'S6-FEE', 'FMT-LEGACY']);
  });

  it('asks for a look first when a row could not be placed or the format is 2019', () => {
    expect(needsReview(parsePublishedReport(reportText('2021-pingtan-shiyanqu.txt')))).toBe(true);
    expect(needsReview(parsePublishedReport(reportText('2020-pingtan-shiyanqu.txt')))).toBe(true);
  });

  it('starts next year from last year’s published report, remembering it', async () => {
    const repo = repository();
    const created = await createFromPublishedLastYear(repo, parsePublishedReport(reportText('2022-pingtan-shiyanqu.txt')));
    const loaded = await repo.load(created.id);
    if (!loaded.ok) throw new Error('not readable');
    expect(loaded.draft.meta).toMatchObject({ agency: '平潭综合实验区', year: 2023 });
    expect(loaded.draft.values).toEqual({});
    expect(loaded.draft.lastYear?.values['s2.normativeDocs.inForce']).toBe(698);
    expect(contextOf(loaded.draft).lastYear?.meta.year).toBe(2022);
  });
});
