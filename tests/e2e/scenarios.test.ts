// The history scenarios of issue 12, as a user sees them in the popup, in Chromium and in Firefox ESR: the
// comparison across two articles about one company; a company rename that merges into the round already known,
// made on a page whose address has tracking parameters and whose canonical link is another URL, and that
// sticks when the page is read again; an investor the extractor missed, added from a selection on the page,
// that survives a reload and is highlighted there. Each leaves a popup screenshot (see screenshots.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, ROOT, serve, tabIdOf, type ExtensionBrowser, type StaticServer } from './harness';
import { chooseOption, clickByText, focusField, launchFirefoxExtension, openFirefoxPopup, visitFirefox, type FirefoxExtension } from './firefox-ext';
import { screenshotPath } from './screenshots';
import { visit } from './visit';

const FIX = join(ROOT, 'tests/fixtures/compare');
const ROUTES = {
  '/2023/larchmere-series-a': readFileSync(join(FIX, 'series-a.html'), 'utf8'),
  '/2024/larchmere-series-b': readFileSync(join(FIX, 'series-b.html'), 'utf8'),
  // Its canonical link names another site (the wire's own), as syndicated copies do.
  '/wire/larchmere': readFileSync(join(FIX, 'wire-series-b.html'), 'utf8'),
};
const TRACKED = '/wire/larchmere?utm_source=newsletter&utm_medium=email&fbclid=IwAR0abc';
// The extractor reads the seed round but misses "Halden Family Office" ("wrote a cheque as well").
const SEED = '/2024/thistledown-seed';
Object.assign(ROUTES, { [SEED]: readFileSync(join(FIX, 'seed-missed-investor.html'), 'utf8') });
const MISSED = 'Halden Family Office';

/** Selects `text` in the page's article, as a user dragging over it would. */
const SELECT = (text: string) => {
  const walker = document.createTreeWalker(document.querySelector('article')!, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = n.textContent!.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(n, at);
    range.setEnd(n, at + text.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return true;
  }
  return false;
};

/** The texts the page highlights as investors. */
const INVESTOR_HIGHLIGHTS = () => [...(((CSS as any).highlights.get('dealmark-investor') as Set<Range> | undefined) ?? [])].map((r) => r.toString());

/** The comparison block of the Series B card as label → value, read in the popup page. */
const COMPARISON = () => {
  const card = [...document.querySelectorAll('article.dm-round')].find((a) => a.textContent?.includes('Series B'));
  const pairs = [...(card?.querySelectorAll('.dm-compare dt') ?? [])].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]);
  return pairs.length ? Object.fromEntries(pairs) as Record<string, string> : null;
};

