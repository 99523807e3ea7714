import type { Request } from '@/lib/messages';
import { TabStates, type TabState } from './tab-state';

export const tabStates = new TabStates();

// What the background answers; kept apart from the entrypoint so it can be tested without a browser.
export async function handleRequest(req: Request, tabId: number | undefined): Promise<unknown> {
  switch (req.type) {
    case 'ping':
      return { pong: true };
    case 'analyze': {
      const state: TabState = { url: req.page.url, status: 'no-funding', rounds: [] };
      if (tabId !== undefined) tabStates.set(tabId, state);
      return state;
    }
    case 'tab-state':
      return tabStates.get(req.tabId) ?? null;
  }
}
