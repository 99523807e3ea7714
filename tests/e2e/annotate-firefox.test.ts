// The same annotation in Firefox ESR (puppeteer-core over WebDriver BiDi): highlights registered under our
// names, the ::highlight styles adopted by the document, and no DOM change.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchFirefox, ROOT, serve } from './harness';

const FIX = join(ROOT, 'tests/fixtures/annotate');

describe('annotation in Firefox ESR', () => {
  it('registers the same highlights, paints them through an adopted sheet, and leaves the DOM alone', async () => {
    const server = await serve({ '/lumora-c.html': readFileSync(join(FIX, 'lumora-series-c.html'), 'utf8') });
    const ff = await launchFirefox();
    try {
      const tab = await ff.browser.newPage();
      const errors: string[] = [];
      tab.on('pageerror', (e) => errors.push(String(e)));
      await tab.evaluateOnNewDocument(() => {
        const w = window as any;
        w.__dmMutations = [];
        document.addEventListener('DOMContentLoaded', () => {
          new MutationObserver((recs) => { for (const r of recs) w.__dmMutations.push(`${r.type}:${r.target.nodeName}`); })
            .observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        });
      });
      await tab.goto(server.url('/lumora-c.html'));
      await tab.waitForFunction(() => (CSS as any).highlights?.has('dealmark-amount'), { timeout: 30_000, polling: 100 });
      const seen = await tab.evaluate(() => {
        const out: Record<string, string[]> = {};
        for (const [name, h] of (CSS as any).highlights as Map<string, Set<Range>>) out[name] = [...h].map((r) => r.toString());
        return {
          out,
          size: (CSS as any).highlights.size as number,
          sheets: document.adoptedStyleSheets.length,
          rule: document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('dealmark-amount'))),
          mutations: (window as any).__dmMutations as string[],
          measures: performance.getEntriesByType('measure').map((m) => m.name).filter((n) => n.startsWith('dealmark:')),
        };
      });
      expect(seen.out['dealmark-amount']).toEqual(expect.arrayContaining(['$90 million']));
      expect(seen.out['dealmark-lead']).toEqual(expect.arrayContaining(['Harrow Growth']));
      expect(seen.out['dealmark-valuation']).toEqual(expect.arrayContaining(['$1.2 billion']));
      expect(seen.rule).toBe(true);
      expect(seen.mutations).toEqual([]);
      expect(errors).toEqual([]);
      console.log(`[annotate-firefox] highlights ${seen.size}, adopted sheets ${seen.sheets}, measures visible to the page: ${seen.measures.join(', ') || 'none'}`);
    } finally {
      await ff.close();
      await server.close();
    }
  });
});
