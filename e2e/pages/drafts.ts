/** Page model of the drafts home page (我的草稿): list, 回收站, 版本记录, 存储, found by role and name. */
import type { Locator, Page } from '@playwright/test';
import { appUrl, expect } from '../test';

export class DraftsPageModel {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto(appUrl('#/'));
    await expect(this.page.getByRole('heading', { level: 1, name: '我的草稿' })).toBeVisible();
  }

  get list(): Locator {
    return this.page.getByRole('table', { name: '草稿列表' });
  }

  /** A draft's row in the list, by text it shows (title or 机关). */
  row(text: string | RegExp): Locator {
    return this.list.getByRole('row').filter({ hasText: text });
  }

  async action(text: string | RegExp, action: string): Promise<void> {
    await this.row(text).getByRole('button', { name: action, exact: true }).click();
  }

  get trash(): Locator {
    return this.page.getByRole('region', { name: '回收站' });
  }

  get revisions(): Locator {
    return this.page.getByRole('region', { name: /^版本记录/ });
  }

  get storage(): Locator {
    return this.page.getByRole('region', { name: '存储', exact: true });
  }

  get message(): Locator {
    return this.page.locator('.drafts-message');
  }

  /** 新建草稿 (blank); the wizard opens at 基本信息. Returns the new draft's id. */
  async createBlank(): Promise<string> {
    await this.goto();
    await this.page.getByRole('button', { name: '新建草稿', exact: true }).click();
    await expect(this.page).toHaveURL(/#\/draft\/[^/]+\/meta$/);
    return draftIdOf(this.page);
  }
}

export function draftIdOf(page: Page): string {
  const match = /#\/draft\/([^/?]+)/.exec(page.url());
  if (!match?.[1]) throw new Error(`not a draft URL: ${page.url()}`);
  return decodeURIComponent(match[1]);
}

/** Writes drafts straight into this browser's IndexedDB, as an earlier session would have left them. */
export async function seedDrafts(page: Page, drafts: readonly object[]): Promise<void> {
  await page.evaluate(
    (records) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('nianbao');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('drafts', 'readwrite');
          for (const record of records) tx.objectStore('drafts').put(record);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    drafts as object[],
  );
}

/**
 * Writes records given as JSON text straight into IndexedDB (drafts by id, revisions auto-numbered), parsed in the
 * page so that keys like `__proto__` stay own keys, as a damaged profile would hold them (issue 12).
 */
export async function seedRecords(page: Page, drafts: readonly string[], revisions: readonly string[] = []): Promise<void> {
  await page.evaluate(
    ([draftTexts, revisionTexts]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('nianbao');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['drafts', 'revisions'], 'readwrite');
          for (const text of draftTexts) tx.objectStore('drafts').put(JSON.parse(text));
          for (const text of revisionTexts) tx.objectStore('revisions').add(JSON.parse(text));
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [drafts, revisions] as const,
  );
}

/** Every draft and revision record in this browser's IndexedDB, as JSON text (to see that nothing changed). */
export async function storedRecords(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('nianbao');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['drafts', 'revisions'], 'readonly');
          const drafts = tx.objectStore('drafts').getAll();
          const revisions = tx.objectStore('revisions').getAll();
          tx.oncomplete = () => {
            db.close();
            resolve(JSON.stringify([drafts.result, revisions.result]));
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}
