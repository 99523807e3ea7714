// Article → Extraction: every funding round the article reports or mentions, each fact with evidence.
// One pipeline: segment (blocks, sentences) → recognize + relate (a frame per round a sentence states)
// → assemble (frames into rounds per company) → judge (reported or only mentioned; pages reporting none).
import type { Article, Extraction } from '../model';
import { pastByDate } from './assemble/earlier-by-date';
import { assemble } from './assemble/rounds';
import { judge } from './judge/primary';
import { datelineDate } from './recognize/dates';
import { currencyContext } from './recognize/money';
import { blockListFrames } from './relate/block-list';
import { cjkFramesOf, isCjk } from './relate/cjk';
import { framesOf } from './relate/frame';
import { hindiFramesOf, isHindi } from './relate/hindi';
import type { Frame } from './relate/types';
import { type Block, readableBlocks } from './segment/blocks';
import { sentencesOf } from './segment/sentences';
import { paragraphSubjects, readHeadline } from './judge/topic';
import { storyCompany } from './judge/story-company';

export { findMoney, currencyContext, parseNumber } from './recognize/money';
export { findStages } from './recognize/stage';
export { findDates } from './recognize/dates';
export { splitSentences } from './segment/sentences';

function framesOfBlocks(blocks: Block[], article: Article, published: string | null): Frame[] {
  const currency = currencyContext(blocks.map((b) => b.text).join('\n').slice(0, 200_000), article.url, article.site);
  const listed = blockListFrames(blocks);
  return blocks.flatMap((b) => listed.has(b.index) ? [listed.get(b.index)!] : sentencesOf(b.text).flatMap((s) => {
    const inp = { block: b.index, blockText: b.text, start: s.start, text: s.text, currency, published };
    return isCjk(s.text) ? cjkFramesOf(inp) : isHindi(s.text) ? hindiFramesOf(inp) : framesOf(inp);
  }));
}

export function extract(article: Article): Extraction {
  const paragraphs = article.paragraphs.length > 3000 ? article.paragraphs.slice(0, 3000) : article.paragraphs;
  const art = { ...article, paragraphs };
  const published = datelineDate(paragraphs) ?? article.published ?? null;
  const blocks = readableBlocks(art);
  const frames = pastByDate(framesOfBlocks(blocks, art, published), published);
  const body = blocks.filter((b) => b.index >= 0).map((b) => b.text).join('\n');
  const read = readHeadline(art, blocks, frames);
  // (a headline that names no company leaves the story to the company whose executives it quotes)
  const story = read.topic || read.headlineRound ? null : storyCompany(body, frames, art.title);
  const head = story ? { ...read, topic: story } : read;
  const drafts = assemble(frames, { topic: head.topic, blockSubjects: paragraphSubjects(blocks) });
  const headlineAmounts = frames.flatMap((f) => (f.block === -1 && f.amount ? [f.amount.money] : []));
  const rounds = judge(drafts, { ...head, published, site: article.site, headlineAmounts, body });
  return head.notFunding ? { rounds, notFunding: head.notFunding } : { rounds };
}
