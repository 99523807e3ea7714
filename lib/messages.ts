// The message protocol between the content script, the background and extension pages.
// Every message that reaches the background is checked here first: its shape, and who sent it.
// Anything else is refused with a clear error instead of being half-handled.
import type { Round } from './model';
import { ADD_KINDS, type AddKind } from './selection/kinds';
import { MAX_SELECTION, type PageSelection } from './selection/snapshot';
import type { Correction, CorrectableField } from './store/types';
import { dateProblem, investorsProblem, moneyProblem, stageProblem, valuationProblem } from './store/validate';

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
  /**
   * Where the message hand-off goes (ms; a clock both sides share: timeOrigin + now): the request reached
   * the background handler `received_at`, which replied at `replied_at`; `handler_ms` is the handler's own
   * time (parse, Readability and extraction included), `edited_ms` the store lookup of a user-edited article.
   */
  received_at?: number;
  replied_at?: number;
  handler_ms?: number;
  edited_ms?: number;
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
  /** The URL the article is stored under (its canonical link when it has one), when it was read as one. */
  articleUrl?: string;
  timings: AnalyzeTimings;
}

export type DeclineReason = 'not-article' | 'no-funding';

export type Request =
  | { type: 'ping' }
  | { type: 'analyze'; page: PageSnapshot }
  | { type: 'tab-state'; tabId: number }
  /** The content script's cheap gate turned the page down: nothing was serialized or sent. */
  | { type: 'declined'; url: string; reason: DeclineReason }
  | PageRequest;

/** Writes asked by extension pages (popup, options); the background owns every write to the store. */
export type PageRequest =
  | { type: 'correct-round'; roundId: number; correction: Correction }
  | { type: 'remove-correction'; roundId: number; field: CorrectableField }
  | { type: 'delete-round'; roundId: number }
  | { type: 'delete-source'; sourceId: number }
  | { type: 'delete-article'; url: string }
  | { type: 'delete-company'; companyId: number }
  | { type: 'delete-everything' }
  | { type: 'merge-companies'; targetId: number; otherId: number }
  | { type: 'split-company'; companyId: number; names: string[] }
  | { type: 'merge-investors'; targetId: number; otherId: number }
  | { type: 'split-investor'; investorId: number; names: string[] }
  /** Add from the page: the user's selection becomes a fact of a round of this article (roundId null: a new round). */
  | { type: 'add-fact'; article: AddFactArticle; roundId: number | null; company?: string; kind: AddKind; selection: PageSelection }
  | { type: 'import-backup'; text: string };

/** The article a selection was made in, as the popup knows it. */
export interface AddFactArticle {
  url: string;
  title: string;
  site: string | null;
  published: string | null;
}

export const PAGE_REQUEST_TYPES: readonly PageRequest['type'][] = [
  'correct-round', 'remove-correction', 'delete-round', 'delete-source', 'delete-article', 'delete-company',
  'delete-everything', 'merge-companies', 'split-company', 'merge-investors', 'split-investor', 'add-fact', 'import-backup',
];

export function isPageRequest(req: Request): req is PageRequest {
  return (PAGE_REQUEST_TYPES as readonly string[]).includes(req.type);
}

/** A backup file's text may be large (100,000 rounds); browsers cap one message at 64 MiB. */
export const MAX_BACKUP_TEXT = 60 * 1024 * 1024;
const MAX_NAME = 300;
const CORRECTABLE = new Set<CorrectableField>(['company', 'stage', 'amount', 'valuation', 'date', 'investors']);

export type RequestType = Request['type'];

