// One page's annotation, start to finish: gate → serialize → analyze (off the page's thread) → anchor →
// highlight, then hover and keyboard. Everything that touches the live page runs in short slices; everything
// it starts is stopped when `signal` aborts. Browser-extension APIs stay outside: the caller passes `analyze`
// and the card view in.
import type { AnalyzeResult, DeclineReason, Reply } from '../messages';
import type { PageParts } from '../pipeline/send';
import { anchorSteps, type AnchoredFact } from '../anchor';
import { Aborted, nextTask, runInSlices, type SliceStats } from '../anchor/slices';
import { gate } from '../gate';
import { serializePartsSteps } from '../pipeline/serialize';
import { describeFact, type FactDescription } from './describe';
import { indexEarly } from './early-index';
import { hitTest } from './hit';
import { browserEnv, highlightCss, highlightName, installStyles, registerHighlights, shownKinds, type HighlightLooks } from './index';

export interface CardView {
  show(d: FactDescription, kind: string, at: { x: number; y: number }, nav: { index: number; total: number; focus: boolean }): void;
  hide(): void;
  /** True when the event target is our UI (events from a shadow root are retargeted to its host). */
  owns(target: EventTarget | null): boolean;
}

export interface AnnotatorDeps {
  doc: Document;
  signal: AbortSignal;
  /**
   * Sends the serialized page (its HTML in parts) to be read off the page's thread; `posted` hears each
   * part's post (start and end on the performance clock): posting copies the HTML on the page's thread.
   */
  analyze(page: PageParts, posted?: (start: number, end: number, part: number) => void): Promise<Reply<AnalyzeResult> | undefined>;
  /**
   * The gate passed: a page is about to be sent. The caller may open its channel to the background now,
   * so the background (a service worker that may be asleep) starts while the page is serialized.
   */
  prepare?(): void;
  /** Creates the card UI on first use: the page gets our shadow host only when there is something to show. */
  card(): Promise<CardView>;
  onReply?(reply: Reply<AnalyzeResult> | undefined): void;
  /** The user's highlight choices (options page); read once per run. */
  looks?(): Promise<HighlightLooks>;
  /** The gate turned the page down; the popup learns why without the page being sent anywhere. */
  declined?(url: string, reason: DeclineReason): void;
}

const RERUN_DEBOUNCE_MS = 1200;
/**
 * Work per slice on the page's thread. One unit of work may overrun the budget (an outerHTML call of a
 * few hundred elements, one fact's search): with 4 ms, a slice that overruns by a whole unit still ends well
 * inside 16 ms, where 8 ms plus a slow unit reached it on a busy machine.
 */
const SLICE_MS = 4;
const MAX_RERUNS = 4;
/** Pages up to this size get the highlight rules while the background works (their restyle is cheap). */
const EARLY_STYLE_MAX_ELEMENTS = 4000;
const LATE_TEXT_MIN = 400;

function measure(name: string, start: number, end: number, detail?: unknown): void {
  try {
    performance.measure(name, { start, end, detail });
  } catch {
    /* no user timing here: not worth an error */
  }
}

/** What a sliced phase's measure says of its slices (the bench reads longestMs as its longest main-thread slice). */
function sliceDetail(s: SliceStats): { slices: number; longestMs: number; longestUnitMs: number } {
  return { slices: s.slices, longestMs: s.longestMs, longestUnitMs: s.longestUnitMs };
}

/** Runs `fn` once the next frame has been produced (a task queued from requestAnimationFrame runs after it). */
function afterNextPaint(win: (Window & typeof globalThis) | null, fn: () => void): void {
  if (!win || typeof win.requestAnimationFrame !== 'function') return;
  win.requestAnimationFrame(() => setTimeout(fn, 0));
}

export class Annotator {
  facts: AnchoredFact[] = [];
  result: AnalyzeResult | null = null;
  private doc: Document;
  private removeHighlights: () => void = () => undefined;
  private removeStyles: (() => void) | null = null;
  private running = false;
  private again = false;
  private reruns = 0;
  private rerunTimer: ReturnType<typeof setTimeout> | undefined;
  private observer: MutationObserver | null = null;
  private view: CardView | null = null;
  /** The card UI being made (once per page, however many opens ask for it while it is being made). */
  private viewMade: Promise<CardView> | null = null;
  /** Bumped by every open and close: an open that waited for the card UI shows nothing if another came since. */
  private openSeq = 0;
  /** The fact whose hover card Escape closed: hovering it does not reopen the card until the pointer leaves it. */
  private dismissed: AnchoredFact | null = null;
  private current = -1;
  private openedBy: 'hover' | 'key' | null = null;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private raf = 0;
  private pointer = { x: 0, y: 0, target: null as EventTarget | null };
  private returnFocus: Element | null = null;

