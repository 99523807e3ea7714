// Article → Extraction: every funding round the article reports or mentions, each fact with evidence.
// One pipeline: segment (blocks, sentences) → recognize + relate (a frame per round a sentence states)
// → assemble (frames into rounds per company) → judge (reported or only mentioned; pages reporting none).
import type { Article, Extraction } from '../model';
import { assemble } from './assemble/rounds';
import { pageKind } from './judge/page-kind';
import { judge } from './judge/primary';
import { datelineDate } from './recognize/dates';
import { currencyContext } from './recognize/money';
import { cjkFramesOf, isCjk } from './relate/cjk';
import { framesOf } from './relate/frame';
import { paragraphSubject } from './relate/subject';
import type { Frame } from './relate/types';
import { type Block, readableBlocks } from './segment/blocks';
import { splitSentences } from './segment/sentences';
import { siteCompany } from './judge/topic';

export { findMoney, currencyContext, parseNumber } from './recognize/money';
export { findStages } from './recognize/stage';
export { findDates } from './recognize/dates';
export { splitSentences } from './segment/sentences';

/** A company's own post: "we have raised", "our $5M seed", "announcing our Series A". */
const FIRST_PERSON = /\b(?:we|we['’]ve|we['’]re|our)\b[^.]{0,80}\b(?:raised|raise|closed|secured|funding|round|financing|investment)\b/i;

/** A headline about deals in general ("Deals of the week", "Funding roundup") may report any of them. */
const HEADLINE_DEALS = /\b(?:deals?|fundings?|funding round|rounds|raises|financings?|investments|roundup|round-up)\b/i;

function framesOfBlocks(blocks: Block[], article: Article, published: string | null): Frame[] {
  const currency = currencyContext(blocks.map((b) => b.text).join('\n').slice(0, 200_000), article.url, article.site);
  return blocks.flatMap((b) => sentencesOf(b.text).flatMap((s) => {
    const inp = { block: b.index, blockText: b.text, start: s.start, text: s.text, currency, published };
    return isCjk(s.text) ? cjkFramesOf(inp) : framesOf(inp);
  }));
}

/** Sentences with offsets; Chinese and Japanese sentences end at 。！？ without a space after. */
function sentencesOf(text: string): { start: number; text: string }[] {
  if (!isCjk(text)) return splitSentences(text);
  const out: { start: number; text: string }[] = [];
  const re = /[^。！？!?]+[。！？!?]*/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].trim()) out.push({ start: m.index, text: m[0] });
  return out;
}

export function extract(article: Article): Extraction {
  const paragraphs = article.paragraphs.length > 3000 ? article.paragraphs.slice(0, 3000) : article.paragraphs;
  const art = { ...article, paragraphs };
  const published = datelineDate(paragraphs) ?? article.published ?? null;
  const blocks = readableBlocks(art);
  const frames = framesOfBlocks(blocks, art, published);
  const headlineFrame = frames.find((f) => f.block === -1 && f.company && f.raise);
  const topic = headlineFrame?.company?.name ?? (FIRST_PERSON.test(blocks.slice(0, 4).map((b) => b.text).join(' ')) ? siteCompany(article.site) : null);
  const headline = article.title || (blocks.find((b) => b.index >= 0)?.text.split(/(?<=[.!?])\s/)[0] ?? '');
  const notFunding = pageKind(headline, frames.some((f) => f.block === (article.title ? -1 : blocks.find((b) => b.index >= 0)?.index) && /\bfund\b(?!ing)/i.test(f.quote) && !f.amount && !f.stage)) ?? undefined;
  const blockSubjects = new Map(blocks.flatMap((b) => { const n = b.index >= 0 ? paragraphSubject(b.text) : null; return n ? [[b.index, n] as const] : []; }));
  const drafts = assemble(frames, { topic, blockSubjects });
  const headlineRound = frames.some((f) => f.block === -1 && f.raise && !!(f.amount || f.stage)) || HEADLINE_DEALS.test(article.title ?? '');
  const rounds = judge(drafts, { topic, topicFromHeadline: !!headlineFrame, headline: article.title ?? '', headlineRound, notFunding: !!notFunding, published, site: article.site });
  return notFunding ? { rounds, notFunding } : { rounds };
}
