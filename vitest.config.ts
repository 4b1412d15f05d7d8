import { defineConfig } from 'vitest/config';

export default defineConfig({
  // As vite.config.ts: pdf.js's CMap files are assets (features/published/cMapFiles.ts).
  assetsInclude: ['**/*.bcmap'],
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['./src/test-setup.ts'],
  },
});
