// Runs a generator of small work units in time-budgeted slices, yielding to the page between slices.
// The clock is read after every unit, so a slice ends within one unit of its budget: the generators yield
// often (every few dozen nodes or a few KB of text), never only when a budget of their own is spent — a
// budget inside a budget let one slice run two of them back to back. The first slice runs at once; the page
// gets its turn between any two (scheduler.yield where it exists: input and frames go first, and our
// continuation does not queue behind every task the page has posted; else postTask, a MessageChannel
// message or a timer). Waiting for idle periods instead (requestIdleCallback) cost a frame per slice: up to
// 30 ms of waiting on a page that was otherwise done.

export interface SliceStats {
  slices: number;
  /** Main-thread time spent inside slices. */
  busyMs: number;
  longestMs: number;
  /** The longest single unit (one generator step): tells an overrun by one unit from a pause inside it. */
  longestUnitMs: number;
}

export interface SliceOptions {
  budgetMs?: number;
  signal?: AbortSignal;
  /** The clock (tests inject one). */
  now?: () => number;
  /** Gives the page its turn between two slices (tests inject one). */
  pause?: () => Promise<void>;
}

type Scheduler = {
  yield?: () => Promise<void>;
  postTask?: (cb: () => void, o?: { priority?: string }) => Promise<void>;
};

export class Aborted extends Error {
  override name = 'Aborted';
}

const scheduler = (): Scheduler | undefined => (globalThis as unknown as { scheduler?: Scheduler }).scheduler;

/** Resolves in a new task, behind whatever the page has already queued. */
export function nextTask(): Promise<void> {
  const s = scheduler();
  if (typeof s?.postTask === 'function') return s.postTask(() => undefined);
  if (typeof MessageChannel === 'function') {
    return new Promise((ok) => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        ch.port1.close();
        ok();
      };
      ch.port2.postMessage(null);
    });
  }
  return new Promise((ok) => setTimeout(ok, 0));
}

/**
 * Lets the page handle input and paint, then resumes: scheduler.yield where it exists (the continuation
 * goes ahead of the page's other queued tasks, so a run of slices is not stretched by every task the page
 * has posted meanwhile), else a new task.
 */
export function yieldToPage(): Promise<void> {
  const s = scheduler();
  if (typeof s?.yield === 'function') return s.yield.call(s);
  return nextTask();
}

/** Runs `gen` to completion in slices; rejects with Aborted when `signal` aborts between slices. */
export async function runInSlices<T>(gen: Generator<void, T>, opts: SliceOptions = {}): Promise<{ value: T; stats: SliceStats }> {
  const budget = opts.budgetMs ?? 4;
  const now = opts.now ?? (() => performance.now());
  const pause = opts.pause ?? yieldToPage;
  const stats: SliceStats = { slices: 0, busyMs: 0, longestMs: 0, longestUnitMs: 0 };
  for (;;) {
    if (opts.signal?.aborted) throw new Aborted('aborted');
    const t0 = now();
    let t = t0;
    let r: IteratorResult<void, T>;
    do {
      r = gen.next();
      const after = now();
      stats.longestUnitMs = Math.max(stats.longestUnitMs, after - t);
      t = after;
    } while (!r.done && t - t0 < budget);
    const spent = t - t0;
    stats.slices++;
    stats.busyMs += spent;
    stats.longestMs = Math.max(stats.longestMs, spent);
    if (r.done) return { value: r.value, stats };
    await pause();
  }
}

/** Runs `gen` to the end at once (tests, and callers for which slicing does not matter). */
export function runNow<T>(gen: Generator<void, T>): T {
  for (;;) {
    const r = gen.next();
    if (r.done) return r.value;
  }
}

/** Wraps one synchronous step as a slice-able generator (for work that is already small). */
export function* once<T>(fn: () => T): Generator<void, T> {
  return fn();
}
