// Step-ups and changes between two rounds. A ratio across currencies would be silently wrong (INR vs USD
// is ×83 for nothing), so it is refused with a reason instead of a number.

import type { Money } from '../model';

export type RatioResult =
  | { ok: true; ratio: number }
  | { ok: false; reason: 'different_currencies' | 'missing' | 'zero'; message: string };

export type ChangeResult =
  | { ok: true; ratio: number; difference: number; currency: string }
  | { ok: false; reason: 'different_currencies' | 'missing' | 'zero'; message: string };

type MoneyLike = Pick<Money, 'value' | 'currency'>;

function refusal(from: MoneyLike | null | undefined, to: MoneyLike | null | undefined): Extract<RatioResult, { ok: false }> | null {
  if (!from || !to) return { ok: false, reason: 'missing', message: 'not reported' };
  if (from.currency !== to.currency) return { ok: false, reason: 'different_currencies', message: 'different currencies' };
  if (from.value === 0) return { ok: false, reason: 'zero', message: 'no earlier figure' };
  return null;
}

/** to / from, e.g. $410m → $600m gives 1.463…; refused when currencies differ or a figure is missing. */
export function ratio(from: MoneyLike | null | undefined, to: MoneyLike | null | undefined): RatioResult {
  const refused = refusal(from, to);
  if (refused || !from || !to) return refused ?? { ok: false, reason: 'missing', message: 'not reported' };
  return { ok: true, ratio: to.value / from.value };
}

/** Ratio plus the absolute difference (to − from) in the shared currency. */
export function change(from: MoneyLike | null | undefined, to: MoneyLike | null | undefined): ChangeResult {
  const refused = refusal(from, to);
  if (refused || !from || !to) return refused ?? { ok: false, reason: 'missing', message: 'not reported' };
  return { ok: true, ratio: to.value / from.value, difference: to.value - from.value, currency: to.currency };
}
