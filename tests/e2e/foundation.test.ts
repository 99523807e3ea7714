import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { launchChromium, launchFirefox, ROOT, serve, tabIdOf, type ExtensionBrowser, type StaticServer } from './harness';

const page = `<!doctype html><html><head><title>Hello</title></head><body><article><h1>Plain page</h1>
<p>Nothing about money here, just a page to prove the content script runs. The harbour was quiet on Sunday
morning, and the ferries left on time for the islands while the fishing boats stayed tied up along the quay.</p>
<p>By noon the market square filled with stalls selling bread, cheese and early strawberries, and a brass band
played under the clock tower until the rain came in from the west and everyone went home for lunch.</p>
<p>The town council meets again next week to talk about the new cycle lanes and the opening hours of the library,
which many residents say should stay open later on weekday evenings during the exam season.</p></article></body></html>`;

describe('the built extension in Chromium', () => {
  let b: ExtensionBrowser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await serve({ '/plain.html': page });
    b = await launchChromium();
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it('loads and starts its service worker', async () => {
    expect(b.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await b.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.name).toBe('Dealmark');
  });

  it('runs the content script on a 127.0.0.1 page, which reaches the background, and the popup shows it', async () => {
    const tab = await b.ctx.newPage();
    await tab.goto(server.url('/plain.html'));
    const tabId = await tabIdOf(b, server.url('/plain.html'));
    const popup = await b.ctx.newPage();
    // The popup asks the background what the content script reported for that tab.
    await expect
      .poll(async () => {
        await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
        await popup.waitForSelector('[role=status]');
        return popup.textContent('[role=status]');
      }, { timeout: 15_000 })
      .toContain('No funding round found');
    expect(await popup.textContent('h1')).toBe('Dealmark');
  });
});

describe('the built extension in Firefox ESR', () => {
  it('installs and runs its content script, which reaches the background', async () => {
    // A funding story, so the page passes the content script's gate and is sent for reading.
    const server = await serve({ '/plain.html': { file: join(ROOT, 'tests/fixtures/history/series-a.html') } });
    const ff = await launchFirefox();
    try {
      expect(ff.addonId).toBe('dealmark@dealmark.app');
      const tab = await ff.browser.newPage();
      await tab.evaluateOnNewDocument(() => {
        (window as any).__dealmark = new Promise((ok) =>
          window.addEventListener('message', (e) => e.data?.source === 'dealmark' && ok(e.data.reply)),
        );
      });
      await tab.goto(server.url('/plain.html'));
      const reply = JSON.parse(await tab.evaluate(() => (window as any).__dealmark));
      expect(reply).toMatchObject({ ok: true, value: { status: 'found' } });
    } finally {
      await ff.close();
      await server.close();
    }
  });
});
