// The page's HTML to the background in parts, over one port: a single runtime.sendMessage copies the whole
// string on the page's thread in one call (12 ms for a 1 MB page on a quiet machine, several times that on a
// busy one), which cannot be cut. Here each part is posted in its own task, a few hundred KB at most, and the
// background puts them together before it reads the page (lib/background/page-port.ts). One message each
// way still carries a small page: most pages are one part.
import type { AnalyzeResult, Reply } from '../messages';
import { yieldToPage } from '../anchor/slices';
import { PART_CHARS } from './serialize';

export const ANALYZE_PORT = 'dealmark-analyze';
export { PART_CHARS };

/** A serialized page: its HTML in parts (serializePartsSteps), and its URL. */
export interface PageParts {
  parts: readonly string[];
  url: string;
}

/** What the page posts: the HTML a part at a time, then the URL (which starts the reading). */
export type PagePart = { part: string } | { done: true; url: string };

/** The part of runtime.Port used here (a fake in tests). */
export interface PortLike {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(fn: (message: unknown) => void): void };
  onDisconnect: { addListener(fn: () => void): void };
}

export interface SendStats {
  parts: number;
  /** Page-thread time spent posting, and the longest single post (ms). */
  busyMs: number;
  longestMs: number;
}

/**
 * Sends `page` over a fresh port and resolves with the background's reply (undefined when the port closes
 * first: the extension was reloaded, the background failed). `onPosted` hears each post's duration.
 */
export function sendInParts(
  connect: () => PortLike,
  page: PageParts,
  opts: { signal?: AbortSignal; onPosted?: (start: number, end: number, stats: SendStats) => void } = {},
): Promise<Reply<AnalyzeResult> | undefined> {
  return new Promise((resolve) => {
    let port: PortLike;
    try {
      port = connect();
    } catch {
      resolve(undefined);
      return;
    }
    let settled = false;
    const finish = (reply: Reply<AnalyzeResult> | undefined): void => {
      if (settled) return;
      settled = true;
      try {
        port.disconnect();
      } catch {
        /* closed already */
      }
      resolve(reply);
    };
    port.onMessage.addListener((m) => finish(m as Reply<AnalyzeResult>));
    port.onDisconnect.addListener(() => finish(undefined));
    opts.signal?.addEventListener('abort', () => finish(undefined), { once: true });
    const stats: SendStats = { parts: 0, busyMs: 0, longestMs: 0 };
    const post = (m: PagePart): boolean => {
      if (settled) return false;
      const t = performance.now();
      try {
        port.postMessage(m);
      } catch {
        finish(undefined);
        return false;
      }
      const end = performance.now();
      stats.parts++;
      stats.busyMs += end - t;
      stats.longestMs = Math.max(stats.longestMs, end - t);
      opts.onPosted?.(t, end, stats);
      return true;
    };
    void (async () => {
      for (const [i, part] of page.parts.entries()) {
        // the first part goes at once; each later one in a task of its own
        if (i > 0) await yieldToPage();
        if (!post({ part })) return;
      }
      post({ done: true, url: page.url });
    })();
  });
}
