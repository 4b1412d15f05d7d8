// Writes the PWA's PNG icons (public/icons/) from public/favicon.svg, drawn by the test browser so the
// 年 glyph uses the installed CJK font. Run by hand when the icon changes: `node scripts/make-icons.mjs`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const root = new URL('..', import.meta.url).pathname;
const svg = readFileSync(join(root, 'public', 'favicon.svg'), 'utf8');
// A maskable icon keeps its content in the middle 80 %: the same mark on a full-bleed background.
const maskable = svg.replace('rx="12"', 'rx="0"').replace('font-size="34"', 'font-size="27"').replace('y="44"', 'y="41"');
const icons = [
  { file: 'icon-192.png', size: 192, source: svg },
  { file: 'icon-512.png', size: 512, source: svg },
  { file: 'icon-maskable-512.png', size: 512, source: maskable },
  { file: 'apple-touch-icon-180.png', size: 180, source: maskable },
];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage();
for (const { file, size, source } of icons) {
  await page.setViewportSize({ width: size, height: size });
  const sized = source.replace('<svg ', `<svg width="${size}" height="${size}" `);
  await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
  await page.screenshot({ path: join(root, 'public', 'icons', file), omitBackground: true });
  console.log(`public/icons/${file} ${size}×${size}`);
}
await browser.close();
