// Page metadata read straight from the DOM, before Readability strips scripts and head noise.
import { OUTLET_WORDS, SECTION_WORDS } from './section-words';

const SITE_SUFFIX = /\s+[|\u2013\u2014·:»-]\s+[^|\u2013\u2014·:»]{2,40}$/;

// One pass over the <meta> tags per document: a selector per key walks a big page's whole tree every time.
const metaCache = new WeakMap<Document, Map<string, string>>();
function metaMap(doc: Document): Map<string, string> {
  let map = metaCache.get(doc);
  if (map) return map;
  map = new Map();
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const content = el.getAttribute('content')?.trim() ?? '';
    for (const attr of ['property', 'name', 'itemprop']) {
      const k = el.getAttribute(attr);
      // the first tag carrying a key decides it, as a selector query would
      if (k && !map.has(k)) map.set(k, content);
    }
  }
  metaCache.set(doc, map);
  return map;
}

function meta(doc: Document, ...keys: string[]): string | null {
  const map = metaMap(doc);
  for (const key of keys) {
    const v = map.get(key);
    if (v) return v;
  }
  return null;
}

function jsonLdObjects(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 4 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) { for (const x of v) visit(x, depth + 1); return; }
    const o = v as Record<string, unknown>;
    out.push(o);
    if (o['@graph']) visit(o['@graph'], depth + 1);
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const text = s.textContent ?? '';
    if (text.length > 200_000) continue;
    try { visit(JSON.parse(text), 0); } catch { /* broken JSON-LD is common; ignore it */ }
  }
  return out;
}

const ARTICLE_TYPES = /Article|Posting|Report|NewsArticle|BlogPosting/i;

/** Normalises the many date spellings found in metadata to YYYY-MM-DD, or null. */
export function isoDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(s);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  if (s.length > 80) return null;
  const t = Date.parse(s);
  if (!Number.isNaN(t)) {
    const d = new Date(t);
    const y = d.getUTCFullYear();
    if (y > 1980 && y < 2100) return d.toISOString().slice(0, 10);
  }
  return null;
}

export interface PageMeta {
  title: string | null;
  site: string | null;
  url: string | null;
  published: string | null;
}

export function readMeta(doc: Document, url?: string): PageMeta {
  const ld = jsonLdObjects(doc);
  const ldArticle = ld.find((o) => typeof o['@type'] === 'string' && ARTICLE_TYPES.test(o['@type'] as string))
    ?? ld.find((o) => o['datePublished']);
  const ldStr = (k: string): string | null => {
    const v = ldArticle?.[k];
    return typeof v === 'string' ? v : null;
  };

  const published = isoDate(ldStr('datePublished'))
    ?? isoDate(meta(doc, 'article:published_time', 'og:article:published_time', 'datePublished', 'parsely-pub-date',
      'sailthru.date', 'publish-date', 'pubdate', 'date', 'dc.date', 'DC.date.issued', 'dcterms.created', 'article.published'))
    ?? isoDate(doc.querySelector('time[datetime]')?.getAttribute('datetime'))
    ?? null;

  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim()
    || meta(doc, 'og:url') || url || null;

  const site = meta(doc, 'og:site_name', 'application-name', 'twitter:site')?.replace(/^@/, '') ?? null;

  const h1s = Array.from(doc.querySelectorAll('h1')).map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((t) => t.length > 10 && t.length < 300);
  const ogTitle = meta(doc, 'og:title', 'twitter:title') ?? ldStr('headline');
  const docTitle = doc.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  const title = cleanTitle(pickTitle(ogTitle, h1s, docTitle), site);
  return { title, site, url: canonical, published };
}

function pickTitle(og: string | null, h1s: string[], docTitle: string | null): string | null {
  // A page's h1 that echoes og:title / <title> is the real headline; a lone h1 may be the site logo.
  const ref = og ?? docTitle;
  if (ref) {
    const h = h1s.find((t) => ref.includes(t) || t.includes(ref));
    return h ?? ref;
  }
  return h1s[0] ?? null;
}

const SECTION = new Set(SECTION_WORDS);
const TITLE_PARTS = /\s+[|\u2013\u2014·»/-]\s+|\s*[/&]\s*/u;

/** "PÚBLICO – Tecnologia", "Expansión – Empresas / Distribución", "Security – TechBrunch": a site's name and
 *  its section's, in either order, no headline. */
function sectionTitle(s: string): boolean {
  const parts = s.split(TITLE_PARTS).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2 || /\d/.test(s) || parts.some((p) => p.split(/\s+/).length > 3)) return false;
  const section = (p: string): boolean => p.split(/\s+/).every((w) => SECTION.has(w.toLowerCase()));
  return parts.filter((p) => !section(p)).length <= 1;
}

const OUTLET = new Set(OUTLET_WORDS);
const TITLE_ARTICLES = new Set(['the', 'la', 'le', 'il', 'el', 'o', 'a', 'de', 'do', 'da', 'der', 'die', 'das']);
/** "Berliner Zeitung", "Business Insider Australia": a few capitalised words, one a newspaper's noun. */
function outletTitle(s: string): boolean {
  const words = s.split(/\s+/);
  return words.length <= 4 && !/\d/.test(s) && words.some((w) => OUTLET.has(w))
    && words.every((w) => /^\p{Lu}/u.test(w) || TITLE_ARTICLES.has(w.toLowerCase()));
}

export function cleanTitle(t: string | null, site: string | null): string | null {
  if (!t) return null;
  let s = t.replace(/\s+/g, ' ').trim();
  if (site && s.endsWith(site)) s = s.slice(0, -site.length).replace(/\s*[|\u2013\u2014·:»-]\s*$/, '').trim();
  const cut = SITE_SUFFIX.exec(s);
  // Only cut a trailing segment that looks like a brand (short, few words), never half a headline.
  if (cut && cut[0].split(/\s+/).length <= 5 && !/\d|\b(?:raises?|funding|round|led|series)\b/i.test(cut[0]) && s.length - cut[0].length > 10) s = s.slice(0, cut.index).trim();
  // a title of one Latin word is the site's name ("GizmoWired"), never a headline; so is a CJK one of a few
  // characters ("서울경제") — CJK headlines run without spaces, but run longer
  if (sectionTitle(s) || outletTitle(s)) return null;
  return s && !/^[\p{Script=Latin}\p{N}.&'’-]+$/u.test(s) && !/^[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}]{2,5}$/u.test(s) ? s : null;
}
