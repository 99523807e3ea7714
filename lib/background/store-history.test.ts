import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Article, Round } from '@/lib/model';
import { correctRound, saveArticle } from '@/lib/store';
import { freshDb, usd } from '@/lib/store/test-support';
import { storeHistory } from './store-history';

const article = (url: string, published: string): Article => ({ url, title: url, site: 'Example News', published, paragraphs: [] });
const round = (r: Partial<Round>): Round => ({
  primary: true, company: 'Lumora', stage: null, amount: null, valuation: null, investors: [], date: null, confidence: 0.9, evidence: [], ...r,
});

describe('the history beside a page', () => {
  it('shows the earlier round even when the page also recalls it', async () => {
    const db = await freshDb();
    const history = storeHistory(async () => db);
    await history.save(article('https://a.example/b', '2022-06-14'), [round({ stage: 'series_b', amount: usd(40e6), date: '2022-06-14' })]);
    // Today's story reports the Series C and mentions the Series B again (merged into the known round).
    const reported = await history.save(article('https://a.example/c', '2023-03-21'), [
      round({ stage: 'series_c', amount: usd(90e6), date: '2023-03-21' }),
      round({ primary: false, stage: 'series_b', amount: usd(40e6) }),
    ]);
    expect(reported).toHaveLength(1);
    const earlier = await history.earlierRounds('Lumora', reported);
    expect(earlier.map((r) => r.stage)).toEqual(['series_b']);
  });

  it("does not list the page's own round as an earlier one", async () => {
    const db = await freshDb();
    const history = storeHistory(async () => db);
    const reported = await history.save(article('https://a.example/a', '2021-01-10'), [round({ stage: 'seed', amount: usd(2e6), date: '2021-01-10' })]);
    expect(await history.earlierRounds('Lumora', reported)).toEqual([]);
  });

  it('the page gets the corrected round: what the hover card shows matches the popup', async () => {
    const db = await freshDb();
    const history = storeHistory(async () => db);
    const page = article('https://a.example/c?utm_source=feed', '2023-03-21');
    const { roundIds } = await saveArticle(db, { ...page, url: 'https://a.example/c' }, [round({ stage: 'series_c', amount: usd(90e6) })]);
    await correctRound(db, roundIds[0]!, { field: 'amount', value: usd(95e6) });
    await correctRound(db, roundIds[0]!, { field: 'company', value: 'Lumora Health' });
    const read = [round({ stage: 'series_c', amount: usd(90e6) })];
    await history.save(page, read);
    expect(read[0]).toMatchObject({ company: 'Lumora Health', stage: 'series_c', amount: usd(95e6) });
  });
});
