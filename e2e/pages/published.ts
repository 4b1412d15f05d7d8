/** Page model of the drafts page's published-report panels (导入已发布年报, 从上年已发布年报新建). */
import type { Locator, Page } from '@playwright/test';
import { appUrl } from '../test';

export class PublishedPageModel {
  constructor(readonly page: Page) {}

  private panel(toggle: string): Locator {
    return this.page.getByRole('region', { name: toggle === '导入已发布年报' ? '导入已发布的年度报告' : '以上年已发布的年报为基础新建草稿' });
  }

  async openPanel(toggle: '导入已发布年报' | '从上年已发布年报新建'): Promise<Locator> {
    await this.page.goto(appUrl());
    await this.page.getByRole('button', { name: toggle, exact: true }).click();
    return this.panel(toggle);
  }

  text(panel: Locator): Locator {
    return panel.getByRole('textbox', { name: '年报全文', exact: true });
  }

  file(panel: Locator): Locator {
    return panel.getByLabel('打开文件（PDF、Word、网页、文本）');
  }
}
