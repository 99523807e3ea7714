// From page runs to the figures: per-phase split, growth with page size, long tasks and load on vs off,
// and the in-page vs off-thread Readability comparison.
import type { PageRun } from './onoff';
import { median, round2, sum, summarize, type Summary } from './stats';
import type { Pair } from './ratio';
import { lastReply, maxSliceMs, phaseMs, type VisitResult } from './visit';

/** Main-thread phases the content script measures; their sum is the content script's main-thread cost. */
export const MAIN_THREAD = ['dealmark:gate', 'dealmark:serialize', 'dealmark:send', 'dealmark:styles', 'dealmark:index', 'dealmark:anchor', 'dealmark:highlight'] as const;

export interface BackgroundTimings {
  parse_ms: number;
  readability_ms: number;
  extract_ms: number;
  store_ms: number;
}

/** Background timings: from the `dealmark:background` measure's detail, else from the posted reply. */
export function backgroundTimings(v: VisitResult): BackgroundTimings | null {
  const m = v.measures.find((x) => x.name === 'dealmark:background');
  const d = (m?.detail ?? lastReply(v)?.value?.timings ?? null) as Partial<BackgroundTimings> | null;
  if (!d || typeof d !== 'object' || typeof d.readability_ms !== 'number') return null;
  return { parse_ms: d.parse_ms ?? 0, readability_ms: d.readability_ms, extract_ms: d.extract_ms ?? 0, store_ms: d.store_ms ?? 0 };
}

export function annotateMs(v: VisitResult): number | null {
  const parts = MAIN_THREAD.map((n) => phaseMs(v, n)).filter((x): x is number => x !== null);
  return parts.length ? sum(parts) : null;
}

export function status(v: VisitResult): string {
  const gate = v.measures.find((m) => m.name === 'dealmark:gate');
  if (gate && (gate.detail as { pass?: boolean } | null)?.pass === false) return 'gate-rejected';
  const r = lastReply(v);
  if (!r) return v.timedOut ? 'timeout' : 'no-reply';
  if (r.ok === false) return `error`;
  return r.value?.status ?? 'unknown';
}

export const primaryClaimed = (v: VisitResult): number =>
  (lastReply(v)?.value?.rounds ?? []).filter((r) => r.primary).length;

/** Long tasks on the extension side that overlap the extension's own work window. */
export function longTasksInExtensionWindow(v: VisitResult): number {
  const ms = v.measures;
  if (ms.length === 0) return 0;
  const start = Math.min(...ms.map((m) => m.start));
  const end = v.done_ms ?? Math.max(...ms.map((m) => m.start + m.duration));
  return v.longtasks.filter((t) => t.start + t.duration >= start && t.start <= end).length;
}

const present = (xs: (number | null | undefined)[]): number[] => xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));

export function phaseSplit(runs: PageRun[]) {
  // every visit with the extension: n is pages × visits
  const on = runs.flatMap((r) => r.ons);
  const bg = on.map(backgroundTimings);
  return {
    gate: summarize(present(on.map((v) => phaseMs(v, 'dealmark:gate')))),
    gate_non_articles: summarize(present(on.filter((v) => status(v) === 'gate-rejected' || status(v) === 'not-article').map((v) => phaseMs(v, 'dealmark:gate')))),
    serialize: summarize(present(on.map((v) => phaseMs(v, 'dealmark:serialize')))),
    background_parse: summarize(present(bg.map((b) => b?.parse_ms))),
    readability: summarize(present(bg.map((b) => b?.readability_ms))),
    extraction: summarize(present(bg.map((b) => b?.extract_ms))),
    store: summarize(present(bg.map((b) => b?.store_ms))),
    anchor_highlight: summarize(
      present(on.map((v) => {
        const a = phaseMs(v, 'dealmark:anchor');
        const h = phaseMs(v, 'dealmark:highlight');
        return a === null && h === null ? null : (a ?? 0) + (h ?? 0);
      })),
    ),
    annotate_main_thread: summarize(present(on.map(annotateMs))),
    max_slice: summarize(present(on.map((v) => maxSliceMs(v, [...MAIN_THREAD])))),
    /** The longest single unit of work inside a slice (a phase run in one piece counts whole): a slice far above its unit waited or collected garbage. */
    max_unit: summarize(present(on.map((v) => maxSliceMs(v, [...MAIN_THREAD], 'longestUnitMs')))),
    /** The longest slice of each main-thread phase (gate and highlight run in one piece each). */
    max_slice_by_phase: Object.fromEntries(MAIN_THREAD.map((n) => [n.slice('dealmark:'.length), summarize(present(on.map((v) => maxSliceMs(v, [n]))))])),
    total_wall: summarize(present(on.map((v) => phaseMs(v, 'dealmark:total')))),
    /** Navigation start → extension done (reply or dealmark:total), when nothing else is measured yet. */
    done_after_load: summarize(present(on.map((v) => (v.done_ms !== null && v.load_ms !== null ? v.done_ms - v.load_ms : null)))),
  };
}

