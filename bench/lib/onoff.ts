// The side-by-side pass: every page is visited `visits` times in a context with the extension and as many
// times in one without, in the same run. Visits are grouped in rounds (round k visits every page once per
// side, alternating which side goes first), so a page's visits are spread over the run and a noisy minute
// touches one visit of many pages rather than all visits of one. The first extension-off visit also times the
// in-page Readability alternative; every extension-off visit times the floor any content script pays
// (`document.body.innerText.length`, read once).
import type { BrowserContext, Page } from 'playwright-core';
import type { BenchPage } from './pages';
import { timeInPage, type InPageTiming } from './readability-inpage';
import { visit, type VisitResult } from './visit';

export interface PageRun {
  page: BenchPage;
  /** First visit each side (what the single-visit figures always reported). */
  on: VisitResult;
  off: VisitResult;
  /** Every visit, in round order. */
  ons: VisitResult[];
  offs: VisitResult[];
  /** innerText read once on each extension-off visit, ms (null where it could not be read). */
  innerTextMs: (number | null)[];
  inPage: InPageTiming | null;
  inPageError?: string;
}

export interface OnOffOptions {
  timeoutMs: number;
  settleMs: number;
  visits?: number;
  onProgress?: (done: number, total: number) => void;
}

async function innerTextOnce(p: Page): Promise<number | null> {
  return p.evaluate(() => {
    const t0 = performance.now();
    const n = document.body ? document.body.innerText.length : 0;
    return n >= 0 ? performance.now() - t0 : null;
  });
}

export async function runOnOff(
  on: BrowserContext,
  off: BrowserContext,
  origin: string,
  pages: BenchPage[],
  opts: OnOffOptions,
): Promise<PageRun[]> {
  const visits = opts.visits ?? 1;
  const runs: PageRun[] = pages.map((page) => ({ page, on: null as never, off: null as never, ons: [], offs: [], innerTextMs: [], inPage: null }));
  const total = visits * pages.length;
  let done = 0;
  // How long after its load event the extension was busy on each page (its latest visit with the extension):
  // the visit without it keeps watching the page that long, so both sides observe the same stretch of time.
  const busyAfterLoad = new Map<string, number>();
  const lags: number[] = [];
  const holdFor = (path: string): number => {
    const known = busyAfterLoad.get(path);
    if (known !== undefined) return known;
    // not visited with the extension yet (the side order alternates): the longest lag seen so far, so an
    // early off visit never observes less than its on visit will
    return lags.length ? Math.max(...lags) : 300;
  };
  // One tab per side, navigated from page to page; replaced after a visit that failed.
  const tabs: { on: Page | null; off: Page | null } = { on: null, off: null };
  const tabFor = async (side: 'on' | 'off'): Promise<Page> => (tabs[side] ??= await (side === 'on' ? on : off).newPage());
  const settle = async (side: 'on' | 'off', r: VisitResult): Promise<VisitResult> => {
    if (r.error || r.timedOut) {
      await tabs[side]?.close().catch(() => undefined);
      tabs[side] = null;
    }
    return r;
  };
  for (let k = 0; k < visits; k++) {
    for (const [i, run] of runs.entries()) {
      const url = origin + run.page.path;
      const visitOff = async () => {
        let text: number | null = null;
        const r = await visit(off, url, {
          tab: await tabFor('off'),
          waitForExtension: false,
          timeoutMs: opts.timeoutMs,
          settleMs: opts.settleMs,
          holdAfterLoadMs: holdFor(run.page.path),
          after: async (p) => {
            text = await innerTextOnce(p).catch(() => null);
            if (k > 0) return;
            try {
              run.inPage = await timeInPage(p);
            } catch (err) {
              run.inPageError = err instanceof Error ? err.message.split('\n')[0] : String(err);
            }
          },
        });
        run.offs.push(await settle('off', r));
        run.innerTextMs.push(text);
      };
      const visitOn = async () => {
        const r = await visit(on, url, { tab: await tabFor('on'), waitForExtension: true, timeoutMs: opts.timeoutMs, settleMs: opts.settleMs });
        if (r.done_ms !== null && r.load_ms !== null) {
          const lag = Math.max(0, r.done_ms - r.load_ms);
          busyAfterLoad.set(run.page.path, lag);
          lags.push(lag);
        }
        run.ons.push(await settle('on', r));
      };
      if ((i + k) % 2 === 0) {
        await visitOff();
        await visitOn();
      } else {
        await visitOn();
        await visitOff();
      }
      done++;
      opts.onProgress?.(done, total);
    }
  }
  await tabs.on?.close().catch(() => undefined);
  await tabs.off?.close().catch(() => undefined);
  for (const r of runs) {
    r.on = r.ons[0]!;
    r.off = r.offs[0]!;
  }
  return runs;
}
