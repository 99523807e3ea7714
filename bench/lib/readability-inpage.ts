// The in-page alternative to the off-thread route, timed in the page's main world (extension off):
// Readability.parse() on document.cloneNode(true), as a content script would do it on the page's thread,
// against what the off-thread route costs that thread (serializing outerHTML and the message string).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const dir = dirname(require.resolve('@mozilla/readability/package.json'));
const SOURCE = `(() => {
${readFileSync(join(dir, 'Readability.js'), 'utf8')}
${readFileSync(join(dir, 'Readability-readerable.js'), 'utf8')}
window.__dmReadability = { Readability, isProbablyReaderable };
})()`;

export interface InPageTiming {
  readerable_ms: number;
  clone_ms: number;
  /** First parse in this page: a content script's parse is always the first in its world. */
  parse_cold_ms: number;
  /** A second parse on a fresh clone, with the code warm. */
  parse_warm_ms: number;
  parsed: boolean;
  /** Off-thread route, the part on the page's thread: outerHTML, then the message string (JSON). */
  serialize_ms: number;
  stringify_ms: number;
  html_chars: number;
}

export async function timeInPage(page: Page, maxElemsToParse = 0): Promise<InPageTiming> {
  await page.evaluate(SOURCE);
  return page.evaluate((maxElems) => {
    const R = (window as unknown as { __dmReadability: { Readability: any; isProbablyReaderable: (d: Document) => boolean } }).__dmReadability;
    const t0 = performance.now();
    R.isProbablyReaderable(document);
    const t1 = performance.now();
    const clone = document.cloneNode(true);
    const t2 = performance.now();
    let parsed = false;
    try {
      parsed = !!new R.Readability(clone, { maxElemsToParse: maxElems }).parse();
    } catch {
      parsed = false;
    }
    const t3 = performance.now();
    const clone2 = document.cloneNode(true);
    const t4 = performance.now();
    try {
      new R.Readability(clone2, { maxElemsToParse: maxElems }).parse();
    } catch {
      // Same page as above; its failure is already recorded.
    }
    const t5 = performance.now();
    const html = document.documentElement.outerHTML;
    const t6 = performance.now();
    const msg = JSON.stringify({ type: 'analyze', page: { html, url: location.href } });
    const t7 = performance.now();
    return {
      readerable_ms: t1 - t0, clone_ms: t2 - t1, parse_cold_ms: t3 - t2, parse_warm_ms: t5 - t4, parsed,
      serialize_ms: t6 - t5, stringify_ms: t7 - t6, html_chars: msg.length,
    };
  }, maxElemsToParse);
}
