// Every file of the bad-file corpus (e2e/fixtures/bad-files/INDEX.json), and a 50 MB file made here, is
// refused with its own Chinese message, and the drafts in IndexedDB are byte-for-byte what they were (issue 6).
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from './test';
import { describeReadProblem, readDraftText, readJson, TransferModel } from './pages/transfer';

interface BadFile {
  readonly file: string;
  readonly code: string;
  readonly says: string;
  readonly why: string;
}

const folder = new URL('./fixtures/bad-files/', import.meta.url);
const corpus = readJson<BadFile[]>(new URL('INDEX.json', folder));
const pathOf = (file: string) => new URL(file, folder).pathname;

/** What the door says of a file, computed in Node with the app's own code. */
async function refusalOf(file: string): Promise<{ code: string; message: string }> {
  const read = await readDraftText(readFileSync(pathOf(file), 'utf8'), readFileSync(pathOf(file)).length);
  if (read.ok) throw new Error(`${file} is accepted by the door`);
  return { code: read.problem.code, message: describeReadProblem(read.problem) };
}

test('the corpus: at least 20 bad files, each refused by the door for its reason, no two with the same message', async () => {
  expect(corpus.length).toBeGreaterThanOrEqual(20);
  const messages = new Set<string>();
  for (const entry of corpus) {
    const { code, message } = await refusalOf(entry.file);
    expect(code, entry.file).toBe(entry.code);
    expect(message, entry.file).toContain(entry.says);
    messages.add(message);
  }
  expect(messages.size).toBe(corpus.length);
});

for (const entry of corpus) {
  test(`refused: ${entry.file} (${entry.why})`, async ({ page }) => {
    const transfer = new TransferModel(page);
    await transfer.importSeed();
    await transfer.goHome();
    const before = await transfer.settledDump();
    await transfer.importFile(pathOf(entry.file));
    const { message } = await refusalOf(entry.file);
    await expect(transfer.refusal).toHaveText(`未导入“${entry.file}”：${message}`);
    await expect(transfer.refusal).toContainText(entry.says);
    await expect(transfer.comparison).toHaveCount(0);
    expect(await transfer.dump()).toBe(before);
    await expect(page).toHaveURL(/#\/$/);
  });
}

test('refused: a 50 MB file, by its size alone, stating the limit', async ({ page }, testInfo) => {
  const path = testInfo.outputPath('huge.nianbao.json');
  const filler = 'x'.repeat(50 * 1024 * 1024);
  writeFileSync(path, `{"type":"nianbao-draft","version":1,"draft":{"title":"${filler}"}}`);
  const transfer = new TransferModel(page);
  await transfer.importSeed();
  await transfer.goHome();
  const before = await transfer.settledDump();
  await transfer.importFile(path);
  await expect(transfer.refusal).toHaveText(
    '未导入“huge.nianbao.json”：文件太大（50.0 MB），草稿文件最大 5.0 MB。请确认选择的是“导出草稿”生成的 .nianbao.json 文件。',
  );
  expect(await transfer.dump()).toBe(before);
});

test('refused when dropped too: <script> in a text never reaches the page or the database', async ({ page }) => {
  const transfer = new TransferModel(page);
  await transfer.importSeed();
  await transfer.goHome();
  const before = await transfer.settledDump();
  await transfer.dropFile('script-in-text.nianbao.json', readFileSync(pathOf('script-in-text.nianbao.json'), 'utf8'));
  await expect(transfer.refusal).toContainText('“正文 › 总体情况”含有网页代码（<script>');
  expect(await page.locator('script:not([src])').count()).toBe(0);
  expect(await transfer.dump()).toBe(before);
});
