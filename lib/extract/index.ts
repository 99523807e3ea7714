// Article → Extraction: every funding round the article reports or mentions, each fact with evidence.
import type { Article, Extraction } from '../model';
import { findCompany, RAISE_VERBS } from './company';
import { datelineDate } from './recognize/dates';
import { currencyContext } from './recognize/money';
import { classifyArticle } from './negative';
import { assemble, type Block, finish } from './rounds';
import { capRuns, lastName, tidyName } from './names';

export { findMoney, currencyContext, parseNumber } from './recognize/money';
export { findStages } from './recognize/stage';
export { findInvestors } from './investors';
export { findCompany } from './company';
export { findDates } from './recognize/dates';
export { classifyArticle } from './negative';
export { splitSentences } from './segment/sentences';
export { moneyRole } from './roles';

const NOISE = /^(?:read more|also read|related|see also|recommended|subscribe|sign up|click here|advertisement|sponsored|follow us|share this|read next|more from|you may also like|trending|popular|most read|watch|listen|image|photo|caption|credit)\b/i;
const SECTION_END = /^(?:more (?:news|stories|from|releases|articles)|related(?: articles| stories| news| posts)?|recommended(?: for you)?|trending(?: now)?|popular|latest(?: news)?|read next|you may also like|also on|around the web|most read|top stories|further reading)\b.{0,30}$/i;

/** Body blocks worth reading: page furniture ("Read more: ...", related-headline lists) is dropped. */
export function bodyBlocks(paragraphs: string[]): Block[] {
  const out: Block[] = [];
  let inRelated = false;
  paragraphs.forEach((raw, index) => {
    const text = raw.length > 20_000 ? raw.slice(0, 20_000) : raw;
    const headlineLike = !/[.!?:;"”’)]$/.test(text.trim()) && text.split(/\s+/).length < 25;
    if (SECTION_END.test(text.trim())) { inRelated = true; return; }
    if (inRelated && headlineLike) return;
    inRelated = false;
    if (NOISE.test(text.trim())) return;
    out.push({ index, text, headlineLike });
  });
  return out;
}

const ROUNDUP = /\b(?:round-?up|digest|weekly|this week|wrap|briefing|funding galore|deals? (?:of|this)|week in|top (?:funding|deals)|startups? (?:that )?raised|funding news)\b|;\s/i;
const TITLE_VERB = new RegExp(String.raw`\b${RAISE_VERBS}(?![\p{L}\p{N}_-])`, 'iu');

function topicCompany(article: Article): string | null {
  const t = article.title;
  if (t) {
    const c = findCompany(t, TITLE_VERB.exec(t)?.index ?? 0, []);
    if (c && c.kind === 'name') return c.name;
  }
  // the headline's name that the body repeats most: "China facial recognition company SenseTime smashes record"
  if (t) {
    const body = article.paragraphs.slice(0, 40).join(' ');
    let best: string | null = null, bestN = 1;
    for (const r of capRuns(t)) {
      const name = tidyName(r.text);
      if (name.length < 2 || /^(?:Series|Seed|Funding|Round|Exclusive|Update|Startup|Startups)$/i.test(name)) continue;
      const n = body.split(name).length - 1;
      if (n > bestN) { best = name; bestN = n; }
    }
    if (best) return best;
  }
  // first-person posts on a company blog: "We've raised $8M" on "RethinkDB Blog"
  if (article.site) {
    const s = article.site.replace(/\s*(?:blog|news(?:room)?|press(?: releases)?|releases|media|updates|engineering)\s*$/i, '').trim();
    if (s && s.split(/\s+/).length <= 3 && /^[A-Z]/.test(s) && !/\.(?:com|net|org)|\b(?:times|post|journal|review|daily|news|tech|crunch|wire|herald|business)\b/i.test(s)) return tidyName(lastName(s)?.text ?? s);
  }
  return null;
}

export function extract(article: Article): Extraction {
  const paragraphs = article.paragraphs.length > 3000 ? article.paragraphs.slice(0, 3000) : article.paragraphs;
  // A news article is far below 300k characters; past that we read the head only, so a giant page stays cheap.
  const blocks: Block[] = [];
  let budget = 300_000;
  for (const b of bodyBlocks(paragraphs)) { if (budget <= 0) break; blocks.push(b.text.length > budget ? { ...b, text: b.text.slice(0, budget) } : b); budget -= b.text.length; }
  const published = datelineDate(paragraphs) ?? article.published ?? null;
  const fullText = blocks.map((b) => b.text).join('\n').slice(0, 200_000);
  const ctx = currencyContext(fullText, article.url, article.site);
  const negative = classifyArticle(article.title ?? '', paragraphs, article.url);
  const topic = topicCompany(article);
  const roundupTitle = ROUNDUP.test(article.title ?? '') || !article.title;
  const inp = { article: { ...article, title: (article.title ?? '').slice(0, 500) }, blocks, ctx, published, topic, negative, roundupTitle };
  const drafts = assemble(inp);
  const rounds = finish({ ...inp, drafts });
  const out: Extraction = { rounds };
  if (negative) out.notFunding = negative;
  return out;
}
