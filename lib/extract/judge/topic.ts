// What the headline and the page say the article is about: its subject company, whether the headline reports a
// round, whether the page reports none; and the company a company's own blog speaks for ("RethinkDB Blog").
import type { Article } from '../../model';
import type { Frame } from '../relate/types';
import { paragraphSubject } from '../relate/subject';
import type { Block } from '../segment/blocks';
import { splitSentences } from '../segment/sentences';
import { findDates } from '../recognize/dates';
import { leadKind, type NotFunding, outweighsRaise, pageKind, rewardCampaign } from './page-kind';
import { oneOf } from '../lexicon/alternatives';
import { DEALS_HEADLINE_WORDS, FIRST_PERSON, OUTLET_DOMAINS, OUTLET_WORDS, OWN_RAISE_WORDS, OWN_SITE_SECTIONS } from '../lexicon/sites';

// The company a company's own blog speaks for: "RethinkDB Blog" → RethinkDB (its posts say "we raised").
const BLOG = new RegExp(String.raw`\s*${oneOf(OWN_SITE_SECTIONS)}\s*$`, 'i');
const OUTLET = new RegExp(String.raw`\.${oneOf(OUTLET_DOMAINS)}\b|\b${oneOf(OUTLET_WORDS)}\b`, 'i');

export function siteCompany(site: string | null): string | null {
  if (!site || !BLOG.test(site)) return null;
  const name = site.replace(BLOG, '').trim();
  return name && name.split(/\s+/).length <= 3 && /^\p{Lu}/u.test(name) && !OUTLET.test(name) ? name : null;
}

/** The company a first-person post speaks for: its blog's name ("RethinkDB Blog"), or else the name of its site
 *  or of its web address as the post itself writes it ("blog.loomly.io" and "Loomly"). An outlet's name is not
 *  one: a newsroom's "we" is the newsroom. */
function ownCompany(article: Article, text: string): string | null {
  const blog = siteCompany(article.site);
  if (blog) return blog;
  const keys = [article.site?.replace(BLOG, ''), hostLabel(article.url)].map((k) => compact(k ?? '')).filter((k) => k.length >= 3);
  if (!keys.length) return null;
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}&.'’-]*/gu) ?? [];
  for (let i = 0; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i]!)) continue;
    for (let n = 1; n <= 3 && i + n <= words.length; n++) {
      const name = words.slice(i, i + n).join(' ').replace(/[.'’-]+$/u, '');
      if (keys.includes(compact(name)) && !OUTLET.test(name)) return name;
    }
  }
  return null;
}

const compact = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** "https://blog.loomly.io/x" → loomly: the label before the public suffix ("co.uk", "com.au" count as one). */
function hostLabel(url: string | null): string | null {
  let host: string;
  try { host = new URL(url ?? '').hostname; } catch { return null; }
  const labels = host.split('.');
  labels.pop();
  if (labels.length > 1 && /^(?:co|com|net|org|ac)$/.test(labels.at(-1)!)) labels.pop();
  return labels.at(-1) ?? null;
}

/** A company's own post: "we have raised", "our $5M seed", "announcing our Series A". */
const OWN_RAISE = new RegExp(String.raw`\b${oneOf(FIRST_PERSON)}\b[^.]{0,80}\b${oneOf(OWN_RAISE_WORDS)}\b`, 'i');
const QUOTED = /“[^”]*”|"[^"]*"/g;
/** A headline about deals in general ("Deals of the week", "Funding roundup") may report any of them. */
const HEADLINE_DEALS = new RegExp(String.raw`\b${oneOf(DEALS_HEADLINE_WORDS)}\b`, 'i');

export interface Headline {
  /** The company the article is about: the headline's raiser, or a company blog's own company. */
  topic: string | null;
  topicFromHeadline: boolean;
  headline: string;
  /** The first sentence of the body: a page's own h1 or lead when the document title is the site's. */
  lead: string;
  /** A newsletter's own headline for its story, near the top of the body ("Starfish Raises Series A"). */
  subhead: string;
  /** The headline states a round, or deals in general. */
  headlineRound: boolean;
  notFunding?: NotFunding;
}

/** The body's first sentence (the headline, block -1, is not the body; nor is a line that is only a date:
 *  "October 28, 2021" above the story). */
const firstBodySentence = (blocks: Block[]): string => {
  const first = blocks.find((b) => b.index >= 0 && !dateOnly(b.text.trim()));
  return first ? splitSentences(first.text)[0]?.text ?? '' : '';
};
const dateOnly = (t: string): boolean => t.length < 40 && findDates(t, null).some((d) => t.length - (d.end - d.start) <= 3);

export function readHeadline(article: Article, blocks: Block[], frames: Frame[]): Headline {
  const own = frames.find((f) => f.block === -1 && f.company && f.raise);
  // (a founder's words quoted in a reporter's story are no post of the company's own)
  const opening = blocks.slice(0, 4).map((b) => b.text).join(' ').replace(QUOTED, ' ');
  const topic = own?.company?.name ?? (OWN_RAISE.test(opening) ? ownCompany(article, opening) : null);
  // a page stored without its headline is judged by its first sentence
  const judgedBy = article.title || firstBodySentence(blocks);
  const headlineRound = frames.some((f) => f.block === -1 && f.raise && !!(f.amount || f.stage)) || HEADLINE_DEALS.test(article.title);
  // (a first sentence that itself reports a round — "…its successor X is launching with $77M in series A
  // financing" — is no acquisition story because it names one)
  const lead = firstBodySentence(blocks);
  const leadRound = !article.title && frames.some((f) => f.quote === lead && !!(f.amount || f.stage) && f.raise && !f.past && !f.unfinished);
  // (a headline that reports no round leaves the page's kind to its first sentence: "Stripe positions Paystack…"
  // over "Stripe has acquired Paystack…")
  const body = blocks.filter((b) => b.index >= 0).map((b) => b.text).join('\n');
  const kind = pageKind(judgedBy) ?? (article.title && !headlineRound && !leadRound ? leadKind(lead) : null)
    ?? (rewardCampaign(body, frames) ? 'campaign' : undefined);
  // ("British venture firm X has raised £5M as part of its inaugural fund" is the fund's close all the same)
  const notFunding = leadRound && kind && !outweighsRaise(kind) ? undefined : kind;
  return { topic, topicFromHeadline: !!own, headline: article.title, lead, subhead: subheadOf(blocks, frames), headlineRound, notFunding };
}

/** A short line without a closing stop, in the first body blocks, that tells a named company's raise. */
function subheadOf(blocks: Block[], frames: Frame[]): string {
  const line = (t: string): boolean => !/[.!?:;"”)]$/.test(t.trim()) && t.trim().split(/\s+/).length < 16;
  const raisedIn = (i: number): boolean => frames.some((f) => f.block === i && f.raise && !!f.company);
  return blocks.filter((b) => b.index >= 0).slice(0, 8).find((b) => line(b.text) && raisedIn(b.index))?.text ?? '';
}

/** The name each paragraph opens on ("Corvane laid off…"): what "the startup" means there. */
export function paragraphSubjects(blocks: Block[]): Map<number, string> {
  // (a line asking a question — "Millenium Explica: Como a IA está presente no cotidiano?" — is a teaser's link)
  const asks = (t: string): boolean => /\?["”’»]?\s*$/u.test(t);
  return new Map(blocks.flatMap((b) => { const n = b.index >= 0 && !asks(b.text) ? paragraphSubject(b.text) : null; return n ? [[b.index, n] as const] : []; }));
}
