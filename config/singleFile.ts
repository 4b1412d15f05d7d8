/**
 * The one-file build (issue 11): `vite build` also writes `nianbao.html`, the whole app in one file, for officers
 * who get the app on a share or a USB stick and double-click it. From `file://` Chromium refuses module scripts
 * from other files, so everything is inline: one script (lazy chunks inlined, no fetch of any other file), one
 * style sheet, the icon as a data URL. Its Content-Security-Policy allows exactly that script and that style by
 * their SHA-256 (no 'unsafe-inline'), and no connection at all.
 *
 * It is a second, in-memory build of the same sources (mode `single-file`, see vite.config.ts: no code
 * splitting, no service worker) run when the main build closes, so `npm run build` and the e2e build both
 * produce it with no extra command.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import type { Plugin, Rolldown } from 'vite';

export const SINGLE_FILE_MODE = 'single-file';
export const SINGLE_FILE_NAME = 'nianbao.html';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy of the one file: its own inline script and style (by hash), data: images and fonts, nothing else. */
export function singleFilePolicy(script: string, style: string): string {
  return [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    `style-src ${sha256(style)}`,
    'img-src data: blob:',
    'font-src data:',
    "connect-src 'none'",
    "worker-src 'none'",
    "manifest-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * Text safe inside a <script>/<style> element: "</script" would end the element early and "<!--" changes how
 * the rest is parsed. `\x3C` is "<" in every JavaScript string, template and regular expression (u flag too).
 */
function inlineSafe(text: string, tag: 'script' | 'style'): string {
  if (tag === 'script') return text.replace(/<(\/script|!--)/gi, '\\x3C$1');
  if (/<\/style|<!--/i.test(text)) throw new Error(`${SINGLE_FILE_NAME}: "</style" or "<!--" inside the style sheet`);
  return text;
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** index.html of the single-file build with its script, style and icon put inside, and the policy that allows them. */
export function inlineIntoHtml(html: string, script: string, style: string, faviconSvg: string): string {
  const js = inlineSafe(script, 'script');
  const css = inlineSafe(style, 'style');
  const icon = `data:image/svg+xml;base64,${Buffer.from(faviconSvg).toString('base64')}`;
  const page = html
    .replace(/\s*<script\b[^>]*\bsrc="[^"]*"[^>]*><\/script>/g, '')
    .replace(/\s*<link\b[^>]*\brel="(?:stylesheet|modulepreload|manifest|apple-touch-icon)"[^>]*>/g, '')
    .replace(/(<link\b[^>]*\brel="icon"[^>]*\bhref=")[^"]*(")/, `$1${icon}$2`)
    .replace(/(<meta charset="UTF-8" \/>)/i, `$1\n    <meta http-equiv="Content-Security-Policy" content="${escapeAttribute(singleFilePolicy(js, css))}" />`)
    // A function, so that "$&" and the like in the code are not read as replacement patterns.
    .replace('</head>', () => `  <style>${css}</style>\n    <script type="module">${js}</script>\n  </head>`);
  // Anything still pointing at another file would not load from disk.
  const leftover = /\b(?:src|href)="(?!data:|#)[^"]*"/.exec(page.replace(/<script type="module">[\s\S]*<\/script>|<style>[\s\S]*<\/style>/g, ''));
  if (leftover) throw new Error(`${SINGLE_FILE_NAME}: still refers to another file: ${leftover[0]}`);
  return page;
}

function outputsOf(result: Awaited<ReturnType<typeof build>>): Rolldown.RolldownOutput['output'][number][] {
  const list = Array.isArray(result) ? result : [result];
  return list.flatMap((entry) => ('output' in entry ? entry.output : []));
}

/** Runs the single-file build in memory when the main build has closed and writes `nianbao.html` beside index.html. */
export function singleFilePlugin(): Plugin {
  let outDir = '';
  let root = '';
  let publicDir = '';
  return {
    name: 'nianbao-single-file',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      publicDir = config.publicDir;
    },
    async closeBundle() {
      const outputs = outputsOf(
        await build({ root, mode: SINGLE_FILE_MODE, logLevel: 'warn', build: { write: false, outDir, emptyOutDir: false } }),
      );
      const text = (name: RegExp, kind: 'chunk' | 'asset') =>
        outputs
          .filter((output) => output.type === kind && name.test(output.fileName))
          .map((output) => (output.type === 'chunk' ? output.code : String(output.source)));
      const scripts = text(/\.js$/, 'chunk');
      if (scripts.length !== 1) throw new Error(`${SINGLE_FILE_NAME}: expected one script, got ${scripts.length}`);
      const [html] = text(/^index\.html$/, 'asset');
      if (html === undefined) throw new Error(`${SINGLE_FILE_NAME}: no index.html in the single-file build`);
      const page = inlineIntoHtml(html, scripts[0] ?? '', text(/\.css$/, 'asset').join('\n'), readFileSync(resolve(publicDir, 'favicon.svg'), 'utf8'));
      writeFileSync(resolve(outDir, SINGLE_FILE_NAME), page);
    },
  };
}
