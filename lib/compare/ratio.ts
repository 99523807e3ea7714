// Ratios and changes between two figures. A ratio across currencies would be silently wrong (INR vs USD is ×83
// for nothing), so it is refused with a reason instead of a number. A figure given as a bound ("more than
// $1bn") makes the ratio a bound too: more than $1bn after $364m is "≥ ×2.75", not "×2.75".

import type { Money, Qualifier } from '../model';

/** What the number is: the ratio itself, a floor, a ceiling, or an approximation. */
export type RatioBound = 'exact' | 'at_least' | 'at_most' | 'about';

export type Refusal = { ok: false; reason: 'different_currencies' | 'missing' | 'zero' | 'bounds'; message: string };

export type RatioResult = { ok: true; ratio: number; bound: RatioBound } | Refusal;

export type ChangeResult = { ok: true; ratio: number; bound: RatioBound; difference: number; currency: string } | Refusal;

type MoneyLike = Pick<Money, 'value' | 'currency'> & { qualifier?: Qualifier };

function refusal(from: MoneyLike | null | undefined, to: MoneyLike | null | undefined): Refusal | null {
  if (!from || !to) return { ok: false, reason: 'missing', message: 'not reported' };
  if (from.currency !== to.currency) return { ok: false, reason: 'different_currencies', message: 'different currencies' };
  if (from.value === 0) return { ok: false, reason: 'zero', message: 'no earlier figure' };
  return null;
}

/** +1: the true figure may be higher than written; -1: lower; 0: as written. */
function direction(q: Qualifier | undefined): number {
  return q === 'more_than' ? 1 : q === 'up_to' ? -1 : 0;
}

/**
 * The bound of to/from given each figure's qualifier. A later floor or an earlier ceiling makes the ratio a
 * floor; the opposite makes it a ceiling; a floor over a floor says nothing either way (null).
 */
export function ratioBound(from: MoneyLike, to: MoneyLike): RatioBound | null {
  const up = direction(to.qualifier);
  const down = -direction(from.qualifier);
  if (up && down && up !== down) return null;
  const d = up || down;
  if (d > 0) return 'at_least';
  if (d < 0) return 'at_most';
  return to.qualifier === 'about' || from.qualifier === 'about' ? 'about' : 'exact';
}

const BOUNDS_REFUSAL: Refusal = { ok: false, reason: 'bounds', message: 'both figures are bounds' };

/** to / from, e.g. $410m → $600m gives 1.463…; refused when currencies differ, a figure is missing, or both are bounds. */
export function ratio(from: MoneyLike | null | undefined, to: MoneyLike | null | undefined): RatioResult {
  const refused = refusal(from, to);
  if (refused || !from || !to) return refused ?? BOUNDS_REFUSAL;
  const bound = ratioBound(from, to);
  if (!bound) return BOUNDS_REFUSAL;
  return { ok: true, ratio: to.value / from.value, bound };
}

/** Ratio plus the absolute difference (to − from) in the shared currency. */
export function change(from: MoneyLike | null | undefined, to: MoneyLike | null | undefined): ChangeResult {
  const r = ratio(from, to);
  if (!r.ok || !from || !to) return r as Refusal;
  return { ...r, difference: to.value - from.value, currency: to.currency };
}
