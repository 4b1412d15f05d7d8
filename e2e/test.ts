/**
 * The base test of every spec: a fixed clock, and a test fails on any console error or on any request
 * that leaves the app (drafts never leave the officer's machine, issue 6). The app is wherever the project's
 * baseURL puts it (issue 11): the loopback server, an intranet address under a sub-path, or nianbao.html on disk.
 */
import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';

export const FIXED_NOW = new Date('2026-01-15T09:30:00+08:00');

/**
 * What the app may request: its own folder on its host (so an absolute /assets/… path fails under a sub-path),
 * or, opened from disk, nothing but the one file itself (every lazy chunk must be inside it).
 */
export function appPrefix(baseURL: string): string {
  const url = new URL(baseURL);
  url.hash = '';
  url.search = '';
  return url.protocol === 'file:' ? url.href : new URL('.', url).href;
}

/** The app's address in this project, with a route (`#/draft/…`): the same on loopback, a sub-path and file://. */
export function appUrl(route = ''): string {
  const baseURL = test.info().project.use.baseURL;
  if (!baseURL) throw new Error('the project has no baseURL');
  return `${new URL(baseURL).href.replace(/#.*$/, '')}${route}`;
}

/**
 * Records console errors (but those a spec expects, issue 12), page errors and requests outside the app (see
 * appPrefix) into `problems`.
 */
export function watchPage(page: Page, baseURL: string, problems: string[], expectedConsoleErrors: readonly RegExp[] = []): void {
  const prefix = appPrefix(baseURL);
  page.on('console', (message) => {
    if (message.type() === 'error' && !expectedConsoleErrors.some((pattern) => pattern.test(message.text()))) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(prefix) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.push(`request left the app: ${url}`);
    }
  });
}

export const test = base.extend<{ guard: void; expectedConsoleErrors: readonly RegExp[] }>({
  /** Console errors a spec causes on purpose (a test hook's thrown error, issue 12); any other still fails it. */
  expectedConsoleErrors: [[], { option: true }],
  guard: [
    async ({ page, baseURL, expectedConsoleErrors }, use) => {
      const problems: string[] = [];
      watchPage(page, baseURL ?? 'http://127.0.0.1/', problems, expectedConsoleErrors);
      await page.clock.setFixedTime(FIXED_NOW);
      await use();
      expect(problems, problems.join('\n')).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
