// Which figure of a round to compare. The store keeps the best-supported figure and, when sources disagree,
// the other options. A figure much smaller than another source's for the same round is a part of it, not the
// round (one investor's $20m share of a $250m Series D), so the larger one is compared; either way the
// comparison says that sources differ. A figure the user corrected is the figure.

import type { Money, Valuation } from '../model';

/** At least this many times smaller than another source's figure: a share of the round, not the round. */
export const PARTIAL_FIGURE_RATIO = 5;

/** The part of a stored round's conflicts compare reads (structurally lib/store's Conflict). */
export interface FigureConflict {
  field: string;
  options: readonly { value: unknown; support: number }[];
}

export interface FigureSource {
  amount: Money | null;
  valuation: Valuation | null;
  conflicts?: readonly FigureConflict[];
  corrected?: readonly string[];
}

export interface Figure<T extends Money> {
  value: T | null;
  /** Sources gave other figures for this field. */
  sourcesDiffer: boolean;
}

function isMoney(v: unknown): v is Money {
  return typeof v === 'object' && v !== null && typeof (v as Money).value === 'number' && typeof (v as Money).currency === 'string';
}

export function figureOf<K extends 'amount' | 'valuation'>(round: FigureSource, field: K): Figure<NonNullable<FigureSource[K]>> {
  type T = NonNullable<FigureSource[K]>;
  const value = round[field] as T | null;
  if (round.corrected?.includes(field)) return { value, sourcesDiffer: false };
  const conflict = round.conflicts?.find((c) => c.field === field);
  if (!conflict || !value) return { value, sourcesDiffer: false };
  const larger = conflict.options
    .map((o) => o.value)
    .filter(isMoney)
    .filter((m) => m.currency === value.currency && m.value >= value.value * PARTIAL_FIGURE_RATIO)
    .sort((a, b) => b.value - a.value)[0];
  return { value: (larger as T | undefined) ?? value, sourcesDiffer: true };
}