const BYTE_BUCKETS: [string, number, number][] = [
  ['< 50 KB', 0, 50e3], ['50–200 KB', 50e3, 200e3], ['200–500 KB', 200e3, 500e3], ['0.5–1 MB', 500e3, 1e6], ['≥ 1 MB', 1e6, Infinity],
];
const ELEM_BUCKETS: [string, number, number][] = [
  ['< 500 el', 0, 500], ['500–1.5k el', 500, 1500], ['1.5k–3k el', 1500, 3000], ['3k–6k el', 3000, 6000], ['≥ 6k el', 6000, Infinity],
];

export interface GrowthRow {
  bucket: string;
  pages: number;
  annotate_main_ms: Summary;
  gate_ms: Summary;
  serialize_ms: Summary;
  background_ms: Summary;
  inpage_parse_ms: Summary;
}

function growthRow(label: string, rs: PageRun[]): GrowthRow {
  return {
    bucket: label,
    pages: rs.length,
    annotate_main_ms: summarize(present(rs.map((r) => annotateMs(r.on)))),
    gate_ms: summarize(present(rs.map((r) => phaseMs(r.on, 'dealmark:gate')))),
    serialize_ms: summarize(present(rs.map((r) => r.inPage?.serialize_ms))),
    background_ms: summarize(present(rs.map((r) => { const b = backgroundTimings(r.on); return b ? b.parse_ms + b.readability_ms + b.extract_ms : null; }))),
    inpage_parse_ms: summarize(present(rs.map((r) => r.inPage ? r.inPage.clone_ms + r.inPage.parse_cold_ms : null))),
  };
}

export function growth(runs: PageRun[]) {
  return {
    by_bytes: BYTE_BUCKETS.map(([l, lo, hi]) => growthRow(l, runs.filter((r) => r.page.bytes >= lo && r.page.bytes < hi))),
    by_elements: ELEM_BUCKETS.map(([l, lo, hi]) => growthRow(l, runs.filter((r) => r.on.elements >= lo && r.on.elements < hi))),
  };
}

export function longTasks(runs: PageRun[]) {
  const perPage = runs.map((r) => ({
    page: `${r.page.set}/${r.page.name}`,
    on: r.on.longtasks.length,
    off: r.off.longtasks.length,
    on_max_ms: round2(Math.max(0, ...r.on.longtasks.map((t) => t.duration))),
    off_max_ms: round2(Math.max(0, ...r.off.longtasks.map((t) => t.duration))),
    in_extension_window: longTasksInExtensionWindow(r.on),
  }));
  return {
    on: sum(perPage.map((p) => p.on)),
    off: sum(perPage.map((p) => p.off)),
    on_ms: round2(sum(runs.flatMap((r) => r.on.longtasks.map((t) => t.duration)))),
    off_ms: round2(sum(runs.flatMap((r) => r.off.longtasks.map((t) => t.duration)))),
    pages_more_on_than_off: perPage.filter((p) => p.on > p.off).map((p) => `${p.page} (${p.on} vs ${p.off}, max ${p.on_max_ms} ms)`),
    in_extension_window: sum(perPage.map((p) => p.in_extension_window)),
    per_page: perPage,
  };
}

