import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

// DEALMARK_E2E=1 builds a test variant: the content script runs on pages served from this machine
// without a click, so browser tests can drive it. The production build asks for no host at install.
const e2e = process.env.DEALMARK_E2E === '1';
const testHosts = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  // Lets several builds live side by side (e.g. parallel test runs); CI and users use the default.
  outDir: process.env.DEALMARK_OUT_DIR ?? '.output',
  vite: () => ({
    plugins: [preact()],
    // linkedom (the background's DOM) tries the optional native 'canvas' package and falls back to its own
    // shim; in a bundle the failed require would throw at startup, so point it at the shim directly.
    resolve: { alias: { canvas: fileURLToPath(new URL('./node_modules/linkedom/commonjs/canvas-shim.cjs', import.meta.url)) } },
    // Lets entrypoints read the test switch at build time (WXT evaluates their options through Vite).
    define: { 'import.meta.env.DEALMARK_E2E': JSON.stringify(e2e ? '1' : '') },
  }),
  manifest: ({ browser }) => ({
    name: 'Dealmark',
    description: 'Highlights funding rounds in news articles and keeps a private, local history of every round you read.',
    permissions: ['activeTab', 'scripting', 'storage'],
    host_permissions: e2e ? testHosts : [],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Dealmark: read the funding facts on this page' },
    commands: {
      'next-fact': { suggested_key: { default: 'Alt+Shift+J' }, description: 'Go to the next funding fact on the page' },
      'previous-fact': { suggested_key: { default: 'Alt+Shift+K' }, description: 'Go to the previous funding fact on the page' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'dealmark@dealmark.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
