// One page visit: open a fresh tab, load the page, wait until the extension is done with it (its reply is
// posted, or `dealmark:total` is measured) or a timeout, and read what the page saw.
import type { BrowserContext, Page } from 'playwright-core';
import type { ProbeState } from './page-probe';

export interface MeasureEntry {
  name: string;
  start: number;
  duration: number;
  detail: unknown;
}

export interface VisitResult {
  url: string;
  error?: string;
  /** loadEventStart − navigation start, ms. */
  load_ms: number | null;
  dcl_ms: number | null;
  elements: number;
  longtasks: { start: number; duration: number }[];
  measures: MeasureEntry[];
  replies: string[];
  saved: string[];
  mutationCount: number;
  mutations: string[];
  hostSeen: boolean;
  /** Extension done (reply or dealmark:total) at this time after navigation start; null: not seen. */
  done_ms: number | null;
  /** When the visit read the page's long tasks, ms after navigation start: the end of what it observed. */
  observed_ms: number | null;
  timedOut: boolean;
  pageErrors: string[];
  consoleErrors: string[];
  /** Seen by the page itself: window error events and CSP violations (with the blocked source). */
  probeErrors: string[];
}

/**
 * Chromium flags that make only 127.0.0.1 reachable: every other host fails to resolve, at once and the same
 * way with the extension on and off. Cheaper than `confineToLocal`, which sends every request of a page
 * through the driver (a real page makes dozens) and was the larger part of a bench visit.
 */
export const LOCAL_ONLY_ARGS = ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'];

/** Only 127.0.0.1 is reachable: real pages reference CDNs, which must fail fast and the same way on and off. */
export async function confineToLocal(ctx: BrowserContext): Promise<void> {
  await ctx.route(/^https?:\/\//, (route) => {
    const u = route.request().url();
    if (u.startsWith('http://127.0.0.1') || u.startsWith('http://localhost')) return route.continue();
    return route.abort('blockedbyclient');
  });
}

/**
 * Errors whose text or origin points at our extension (its id in a URL or stack, or our name). Saved pages
 * also reference chrome-extension://invalid/ URLs of their authors' extensions: those are the page's.
 */
export const fromExtension = (errors: string[], extensionId: string): string[] =>
  errors.filter((e) => (extensionId && e.includes(extensionId)) || /dealmark/i.test(e));

export interface VisitOptions {
  /** Wait for the extension's reply / dealmark:total (extension on). */
  waitForExtension: boolean;
  timeoutMs: number;
  /** Extra quiet time after done (or after load when not waiting), to catch late long tasks. */
  settleMs: number;
  /**
   * Without the extension: keep watching this long after the load event before the settle time, so the
   * visit observes the page as long as a visit with the extension does (which waits for the extension to
   * finish); otherwise late tasks of the page's own would be seen only with the extension on.
   */
  holdAfterLoadMs?: number;
  /** Runs in the loaded page before the tab is closed (e.g. the in-page Readability timing). */
  after?: (page: Page) => Promise<void>;
  /**
   * A tab to navigate instead of opening (and closing) one per visit: opening tabs was a fifth of a visit.
   * The caller owns it; after a visit that failed it should open a fresh one.
   */
  tab?: Page;
}

