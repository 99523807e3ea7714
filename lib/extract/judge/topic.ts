// What the headline and the page say the article is about: its subject company, whether the headline reports a
// round, whether the page reports none; and the company a company's own blog speaks for ("RethinkDB Blog").
import type { Article } from '../../model';
import type { Frame } from '../relate/types';
import { paragraphSubject } from '../relate/subject';
import type { Block } from '../segment/blocks';
import { type NotFunding, pageKind } from './page-kind';

// The company a company's own blog speaks for: "RethinkDB Blog" → RethinkDB (its posts say "we raised").
const BLOG = /\s*(?:blog|news(?:room)?|press(?: releases)?|releases|media|updates|engineering|\(company newsroom\))\s*$/i;
const OUTLET = /\.(?:com|net|org|io)\b|\b(?:times|post|journal|review|daily|news|tech|crunch|wire|herald|business|magazine|insider|report)\b/i;

export function siteCompany(site: string | null): string | null {
  if (!site || !BLOG.test(site)) return null;
  const name = site.replace(BLOG, '').trim();
  return name && name.split(/\s+/).length <= 3 && /^\p{Lu}/u.test(name) && !OUTLET.test(name) ? name : null;
}

/** A company's own post: "we have raised", "our $5M seed", "announcing our Series A". */
const FIRST_PERSON = /\b(?:we|we['’]ve|we['’]re|our)\b[^.]{0,80}\b(?:raised|raise|closed|secured|funding|round|financing|investment)\b/i;
/** A headline about deals in general ("Deals of the week", "Funding roundup") may report any of them. */
const HEADLINE_DEALS = /\b(?:deals?|fundings?|funding round|rounds|raises|financings?|investments|roundup|round-up)\b/i;

export interface Headline {
  /** The company the article is about: the headline's raiser, or a company blog's own company. */
  topic: string | null;
  topicFromHeadline: boolean;
  headline: string;
  /** The first sentence of the body: a page's own h1 or lead when the document title is the site's. */
  lead: string;
  /** The headline states a round, or deals in general. */
  headlineRound: boolean;
  notFunding?: NotFunding;
}

export function readHeadline(article: Article, blocks: Block[], frames: Frame[]): Headline {
  const own = frames.find((f) => f.block === -1 && f.company && f.raise);
  const firstPerson = FIRST_PERSON.test(blocks.slice(0, 4).map((b) => b.text).join(' '));
  const topic = own?.company?.name ?? (firstPerson ? siteCompany(article.site) : null);
  // a page stored without its headline is judged by its first sentence
  const lead = article.title || (blocks.find((b) => b.index >= 0)?.text.split(/(?<=[.!?])\s/)[0] ?? '');
  const headlineRound = frames.some((f) => f.block === -1 && f.raise && !!(f.amount || f.stage)) || HEADLINE_DEALS.test(article.title);
  const notFunding = pageKind(lead) ?? undefined;
  const first = blocks.find((b) => b.index >= 0)?.text.split(/(?<=[.!?])\s/)[0] ?? '';
  return { topic, topicFromHeadline: !!own, headline: article.title, lead: first, headlineRound, notFunding };
}

/** The name each paragraph opens on ("Corvane laid off…"): what "the startup" means there. */
export function paragraphSubjects(blocks: Block[]): Map<number, string> {
  return new Map(blocks.flatMap((b) => { const n = b.index >= 0 ? paragraphSubject(b.text) : null; return n ? [[b.index, n] as const] : []; }));
}
