/**
 * The base test of every spec: a fixed clock, and a test fails on any console error or on any request
 * that leaves the app's origin (drafts never leave the officer's machine, issue 6).
 */
import { test as base, expect } from '@playwright/test';

export const FIXED_NOW = new Date('2026-01-15T09:30:00+08:00');

export const test = base.extend<{ guard: void; expectedConsoleErrors: readonly RegExp[] }>({
  /** Console errors a spec causes on purpose (a test hook's thrown error, issue 12); any other still fails it. */
  expectedConsoleErrors: [[], { option: true }],
  guard: [
    async ({ page, baseURL, expectedConsoleErrors }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
      page.on('console', (message) => {
        if (message.type() === 'error' && !expectedConsoleErrors.some((pattern) => pattern.test(message.text()))) {
          problems.push(`console error: ${message.text()}`);
        }
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
          problems.push(`request left the origin: ${url}`);
        }
      });
      await page.clock.setFixedTime(FIXED_NOW);
      await use();
      expect(problems, problems.join('\n')).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
