// What the relate stage finds in one sentence: a frame of who raised what, led by whom, with whom.
import type { Money, Stage, Valuation } from '../../model';

/** A span of the sentence, offsets into its block's text. */
export interface Hit {
  text: string;
  start: number;
  end: number;
}

export interface NameHit extends Hit {
  name: string;
}

export interface Frame {
  /** Index into Article.paragraphs; -1 is the headline. */
  block: number;
  blockText: string;
  quote: string;
  /** Who raised: a name in this sentence. */
  company: NameHit | null;
  /** The sentence speaks of the raiser as "it", "the company", "we". */
  companyRef: boolean;
  amount: (Hit & { money: Money }) | null;
  valuation: (Hit & { valuation: Valuation }) | null;
  stage: (Hit & { stage: Stage }) | null;
  leads: NameHit[];
  participants: NameHit[];
  /** A verb of raising or investing ties the facts together. */
  raise: boolean;
  /** The round is an earlier one ("last year", "had raised"). */
  past: boolean;
  /** The round is not done ("in talks to raise", "plans to raise"). */
  unfinished: boolean;
  date: string | null;
  /** Other names the sentence gives the raiser ("aka SmartPension", "(CMB)"). */
  aliases: string[];
  /** An item of a list of backers introduced by an earlier paragraph ("…welcome on board:"). */
  listed?: boolean;
}
