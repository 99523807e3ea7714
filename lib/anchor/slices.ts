// Runs a generator of small work units in slices of at most ~12 ms, at idle time (requestIdleCallback with a
// timeout so it still finishes on a busy page), with a setTimeout fallback where idle callbacks are missing.
// The page's main thread is never held for longer than one slice.

export interface SliceStats {
  slices: number;
  /** Main-thread time spent inside slices. */
  busyMs: number;
  longestMs: number;
}

export interface SliceOptions {
  budgetMs?: number;
  timeoutMs?: number;
  signal?: AbortSignal;
}

type IdleWin = {
  requestIdleCallback?: (cb: (d: { timeRemaining(): number; didTimeout: boolean }) => void, o?: { timeout: number }) => number;
};

export class Aborted extends Error {
  override name = 'Aborted';
}

export function nextIdle(timeoutMs: number): Promise<number> {
  const w = globalThis as unknown as IdleWin;
  return new Promise((ok) => {
    if (typeof w.requestIdleCallback === 'function') w.requestIdleCallback((d) => ok(d.didTimeout ? 0 : d.timeRemaining()), { timeout: timeoutMs });
    else setTimeout(() => ok(0), 0);
  });
}

/** Runs `gen` to completion in slices; rejects with Aborted when `signal` aborts between slices. */
export async function runInSlices<T>(gen: Generator<void, T>, opts: SliceOptions = {}): Promise<{ value: T; stats: SliceStats }> {
  const budget = opts.budgetMs ?? 12;
  const stats: SliceStats = { slices: 0, busyMs: 0, longestMs: 0 };
  for (;;) {
    const remaining = await nextIdle(opts.timeoutMs ?? 300);
    if (opts.signal?.aborted) throw new Aborted('aborted');
    // Idle time can be short; a timed-out callback still gets a few ms so the work always advances.
    const slice = Math.min(budget, Math.max(4, remaining));
    const t0 = performance.now();
    let r: IteratorResult<void, T>;
    do {
      r = gen.next();
    } while (!r.done && performance.now() - t0 < slice);
    const spent = performance.now() - t0;
    stats.slices++;
    stats.busyMs += spent;
    stats.longestMs = Math.max(stats.longestMs, spent);
    if (r.done) return { value: r.value, stats };
  }
}

/** Wraps one synchronous step as a slice-able generator (for work that is already small). */
export function* once<T>(fn: () => T): Generator<void, T> {
  return fn();
}