export async function visit(ctx: BrowserContext, url: string, opts: VisitOptions): Promise<VisitResult> {
  const page = opts.tab ?? (await ctx.newPage());
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  // Where an error came from is kept with it: a content script's errors carry chrome-extension:// URLs.
  const onError = (e: Error) => pageErrors.push(`${e.message} @ ${(e.stack ?? '').split('\n').slice(1, 3).join(' ').trim()}`);
  const onConsole = (m: import('playwright-core').ConsoleMessage) => {
    if (m.type() === 'error') consoleErrors.push(`${m.text()} @ ${m.location().url}`);
  };
  const onDialog = (d: import('playwright-core').Dialog) => {
    pageErrors.push(`dialog: ${d.type()} ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  };
  page.on('pageerror', onError);
  page.on('console', onConsole);
  page.on('dialog', onDialog);
  const result: VisitResult = {
    url, load_ms: null, dcl_ms: null, elements: 0, longtasks: [], measures: [], replies: [], saved: [], mutationCount: 0, mutations: [],
    hostSeen: false, done_ms: null, observed_ms: null, timedOut: false, pageErrors, consoleErrors, probeErrors: [],
  };
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    const t0 = Date.now();
    if (opts.waitForExtension) {
      for (;;) {
        // Done: dealmark:total; or the gate said no (nothing else follows); or a reply with no round to anchor.
        const done = await page.evaluate(() => {
          const probe = (window as unknown as { __dmProbe?: ProbeState }).__dmProbe;
          const total = performance.getEntriesByName('dealmark:total')[0];
          if (total) return total.startTime + total.duration;
          const gate = performance.getEntriesByName('dealmark:gate')[0] as PerformanceMeasure | undefined;
          if (gate && (gate.detail as { pass?: boolean } | null)?.pass === false) return gate.startTime + gate.duration;
          if (probe && probe.replies.length > 0) {
            let reply: { ok?: boolean; value?: { rounds?: unknown[] } } | null = null;
            try {
              reply = JSON.parse(probe.replies[probe.replies.length - 1]!);
            } catch {
              reply = null;
            }
            if (!reply || typeof reply !== 'object' || !reply.ok || !reply.value?.rounds?.length) return performance.now();
          }
          return null;
        });
        if (done !== null) {
          result.done_ms = done;
          break;
        }
        if (Date.now() - t0 > opts.timeoutMs) {
          result.timedOut = true;
          break;
        }
        await page.waitForTimeout(25);
      }
    }
    if (!opts.waitForExtension && opts.holdAfterLoadMs && opts.holdAfterLoadMs > 0) {
      const hold = opts.holdAfterLoadMs;
      const left = await page.evaluate((h) => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        return (nav ? nav.loadEventStart : performance.now()) + h - performance.now();
      }, hold);
      if (left > 0) await page.waitForTimeout(Math.min(left, opts.timeoutMs));
    }
    if (opts.settleMs > 0) await page.waitForTimeout(opts.settleMs);
    // Plain loops only: a hostile page may have replaced Array.prototype.map/filter in this (main) world.
    const seen = await page.evaluate(() => {
      const probe = (window as unknown as { __dmProbe?: ProbeState }).__dmProbe;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const entries = performance.getEntriesByType('measure');
      const measures: { name: string; start: number; duration: number; detail: unknown }[] = [];
      for (let i = 0; i < entries.length; i++) {
        const e = entries[i] as PerformanceMeasure;
        if (e.name.startsWith('dealmark:')) measures[measures.length] = { name: e.name, start: e.startTime, duration: e.duration, detail: e.detail ?? null };
      }
      return {
        now: performance.now(),
        load: nav ? nav.loadEventStart : null,
        dcl: nav ? nav.domContentLoadedEventStart : null,
        elements: document.getElementsByTagName('*').length,
        measures,
        probe: probe
          ? { longtasks: probe.longtasks.slice(), replies: probe.replies.slice(), saved: (probe.saved ?? []).slice(), mutationCount: probe.mutationCount, mutations: probe.mutations.slice(), hostSeen: probe.hostSeen, probeErrors: probe.errors.slice() }
          : null,
      };
    });
    result.observed_ms = seen.now;
    result.load_ms = seen.load;
    result.dcl_ms = seen.dcl;
    result.elements = seen.elements;
    result.measures = seen.measures;
    if (seen.probe) Object.assign(result, seen.probe);
    if (opts.after) await opts.after(page);
  } catch (err) {
    result.error = err instanceof Error ? err.message.split('\n')[0] : String(err);
  } finally {
    page.off('pageerror', onError);
    page.off('console', onConsole);
    page.off('dialog', onDialog);
    if (!opts.tab) await page.close().catch(() => undefined);
  }
  return result;
}

/** The reply the test build posted, parsed (the last one wins). */
export function lastReply(v: VisitResult): { ok?: boolean; value?: { status?: string; rounds?: { primary?: boolean }[]; timings?: Record<string, number> }; error?: string } | null {
  const raw = v.replies[v.replies.length - 1];
  if (raw === undefined) return null;
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

/** Sum of the durations of every measure with this name (a phase run in slices records one per slice). */
export function phaseMs(v: VisitResult, name: string): number | null {
  const xs = v.measures.filter((m) => m.name === name);
  return xs.length ? xs.reduce((a, m) => a + m.duration, 0) : null;
}

/** Longest single main-thread slice: a sliced phase reports its longest slice as detail.longestMs. */
export function maxSliceMs(v: VisitResult, names: string[], key: 'longestMs' | 'longestUnitMs' = 'longestMs'): number | null {
  const xs = v.measures.filter((m) => names.includes(m.name));
  const slice = (m: MeasureEntry) => {
    const longest = (m.detail as Record<string, unknown> | null)?.[key];
    return typeof longest === 'number' ? longest : m.duration;
  };
  return xs.length ? Math.max(...xs.map(slice)) : null;
}
