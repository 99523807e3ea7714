// The live page's text index, built in slices while the background reads the page (the page's thread has
// nothing of ours to do then), so anchoring starts from it instead of building it after the reply: on a news
// page that was 5–25 ms of the time to highlight. Any change to the page meanwhile that the index could see
// (a node added or removed, a text edited, an element hidden or shown) discards it, so anchoring never runs
// on a stale index; it then builds a fresh one, as it always did.
import { TextIndex } from '../anchor';
import { runInSlices, yieldToPage, type SliceStats } from '../anchor/slices';

export interface EarlyIndex {
  /** The index, once complete, if the page has not changed since it was begun; else null. */
  take(): Promise<{ index: TextIndex; stats: SliceStats } | null>;
  /** Stops building and watching (the page had nothing to highlight). */
  stop(): void;
}

/** The attributes the index reads to skip hidden elements. */
const WATCHED_ATTRIBUTES = ['hidden', 'aria-hidden', 'style'];

/**
 * Starts indexing `doc` once `after` settles (the page's last part is posted: indexing before would hold
 * back the posts, whose continuations queue behind the index's slices), in slices of `budgetMs`.
 */
export function indexEarly(doc: Document, opts: { signal: AbortSignal; budgetMs: number; after?: Promise<unknown> }): EarlyIndex {
  const body = doc.body ?? doc.documentElement;
  const win = doc.defaultView;
  if (!body || typeof win?.MutationObserver !== 'function') return { take: async () => null, stop: () => undefined };
  let changed = false;
  const observer = new win.MutationObserver(() => {
    changed = true;
  });
  observer.observe(body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
  const ctl = new AbortController();
  const stop = (): void => {
    ctl.abort();
    observer.disconnect();
  };
  opts.signal.addEventListener('abort', stop, { once: true });
  const index = new TextIndex(body);
  // begun in a task of its own, never in the task that posted the page's last part
  const built = (opts.after ?? Promise.resolve())
    .then(yieldToPage)
    .then(() => runInSlices(index.steps(), { signal: ctl.signal, budgetMs: opts.budgetMs }))
    .then((r) => r.stats, () => null);
  return {
    async take() {
      const stats = await built;
      if (observer.takeRecords().length) changed = true;
      stop();
      return stats && !changed ? { index, stats } : null;
    },
    stop,
  };
}
