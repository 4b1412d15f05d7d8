/**
 * Issue 7 end to end: an officer pastes a published report (the seed) into 导入已发布年报 and sees the
 * TXT-NUM warning in 校验结果, linked to the cell; opens a saved .html page whose cells the site joined
 * and is told which row could not be split; starts next year's draft from last year's published text
 * and gets the year-over-year warning.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { PublishedPageModel } from './pages/published';
import { WizardPageModel } from './pages/wizard';
import { expect, test } from './test';

const reportText = (file: string) => readFileSync(new URL(`./fixtures/reports/${file}`, import.meta.url), 'utf8');

test('pasting the seed into 导入已发布年报 opens its review with the TXT-NUM warning linked to the cell', async ({ page }) => {
  const published = new PublishedPageModel(page);
  const wizard = new WizardPageModel(page);
  const panel = await published.openPanel('导入已发布年报');
  await published.text(panel).fill(reportText('2021-puyang-gongxinju.txt'));
  await panel.getByRole('button', { name: '导入', exact: true }).click();

  await expect(page).toHaveURL(/#\/draft\/[^/]+\/review$/);
  const findings = wizard.findings;
  const textNumber = findings.getByRole('link', {
    name: '提醒：一、总体情况中“2021年我局共制定规范性文件9项”写的是 9，而表格“行政规范性文件 本年制发件数”是 10',
  });
  await expect(textNumber).toBeVisible();
  await expect(findings.getByRole('link', { name: /^提醒：六、没有说明信息处理费收取情况/ })).toBeVisible();
  await expect(findings.getByRole('link', { name: /^提醒：六、其他需要报告的事项提到“政府集中采购”/ })).toBeVisible();
  await expect(findings.getByRole('link', { name: /^错误：/ })).toHaveCount(0);

  // The link opens 二 with the cell the text contradicts focused, holding the table's 10.
  await textNumber.click();
  await expect(page).toHaveURL(/#\/draft\/[^/]+\/s2/);
  await expect(wizard.cell('行政规范性文件 本年制发件数')).toBeFocused();
  await expect(wizard.cell('行政规范性文件 本年制发件数')).toHaveValue('10');

  // Everything was kept: agency and year on 基本信息 after a reload; the list tells the import apart.
  await page.reload();
  await wizard.stepLink('基本信息').click();
  await expect(wizard.agency).toHaveValue('濮阳市工业和信息化局');
  await expect(wizard.year).toHaveValue('2021');
  await page.goto('/');
  await expect(page.getByRole('link', { name: '濮阳市工业和信息化局2021年政府信息公开工作年度报告（已发布年报导入）', exact: true })).toBeVisible();
});

test('opening a saved .html page names the row the joined digits leave open, then imports the rest', async ({ page }) => {
  const published = new PublishedPageModel(page);
  const wizard = new WizardPageModel(page);
  const panel = await published.openPanel('导入已发布年报');
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${reportText('2021-pingtan-shiyanqu.txt')
    .split('\n')
    .map((line) => `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('')}</body></html>`;
  await published.file(panel).setInputFiles({ name: '平潭2021年报.html', mimeType: 'text/html', buffer: Buffer.from(html, 'utf8') });
  await expect(panel.getByRole('status').first()).toHaveText('已读入文件「平潭2021年报.html」。');
  await panel.getByRole('button', { name: '导入', exact: true }).click();

  const notPlaced = panel.getByRole('list', { name: '未能导入的内容' });
  await expect(notPlaced.getByRole('listitem')).toHaveCount(1);
  await expect(notPlaced).toContainText('“行政规范性文件”的数字连在一起（693665），有多种拆法');
  await expect(panel).toContainText('读到：平潭综合实验区，2021年');
  const axe = await new AxeBuilder({ page }).include('.published-toolbar').analyze();
  expect(axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  await panel.getByRole('button', { name: '仍然导入' }).click();

  await expect(page).toHaveURL(/#\/draft\/[^/]+\/review$/);
  await wizard.stepLink('三、收到和处理政府信息公开申请情况').click();
  await expect(wizard.cell('（一）予以公开 自然人')).toHaveValue('27');
  await expect(wizard.cell('（一）予以公开 社会公益组织')).toHaveValue('2');
  await wizard.stepLink('二、主动公开政府信息情况').click();
  await expect(wizard.cell('行政规范性文件 本年制发件数')).toHaveValue('');
});

test('从上年已发布年报新建: next year’s draft remembers last year and warns on 现行有效件数', async ({ page }) => {
  const published = new PublishedPageModel(page);
  const wizard = new WizardPageModel(page);
  const panel = await published.openPanel('从上年已发布年报新建');
  const axe = await new AxeBuilder({ page }).include('.published-toolbar').analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  await published.text(panel).fill(reportText('2022-pingtan-shiyanqu.txt'));
  await panel.getByRole('button', { name: '新建草稿', exact: true }).click();

  await expect(page).toHaveURL(/#\/draft\/[^/]+\/meta$/);
  await expect(wizard.agency).toHaveValue('平潭综合实验区');
  await expect(wizard.year).toHaveValue('2023');

  await wizard.stepLink('二、主动公开政府信息情况').click();
  for (const [name, value] of [
    ['行政规范性文件 本年制发件数', '77'],
    ['行政规范性文件 本年废止件数', '132'],
    ['行政规范性文件 现行有效件数', '470'],
  ] as const) {
    await wizard.cell(name).click();
    await wizard.cell(name).pressSequentially(value);
  }
  await wizard.check();
  await expect(
    wizard.findings.getByRole('link', {
      name: '提醒：二、“行政规范性文件 现行有效件数”是 470，而上年现行有效 698 加本年制发 77 减本年废止 132 是 643',
    }),
  ).toBeVisible();
});
