// Hostile pages (tests/robust/pages/hostile.ts): huge, deep, poisoned built-ins, strict CSP, iframes, shadow
// DOM, a contenteditable editor, RTL text, investor names that look like HTML or spreadsheet formulas.
// On each: the page keeps working (its own click handler still counts), nothing executes (no dialog), the
// extension raises no error, changes no DOM outside its host, and finishes or gives up within its budget.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, tabIdOf, type ExtensionBrowser, type StaticServer } from '../e2e/harness';
import { csvText, installProbe } from '../../bench/lib/db';
import type { ProbeState } from '../../bench/lib/page-probe';
import { hostilePages, HOSTILE_INVESTORS, type HostilePage } from './pages/hostile';
import { fromExtension, lastReply, probedChromium, visitOn, type Claimed } from './support';

const pages = hostilePages();

interface Outcome {
  v: Claimed;
  clicks: number | null;
  frames: { url: string; mutations: number; ready: boolean }[];
  typed: { inputs: number; hasText: boolean } | null;
  longestTask: number;
}

describe('hostile pages', () => {
  let b: ExtensionBrowser;
  let server: StaticServer;
  const outcomes = new Map<string, Outcome>();

  beforeAll(async () => {
    const routes: Parameters<typeof serve>[0] = {};
    for (const p of pages) {
      routes[`/hostile/${p.name}.html`] = { body: p.html, headers: p.headers ?? {} };
      for (const [path, body] of Object.entries(p.extraRoutes ?? {})) routes[path] = body;
    }
    server = await serve(routes);
    b = await probedChromium();
  }, 120_000);

  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  async function run(p: HostilePage): Promise<Outcome> {
    const out: Outcome = { v: undefined as unknown as Claimed, clicks: null, frames: [], typed: null, longestTask: 0 };
    out.v = await visitOn(b, server.url(`/hostile/${p.name}.html`), {
      timeoutMs: p.budgetMs,
      after: async (page) => {
        for (const f of page.frames()) {
          if (f === page.mainFrame()) continue;
          out.frames.push(
            await f.evaluate(() => {
              const probe = (window as unknown as { __dmProbe?: ProbeState }).__dmProbe;
              return { url: location.href, mutations: probe?.mutationCount ?? -1, ready: (window as unknown as { __pageReady?: boolean }).__pageReady === true };
            }),
          );
        }
        if (!p.noScripts) {
          await page.click('#dm-page-button', { timeout: 5_000 });
          out.clicks = await page.evaluate(() => (window as unknown as { __pageClicks?: number }).__pageClicks ?? null);
        }
        if (p.name === 'contenteditable') {
          await page.click('#editor p', { timeout: 5_000 });
          await page.keyboard.type(' typed by the reader');
          out.typed = await page.evaluate(() => ({
            inputs: (window as unknown as { __inputs: number }).__inputs,
            hasText: document.getElementById('editor')!.textContent!.includes('typed by the reader'),
          }));
        }
      },
    });
    out.longestTask = Math.max(0, ...out.v.longtasks.map((t) => t.duration));
    outcomes.set(p.name, out);
    return out;
  }

  it.each(pages.map((p) => [p.name, p] as const))('%s: the page keeps working and the extension is a good guest', async (_name, p) => {
    const o = await run(p);
    const status = lastReply(o.v);
    console.log(
      `robust/${p.name}: reply ${status ? (status.ok ? status.value?.status : `error "${status.error}"`) : 'none'}, done ${o.v.done_ms === null || o.v.load_ms === null ? 'n/a' : Math.round(o.v.done_ms - o.v.load_ms) + ' ms after load'}, ` +
        `long tasks ${o.v.longtasks.length} (longest ${Math.round(o.longestTask)} ms; ${o.v.longtasks.filter((t) => o.v.load_ms !== null && t.start >= o.v.load_ms).length} after load), badge "${o.v.badge}", host ${o.v.hostSeen ? 'added' : 'not added'}`,
    );
    expect(o.v.error, 'page loads').toBeUndefined();
    expect(o.v.pageErrors.filter((e) => e.startsWith('dialog:')), 'nothing executes (no dialog)').toEqual([]);
    expect(fromExtension([...o.v.pageErrors, ...o.v.consoleErrors, ...o.v.probeErrors], b.extensionId), 'no error from the extension').toEqual([]);
    expect(o.v.mutations, 'no DOM change outside <dealmark-ui>').toEqual([]);
    expect(o.v.timedOut, `finishes or gives up within ${p.budgetMs} ms`).toBe(false);
    if (!p.noScripts) expect(o.clicks, "the page's own click handler still runs").toBe(1);
    for (const f of o.frames) expect(f.mutations, `no DOM change in frame ${f.url}`).toBeLessThanOrEqual(0);
    if (o.typed) expect(o.typed, 'the editor still takes typing').toEqual({ inputs: expect.any(Number), hasText: true });
    if (o.typed) expect(o.typed.inputs).toBeGreaterThan(0);
  });

  it('shows HTML-looking investor names as text in the popup and guards formula-looking ones in the CSV export', async () => {
    const url = server.url('/hostile/html-and-formula-investors.html');
    const tab = await b.ctx.newPage();
    const dialogs: string[] = [];
    tab.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await tab.goto(url);
    await expect.poll(() => tab.evaluate(() => ((window as unknown as { __dmProbe?: ProbeState }).__dmProbe?.replies.length ?? 0) > 0), { timeout: 10_000 }).toBe(true);
    const tabId = await tabIdOf(b, url);
    const popup = await b.ctx.newPage();
    popup.on('dialog', (d) => {
      dialogs.push(`popup: ${d.message()}`);
      void d.dismiss();
    });
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForTimeout(1_500);
    const seen = await popup.evaluate(() => ({
      injected: document.querySelectorAll('img[src="x"], [onerror]').length,
      text: document.body.innerText,
    }));
    console.log(`robust/popup for the hostile-names page shows: ${JSON.stringify(seen.text.slice(0, 400))}`);
    expect(seen.injected, 'no element made from page text').toBe(0);
    expect(dialogs).toEqual([]);
    await installProbe(b.worker);
    const csv = await csvText(b.worker);
    const lines = csv.split('\r\n');
    const cells = lines.flatMap((l) => l.split(','));
    console.log(`robust/rounds.csv holds ${lines.length - 2} rows; hostile names present: ${HOSTILE_INVESTORS.map((n) => csv.includes(n.slice(0, 8))).join(', ')}`);
    expect(cells.filter((c) => /^"?[=+@\t\r]/.test(c) || /^"?-[^\d]/.test(c)), 'no cell starts like a formula').toEqual([]);
    await popup.close();
    await tab.close();
  });
});
