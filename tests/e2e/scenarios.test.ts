// The history scenarios of issue 12, as a user sees them in the popup, in Chromium and in Firefox ESR:
// the comparison across two articles about one company. Each leaves a popup screenshot (see screenshots.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, ROOT, serve, tabIdOf, type ExtensionBrowser, type StaticServer } from './harness';
import { launchFirefoxExtension, openFirefoxPopup, visitFirefox, type FirefoxExtension } from './firefox-ext';
import { screenshotPath } from './screenshots';
import { visit } from './visit';

const FIX = join(ROOT, 'tests/fixtures/compare');
const ROUTES = {
  '/2023/larchmere-series-a': readFileSync(join(FIX, 'series-a.html'), 'utf8'),
  '/2024/larchmere-series-b': readFileSync(join(FIX, 'series-b.html'), 'utf8'),
};

/** The comparison block of the Series B card as label → value, read in the popup page. */
const COMPARISON = () => {
  const card = [...document.querySelectorAll('article.dm-round')].find((a) => a.textContent?.includes('Series B'));
  const pairs = [...(card?.querySelectorAll('.dm-compare dt') ?? [])].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]);
  return pairs.length ? Object.fromEntries(pairs) as Record<string, string> : null;
};

const EXPECTED = {
  'Step-up': '×3.75',
  'Valuation change': '+$110m',
  'Round size': '×3',
  'Time since': '15 months',
  'Repeat investors': 'Pellbrook Capital, Ashgrove Ventures',
  'New investors': 'none',
};

describe('history scenarios in Chromium', () => {
  let b: ExtensionBrowser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await serve(ROUTES);
    b = await launchChromium();
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it('two articles of one company: step-up ×3.75, round size ×3, 15 months, both investors repeat', async () => {
    await visit(b, server.url('/2023/larchmere-series-a'));
    await visit(b, server.url('/2024/larchmere-series-b'));
    const popup = await b.ctx.newPage();
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${await tabIdOf(b, server.url('/2024/larchmere-series-b'))}`);
    await expect.poll(() => popup.evaluate(COMPARISON), { timeout: 10_000 }).toEqual(EXPECTED);
    expect(await popup.locator('.dm-compare-head').textContent()).toBe('Since Series A (10 Jan 2023, $10m at $40m post-money)');
    await popup.screenshot({ path: screenshotPath('compare.png'), fullPage: true });
  });
});

describe('history scenarios in Firefox ESR', () => {
  let ff: FirefoxExtension;
  let server: StaticServer;
  beforeAll(async () => {
    server = await serve(ROUTES);
    ff = await launchFirefoxExtension();
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('two articles of one company: the same comparison', async () => {
    await visitFirefox(ff, server.url('/2023/larchmere-series-a'));
    await visitFirefox(ff, server.url('/2024/larchmere-series-b'));
    const popup = await openFirefoxPopup(ff, server.url('/2024/larchmere-series-b'));
    await expect.poll(() => popup.evaluate(COMPARISON), { timeout: 10_000 }).toEqual(EXPECTED);
    await popup.screenshot({ path: screenshotPath('compare-firefox.png'), fullPage: true });
  });
});