export class MessageError extends Error {
  override name = 'MessageError';
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

const isId = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v > 0;

function needId(raw: Record<string, unknown>, key: string): number {
  const v = raw[key];
  if (!isId(v)) throw new MessageError(`Dealmark: ${String(raw.type)} needs a positive integer ${key}`);
  return v;
}

const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

function parseAddFact(raw: Record<string, unknown>): PageRequest {
  const kind = raw.kind;
  if (!ADD_KINDS.some((k) => k.kind === kind)) throw new MessageError('Dealmark: add-fact needs a kind (amount, valuation, stage, lead, investor, company)');
  const a = raw.article as Record<string, unknown> | null;
  if (!a || typeof a !== 'object' || !isText(a.url, 4096) || !a.url || !isText(a.title ?? '', 2000))
    throw new MessageError('Dealmark: add-fact needs the article it was selected in');
  const sel = raw.selection as Record<string, unknown> | null;
  const ok = sel && typeof sel === 'object' && isText(sel.text, MAX_SELECTION) && (sel.text as string).trim() && isText(sel.prefix, 64) && isText(sel.suffix, 64)
    && isText(sel.quote, 1000) && isText(sel.url, 4096) && Number.isInteger(sel.start) && Number.isInteger(sel.end);
  if (!ok) throw new MessageError('Dealmark: add-fact needs the selected text and where it is');
  const roundId = raw.roundId === null ? null : needId(raw, 'roundId');
  if (raw.company !== undefined && !isText(raw.company, MAX_NAME)) throw new MessageError('Dealmark: add-fact has a company name that is not text');
  return {
    type: 'add-fact',
    article: { url: a.url as string, title: (a.title as string | undefined) ?? '', site: isText(a.site, 300) ? a.site : null, published: isText(a.published, 40) ? a.published : null },
    roundId,
    ...(raw.company !== undefined ? { company: raw.company as string } : {}),
    kind: kind as AddKind,
    selection: { text: sel!.text as string, prefix: sel!.prefix as string, suffix: sel!.suffix as string, quote: sel!.quote as string, start: sel!.start as number, end: sel!.end as number, url: sel!.url as string },
  };
}

function needNames(raw: Record<string, unknown>, type: string): string[] {
  const names = raw.names;
  if (!Array.isArray(names) || !names.length || !names.every((n) => typeof n === 'string' && n.trim() && n.length <= MAX_NAME))
    throw new MessageError(`Dealmark: ${type} needs a list of names`);
  return names as string[];
}

function parseCorrection(raw: unknown): Correction {
  if (!isObject(raw) || typeof raw.field !== 'string' || !CORRECTABLE.has(raw.field as CorrectableField))
    throw new MessageError('Dealmark: correct-round needs a correction {field, value} for a known field');
  const { field, value } = raw;
  const problem =
    field === 'company'
      ? typeof value === 'string' && value.trim() && value.length <= MAX_NAME ? null : 'a company needs a name'
      : field === 'stage'
        ? stageProblem(value)
        : field === 'amount'
          ? moneyProblem(value, 'amount')
          : field === 'valuation'
            ? valuationProblem(value)
            : field === 'date'
              ? dateProblem(value)
              : investorsProblem(value);
  if (problem) throw new MessageError(`Dealmark: correction refused: ${problem}`);
  return { field, value } as Correction;
}

function parsePageRequest(raw: Record<string, unknown>): PageRequest {
  switch (raw.type) {
    case 'correct-round':
      return { type: 'correct-round', roundId: needId(raw, 'roundId'), correction: parseCorrection(raw.correction) };
    case 'remove-correction':
      if (typeof raw.field !== 'string' || !CORRECTABLE.has(raw.field as CorrectableField))
        throw new MessageError('Dealmark: remove-correction needs a known field');
      return { type: 'remove-correction', roundId: needId(raw, 'roundId'), field: raw.field as CorrectableField };
    case 'delete-round':
      return { type: 'delete-round', roundId: needId(raw, 'roundId') };
    case 'delete-source':
      return { type: 'delete-source', sourceId: needId(raw, 'sourceId') };
    case 'delete-article':
      if (typeof raw.url !== 'string' || !raw.url) throw new MessageError('Dealmark: delete-article needs a url');
      return { type: 'delete-article', url: raw.url };
    case 'delete-company':
      return { type: 'delete-company', companyId: needId(raw, 'companyId') };
    case 'delete-everything':
      return { type: 'delete-everything' };
    case 'merge-companies':
      return { type: 'merge-companies', targetId: needId(raw, 'targetId'), otherId: needId(raw, 'otherId') };
    case 'split-company':
      return { type: 'split-company', companyId: needId(raw, 'companyId'), names: needNames(raw, 'split-company') };
    case 'add-fact':
      return parseAddFact(raw);
    case 'merge-investors':
      return { type: 'merge-investors', targetId: needId(raw, 'targetId'), otherId: needId(raw, 'otherId') };
    case 'split-investor':
      return { type: 'split-investor', investorId: needId(raw, 'investorId'), names: needNames(raw, 'split-investor') };
    case 'import-backup':
      if (typeof raw.text !== 'string') throw new MessageError('Dealmark: import-backup needs the file text');
      if (raw.text.length > MAX_BACKUP_TEXT) throw new MessageError('Dealmark: backup file too large to import');
      return { type: 'import-backup', text: raw.text };
    default:
      throw new MessageError(`Dealmark: unknown message type "${String(raw.type).slice(0, 40)}"`);
  }
}

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
    case 'declined': {
      if (typeof raw.url !== 'string' || (raw.reason !== 'not-article' && raw.reason !== 'no-funding'))
        throw new MessageError('Dealmark: declined needs {url, reason}');
      return { type: 'declined', url: raw.url, reason: raw.reason };
    }
    case 'tab-state': {
      if (typeof raw.tabId !== 'number' || !Number.isInteger(raw.tabId)) throw new MessageError('Dealmark: tab-state needs a tabId');
      return { type: 'tab-state', tabId: raw.tabId };
    }
    default:
      return parsePageRequest(raw);
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
  if (req.type === 'declined' && sender.tabId === undefined)
    throw new MessageError('Dealmark: declined must come from a page tab');
  if (req.type === 'tab-state' && !fromExtensionPage)
    throw new MessageError('Dealmark: tab-state is only for extension pages');
  // A content script runs beside hostile page code: it may never correct, delete or import.
  if (isPageRequest(req) && !fromExtensionPage)
    throw new MessageError(`Dealmark: ${req.type} is only for extension pages`);
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
