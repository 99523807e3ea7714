// Pages that change after load: an article that arrives late (client-side rendering) is read once it is
// there, and a single-page-app navigation to another story replaces the highlights with the new story's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, serve, tabIdOf, type ExtensionBrowser, type StaticServer } from './harness';

const story = (company: string, amount: string, lead: string) => `
  <h1>${company} raises ${amount} Series A led by ${lead}</h1>
  <p>${company}, a Porto startup that makes scheduling software for veterinary clinics, said on Tuesday it has raised
  ${amount} in a Series A round led by ${lead}. Existing backer Lantern Seed Fund also took part in the round.</p>
  <p>The company will use the money to hire engineers and to expand into Spain and France, where it already works
  with a handful of clinic chains. It was founded in 2021 and now has forty employees.</p>
  <p>"Clinics lose hours every week to phone calls about appointments," the chief executive said in an interview,
  adding that the software now handles more than a million bookings a year across four hundred clinics.</p>`;

// The shell the server sends: no article yet; the app renders it, then navigates to a second story.
const shell = `<!doctype html><html><head><title>Clinic tech news</title></head><body>
<nav><a href="/">Home</a> <a href="/deals">Deals</a></nav><main id="app"><p>Loading…</p></main>
<script>
  window.render = (html) => { document.getElementById('app').innerHTML = html; };
  setTimeout(() => render(${JSON.stringify(story('Pawtrack', '$14 million', 'Brookfield Ventures'))}), 400);
  window.goToSecond = () => {
    history.pushState({}, '', '/story/vetly');
    document.title = 'Vetly raises $9 million';
    render(${JSON.stringify(story('Vetly', '$9 million', 'Saltgate Capital'))});
  };
</script></body></html>`;

async function texts(p: Page, name: string): Promise<string[]> {
  return p.evaluate((n) => {
    const h = (CSS as any).highlights.get(n) as Set<Range> | undefined;
    return h ? [...h].map((r) => r.toString()) : [];
  }, name);
}

describe('pages that change after load', () => {
  let b: ExtensionBrowser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await serve({ '/story/pawtrack': shell });
    b = await launchChromium();
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it('reads an article rendered after load, and the next story after an in-app navigation', async () => {
    const p = await b.ctx.newPage();
    const errors: string[] = [];
    p.on('pageerror', (e) => errors.push(e.message));
    await p.goto(server.url('/story/pawtrack'));
    await expect.poll(() => texts(p, 'dealmark-amount'), { timeout: 20_000 }).toContain('$14 million');
    expect(await texts(p, 'dealmark-lead')).toContain('Brookfield Ventures');

    await p.evaluate(() => (window as any).goToSecond());
    await expect.poll(() => texts(p, 'dealmark-amount'), { timeout: 20_000 }).toContain('$9 million');
    expect(await texts(p, 'dealmark-amount')).not.toContain('$14 million');
    expect(new Set(await texts(p, 'dealmark-lead'))).toEqual(new Set(['Saltgate Capital']));
    expect(errors).toEqual([]);
  });

  it('injected a second time (the popup asked to read an already-read page), it replaces itself', async () => {
    const p = await b.ctx.newPage();
    await p.goto(server.url('/story/pawtrack'));
    await expect.poll(() => texts(p, 'dealmark-amount'), { timeout: 20_000 }).toContain('$14 million');
    const before = (await texts(p, 'dealmark-amount')).length;
    const tabId = await tabIdOf(b, server.url('/story/pawtrack'));
    await b.worker.evaluate((id) => chrome.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/content.js'] }), tabId);
    // The new copy reads the page again; the old one stands down, so nothing is painted twice.
    await p.waitForTimeout(2500);
    expect((await texts(p, 'dealmark-amount')).length).toBe(before);
    expect(await p.evaluate(() => document.querySelectorAll('dealmark-ui').length)).toBeLessThanOrEqual(1);
    const sheets = await p.evaluate(() => document.adoptedStyleSheets.filter((s) => [...s.cssRules].some((r) => r.cssText.includes('dealmark-'))).length);
    expect(sheets).toBe(1);
  });
});