export function loadRatio(runs: PageRun[]) {
  const both = runs.filter((r) => r.on.load_ms !== null && r.off.load_ms !== null && r.off.load_ms! > 0);
  const ratios = both.map((r) => r.on.load_ms! / r.off.load_ms!);
  return {
    pages: both.length,
    median_ratio: round2(median(ratios)),
    sum_ratio: round2(sum(both.map((r) => r.on.load_ms!)) / sum(both.map((r) => r.off.load_ms!))),
    on_ms: summarize(both.map((r) => r.on.load_ms!)),
    off_ms: summarize(both.map((r) => r.off.load_ms!)),
  };
}

/** In-page Readability (clone + parse on the page's thread) vs off-thread (serialize here, parse in background). */
export function readabilityRoutes(runs: PageRun[]) {
  const ip = runs.map((r) => r.inPage).filter((x): x is NonNullable<typeof x> => x !== null);
  const bg = runs.map((r) => backgroundTimings(r.on)).filter((x): x is BackgroundTimings => x !== null);
  const inPageMain = ip.map((t) => t.clone_ms + t.parse_cold_ms);
  const offMain = ip.map((t) => t.serialize_ms + t.stringify_ms);
  return {
    pages: ip.length,
    in_page: {
      readerable_ms: summarize(ip.map((t) => t.readerable_ms)),
      clone_ms: summarize(ip.map((t) => t.clone_ms)),
      parse_cold_ms: summarize(ip.map((t) => t.parse_cold_ms)),
      parse_warm_ms: summarize(ip.map((t) => t.parse_warm_ms)),
      main_thread_ms: summarize(inPageMain),
      pages_over_50ms: inPageMain.filter((x) => x > 50).length,
    },
    off_thread: {
      serialize_ms: summarize(ip.map((t) => t.serialize_ms)),
      stringify_ms: summarize(ip.map((t) => t.stringify_ms)),
      main_thread_ms: summarize(offMain),
      pages_over_50ms: offMain.filter((x) => x > 50).length,
      background_pages: bg.length,
      background_parse_ms: summarize(bg.map((b) => b.parse_ms)),
      background_readability_ms: summarize(bg.map((b) => b.readability_ms)),
      background_parse_plus_readability_ms: summarize(bg.map((b) => b.parse_ms + b.readability_ms)),
    },
  };
}

// ── Interleaved, repeated visits (issue 13): ratios per round, and per-page medians over visits ──────────

/** Round k of the on/off pass: every page's k-th visit on each side. */
function roundsOf(runs: PageRun[]): { on: VisitResult; off: VisitResult; innerText: number | null }[][] {
  const n = Math.min(...runs.map((r) => Math.min(r.ons.length, r.offs.length)));
  return Array.from({ length: Number.isFinite(n) ? n : 0 }, (_, k) =>
    runs.map((r) => ({ on: r.ons[k]!, off: r.offs[k]!, innerText: r.innerTextMs[k] ?? null })));
}

/**
 * Pairs for an on/off figure: per round, the sum over pages of each page's figure — where each page counts
 * with its median over all its visits, except in the round's own term. That keeps a round's ratio its own
 * (for the spread) while one preempted visit moves a page's figure only as far as its median moves.
 */
function medianPairs(runs: PageRun[], a: (r: PageRun, k: number) => number | null, b: (r: PageRun, k: number) => number | null): Pair[] {
  const n = roundsOf(runs).length;
  const med = (f: typeof a, r: PageRun) => median(present(Array.from({ length: n }, (_, k) => f(r, k))));
  const both = runs.filter((r) => med(a, r) !== null && med(b, r) !== null);
  const whole = { a: sum(both.map((r) => med(a, r)!)), b: sum(both.map((r) => med(b, r)!)) };
  // the reported ratio comes from the medians; each round's own ratio only shows how far rounds disagree
  return [whole, ...Array.from({ length: n }, (_, k) => {
    const ok = both.filter((r) => a(r, k) !== null && b(r, k) !== null);
    return { a: sum(ok.map((r) => a(r, k)!)), b: sum(ok.map((r) => b(r, k)!)), round: true };
  })];
}

