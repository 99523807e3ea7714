// In-page annotation in real Chromium with the built test extension: funding facts become CSS highlights,
// the page's DOM is untouched apart from <dealmark-ui>, the hover card opens on hover and by command, and
// Escape closes it. One browser for the whole file; pages run in sequence.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, ROOT, serve, tabIdOf, type ExtensionBrowser, type StaticServer } from './harness';
import { screenshotPath } from './screenshots';

const FIX = join(ROOT, 'tests/fixtures/annotate');
const page = (f: string) => readFileSync(join(FIX, f), 'utf8');

/** Installed in the page's main world before any script: records every DOM change after parsing ends. */
const RECORDER = () => {
  const w = window as any;
  w.__dmMutations = [] as string[];
  w.__dmErrors = [] as string[];
  window.addEventListener('error', (e) => w.__dmErrors.push(String(e.message)));
  window.addEventListener('unhandledrejection', (e) => w.__dmErrors.push(String(e.reason)));
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((recs) => {
      for (const r of recs) {
        const what = r.type === 'childList'
          ? `${r.type}:${(r.target as Element).nodeName}:+${[...r.addedNodes].map((n) => n.nodeName).join(',')}:-${[...r.removedNodes].map((n) => n.nodeName).join(',')}`
          : `${r.type}:${(r.target as Element).nodeName}:${r.attributeName ?? ''}`;
        w.__dmMutations.push(what);
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
};

/** Each registered dealmark highlight with its ranges' text, read in the page's main world. */
async function highlights(p: Page): Promise<Record<string, string[]>> {
  return p.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, h] of (CSS as any).highlights as Map<string, Set<Range>>) {
      if (name.startsWith('dealmark-')) out[name] = [...h].map((r) => r.toString());
    }
    return out;
  });
}

/** Ranges of our highlights that sit inside page furniture (should be none). */
async function inFurniture(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const bad: string[] = [];
    for (const [name, h] of (CSS as any).highlights as Map<string, Set<Range>>) {
      for (const r of h) {
        const el = r.startContainer.parentElement;
        if (el?.closest('nav, aside, footer, .comments, .sidebar, .related-stories')) bad.push(`${name}:${r.toString()}`);
      }
    }
    return bad;
  });
}

const cardText = (p: Page) =>
  p.evaluate(() => document.querySelector('dealmark-ui')?.shadowRoot?.querySelector('.dm-card')?.textContent ?? null);

