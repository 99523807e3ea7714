import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { companyHistory, counts, createV1Layout, DB_VERSION, getArticle, getCompany, getRound, investorRounds, openStore, roundsForArticle, saveArticle, searchCompanies, searchInvestors } from './index';
import { upgradeSchema, type DealmarkSchema } from './schema';
import { article, round, usd } from './test-support';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** A genuine version-1 database, written with raw IndexedDB calls and v1-shaped records. */
async function createV1Database(name: string): Promise<void> {
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => createV1Layout(open.result);
  const db = await request(open);
  const tx = db.transaction(['articles', 'rounds', 'sources', 'companies', 'corrections'], 'readwrite');
  const t = '2024-01-01T00:00:00.000Z';
  const put = (store: string, value: unknown) => tx.objectStore(store).put(value);
  put('articles', { url: 'https://a.example/1', title: 'SenseTime raises $600m', site: 'a.example', published: '2018-04-09', firstSeen: t, lastSeen: t });
  put('articles', { url: 'https://b.example/2', title: 'Sensetime Series B', site: 'b.example', published: '2017-07-11', firstSeen: t, lastSeen: t });
  // v1 indexed raw names: the same company under two spellings became two records.
  put('companies', { id: 1, name: 'SenseTime', aliases: ['SenseTime', 'SenseTime Group Ltd'], createdAt: t });
  put('companies', { id: 2, name: 'Sensetime', aliases: ['Sensetime'], createdAt: t });
  put('companies', { id: 3, name: 'Megvii', aliases: ['Megvii'], createdAt: t });
  const base = { valuation: null, primary: true, confidence: 0.9, sourceCount: 1, conflicts: [], corrected: [], firstSeen: t, updatedAt: t };
  put('rounds', { ...base, id: 10, companyId: 1, company: 'SenseTime', stage: 'series_c', amount: usd(600e6), date: '2018-04-09', dateKey: '2018-04-09',
    investors: [{ name: 'Alibaba Group', role: 'lead' }, { name: 'Temasek', role: 'participant' }] });
  put('rounds', { ...base, id: 11, companyId: 2, company: 'Sensetime', stage: 'series_b', amount: usd(410e6), date: '2017-07-11', dateKey: '2017-07-11',
    investors: [{ name: 'CDH Investments', role: 'lead' }, { name: 'alibaba', role: 'participant' }] });
  put('rounds', { ...base, id: 12, companyId: 3, company: 'Megvii', stage: 'series_c', amount: usd(460e6), date: null, dateKey: '', investors: [] });
  const facts = (company: string, stage: string, value: number, date: string | null) => ({
    primary: true, company, stage, amount: usd(value), valuation: null, investors: [], date, confidence: 0.9,
  });
  put('sources', { id: 100, roundId: 10, articleUrl: 'https://a.example/1', facts: facts('SenseTime', 'series_c', 600e6, '2018-04-09'), evidence: [], seenAt: t });
  put('sources', { id: 101, roundId: 11, articleUrl: 'https://b.example/2', facts: facts('Sensetime', 'series_b', 410e6, '2017-07-11'), evidence: [], seenAt: t });
  put('sources', { id: 102, roundId: 12, articleUrl: 'https://a.example/1', facts: facts('Megvii', 'series_c', 460e6, null), evidence: [], seenAt: t });
  put('corrections', { id: 1000, roundId: 10, field: 'stage', value: 'series_c', createdAt: t });
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

describe('schema migration v1 → v2', () => {
  it('finds every v1 record after the upgrade, with normalized companies and a new investor index', async () => {
    const name = `dealmark-migration-${Math.random()}`;
    await createV1Database(name);
    const db = await openStore({ name });
    expect(db.version).toBe(DB_VERSION);
    expect(await counts(db)).toEqual({ articles: 2, rounds: 3, sources: 3, companies: 2, investors: 3, corrections: 1 });

    // "SenseTime" and "Sensetime" are now one company holding both rounds.
    const sensetime = await getCompany(db, 'SENSETIME group ltd');
    expect(sensetime?.id).toBe(1);
    expect(sensetime?.aliases).toEqual(['SenseTime', 'SenseTime Group Ltd', 'Sensetime']);
    expect((await companyHistory(db, 'Sensetime')).map((r) => [r.id, r.company])).toEqual([
      [11, 'SenseTime'],
      [10, 'SenseTime'],
    ]);
    expect((await companyHistory(db, 'Megvii')).map((r) => r.id)).toEqual([12]);

    // Investors are entities now: "alibaba" and "Alibaba Group" are one, and rounds are found by investor.
    expect((await investorRounds(db, 'Alibaba')).map((r) => r.id)).toEqual([11, 10]);
    expect((await searchInvestors(db, 'cdh')).map((h) => h.name)).toEqual(['CDH Investments']);
    expect((await searchCompanies(db, 'sense')).map((h) => h.rounds)).toEqual([2]);

    const detail = await getRound(db, 10);
    expect(detail?.sources.map((s) => s.id)).toEqual([100]);
    expect(detail?.round.articleUrls).toEqual(['https://a.example/1']);
    expect(detail?.corrections.map((c) => c.id)).toEqual([1000]);

    // New saves merge into migrated rounds.
    const again = await saveArticle(db, article('https://c.example/3', '2018-04-10'), [
      round({ company: 'SenseTime Group', stage: 'series_c', amount: usd(600e6), date: '2018-04-10' }),
    ]);
    expect(again).toMatchObject({ merged: 1, roundIds: [10] });
    db.close();
  });

  it('a fresh install runs every step and reaches the current version', async () => {
    const db = await openStore({ name: `dealmark-fresh-${Math.random()}` });
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['articles', 'companies', 'corrections', 'investors', 'rounds', 'sources']);
    expect([...db.transaction('rounds').store.indexNames].sort()).toEqual(['by-company-date', 'by-investor']);
    db.close();
  });
});

