import type { Round } from '@/lib/model';

/** What the extension knows about one tab, for the popup and the badge. */
export interface TabState {
  url: string;
  status: 'reading' | 'not-article' | 'no-funding' | 'found' | 'error';
  rounds: Round[];
  title?: string;
  error?: string;
  /** Where the article is stored (its canonical URL): the tab's URL may carry tracking parameters or differ. */
  articleUrl?: string;
}

const MAX_TABS = 500;

/** In-memory per-tab state; the service worker may be stopped, so the popup can always re-ask the page. */
export class TabStates {
  private states = new Map<number, TabState>();

  set(tabId: number, state: TabState): void {
    this.states.delete(tabId);
    this.states.set(tabId, state);
    // A browser that stays open for weeks must not grow this map forever.
    if (this.states.size > MAX_TABS) this.states.delete(this.states.keys().next().value!);
  }

  get(tabId: number): TabState | undefined {
    return this.states.get(tabId);
  }

  forget(tabId: number): void {
    this.states.delete(tabId);
  }
}
