// Opening an article in the test build and waiting for the content script's answer from the background.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ExtensionBrowser } from './harness';

/** Opens `url` in a new tab (or reloads `page`) and resolves once the page was analyzed and saved. */
export async function visit(b: ExtensionBrowser, url: string, page?: Page): Promise<Page> {
  const tab = page ?? (await b.ctx.newPage());
  if (!page)
    await tab.addInitScript(() => {
      (window as any).__dealmark = new Promise((ok) =>
        window.addEventListener('message', (e) => e.data?.source === 'dealmark' && ok(e.data.reply)),
      );
    });
  if (page) await tab.reload();
  else await tab.goto(url);
  const reply = JSON.parse(await tab.evaluate(() => (window as any).__dealmark));
  expect(reply?.ok, JSON.stringify(reply)).toBe(true);
  return tab;
}
