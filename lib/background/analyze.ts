// A page's journey through the background: serialized HTML → DOM (linkedom) → Readability → extractor
// → saved to the local history. It runs here, off the page's thread, so a long Readability pass can never
// freeze the page the user is reading (see bench/ for the in-page vs off-thread measurement).
import { readArticle } from '@/lib/article';
import { readMeta, type PageMeta } from '@/lib/article/meta';
import { parseHtml } from '@/lib/article/parse-html';
import { extract } from '@/lib/extract';
import type { AnalyzeResult, PageSnapshot } from '@/lib/messages';
import type { Article, Round } from '@/lib/model';

/** Where analyzed rounds are remembered; the store in the extension, a fake in tests. */
export interface History {
  /** Saves the article's rounds; returns what identifies the rounds it reports (not those it only mentions). */
  save(article: Article, rounds: Round[]): Promise<RoundKeys>;
  /** A company's other rounds, oldest first: everything but the rounds this article reports. */
  earlierRounds(company: string, reported: RoundKeys): Promise<Round[]>;
  /**
   * The user corrected this article's rounds or added facts from it: its reply must carry the corrected
   * rounds (which the save puts in place), so it waits for the save instead of following it.
   */
  userEdited?(url: string): Promise<boolean>;
}

/** Opaque to the analyzer: the store's ids of the rounds an article reports. */
export type RoundKeys = readonly number[];

const now = (): number => performance.now();

/** About one sentence: a one-line news brief still counts, a navigation-only page does not. */
const MIN_ARTICLE_CHARS = 80;

/** A page read but not yet remembered: the reply the page can show now, and what the store still needs. */
export interface ReadPage {
  result: AnalyzeResult;
  /** Null when there is nothing to remember (not an article, no rounds). */
  article: Article | null;
}

/** A page parsed, with the URL it is stored under (its canonical link, else the tab's), before it is read. */
export interface ParsedPage {
  doc: Document;
  meta: PageMeta;
  /** The URL the article will be stored under: known before Readability runs. */
  url: string;
  parse_ms: number;
}

/** Parses the page and reads its metadata (cheap); `readParsed` does the rest. */
export function parsePage(page: PageSnapshot): ParsedPage {
  const t = now();
  const doc = parseHtml(page.html);
  const meta = readMeta(doc, page.url);
  return { doc, meta, url: meta.url ?? page.url, parse_ms: now() - t };
}

/** Parse, Readability, extraction: everything the page's highlights wait for. No store access. */
export function readPage(page: PageSnapshot): ReadPage {
  return readParsed(parsePage(page), page);
}

/** Readability and extraction of a parsed page. */
export function readParsed(parsed: ParsedPage, page: PageSnapshot): ReadPage {
  const timings = { parse_ms: parsed.parse_ms, readability_ms: 0, extract_ms: 0, store_ms: 0 };
  const doc = parsed.doc;

  let t = now();
  const article = readArticle(doc, page.url, { meta: parsed.meta });
  timings.readability_ms = now() - t;
  // Readability returns *something* for nearly any page; a few words of body text is not an article.
  const bodyChars = article ? article.paragraphs.reduce((n, p) => n + p.length, 0) : 0;
  if (!article || bodyChars < MIN_ARTICLE_CHARS) return { result: { status: 'not-article', title: article?.title ?? '', rounds: [], history: {}, timings }, article: null };
  // The canonical URL identifies the article across visits; the tab's URL is the fallback.
  if (!article.url) article.url = page.url;

  t = now();
  const read = extract(article);
  // A page judged not to be funding news (IPO pricing, a deal in talks…) reports no round: whatever figures it
  // has are kept as mentions, never presented or saved as reported rounds.
  const rounds = read.notFunding ? read.rounds.map((r) => (r.primary ? { ...r, primary: false } : r)) : read.rounds;
  timings.extract_ms = now() - t;
  const primary = rounds.filter((r) => r.primary);
  const result: AnalyzeResult = {
    status: primary.length ? 'found' : 'no-funding',
    title: article.title,
    rounds,
    history: {},
    timings,
    articleUrl: article.url,
  };
  return { result, article: rounds.length ? article : null };
}

/** What remembering a page adds to its reply: each company's earlier rounds, and a failed save's reason. */
export interface Remembered {
  history: Record<string, Round[]>;
  saveError?: string;
  store_ms: number;
}

/** Saves the article's rounds and reads back each company's earlier rounds (the hover card's history). */
export async function rememberPage(article: Article, rounds: Round[], history: History): Promise<Remembered> {
  const t = now();
  const out: Remembered = { history: {}, store_ms: 0 };
  let reported: RoundKeys = [];
  try {
    reported = await history.save(article, rounds);
  } catch (err) {
    // The page still shows what it says; the user learns the history could not keep it.
    out.saveError = err instanceof Error ? err.message : String(err);
  }
  const companies = new Set(rounds.filter((r) => r.primary).map((r) => r.company).filter((c): c is string => !!c));
  for (const company of companies) out.history[company] = await history.earlierRounds(company, reported).catch(() => []);
  out.store_ms = now() - t;
  return out;
}

/** Read and remember in one go (the CLI-like path and tests); the background replies between the two. */
export async function analyzePage(page: PageSnapshot, history: History | null): Promise<AnalyzeResult> {
  const { result, article } = readPage(page);
  if (!history || !article) return result;
  const r = await rememberPage(article, result.rounds, history);
  result.history = r.history;
  result.timings.store_ms = r.store_ms;
  if (r.saveError) result.saveError = r.saveError;
  return result;
}