/** The hover card's text (its shadow root is open in the test build). */
const CARD = () => document.querySelector('dealmark-ui')?.shadowRoot?.querySelector('.dm-card')?.textContent ?? null;

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

  it('renaming a round into a known company on a tracked page merges it, and it sticks after a reload', async () => {
    const wire = await visit(b, server.url(TRACKED));
    const popup = await b.ctx.newPage();
    await popup.setViewportSize({ width: 420, height: 640 });
    const popupUrl = `chrome-extension://${b.extensionId}/popup.html?tab=${await tabIdOf(b, server.url(TRACKED))}`;
    await popup.goto(popupUrl);
    const card = popup.locator('article.dm-round', { hasText: 'Series B' });
    await card.waitFor();
    expect(await card.locator('.dm-company').textContent()).toBe('Larchmere');
    // The extractor read "Larchmere"; the user says it is Larchmere Labs, whose Series B is already known.
    await card.getByRole('button', { name: 'Correct' }).click();
    const form = popup.getByRole('form', { name: /Correct Larchmere's round/ });
    await form.getByLabel('Company').fill('Larchmere Labs');
    await form.getByRole('button', { name: 'Save correction' }).click();
    await expect.poll(() => card.locator('.dm-company').textContent()).toBe('Larchmere Labs');
    expect(await popup.locator('article.dm-round').count()).toBe(1);
    expect(await card.getByRole('button', { name: /^Sources/ }).textContent()).toBe('Sources (2)');
    expect(await card.textContent()).toContain('reported by 2 articles');
    expect(await popup.evaluate(COMPARISON)).toMatchObject({ 'Step-up': '×3.75', 'Round size': '×3' });
    // "Larchmere" has no round left: search no longer offers it.
    await popup.getByRole('searchbox').fill('larchmere');
    const companies = popup.getByRole('region', { name: 'Companies' });
    await expect.poll(() => companies.locator('.dm-hit-name').allTextContents(), { timeout: 5_000 }).toEqual(['Larchmere Labs']);
    await popup.getByRole('searchbox').fill('');
    await popup.screenshot({ path: screenshotPath('rename-merge.png'), fullPage: true });

    // The page is read again (same tracking parameters): the popup still finds the corrected round…
    await visit(b, server.url(TRACKED), wire);
    await popup.goto(popupUrl);
    await card.waitFor();
    expect(await card.locator('.dm-company').textContent()).toBe('Larchmere Labs');
    expect(await card.textContent()).toContain('corrected');
    expect(await popup.getByText('could not save').count()).toBe(0);
    await popup.screenshot({ path: screenshotPath('tracked-correction.png'), fullPage: true });
    // …and the hover card on the page reads the corrected round.
    const at = await wire.evaluate(() => {
      const r = [...((CSS as any).highlights.get('dealmark-company') as Set<Range>)].find((x) => x.startContainer.parentElement!.tagName === 'P')!.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await wire.mouse.move(at.x - 100, at.y + 100);
    await wire.mouse.move(at.x, at.y, { steps: 4 });
    await expect.poll(() => wire.evaluate(CARD), { timeout: 5_000 }).toContain('Larchmere Labs');
  });

  it('an investor added from a selection survives a reload and is highlighted on the page', async () => {
    const article = await visit(b, server.url(SEED));
    expect(await article.evaluate(SELECT, MISSED)).toBe(true);
    const popup = await b.ctx.newPage();
    await popup.setViewportSize({ width: 420, height: 640 });
    const popupUrl = `chrome-extension://${b.extensionId}/popup.html?tab=${await tabIdOf(b, server.url(SEED))}`;
    await popup.goto(popupUrl);
    const card = popup.locator('article.dm-round', { hasText: 'Seed' });
    await card.waitFor();
    expect(await card.textContent()).not.toContain(MISSED);
    await popup.getByRole('button', { name: 'Add the text selected on the page…' }).click();
    const form = popup.getByRole('form', { name: 'Add the selected text' });
    expect(await form.textContent()).toContain(`“${MISSED}”`);
    await form.getByLabel(/Add as/).selectOption('investor');
    await form.getByRole('button', { name: 'Add' }).click();
    await expect.poll(() => card.textContent(), { timeout: 5_000 }).toContain(MISSED);
    await popup.screenshot({ path: screenshotPath('add-from-page.png'), fullPage: true });

    await visit(b, server.url(SEED), article);
    await expect.poll(() => article.evaluate(INVESTOR_HIGHLIGHTS), { timeout: 10_000 }).toContain(MISSED);
    await popup.goto(popupUrl);
    await card.waitFor();
    expect(await card.textContent()).toContain(MISSED);
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

  it('renaming a round into a known company on a tracked page merges it, and it sticks after a reload', async () => {
    const wire = await visitFirefox(ff, server.url(TRACKED));
    let popup = await openFirefoxPopup(ff, server.url(TRACKED));
    const cardText = () => popup.evaluate(() => document.querySelector('article.dm-round')?.textContent ?? null);
    await expect.poll(cardText, { timeout: 10_000 }).toContain('Larchmere');
    await clickByText(popup, 'article.dm-round button', 'Correct');
    await focusField(popup, 'form.dm-editor input[name=company]');
    await popup.keyboard.type('Larchmere Labs');
    await clickByText(popup, 'form.dm-editor button', 'Save correction');
    await expect.poll(() => popup.evaluate(() => document.querySelector('article.dm-round .dm-company')?.textContent), { timeout: 10_000 }).toBe('Larchmere Labs');
    expect(await popup.evaluate(() => document.querySelectorAll('article.dm-round').length)).toBe(1);
    expect(await cardText()).toContain('Sources (2)');
    expect(await popup.evaluate(COMPARISON)).toMatchObject({ 'Step-up': '×3.75', 'Round size': '×3' });
    await popup.screenshot({ path: screenshotPath('rename-merge-firefox.png'), fullPage: true });
    await popup.close();

    await visitFirefox(ff, server.url(TRACKED), wire);
    popup = await openFirefoxPopup(ff, server.url(TRACKED));
    await expect.poll(cardText, { timeout: 10_000 }).toContain('Larchmere Labs');
    expect(await cardText()).toContain('corrected');
    expect(await popup.evaluate(() => document.body.textContent?.includes('could not save'))).toBe(false);
    await popup.screenshot({ path: screenshotPath('tracked-correction-firefox.png'), fullPage: true });
    await wire.bringToFront();
    const at = await wire.evaluate(() => {
      const r = [...((CSS as any).highlights.get('dealmark-company') as Set<Range>)].find((x) => x.startContainer.parentElement!.tagName === 'P')!.getClientRects()[0]!;
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await wire.mouse.move(at.x + 40, at.y + 60);
    await wire.mouse.move(at.x, at.y, { steps: 4 });
    await expect.poll(() => wire.evaluate(CARD), { timeout: 10_000 }).toContain('Larchmere Labs');
  });

  it('an investor added from a selection survives a reload and is highlighted on the page', async () => {
    const article = await visitFirefox(ff, server.url(SEED));
    expect(await article.evaluate(SELECT, MISSED)).toBe(true);
    let popup = await openFirefoxPopup(ff, server.url(SEED));
    const cardText = () => popup.evaluate(() => document.querySelector('article.dm-round')?.textContent ?? null);
    await expect.poll(cardText, { timeout: 10_000 }).toContain('Seed');
    await clickByText(popup, 'button', 'Add the text selected on the page…');
    await chooseOption(popup, 'form[aria-label="Add the selected text"] select', 'investor');
    await clickByText(popup, 'form[aria-label="Add the selected text"] button[type=submit]');
    await expect.poll(cardText, { timeout: 10_000 }).toContain(MISSED);
    await popup.screenshot({ path: screenshotPath('add-from-page-firefox.png'), fullPage: true });
    await popup.close();

    await visitFirefox(ff, server.url(SEED), article);
    await expect.poll(() => article.evaluate(INVESTOR_HIGHLIGHTS), { timeout: 10_000 }).toContain(MISSED);
    popup = await openFirefoxPopup(ff, server.url(SEED));
    await expect.poll(cardText, { timeout: 10_000 }).toContain(MISSED);
  });
});
