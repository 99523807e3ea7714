// The side-by-side pass: every page loaded in a context with the extension and in one without, in the same
// run, alternating which goes first so neither side always gets the warmer cache. The extension-off visit
// also times the in-page Readability alternative (after its own figures are read).
import type { BrowserContext } from 'playwright-core';
import type { BenchPage } from './pages';
import { timeInPage, type InPageTiming } from './readability-inpage';
import { visit, type VisitResult } from './visit';

export interface PageRun {
  page: BenchPage;
  on: VisitResult;
  off: VisitResult;
  inPage: InPageTiming | null;
  inPageError?: string;
}

export interface OnOffOptions {
  timeoutMs: number;
  settleMs: number;
  onProgress?: (done: number, total: number, run: PageRun) => void;
}

export async function runOnOff(
  on: BrowserContext,
  off: BrowserContext,
  origin: string,
  pages: BenchPage[],
  opts: OnOffOptions,
): Promise<PageRun[]> {
  const runs: PageRun[] = [];
  for (const [i, page] of pages.entries()) {
    const url = origin + page.path;
    let inPage: InPageTiming | null = null;
    let inPageError: string | undefined;
    const visitOff = () =>
      visit(off, url, {
        waitForExtension: false,
        timeoutMs: opts.timeoutMs,
        settleMs: opts.settleMs,
        after: async (p) => {
          try {
            inPage = await timeInPage(p);
          } catch (err) {
            inPageError = err instanceof Error ? err.message.split('\n')[0] : String(err);
          }
        },
      });
    const visitOn = () => visit(on, url, { waitForExtension: true, timeoutMs: opts.timeoutMs, settleMs: opts.settleMs });
    let onR: VisitResult;
    let offR: VisitResult;
    if (i % 2 === 0) {
      offR = await visitOff();
      onR = await visitOn();
    } else {
      onR = await visitOn();
      offR = await visitOff();
    }
    const run: PageRun = { page, on: onR, off: offR, inPage, ...(inPageError ? { inPageError } : {}) };
    runs.push(run);
    opts.onProgress?.(i + 1, pages.length, run);
  }
  return runs;
}