  constructor(private deps: AnnotatorDeps) {
    this.doc = deps.doc;
    deps.signal.addEventListener('abort', () => this.destroy(), { once: true });
  }

  /** Runs the whole pipeline once (a run requested while one is going is queued, not doubled). */
  async run(): Promise<void> {
    if (this.deps.signal.aborted) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    try {
      await this.pipeline();
    } catch (err) {
      // A guest never throws into the page's console; aborts are the normal end of a page.
      if (!(err instanceof Aborted)) this.lastError = err instanceof Error ? err.message : String(err);
    } finally {
      this.running = false;
      if (this.again && !this.deps.signal.aborted) {
        this.again = false;
        void this.run();
      }
    }
  }

  lastError: string | null = null;

  private async pipeline(): Promise<void> {
    const doc = this.doc;
    const t0 = performance.now();
    // Each step its own task: the browser evaluates this script, then the gate runs, then serializing
    // starts, so none of them adds to another's time on the page's thread.
    await nextTask();
    if (this.deps.signal.aborted) return;
    const tg = performance.now();
    const g = gate(doc);
    measure('dealmark:gate', tg, tg + g.ms, { pass: g.pass, readerable: g.readerable, money: g.money, funding: g.funding });
    if (!g.pass) {
      this.clear();
      this.deps.declined?.(doc.location?.href ?? '', g.articleLike ? 'no-funding' : 'not-article');
      // Every exit records a total, so a tool reading the marks can tell "finished" from "still working".
      measure('dealmark:total', t0, performance.now(), { declined: true });
      return;
    }
    // The highlight settings are read while the background works, not after it.
    const looksRead = this.deps.looks?.().catch(() => ({})) ?? Promise.resolve({});
    await nextTask();
    if (this.deps.signal.aborted) return;
    const tp = performance.now();
    this.deps.prepare?.();
    measure('dealmark:send', tp, performance.now(), { connect: true });
    await nextTask();
    const ts = performance.now();
    const { value: page, stats: ser } = await runInSlices(serializePartsSteps(doc), { signal: this.deps.signal, budgetMs: SLICE_MS });
    const { parts, elements } = page;
    const te = performance.now();
    const bytes = parts.reduce((n, p) => n + p.length, 0);
    measure('dealmark:serialize', ts, ts + ser.busyMs, { bytes, elements, wallMs: te - ts, ...sliceDetail(ser) });
    const url = doc.location?.href ?? '';
    const tm = performance.now();
    // posting copies the page's HTML on this thread: each part's post is ours too (the first goes now, each
    // later one in a task of its own), measured here and nowhere else
    let lastPosted = (): void => undefined;
    const posted = new Promise<void>((ok) => (lastPosted = ok));
    const asked = this.deps.analyze({ parts, url }, (start, end, part) => {
      measure('dealmark:send', start, end, { part, parts: parts.length, bytes: parts[part - 1]?.length ?? 0 });
      if (part >= parts.length) lastPosted();
    });
    // While the background reads the page, the page's text index is built (anchoring starts from it), once
    // the page is posted (or the background answered without it: a closed port)
    const early = indexEarly(doc, { signal: this.deps.signal, budgetMs: SLICE_MS, after: Promise.race([posted, asked]) });
    // Adopting the ::highlight() rules restyles the whole page once (150 ms on a page of 10,000 elements, a
    // few ms on most): on a page of modest size that happens now, while the background reads the page and
    // the page's thread has nothing of ours to do, instead of in the frame the highlights appear in. A big
    // page gets the rules only once it has something to highlight, so a page without a round is not restyled.
    let styled = false;
    if (elements <= EARLY_STYLE_MAX_ELEMENTS) {
      await nextTask();
      styled = this.style(doc, (await looksRead) ?? {});
    }
    const reply = await asked;
    const tr = performance.now();
    if (this.deps.signal.aborted) return;
    if (reply?.ok) measure('dealmark:background', te, tr, { ...reply.value.timings, sent_at: performance.timeOrigin + tm, reply_at: performance.timeOrigin + tr });
    this.deps.onReply?.(reply);
    if (!reply?.ok || !reply.value.rounds.length) {
      early.stop();
      this.clear();
      return;
    }
    this.result = reply.value;
    this.resultUrl = url;
    if (this.lateHistory?.url === url) this.result.history = this.lateHistory.history;
    this.lateHistory = null;
    const looks = (await looksRead) ?? {};
    if (this.deps.signal.aborted) return;
    // before anchoring: the restyle then lands in a frame between anchoring's slices
    if (!styled) this.style(doc, looks);
    const indexed = await early.take();
    if (indexed) measure('dealmark:index', tm, tm + indexed.stats.busyMs, sliceDetail(indexed.stats));
    const ta = performance.now();
    const steps = anchorSteps(doc, reply.value.rounds, { index: indexed?.index });
    const { value: report, stats } = await runInSlices(steps, { signal: this.deps.signal, budgetMs: SLICE_MS });
    measure('dealmark:anchor', ta, ta + stats.busyMs, {
      wallMs: performance.now() - ta, ...sliceDetail(stats),
      anchored: report.facts.length, skipped: report.skipped.length,
    });
    if (this.deps.signal.aborted) return;
    const th = performance.now();
    this.clear();
    const env = browserEnv(doc.defaultView ?? globalThis);
    this.facts = report.facts.filter((f) => highlightName(f) && shownKinds(looks)(f));
    this.removeHighlights = registerHighlights(this.facts, env).remove;
    const done = performance.now();
    measure('dealmark:highlight', th, done, { facts: this.facts.length });
    measure('dealmark:total', t0, done, { facts: this.facts.length, rounds: reply.value.rounds.length });
    // The highlights are on screen after the next frame: the time to highlight a reader sees ends there.
    if (this.facts.length) afterNextPaint(doc.defaultView, () => measure('dealmark:painted', t0, performance.now()));
    if (this.facts.length) this.listen();
  }

