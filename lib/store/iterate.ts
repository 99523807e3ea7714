// Reading everything in pages, one short read transaction per page, so exports and backups of 100,000
// rounds never hold a transaction (or the UI) for long.

import type { DealmarkDB, DealmarkSchema, StoreName } from './schema';
import { inTransaction } from './tx';
import type { ArticleRecord, SourceRecord, StoredRound } from './types';

export interface PageOptions {
  pageSize?: number;
}

export interface Page<T> {
  items: T[];
  /** Records read so far (including this page) and the total when reading started. */
  done: number;
  total: number;
}

/** Every store is keyed by `id` except articles (by `url`); reading the key off the value saves a second read. */
function primaryKey<S extends StoreName>(store: S, value: DealmarkSchema[S]['value']): DealmarkSchema[S]['key'] {
  return (store === 'articles' ? (value as ArticleRecord).url : (value as { id: number }).id) as DealmarkSchema[S]['key'];
}

export async function* iterateStore<S extends StoreName>(
  db: DealmarkDB,
  store: S,
  { pageSize = 1000 }: PageOptions = {},
): AsyncGenerator<Page<DealmarkSchema[S]['value']>> {
  const total = await inTransaction(db, 'readonly', (tx) => tx.objectStore(store).count(), [store]);
  let after: DealmarkSchema[S]['key'] | undefined;
  let done = 0;
  for (;;) {
    const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
    const items = await inTransaction(db, 'readonly', (tx) => tx.objectStore(store).getAll(range, pageSize), [store]);
    if (items.length === 0) return;
    done += items.length;
    after = primaryKey(store, items[items.length - 1]);
    yield { items, done, total: Math.max(total, done) };
    if (items.length < pageSize) return;
  }
}

export interface RoundWithSources {
  round: StoredRound;
  sources: SourceRecord[];
}

/** Rounds in id order, each with its sources (one ranged index read per page, not one per round). */
export async function* iterateRounds(db: DealmarkDB, options: PageOptions = {}): AsyncGenerator<Page<RoundWithSources>> {
  for await (const page of iterateStore(db, 'rounds', options)) {
    const first = page.items[0].id;
    const last = page.items[page.items.length - 1].id;
    const sources = await inTransaction(
      db,
      'readonly',
      (tx) => tx.objectStore('sources').index('by-round').getAll(IDBKeyRange.bound(first, last)),
      ['sources'],
    );
    const byRound = new Map<number, SourceRecord[]>();
    for (const s of sources) {
      const list = byRound.get(s.roundId);
      if (list) list.push(s);
      else byRound.set(s.roundId, [s]);
    }
    yield { ...page, items: page.items.map((round) => ({ round, sources: byRound.get(round.id) ?? [] })) };
  }
}

export interface SourceWithArticle {
  source: SourceRecord;
  article: ArticleRecord | undefined;
}

/** Sources in id order with their article (articles cached across pages: many sources share one). */
export async function* iterateSources(db: DealmarkDB, options: PageOptions = {}): AsyncGenerator<Page<SourceWithArticle>> {
  const cache = new Map<string, ArticleRecord | undefined>();
  for await (const page of iterateStore(db, 'sources', options)) {
    const missing = [...new Set(page.items.map((s) => s.articleUrl))].filter((u) => !cache.has(u));
    if (missing.length) {
      const found = await inTransaction(
        db,
        'readonly',
        (tx) => Promise.all(missing.map((u) => tx.objectStore('articles').get(u))),
        ['articles'],
      );
      missing.forEach((u, i) => cache.set(u, found[i]));
      if (cache.size > 20_000) for (const key of [...cache.keys()].slice(0, 10_000)) cache.delete(key);
    }
    yield { ...page, items: page.items.map((source) => ({ source, article: cache.get(source.articleUrl) })) };
  }
}

/** Source URLs of the given rounds, from the sources themselves (one ranged index read). */
export async function sourceUrlsOfRounds(db: DealmarkDB, roundIds: readonly number[]): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>();
  if (roundIds.length === 0) return out;
  const wanted = new Set(roundIds);
  const sources = await inTransaction(
    db,
    'readonly',
    (tx) => tx.objectStore('sources').index('by-round').getAll(IDBKeyRange.bound(Math.min(...roundIds), Math.max(...roundIds))),
    ['sources'],
  );
  for (const s of sources) {
    if (!wanted.has(s.roundId)) continue;
    const list = out.get(s.roundId) ?? [];
    if (!list.includes(s.articleUrl)) list.push(s.articleUrl);
    out.set(s.roundId, list);
  }
  return out;
}
