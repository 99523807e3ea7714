import { isPageRequest, type AnalyzeResult, type Request } from '@/lib/messages';
import type { Article } from '@/lib/model';
import { parsePage, readParsed, rememberPage, type History, type Remembered } from './analyze';
import { backgroundDb, handlePageRequest } from './pages';
import { storeHistory } from './store-history';
import { TabStates } from './tab-state';

export const tabStates = new TabStates();

/** Where analyzed rounds are remembered: the local store (opened on first use); tests may swap it. */
let history: History | null = storeHistory(backgroundDb);
export function useHistory(h: History | null): void {
  history = h;
}

/** Called after a page was analyzed, so the entrypoint can update the badge. */
let onAnalyzed: (tabId: number, primaryRounds: number) => void = () => undefined;
export function onPageAnalyzed(fn: typeof onAnalyzed): void {
  onAnalyzed = fn;
}

/** Called once a page's rounds are saved, so the entrypoint can hand the hover card its history. */
let onRemembered: (tabId: number, url: string, r: Remembered) => void = () => undefined;
export function onPageRemembered(fn: typeof onRemembered): void {
  onRemembered = fn;
}

/** Saves still running, per tab: the popup's first read waits for its tab's, so it sees the saved round. */
const saving = new Map<number, Promise<unknown>>();

// What the background answers; kept apart from the entrypoint so it can be tested without a browser.
export async function handleRequest(req: Request, tabId: number | undefined): Promise<unknown> {
  // Corrections, deletes and imports from the popup and options page (checkSender allows only extension pages).
  if (isPageRequest(req)) return handlePageRequest(req, await backgroundDb());
  switch (req.type) {
    case 'ping':
      return { pong: true };
    case 'analyze': {
      // The page's highlights wait only for the reading; the store write follows the reply — unless the user
      // corrected this article, whose reply must show the corrected rounds the save puts in place.
      const received = performance.now();
      // The store is asked whether the user edited this article (its URL is known once the page is parsed)
      // before Readability runs, so that read is answered while the page is being read, not after it.
      const parsed = parsePage(req.page);
      const editedAsked = history?.userEdited?.(parsed.url).catch(() => false);
      const { result, article } = readParsed(parsed, req.page);
      const te = performance.now();
      const edited = !!history && !!article && !!(await editedAsked);
      result.timings.edited_ms = performance.now() - te;
      if (edited) await rememberNow(history!, article!, result);
      if (tabId !== undefined) {
        // on the fast path a failed save reaches the tab state later, from remember()
        tabStates.set(tabId, {
          url: req.page.url,
          status: result.status,
          rounds: result.rounds,
          title: result.title,
          ...(result.saveError ? { error: result.saveError } : {}),
          ...(result.articleUrl ? { articleUrl: result.articleUrl } : {}),
        });
        onAnalyzed(tabId, result.rounds.filter((r) => r.primary).length);
      }
      if (history && article && !edited) remember(history, article, result, tabId, req.page.url);
      const replied = performance.now();
      result.timings.received_at = performance.timeOrigin + received;
      result.timings.replied_at = performance.timeOrigin + replied;
      result.timings.handler_ms = replied - received;
      return result;
    }
    case 'declined':
      if (tabId !== undefined) {
        tabStates.set(tabId, { url: req.url, status: req.reason, rounds: [] });
        onAnalyzed(tabId, 0);
      }
      return null;
    case 'tab-state':
      await saving.get(req.tabId);
      return tabStates.get(req.tabId) ?? null;
  }
}

/** The slow path: save first, then reply with the corrected rounds and the history. */
async function rememberNow(history: History, article: Article, result: AnalyzeResult): Promise<void> {
  const r = await rememberPage(article, result.rounds, history);
  result.history = r.history;
  result.timings.store_ms = r.store_ms;
  if (r.saveError) result.saveError = r.saveError;
}

function remember(history: History, article: Article, result: AnalyzeResult, tabId: number | undefined, url: string): void {
  // a copy: the save puts corrected rounds in place, and the reply already sent must not change under it
  const done = rememberPage(article, [...result.rounds], history).then((r) => {
    result.timings.store_ms = r.store_ms;
    if (tabId === undefined) return;
    const state = tabStates.get(tabId);
    if (r.saveError && state?.url === url) tabStates.set(tabId, { ...state, error: r.saveError });
    onRemembered(tabId, url, r);
  });
  if (tabId === undefined) return;
  const settled = done.catch(() => undefined).finally(() => {
    if (saving.get(tabId) === settled) saving.delete(tabId);
  });
  saving.set(tabId, settled);
}
