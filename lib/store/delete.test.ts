import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { companyHistory, counts, deleteArticle, deleteCompany, deleteEverything, deleteRound, deleteSource, getArticle, getCompany, getRound, saveArticle } from './index';
import { article, freshDb, round, usd } from './test-support';

async function seeded() {
  const db = await freshDb();
  const a = await saveArticle(db, article('https://a.example/1', '2018-04-09'), [
    round({ company: 'SenseTime', stage: 'series_c', amount: usd(600e6), date: '2018-04-09' }),
    round({ company: 'SenseTime', primary: false, stage: 'series_b', amount: usd(410e6), date: '2017-07' }),
  ]);
  await saveArticle(db, article('https://b.example/2', '2018-04-10'), [
    round({ company: 'SenseTime', stage: 'series_c', amount: usd(620e6), date: '2018-04-10' }),
  ]);
  return { db, ids: a.roundIds as number[] };
}

describe('deletes', () => {
  it('a round with its sources and corrections', async () => {
    const { db, ids } = await seeded();
    await deleteRound(db, ids[0]);
    expect(await counts(db)).toMatchObject({ rounds: 1, sources: 1, articles: 2 });
    await expect(deleteRound(db, ids[0])).rejects.toMatchObject({ code: 'not_found' });
  });

  it('a source: the round is re-decided, and removed with its last source', async () => {
    const { db, ids } = await seeded();
    const detail = await getRound(db, ids[0]);
    expect(detail?.round.conflicts[0]?.field).toBe('amount');
    const fromB = detail!.sources.find((s) => s.articleUrl === 'https://b.example/2')!;
    await deleteSource(db, fromB.id);
    const after = await getRound(db, ids[0]);
    expect(after?.round).toMatchObject({ sourceCount: 1, conflicts: [], amount: usd(600e6) });
    await deleteSource(db, after!.sources[0].id);
    expect(await getRound(db, ids[0])).toBeUndefined();
  });

  it('an article: rounds only it reported go, shared rounds stay', async () => {
    const { db } = await seeded();
    await deleteArticle(db, 'https://a.example/1');
    expect(await getArticle(db, 'https://a.example/1')).toBeUndefined();
    const history = await companyHistory(db, 'SenseTime');
    expect(history.map((r) => [r.stage, r.amount?.value, r.sourceCount])).toEqual([['series_c', 620e6, 1]]);
  });

  it('a company with all its rounds', async () => {
    const { db } = await seeded();
    const c = await getCompany(db, 'SenseTime');
    await deleteCompany(db, c!.id);
    expect(await counts(db)).toMatchObject({ companies: 0, rounds: 0, sources: 0, corrections: 0, articles: 2 });
  });

  it('everything', async () => {
    const { db } = await seeded();
    await deleteEverything(db);
    expect(Object.values(await counts(db)).every((n) => n === 0)).toBe(true);
  });
});
