// The popup's first paint, opened as a page for a given tab: first-contentful-paint from the paint timeline,
// and "settled": when its #app last changed (its reads from the history done), after a quiet period.
import type { BrowserContext } from 'playwright-core';
import { interleave, type Pair } from './ratio';
import { summarize, trimmedMean, type Summary } from './stats';

export interface PopupTiming {
  first_paint_ms: Summary;
  first_contentful_paint_ms: Summary;
  settled_ms: Summary;
  text: string;
}

function watchApp(): void {
  const w = window as unknown as { __dmLastChange: number };
  w.__dmLastChange = 0;
  new MutationObserver(() => {
    w.__dmLastChange = performance.now();
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
}

interface PopupOpen {
  fp: number | null;
  fcp: number | null;
  settled: number;
  text: string;
}

/** Opens the popup page once: its first (contentful) paint, and when it last changed before going quiet. */
export async function openPopupOnce(ctx: BrowserContext, url: string, settle = true): Promise<PopupOpen> {
  const page = await ctx.newPage();
  try {
    await page.addInitScript({ content: `(() => { const __name = (f) => f; (${watchApp.toString()})(); })();` });
    await page.goto(url, { waitUntil: 'load' });
    await page
      .waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { timeout: 10_000 })
      .catch(() => undefined);
    // Quiet for 500 ms (or 10 s at most): the popup has shown what it will show.
    const deadline = Date.now() + (settle ? 10_000 : 0);
    for (;;) {
      const quiet = await page.evaluate(() => performance.now() - (window as unknown as { __dmLastChange: number }).__dmLastChange);
      if (!settle || quiet > 500 || Date.now() > deadline) break;
      await page.waitForTimeout(100);
    }
    const t = await page.evaluate(() => ({
      fp: performance.getEntriesByName('first-paint')[0]?.startTime ?? null,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      last: (window as unknown as { __dmLastChange: number }).__dmLastChange,
      text: document.body.innerText.slice(0, 300),
    }));
    return { fp: t.fp, fcp: t.fcp, settled: t.last, text: t.text };
  } finally {
    await page.close();
  }
}

export async function timePopup(ctx: BrowserContext, url: string, runs: number): Promise<PopupTiming> {
  const opens: PopupOpen[] = [];
  for (let i = 0; i < runs; i++) opens.push(await openPopupOnce(ctx, url));
  return summarizeOpens(opens);
}

function summarizeOpens(opens: PopupOpen[]): PopupTiming {
  const nums = (xs: (number | null)[]) => xs.filter((x): x is number => x !== null);
  return {
    first_paint_ms: summarize(nums(opens.map((o) => o.fp))),
    first_contentful_paint_ms: summarize(nums(opens.map((o) => o.fcp))),
    settled_ms: summarize(opens.slice(0, 3).map((o) => o.settled)),
    text: opens[opens.length - 1]?.text ?? '',
  };
}

/** The popup over a full database (A) and over an empty one (B), opened alternately: first contentful paint. */
export async function timePopupAgainstEmpty(
  full: { ctx: BrowserContext; url: string },
  empty: { ctx: BrowserContext; url: string },
  rounds: number,
): Promise<{ pairs: Pair[]; full: PopupTiming; empty: PopupTiming }> {
  const a: PopupOpen[] = [];
  const b: PopupOpen[] = [];
  const fcp = (o: PopupOpen) => o.fcp ?? Number.NaN;
  // "settled" needs half a second of quiet per open: the first three opens each side wait for it, the
  // rest only for the first contentful paint, so there can be many more rounds of the ratio
  const pairs = await interleave(
    rounds,
    async () => { const o = await openPopupOnce(full.ctx, full.url, a.length < 3); a.push(o); return fcp(o); },
    async () => { const o = await openPopupOnce(empty.ctx, empty.url, b.length < 3); b.push(o); return fcp(o); },
  );
  // The ratio is of the two sides' trimmed means (a pooled pair); the rounds' own ratios give the spread.
  // First contentful paint lands on a frame: the median of per-round ratios jumped by a frame's worth
  // (−18% between two runs of the same code), the trimmed means do not.
  const ta = trimmedMean(pairs.map((p) => p.a));
  const tb = trimmedMean(pairs.map((p) => p.b));
  const pooled: Pair[] = ta !== null && tb !== null ? [{ a: ta, b: tb }, ...pairs.map((p) => ({ ...p, round: true }))] : pairs;
  return { pairs: pooled, full: summarizeOpens(a), empty: summarizeOpens(b) };
}
