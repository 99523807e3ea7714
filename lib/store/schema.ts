// The database layout and its migrations. Versions are cumulative: a fresh install runs every step from 0,
// so the v1 layout below is created and then migrated exactly as a real v1 database would be.
//
// v1 (first release): companies indexed by their raw `name` (so "SenseTime" and "Sensetime" were two
//   companies), rounds carried investor names only — no investors store, no rounds-by-investor index.
// v2: companies and investors get normalized identity keys (unique multiEntry) and search tokens; v1
//   companies whose names collapse to the same key are merged; rounds get `investorIds` + 'by-investor'
//   and `articleUrls` (their sources' URLs).
// v3: reported vs mentioned is a property of the round: `reportedIn` / `mentionedIn` (articles reporting it /
//   only mentioning it), counted from each round's sources; `primary` is recomputed from them. A reported round
//   of an undated article gets the article's published date, else the day it was read (`dateSeen`). No record
//   is dropped, and nothing else is rewritten. Articles stored under a URL with tracking parameters move to
//   their article key (article-key.ts) when no record holds it yet.

import { unwrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Investor } from '../model';
import type { ArticleRecord, CorrectionRecord, EntityRecord, SourceRecord, StoredRound } from './types';
import { nameKey, searchTokens } from './normalize';
import { articleKey } from './article-key';
import { reportedOrMentioned, resolveRound } from './resolve';

export const DB_NAME = 'dealmark';
export const DB_VERSION = 3;

export interface DealmarkSchema extends DBSchema {
  articles: { key: string; value: ArticleRecord };
  rounds: {
    key: number;
    value: StoredRound;
    indexes: { 'by-company-date': [number, string]; 'by-investor': number };
  };
  sources: {
    key: number;
    value: SourceRecord;
    indexes: { 'by-round': number; 'by-article': string; 'by-round-article': [number, string] };
  };
  companies: { key: number; value: EntityRecord; indexes: { 'by-key': string; 'by-token': string } };
  investors: { key: number; value: EntityRecord; indexes: { 'by-key': string; 'by-token': string } };
  corrections: {
    key: number;
    value: CorrectionRecord;
    indexes: { 'by-round': number; 'by-round-field': [number, string] };
  };
}

export type DealmarkDB = IDBPDatabase<DealmarkSchema>;
export type StoreName = StoreNames<DealmarkSchema>;
export const ALL_STORES: StoreName[] = ['articles', 'rounds', 'sources', 'companies', 'investors', 'corrections'];
export type UpgradeTx = IDBPTransaction<DealmarkSchema, StoreName[], 'versionchange'>;

/** The version-1 layout, written with plain IndexedDB calls so tests can build a genuine v1 database. */
export function createV1Layout(db: IDBDatabase): void {
  db.createObjectStore('articles', { keyPath: 'url' });
  const rounds = db.createObjectStore('rounds', { keyPath: 'id', autoIncrement: true });
  rounds.createIndex('by-company-date', ['companyId', 'dateKey']);
  const sources = db.createObjectStore('sources', { keyPath: 'id', autoIncrement: true });
  sources.createIndex('by-round', 'roundId');
  sources.createIndex('by-article', 'articleUrl');
  sources.createIndex('by-round-article', ['roundId', 'articleUrl'], { unique: true });
  const companies = db.createObjectStore('companies', { keyPath: 'id', autoIncrement: true });
  companies.createIndex('by-name', 'name');
  const corrections = db.createObjectStore('corrections', { keyPath: 'id', autoIncrement: true });
  corrections.createIndex('by-round', 'roundId');
  corrections.createIndex('by-round-field', ['roundId', 'field'], { unique: true });
}

/** The shape v1 stored; v2 adds fields, so v1 records are read through this. */
interface V1Company {
  id: number;
  name: string;
  aliases?: string[];
  createdAt: string;
}
type V1Round = Omit<StoredRound, 'investorIds' | 'articleUrls'> & { investors: Investor[] };

