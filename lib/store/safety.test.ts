import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Round } from '../model';
import { companyHistory, correctRound, counts, deleteEverything, saveArticle, type DealmarkDB } from './index';
import { article, freshDb, lead, participant, round, usd } from './test-support';
import { ALL_STORES } from './schema';

async function dump(db: DealmarkDB): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const store of ALL_STORES) out[store] = await db.getAll(store);
  return out;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('many saves at once', () => {
  it('20 concurrent saves of overlapping articles lose nothing and create no duplicates', async () => {
    const db = await freshDb();
    const companies = ['SenseTime', 'SenseTime Group Ltd', 'Sensetime', 'Megvii', 'Megvii Inc'];
    const saves = Array.from({ length: 20 }, (_, n) => {
      // Pages 0..9 are each saved twice (two tabs on the same page), always with the same content.
      const i = n % 10;
      const rounds: Round[] = [
        round({ company: companies[i % 5], stage: 'series_c', amount: usd(600e6), date: '2018-04-09', investors: [lead('Alibaba Group'), participant(`Fund ${i % 4}`)] }),
        round({ company: `Startup ${i % 7}`, stage: 'seed', amount: usd(1e6 * ((i % 7) + 1)), date: '2020-01-01' }),
      ];
      return saveArticle(db, article(`https://news.example/${i}`, '2018-04-09'), rounds);
    });
    const results = await Promise.all(saves);
    expect(results.every((r) => r.skipped === 0)).toBe(true);
    const c = await counts(db);
    // SenseTime×3 spellings and Megvii×2 are 2 companies; Startup 0..6 are 7.
    expect(c).toMatchObject({ articles: 10, companies: 9, rounds: 9 });
    const sensetime = await companyHistory(db, 'SenseTime');
    expect(sensetime).toHaveLength(1);
    // Pages i with i%5 ∈ {0,1,2}: i ∈ {0,1,2,5,6,7} → 6 distinct article sources.
    expect(sensetime[0].sourceCount).toBe(6);
    expect(sensetime[0].investors.map((i) => i.name).sort()).toEqual(['Alibaba Group', 'Fund 0', 'Fund 1', 'Fund 2', 'Fund 3']);
    // Each article page produced exactly two sources however many times it was saved.
    expect(c.sources).toBe(20);
  });

  it('concurrent saves and corrections of the same round all land', async () => {
    const db = await freshDb();
    const first = await saveArticle(db, article('https://a.example/0', '2018-04-09'), [round({ company: 'X', stage: 'seed', date: '2018-04-09' })]);
    const id = first.roundIds[0] as number;
    await Promise.all([
      ...Array.from({ length: 10 }, (_, i) =>
        saveArticle(db, article(`https://a.example/${i + 1}`, '2018-04-09'), [round({ company: 'X', stage: 'seed', date: '2018-04-09' })]),
      ),
      correctRound(db, id, { field: 'amount', value: usd(3e6) }),
    ]);
    const [r] = await companyHistory(db, 'X');
    expect(r).toMatchObject({ id, sourceCount: 11, amount: usd(3e6) });
  });
});

describe('failed writes', () => {
  it('a QuotaExceededError in the middle of a save leaves the database exactly as it was', async () => {
    const db = await freshDb();
    await saveArticle(db, article('https://a.example/1', '2018-04-09'), [round({ company: 'SenseTime', stage: 'series_c', amount: usd(600e6), date: '2018-04-09' })]);
    const before = await dump(db);
    const realPut = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      // Let the first few writes through so the failure happens half-way.
      if (++calls === 3) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    const failed = saveArticle(db, article('https://b.example/2', '2018-04-10'), [
      round({ company: 'SenseTime', stage: 'series_c', amount: usd(600e6), date: '2018-04-10', investors: [lead('Alibaba')] }),
      round({ company: 'Megvii', stage: 'series_d', amount: usd(750e6), date: '2018-04-10' }),
    ]);
    await expect(failed).rejects.toMatchObject({ name: 'StoreError', code: 'quota' });
    await expect(failed).rejects.toThrow(/out of storage space\. Nothing was changed/);
    expect(calls).toBeGreaterThanOrEqual(3);
    vi.restoreAllMocks();
    expect(await dump(db)).toEqual(before);
    // And the store still works afterwards.
    expect((await saveArticle(db, article('https://b.example/2', '2018-04-10'), [round({ company: 'Megvii', stage: 'series_d', date: '2018-04-10' })])).added).toBe(1);
  });

  it('an aborted transaction (write failing as the browser commits) changes nothing and says so', async () => {
    const db = await freshDb();
    await saveArticle(db, article('https://a.example/1', '2018-04-09'), [round({ company: 'A', stage: 'seed', date: '2018-04-09' })]);
    const before = await dump(db);
    const realAdd = IDBObjectStore.prototype.add;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      const req = realAdd.apply(this, args);
      if (this.name === 'sources') this.transaction.abort();
      return req;
    });
    await expect(saveArticle(db, article('https://b.example/2'), [round({ company: 'B', stage: 'seed', date: '2019-01-01' })])).rejects.toMatchObject({
      name: 'StoreError',
    });
    vi.restoreAllMocks();
    expect(await dump(db)).toEqual(before);
  });

  it('deleting everything that fails half-way deletes nothing', async () => {
    const db = await freshDb();
    await saveArticle(db, article('https://a.example/1', '2018-04-09'), [round({ company: 'A', stage: 'seed', date: '2018-04-09' })]);
    const before = await dump(db);
    const realClear = IDBObjectStore.prototype.clear;
    vi.spyOn(IDBObjectStore.prototype, 'clear').mockImplementation(function (this: IDBObjectStore) {
      if (this.name === 'sources') throw new DOMException('disk I/O error', 'UnknownError');
      return realClear.apply(this);
    });
    await expect(deleteEverything(db)).rejects.toMatchObject({ code: 'unknown' });
    vi.restoreAllMocks();
    expect(await dump(db)).toEqual(before);
  });
});
