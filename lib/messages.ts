// The message protocol between the content script, the background and extension pages.
// Every message that reaches the background is checked here first: its shape, and who sent it.
// Anything else is refused with a clear error instead of being half-handled.
import type { Round } from './model';

export const MAX_PAGE_HTML = 8 * 1024 * 1024;

/** A page as the content script hands it over: serialized so the heavy parsing runs off the page's thread. */
export interface PageSnapshot {
  html: string;
  url: string;
}

/** Time the background spent on a page, so the content script can report it in its performance marks. */
export interface AnalyzeTimings {
  parse_ms: number;
  readability_ms: number;
  extract_ms: number;
  store_ms: number;
}

/** The background's answer to `analyze`: the page's rounds with evidence, and what the history knows. */
export interface AnalyzeResult {
  status: 'not-article' | 'no-funding' | 'found';
  title: string;
  /** Primary and merely-mentioned rounds, each fact with its evidence (quote, prefix/suffix, offsets). */
  rounds: Round[];
  /** For each company of a primary round: its earlier rounds from the local history, oldest first. */
  history: Record<string, Round[]>;
  /** Set when the rounds were read but could not be saved (full disk...): the page still shows them. */
  saveError?: string;
  timings: AnalyzeTimings;
}

export type Request =
  | { type: 'ping' }
  | { type: 'analyze'; page: PageSnapshot }
  | { type: 'tab-state'; tabId: number };

export type RequestType = Request['type'];

export class MessageError extends Error {
  override name = 'MessageError';
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Validates an incoming message; throws MessageError with a reason a developer can act on. */
export function parseRequest(raw: unknown): Request {
  if (!isObject(raw) || typeof raw.type !== 'string') throw new MessageError('Dealmark: message without a type');
  switch (raw.type) {
    case 'ping':
      return { type: 'ping' };
    case 'analyze': {
      const page = raw.page;
      if (!isObject(page) || typeof page.html !== 'string' || typeof page.url !== 'string')
        throw new MessageError('Dealmark: analyze needs page {html, url}');
      if (page.html.length > MAX_PAGE_HTML) throw new MessageError('Dealmark: page too large to analyze');
      return { type: 'analyze', page: { html: page.html, url: page.url } };
    }
    case 'tab-state': {
      if (typeof raw.tabId !== 'number' || !Number.isInteger(raw.tabId)) throw new MessageError('Dealmark: tab-state needs a tabId');
      return { type: 'tab-state', tabId: raw.tabId };
    }
    default:
      throw new MessageError(`Dealmark: unknown message type "${String(raw.type).slice(0, 40)}"`);
  }
}

/** Where a message came from, as the browser reports it (runtime.MessageSender, reduced). */
export interface SenderInfo {
  id?: string;
  tabId?: number;
  url?: string;
}

/**
 * Content scripts may only send page messages about their own tab; extension pages may ask anything.
 * Messages from other extensions are refused outright.
 */
export function checkSender(req: Request, sender: SenderInfo, ownId: string, ownOrigin: string): void {
  if (sender.id !== ownId) throw new MessageError('Dealmark: message from another extension refused');
  const fromExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
  if (req.type === 'analyze' && sender.tabId === undefined)
    throw new MessageError('Dealmark: analyze must come from a page tab');
  if (req.type === 'tab-state' && !fromExtensionPage)
    throw new MessageError('Dealmark: tab-state is only for extension pages');
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
