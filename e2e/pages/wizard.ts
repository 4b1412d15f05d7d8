/** Page model of the wizard: everything found by role and accessible name, as an officer sees it. */
import type { Locator, Page } from '@playwright/test';
import { appUrl, expect } from '../test';

export class WizardPageModel {
  constructor(readonly page: Page) {}

  /** 新建草稿 on the home page; the wizard opens at 基本信息. Returns the draft id from the URL. */
  async createDraft(): Promise<string> {
    await this.page.goto(appUrl());
    await this.page.getByRole('button', { name: '新建草稿' }).click();
    await expect(this.page).toHaveURL(/#\/draft\/[^/]+\/meta$/);
    await expect(this.stepHeading).toHaveText('基本信息');
    return this.draftId();
  }

  draftId(): string {
    const match = /#\/draft\/([^/?]+)/.exec(this.page.url());
    if (!match?.[1]) throw new Error(`not a wizard URL: ${this.page.url()}`);
    return decodeURIComponent(match[1]);
  }

  async openStep(stepId: string): Promise<void> {
    await this.page.goto(appUrl(`#/draft/${encodeURIComponent(this.draftId())}/${stepId}`));
  }

  get nav(): Locator {
    return this.page.getByRole('navigation', { name: '填写步骤' });
  }

  /** The step list's link of a step, by its title (基本信息, 三、收到和处理…, 检查与预览). */
  stepLink(title: string): Locator {
    return this.nav.getByRole('link', { name: title, exact: true });
  }

  get stepHeading(): Locator {
    return this.page.getByRole('heading', { level: 2 }).first();
  }

  get findings(): Locator {
    return this.page.getByRole('region', { name: '校验结果' });
  }

  /** A grid input by the name the format prints (row label + " " + column label). */
  cell(name: string): Locator {
    return this.page.getByRole('textbox', { name, exact: true });
  }

  /** A text field by its section title (总体情况, …). */
  text(title: string): Locator {
    return this.page.getByRole('textbox', { name: title, exact: true });
  }

  get agency(): Locator {
    return this.page.getByRole('textbox', { name: '机关名称', exact: true });
  }

  get year(): Locator {
    return this.page.getByRole('textbox', { name: '年度', exact: true });
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: '下一步', exact: true }).click();
  }

  async previous(): Promise<void> {
    await this.page.getByRole('button', { name: '上一步', exact: true }).click();
  }

  async check(): Promise<void> {
    await this.page.getByRole('button', { name: '检查', exact: true }).click();
  }

  /** The draft as saved in this browser's IndexedDB (what a reload will show). */
  async savedDraft(): Promise<{ values: Record<string, unknown>; texts: Record<string, string>; notes: Record<string, { note: string }>; meta: Record<string, unknown> } | undefined> {
    const id = this.draftId();
    return this.page.evaluate(
      (draftId) =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('nianbao');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const get = db.transaction('drafts').objectStore('drafts').get(draftId);
            get.onsuccess = () => {
              resolve(get.result);
              db.close();
            };
            get.onerror = () => reject(get.error);
          };
        }),
      id,
    );
  }

  /** Pastes tab-separated rows into a cell as Excel/WPS put them on the clipboard. */
  async paste(cell: Locator, text: string): Promise<void> {
    await cell.focus();
    await cell.evaluate((element, data) => {
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', data);
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    }, text);
  }
}
