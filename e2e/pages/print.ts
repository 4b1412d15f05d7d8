/**
 * Page model of the print view, and the PDF pipeline the print tests read: page.pdf() as Chromium
 * prints it, then poppler's pdftotext/pdfinfo/pdftoppm (issue 5).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { appUrl, expect } from '../test';

/** The saved shape of a draft as the fixtures hold it. */
export interface DraftFixture {
  readonly title: string;
  readonly meta: Record<string, unknown>;
  readonly values: Record<string, number | string>;
  readonly texts: Record<string, string>;
  readonly notes: Record<string, unknown>;
}

export interface PrintedPdf {
  readonly file: string;
  /** pdftotext -layout, one string per page (form feeds split them). */
  readonly pages: readonly string[];
  readonly info: string;
}

export class PrintPageModel {
  constructor(readonly page: Page) {}

  /**
   * Starts a draft with 新建草稿 as an officer does, then writes the fixture's report into it in
   * IndexedDB (the wizard's typing is tested elsewhere). Returns the new draft's id.
   */
  async createDraftFrom(fixture: DraftFixture): Promise<string> {
    await this.page.goto('/');
    await this.page.getByRole('button', { name: '新建草稿' }).click();
    await expect(this.page).toHaveURL(/#\/draft\/[^/]+\//);
    const match = /#\/draft\/([^/?]+)/.exec(this.page.url());
    if (!match?.[1]) throw new Error(`no draft id in ${this.page.url()}`);
    const draftId = decodeURIComponent(match[1]);
    // Leave the wizard first, so that nothing of it saves over the record written below.
    await this.page.goto('/#/');
    await expect(this.page.getByRole('heading', { level: 1, name: '我的草稿' })).toBeVisible();
    await this.page.evaluate(
      ({ id, content }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('nianbao');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const store = db.transaction('drafts', 'readwrite').objectStore('drafts');
            const get = store.get(id);
            get.onsuccess = () => {
              const put = store.put({ ...get.result, ...content, id });
              put.onsuccess = () => {
                db.close();
                resolve();
              };
              put.onerror = () => reject(put.error);
            };
            get.onerror = () => reject(get.error);
          };
        }),
      {
        id: draftId,
        content: {
          title: fixture.title,
          meta: fixture.meta,
          values: fixture.values,
          texts: fixture.texts,
          notes: fixture.notes,
        },
      },
    );
    return draftId;
  }

  async open(draftId: string): Promise<void> {
    await this.page.goto(appUrl(`#/draft/${encodeURIComponent(draftId)}/print`));
    await expect(this.document).toBeVisible();
  }

  /** The A4 preview of the report. */
  get document(): Locator {
    return this.page.getByRole('article', { name: '打印预览' });
  }

  get title(): Locator {
    return this.document.getByRole('heading', { level: 1 });
  }

  get printButton(): Locator {
    return this.page.getByRole('button', { name: '打印', exact: true });
  }

  get backButton(): Locator {
    return this.page.getByRole('button', { name: '返回', exact: true });
  }

  /** 双面打印: even pages with the margins mirrored. */
  get bothSides(): Locator {
    return this.page.getByRole('checkbox', { name: /双面打印/ });
  }

  get confirmDialog(): Locator {
    return this.page.getByRole('dialog', { name: '这份报告还是草稿' });
  }

  /** Counts window.print() calls instead of opening the system dialog (call before the first goto). */
  async countPrintCalls(): Promise<void> {
    await this.page.addInitScript(() => {
      const counter = { calls: 0 };
      Object.assign(window, { __printCalls: counter });
      window.print = () => {
        counter.calls += 1;
      };
    });
  }

  async printCalls(): Promise<number> {
    return this.page.evaluate(() => (window as unknown as { __printCalls: { calls: number } }).__printCalls.calls);
  }

  /** Why each revision of the draft was taken ('print' for 打印前), oldest first. */
  async revisionReasons(draftId: string): Promise<string[]> {
    return this.page.evaluate(
      (id) =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('nianbao');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const all = db.transaction('revisions').objectStore('revisions').getAll();
            all.onsuccess = () => {
              const revisions = all.result as { draftId: string; reason: string }[];
              db.close();
              resolve(revisions.filter((revision) => revision.draftId === id).map((revision) => revision.reason));
            };
            all.onerror = () => reject(all.error);
          };
        }),
      draftId,
    );
  }

  /** The font families Chromium really drew an element's text with (CDP CSS.getPlatformFontsForNode). */
  async fontsOf(locator: Locator): Promise<string[]> {
    const session = await this.page.context().newCDPSession(this.page);
    await session.send('DOM.enable');
    await session.send('CSS.enable');
    const { root } = await session.send('DOM.getDocument', { depth: -1 });
    const marker = `font-probe-${Math.random().toString(36).slice(2)}`;
    await locator.evaluate((element, id) => element.setAttribute('data-font-probe', id), marker);
    const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector: `[data-font-probe="${marker}"]` });
    const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId });
    await locator.evaluate((element) => element.removeAttribute('data-font-probe'));
    await session.detach();
    return fonts.map((font) => font.familyName);
  }

  /** Prints to PDF as Chromium does for 打印 → 另存为 PDF, and reads it back with poppler. */
  async savePdf(testInfo: TestInfo, name: string): Promise<PrintedPdf> {
    const file = testInfo.outputPath(`${name}.pdf`);
    await this.page.pdf({ path: file, format: 'A4', preferCSSPageSize: true });
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    await testInfo.attach(`${name}.pdf`, { path: file, contentType: 'application/pdf' });
    return { file, pages: text.split('\f').filter((page, index, all) => index < all.length - 1 || page.trim() !== ''), info };
  }

  /**
   * Where the text of each page begins from the left paper edge, in mm: the left-most word that is not the
   * page number (pdftotext -bbox gives every word's box in pt).
   */
  textLeftEdges(pdf: PrintedPdf): number[] {
    const html = execFileSync('pdftotext', ['-bbox', pdf.file, '-'], { encoding: 'utf8' });
    return html
      .split('<page ')
      .slice(1)
      .map((pageHtml) => {
        const words = [...pageHtml.matchAll(/<word xMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)]
          .filter((word) => !/^(—|\d+)$/.test(word[2] ?? ''))
          .map((word) => Number(word[1]));
        return (Math.min(...words) * 25.4) / 72;
      });
  }

  /** Page images at 60 dpi, attached to the test output for a look by eye. Returns their paths. */
  async attachPageImages(testInfo: TestInfo, pdf: PrintedPdf, name: string): Promise<string[]> {
    const folder = testInfo.outputPath(`${name}-pages`);
    mkdirSync(folder, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf.file, path.join(folder, 'page')]);
    const images = readdirSync(folder)
      .filter((file) => file.endsWith('.png'))
      .sort()
      .map((file) => path.join(folder, file));
    for (const image of images) {
      await testInfo.attach(`${name}-${path.basename(image)}`, { path: image, contentType: 'image/png' });
    }
    return images;
  }
}
