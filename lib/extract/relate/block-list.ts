// Investors listed one per paragraph under an introducing line: "we are thrilled to welcome on board:" then
// "468 Capital (led by …)", "Charlie Songhurst", "Ben Tossell, founder of Makerpad". Each item becomes a frame
// that names one participant of the round in context.
import { anyPhrase } from '../lexicon/index';
import { firstName } from '../recognize/names';
import type { Block } from '../segment/blocks';
import type { Frame } from './types';

/** Words of an introducing line: it speaks of backers and ends with a colon. */
const INTRO_WORDS = ['investors?', 'backers?', 'angels?', 'participa\\w*', 'welcome\\w*', 'on board', 'joined', 'include[sd]?', 'supporters?',
  'funded by', 'backed by'];
const INTRO = new RegExp(String.raw`${anyPhrase(INTRO_WORDS).source}[^:]{0,80}:\s*$`, 'iu');
const MAX_ITEM = 120;
/** After the name, an item holds only a description: "(led by …)", ", founder of …", " – partner at …". */
const DESCRIPTION = /^\s*(?:$|[,(–—:-])/;

function itemName(text: string): { text: string; start: number; end: number } | null {
  const t = text.trim();
  if (!t || t.length > MAX_ITEM) return null;
  const n = firstName(text);
  return n && DESCRIPTION.test(text.slice(n.end)) ? n : null;
}

function itemFrame(b: Block, name: { text: string; start: number; end: number }): Frame {
  return {
    block: b.index, blockText: b.text, quote: b.text.trim(), company: null, companyRef: true,
    amount: null, valuation: null, stage: null, leads: [], participants: [{ name: name.text, text: name.text, start: name.start, end: name.end }],
    raise: false, past: false, unfinished: false, date: null, aliases: [], listed: true,
  };
}

/** Frames for the items of every introduced list of names; the items run until a paragraph that is no item. */
export function blockListFrames(blocks: Block[]): Map<number, Frame> {
  const out = new Map<number, Frame>();
  let open = false;
  for (const b of blocks) {
    const name = open ? itemName(b.text) : null;
    if (name) { out.set(b.index, itemFrame(b, name)); continue; }
    open = b.index >= 0 && INTRO.test(b.text);
  }
  return out;
}
