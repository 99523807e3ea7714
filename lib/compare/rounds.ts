// Comparing a round with the one before it: what the hover card and the popup's timeline show.

import type { Investor, Money, Stage, Valuation } from '../model';
import { investorOverlap, type InvestorOverlap } from './investors';
import { monthsBetween } from './months';
import { change, ratio, type ChangeResult, type RatioResult } from './ratio';

/** Both lib/model Round and lib/store StoredRound fit. */
export interface ComparableRound {
  stage: Stage | null;
  amount: Money | null;
  valuation: Valuation | null;
  investors: Investor[];
  date: string | null;
}

export interface RoundComparison {
  amountStepUp: RatioResult;
  valuationStepUp: RatioResult;
  valuationChange: ChangeResult;
  months: number | null;
  investors: InvestorOverlap;
}

export function compareRounds(earlier: ComparableRound, later: ComparableRound): RoundComparison {
  return {
    amountStepUp: ratio(earlier.amount, later.amount),
    valuationStepUp: ratio(earlier.valuation, later.valuation),
    valuationChange: change(earlier.valuation, later.valuation),
    months: monthsBetween(earlier.date, later.date),
    investors: investorOverlap(earlier.investors, later.investors),
  };
}

export const amountStepUp = (earlier: ComparableRound, later: ComparableRound): RatioResult => ratio(earlier.amount, later.amount);
export const valuationStepUp = (earlier: ComparableRound, later: ComparableRound): RatioResult => ratio(earlier.valuation, later.valuation);
export const valuationChange = (earlier: ComparableRound, later: ComparableRound): ChangeResult => change(earlier.valuation, later.valuation);

/**
 * The round just before `round` in a company's history: the latest dated round strictly earlier than it.
 * Rounds without dates cannot be ordered and are never "previous". `round` may or may not be in `history`.
 */
export function previousRound<T extends ComparableRound>(history: readonly T[], round: ComparableRound): T | undefined {
  if (!round.date) return undefined;
  const date = round.date;
  let best: T | undefined;
  for (const r of history) {
    if (r === round || !r.date) continue;
    // Compare on the shared precision: "2018" is not before "2018-04".
    const n = Math.min(r.date.length, date.length);
    if (r.date.slice(0, n) >= date.slice(0, n)) continue;
    if (!best || (best.date ?? '') < r.date) best = r;
  }
  return best;
}

/** What the hover card shows for a round: the round before it in the company's history and how it compares. */
export function compareWithPrevious<T extends ComparableRound>(
  history: readonly T[],
  round: ComparableRound,
): { previous: T; comparison: RoundComparison } | null {
  const previous = previousRound(history, round);
  return previous ? { previous, comparison: compareRounds(previous, round) } : null;
}
