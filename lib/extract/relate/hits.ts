// Offsets of a sentence's spans, moved into its block: what evidence and highlights anchor on.
import type { SentenceInput } from './frame';
import type { Money, Stage } from '../../model';
import type { Frame, Hit, NameHit } from './types';

export const hitOf = (inp: SentenceInput, start: number, end: number): Hit => ({ text: inp.text.slice(start, end), start: inp.start + start, end: inp.start + end });
/** A span moved by `by` characters: a sentence's hit into its block. */
export const shift = <T extends Hit>(h: T, by: number): T => ({ ...h, start: h.start + by, end: h.end + by });

/** What a frame reader found in one sentence, in the sentence's own offsets. */
export interface SentenceFacts {
  company: NameHit | null;
  companyRef: boolean;
  amount: (Hit & { money: Money }) | null;
  /** A figure the sentence gives as the company's worth (basis unspecified). */
  valuation: (Hit & { money: Money }) | null;
  stage: (Hit & { stage: Stage }) | null;
  leads: NameHit[];
  participants: NameHit[];
  raise: boolean;
  past: boolean;
  unfinished: boolean;
}

/** The frame of a sentence from its facts, every span moved into the block (for readers without dates or aliases). */
export function blockFrame(inp: SentenceInput, f: SentenceFacts): Frame {
  const by = inp.start;
  return {
    block: inp.block, blockText: inp.blockText, quote: inp.text,
    company: f.company && shift(f.company, by), companyRef: f.companyRef,
    amount: f.amount && { ...shift(f.amount, by), money: f.amount.money },
    valuation: f.valuation && { ...shift(f.valuation, by), valuation: { ...f.valuation.money, basis: 'unspecified' } },
    stage: f.stage && shift(f.stage, by),
    leads: f.leads.map((h) => shift(h, by)), participants: f.participants.map((h) => shift(h, by)),
    raise: f.raise, past: f.past, unfinished: f.unfinished, date: null, aliases: [],
  };
}
