// Summaries of samples: nearest-rank percentiles, so a p95 is a value that was really observed.

export interface Summary {
  n: number;
  p50: number | null;
  p95: number | null;
  max: number | null;
  mean: number | null;
}

export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

export const round2 = (v: number | null | undefined): number | null =>
  v === null || v === undefined || !Number.isFinite(v) ? null : Math.round(v * 100) / 100;

export function summarize(samples: readonly number[]): Summary {
  const sorted = samples.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const mean = sorted.length ? sorted.reduce((a, b) => a + b, 0) / sorted.length : null;
  return {
    n: sorted.length,
    p50: round2(percentile(sorted, 50)),
    p95: round2(percentile(sorted, 95)),
    max: round2(sorted.length ? sorted[sorted.length - 1]! : null),
    mean: round2(mean),
  };
}

export function median(samples: readonly number[]): number | null {
  return percentile([...samples].sort((a, b) => a - b), 50);
}

export const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/**
 * Mean of the middle of the samples: the lowest and highest `trim` fraction left out. For frame-quantized
 * times (a paint lands on one frame or the next) a median jumps by a whole frame; a trimmed mean moves
 * smoothly and one stalled sample cannot move it.
 */
export function trimmedMean(samples: readonly number[], trim = 0.2): number | null {
  const sorted = samples.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const cut = Math.floor(sorted.length * trim);
  const mid = sorted.slice(cut, sorted.length - cut);
  return mid.reduce((a, b) => a + b, 0) / mid.length;
}
