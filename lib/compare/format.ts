// What users read. One style everywhere: currency symbol + compact number ("$600m", "€1.2bn", "₹1bn"),
// the qualifier as a sign ("> $3bn", "~$600m", "up to $50m"), "×1.46", "9 months".

import type { Money, Qualifier, Valuation } from '../model';
import type { ChangeResult, RatioBound, RatioResult } from './ratio';
import type { StepUp } from './stepup';

const SYMBOLS: Record<string, string> = {
  USD: '$', EUR: '€', GBP: '£', JPY: '¥', CNY: 'CN¥', INR: '₹', KRW: '₩', ILS: '₪', NGN: '₦', BRL: 'R$',
  SGD: 'S$', HKD: 'HK$', AUD: 'A$', CAD: 'C$', NZD: 'NZ$', MXN: 'MX$',
};

const SCALES: [number, string][] = [
  [1e12, 'tn'],
  [1e9, 'bn'],
  [1e6, 'm'],
  [1e3, 'k'],
];

/** 600000000 → "600m", 1200000000 → "1.2bn", 12345678 → "12.3m" (three significant digits at most). */
export function compactNumber(value: number): string {
  const abs = Math.abs(value);
  const sign = value < 0 ? '-' : '';
  for (const [scale, suffix] of SCALES) {
    if (abs >= scale) {
      const scaled = abs / scale;
      const digits = scaled >= 100 ? 0 : scaled >= 10 ? 1 : 2;
      // Rounding can carry into the next scale: 999.6m reads better as 1bn.
      const text = Number(scaled.toFixed(digits));
      if (text >= 1000 && suffix !== 'tn') return sign + compactNumber(text * scale).replace(/^-/, '');
      return `${sign}${text}${suffix}`;
    }
  }
  return `${sign}${Number(abs.toFixed(2))}`;
}

export function currencySymbol(currency: string): string | undefined {
  return SYMBOLS[currency];
}

const QUALIFIER_PREFIX: Record<Qualifier, string> = { exact: '', about: '~', more_than: '> ', up_to: 'up to ' };

/** "$600m", "> $3bn", "~€1.2bn", "CHF 40m"; "—" when unknown. */
export function formatMoney(money: Pick<Money, 'value' | 'currency'> & { qualifier?: Qualifier } | null | undefined): string {
  if (!money) return '—';
  const symbol = SYMBOLS[money.currency];
  const body = symbol ? `${symbol}${compactNumber(money.value)}` : `${money.currency} ${compactNumber(money.value)}`;
  return QUALIFIER_PREFIX[money.qualifier ?? 'exact'] + body;
}

/** "> $3bn post-money"; the basis is left out when the article did not say. */
export function formatValuation(valuation: Valuation | null | undefined): string {
  if (!valuation) return '—';
  const basis = valuation.basis === 'pre' ? ' pre-money' : valuation.basis === 'post' ? ' post-money' : '';
  return formatMoney(valuation) + basis;
}

const BOUND_PREFIX: Record<RatioBound, string> = { exact: '×', at_least: '≥ ×', at_most: '≤ ×', about: '~×' };

/** "×1.46", "≥ ×2.75" (a bound), or the reason there is no number ("different currencies"). */
export function formatRatio(result: RatioResult | ChangeResult): string {
  if (!result.ok) return result.message;
  return `${BOUND_PREFIX[result.bound]}${Number(result.ratio.toFixed(2))}`;
}

/** "×3.75", "≥ ×2.75", "×2 (pre-money vs post-money)". */
export function formatStepUp(step: StepUp): string {
  return formatRatio(step.multiple) + (step.note ? ` (${step.note})` : '');
}

/** "+$2.5bn" / "-$500m"; or the reason. */
export function formatChange(result: ChangeResult): string {
  if (!result.ok) return result.message;
  const sign = result.difference >= 0 ? '+' : '-';
  return sign + formatMoney({ value: Math.abs(result.difference), currency: result.currency });
}

/** "9 months", "1 month", "less than a month"; "—" when unknown. */
export function formatMonths(months: number | null | undefined): string {
  if (months === null || months === undefined) return '—';
  const n = Math.abs(months);
  if (n === 0) return 'less than a month';
  return `${n} ${n === 1 ? 'month' : 'months'}`;
}
