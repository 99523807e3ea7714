/**
 * # lib/compare — comparing rounds (pure, no browser APIs)
 *
 * Used by the hover card and the popup, in venture vocabulary. Every ratio refuses to mix currencies: it
 * returns `{ ok: false, reason: 'different_currencies', message: 'different currencies' }` instead of a number;
 * a figure written as a bound ("more than $1bn") makes the ratio a bound (`bound: 'at_least'` → "≥ ×2.75").
 *
 * - `compareRounds(earlier, later, everEarlierInvestors?): RoundComparison` — { stepUp (valuation multiple,
 *   post to post, with a note when pre-money is involved), roundSize (amount ratio), valuationChange, months,
 *   investors: { repeat, new, gone }, sourcesDiffer }
 * - `compareWithPrevious(history, round): { previous, comparison } | null` — against the round before, repeat
 *   investors counted over every earlier round
 * - `previousRound(history, round)` — latest dated round strictly before, passing over a round that is a share
 *   of another round of the same stage; `earlierRounds(history, round)`
 * - `figureOf(round, 'amount' | 'valuation')` — the figure compared, and whether sources differ
 * - `stepUp(earlier, later)`, `postMoney(round)`, `ratio(from, to)`, `change(from, to)`, `amountStepUp`
 * - `monthsBetween(fromDate, toDate): number | null` — Jul 2017 → Apr 2018 = 9
 * - `investorOverlap(earlierInvestors, laterInvestors, everEarlierInvestors?)` — names resolved by lib/names
 * - Formatters: `formatMoney(m)` "$600m" · "> $3bn" · "~€1.2bn" · "CHF 40m"; `formatValuation(v)` adds
 *   "pre-money"/"post-money"; `formatRatio(r)` "×1.46" · "≥ ×2.75" · "different currencies";
 *   `formatStepUp(s)` "×2 (pre-money vs post-money)"; `formatChange(c)` "+$2.5bn"; `formatMonths(n)`
 *   "9 months"; `compactNumber(n)` "1.2bn"; `currencySymbol(code)`.
 *
 * `ComparableRound` is { stage, amount, valuation, investors, date, conflicts?, corrected? }: both lib/model
 * `Round` and lib/store `StoredRound` satisfy it.
 */

export { ratio, change, ratioBound, type RatioResult, type ChangeResult, type RatioBound } from './ratio';
export { monthsBetween } from './months';
export { investorOverlap, type InvestorOverlap } from './investors';
export { figureOf, PARTIAL_FIGURE_RATIO, type Figure } from './figures';
export { stepUp, postMoney, type StepUp } from './stepup';
export {
  compareRounds,
  amountStepUp,
  earlierRounds,
  previousRound,
  compareWithPrevious,
  type ComparableRound,
  type RoundComparison,
} from './rounds';
export {
  formatMoney,
  formatValuation,
  formatRatio,
  formatStepUp,
  formatChange,
  formatMonths,
  compactNumber,
  currencySymbol,
} from './format';
