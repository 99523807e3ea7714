// Stored records. Field names follow lib/model.ts (one name per idea); the Crunchbase vocabulary
// (investment type, money raised, lead/other investors, pre/post-money) appears where it is shown: CSV headers.

import type { Evidence, Investor, Money, Round, Stage, Valuation } from '../model';

/** An article a round was seen in. Keyed by its canonical URL. */
export interface ArticleRecord {
  url: string;
  title: string;
  site: string | null;
  published: string | null;
  /** ISO timestamps. */
  firstSeen: string;
  lastSeen: string;
  /**
   * Rounds the user deleted while this article reported them: saving the page again does not bring them back
   * (a false round from a sidebar stays gone). Cleared by `forgetDismissals` or by deleting the article.
   */
  dismissed?: DismissedRound[];
}

/** Enough of what an article said about a deleted round to recognise it when the page is saved again. */
export interface DismissedRound {
  company: string;
  stage: Stage | null;
  amount: Money | null;
  date: string | null;
}

/** What the article the user wants to save says about itself (Article without the body). */
export interface ArticleMeta {
  url: string;
  title: string;
  site: string | null;
  published: string | null;
}

/** What one source says about a round: the extractor's output, kept raw so the round can be re-decided. */
export type RoundFacts = Omit<Round, 'evidence' | 'company'> & {
  company: string;
  /** `date` is the day the article was read: neither the round nor the article gave a date. */
  dateSeen?: boolean;
  /** Other names the article gives the company (legal name, former name): the round joins whichever is known. */
  aliases?: string[];
};

/** Links a round to an article: one per (round, article). */
export interface SourceRecord {
  id: number;
  roundId: number;
  articleUrl: string;
  facts: RoundFacts;
  /** Quote and context of every fact, for the popup and for re-anchoring on the page. */
  evidence: Evidence[];
  seenAt: string;
  /** A round the user started from a selection on this article (no extractor reading behind it). */
  addedByUser?: boolean;
}

export type ConflictField = 'stage' | 'amount' | 'valuation' | 'date';

export interface ConflictOption {
  value: Stage | Money | Valuation | string | null;
  /** Weighted support: a source reporting the round counts 1, one only mentioning it counts less. */
  support: number;
  articleUrls: string[];
}

/** Sources disagree on a field: the round shows options[0] (best supported) unless the user corrected it. */
export interface Conflict {
  field: ConflictField;
  options: ConflictOption[];
}

/** A funding round as the UI shows it: decided from its sources, then overridden by the user's corrections. */
export interface StoredRound {
  id: number;
  companyId: number;
  /** Display name of the company (denormalized so lists and exports need no join). */
  company: string;
  /** Crunchbase "investment type". */
  stage: Stage | null;
  /** Crunchbase "money raised". */
  amount: Money | null;
  /** basis pre/post = pre-money/post-money valuation. */
  valuation: Valuation | null;
  /** Leads have role 'lead'; Crunchbase "other investors" are the participants. */
  investors: Investor[];
  /** Announced date: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string | null;
  /** True when `date` is only the day an undated article was read (shown "seen 3 Mar 2025"). */
  dateSeen?: boolean;
  /** True when at least one source reports this round (not only mentions it): `reportedIn > 0`. */
  primary: boolean;
  /**
   * Articles that report this round as news; 0: a round articles only mention ("after its Series B"). Every
   * write and the v3 migration set both counts; optional only for records built outside the store (the bench
   * probe): read them through `reportCounts`.
   */
  reportedIn?: number;
  /** Articles that only mention it (an article that reports it counts in `reportedIn` only). */
  mentionedIn?: number;
  confidence: number;
  /** Indexed (multiEntry): the investor entities of `investors`. */
  investorIds: number[];
  /** Indexed with companyId: `date` or '' when unknown. */
  dateKey: string;
  sourceCount: number;
  /**
   * URLs of the articles reporting this round, oldest source first (kept with the round for lists and CSV).
   * Optional only because rounds written by early builds lack it; every write sets it.
   */
  articleUrls?: string[];
  conflicts: Conflict[];
  /** Fields whose value comes from the user's correction. */
  corrected: CorrectableField[];
  firstSeen: string;
  updatedAt: string;
}

/** A company or an investor with every name it was seen under. */
export interface EntityRecord {
  id: number;
  name: string;
  aliases: string[];
  /** Unique (multiEntry) identity keys: nameKey of each alias. */
  keys: string[];
  /** multiEntry search tokens (see searchTokens). */
  tokens: string[];
  createdAt: string;
}

export type Correction =
  | { field: 'company'; value: string }
  | { field: 'stage'; value: Stage | null }
  | { field: 'amount'; value: Money | null }
  | { field: 'valuation'; value: Valuation | null }
  | { field: 'date'; value: string | null }
  | { field: 'investors'; value: Investor[] };

export type CorrectableField = Correction['field'];

/** Text the user selected on a page as the evidence of a fact they added (see lib/selection). */
export interface UserEvidence {
  articleUrl: string;
  evidence: Evidence;
}

export type CorrectionRecord = Correction & {
  id: number;
  roundId: number;
  createdAt: string;
  /** The selections this correction was made from ("add from the page"): highlighted on later visits. */
  evidence?: UserEvidence[];
};

/** A round with everything the popup shows about it. */
export interface RoundDetail {
  round: StoredRound;
  sources: SourceRecord[];
  articles: ArticleRecord[];
  corrections: CorrectionRecord[];
}

export interface SaveResult {
  articleUrl: string;
  /** The round each input round landed in, in input order (null: skipped, e.g. no company). */
  roundIds: (number | null)[];
  /** Rounds created by this save. */
  added: number;
  /** Input rounds that joined an existing round as a new source. */
  merged: number;
  /** Input rounds already known from this very article (re-visit). */
  unchanged: number;
  /** Input rounds not stored: no company name, or a round the user deleted from this article before. */
  skipped: number;
}

export interface StoreCounts {
  articles: number;
  rounds: number;
  sources: number;
  companies: number;
  investors: number;
  corrections: number;
}

export interface SearchHit {
  id: number;
  name: string;
  aliases: string[];
  /** Number of rounds, counted up to SEARCH_COUNT_CAP (1000). */
  rounds: number;
  /** True when there are more than `rounds` (show "1000+"). */
  moreRounds: boolean;
}
