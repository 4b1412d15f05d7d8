import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import type { PreviewServer, UserConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { compileHintsPlugin } from './config/compileHints.ts';
import { pagePreloadPlugin } from './config/pagePreload.ts';
import { SINGLE_FILE_MODE, SINGLE_FILE_NAME, singleFilePlugin } from './config/singleFile.ts';

// Content-Security-Policy (issue 6): only the app's own origin; no inline script, no external fonts, scripts
// or connections, so a draft's text can never run and nothing leaves the machine. Only in the build: the dev
// server's hot reload needs an inline script.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

// The oldest browser officers use (README 支持的浏览器): Chromium 86, the core of 360安全浏览器 13 极速模式
// (issue 11). The build lowers syntax to ES2020, which it runs in full, and `npm test` checks the built files
// (scripts/checkSyntax.mjs); the few newer built-ins the code calls are filled in by src/app/legacyApis.ts.
const BUILD_TARGET = ['es2020', 'chrome86'];

// The build's chunk map, read by scripts/checkFirstLoad.mjs; not part of the app (not precached).
const BUILD_MANIFEST = '.vite/manifest.json';

// `npm start` and the tests serve the build from this machine (vite preview). Vite's preview compresses every response
// on the fly, in the same Node process, on the same two cores the browser needs to start the app: over loopback that
// saved nothing and cost the first load 50–100 ms (issue 16, ready). Requests reach it asking for no encoding, so it
// sends the files as they are. A deployment's own web server (nginx, IIS) compresses as it is configured to.
const previewUncompressed = {
  name: 'nianbao-preview-uncompressed',
  configurePreviewServer(server: PreviewServer) {
    server.middlewares.use((request, _response, next) => {
      request.headers['accept-encoding'] = 'identity';
      next();
    });
  },
};

const cspMeta = {
  name: 'nianbao-csp',
  apply: 'build' as const,
  transformIndexHtml: () => [
    { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy }, injectTo: 'head' as const },
  ],
};

// pdf.js's packed CMap files, imported `?inline` by features/published/cMapFiles.ts (issue 14).
const BINARY_ASSETS = ['**/*.bcmap'];

// The one-file nianbao.html (issue 11, config/singleFile.ts) is built from the same sources in this mode: one
// script with every lazy chunk inlined, one style sheet, no service worker (workbox's register hook is stubbed).
const singleFileConfig: UserConfig = {
  base: './',
  assetsInclude: BINARY_ASSETS,
  plugins: [react()],
  resolve: { alias: { 'virtual:pwa-register/react': fileURLToPath(new URL('./src/app/noServiceWorker.ts', import.meta.url)) } },
  build: {
    target: BUILD_TARGET,
    cssCodeSplit: false,
    assetsInlineLimit: Number.MAX_SAFE_INTEGER,
    modulePreload: false,
    rolldownOptions: { output: { codeSplitting: false } },
  },
};

// https://vite.dev/config/
const appConfig: UserConfig = {
  // Relative everything (issue 11): the same build works at any host and path, and from disk.
  base: './',
  assetsInclude: BINARY_ASSETS,
  plugins: [
    react(),
    cspMeta,
    previewUncompressed,
    pagePreloadPlugin(),
    compileHintsPlugin(),
    singleFilePlugin(),
    // Offline (issue 4): the service worker precaches the whole app, so after one load it starts with the
    // network off. Updates wait for the officer's 更新 (registerType 'prompt'): never a reload under typing.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/apple-touch-icon-180.png'],
      manifest: {
        name: '年报 · 政府信息公开工作年度报告',
        short_name: '年报',
        description: '政府信息公开工作年度报告的起草、校验、打印与交接，数据只保存在本机浏览器中。',
        lang: 'zh-CN',
        dir: 'ltr',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f6f7f9',
        theme_color: '#a4161a',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,woff2,json,webmanifest}'],
        // The one-file version is a download, not part of the app the service worker starts offline.
        globIgnores: [SINGLE_FILE_NAME, BUILD_MANIFEST],
        // Routes are hash routes: every navigation is index.html.
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      },
    }),
  ],
  build: {
    target: BUILD_TARGET,
    sourcemap: false,
    // Which chunks each page loads, for the first-load budget in `npm test` (scripts/checkFirstLoad.mjs, issue 16).
    manifest: BUILD_MANIFEST,
    // Every browser the officers use (Chromium-based 360, 奇安信, UOS) preloads modules natively.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // Format, engine, the draft door and zod: every page with a draft needs all of them, so one chunk
              // rather than the handful of small ones automatic splitting makes (each costs a request and gzip).
              name: 'core',
              test: (id: string) =>
                /\/src\/(format|engine|draft)\/|\/node_modules\/zod\//.test(id) &&
                !/\/src\/(engine\/published\/|draft\/consolidate\/|draft\/(backup|merge|readProblems\.zh-CN)\.ts)/.test(id),
              // The draft barrel re-exports the hand-over code (backup, merge) and the door's wording of refusals:
              // those stay in the chunks that use them.
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: false,
    // The same policy as a header, which also covers the service worker script and forbids framing.
    headers: { 'Content-Security-Policy': `${contentSecurityPolicy}; frame-ancestors 'none'` },
  },
};

export default defineConfig(({ mode }) => (mode === SINGLE_FILE_MODE ? singleFileConfig : appConfig));
