// Document → Article. DOM API only, so the same code runs on linkedom (CLI, service worker) and on a
// real document clone in the browser. Readability mutates its input: callers hand in a clone.
import { Readability } from '@mozilla/readability';
import type { Article } from '../model';
import { cleanTitle, isoDate, readMeta, type PageMeta } from './meta';

export { isoDate, cleanTitle } from './meta';

export interface ReadOptions {
  /** Readability gives up on pages with more elements than this (guards the worker against giant pages). */
  maxElemsToParse?: number;
  /** The page's metadata when the caller read it already (before Readability changes the document). */
  meta?: PageMeta;
}

const BLOCKS = new Set(['P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TD', 'DT', 'DD', 'FIGCAPTION']);
const CONTAINERS_WITH_BLOCKS = new Set(['BLOCKQUOTE', 'LI', 'TD', 'DD']);

const clean = (s: string): string => s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();

/** Text blocks in reading order; nested blocks (a p inside a blockquote) are emitted once, innermost first. */
export function collectParagraphs(root: Element): string[] {
  const out: string[] = [];
  let loose = '';
  const flush = (): void => { const t = clean(loose); if (t) out.push(t); loose = ''; };
  const walk = (node: Node): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) { loose += c.textContent ?? ''; continue; }
      if (c.nodeType !== 1) continue;
      const el = c as Element;
      const tag = el.tagName.toUpperCase();
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT') continue;
      if (tag === 'BR') { loose += ' '; continue; }
      if (BLOCKS.has(tag)) {
        if (CONTAINERS_WITH_BLOCKS.has(tag) && el.querySelector('p, li, h2, h3, h4, blockquote')) { flush(); walk(el); flush(); continue; }
        flush();
        const t = clean(el.textContent ?? '');
        if (t) out.push(t);
        continue;
      }
      if (tag === 'DIV' || tag === 'SECTION' || tag === 'ARTICLE' || tag === 'UL' || tag === 'OL' || tag === 'TABLE'
        || tag === 'TBODY' || tag === 'TR' || tag === 'FIGURE' || tag === 'HEADER' || tag === 'FOOTER' || tag === 'DL' || tag === 'MAIN') {
        flush(); walk(el); flush(); continue;
      }
      walk(el);
    }
  };
  walk(root);
  flush();
  return out;
}

/** The page's own <article> (or <main>), copied, when it holds a story's worth of text in few paragraphs — the
 *  pages Readability may score below their footer. (Copied only then: most articles are told in <p>s.) */
function ownArticle(doc: Document): Element | null {
  const el = doc.querySelector('article') ?? doc.querySelector('main');
  if (!el || el.querySelectorAll('p').length >= 3) return null;
  return (el.textContent ?? '').length >= 500 ? (el.cloneNode(true) as Element) : null;
}

const SCRAPS = 200;
const length = (ps: string[]): number => ps.reduce((n, p) => n + p.length, 0);

/** Readability's blocks, unless it kept only scraps while the page's own <article> holds a story (a digest told
 *  as a list of items, no <p>, gets scored below the footer). */
function betterOf(read: string[], own: Element | null): string[] {
  if (!own || length(read) >= SCRAPS) return read;
  const mine = collectParagraphs(own);
  return length(mine) > length(read) ? mine : read;
}

/** Reads the article of a page. Returns null when Readability finds no article body. */
export function readArticle(doc: Document, url?: string, opts: ReadOptions = {}): Article | null {
  const meta = opts.meta ?? readMeta(doc, url);
  const reader = new Readability<Node>(doc, {
    maxElemsToParse: opts.maxElemsToParse ?? 20_000,
    charThreshold: 200,
    serializer: (n: Node) => n,
  });
  // (Readability mutates the document: the page's own <article> is kept aside first)
  const own = ownArticle(doc);
  const parsed = reader.parse();
  if (!parsed || !parsed.content) return null;
  const paragraphs = betterOf(collectParagraphs(parsed.content as Element), own);
  if (!paragraphs.length) return null;
  const title = meta.title ?? cleanTitle(parsed.title ?? null, meta.site);
  // Readability sometimes keeps the headline as the first block; the extractor reads it from `title`.
  if (title && paragraphs.length > 1 && clean(paragraphs[0]) === clean(title)) paragraphs.shift();
  return {
    title: title ?? '',
    paragraphs,
    site: meta.site ?? parsed.siteName ?? null,
    url: meta.url,
    published: meta.published ?? isoDate(parsed.publishedTime),
  };
}
