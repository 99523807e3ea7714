// The round history in a real browser: two articles about one company become one company with two
// rounds in the extension's own IndexedDB, and reading an article again adds nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { compareRounds, formatRatio } from '@/lib/compare';
import type { StoredRound } from '@/lib/store';
import { launchChromium, ROOT, serve, tabIdOf, type ExtensionBrowser, type StaticServer } from './harness';

const fixtures = join(ROOT, 'tests/fixtures/history');

/** Every record of the extension's database, read inside the service worker (the extension's origin). */
function readDb(b: ExtensionBrowser) {
  return b.worker.evaluate(async () => {
    // Never create the database from here (an empty one would race the extension's own first open).
    const db: IDBDatabase | null = await new Promise((ok, fail) => {
      const req = indexedDB.open('dealmark');
      req.onupgradeneeded = () => req.transaction!.abort();
      req.onsuccess = () => ok(req.result);
      req.onerror = () => (req.error?.name === 'AbortError' ? ok(null) : fail(req.error));
    });
    if (!db) return { companies: [], rounds: [], sources: [], articles: [] };
    const all = (store: string) =>
      new Promise<unknown[]>((ok, fail) => {
        const req = db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
    const out = { companies: await all('companies'), rounds: await all('rounds'), sources: await all('sources'), articles: await all('articles') };
    db.close();
    return out;
  }, undefined) as Promise<{ companies: { name: string }[]; rounds: StoredRound[]; sources: unknown[]; articles: unknown[] }>;
}

describe('round history in the extension database', () => {
  let b: ExtensionBrowser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await serve({
      '/a.html': { file: join(fixtures, 'series-a.html') },
      '/b.html': { file: join(fixtures, 'series-b.html') },
    });
    b = await launchChromium();
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it('keeps one company with two rounds and the right step-up; a second visit adds nothing', async () => {
    const tab = await b.ctx.newPage();
    await tab.goto(server.url('/a.html'));
    await expect.poll(async () => (await readDb(b).catch(() => null))?.rounds.length ?? 0, { timeout: 20_000 }).toBe(1);
    await tab.goto(server.url('/b.html'));
    await expect.poll(async () => (await readDb(b)).rounds.length, { timeout: 20_000 }).toBe(2);

    const db = await readDb(b);
    expect(db.companies.map((c) => c.name)).toEqual(['Brightloom Energy']);
    const [a, later] = [...db.rounds].sort((x, y) => String(x.date).localeCompare(String(y.date)));
    expect(a).toMatchObject({ stage: 'series_a', amount: { value: 20_000_000, currency: 'USD' } });
    expect(later).toMatchObject({ stage: 'series_b', amount: { value: 50_000_000, currency: 'USD' } });
    const cmp = compareRounds(a!, later!);
    expect(formatRatio(cmp.roundSize)).toBe('×2.5');
    expect(cmp.months).toBe(15);
    expect(cmp.investors.repeat.map((i) => i.name)).toContain('Cinder Ventures');

    // Reading the first article again (a reload) is the same round from the same source.
    await tab.goto(server.url('/a.html'));
    // The badge is per page load: back to "1" once this visit has been analyzed (and saved).
    const tabId = await tabIdOf(b, server.url('/a.html'));
    await expect.poll(() => b.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId), { timeout: 20_000 }).toBe('1');
    const again = await readDb(b);
    expect(again.rounds).toHaveLength(2);
    expect(again.sources).toHaveLength(db.sources.length);
    expect(again.articles).toHaveLength(2);
  });
});
