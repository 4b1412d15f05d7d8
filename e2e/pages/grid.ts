/**
 * Page model of a statistics grid (issue 3): cells and totals found by the names the format prints
 * (read from src/format, never written out here), the paste confirmation, 其余填 0.
 */
import type { Locator, Page } from '@playwright/test';
import { cellsOf, format2021 } from '../../src/format';
import type { CellInfo } from '../../src/format';
import { WizardPageModel } from './wizard';

const cells = cellsOf(format2021);

/** A cell of the 2021 format by id (s3.new.natural). */
export function cellInfo(id: string): CellInfo {
  const cell = cells.get(id);
  if (!cell) throw new Error(`no cell ${id}`);
  return cell;
}

export class GridPageModel {
  readonly wizard: WizardPageModel;

  constructor(readonly page: Page) {
    this.wizard = new WizardPageModel(page);
  }

  /** A new draft, opened at a section's step (s2, s3, s4, s6). */
  async openNewDraftAt(stepId: string): Promise<void> {
    await this.wizard.createDraft();
    await this.wizard.openStep(stepId);
  }

  /** The input of a cell, by id, found by its accessible name. */
  input(id: string): Locator {
    return this.page.getByRole('textbox', { name: cellInfo(id).name, exact: true });
  }

  /** A computed total (an <output>, role status), by id. */
  total(id: string): Locator {
    return this.page.getByRole('status', { name: cellInfo(id).name, exact: true });
  }

  /** One grid of a step with several (二), by its caption (第二十条第（八）项). */
  grid(caption: string): Locator {
    return this.page.locator('.table-grid').filter({ has: this.page.getByRole('table', { name: caption, exact: true }) });
  }

  get fillZeroButton(): Locator {
    return this.page.getByRole('button', { name: '其余填 0', exact: true });
  }

  get pasteDialog(): Locator {
    return this.page.getByRole('dialog', { name: '粘贴表格数据' });
  }

  /** Clicks a cell and types as an officer does, key by key. */
  async type(id: string, text: string): Promise<void> {
    const input = this.input(id);
    await input.click();
    await input.press('ControlOrMeta+a');
    await input.pressSequentially(text);
  }

  /** Pastes text (tab-separated rows, as Excel/WPS copy) into a cell. */
  async paste(id: string, text: string): Promise<void> {
    await this.wizard.paste(this.input(id), text);
  }
}
