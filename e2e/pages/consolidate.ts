/** Page model of 汇总 (issue 15): 新建汇总报告, 选择文件, the units table, 生成汇总, and units' files made in Node. */
import type { Locator, Page } from '@playwright/test';
import { expect } from '../test';
import { APP_VERSION, cellsOf, format2021, makeEnvelope } from './transfer';
import type { Draft } from './transfer';

export interface UnitFile {
  readonly name: string;
  readonly mimeType: string;
  readonly buffer: Buffer;
}

export interface UnitSpec {
  readonly agency: string;
  readonly year?: number;
  /** Cells given; every other input cell is 0 (a finished report fills every cell). */
  readonly values: Readonly<Record<string, number | string>>;
  readonly updatedAt?: string;
  readonly id?: string;
}

/** Every input cell of the format, by id: counts 0, amounts "0". */
export function zeroValues(): Record<string, number | string> {
  const values: Record<string, number | string> = {};
  for (const cell of cellsOf(format2021).values()) if (!cell.sumOf) values[cell.id] = cell.kind === 'amount' ? '0' : 0;
  return values;
}

/** A unit's draft as its officer would have finished it (texts filled, cells filled). */
export function unitDraft(spec: UnitSpec): Draft {
  const at = spec.updatedAt ?? '2026-01-10T02:00:00.000Z';
  return {
    id: spec.id ?? `unit-${spec.agency}`,
    title: `${spec.agency}${spec.year ?? 2025}年政府信息公开工作年度报告`,
    format: '2021',
    meta: { agency: spec.agency, year: spec.year ?? 2025 },
    values: { ...zeroValues(), ...spec.values },
    texts: { s1: '本机关认真贯彻落实政府信息公开条例。', s5: '存在的问题及改进措施。', s6: '无其他需要报告的事项。' },
    notes: {},
    createdAt: '2026-01-05T02:00:00.000Z',
    updatedAt: at,
  } as Draft;
}

/** A unit's exported file (the envelope with its digest), named as the app names exports unless told. */
export async function unitFile(draft: Draft, name?: string, exportedAt = '2026-01-12T02:00:00.000Z'): Promise<UnitFile> {
  const envelope = await makeEnvelope(draft, APP_VERSION, exportedAt);
  return {
    name: name ?? `${draft.meta.agency}-${draft.meta.year}年报草稿.nianbao.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(envelope), 'utf8'),
  };
}

export class ConsolidateModel {
  constructor(readonly page: Page) {}

  /** 新建汇总报告 on 我的草稿. */
  async start(): Promise<void> {
    await this.page.goto('/#/');
    await this.page.getByRole('button', { name: '新建汇总报告', exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: '新建汇总报告' })).toBeVisible();
  }

  /** 选择文件, several files at once, as an officer picks them in the chooser. */
  async chooseFiles(files: readonly UnitFile[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: '选择文件', exact: true }).click();
    const picked = await chooser;
    expect(picked.isMultiple()).toBe(true);
    await picked.setFiles([...files]);
  }

  get units(): Locator {
    return this.page.getByRole('table', { name: '汇总单位' });
  }

  /** A unit's row, by the source file's name (a 机关 may have several rows). */
  rowOfFile(fileName: string): Locator {
    return this.units.locator('tbody tr').filter({ hasText: fileName });
  }

  /** The text of each body row's cells: 机关名称, 年度, 格式, 错误, 警告, 本年新收 总计, 来源, 状态. */
  async rows(): Promise<string[][]> {
    return this.units.locator('tbody tr').evaluateAll((rows) =>
      rows.map((row) => Array.from(row.querySelectorAll('th, td')).slice(0, 8).map((cell) => (cell.textContent ?? '').trim())),
    );
  }

  async totals(): Promise<string[]> {
    return this.units.locator('tfoot tr').evaluate((row) => Array.from(row.querySelectorAll('th, td')).map((cell) => (cell.textContent ?? '').trim()));
  }

  /** 上一页 / 下一页 of the units table (a hundred units a page). */
  get pager(): Locator {
    return this.page.getByRole('navigation', { name: '汇总单位分页' });
  }

  get refused(): Locator {
    return this.page.getByRole('region', { name: '未通过检查、未计入的文件' });
  }

  get duplicates(): Locator {
    return this.page.getByRole('region', { name: '重复的单位' });
  }

  /** 生成汇总: the consolidated draft opens in the wizard; returns its id. */
  async generate(agency: string): Promise<string> {
    await this.page.getByRole('textbox', { name: '汇总报告的机关名称' }).fill(agency);
    await this.page.getByRole('button', { name: '生成汇总', exact: true }).click();
    await expect(this.page).toHaveURL(/#\/draft\/[^/]+\/meta$/);
    const match = /#\/draft\/([^/?]+)/.exec(this.page.url());
    return decodeURIComponent(match?.[1] ?? '');
  }

  /** 来源 of the focused cell, in the wizard. */
  get source(): Locator {
    return this.page.getByRole('complementary', { name: '来源' });
  }
}

/** Drops files on the page at once, as when the officer drags a folder's files onto it. */
export async function dropFiles(page: Page, files: readonly UnitFile[]): Promise<void> {
  await page.evaluate(
    (list) => {
      const data = new DataTransfer();
      for (const { name, text } of list) data.items.add(new File([text], name, { type: 'application/json' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        document.body.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      }
    },
    files.map((file) => ({ name: file.name, text: file.buffer.toString('utf8') })),
  );
}
