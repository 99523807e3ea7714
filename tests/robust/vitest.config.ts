// The slow robustness suites (every shared real page, hostile pages) — `npm run test:robust`, not `npm test`.
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  test: {
    include: ['tests/robust/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 400_000,
    fileParallelism: false,
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
