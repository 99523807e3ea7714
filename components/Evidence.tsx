// Where a fact was read: the sentence it came from (the exact words marked), the article's title, site and date.
// The title links to the article; the link is only made for http(s) URLs.
import type { Evidence, FactKind } from '../lib/model';
import type { ArticleRecord, RoundDetail } from '../lib/store';
import { safeHref, siteOf } from './text';
import { formatDate } from '../lib/labels';

export interface EvidenceItem {
  evidence: Evidence;
  article: ArticleRecord | undefined;
  /** The source it was read from; absent for a fact the user added from a selection. */
  sourceId?: number;
}

export function evidenceFor(detail: RoundDetail | undefined, kinds: readonly FactKind[]): EvidenceItem[] {
  if (!detail) return [];
  const articles = new Map(detail.articles.map((a) => [a.url, a]));
  const out: EvidenceItem[] = [];
  const seen = new Set<string>();
  for (const s of detail.sources) {
    for (const e of s.evidence) {
      if (!kinds.includes(e.kind)) continue;
      const key = `${s.articleUrl}\u0000${e.quote}\u0000${e.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ evidence: e, article: articles.get(s.articleUrl) ?? { url: s.articleUrl, title: '', site: null, published: null, firstSeen: s.seenAt, lastSeen: s.seenAt }, sourceId: s.id });
    }
  }
  // What the user added from a selection on the page: quoted like any other evidence.
  for (const c of detail.corrections) {
    for (const { articleUrl, evidence: e } of c.evidence ?? []) {
      if (!kinds.includes(e.kind)) continue;
      const key = `${articleUrl}\u0000${e.quote}\u0000${e.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ evidence: e, article: articles.get(articleUrl) ?? { url: articleUrl, title: '', site: null, published: null, firstSeen: c.createdAt, lastSeen: c.createdAt } });
    }
  }
  return out;
}

/** The quote with the fact's exact words in <mark>: split as strings, never parsed as HTML. */
export function Quote({ quote, text }: { quote: string; text: string }) {
  const at = text ? quote.indexOf(text) : -1;
  if (at < 0) return <q>{quote}</q>;
  return (
    <q>
      {quote.slice(0, at)}
      <mark>{text}</mark>
      {quote.slice(at + text.length)}
    </q>
  );
}

export function ArticleLink({ article }: { article: ArticleRecord | undefined }) {
  if (!article) return null;
  const href = safeHref(article.url);
  const title = article.title || article.url;
  const meta = [article.site || siteOf(article.url), article.published ? formatDate(article.published) : ''].filter(Boolean).join(' · ');
  return (
    <span class="dm-article">
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">{title}</a>
      ) : (
        <span>{title}</span>
      )}
      {meta ? <span class="dm-meta">{` — ${meta}`}</span> : null}
    </span>
  );
}

export function EvidenceList({ items, empty }: { items: EvidenceItem[]; empty?: string }) {
  if (!items.length) return <p class="dm-muted">{empty ?? 'No quote saved for this fact.'}</p>;
  return (
    <ul class="dm-evidence">
      {items.map((it, i) => (
        <li key={i}>
          <Quote quote={it.evidence.quote || it.evidence.text} text={it.evidence.text} />
          <ArticleLink article={it.article} />
        </li>
      ))}
    </ul>
  );
}
