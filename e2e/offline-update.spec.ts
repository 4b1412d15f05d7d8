/** Issue 4: a new version of the app waits for the officer's 更新; it never reloads the page by itself. */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { DraftsPageModel } from './pages/drafts';
import { WizardPageModel } from './pages/wizard';
import { expect, test } from './test';

test.use({ serviceWorkers: 'allow' });

// The built app this run serves (playwright.config.ts): a new version is published by changing its worker.
const workerFile = `.e2e-dist/${process.env.E2E_PORT ?? 4317}/sw.js`;

test('an update shows a 更新 prompt and reloads only when the officer presses it', async ({ page }) => {
  test.slow();
  const drafts = new DraftsPageModel(page);
  const wizard = new WizardPageModel(page);
  await drafts.goto();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await drafts.createBlank();
  await wizard.agency.fill('甲局');

  // The server now has a new version: the same worker with one byte more.
  const original = readFileSync(workerFile, 'utf8');
  appendFileSync(workerFile, '\n// 新版本\n');
  await page.evaluate(() => {
    (window as unknown as { stillThisPage: boolean }).stillThisPage = true;
  });
  try {
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
  } finally {
    writeFileSync(workerFile, original);
  }
  const prompt = page.getByRole('status').filter({ hasText: '年报有新版本' });
  await expect(prompt).toBeVisible();
  // The officer goes on typing: nothing reloads under them.
  await wizard.agency.fill('甲局办公室');
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => (window as unknown as { stillThisPage?: boolean }).stillThisPage)).toBe(true);
  await expect(wizard.agency).toHaveValue('甲局办公室');

  await prompt.getByRole('button', { name: '更新' }).click();
  // The page reloads into the new version: the marker is gone (an evaluate during the reload itself fails).
  await expect
    .poll(() =>
      page
        .evaluate(() => (window as unknown as { stillThisPage?: boolean }).stillThisPage ?? 'reloaded')
        .catch(() => 'reloading'),
    )
    .toBe('reloaded');
  await expect(wizard.agency).toHaveValue('甲局办公室');
});
