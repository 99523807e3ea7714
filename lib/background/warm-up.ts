// A fresh background (Chrome stops an idle service worker after 30 s, Firefox an idle event page) runs the
// extractor cold: its first page paid 300–450 ms compiling hundreds of patterns, most of a reader's time to
// highlight after any pause. The worker wakes when a readable tab starts loading, long before the page is
// idle and sends itself, so it reads a few short articles of its own then, one per task, and the real page
// finds the extractor warm. While a page is on its way (its port is open) the samples wait: the page's own
// reading warms what it needs, and it must not queue behind the samples left.
import { readPage } from './analyze';
import { WARM_UP_PAGES } from './warm-up-pages';

const SAMPLE_URL = 'https://dealmark.invalid/warm-up';
/**
 * The wait before each sample. Chrome runs a timer ahead of an extension event already queued (measured: with
 * no wait, the page's own connection was handled only after every sample); a few ms let a queued event in.
 */
const GAP_MS = 25;

/** Whether a tab update should warm the extractor: a page starts loading that we are allowed to read. */
export function startsReadablePage(change: { status?: string }, tab: { url?: string }): boolean {
  // Without the "tabs" permission a tab's URL is visible only where the extension has host access — the
  // sites where the content script runs by itself, or the tab the user just clicked Dealmark on.
  return change.status === 'loading' && !!tab.url && /^https?:\/\//.test(tab.url);
}

export interface WarmUpOptions {
  read?: (html: string) => unknown;
  /** Gives pending messages their turn between two samples. */
  pause?: () => Promise<void>;
}

let warming: Promise<void> | null = null;
let holds = 0;
let resume: (() => void) | null = null;

/** Holds the warm-up back until the returned release is called (a page is being read meanwhile). */
export function holdWarmUp(): () => void {
  holds++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--holds > 0) return;
    resume?.();
    resume = null;
  };
}

const unheld = (): Promise<void> | undefined => (holds ? new Promise<void>((ok) => (resume = ok)) : undefined);

/** Reads the samples once per background lifetime; later calls return the same promise. */
export function warmUp(opts: WarmUpOptions = {}): Promise<void> {
  warming ??= run(opts);
  return warming;
}

async function run({ read = (html) => readPage({ html, url: SAMPLE_URL }), pause = nextTask }: WarmUpOptions): Promise<void> {
  for (const html of WARM_UP_PAGES) {
    await pause();
    await unheld();
    try {
      read(html);
    } catch {
      // a sample that fails to read warms nothing; the real page will report its own error
    }
  }
}

const nextTask = (): Promise<void> => new Promise((ok) => setTimeout(ok, GAP_MS));

/** Tests only: forget that this background warmed up. */
export function resetWarmUp(): void {
  warming = null;
  holds = 0;
  resume = null;
}
