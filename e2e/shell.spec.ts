import { expect, test } from './test';

test('the app shell shows the product name in Chinese and the drafts home page', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/年报/);
  await expect(page.getByRole('link', { name: /年报/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: '我的草稿' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});
