// The words Dealmark speaks everywhere: extractor, store, messages, UI and CSV use these names.
// Vocabulary follows the labelled corpus (shared/corpus/FORMAT.md) and Crunchbase's funding-round terms.

/** ISO 4217 code, e.g. "USD", "INR". */
export type Currency = string;

/** How exactly the article states a figure: "$600m" is exact, "more than $3bn" is more_than. */
export type Qualifier = 'exact' | 'about' | 'more_than' | 'up_to';

export interface Money {
  /** Whole currency units: "$600m" → 600_000_000. */
  value: number;
  currency: Currency;
  qualifier: Qualifier;
  /** A second currency the article gives in parentheses: "Rs 100 crore ($12 million)". */
  alt?: { value: number; currency: Currency };
}

export type ValuationBasis = 'pre' | 'post' | 'unspecified';

export interface Valuation extends Money {
  basis: ValuationBasis;
}

export const SERIES_STAGES = [
  'series_a', 'series_b', 'series_c', 'series_d', 'series_e',
  'series_f', 'series_g', 'series_h', 'series_i', 'series_j',
] as const;

export const STAGES = [
  'pre_seed', 'seed', 'angel', ...SERIES_STAGES,
  'bridge', 'growth', 'strategic', 'debt', 'convertible_note', 'grant', 'crowdfunding',
  'pre_ipo', 'ipo', 'secondary', 'undisclosed',
] as const;

export type Stage = (typeof STAGES)[number];

export type InvestorRole = 'lead' | 'participant';

export interface Investor {
  name: string;
  role: InvestorRole;
}

/** The kinds of fact Dealmark highlights; each has its own CSS highlight `dealmark-<kind>`. */
export type FactKind = 'amount' | 'valuation' | 'stage' | 'company' | 'lead' | 'investor' | 'date';

/**
 * Where a fact was read: enough to quote it in the popup and to find it again in the live page
 * (a text-quote selector: exact text plus the words around it).
 */
export interface Evidence {
  kind: FactKind;
  /** The exact characters as written in the article, e.g. "$600m". */
  text: string;
  /** Index into Article.paragraphs; -1 means the headline. */
  paragraph: number;
  /** Character offsets of `text` inside that paragraph (or the headline). */
  start: number;
  end: number;
  /** Up to ~32 characters before and after `text`, for anchoring. */
  prefix: string;
  suffix: string;
  /** The sentence the fact was read from, for quoting in the UI. */
  quote: string;
  /** 0..1: how sure the extractor is of this fact. */
  confidence: number;
}

export interface Round {
  /** true: the article reports this round; false: it only mentions it (an earlier round, a rival's). */
  primary: boolean;
  company: string | null;
  stage: Stage | null;
  amount: Money | null;
  valuation: Valuation | null;
  investors: Investor[];
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string | null;
  confidence: number;
  evidence: Evidence[];
  /** Other names the article gives the raiser (legal name, former name, "aka"), so one company stays one. */
  aliases?: string[];
}

/** An article as the extractor reads it: Readability's output plus the page's metadata. */
export interface Article {
  title: string;
  /** Text blocks of the article body in reading order (paragraphs, list items, headings). */
  paragraphs: string[];
  site: string | null;
  url: string | null;
  /** ISO date (YYYY-MM-DD) from the page metadata, or null. */
  published: string | null;
}

export interface Extraction {
  rounds: Round[];
  /** Set when the page is understood not to report funding (acquisition, fund close, IPO pricing...). */
  notFunding?: string;
}