describe('annotation in Chromium', () => {
  let b: ExtensionBrowser;
  let server: StaticServer;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await serve({
      '/lumora-b.html': page('lumora-series-b.html'),
      '/lumora-c.html': page('lumora-series-c.html'),
      '/ambiguous.html': page('ambiguous.html'),
      '/inline.html': page('inline-split.html'),
      '/plain.html': '<!doctype html><html><head><title>Opening hours</title></head><body><p>The library opens at nine.</p></body></html>',
    });
    b = await launchChromium();
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  async function open(path: string): Promise<Page> {
    const p = await b.ctx.newPage();
    p.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
    // (the favicon 404 is the test server's, not ours)
    p.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(`${path}: console: ${m.text()}`));
    await p.addInitScript(RECORDER);
    await p.goto(server.url(path));
    return p;
  }

  async function annotated(path: string): Promise<Page> {
    const p = await open(path);
    await expect.poll(() => p.evaluate(() => (CSS as any).highlights.size), { timeout: 20_000 }).toBeGreaterThan(0);
    return p;
  }

  it('highlights the facts of a funding story by kind, only in the article, without touching the DOM', async () => {
    const prior = await annotated('/lumora-b.html'); // leaves a Series B in the local history
    await prior.close();
    const p = await annotated('/lumora-c.html');
    const h = await highlights(p);
    expect(h['dealmark-amount']).toEqual(expect.arrayContaining(['$90 million']));
    expect(h['dealmark-valuation']).toEqual(expect.arrayContaining(['$1.2 billion']));
    expect(h['dealmark-stage']).toEqual(expect.arrayContaining(['Series C']));
    expect(h['dealmark-lead']).toEqual(expect.arrayContaining(['Harrow Growth']));
    expect(h['dealmark-company']).toEqual(expect.arrayContaining(['Lumora']));
    expect(await inFurniture(p)).toEqual([]);
    // performance marks the bench reads
    const marks = await p.evaluate(() => performance.getEntriesByType('measure').map((m) => m.name));
    for (const m of ['dealmark:gate', 'dealmark:serialize', 'dealmark:background', 'dealmark:anchor', 'dealmark:highlight', 'dealmark:total']) {
      expect(marks).toContain(m);
    }
    // nothing in the DOM changed: no card has been opened yet, so not even our host
    expect(await p.evaluate(() => (window as any).__dmMutations)).toEqual([]);
    expect(await p.evaluate(() => document.querySelector('dealmark-ui'))).toBeNull();
    await p.close();
  });

  it('skips repeated figures in navigation, pull-outs, comments and sidebars, and places split text', async () => {
    const p = await annotated('/ambiguous.html');
    const h = await highlights(p);
    expect(h['dealmark-amount']).toEqual(['$5 million', '$5 million']); // headline + first paragraph
    expect(h['dealmark-lead']).toEqual(['Northgate Ventures', 'Northgate Ventures']);
    expect(h['dealmark-mentioned']).toEqual(expect.arrayContaining(['Quaymate', '$5 million', 'Seabright Fund']));
    expect(await inFurniture(p)).toEqual([]);
    // the first-paragraph amount is the one in "raised $5 million in a seed round", not the rival's
    const where = await p.evaluate(() => [...(CSS as any).highlights.get('dealmark-amount')].map((r: Range) => r.startContainer.parentElement!.closest('p, h1')!.textContent!.slice(0, 20)));
    expect(where).toEqual(['Harbourline raises $', 'Harbourline, a Rotte']);
    await p.close();

    const q = await annotated('/inline.html');
    const hi = await highlights(q);
    expect(hi['dealmark-amount']).toEqual(expect.arrayContaining(['$12.5\u00a0million']));
    expect(hi['dealmark-investor']).toEqual(expect.arrayContaining(['Solstice Growth']));
    expect(await q.evaluate(() => (window as any).__dmMutations)).toEqual([]);
    await q.close();
  });

  it('does nothing on a page that fails the gate', async () => {
    const p = await open('/plain.html');
    await expect.poll(() => p.evaluate(() => performance.getEntriesByName('dealmark:gate').length), { timeout: 10_000 }).toBe(1);
    await p.waitForTimeout(300);
    expect(await p.evaluate(() => performance.getEntriesByName('dealmark:serialize').length)).toBe(0);
    expect(await p.evaluate(() => (CSS as any).highlights.size)).toBe(0);
    await p.close();
  });

  it('opens the card on hover and by the next-fact command; Escape closes it', async () => {
    const p = await annotated('/lumora-c.html');
    // hover the body's amount
    const box = await p.evaluate(() => {
      const ranges = [...(CSS as any).highlights.get('dealmark-amount')] as Range[];
      const r = ranges.find((x) => x.startContainer.parentElement!.tagName === 'P')!.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await p.mouse.move(box.x - 200, box.y + 200);
    await p.mouse.move(box.x, box.y, { steps: 4 });
    await expect.poll(() => cardText(p), { timeout: 5000 }).toContain('USD 90,000,000');
    const text = (await cardText(p))!;
    expect(text).toContain('1.2bn valuation');
    expect(text).toMatch(/Series B \$40m, Jun 2022 → round size ×2\.25 in 9 months/);
    await p.mouse.move(5, 5);
    await expect.poll(() => cardText(p), { timeout: 5000 }).toBeNull();

    // the keyboard command, as the background sends it to the tab
    const tabId = await tabIdOf(b, server.url('/lumora-c.html'));
    await b.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'dealmark:fact-nav', dir: 1 }), tabId);
    await expect.poll(() => cardText(p), { timeout: 5000 }).toContain('Company');
    await b.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'dealmark:fact-nav', dir: 1 }), tabId);
    await expect.poll(() => cardText(p), { timeout: 5000 }).toContain('USD 90,000,000');
    await p.screenshot({ path: screenshotPath('annotated.png') });
    // focus is in our card: Tab moves to the next fact, Escape closes
    expect(await p.evaluate(() => document.activeElement?.nodeName)).toBe('DEALMARK-UI');
    await p.keyboard.press('Tab');
    await expect.poll(() => cardText(p), { timeout: 5000 }).toContain('Series C');
    await p.keyboard.press('Shift+Tab');
    await expect.poll(() => cardText(p), { timeout: 5000 }).toContain('USD 90,000,000');
    await p.keyboard.press('Escape');
    await expect.poll(() => cardText(p), { timeout: 5000 }).toBeNull();
    // the only DOM change on the page: our host, added once
    const muts: string[] = await p.evaluate(() => (window as any).__dmMutations);
    expect(muts).toEqual(['childList:BODY:+DEALMARK-UI:-']);
    await p.close();
  });

  it('raised no page error', () => {
    expect(errors).toEqual([]);
  });
});
