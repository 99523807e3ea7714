import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { companyHistory, correctRound, counts, getRound, removeCorrection, saveArticle, searchCompanies, searchInvestors } from './index';
import { article, freshDb, lead, round, usd } from './test-support';

const page = article('https://news.example/sensetime', '2018-04-09');
const extracted = [round({ company: 'SenseTime', stage: 'series_b', amount: usd(60e6), date: '2018-04-09', investors: [lead('Alibaba')] })];

describe('user corrections', () => {
  it('win over the extraction and survive saving the same page again', async () => {
    const db = await freshDb();
    const { roundIds } = await saveArticle(db, page, extracted);
    const id = roundIds[0] as number;
    await correctRound(db, id, { field: 'stage', value: 'series_c' });
    await correctRound(db, id, { field: 'amount', value: usd(600e6) });
    const again = await saveArticle(db, page, extracted);
    expect(again).toMatchObject({ added: 0, merged: 0, unchanged: 1, roundIds: [id] });
    const [r] = await companyHistory(db, 'SenseTime');
    expect(r).toMatchObject({ id, stage: 'series_c', amount: usd(600e6), corrected: ['stage', 'amount'] });
    expect((await counts(db)).rounds).toBe(1);
  });

  it('win over a second outlet that agrees with the extraction, which still joins the same round', async () => {
    const db = await freshDb();
    const { roundIds } = await saveArticle(db, page, extracted);
    const id = roundIds[0] as number;
    await correctRound(db, id, { field: 'stage', value: 'series_c' });
    const other = await saveArticle(db, article('https://other.example/x', '2018-04-10'), extracted);
    expect(other.roundIds).toEqual([id]);
    const [r] = await companyHistory(db, 'SenseTime');
    expect(r).toMatchObject({ stage: 'series_c', sourceCount: 2 });
  });

  it('a corrected company moves the round; re-visiting keeps it there', async () => {
    const db = await freshDb();
    const { roundIds } = await saveArticle(db, page, extracted);
    const id = roundIds[0] as number;
    await correctRound(db, id, { field: 'company', value: 'Megvii' });
    await saveArticle(db, page, extracted);
    expect(await companyHistory(db, 'SenseTime')).toHaveLength(0);
    expect((await companyHistory(db, 'Megvii')).map((r) => r.id)).toEqual([id]);
  });

  it('renaming a round into a company that already has that round merges them, as saving would', async () => {
    const db = await freshDb();
    const megvii = await saveArticle(db, article('https://a.example/megvii', '2018-04-10'), [
      round({ company: 'Megvii', stage: 'series_b', amount: usd(60e6), date: '2018-04-10', investors: [lead('Temasek')] }),
    ]);
    const id = (await saveArticle(db, page, extracted)).roundIds[0] as number;
    const merged = await correctRound(db, id, { field: 'company', value: 'Megvii Inc.' });
    expect(merged.id).toBe(megvii.roundIds[0]);
    expect(merged).toMatchObject({ company: 'Megvii', sourceCount: 2, corrected: ['company'] });
    expect(merged.investors.map((i) => i.name).sort()).toEqual(['Alibaba', 'Temasek']);
    expect(await counts(db)).toMatchObject({ rounds: 1, sources: 2 });
    // Re-visiting the corrected page lands on the merged round, and the emptied company is gone from search.
    expect((await saveArticle(db, page, extracted)).roundIds).toEqual([merged.id]);
    expect(await counts(db)).toMatchObject({ rounds: 1 });
    expect(await searchCompanies(db, 'sense')).toEqual([]);
    expect((await searchCompanies(db, 'meg')).map((h) => [h.name, h.rounds])).toEqual([['Megvii', 1]]);
  });

  it('investors a correction removed from their only round disappear from search', async () => {
    const db = await freshDb();
    const id = (await saveArticle(db, page, extracted)).roundIds[0] as number;
    await correctRound(db, id, { field: 'investors', value: [lead('Temasek')] });
    expect(await searchInvestors(db, 'ali')).toEqual([]);
    expect((await searchInvestors(db, 'tem')).map((h) => h.name)).toEqual(['Temasek']);
  });

  it('a later correction of the same field replaces the earlier one; removing it goes back to the sources', async () => {
    const db = await freshDb();
    const id = (await saveArticle(db, page, extracted)).roundIds[0] as number;
    await correctRound(db, id, { field: 'date', value: '2018-03' });
    await correctRound(db, id, { field: 'date', value: '2018-04-01' });
    expect((await getRound(db, id))?.corrections).toHaveLength(1);
    expect((await getRound(db, id))?.round.date).toBe('2018-04-01');
    const back = await removeCorrection(db, id, 'date');
    expect(back.date).toBe('2018-04-09');
    expect(back.corrected).toEqual([]);
  });

  it('investor corrections replace the list and re-index the round', async () => {
    const db = await freshDb();
    const id = (await saveArticle(db, page, extracted)).roundIds[0] as number;
    const r = await correctRound(db, id, { field: 'investors', value: [lead('Temasek')] });
    expect(r.investors).toEqual([lead('Temasek')]);
    expect(r.investorIds).toHaveLength(1);
  });

  it('refuses invalid corrections', async () => {
    const db = await freshDb();
    const id = (await saveArticle(db, page, extracted)).roundIds[0] as number;
    await expect(correctRound(db, id, { field: 'date', value: 'last spring' })).rejects.toMatchObject({ code: 'invalid' });
    await expect(correctRound(db, 9999, { field: 'date', value: '2018' })).rejects.toMatchObject({ code: 'not_found' });
  });
});