  private lateHistory: { url: string; history: AnalyzeResult['history'] } | null = null;

  /** Puts the ::highlight() rules for `looks` in place (replacing ours from an earlier run). */
  private style(doc: Document, looks: HighlightLooks): boolean {
    if (this.deps.signal.aborted) return false;
    const css = highlightCss(looks);
    if (this.removeStyles && this.styledCss === css) return true;
    const t = performance.now();
    this.removeStyles?.();
    this.removeStyles = installStyles(doc, css);
    this.styledCss = css;
    measure('dealmark:styles', t, performance.now());
    return true;
  }

  private styledCss = '';

  /**
   * The background saved this page's rounds after replying: its earlier rounds arrive now. An open card is
   * redrawn with them; an answer for another URL (the tab moved on) is dropped.
   */
  remembered(url: string, history: AnalyzeResult['history']): void {
    if (!this.result) {
      this.lateHistory = { url, history };
      return;
    }
    if (url !== this.resultUrl) return;
    this.result.history = history;
    if (this.current >= 0 && this.openedBy) void this.open(this.current, this.openedBy);
  }

  private resultUrl = '';

  /** Removes our highlights and closes the card (the styles stay for the next run). */
  private clear(): void {
    this.removeHighlights();
    this.removeHighlights = () => undefined;
    this.facts = [];
    this.close();
  }

