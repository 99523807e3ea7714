// Comparing a round with the company's rounds before it: what the hover card and the popup show.

import type { Investor, Money, Stage, Valuation } from '../model';
import { figureOf, PARTIAL_FIGURE_RATIO, type FigureConflict } from './figures';
import { investorOverlap, type InvestorOverlap } from './investors';
import { monthsBetween } from './months';
import { change, ratio, type ChangeResult, type RatioResult } from './ratio';
import { stepUp, type StepUp } from './stepup';

/** Both lib/model Round and lib/store StoredRound fit. */
export interface ComparableRound {
  id?: number;
  stage: Stage | null;
  amount: Money | null;
  valuation: Valuation | null;
  investors: Investor[];
  date: string | null;
  /** Stored rounds: where sources disagree, and what the user corrected. */
  conflicts?: readonly FigureConflict[];
  corrected?: readonly string[];
}

export interface RoundComparison {
  /** The valuation multiple (post-money to post-money). */
  stepUp: StepUp;
  /** Amount raised, later over earlier ("round size ×3"). */
  roundSize: RatioResult;
  valuationChange: ChangeResult;
  months: number | null;
  investors: InvestorOverlap;
  /** Fields whose figure sources disagree on, in either round. */
  sourcesDiffer: ('amount' | 'valuation')[];
}

/** The figures compared: the round's best-supported ones, a partial share replaced by the round's size. */
function figures(round: ComparableRound) {
  const amount = figureOf(round, 'amount');
  const valuation = figureOf(round, 'valuation');
  return { amount, valuation, side: { amount: amount.value, valuation: valuation.value } };
}

/**
 * `everEarlierInvestors`: investors of every round before `later` (repeat investors are anyone who was in
 * any earlier round); defaults to `earlier`'s.
 */
export function compareRounds(earlier: ComparableRound, later: ComparableRound, everEarlierInvestors?: readonly Investor[]): RoundComparison {
  const a = figures(earlier);
  const b = figures(later);
  const sourcesDiffer = (['amount', 'valuation'] as const).filter((f) => a[f].sourcesDiffer || b[f].sourcesDiffer);
  return {
    stepUp: stepUp(a.side, b.side),
    roundSize: ratio(a.side.amount, b.side.amount),
    valuationChange: change(a.side.valuation, b.side.valuation),
    months: monthsBetween(earlier.date, later.date),
    investors: investorOverlap(earlier.investors, later.investors, everEarlierInvestors),
    sourcesDiffer,
  };
}

/** Amount ratio between two rounds (the hover card's "→ round size ×2.25"). */
export const amountStepUp = (earlier: ComparableRound, later: ComparableRound): RatioResult =>
  ratio(figureOf(earlier, 'amount').value, figureOf(later, 'amount').value);

/** Compared on the shared precision: "2018" is not before "2018-04". */
function isBefore(date: string, than: string): boolean {
  const n = Math.min(date.length, than.length);
  return date.slice(0, n) < than.slice(0, n);
}

const SAME_ROUND_MONTHS = 9;

/**
 * A round that is a share of another round of the same stage (one investor's $20m of a $250m Series D,
 * reported in its own article and so stored as its own round): never "the previous round".
 */
function isPartOf(small: ComparableRound, big: ComparableRound): boolean {
  if (!small.stage || small.stage === 'undisclosed' || small.stage !== big.stage || small === big) return false;
  if (!small.amount || !big.amount || small.amount.currency !== big.amount.currency) return false;
  const months = monthsBetween(small.date, big.date);
  if (months !== null && Math.abs(months) > SAME_ROUND_MONTHS) return false;
  return big.amount.value >= small.amount.value * PARTIAL_FIGURE_RATIO;
}

/** Every dated round strictly before `round`, oldest first. Rounds without dates cannot be ordered. */
export function earlierRounds<T extends ComparableRound>(history: readonly T[], round: ComparableRound): T[] {
  if (!round.date) return [];
  const date = round.date;
  return history
    .filter((r) => r !== round && (r.id === undefined || r.id !== round.id) && r.date && isBefore(r.date, date))
    .sort((x, y) => (x.date! < y.date! ? -1 : x.date! > y.date! ? 1 : 0));
}

/**
 * The round just before `round` in a company's history: the latest dated round strictly earlier than it,
 * passing over a round that is only a share of another round of the same stage. `round` may or may not be in
 * `history`.
 */
export function previousRound<T extends ComparableRound>(history: readonly T[], round: ComparableRound): T | undefined {
  const before = earlierRounds(history, round);
  for (let i = before.length - 1; i >= 0; i--) {
    const r = before[i]!;
    if (!before.some((other) => isPartOf(r, other))) return r;
  }
  return undefined;
}

/** A round against the one before it, repeat investors counted over every earlier round. */
export function compareWithPrevious<T extends ComparableRound>(
  history: readonly T[],
  round: ComparableRound,
): { previous: T; comparison: RoundComparison } | null {
  const previous = previousRound(history, round);
  if (!previous) return null;
  const everEarlier = earlierRounds(history, round).flatMap((r) => r.investors);
  return { previous, comparison: compareRounds(previous, round, everEarlier) };
}
