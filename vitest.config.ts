import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  plugins: [preact()],
  // The same path aliases WXT gives the extension code.
  resolve: { alias: { '@/': root, '~/': root, '@@/': root, '~~/': root } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'components/**/*.test.tsx', 'tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          // tests assert behaviour, not speed (the bench measures that): a test that fills a store may take
          // seconds on a busy 2-core machine without being wrong
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: false,
          globalSetup: ['tests/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
