// The options page's highlight choices reach the page: a kind turned off is not painted at all, and an
// "underline" kind loses its tint. The setting is written where the options page writes it (storage.sync).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, ROOT, serve, type ExtensionBrowser, type StaticServer } from './harness';

describe('highlight settings on the page', () => {
  let b: ExtensionBrowser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await serve({ '/c.html': { file: join(ROOT, 'tests/fixtures/annotate/lumora-series-c.html') } });
    b = await launchChromium();
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it('skips kinds turned off and paints "underline" kinds without a tint', async () => {
    await b.worker.evaluate(() =>
      chrome.storage.sync.set({
        highlight: { amount: 'underline', valuation: 'background', stage: 'background', company: 'off', lead: 'off', investor: 'background', date: 'off' },
      }),
    );
    const p = await b.ctx.newPage();
    await p.goto(server.url('/c.html'));
    await expect.poll(() => p.evaluate(() => (CSS as any).highlights.has('dealmark-amount')), { timeout: 20_000 }).toBe(true);
    const names = await p.evaluate(() => [...(CSS as any).highlights.keys()].filter((n: string) => n.startsWith('dealmark-')).sort());
    expect(names).not.toContain('dealmark-company');
    expect(names).not.toContain('dealmark-lead');
    expect(names).toContain('dealmark-stage');
    const rules = await p.evaluate(() =>
      document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).filter((t) => t.includes('dealmark-')),
    );
    const amount = rules.find((r) => r.includes('(dealmark-amount)'))!;
    expect(amount).toContain('text-decoration');
    expect(amount).not.toContain('background-color');
    expect(rules.find((r) => r.includes('(dealmark-stage)'))).toContain('background-color');
    expect(rules.some((r) => r.includes('(dealmark-lead)'))).toBe(false);
  });
});