async function migrateV1toV2(tx: UpgradeTx): Promise<void> {
  // Companies: compute keys; a v1 company whose key is already taken merges into the first holder.
  const companies = tx.objectStore('companies');
  const byKey = new Map<string, EntityRecord>();
  const mergedInto = new Map<number, EntityRecord>();
  const v1Companies = (await companies.getAll()) as unknown as V1Company[];
  for (const old of v1Companies) {
    const names = [old.name, ...(old.aliases ?? [])];
    const keys = [...new Set(names.map(nameKey).filter(Boolean))];
    const holder = keys.map((k) => byKey.get(k)).find((c) => c !== undefined);
    if (holder) {
      for (const n of names) if (!holder.aliases.includes(n)) holder.aliases.push(n);
      for (const k of keys) if (!holder.keys.includes(k)) holder.keys.push(k);
      mergedInto.set(old.id, holder);
      await companies.delete(old.id);
    } else {
      const rec: EntityRecord = { id: old.id, name: old.name, aliases: [...new Set(names)], keys, tokens: [], createdAt: old.createdAt };
      byKey.set(keys[0] ?? '', rec);
      for (const k of keys) byKey.set(k, rec);
    }
  }
  for (const rec of new Set(byKey.values())) {
    rec.tokens = searchTokens(rec.aliases);
    await companies.put(rec);
  }
  // Unique only now that the data satisfies it: creating it earlier would abort the whole upgrade.
  companies.deleteIndex('by-name');
  companies.createIndex('by-key', 'keys', { unique: true, multiEntry: true });
  companies.createIndex('by-token', 'tokens', { multiEntry: true });

  // Investors: a store built from the names rounds carried.
  const investorsStore = tx.db.createObjectStore('investors', { keyPath: 'id', autoIncrement: true });
  investorsStore.createIndex('by-key', 'keys', { unique: true, multiEntry: true });
  investorsStore.createIndex('by-token', 'tokens', { multiEntry: true });
  const investors = tx.objectStore('investors');
  const investorIdByKey = new Map<string, number>();
  const now = new Date().toISOString();

  const urlsByRound = new Map<number, string[]>();
  for (const s of await tx.objectStore('sources').getAll()) {
    const list = urlsByRound.get(s.roundId) ?? [];
    if (!list.includes(s.articleUrl)) list.push(s.articleUrl);
    urlsByRound.set(s.roundId, list);
  }
  const rounds = tx.objectStore('rounds');
  let cursor = await rounds.openCursor();
  while (cursor) {
    const round = cursor.value as V1Round;
    const merged = mergedInto.get(round.companyId);
    const ids: number[] = [];
    for (const inv of round.investors ?? []) {
      const key = nameKey(inv.name);
      if (!key) continue;
      let id = investorIdByKey.get(key);
      if (id === undefined) {
        const rec = { name: inv.name, aliases: [inv.name], keys: [key], tokens: searchTokens([inv.name]), createdAt: now };
        id = (await investors.add(rec as EntityRecord)) as number;
        investorIdByKey.set(key, id);
      }
      if (!ids.includes(id)) ids.push(id);
    }
    const next: StoredRound = {
      ...round,
      companyId: merged ? merged.id : round.companyId,
      company: merged ? merged.name : round.company,
      investorIds: ids,
      articleUrls: urlsByRound.get(round.id) ?? [],
    };
    await cursor.update(next);
    cursor = await cursor.continue();
  }
  rounds.createIndex('by-investor', 'investorIds', { multiEntry: true });
}

/** v2 left a reported round of an undated article without a date: the article's date, else the day it was read. */
function datedSource(s: SourceRecord, published: string | null | undefined): SourceRecord {
  if (!s.facts.primary || s.facts.date) return s;
  return { ...s, facts: { ...s.facts, date: published ?? s.seenAt.slice(0, 10), ...(published ? {} : { dateSeen: true }) } };
}

/**
 * v2 keyed an article by the URL as read, tracking parameters and all: it moves to its article key, unless a
 * record already holds that key (two records are never merged behind the user's back).
 */
async function rekeyArticles(tx: UpgradeTx): Promise<Map<string, string>> {
  const articles = tx.objectStore('articles');
  const moved = new Map<string, string>();
  for (const a of await articles.getAll()) {
    const key = articleKey(a.url);
    if (key === a.url || moved.has(key) || (await articles.getKey(key)) !== undefined) continue;
    await articles.delete(a.url);
    await articles.put({ ...a, url: key });
    moved.set(a.url, key);
  }
  return moved;
}

async function migrateV2toV3(tx: UpgradeTx): Promise<void> {
  const moved = await rekeyArticles(tx);
  const published = new Map((await tx.objectStore('articles').getAll()).map((a) => [a.url, a.published]));
  const sourcesByRound = new Map<number, SourceRecord[]>();
  let sourceCursor = await tx.objectStore('sources').openCursor();
  while (sourceCursor) {
    const read = sourceCursor.value;
    const url = moved.get(read.articleUrl) ?? read.articleUrl;
    const s = datedSource(url === read.articleUrl ? read : { ...read, articleUrl: url }, published.get(url));
    if (s !== sourceCursor.value) await sourceCursor.update(s);
    sourcesByRound.set(s.roundId, [...(sourcesByRound.get(s.roundId) ?? []), s]);
    sourceCursor = await sourceCursor.continue();
  }
  let cursor = await tx.objectStore('rounds').openCursor();
  while (cursor) {
    const round = cursor.value;
    const sources = sourcesByRound.get(round.id) ?? [];
    // A round without sources (should not exist) keeps what it said about itself.
    const marks = sources.length ? reportedOrMentioned(sources) : { primary: round.primary, reportedIn: round.primary ? 1 : 0, mentionedIn: round.primary ? 0 : 1 };
    const next = { ...round, ...marks, articleUrls: (round.articleUrls ?? []).map((u) => moved.get(u) ?? u) };
    if (!round.date && !round.corrected.includes('date')) {
      // Only the date is re-decided: every other field stays exactly as v2 stored it.
      const { date, dateSeen } = resolveRound(sources, []);
      if (date) Object.assign(next, { date, dateKey: date, dateSeen });
    }
    await cursor.update(next);
    cursor = await cursor.continue();
  }
}

/**
 * idb's `upgrade` callback body: every step whose version is newer than the stored one, in order, up to
 * `target` (tests stop at an older version to build a genuine old database).
 */
export async function upgradeSchema(db: DealmarkDB, oldVersion: number, tx: UpgradeTx, target = DB_VERSION): Promise<void> {
  // A database that exists with no stores at all (opened without a version by another tool) is empty, not v1.
  if (oldVersion < 1 || db.objectStoreNames.length === 0) createV1Layout(unwrap(db));
  if (oldVersion < 2 && target >= 2) await migrateV1toV2(tx);
  if (oldVersion < 3 && target >= 3) await migrateV2toV3(tx);
}
