// Popup speed with 100,000 rounds in the real extension database (not part of `npm test`: it seeds for a while).
//   DEALMARK_E2E=1 npx wxt build && npx tsx tests/perf/popup-scale.ts
// Prints: popup ready (this page's rounds + history on screen) and first contentful paint, the company view
// (click → all rounds on screen), and the search per keystroke (query → results rendered, debounce excluded).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { installProbe, seedRounds } from '../../bench/lib/db';
import { launchChromium, ROOT, serve, tabIdOf } from '../e2e/harness';
import { visit } from '../e2e/visit';

const ROUNDS = Number(process.env.ROUNDS ?? 100_000);
const RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const server = await serve({
  '/a': readFileSync(join(ROOT, 'tests/fixtures/popup/series-a.html'), 'utf8'),
  '/b': readFileSync(join(ROOT, 'tests/fixtures/popup/series-b.html'), 'utf8'),
});
const b = await launchChromium();
try {
  // The seeder writes explicit ids from 1, so it runs first and the two real articles are saved after it.
  await installProbe(b.worker);
  const seeded = await seedRounds(b.worker, ROUNDS);
  console.log(`seeded ${ROUNDS} rounds in ${seeded.ms.toFixed(0)} ms`, seeded.counts);
  await visit(b, server.url('/a'));
  await visit(b, server.url('/b'));
  const tabId = await tabIdOf(b, server.url('/b'));
  const url = `chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`;
  const ready: number[] = [];
  const fcp: number[] = [];
  const company: number[] = [];
  const search: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const p = await b.ctx.newPage();
    await p.goto(url);
    await p.locator('article.dm-round').first().waitFor({ timeout: 15_000 }).catch(async (e) => {
      console.log('popup text:', await p.locator('main').textContent());
      throw e;
    });
    await p.waitForFunction(() => performance.getEntriesByName('dealmark:popup-ready').length > 0);
    ready.push(await p.evaluate(() => performance.getEntriesByName('dealmark:popup-ready')[0]!.startTime));
    fcp.push(await p.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
    // Company view of a seeded company with its rounds (search → click).
    const input = p.getByRole('searchbox');
    const keys = ['b', 'be', 'ben', 'benc', 'bench', 'bench c', 'bench co', 'bench company 4'];
    for (const [k, q] of keys.entries()) {
      await input.fill(q);
      await p.waitForFunction((n) => performance.getEntriesByName('dealmark:search').length >= n, k + 1);
    }
    await p.locator('.dm-results .dm-hit').first().waitFor();
    search.push(...(await p.evaluate(() => performance.getEntriesByName('dealmark:search').map((e) => e.duration))));
    const t = await p.evaluate(async () => {
      const button = document.querySelector<HTMLButtonElement>('.dm-results .dm-hit')!;
      const t0 = performance.now();
      button.click();
      while (!performance.getEntriesByName('dealmark:company-ready').length) await new Promise((ok) => setTimeout(ok, 1));
      await new Promise((ok) => requestAnimationFrame(() => ok(null)));
      return performance.now() - t0;
    });
    company.push(t);
    await p.close();
  }
  console.log(`popup ready (rounds + history on screen): median ${median(ready).toFixed(0)} ms  [${ready.map((x) => x.toFixed(0)).join(', ')}]`);
  console.log(`popup first contentful paint: median ${median(fcp).toFixed(0)} ms`);
  console.log(`company view (click → rounds on screen): median ${median(company).toFixed(0)} ms  [${company.map((x) => x.toFixed(0)).join(', ')}]`);
  console.log(`search per keystroke (companies + investors, rendered): median ${median(search).toFixed(1)} ms, max ${Math.max(...search).toFixed(1)} ms over ${search.length}`);
} finally {
  await b.close();
  await server.close();
}
