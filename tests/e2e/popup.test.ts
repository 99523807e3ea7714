// The popup in the built extension: after reading two articles about the same company (a Series A, then a
// Series B a year later), the popup for the second shows both rounds, the step-up and the chart; a correction
// made in the popup survives reloading the article. Also takes the popup screenshot for the README (see screenshots.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, ROOT, serve, tabIdOf, type ExtensionBrowser, type StaticServer } from './harness';
import { screenshotPath } from './screenshots';
import { visit } from './visit';

const FIXTURES = join(ROOT, 'tests/fixtures/popup');

describe('the popup in Chromium', () => {
  let b: ExtensionBrowser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await serve({
      '/2023/saltmarsh-series-a': readFileSync(join(FIXTURES, 'series-a.html'), 'utf8'),
      '/2024/saltmarsh-series-b': readFileSync(join(FIXTURES, 'series-b.html'), 'utf8'),
    });
    b = await launchChromium();
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it('shows both rounds, the step-up and the chart; a correction survives reloading the article', async () => {
    await visit(b, server.url('/2023/saltmarsh-series-a'));
    const article = await visit(b, server.url('/2024/saltmarsh-series-b'));
    const tabId = await tabIdOf(b, server.url('/2024/saltmarsh-series-b'));

    const popup = await b.ctx.newPage();
    await popup.setViewportSize({ width: 420, height: 560 });
    const popupUrl = `chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`;
    await popup.goto(popupUrl);
    const card = popup.locator('article.dm-round', { hasText: 'Series B' });
    await card.waitFor();
    const firstPaint = await popup.evaluate(() => performance.getEntriesByName('dealmark:popup-ready')[0]?.startTime);
    console.log(`popup: this page's rounds on screen ${firstPaint?.toFixed(0)} ms after navigation`);

    expect(await card.textContent()).toContain('Saltmarsh Robotics');
    expect(await card.locator('.dm-amount').first().textContent()).toBe('$40m');
    expect(await card.textContent()).toContain('Northfield Partners');
    // Series A $12m → Series B $40m: ×3.33, 13 months apart, Harbor Light came back.
    const compare = card.locator('.dm-compare');
    expect(await compare.textContent()).toContain('Since Series A');
    expect(await compare.textContent()).toContain('×3.33');
    expect(await compare.textContent()).toContain('13 months');
    expect(await compare.textContent()).toContain('Harbor Light Ventures');
    const earlier = popup.getByRole('list', { name: 'Other rounds of Saltmarsh Robotics' });
    expect(await earlier.textContent()).toContain('Series A');
    expect(await earlier.textContent()).toContain('$12m');
    const chart = popup.locator('svg[role=img]');
    expect(await chart.locator('circle').count()).toBe(2);
    expect(await chart.locator('desc').textContent()).toContain('Series A, 12 Apr 2023: $12m');

    await popup.screenshot({ path: screenshotPath('popup.png'), fullPage: true });
    // The browser's dark mode is followed (prefers-color-scheme).
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(22, 25, 29)');
    await popup.screenshot({ path: screenshotPath('popup-dark.png'), fullPage: true });
    await popup.emulateMedia({ colorScheme: 'light' });

    // Correct the amount with the keyboard-reachable form.
    await card.getByRole('button', { name: 'Correct' }).click();
    const form = popup.getByRole('form', { name: /Correct Saltmarsh Robotics/ });
    await form.getByLabel('Amount raised amount').fill('45m');
    await form.getByRole('button', { name: 'Save correction' }).click();
    await expect.poll(() => card.locator('.dm-amount').first().textContent()).toBe('$45m');

    // The article is read and saved again; the user's correction still wins.
    await visit(b, server.url('/2024/saltmarsh-series-b'), article);
    await popup.goto(popupUrl);
    await card.waitFor();
    expect(await card.locator('.dm-amount').first().textContent()).toBe('$45m');
    expect(await card.textContent()).toContain('corrected');
    expect(await card.locator('.dm-compare').textContent()).toContain('×3.75');
    expect(await popup.locator('article.dm-round').count()).toBe(1);
  });
});
