// Read-only queries for the popup, hover card and options page. Each is served by an index: no full scans.

import { articleKeys } from './article-key';
import { StoreError } from './errors';
import { findEntity, type EntityStore } from './entities';
import { foldName } from './normalize';
import type { DealmarkDB } from './schema';
import { inTransaction } from './tx';
import type { ArticleRecord, EntityRecord, RoundDetail, SearchHit, StoreCounts, StoredRound } from './types';

/** Ascending by date; rounds with unknown dates last (they cannot be placed on a timeline). */
function byDate(a: StoredRound, b: StoredRound): number {
  if (!a.date !== !b.date) return a.date ? -1 : 1;
  return (a.date ?? '').localeCompare(b.date ?? '') || a.id - b.id;
}

export async function getArticle(db: DealmarkDB, url: string): Promise<ArticleRecord | undefined> {
  return inTransaction(
    db,
    'readonly',
    async (tx) => {
      for (const key of articleKeys(url)) {
        const found = await tx.objectStore('articles').get(key);
        if (found) return found;
      }
      return undefined;
    },
    ['articles'],
  );
}

/** The rounds an article is a source of (what to show for the current tab), by any URL of it (see article-key.ts). */
export async function roundsForArticle(db: DealmarkDB, url: string): Promise<StoredRound[]> {
  return inTransaction(
    db,
    'readonly',
    async (tx) => {
      const sources = (await Promise.all(articleKeys(url).map((key) => tx.objectStore('sources').index('by-article').getAll(key)))).flat();
      const ids = [...new Set(sources.map((s) => s.roundId))];
      const rounds = await Promise.all(ids.map((id) => tx.objectStore('rounds').get(id)));
      return rounds.filter((r): r is StoredRound => r !== undefined).sort(byDate);
    },
    ['sources', 'rounds'],
  );
}

export async function getRound(db: DealmarkDB, roundId: number): Promise<RoundDetail | undefined> {
  return inTransaction(db, 'readonly', async (tx) => {
    const round = await tx.objectStore('rounds').get(roundId);
    if (!round) return undefined;
    const sources = await tx.objectStore('sources').index('by-round').getAll(roundId);
    const articles = await Promise.all(sources.map((s) => tx.objectStore('articles').get(s.articleUrl)));
    const corrections = await tx.objectStore('corrections').index('by-round').getAll(roundId);
    return { round, sources, articles: articles.filter((a): a is ArticleRecord => a !== undefined), corrections };
  });
}

async function entityByIdOrName(db: DealmarkDB, store: EntityStore, idOrName: number | string): Promise<EntityRecord | undefined> {
  return inTransaction(
    db,
    'readonly',
    (tx) => (typeof idOrName === 'number' ? tx.objectStore(store).get(idOrName) : findEntity(tx, store, idOrName)),
    [store],
  );
}

export async function getCompany(db: DealmarkDB, idOrName: number | string): Promise<EntityRecord | undefined> {
  return entityByIdOrName(db, 'companies', idOrName);
}

export async function getInvestor(db: DealmarkDB, idOrName: number | string): Promise<EntityRecord | undefined> {
  return entityByIdOrName(db, 'investors', idOrName);
}

/** A company's rounds sorted by date; by id or by any of its names ("Sensetime" finds SenseTime Group Ltd). */
export async function companyHistory(db: DealmarkDB, company: number | string): Promise<StoredRound[]> {
  return inTransaction(
    db,
    'readonly',
    async (tx) => {
      const id = typeof company === 'number' ? company : (await findEntity(tx, 'companies', company))?.id;
      if (id === undefined) return [];
      const rounds = await tx.objectStore('rounds').index('by-company-date').getAll(IDBKeyRange.bound([id, ''], [id, '\uffff']));
      return rounds.sort(byDate);
    },
    ['companies', 'rounds'],
  );
}

/** Every round an investor took part in, sorted by date. */
export async function investorRounds(db: DealmarkDB, investor: number | string): Promise<StoredRound[]> {
  return inTransaction(
    db,
    'readonly',
    async (tx) => {
      const id = typeof investor === 'number' ? investor : (await findEntity(tx, 'investors', investor))?.id;
      if (id === undefined) return [];
      const rounds = await tx.objectStore('rounds').index('by-investor').getAll(id);
      return rounds.sort(byDate);
    },
    ['investors', 'rounds'],
  );
}

/** Search results count rounds up to this many; beyond it `moreRounds` is set (show "1000+"). */
export const SEARCH_COUNT_CAP = 1000;

/**
 * Prefix search over every word-boundary suffix of every alias ("seq" → Sequoia Capital, "horo" → Andreessen
 * Horowitz): one key-range query on the 'by-token' index, so the cost does not grow with the number of rounds.
 * Substrings inside a word ("ndree") are not matched — that would need a scan. Entities with no round are left out.
 */
async function search(db: DealmarkDB, store: EntityStore, query: string, limit: number): Promise<SearchHit[]> {
  const q = foldName(query);
  if (!q) return [];
  return inTransaction(
    db,
    'readonly',
    async (tx) => {
      const seen = new Set<number>();
      const out: SearchHit[] = [];
      let cursor = await tx.objectStore(store).index('by-token').openCursor(IDBKeyRange.bound(q, q + '\uffff'));
      // A cursor stops as soon as `limit` entities with rounds are found, however many tokens match.
      while (cursor && out.length < limit) {
        const e = cursor.value;
        if (!seen.has(e.id)) {
          seen.add(e.id);
          // Counting walks the index, so a fund with 10,000 rounds would cost a keystroke 10,000 steps: stop at the cap.
          const keys =
            store === 'investors'
              ? await tx.objectStore('rounds').index('by-investor').getAllKeys(e.id, SEARCH_COUNT_CAP + 1)
              : await tx.objectStore('rounds').index('by-company-date').getAllKeys(IDBKeyRange.bound([e.id, ''], [e.id, '\uffff']), SEARCH_COUNT_CAP + 1);
          // A company or investor left with no round (after a correction, merge or delete) is kept for its names
          // but is nothing to find.
          if (keys.length) out.push({ id: e.id, name: e.name, aliases: e.aliases, rounds: Math.min(keys.length, SEARCH_COUNT_CAP), moreRounds: keys.length > SEARCH_COUNT_CAP });
        }
        cursor = await cursor.continue();
      }
      // Names that start with the query first, then the rest alphabetically.
      const starts = (h: SearchHit): number => (h.aliases.some((a) => foldName(a).startsWith(q)) ? 0 : 1);
      return out.sort((a, b) => starts(a) - starts(b) || a.name.localeCompare(b.name));
    },
    [store, 'rounds'],
  );
}

export async function searchCompanies(db: DealmarkDB, query: string, limit = 10): Promise<SearchHit[]> {
  return search(db, 'companies', query, limit);
}

export async function searchInvestors(db: DealmarkDB, query: string, limit = 10): Promise<SearchHit[]> {
  return search(db, 'investors', query, limit);
}

export async function counts(db: DealmarkDB): Promise<StoreCounts> {
  return inTransaction(db, 'readonly', async (tx) => ({
    articles: await tx.objectStore('articles').count(),
    rounds: await tx.objectStore('rounds').count(),
    sources: await tx.objectStore('sources').count(),
    companies: await tx.objectStore('companies').count(),
    investors: await tx.objectStore('investors').count(),
    corrections: await tx.objectStore('corrections').count(),
  }));
}

export function assertFound<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new StoreError('not_found', what);
  return value;
}