/**
 * A genuine version-2 database: the v2 layout made by the v2 upgrade code, and records as v2 wrote them (no
 * reported/mentioned counts): a round reported by one article and mentioned by another, a round only
 * mentioned by two articles, and a round whose only source is a page judged not to be funding news.
 */
async function createV2Database(name: string): Promise<void> {
  const db = await openDB<DealmarkSchema>(name, 2, { upgrade: (d, old, _n, tx) => void upgradeSchema(d, old, tx, 2) });
  const t = '2024-01-01T00:00:00.000Z';
  const tx = db.transaction(['articles', 'rounds', 'sources', 'companies', 'investors'], 'readwrite');
  const put = (store: 'articles' | 'rounds' | 'sources' | 'companies', value: unknown) => tx.objectStore(store).put(value as never);
  for (const [url, published] of [['https://a.example/c', '2018-04-09'], ['https://b.example/d', '2019-01-02'], ['https://c.example/e?utm_source=feed#top', '2019-06-01'], ['https://d.example/undated', null]])
    put('articles', { url, title: url, site: null, published, firstSeen: t, lastSeen: t });
  put('companies', { id: 1, name: 'SenseTime', aliases: ['SenseTime'], keys: ['sensetime'], tokens: ['sensetime'], createdAt: t });
  const base = { companyId: 1, company: 'SenseTime', valuation: null, investors: [], investorIds: [], confidence: 0.9, conflicts: [], corrected: [], firstSeen: t, updatedAt: t };
  put('rounds', { ...base, id: 10, stage: 'series_c', amount: usd(600e6), date: '2018-04-09', dateKey: '2018-04-09', primary: true, sourceCount: 2, articleUrls: ['https://a.example/c', 'https://b.example/d'] });
  put('rounds', { ...base, id: 11, stage: 'series_b', amount: usd(410e6), date: '2017-07', dateKey: '2017-07', primary: false, sourceCount: 2, articleUrls: ['https://a.example/c', 'https://b.example/d'] });
  // v2 stored a negative page's figure with `primary` as the round said: true here, though no source reports it.
  put('rounds', { ...base, id: 12, stage: 'ipo', amount: usd(740e6), date: '2019-06-01', dateKey: '2019-06-01', primary: true, sourceCount: 1, articleUrls: ['https://c.example/e?utm_source=feed#top'] });
  const facts = (primary: boolean, stage: string, value: number, date: string) => ({ primary, company: 'SenseTime', stage, amount: usd(value), valuation: null, investors: [], date, confidence: 0.9 });
  put('sources', { id: 100, roundId: 10, articleUrl: 'https://a.example/c', facts: facts(true, 'series_c', 600e6, '2018-04-09'), evidence: [], seenAt: t });
  put('sources', { id: 101, roundId: 10, articleUrl: 'https://b.example/d', facts: facts(false, 'series_c', 600e6, '2018-04'), evidence: [], seenAt: t });
  put('sources', { id: 102, roundId: 11, articleUrl: 'https://a.example/c', facts: facts(false, 'series_b', 410e6, '2017-07'), evidence: [], seenAt: t });
  put('sources', { id: 103, roundId: 11, articleUrl: 'https://b.example/d', facts: facts(false, 'series_b', 410e6, '2017-07'), evidence: [], seenAt: t });
  put('sources', { id: 104, roundId: 12, articleUrl: 'https://c.example/e?utm_source=feed#top', facts: facts(false, 'ipo', 740e6, '2019-06-01'), evidence: [], seenAt: t });
  // v2 left the round of an undated article without a date.
  put('rounds', { ...base, id: 13, stage: 'seed', amount: usd(5e6), date: null, dateKey: '', primary: true, sourceCount: 1, articleUrls: ['https://d.example/undated'] });
  put('sources', { id: 105, roundId: 13, articleUrl: 'https://d.example/undated', facts: { ...facts(true, 'seed', 5e6, ''), date: null }, evidence: [], seenAt: '2016-02-03T08:00:00.000Z' });
  await tx.done;
  db.close();
}

