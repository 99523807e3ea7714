// The background's second word on a page: its reply carries the rounds as soon as they are read, and once
// the store has saved them this message brings each company's earlier rounds (the hover card's history).
// Background → content script, through tabs.sendMessage; checked on arrival like every message.
import type { Round } from '../model';

export interface PageHistory {
  type: 'dealmark:page-history';
  /** The page URL the analyze request carried: a tab that moved on ignores a late answer. */
  url: string;
  history: Record<string, Round[]>;
  /** Set when the rounds could not be saved (full disk...). */
  saveError?: string;
}

export function pageHistory(url: string, history: Record<string, Round[]>, saveError?: string): PageHistory {
  return { type: 'dealmark:page-history', url, history, ...(saveError ? { saveError } : {}) };
}

export function isPageHistory(msg: unknown): msg is PageHistory {
  if (typeof msg !== 'object' || msg === null) return false;
  const m = msg as Partial<PageHistory>;
  return m.type === 'dealmark:page-history' && typeof m.url === 'string' && typeof m.history === 'object' && m.history !== null
    && Object.values(m.history).every(Array.isArray);
}
