// Firefox ESR with the built extension at a known moz-extension:// address, so tests can open its popup page
// (Firefox gives each add-on a random UUID per profile; the `extensions.webextensions.uuids` pref fixes it).
import type { Browser, Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { FIREFOX, FIREFOX_DIR } from './harness';

const ADDON_ID = 'dealmark@dealmark.app';
const UUID = '5c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f';

export interface FirefoxExtension {
  browser: Browser;
  /** "moz-extension://…" without a trailing slash. */
  base: string;
  close(): Promise<void>;
}

export async function launchFirefoxExtension(): Promise<FirefoxExtension> {
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Firefox refuses WebDriver navigation to moz-extension:// pages without it.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }) },
  });
  await browser.installExtension(FIREFOX_DIR);
  return { browser, base: `moz-extension://${UUID}`, close: () => browser.close().catch(() => undefined) };
}

/** Opens `url` in a new tab (or reloads `page`) and resolves once the test build analyzed and saved it. */
export async function visitFirefox(ff: FirefoxExtension, url: string, page?: Page): Promise<Page> {
  const tab = page ?? (await ff.browser.newPage());
  await tab.evaluateOnNewDocument(() => {
    (window as any).__dealmark = new Promise((ok) =>
      window.addEventListener('message', (e) => e.data?.source === 'dealmark' && ok(e.data.reply)),
    );
  });
  if (page) await tab.reload();
  else await tab.goto(url);
  await tab.waitForFunction(() => (window as any).__dealmark, { timeout: 30_000 });
  const reply = JSON.parse(await tab.evaluate(() => (window as any).__dealmark));
  expect(reply?.ok, JSON.stringify(reply)).toBe(true);
  return tab;
}

/** The popup for the tab showing `url`, opened as a page (its tab id asked from an extension page). */
export async function openFirefoxPopup(ff: FirefoxExtension, url: string): Promise<Page> {
  const popup = await ff.browser.newPage();
  // (the popup's size only; Firefox ESR 140's WebDriver BiDi lacks the screen-orientation command puppeteer sends with it)
  await popup.setViewport({ width: 420, height: 640 }).catch(() => undefined);
  await gotoExtensionPage(popup, `${ff.base}/options.html`);
  const tabId = await popup.evaluate(async (u) => {
    const tabs = await (globalThis as any).browser.tabs.query({});
    return (tabs as { id: number; url: string }[]).find((t) => t.url === u)?.id ?? null;
  }, url);
  expect(tabId, `a tab for ${url}`).not.toBeNull();
  await gotoExtensionPage(popup, `${ff.base}/popup.html?tab=${tabId}`);
  return popup;
}

/** BiDi never reports a moz-extension:// page as loaded: navigate without waiting, then wait for the page. */
async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  await Promise.race([page.goto(url, { waitUntil: 'domcontentloaded' }).catch(() => undefined), new Promise((ok) => setTimeout(ok, 3_000))]);
  // (polled by evaluate: waitForFunction builds its poller with Function(), which an extension page's CSP
  // blocks in Firefox ESR 140)
  const deadline = Date.now() + 15_000;
  for (;;) {
    const ready = await page.evaluate((u) => location.href === u && document.readyState !== 'loading', url).catch(() => false);
    if (ready) return;
    if (Date.now() > deadline) throw new Error(`${url} did not load in 15 s`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

// Puppeteer's locators, p-text queries and waitForSelector build their code with Function(), which an
// extension page's CSP blocks in Firefox ESR 140: on the popup these helpers act through evaluate instead.

/** Waits for an element matching `selector` whose text includes `text`, then clicks it. */
export async function clickByText(page: Page, selector: string, text = ''): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const done = await page.evaluate((sel, t) => {
      const el = [...document.querySelectorAll<HTMLElement>(sel)].find((e) => (e.textContent ?? '').includes(t));
      el?.click();
      return !!el;
    }, selector, text).catch(() => false);
    if (done) return;
    if (Date.now() > deadline) throw new Error(`no ${selector} with "${text}" to click`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/** Waits for `selector`, focuses it and selects its text (so typing replaces it). */
export async function focusField(page: Page, selector: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await page.evaluate((sel) => { const el = document.querySelector<HTMLInputElement>(sel); el?.focus(); el?.select?.(); return !!el; }, selector).catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`no ${selector}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/** Chooses `value` in the select at `selector`, as a user's choice would (a change event). */
export async function chooseOption(page: Page, selector: string, value: string): Promise<void> {
  await focusField(page, selector);
  await page.evaluate((sel, v) => {
    const el = document.querySelector<HTMLSelectElement>(sel)!;
    el.value = v;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }, selector, value);
}
