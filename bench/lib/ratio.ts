// Figures as ratios to a baseline measured in the same run, interleaved: the machine's speed (a busy
// neighbour, a slower CPU) moves a figure and its baseline together, so the ratio holds where absolute
// times move by a factor of two. Each round measures both sides, alternating which goes first; the
// reported ratio is the median of the rounds' ratios, with the rounds' spread beside it.
import { median, round2 } from './stats';

/** One metric in `results.json` → `ratios`. */
export interface Ratio {
  /** The metric's own figure (median over rounds), in `unit`. */
  value: number | null;
  unit: string;
  /** The baseline's figure (median over rounds), in `unit`. */
  baseline: number | null;
  /** Median over rounds of (metric / baseline) within each round. */
  ratio: number | null;
  /** Rounds (each one A and one B). */
  runs: number;
  /** (max − min) / median of the rounds' ratios: 0.1 means the rounds agree within ±5%. */
  spread: number | null;
  /** What the baseline is, in words (the table prints it). */
  against: string;
}

export interface Pair {
  a: number;
  b: number;
  /**
   * Set on per-round pairs that come with a pooled one (the first pair, without the flag): the pooled pair
   * gives value, baseline and ratio; the rounds give runs and spread.
   */
  round?: boolean;
}

const round3 = (v: number | null): number | null => (v === null || !Number.isFinite(v) ? null : Math.round(v * 1000) / 1000);

export function ratioOf(pairs: readonly Pair[], unit: string, against: string): Ratio {
  const valid = pairs.filter((p) => Number.isFinite(p.a) && Number.isFinite(p.b) && p.b > 0);
  const pooled = valid.length && valid.some((p) => p.round) && !valid[0]!.round ? valid[0]! : null;
  const ok = pooled ? valid.filter((p) => p.round) : valid;
  const ratios = ok.map((p) => p.a / p.b);
  const spreadMid = median(ratios);
  const mid = pooled ? pooled.a / pooled.b : spreadMid;
  const spread = spreadMid && ratios.length > 1 ? (Math.max(...ratios) - Math.min(...ratios)) / spreadMid : ratios.length === 1 ? 0 : null;
  return {
    value: round2(pooled ? pooled.a : median(ok.map((p) => p.a))),
    unit,
    baseline: round2(pooled ? pooled.b : median(ok.map((p) => p.b))),
    ratio: round3(mid),
    runs: ok.length,
    spread: round3(spread),
    against,
  };
}

/** Runs A and B `rounds` times, A first in even rounds and B first in odd ones. */
export async function interleave(rounds: number, a: () => Promise<number>, b: () => Promise<number>): Promise<Pair[]> {
  const out: Pair[] = [];
  for (let i = 0; i < rounds; i++) {
    if (i % 2 === 0) {
      const x = await a();
      out.push({ a: x, b: await b() });
    } else {
      const y = await b();
      out.push({ a: await a(), b: y });
    }
  }
  return out;
}