describe('schema migration v2 → v3', () => {
  it('keeps every round and marks each reported or mentioned from its sources', async () => {
    const name = `dealmark-v2-${Math.random()}`;
    await createV2Database(name);
    const db = await openStore({ name });
    expect(db.version).toBe(DB_VERSION);
    expect(await counts(db)).toMatchObject({ articles: 4, rounds: 4, sources: 6, companies: 1 });
    const marks = (await companyHistory(db, 'SenseTime')).map((r) => [r.id, r.primary, r.reportedIn, r.mentionedIn]);
    expect(marks).toEqual([
      [13, true, 1, 0],
      [11, false, 0, 2],
      [10, true, 1, 1],
      [12, false, 0, 1],
    ]);
    // The undated article's round is dated the day it was read, and says so; the others keep their dates.
    expect((await companyHistory(db, 'SenseTime')).map((r) => [r.id, r.date, r.dateSeen ?? false])).toEqual([
      [13, '2016-02-03', true],
      [11, '2017-07', false],
      [10, '2018-04-09', false],
      [12, '2019-06-01', false],
    ]);
    // The article read with tracking parameters is one article under its key now.
    expect((await getArticle(db, 'https://c.example/e'))?.url).toBe('https://c.example/e');
    expect((await roundsForArticle(db, 'https://c.example/e')).map((r) => [r.id, r.articleUrls])).toEqual([[12, ['https://c.example/e']]]);
    expect((await getRound(db, 12))?.sources.map((s) => s.articleUrl)).toEqual(['https://c.example/e']);
    // Saving after the upgrade keeps the counts current.
    await saveArticle(db, article('https://d.example/f', '2017-07-12'), [round({ company: 'SenseTime', stage: 'series_b', amount: usd(410e6), date: '2017-07-11' })]);
    expect((await roundsForArticle(db, 'https://d.example/f')).map((r) => [r.id, r.primary, r.reportedIn, r.mentionedIn])).toEqual([[11, true, 1, 2]]);
    db.close();
  });
});

describe('opening', () => {
  it('a database from a newer Dealmark is refused with code "version"', async () => {
    const name = `dealmark-future-${Math.random()}`;
    (await request(indexedDB.open(name, 99))).close();
    await expect(openStore({ name })).rejects.toMatchObject({ name: 'StoreError', code: 'version' });
  });

  it('closes itself when another tab upgrades (blocking), so the upgrade does not hang', async () => {
    const name = `dealmark-blocking-${Math.random()}`;
    let told = false;
    const db = await openStore({ name, onVersionChange: () => (told = true) });
    const newer = await request(indexedDB.open(name, DB_VERSION + 1));
    expect(told).toBe(true);
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
    await expect(counts(db)).rejects.toMatchObject({ code: 'closed' });
  });

  it('gives up with code "blocked" when an old connection elsewhere never closes', async () => {
    const name = `dealmark-blocked-${Math.random()}`;
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => createV1Layout(open.result);
    const stubborn = await request(open); // no onversionchange handler: it never lets go
    await expect(openStore({ name, blockedTimeoutMs: 50 })).rejects.toMatchObject({ code: 'blocked' });
    stubborn.close();
  });
});

it('opens a database that exists at version 1 without any stores (created empty by another tool)', async () => {
  const name = `dealmark-empty-v1-${Math.random()}`;
  await new Promise<void>((ok, fail) => {
    const req = indexedDB.open(name, 1);
    req.onsuccess = () => (req.result.close(), ok());
    req.onerror = () => fail(req.error);
  });
  const db = await openStore({ name });
  const res = await saveArticle(db, { url: 'https://a.example/x', title: 'x', site: null, published: '2024-01-01' }, [
    { primary: true, company: 'Acme', stage: 'seed', amount: { value: 1e6, currency: 'USD', qualifier: 'exact' }, valuation: null, investors: [], date: '2024-01-01', confidence: 1, evidence: [] },
  ]);
  expect(res.added).toBe(1);
});
