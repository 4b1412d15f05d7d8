/** Page model of hand-over (issue 6): 导入草稿 / 导出草稿 / 导出全部 / 恢复备份, and the comparison. */
import { readFileSync } from 'node:fs';
import type { Download, Locator, Page, TestInfo } from '@playwright/test';
import { appUrl, expect } from '../test';

export const SEED_PATH = new URL('../fixtures/2021-puyang-gongxin.json', import.meta.url).pathname;
export const SEED_ID = 'seed-2021-puyang-gongxin';

export interface StoredRecords {
  readonly drafts: Record<string, unknown>[];
  readonly revisions: Record<string, unknown>[];
}

export class TransferModel {
  constructor(readonly page: Page) {}

  async goHome(): Promise<void> {
    await this.page.goto(appUrl('#/'));
    await expect(this.page.getByRole('heading', { level: 1, name: '我的草稿' })).toBeVisible();
  }

  /** The 草稿文件 part of the drafts page: buttons and what they report. */
  get region(): Locator {
    return this.page.getByRole('region', { name: '草稿文件' });
  }

  get refusal(): Locator {
    return this.region.getByRole('alert');
  }

  get status(): Locator {
    return this.region.getByRole('status');
  }

  /** 导入草稿 through the file picker, as an officer does. */
  async importFile(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.region.getByRole('button', { name: '导入草稿', exact: true }).click();
    await (await chooser).setFiles(file);
  }

  /** 恢复备份 through the file picker. */
  async restoreFile(file: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.region.getByRole('button', { name: '恢复备份', exact: true }).click();
    await (await chooser).setFiles(file);
  }

  /** Drops a file on the page (the browser's drag-and-drop events with the file in their DataTransfer). */
  async dropFile(name: string, content: string): Promise<void> {
    await this.page.evaluate(
      ([fileName, text]) => {
        const data = new DataTransfer();
        data.items.add(new File([text], fileName, { type: 'application/json' }));
        document.body.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, cancelable: true }));
        document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
        document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      },
      [name, content] as const,
    );
  }

  /** The seed report (a bare draft file) imported on a fresh page: the wizard opens on it. */
  async importSeed(): Promise<void> {
    await this.goHome();
    await this.importFile(SEED_PATH);
    await expect(this.page).toHaveURL(new RegExp(`#/draft/${SEED_ID}/meta$`));
  }

  /** Clicks a 导出草稿 (or 导出全部) button and saves the download into the test's output folder. */
  async download(button: Locator, testInfo: TestInfo): Promise<{ path: string; download: Download }> {
    const downloading = this.page.waitForEvent('download');
    await button.click();
    const download = await downloading;
    const path = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(path);
    return { path, download };
  }

  get comparison(): Locator {
    return this.page.getByRole('region', { name: '本机已有这份草稿：请选择如何导入' });
  }

  /** The labels of the fields the comparison lists, in order. */
  async comparedFields(): Promise<string[]> {
    const table = this.comparison.getByRole('table', { name: '逐项比较' });
    return table.locator('tbody').getByRole('rowheader').allInnerTexts();
  }

  /** Every record of the app's IndexedDB, as stored (read with the browser's own IndexedDB API). */
  async records(): Promise<StoredRecords> {
    return JSON.parse(await this.dump()) as StoredRecords;
  }

  /**
   * The database once the drafts list has settled: the list remembers each draft's error count (the `checks` store)
   * in the background after it shows, so a dump taken before that write would differ from any later one.
   */
  async settledDump(): Promise<string> {
    await expect
      .poll(async () => {
        const records = JSON.parse(await this.dump()) as { drafts?: unknown[]; checks?: unknown[] };
        return (records.checks?.length ?? 0) >= (records.drafts?.length ?? 0);
      })
      .toBe(true);
    return this.dump();
  }

  /** The whole database as one string, to compare byte for byte. */
  async dump(): Promise<string> {
    return this.page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('nianbao');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const all: Record<string, unknown[]> = {};
      for (const name of Array.from({ length: db.objectStoreNames.length }, (_, i) => db.objectStoreNames.item(i) ?? '').sort()) {
        all[name] = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () => reject(request.error);
        });
      }
      db.close();
      return JSON.stringify(all);
    });
  }

  async storedDraft(id: string): Promise<Record<string, unknown> | undefined> {
    return (await this.records()).drafts.find((draft) => draft.id === id);
  }
}

export function readJson<T>(path: string | URL): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

// The app's own draft code, for specs that build files in Node the way the app does.
export { APP_VERSION, canonicalJson, describeReadProblem, makeEnvelope, readDraftText } from '../../src/draft';
export type { Draft } from '../../src/draft';
export { cellsOf, format2021 } from '../../src/format';