/** Page load with the extension vs without, over pages (sum of load-event times). */
export function loadPairs(runs: PageRun[]): Pair[] {
  return medianPairs(runs, (r, k) => r.ons[k]?.load_ms ?? null, (r, k) => r.offs[k]?.load_ms ?? null);
}

/** A content-script cost vs reading `document.body.innerText.length` once on the same page, over pages. */
export function floorPairs(runs: PageRun[], cost: (v: VisitResult) => number | null): Pair[] {
  return medianPairs(runs, (r, k) => (r.ons[k] ? cost(r.ons[k]!) : null), (r, k) => r.innerTextMs[k] ?? null);
}

/** Start (document_idle) → highlights painted; null when this visit painted no highlight. */
export function highlightMs(v: VisitResult): number | null {
  const total = v.measures.find((m) => m.name === 'dealmark:total');
  const facts = (total?.detail as { facts?: number } | null)?.facts ?? 0;
  if (!total || facts <= 0) return null;
  const painted = v.measures.find((m) => m.name === 'dealmark:painted');
  return painted ? painted.duration : total.duration;
}

/** Per page, the median over its visits; the figure is over pages that were highlighted at all. */
export function timeToHighlight(runs: PageRun[]) {
  const perPage = runs
    .map((r) => ({ page: `${r.page.set}/${r.page.name}`, ms: median(present(r.ons.map(highlightMs))) }))
    .filter((x): x is { page: string; ms: number } => x.ms !== null);
  const s = summarize(perPage.map((x) => x.ms));
  // the same figure over each set of pages (the shared corpus alone, the Readability test pages alone)
  const bySet = (set: string) => {
    const x = summarize(perPage.filter((p) => p.page.startsWith(`${set}/`)).map((p) => p.ms));
    return { p50: x.p50, p95: x.p95, max: x.max, pages: x.n };
  };
  const slowest = [...perPage].sort((a, b) => b.ms - a.ms).slice(0, 5).map((p) => `${p.page} ${round2(p.ms)}`);
  return { p50: s.p50, p95: s.p95, max: s.max, pages: s.n, by_set: { corpus: bySet('corpus'), readability: bySet('readability') }, slowest_pages: slowest };
}

/** Where a highlighted visit's time to highlight goes, phase by phase (wall time, ms). */
export function highlightPhases(v: VisitResult): Record<string, number> | null {
  const get = (n: string) => v.measures.find((m) => m.name === `dealmark:${n}`);
  const [gate, ser, bg, anchor, hl, total, painted] = ['gate', 'serialize', 'background', 'anchor', 'highlight', 'total', 'painted'].map(get);
  if (!gate || !ser || !bg || !anchor || !hl || !total || highlightMs(v) === null) return null;
  const t = backgroundTimings(v);
  const work = t ? t.parse_ms + t.readability_ms + t.extract_ms : 0;
  const wall = (anchor.detail as { wallMs?: number } | null)?.wallMs ?? anchor.duration;
  return {
    gate: gate.duration,
    serialize: ser.duration,
    serialize_waiting: ((ser.detail as { wallMs?: number } | null)?.wallMs ?? ser.duration) - ser.duration,
    message: bg.duration - work,
    background_parse: t?.parse_ms ?? 0,
    background_readability: t?.readability_ms ?? 0,
    background_extract: t?.extract_ms ?? 0,
    anchor_busy: anchor.duration,
    anchor_waiting: wall - anchor.duration,
    settings_read: hl.start - (anchor.start + wall),
    highlight: hl.duration,
    paint: painted ? painted.duration - total.duration : 0,
    ...messageSplit(bg.detail),
  };
}

/**
 * The message phase taken apart with the stamps both sides put on it (a clock they share: timeOrigin +
 * now): page → background handler, the handler's own time beside the reading (the user-edited lookup and
 * the rest), background → page. Absent from visits of builds without the stamps.
 */
