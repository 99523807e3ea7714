// Article → the blocks worth reading: the headline (block -1) and the body paragraphs without furniture.
import type { Article } from '../../model';
import { FURNITURE_LINES, FURNITURE_OPENERS, SECTION_HEADINGS } from '../lexicon/furniture';
import { anyPhrase } from '../lexicon/index';

const FURNITURE_LINE = new RegExp(`^${anyPhrase(FURNITURE_OPENERS).source}`, 'iu');
const FURNITURE_ALONE = new RegExp(`^(?:${FURNITURE_LINES.join('|')})[.:!]?$`, 'iu');
/** A short heading line ("More news releases", "Related stories:") that opens a list of other stories. */
const SECTION_END = new RegExp(`^${anyPhrase(SECTION_HEADINGS).source}.{0,30}$`, 'iu');

export interface Block {
  /** Index into Article.paragraphs; -1 is the headline. */
  index: number;
  text: string;
}

const MAX_BLOCK = 20_000;
const MAX_TOTAL = 300_000;
const headlineLike = (t: string): boolean => !/[.!?:;"”’)]$/.test(t) && t.split(/\s+/).length < 25;

/** Body blocks in order; a giant page is read up to MAX_TOTAL characters so it stays cheap. */
export function readableBlocks(article: Article): Block[] {
  const out: Block[] = [];
  const title = (article.title ?? '').trim().slice(0, 500);
  if (title) out.push({ index: -1, text: title });
  let inRelated = false;
  let budget = MAX_TOTAL;
  for (let index = 0; index < article.paragraphs.length && budget > 0; index++) {
    // the block keeps its leading spaces, so offsets into it are offsets into the paragraph; the tests read it trimmed
    const raw = article.paragraphs[index]!.slice(0, Math.min(MAX_BLOCK, budget));
    const text = raw.trim();
    if (SECTION_END.test(text)) { inRelated = true; continue; }
    // the headlines listed under "Related stories" are other articles
    if (inRelated && headlineLike(text)) continue;
    inRelated = false;
    if (FURNITURE_LINE.test(text) || FURNITURE_ALONE.test(text)) continue;
    out.push({ index, text: raw });
    budget -= text.length;
  }
  return out;
}
