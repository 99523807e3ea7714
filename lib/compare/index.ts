/**
 * # lib/compare — comparing rounds (pure, no browser APIs)
 *
 * Used by the hover card and the popup. Every ratio refuses to mix currencies: it returns
 * `{ ok: false, reason: 'different_currencies', message: 'different currencies' }` instead of a number.
 *
 * - `compareRounds(earlier, later): RoundComparison` — { amountStepUp, valuationStepUp, valuationChange,
 *   months, investors: { repeat, new, gone } }
 * - `amountStepUp(earlier, later)`, `valuationStepUp(earlier, later): RatioResult`
 * - `valuationChange(earlier, later): ChangeResult` — ratio and absolute difference
 * - `ratio(fromMoney, toMoney): RatioResult`, `change(fromMoney, toMoney): ChangeResult`
 * - `monthsBetween(fromDate, toDate): number | null` — Jul 2017 → Apr 2018 = 9
 * - `investorOverlap(earlierInvestors, laterInvestors): InvestorOverlap` — repeat / new / gone
 * - `previousRound(history, round)` — latest dated round strictly before `round`
 * - `compareWithPrevious(history, round): { previous, comparison } | null` — both at once (hover card)
 * - Formatters: `formatMoney(m)` "$600m" · "> $3bn" · "~€1.2bn" · "CHF 40m"; `formatValuation(v)` adds
 *   "pre-money"/"post-money"; `formatRatio(r)` "×1.46" or "different currencies"; `formatChange(c)` "+$2.5bn";
 *   `formatMonths(n)` "9 months"; `compactNumber(n)` "1.2bn"; `currencySymbol(code)`.
 *
 * `ComparableRound` is { stage, amount, valuation, investors, date }: both lib/model `Round` and lib/store
 * `StoredRound` satisfy it.
 */

export { ratio, change, type RatioResult, type ChangeResult } from './ratio';
export { monthsBetween } from './months';
export { investorOverlap, type InvestorOverlap } from './investors';
export {
  compareRounds,
  amountStepUp,
  valuationStepUp,
  valuationChange,
  previousRound,
  compareWithPrevious,
  type ComparableRound,
  type RoundComparison,
} from './rounds';
export { formatMoney, formatValuation, formatRatio, formatChange, formatMonths, compactNumber, currencySymbol } from './format';
