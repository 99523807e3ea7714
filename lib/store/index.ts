/**
 * # lib/store — Dealmark's round history (IndexedDB via idb)
 *
 * The only code that opens the database. The background service worker owns writes; extension pages may
 * read. Every function takes the `DealmarkDB` from `openStore()` and rejects with a `StoreError`
 * (`code`: 'quota' | 'version' | 'blocked' | 'closed' | 'invalid' | 'not_found' | 'conflict' | 'aborted' |
 * 'unknown'; `message` is written for the user). A failed write changes nothing (one transaction each).
 *
 * Open / close
 * - `openStore({ name?, onVersionChange?, onTerminated?, blockedTimeoutMs? }): Promise<DealmarkDB>`
 * - `closeStore(db)`; `DB_NAME`, `DB_VERSION` (3)
 *
 * Save (merging: one round, many sources — the rule is documented in match.ts)
 * - `saveArticle(db, article: ArticleMeta, rounds: Round[]): Promise<SaveResult>`
 * - `saveArticles(db, [{ article, rounds }]): Promise<SaveResult[]>` — one transaction (bulk)
 *
 * Corrections (always win; survive re-saving the page)
 * - `correctRound(db, roundId, correction: Correction): Promise<StoredRound>`
 * - `removeCorrection(db, roundId, field): Promise<StoredRound>`
 *
 * Companies
 * - `mergeCompanies(db, targetId, otherId): Promise<EntityRecord>`
 * - `splitCompany(db, companyId, names: string[]): Promise<EntityRecord>` — the new company
 * - `renameCompany(db, companyId, name): Promise<EntityRecord>`
 *
 * Investors
 * - `mergeInvestors(db, targetId, otherId)`, `splitInvestor(db, investorId, names)`: like companies
 *
 * Queries
 * - `roundsForArticle(db, url): Promise<StoredRound[]>`; `getArticle(db, url)`; `getRound(db, id): RoundDetail`
 * - `companyHistory(db, companyIdOrName): Promise<StoredRound[]>` — by date, unknown dates last
 * - `investorRounds(db, investorIdOrName): Promise<StoredRound[]>`
 * - `getCompany(db, idOrName)`, `getInvestor(db, idOrName): Promise<EntityRecord | undefined>`
 * - `searchCompanies(db, query, limit = 10)`, `searchInvestors(db, query, limit = 10): Promise<SearchHit[]>`
 *   (prefix of any word of any alias, accent- and case-insensitive; `rounds` counted up to 1000, then
 *   `moreRounds: true`)
 * - `counts(db): Promise<StoreCounts>`
 * - `iterateRounds(db, { pageSize })`, `iterateSources(db, ...)`, `iterateStore(db, store, ...)` — paged reads
 *
 * Deletes (the UI confirms first)
 * - `deleteRound(db, id)`, `deleteSource(db, id)`, `deleteArticle(db, url)`, `deleteCompany(db, id)`,
 *   `deleteEverything(db)`. A deleted round stays deleted when its page is saved again (it is counted in
 *   `skipped`); `forgetDismissals(db, url)` lets that page's rounds come back.
 *
 * Names: `nameKey(name)` (identity key), `foldName(name)` (search form), `sameName(a, b)` — from lib/names.
 *
 * Reported vs mentioned: every round has `reportedIn` / `mentionedIn` (articles reporting it / only mentioning
 * it; schema v3); `reportCounts(round)` reads them.
 */

export { openStore, closeStore, type OpenOptions } from './open';
export { DB_NAME, DB_VERSION, createV1Layout, type DealmarkDB, type DealmarkSchema } from './schema';
export { StoreError, type StoreErrorCode } from './errors';
export { saveArticle, saveArticles } from './save';
export { correctRound, removeCorrection } from './corrections';
export { mergeCompanies, splitCompany, renameCompany } from './companies';
export { mergeInvestors, splitInvestor } from './investors';
export { addFactFromPage, correctionFor, type AddFact } from './add-fact';
export {
  getArticle,
  getRound,
  getCompany,
  getInvestor,
  roundsForArticle,
  companyHistory,
  investorRounds,
  searchCompanies,
  searchInvestors,
  counts,
  SEARCH_COUNT_CAP,
} from './queries';
export { deleteRound, deleteSource, deleteArticle, deleteCompany, deleteEverything, forgetDismissals } from './delete';
export { iterateRounds, iterateSources, iterateStore, sourceUrlsOfRounds, type Page, type PageOptions, type RoundWithSources, type SourceWithArticle } from './iterate';
export { nameKey, foldName, sameName } from './normalize';
export { isSameRound, SAME_STAGE_MAX_GAP_DAYS, EXTENSION_MIN_GAP_DAYS, AMOUNT_TOLERANCE } from './match';
export { reportCounts } from './reported';
export { withCorrections, userEvidenceOn, userRound } from './corrected-round';
export { articleKey } from './article-key';
export type * from './types';
