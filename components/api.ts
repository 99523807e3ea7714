// What the popup and options page need from the rest of Dealmark, in one interface: reads go straight to the
// store (extension pages may read IndexedDB), writes are requests to the background, which owns writes.
// Components take a `DealmarkApi`, so tests render them with fake-indexeddb and no browser.
import type { TabState } from '../lib/background/tab-state';
import type { PageRequest } from '../lib/messages';
import type { Round } from '../lib/model';
import type { PageSelection } from '../lib/selection/snapshot';
import type { HighlightSettings } from '../lib/settings-defaults';
import {
  companyHistory,
  counts,
  getCompany,
  getInvestor,
  getRound,
  investorRounds,
  nameKey,
  roundsForArticle,
  searchCompanies,
  searchInvestors,
  type DealmarkDB,
  type EntityRecord,
  type RoundDetail,
  type SearchHit,
  type StoreCounts,
  type StoredRound,
} from '../lib/store';
import { bestMatch } from '../lib/store/match';

/** The tab the popup is about. */
export interface PageInfo {
  tabId: number | null;
  url: string | null;
  /** What the background learned when the content script read the page; null when it has not (yet). */
  state: TabState | null;
}

export type SiteMode = 'always' | 'ask' | 'all';

/** Per-site automatic runs ("Always run on this site"). */
export interface SiteAccess {
  mode(origin: string): Promise<SiteMode>;
  allow(origin: string): Promise<boolean>;
  stop(origin: string): Promise<void>;
  allowAll(): Promise<boolean>;
  stopAll(): Promise<void>;
  /** Origins where Dealmark runs by itself. */
  list(): Promise<string[]>;
}

export interface Settings {
  highlight: HighlightSettings;
  csvBom: boolean;
}

export type ExportKind = 'rounds' | 'facts' | 'backup';

export interface ExportFile {
  blob: Blob;
  name: string;
}

export interface ImportSummary {
  added: Record<string, number>;
  skipped: Record<string, number>;
}

export interface DealmarkApi {
  page(): Promise<PageInfo>;
  /** Asks the page's content script to read it now (the popup click grants activeTab). */
  readPage(tabId: number): Promise<void>;
  /** What the user has selected in that tab (null: nothing); read in the page, which it leaves untouched. */
  readSelection(tabId: number): Promise<PageSelection | null>;
  pageRounds(info: PageInfo): Promise<StoredRound[]>;
  round(id: number): Promise<RoundDetail | undefined>;
  companyHistory(companyId: number): Promise<StoredRound[]>;
  investorRounds(investorId: number): Promise<StoredRound[]>;
  company(id: number): Promise<EntityRecord | undefined>;
  investor(idOrName: number | string): Promise<EntityRecord | undefined>;
  searchCompanies(query: string, limit?: number): Promise<SearchHit[]>;
  searchInvestors(query: string, limit?: number): Promise<SearchHit[]>;
  counts(): Promise<StoreCounts>;
  /** A write, done by the background. Rejects with an Error whose message is written for a person. */
  send<T = unknown>(req: PageRequest): Promise<T>;
  sites: SiteAccess;
  settings: { get(): Promise<Settings>; set(next: Settings): Promise<void> };
  exportFile(
    kind: ExportKind,
    /** `reportedOnly`: rounds.csv leaves out rounds that articles only mention. */
    options: { bom: boolean; reportedOnly?: boolean; onProgress?: (done: number, total: number) => void; signal?: AbortSignal },
  ): Promise<ExportFile>;
  /** Opens the options page's data section and starts that export there (a full tab can always download). */
  openExport?(kind: ExportKind): void;
}

/**
 * The rounds a page reports: the store's rounds with this article as a source — under the URL it was stored
 * under (its canonical link), or the tab's URL with or without tracking parameters — and, for a page read
 * before the background said where it stored it, the stored rounds matching what the content script found.
 */
export async function pageRoundsFromStore(db: DealmarkDB, info: PageInfo): Promise<StoredRound[]> {
  const urls = [...new Set([info.state?.articleUrl, info.url, info.state?.url].filter((u): u is string => !!u))];
  const found = new Map<number, StoredRound>();
  for (const url of urls) for (const r of await roundsForArticle(db, url)) found.set(r.id, r);
  const extracted: Round[] = info.state?.rounds.filter((r) => r.primary && r.company) ?? [];
  for (const r of extracted) {
    const known = [...found.values()].some((s) => nameKey(s.company) === nameKey(r.company!) && bestMatch(r, [s]));
    if (known) continue;
    const history = await companyHistory(db, r.company!);
    const match = bestMatch(r, history);
    if (match) found.set(match.id, match);
  }
  // Rounds this page reports first; rounds it merely mentions after them.
  return [...found.values()].sort((a, b) => Number(b.primary) - Number(a.primary));
}

/** Reads shared by every DealmarkApi built on a database connection. */
export function storeReads(db: () => Promise<DealmarkDB>) {
  return {
    pageRounds: async (info: PageInfo) => pageRoundsFromStore(await db(), info),
    round: async (id: number) => getRound(await db(), id),
    companyHistory: async (id: number) => companyHistory(await db(), id),
    investorRounds: async (id: number) => investorRounds(await db(), id),
    company: async (id: number) => getCompany(await db(), id),
    investor: async (idOrName: number | string) => getInvestor(await db(), idOrName),
    searchCompanies: async (q: string, limit = 8) => searchCompanies(await db(), q, limit),
    searchInvestors: async (q: string, limit = 8) => searchInvestors(await db(), q, limit),
    counts: async () => counts(await db()),
  };
}