function messageSplit(detail: unknown): Record<string, number> {
  const d = (detail ?? {}) as Partial<Record<'sent_at' | 'received_at' | 'replied_at' | 'reply_at' | 'handler_ms' | 'edited_ms' | 'parse_ms' | 'readability_ms' | 'extract_ms', number>>;
  if ([d.sent_at, d.received_at, d.replied_at, d.reply_at, d.handler_ms].some((x) => typeof x !== 'number')) return {};
  const work = (d.parse_ms ?? 0) + (d.readability_ms ?? 0) + (d.extract_ms ?? 0);
  return {
    message_to_background: d.received_at! - d.sent_at!,
    message_store_lookup: d.edited_ms ?? 0,
    message_handler_other: d.handler_ms! - work - (d.edited_ms ?? 0),
    message_to_page: d.reply_at! - d.replied_at!,
  };
}

/** Per phase, p50/p95/max over every highlighted visit; and the slowest pages with their phases. */
export function timeToHighlightPhases(runs: PageRun[]) {
  const all = runs.flatMap((r) => r.ons.map((v) => ({ page: `${r.page.set}/${r.page.name}`, ms: highlightMs(v), ph: highlightPhases(v) })))
    .filter((x): x is { page: string; ms: number; ph: Record<string, number> } => x.ms !== null && x.ph !== null);
  const names = [...new Set(all.flatMap((x) => Object.keys(x.ph)))];
  const phases = Object.fromEntries(names.map((n) => [n, summarize(all.map((x) => x.ph[n]).filter((v): v is number => typeof v === 'number'))]));
  const slowest = [...all].sort((a, b) => b.ms - a.ms).slice(0, 8)
    .map((x) => ({ page: x.page, ms: round2(x.ms), phases: Object.fromEntries(Object.entries(x.ph).map(([k, v]) => [k, round2(v)])) }));
  return { visits: all.length, phases, slowest };
}

/**
 * Long tasks that can hold our code: those that start at or after DOMContentLoaded. The content script runs
 * at document_idle, a task of its own posted after the one that fires DOMContentLoaded (and a popup click is
 * later still), so a task that began before it is the page's own parsing and scripts, on either side. (Counting
 * tasks that merely end after it put a page on the list whose parse task straddled DOMContentLoaded in one
 * visit with the extension and in none without, with nothing of ours running until 200 ms later.)
 */
export const longTasksAfterDcl = (v: VisitResult): number =>
  v.longtasks.filter((t) => t.start >= (v.dcl_ms ?? 0)).length;

/**
 * Pages where the extension adds a long task: the median visit with it has more long tasks that can hold
 * our code (longTasksAfterDcl) than the median visit without, same page, ≥ 3 visits per side. Both sides
 * observe the page equally long (onoff.ts holds the visit without the extension as long as the extension
 * was busy). Beside it, for the record: the same rule over every long task of the visits (`whole_visit`),
 * which also counts the page's own parsing before our code could run, and the pages where a median visit
 * has a long task overlapping the extension's own work window.
 */
export function longTaskPagesAdded(runs: PageRun[]) {
  const more = (count: (v: VisitResult) => number) =>
    runs.filter((r) => (median(r.ons.map(count)) ?? 0) > (median(r.offs.map(count)) ?? 0));
  const added = more(longTasksAfterDcl);
  const whole = more((v) => v.longtasks.length);
  const inWindow = runs.filter((r) => (median(r.ons.map(longTasksInExtensionWindow)) ?? 0) > 0);
  const counts = (r: PageRun, f: (v: VisitResult) => number) => `on ${r.ons.map(f).join(',')} vs off ${r.offs.map(f).join(',')}`;
  return {
    count: added.length,
    rule: 'median visit on > median visit off, counting long tasks (> 50 ms) that start at or after DOMContentLoaded',
    pages: added.map((r) => `${r.page.set}/${r.page.name} (${counts(r, longTasksAfterDcl)})`),
    whole_visit: {
      count: whole.length,
      pages: whole.map((r) => `${r.page.set}/${r.page.name} (${counts(r, (v) => v.longtasks.length)}; after DOMContentLoaded ${counts(r, longTasksAfterDcl)})`),
    },
    in_extension_window: inWindow.map((r) => `${r.page.set}/${r.page.name}`),
    visits_per_side: Math.min(...runs.map((r) => Math.min(r.ons.length, r.offs.length))),
  };
}
