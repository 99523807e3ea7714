import { isPageRequest, type Request } from '@/lib/messages';
import { analyzePage, type History } from './analyze';
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

// What the background answers; kept apart from the entrypoint so it can be tested without a browser.
export async function handleRequest(req: Request, tabId: number | undefined): Promise<unknown> {
  // Corrections, deletes and imports from the popup and options page (checkSender allows only extension pages).
  if (isPageRequest(req)) return handlePageRequest(req, await backgroundDb());
  switch (req.type) {
    case 'ping':
      return { pong: true };
    case 'analyze': {
      const result = await analyzePage(req.page, history);
      if (tabId !== undefined) {
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
      return result;
    }
    case 'declined':
      if (tabId !== undefined) {
        tabStates.set(tabId, { url: req.url, status: req.reason, rounds: [] });
        onAnalyzed(tabId, 0);
      }
      return null;
    case 'tab-state':
      return tabStates.get(req.tabId) ?? null;
  }
}
