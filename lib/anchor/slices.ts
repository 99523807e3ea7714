// Runs a generator of small work units in slices of about 8 ms (one unit may overrun it a little), yielding to the page between slices.
// The first slice runs at once; later ones are queued as ordinary tasks (scheduler.postTask where it exists,
// else a MessageChannel message), so the page's own tasks, input and frames run between any two of ours.
// Waiting for idle periods instead (requestIdleCallback) cost a frame per slice: up to 30 ms of waiting
// on a page that was otherwise done. The page's main thread is never held for longer than one slice.

export interface SliceStats {
  slices: number;
  /** Main-thread time spent inside slices. */
  busyMs: number;
  longestMs: number;
}

export interface SliceOptions {
  budgetMs?: number;
  signal?: AbortSignal;
}

type PostTask = { postTask?: (cb: () => void, o?: { priority?: string }) => Promise<void> };

export class Aborted extends Error {
  override name = 'Aborted';
}

/** Resolves in a new task, behind whatever the page has already queued. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as unknown as { scheduler?: PostTask }).scheduler;
  if (typeof scheduler?.postTask === 'function') return scheduler.postTask(() => undefined);
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

/** Runs `gen` to completion in slices; rejects with Aborted when `signal` aborts between slices. */
export async function runInSlices<T>(gen: Generator<void, T>, opts: SliceOptions = {}): Promise<{ value: T; stats: SliceStats }> {
  const budget = opts.budgetMs ?? 8;
  const stats: SliceStats = { slices: 0, busyMs: 0, longestMs: 0 };
  for (;;) {
    if (opts.signal?.aborted) throw new Aborted('aborted');
    const t0 = performance.now();
    let r: IteratorResult<void, T>;
    do {
      r = gen.next();
    } while (!r.done && performance.now() - t0 < budget);
    const spent = performance.now() - t0;
    stats.slices++;
    stats.busyMs += spent;
    stats.longestMs = Math.max(stats.longestMs, spent);
    if (r.done) return { value: r.value, stats };
    await nextTask();
  }
}

/** Wraps one synchronous step as a slice-able generator (for work that is already small). */
export function* once<T>(fn: () => T): Generator<void, T> {
  return fn();
}
