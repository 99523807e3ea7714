import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { companyHistory, getInvestor, investorRounds, roundsForArticle, saveArticle, saveArticles, searchCompanies, searchInvestors, SEARCH_COUNT_CAP } from './index';
import { article, freshDb, lead, participant, round, usd } from './test-support';

async function seeded() {
  const db = await freshDb();
  await saveArticle(db, article('https://a.example/1', '2017-07-11'), [
    round({ company: 'SenseTime', stage: 'series_b', amount: usd(410e6), date: '2017-07-11', investors: [lead('CDH Investments')] }),
  ]);
  await saveArticle(db, article('https://a.example/2', '2018-04-09'), [
    round({ company: 'SenseTime', stage: 'series_c', amount: usd(600e6), date: '2018-04-09', investors: [lead('Alibaba Group'), participant('Temasek')] }),
    round({ company: 'Megvii', primary: false, stage: 'series_c', amount: usd(460e6), date: '2017-10', investors: [participant('Alibaba')] }),
  ]);
  await saveArticle(db, article('https://a.example/3', '2019-01-01'), [
    round({ company: 'Andreessen Horowitz Portfolio Co', stage: 'seed', date: null }),
    round({ company: 'Société Générale', stage: 'debt', amount: usd(1e9), date: '2019-01-01', investors: [participant('Andreessen Horowitz')] }),
  ]);
  return db;
}

describe('queries for the UI', () => {
  it('rounds for an article URL', async () => {
    const db = await seeded();
    const rounds = await roundsForArticle(db, 'https://a.example/2');
    expect(rounds.map((r) => r.company).sort()).toEqual(['Megvii', 'SenseTime']);
    expect(await roundsForArticle(db, 'https://nowhere.example/')).toEqual([]);
  });

  it('company history sorted by date, unknown dates last', async () => {
    const db = await seeded();
    await saveArticle(db, article('https://a.example/4', null), [round({ company: 'SenseTime', primary: false, stage: 'seed', date: null })]);
    expect((await companyHistory(db, 'SenseTime')).map((r) => r.stage)).toEqual(['series_b', 'series_c', 'seed']);
    expect(await companyHistory(db, 'Nobody')).toEqual([]);
  });

  it("an investor's rounds, under any of its names", async () => {
    const db = await seeded();
    const rounds = await investorRounds(db, 'Alibaba');
    expect(rounds.map((r) => r.company)).toEqual(['Megvii', 'SenseTime']);
    const investor = await getInvestor(db, 'alibaba group');
    expect((await investorRounds(db, investor!.id)).length).toBe(2);
  });

  it('searches companies and investors by prefix of any word, ignoring case and accents', async () => {
    const db = await seeded();
    expect((await searchCompanies(db, 'sen')).map((h) => h.name)).toEqual(['SenseTime']);
    expect((await searchCompanies(db, 'SENSETIME')).map((h) => h.rounds)).toEqual([2]);
    expect((await searchCompanies(db, 'soci')).map((h) => h.name)).toEqual(['Société Générale']);
    expect((await searchCompanies(db, 'generale')).map((h) => h.name)).toEqual(['Société Générale']);
    expect((await searchInvestors(db, 'horo')).map((h) => h.name)).toEqual(['Andreessen Horowitz']);
    expect((await searchInvestors(db, 'ali')).map((h) => [h.name, h.rounds])).toEqual([['Alibaba Group', 2]]);
    expect(await searchCompanies(db, '   ')).toEqual([]);
  });

  it('ranks names starting with the query first and honours the limit', async () => {
    const db = await seeded();
    const hits = await searchCompanies(db, 'a');
    expect(hits[0].name).toBe('Andreessen Horowitz Portfolio Co');
    expect(await searchCompanies(db, 's', 1)).toHaveLength(1);
  });

  it('counts rounds in search results up to the cap, then says there are more', async () => {
    const db = await freshDb();
    const items = Array.from({ length: SEARCH_COUNT_CAP + 5 }, (_, i) => ({
      article: article(`https://bulk.example/${i}`, '2020-01-01'),
      rounds: [round({ company: `Startup ${i}`, stage: 'seed', date: '2020-01-01', investors: [lead('Mega Fund')] })],
    }));
    await saveArticles(db, items);
    expect(await searchInvestors(db, 'mega')).toEqual([
      { id: expect.any(Number), name: 'Mega Fund', aliases: ['Mega Fund'], rounds: SEARCH_COUNT_CAP, moreRounds: true },
    ]);
    expect((await searchCompanies(db, 'startup 7', 3)).map((h) => [h.rounds, h.moreRounds])).toEqual([[1, false], [1, false], [1, false]]);
  });
});
