import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { companyHistory, counts, deleteArticle, deleteCompany, deleteEverything, deleteRound, deleteSource, forgetDismissals, getArticle, getCompany, getRound, saveArticle } from './index';
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

  describe('a deleted round stays deleted when its page is saved again', () => {
    const page = article('https://a.example/1', '2018-04-09');
    const rounds = [
      round({ company: 'SenseTime', stage: 'series_c', amount: usd(600e6), date: '2018-04-09' }),
      round({ company: 'SenseTime', primary: false, stage: 'series_b', amount: usd(410e6), date: '2017-07' }),
    ];

    it('after deleteRound: skipped on re-save, other rounds of the page unaffected', async () => {
      const { db, ids } = await seeded();
      await deleteRound(db, ids[1]);
      const again = await saveArticle(db, page, rounds);
      expect(again).toMatchObject({ unchanged: 1, skipped: 1, added: 0, roundIds: [ids[0], null] });
      expect((await companyHistory(db, 'SenseTime')).map((r) => r.stage)).toEqual(['series_c']);
      // Another outlet reporting it is not the deleted page: the round can come back from there.
      const other = await saveArticle(db, article('https://c.example/3', '2018-05-01'), [rounds[1]]);
      expect(other.added).toBe(1);
    });

    it('after deleteSource and deleteCompany too; forgetDismissals or deleting the article lets it back', async () => {
      const { db, ids } = await seeded();
      const detail = await getRound(db, ids[0]);
      await deleteSource(db, detail!.sources.find((s) => s.articleUrl === 'https://a.example/1')!.id);
      expect((await saveArticle(db, page, rounds)).roundIds).toEqual([null, ids[1]]);
      await forgetDismissals(db, page.url);
      expect((await saveArticle(db, page, rounds)).roundIds).toEqual([ids[0], ids[1]]);
      const c = await getCompany(db, 'SenseTime');
      await deleteCompany(db, c!.id);
      expect((await saveArticle(db, page, rounds)).skipped).toBe(2);
      await deleteArticle(db, page.url);
      expect((await saveArticle(db, page, rounds)).added).toBe(2);
    });
  });
});