  private listening = false;

  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    const opts = { passive: true, capture: true, signal: this.deps.signal };
    this.doc.addEventListener('pointermove', (e) => this.onPointer(e as PointerEvent), opts);
    // Escape closes a card opened by hover too; passive, so the page still sees its own Escape.
    // A card still being made (its first open waits for the shadow host) counts as open: Escape cancels it.
    this.doc.addEventListener('keydown', (e) => {
      if ((e as KeyboardEvent).key !== 'Escape' || (this.current < 0 && !this.opening)) return;
      if (this.openedBy !== 'key') this.dismissed = this.hoverFact;
      this.close();
    }, opts);
    this.doc.defaultView?.addEventListener('scroll', () => this.reposition(), opts);
    this.doc.defaultView?.addEventListener('resize', () => this.reposition(), opts);
  }

  private onPointer(e: PointerEvent): void {
    this.pointer = { x: e.clientX, y: e.clientY, target: e.target };
    if (!this.raf) this.raf = requestAnimationFrame(() => this.checkPointer());
  }

  private checkPointer(): void {
    this.raf = 0;
    if (this.deps.signal.aborted) return;
    if (this.view?.owns(this.pointer.target)) {
      clearTimeout(this.hideTimer);
      return;
    }
    const css = (this.doc.defaultView as unknown as { CSS?: { highlights?: unknown } } | null)?.CSS;
    const hit = hitTest(this.pointer.x, this.pointer.y, this.facts, { doc: this.doc, registry: css?.highlights as never });
    if (hit !== this.dismissed) this.dismissed = null;
    this.hoverFact = hit ?? null;
    if (hit && hit === this.dismissed) return;
    if (hit) {
      clearTimeout(this.hideTimer);
      const i = this.facts.indexOf(hit);
      if (i !== this.current && i !== this.pendingIndex) void this.open(i, 'hover');
    } else if (this.openedBy === 'hover' && this.hideTimer === undefined) {
      this.hideTimer = setTimeout(() => {
        this.hideTimer = undefined;
        if (this.openedBy === 'hover') this.close();
      }, 400);
    }
  }

  /** Keyboard command: moves to the next (1) or previous (-1) fact, scrolls it into view and opens its card. */
  async move(dir: 1 | -1): Promise<void> {
    const n = this.facts.length;
    if (!n) return;
    const i = this.current < 0 ? (dir > 0 ? 0 : n - 1) : (this.current + dir + n) % n;
    const el = this.facts[i]!.range.startContainer.parentElement;
    if (this.openedBy !== 'key') {
      const active = this.doc.activeElement;
      this.returnFocus = active && !this.view?.owns(active) ? active : null;
    }
    el?.scrollIntoView({ block: 'center', inline: 'nearest' });
    await this.open(i, 'key');
  }

  private async open(i: number, by: 'hover' | 'key'): Promise<void> {
    const fact = this.facts[i];
    const result = this.result;
    if (!fact || !result) return;
    const round = result.rounds[fact.round];
    if (!round) return;
    const seq = ++this.openSeq;
    if (!this.view) {
      // One card UI per page: opens that come while it is being made wait for the same one, and only the
      // latest of them shows (a close or another open since makes this one stale).
      this.pendingIndex = i;
      this.viewMade ??= this.deps.card().catch((err: unknown) => {
        this.viewMade = null;
        throw err;
      });
      try {
        this.view = await this.viewMade;
      } finally {
        if (seq === this.openSeq) this.pendingIndex = -1;
      }
    }
    if (this.deps.signal.aborted || seq !== this.openSeq) return;
    this.current = i;
    this.openedBy = by;
    clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
    const d = describeFact(fact.evidence, round, result.history);
    this.view.show(d, fact.evidence.kind, this.placeFor(fact), { index: i, total: this.facts.length, focus: by === 'key' });
  }

  /** A card waiting for its UI to be made. */
  private get opening(): boolean {
    return this.pendingIndex >= 0;
  }

  private pendingIndex = -1;
  private hoverFact: AnchoredFact | null = null;

  private placeFor(fact: AnchoredFact): { x: number; y: number } {
    const r = fact.range.getBoundingClientRect();
    const win = this.doc.defaultView;
    const vw = win?.innerWidth ?? 1024;
    const vh = win?.innerHeight ?? 768;
    const x = Math.max(8, Math.min(r.left, vw - 370));
    const below = r.bottom + 8;
    const y = below + 160 > vh && r.top > 180 ? Math.max(8, r.top - 168) : below;
    return { x, y };
  }

  private reposition(): void {
    if (this.current < 0 || !this.view || !this.openedBy) return;
    if (this.openedBy === 'hover') {
      this.close();
      return;
    }
    void this.open(this.current, 'key');
  }

  /** Closes the card (Escape); focus goes back where it was before a keyboard command opened it. */
  close(): void {
    const wasKey = this.openedBy === 'key';
    this.openSeq++;
    this.pendingIndex = -1;
    this.view?.hide();
    this.current = -1;
    this.openedBy = null;
    clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
    if (wasKey && this.returnFocus && 'focus' in this.returnFocus) (this.returnFocus as HTMLElement).focus({ preventScroll: true });
    this.returnFocus = null;
  }

  /**
   * Re-runs on late content: ONE observer, debounced, and at most MAX_RERUNS times per page, so a busy page
   * cannot keep us working. Mutations inside our own host are ignored.
   */
  watch(): void {
    const win = this.doc.defaultView;
    if (!win || this.observer || !this.doc.body) return;
    this.observer = new win.MutationObserver((records) => {
      let added = 0;
      for (const rec of records) {
        for (const n of Array.from(rec.addedNodes)) {
          if (n.nodeName === 'DEALMARK-UI') continue;
          added += n.textContent?.length ?? 0;
        }
      }
      if (added >= LATE_TEXT_MIN) this.scheduleRerun();
    });
    this.observer.observe(this.doc.body, { childList: true, subtree: true });
  }

  private scheduleRerun(): void {
    if (this.reruns >= MAX_RERUNS) {
      this.observer?.disconnect();
      return;
    }
    clearTimeout(this.rerunTimer);
    this.rerunTimer = setTimeout(() => {
      this.reruns++;
      void this.run();
    }, RERUN_DEBOUNCE_MS);
  }

  /** A single-page app moved to another URL: start over, with a fresh re-run allowance. */
  navigated(): void {
    this.reruns = 0;
    this.clear();
    this.result = null;
    if (this.observer && this.doc.body) this.observer.observe(this.doc.body, { childList: true, subtree: true });
    this.scheduleRerun();
  }

  destroy(): void {
    clearTimeout(this.rerunTimer);
    clearTimeout(this.hideTimer);
    if (this.raf) cancelAnimationFrame(this.raf);
    this.observer?.disconnect();
    this.observer = null;
    this.clear();
    this.removeStyles?.();
    this.removeStyles = null;
    this.styledCss = '';
  }
}
