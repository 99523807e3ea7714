import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Article, Round } from '@/lib/model';
import { addFactFromPage, companyHistory, correctRound, saveArticle } from '@/lib/store';
import { selectionFact, type PageSelection } from '@/lib/selection';
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

  it('an investor added from a selection stays after the page is read again, and the page gets its evidence', async () => {
    const db = await freshDb();
    const history = storeHistory(async () => db);
    const page = article('https://a.example/c', '2023-03-21');
    const read = () => [round({ stage: 'series_c', amount: usd(90e6), investors: [{ name: 'Harrow Growth', role: 'lead' }] })];
    const [id] = await history.save(page, read());
    const selection: PageSelection = { text: 'Quillfeather Partners', prefix: 'participation from ', suffix: ', the company said', quote: 'With participation from Quillfeather Partners, the company said.', start: 24, end: 45, url: page.url! };
    const fact = selectionFact('investor', selection);
    if (!fact.ok) throw new Error(fact.message);
    const { url, title, site, published } = page;
    await addFactFromPage(db, { article: { url: url!, title, site, published }, roundId: id!, fact: fact.fact, evidence: fact.evidence });
    const again = read();
    await history.save(page, again);
    expect(again[0]!.investors.map((i) => i.name)).toEqual(['Harrow Growth', 'Quillfeather Partners']);
    expect(again[0]!.evidence.map((e) => [e.kind, e.text])).toEqual([['investor', 'Quillfeather Partners']]);
    expect((await companyHistory(db, 'Lumora'))[0]!.investors.map((i) => i.name)).toEqual(['Harrow Growth', 'Quillfeather Partners']);
  });

  it('a round started from a selection is shown on the page on later visits', async () => {
    const db = await freshDb();
    const history = storeHistory(async () => db);
    const page = article('https://a.example/d', '2023-03-21');
    const selection: PageSelection = { text: '$4 million', prefix: 'a rival, Fenlow, raised ', suffix: ' last month', quote: 'A rival, Fenlow, raised $4 million last month.', start: 24, end: 34, url: page.url! };
    const fact = selectionFact('amount', selection);
    if (!fact.ok) throw new Error(fact.message);
    const { url, title, site, published } = page;
    const r = await addFactFromPage(db, { article: { url: url!, title, site, published }, roundId: null, company: 'Fenlow', fact: fact.fact, evidence: fact.evidence });
    expect(r).toMatchObject({ company: 'Fenlow', amount: usd(4e6), corrected: ['amount'] });
    const again = [round({ stage: 'series_c', amount: usd(90e6) })];
    await history.save(page, again);
    expect(again.map((x) => [x.company, x.amount?.value, x.evidence.map((e) => e.text)])).toEqual([
      ['Lumora', 90e6, []],
      ['Fenlow', 4e6, ['$4 million']],
    ]);
    expect(selectionFact('amount', { ...selection, text: 'last month' })).toMatchObject({ ok: false, message: expect.stringContaining('is not an amount') });
  });

  it('tells an article the user edited from one it did not: corrected rounds, facts added from it, or neither', async () => {
    const db = await freshDb();
    const history = storeHistory(async () => db);
    expect(await history.userEdited!('https://a.example/new')).toBe(false);
    const page = article('https://a.example/c', '2023-03-21');
    const [id] = await history.save(page, [round({ stage: 'series_c', amount: usd(90e6) })]);
    expect(await history.userEdited!('https://a.example/c')).toBe(false);
    await correctRound(db, id!, { field: 'amount', value: usd(95e6) });
    // the tracking-parameter variant of the URL is the same article
    expect(await history.userEdited!('https://a.example/c?utm_source=feed')).toBe(true);
    const other = article('https://a.example/e', '2023-03-22');
    const [otherId] = await history.save(other, [round({ company: 'Fenlow', stage: 'seed', amount: usd(3e6) })]);
    expect(await history.userEdited!('https://a.example/e')).toBe(false);
    const selection: PageSelection = { text: 'Quillfeather Partners', prefix: 'participation from ', suffix: ', the company said', quote: 'With participation from Quillfeather Partners, the company said.', start: 24, end: 45, url: other.url! };
    const fact = selectionFact('investor', selection);
    if (!fact.ok) throw new Error(fact.message);
    const { url, title, site, published } = other;
    await addFactFromPage(db, { article: { url: url!, title, site, published }, roundId: otherId!, fact: fact.fact, evidence: fact.evidence });
    expect(await history.userEdited!('https://a.example/e')).toBe(true);
  });
});
