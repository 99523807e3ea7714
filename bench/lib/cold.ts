// Time to highlight when the extension's service worker has to start first — the common case for a
// reader: Chrome stops an idle worker after 30 s, so the first page after a pause wakes it, and the
// extractor's first run in a fresh worker pays for compiling its patterns. Each page is visited once with
// the worker stopped just before (CDP ServiceWorker.stopAllWorkers), then once warm, one after the other.
import { highlightMs, highlightPhases } from './metrics';
import type { BenchPage } from './pages';
import { probedBrowser } from './probed-browser';
import { summarize } from './stats';

export interface ColdVisit { page: string; cold_ms: number | null; warm_ms: number | null; cold_extract_ms: number | null; phases: Record<string, number> | null }

export interface ColdBench {
  /** Each page held back this long by a script of its own before it is idle (0: served as it is). */
  slow_script_ms: number;
  cold: ReturnType<typeof summarize>;
  warm: ReturnType<typeof summarize>;
  cold_extract_ms: ReturnType<typeof summarize>;
  visits: ColdVisit[];
}

/**
 * A news page is seldom idle as soon as it arrives: its scripts hold it back, and the worker wakes when the
 * page commits — the head start the background's warm-up gets. `slowScriptMs` gives 127.0.0.1 pages one.
 */
export async function benchCold(pages: BenchPage[], opts: { build: boolean; slowScriptMs: number }): Promise<ColdBench> {
  const browser = await probedBrowser(pages, opts.build, opts.slowScriptMs);
  const visits: ColdVisit[] = [];
  try {
    const cdp = await browser.ctx.newCDPSession(browser.tab);
    await cdp.send('ServiceWorker.enable');
    for (const p of pages) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      const c = await browser.open(p);
      const w = await browser.open(p);
      const bg = c.measures.find((m) => m.name === 'dealmark:background')?.detail as Record<string, number> | undefined;
      visits.push({ page: `${p.set}/${p.name}`, cold_ms: highlightMs(c), warm_ms: highlightMs(w), cold_extract_ms: bg?.extract_ms ?? null, phases: highlightPhases(c) });
    }
  } finally {
    await browser.close();
  }
  const present = (xs: (number | null)[]): number[] => xs.filter((x): x is number => x !== null);
  return {
    slow_script_ms: opts.slowScriptMs,
    cold: summarize(present(visits.map((v) => v.cold_ms))),
    warm: summarize(present(visits.map((v) => v.warm_ms))),
    cold_extract_ms: summarize(present(visits.map((v) => v.cold_extract_ms))),
    visits,
  };
}
