/**
 * Issue 12, done when: an error thrown inside a wizard step (the test-only hook, present in test builds alone) shows
 * the recovery screen in Chinese instead of a blank page; 导出全部 saves every stored record as it is; 返回我的草稿
 * works. The thrown error is logged to the console, and only that error is allowed.
 */
import { readFile } from 'node:fs/promises';
import { DraftsPageModel } from './pages/drafts';
import { WizardPageModel } from './pages/wizard';
import { expect, test } from './test';

test.use({ expectedConsoleErrors: [/测试钩子抛出的错误/] });

test('a step that throws shows the recovery screen; 导出全部 keeps every record; 返回我的草稿 leads home', async ({ page }) => {
  const wizard = new WizardPageModel(page);
  const drafts = new DraftsPageModel(page);
  const id = await wizard.createDraft();
  await page.getByRole('textbox', { name: '机关名称' }).fill('某市某局');
  await expect(page.getByText(/已保存（/).first()).toBeVisible();

  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`/#/draft/${encodeURIComponent(id)}/s3?testThrow=step`);
  const recovery = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: '这一步出错了' }) });
  await expect(recovery).toBeVisible();
  await expect(recovery).toContainText('程序遇到了一个意外的错误');
  await expect(recovery).toContainText('已经保存在本机的草稿不受影响');
  // The step list stays usable around the failed step.
  await expect(wizard.stepLink('基本信息')).toBeVisible();
  expect(errors.some((text) => text.includes('测试钩子抛出的错误'))).toBe(true);

  const downloading = page.waitForEvent('download');
  await recovery.getByRole('button', { name: '导出全部（原始数据）' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^年报-全部原始数据-\d{8}-\d{4}\.json$/);
  const raw = JSON.parse(await readFile(await download.path(), 'utf8')) as { type: string; drafts: { id: string; meta: { agency: string } }[] };
  expect(raw.type).toBe('nianbao-raw-records');
  expect(raw.drafts.find((draft) => draft.id === id)?.meta.agency).toBe('某市某局');
  await expect(recovery).toContainText('已导出');

  await recovery.getByRole('link', { name: '返回我的草稿' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '我的草稿' })).toBeVisible();
  await expect(drafts.row('某市某局')).toBeVisible();
  // The same step without the hook opens normally again.
  await drafts.action('某市某局', '打开');
  await wizard.openStep('s3');
  await expect(wizard.stepHeading).toContainText('三、');
});

test('a page that throws shows the recovery screen, and 返回我的草稿 brings the list back', async ({ page }) => {
  await page.goto('/#/?testThrow=page');
  const recovery = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: '这一页出错了' }) });
  await expect(recovery).toBeVisible();
  await expect(recovery.getByRole('button', { name: '重新加载' })).toBeVisible();
  const { AxeBuilder } = await import('@axe-core/playwright');
  const axe = await new AxeBuilder({ page }).include('.recovery').analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  await recovery.getByRole('link', { name: '返回我的草稿' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '我的草稿' })).toBeVisible();
});
