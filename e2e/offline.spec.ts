/** Issue 4: after one load the app starts, opens and saves drafts with the network off. */
import { DraftsPageModel } from './pages/drafts';
import { WizardPageModel } from './pages/wizard';
import { expect, test } from './test';

test.use({ serviceWorkers: 'allow' });

test('offline: the app starts from the service worker, a draft opens, and an edit survives another reload', async ({ page, context }) => {
  const drafts = new DraftsPageModel(page);
  const wizard = new WizardPageModel(page);
  await drafts.goto();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The first load installs the worker; from the next load on it controls the page (no clientsClaim: an
  // update must never take over a page by itself).
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  const id = await drafts.createBlank();
  await wizard.agency.fill('离线局');
  await expect.poll(async () => (await wizard.savedDraft())?.meta.agency).toBe('离线局');

  await context.setOffline(true);
  await page.goto('/#/');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '我的草稿' })).toBeVisible();
  await drafts.action('离线局', '打开');
  await expect(page).toHaveURL(new RegExp(`#/draft/${id}/meta$`));
  await wizard.agency.fill('离线局办公室');
  await expect.poll(async () => (await wizard.savedDraft())?.meta.agency).toBe('离线局办公室');
  await page.reload();
  await expect(wizard.agency).toHaveValue('离线局办公室');
  await wizard.openStep('s3');
  await expect(wizard.stepHeading).toBeVisible();
  await context.setOffline(false);
});
