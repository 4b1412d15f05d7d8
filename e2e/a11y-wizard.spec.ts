/**
 * Every wizard step passes axe (all of its WCAG rules and best practices), before any finding is shown
 * and with findings shown at the cells and in 校验结果 (issue 3, Done when).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { format2021 } from '../src/format';
import { WizardPageModel } from './pages/wizard';
import { expect, test } from './test';

const stepIds = ['meta', ...format2021.sections.map((section) => section.id), 'review'];
const grid3 = format2021.sections[2].tables[0];
const newNatural = `${grid3.rows[0].label} ${grid3.columns[0].label}`;

async function violationsOn(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

for (const stepId of stepIds) {
  test(`step ${stepId}: no axe violations, with and without findings shown`, async ({ page }) => {
    // axe over the 144-cell grid of 三 (and the whole report on review) takes tens of seconds on 2 cores.
    test.setTimeout(180_000);
    const wizard = new WizardPageModel(page);
    await wizard.createDraft();
    await wizard.openStep(stepId);
    await expect(page.locator('[aria-current="step"]')).toHaveCount(1);
    expect(await violationsOn(page), 'nothing shown').toEqual([]);

    if (stepId === 'meta') {
      await wizard.year.fill('2020');
      await expect(wizard.year).toHaveAttribute('aria-invalid', 'true');
    } else {
      // A balance error at a cell of 三, left by Tab.
      await wizard.openStep('s3');
      await wizard.cell(newNatural).fill('3');
      await page.keyboard.press('Tab');
      await expect(wizard.cell(newNatural)).toHaveAttribute('aria-invalid', 'true');
      await wizard.openStep(stepId);
    }
    if (stepId !== 'review') await wizard.check();
    if (stepId === 's3' || stepId === 's4' || stepId === 'review') {
      await expect(wizard.findings.getByRole('link', { name: /^错误：/ }).first()).toBeVisible();
    }
    if (stepId === 'review') await expect(page.getByRole('region', { name: '报告内容' })).toBeVisible();
    expect(await violationsOn(page), 'findings shown').toEqual([]);
  });
}

test('a warning being accepted with a note has no axe violations', async ({ page }) => {
  test.setTimeout(120_000);
  const wizard = new WizardPageModel(page);
  await wizard.createDraft();
  await wizard.openStep('s2');
  const [item1] = format2021.sections[1].tables;
  const row = item1.rows[0].label;
  await wizard.cell(`${row} ${item1.columns[0].label}`).fill('5');
  await wizard.cell(`${row} ${item1.columns[1].label}`).fill('0');
  await wizard.cell(`${row} ${item1.columns[2].label}`).fill('1');
  await wizard.check();
  await wizard.findings.getByRole('button', { name: '接受并说明' }).click();
  await expect(wizard.findings.getByRole('textbox', { name: '说明' })).toBeVisible();
  expect(await violationsOn(page)).toEqual([]);
});
