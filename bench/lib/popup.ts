// The popup's first paint, opened as a page for a given tab: first-contentful-paint from the paint timeline,
// and "settled": when its #app last changed (its reads from the history done), after a quiet period.
import type { BrowserContext } from 'playwright-core';
import { summarize, type Summary } from './stats';

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

export async function timePopup(ctx: BrowserContext, url: string, runs: number): Promise<PopupTiming> {
  const fp: number[] = [];
  const fcp: number[] = [];
  const settled: number[] = [];
  let text = '';
  for (let i = 0; i < runs; i++) {
    const page = await ctx.newPage();
    try {
      await page.addInitScript({ content: `(() => { const __name = (f) => f; (${watchApp.toString()})(); })();` });
      await page.goto(url, { waitUntil: 'load' });
      await page
        .waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { timeout: 10_000 })
        .catch(() => undefined);
      // Quiet for 500 ms (or 10 s at most): the popup has shown what it will show.
      const deadline = Date.now() + 10_000;
      for (;;) {
        const quiet = await page.evaluate(() => performance.now() - (window as unknown as { __dmLastChange: number }).__dmLastChange);
        if (quiet > 500 || Date.now() > deadline) break;
        await page.waitForTimeout(100);
      }
      const t = await page.evaluate(() => ({
        fp: performance.getEntriesByName('first-paint')[0]?.startTime ?? null,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        last: (window as unknown as { __dmLastChange: number }).__dmLastChange,
        text: document.body.innerText.slice(0, 300),
      }));
      if (t.fp !== null) fp.push(t.fp);
      if (t.fcp !== null) fcp.push(t.fcp);
      settled.push(t.last);
      text = t.text;
    } finally {
      await page.close();
    }
  }
  return { first_paint_ms: summarize(fp), first_contentful_paint_ms: summarize(fcp), settled_ms: summarize(settled), text };
}
