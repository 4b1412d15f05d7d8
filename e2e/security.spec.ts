// Text is only ever text, the app allows only its own origin, and drafts never leave the machine (issue 6).
import { expect, test } from './test';
import { SEED_ID, TransferModel } from './pages/transfer';

const HOSTILE = '<script>window.__pwned = 1</script><img src="/pwned.png" onerror="window.__pwned = 2">';

test('the built app is served with a policy that allows only its own origin and no inline script', async ({ page, request }) => {
  const response = await request.get('/');
  const header = response.headers()['content-security-policy'] ?? '';
  for (const directive of ["default-src 'self'", "script-src 'self'", "connect-src 'self'", "font-src 'self'", "object-src 'none'"]) {
    expect(header).toContain(directive);
  }
  expect(header).not.toContain('unsafe-inline');
  expect(header).not.toContain('unsafe-eval');
  expect(header).not.toMatch(/https?:/);
  await page.goto('/');
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toContain("script-src 'self'");
  expect(await page.locator('script:not([src])').count()).toBe(0);
});

test('a <script> typed into a draft’s text shows as text in the wizard and the print, and never runs', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  const transfer = new TransferModel(page);
  await transfer.importSeed();
  await page.goto(`/#/draft/${SEED_ID}/s1`);
  const text = page.getByRole('textbox', { name: '总体情况', exact: true });
  await text.fill(HOSTILE);
  await text.blur();
  await expect.poll(async () => ((await transfer.storedDraft(SEED_ID))?.texts as Record<string, string>).s1).toBe(HOSTILE);

  await page.reload();
  await expect(page.getByRole('textbox', { name: '总体情况', exact: true })).toHaveValue(HOSTILE);
  await page.goto(`/#/draft/${SEED_ID}/print`);
  await expect(page.getByText(HOSTILE, { exact: true })).toBeVisible();
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="/pwned.png"]').count()).toBe(0);
  expect(loaded).not.toContain('/pwned.png');
});

test('importing and exporting makes no network request: the draft stays on the machine', async ({ page }) => {
  const transfer = new TransferModel(page);
  await transfer.goHome();
  await page.waitForLoadState('networkidle');
  // Data leaves a page by fetch, XHR, sockets or beacons; the browser's own favicon request is not the app's.
  const calls: string[] = [];
  page.on('request', (request) => {
    if (['fetch', 'xhr', 'websocket', 'eventsource', 'ping'].includes(request.resourceType()) && !request.url().startsWith('blob:')) {
      calls.push(`${request.resourceType()} ${request.url()}`);
    }
  });
  await transfer.importFile(new URL('./fixtures/2021-puyang-gongxin.json', import.meta.url).pathname);
  await expect(page).toHaveURL(new RegExp(`#/draft/${SEED_ID}/meta$`));
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出草稿', exact: true }).click();
  await downloading;
  await expect(page.getByRole('status').filter({ hasText: '已导出' })).toBeVisible();
  expect(calls).toEqual([]);
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the service worker installs and controls the page under the policy', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => navigator.serviceWorker.register('/sw.js').then(() => navigator.serviceWorker.ready));
    await page.reload();
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await expect(page.getByRole('heading', { level: 1, name: '我的草稿' })).toBeVisible();
  });
});
