// Evidence → live Range: text-quote anchoring, as web annotators do it.
// The extractor read a serialized copy of the page; here each fact's exact text, with the ~32 characters
// around it, is found again in the LIVE document — only inside the article's region (never navigation,
// sidebars, related links or comments), exact first, fuzzy only as a fallback. A fact that cannot be placed
// with confidence is skipped: highlighting the wrong text is worse than highlighting none.
import type { Evidence, FactKind, Round } from '../model';
import { normalizeSpace, TextIndex } from './text-index';

export { TextIndex, normalizeSpace } from './text-index';

/** Kinds that get a highlight; dates are listed in the popup only. */
export const ANCHORED_KINDS: ReadonlySet<FactKind> = new Set(['amount', 'valuation', 'stage', 'company', 'lead', 'investor']);

export interface AnchoredFact {
  evidence: Evidence;
  /** Index of the fact's round in the analyze result. */
  round: number;
  primary: boolean;
  range: Range;
  /** Position in the document's normalized text (for ordering). */
  at: number;
  method: 'exact' | 'fuzzy';
}

export interface AnchorReport {
  facts: AnchoredFact[];
  /** Evidence that could not be placed with confidence, and why. */
  skipped: { evidence: Evidence; reason: string }[];
  /** The live element found to hold the article's paragraphs. */
  region: Element | null;
}

const HARD_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'MENU', 'DIALOG']);
const HARD_ROLES = /^(?:navigation|complementary|contentinfo|banner|search|menu|menubar|dialog|alertdialog)$/i;
const SOFT = /(?:^|[\s_-])(?:comments?|comment-?list|disqus|related|sidebar|side-?bar|share|sharing|social|promo|recommend\w*|newsletter|ads?|advert\w*|sponsor\w*|popular|trending|most-?read|outbrain|taboola|breadcrumbs?|menu|subscribe|widget|teasers?|more-?stories|read-?more|also-?read|rail|footer|masthead|navbar|nav)(?:$|[\s_-])/i;

function hardExcluded(el: Element | null): boolean {
  for (let e = el; e; e = e.parentElement) {
    if (HARD_TAGS.has(e.tagName.toUpperCase())) return true;
    const role = e.getAttribute('role');
    if (role && HARD_ROLES.test(role)) return true;
  }
  return false;
}

/** True when an element between `el` and `stop` (exclusive) looks like page furniture by its class or id. */
function softExcluded(el: Element | null, stop: Element | null): boolean {
  for (let e = el; e && e !== stop; e = e.parentElement) {
    const tag = e.tagName.toUpperCase();
    if (tag === 'BODY' || tag === 'HTML') break;
    const cls = typeof e.className === 'string' ? e.className : e.getAttribute('class') ?? '';
    if ((cls && SOFT.test(cls)) || (e.id && SOFT.test(e.id))) return true;
  }
  return false;
}

function occurrences(text: string, needle: string, from = 0, to = text.length, cap = 50): number[] {
  const out: number[] = [];
  if (!needle) return out;
  let i = text.indexOf(needle, from);
  while (i !== -1 && i + needle.length <= to && out.length < cap) {
    out.push(i);
    i = text.indexOf(needle, i + 1);
  }
  return out;
}

/**
 * Characters of `prefix` (from its end) and `suffix` (from its start) that agree with the text around
 * [at, at+len). A block separator in the live text may stand for a space or for nothing in the reader's
 * text (it sometimes joins blocks without a space), so it is skipped either way.
 */
export function contextScore(text: string, at: number, len: number, prefix: string, suffix: string): number {
  let p = 0;
  for (let i = at - 1; p < prefix.length && i >= 0; i--) {
    const want = prefix[prefix.length - 1 - p];
    if (text[i] === '\n') {
      if (want === ' ') p++;
      continue;
    }
    if (text[i] !== want) break;
    p++;
  }
  let s = 0;
  for (let i = at + len; s < suffix.length && i < text.length; i++) {
    if (text[i] === '\n') {
      if (suffix[s] === ' ') s++;
      continue;
    }
    if (text[i] !== suffix[s]) break;
    s++;
  }
  return p + s;
}

/** Non-ASCII characters that are punctuation or space rather than letters (no Unicode-property regex: compiling one costs tens of ms on a cold page). */
const notWord = (c: number): boolean =>
  c === 0xa0 || (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff0f) || c === 0xfeff || (c >= 0xa1 && c <= 0xbf && c !== 0xa3 && c !== 0xa5) || c === 0xd7 || c === 0xf7;

/** Lower-cased letters and digits only (plus currency signs), with the map back to the source positions. */
function skeleton(s: string, from = 0, to = s.length): { text: string; map: number[] } {
  const parts: string[] = [];
  const map: number[] = [];
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    let keep: string | null = null;
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122)) keep = s[i]!;
    else if (c >= 65 && c <= 90) keep = String.fromCharCode(c + 32);
    else if (c === 36 || c === 37) keep = s[i]!;
    else if (c > 127 && !notWord(c)) keep = s[i]!.toLowerCase();
    if (keep !== null && keep.length === 1) {
      parts.push(keep);
      map.push(i);
    }
  }
  return { text: parts.join(''), map };
}

/** `skeleton` of a long text, a piece at a time (a page's whole text is one unit too many on a big page). */
function* skeletonSteps(s: string, from = 0, to = s.length): Generator<void, { text: string; map: number[] }> {
  const text: string[] = [];
  const map: number[] = [];
  for (let i = from; i < to; i += SKELETON_PIECE) {
    const part = skeleton(s, i, Math.min(to, i + SKELETON_PIECE));
    text.push(part.text);
    for (const m of part.map) map.push(m);
    if (i + SKELETON_PIECE < to) yield;
  }
  return { text: text.join(''), map };
}

/** Characters per piece: a few hundred microseconds' work, so a slice ends close to its budget. */
const SKELETON_PIECE = 4_000;

interface Candidate {
  at: number;
  len: number;
  score: number;
}

/** Picks the single best candidate, or null when the best is too weak or tied with a different one. */
function choose(cands: Candidate[], full: number, need: number): Candidate | null {
  if (!cands.length) return null;
  const sorted = [...cands].sort((a, b) => b.score - a.score || a.at - b.at);
  const best = sorted[0]!;
  if (best.score < need) return null;
  const second = sorted[1];
  // Two places with identical full context are the same words twice (a pull-quote): the first is right.
  if (second && second.score === best.score && best.score < full) return null;
  return best;
}

function evidenceKey(e: Evidence): string {
  return `${e.paragraph}:${e.start}:${e.end}:${e.kind}`;
}

/**
 * Finds the live element holding the article: every paragraph the evidence comes from is searched for
 * (its exact words around the fact), and the deepest element containing the most of them wins. Copies in
 * navigation or asides never vote; copies in furniture-looking blocks vote only when nothing else does.
 */
export function findRegion(ix: TextIndex, evidence: Evidence[]): Element | null {
  const g = findRegionSteps(ix, evidence);
  for (;;) {
    const r = g.next();
    if (r.done) return r.value;
  }
}

/** `findRegion`, yielding after each fact's search (each one scans the page's whole text). */
export function* findRegionSteps(ix: TextIndex, evidence: Evidence[]): Generator<void, Element | null> {
  // Each fact is looked for with the words around it, longest probe first (shorter probes survive the
  // reader joining blocks differently), then ignoring case, spacing and punctuation. A hit votes with the
  // element holding the fact's own text.
  let sk: { text: string; map: number[] } | null = null;
  const exact = (probe: string): number[] => (probe.length < 12 ? [] : occurrences(ix.text, probe, 0, ix.text.length, 20));
  const loose = (s: { text: string; map: number[] }, p: string, offset: string): number[] => {
    const skip = skeleton(offset).text.length;
    return occurrences(s.text, p, 0, s.text.length, 20).map((i) => s.map[Math.min(i + skip, s.map.length - 1)]!);
  };
  const votes = new Map<Element, Set<number>>();
  const depth = new Map<Element, number>();
  const order = new Map<Element, number>();
  for (const [id, e] of evidence.entries()) {
    if (e.paragraph < 0) continue;
    const probes: [string, number][] = [
      [e.prefix + e.text + e.suffix, e.prefix.length],
      [e.text + e.suffix, 0],
      [e.prefix + e.text, e.prefix.length],
    ];
    let hits: number[] = [];
    for (const [probe, offset] of probes) {
      hits = exact(probe).map((h) => h + offset);
      if (hits.length) break;
    }
    if (!hits.length) {
      const p = skeleton(e.prefix + e.text + e.suffix).text;
      if (p.length >= 12) {
        if (!sk) {
          yield;
          sk = yield* skeletonSteps(ix.text);
        }
        hits = loose(sk, p, e.prefix);
      }
    }
    const els: Element[] = [];
    for (const h of hits) {
      const el = ix.nodeAt(h)?.parentElement;
      if (el && !hardExcluded(el)) els.push(el);
    }
    const clean = els.filter((el) => !softExcluded(el, null));
    for (const el of clean.length ? clean : els) {
      const chain: Element[] = [];
      for (let x: Element | null = el; x; x = x.parentElement) chain.push(x);
      chain.forEach((x, i) => {
        const set = votes.get(x) ?? new Set<number>();
        set.add(id);
        votes.set(x, set);
        depth.set(x, chain.length - i);
        if (!order.has(x)) order.set(x, order.size);
      });
    }
    yield;
  }
  let best: Element | null = null;
  let bestVotes = 0;
  for (const [el, set] of votes) {
    const d = depth.get(el)!;
    if (
      set.size > bestVotes ||
      (set.size === bestVotes && best && (d > depth.get(best)! || (d === depth.get(best)! && order.get(el)! < order.get(best)!)))
    ) {
      best = el;
      bestVotes = set.size;
    }
  }
  return best;
}

/** Headline candidates: the page's h1s and marked-up headlines, outside navigation. */
function headlineSpans(ix: TextIndex, doc: Document, region: Element | null): [number, number][] {
  let els = Array.from(doc.querySelectorAll('h1, [itemprop~="headline"]'));
  if (!els.length && region) els = Array.from(region.querySelectorAll('h2'));
  const spans: [number, number][] = [];
  for (const el of els) {
    if (hardExcluded(el)) continue;
    const s = ix.spanOf(el);
    if (s) spans.push(s);
  }
  return spans;
}

export interface AnchorOptions {
  /** Skip fuzzy matching (tests of the exact path). */
  exactOnly?: boolean;
  /** A complete index of the document's body, built earlier while nothing changed (lib/highlight/early-index.ts). */
  index?: TextIndex;
}

/**
 * Anchors every highlightable fact of `rounds` into `doc`, yielding between units of work so a scheduler
 * can run it in slices. Run to completion with `anchorNow` when slicing does not matter.
 */
export function* anchorSteps(doc: Document, rounds: Round[], opts: AnchorOptions = {}): Generator<void, AnchorReport> {
  const report: AnchorReport = { facts: [], skipped: [], region: null };
  const body = doc.body ?? doc.documentElement;
  if (!body) return report;
  const ready = opts.index?.complete && opts.index.root === body ? opts.index : null;
  const ix = ready ?? new TextIndex(body);
  if (!ready) {
    yield* ix.steps();
    yield;
  }

  // Every distinct fact once; a fact of a primary round wins over the same words in a mentioned round.
  const seen = new Map<string, { evidence: Evidence; round: number; primary: boolean }>();
  rounds.forEach((r, round) => {
    for (const e of r.evidence) {
      if (!ANCHORED_KINDS.has(e.kind) || !e.text) continue;
      const key = evidenceKey(e);
      const had = seen.get(key);
      if (!had || (!had.primary && r.primary)) seen.set(key, { evidence: e, round, primary: r.primary });
    }
  });
  const items = [...seen.values()];
  const region = yield* findRegionSteps(ix, items.map((i) => i.evidence));
  yield;
  report.region = region;
  const span = region ? ix.spanOf(region) : null;
  let heads: [number, number][] | null = null;
  let regionSkeleton: { text: string; map: number[] } | null = null;
  const placed = new Set<string>();
  yield;

  for (const item of items) {
    // one fact per unit, placed or skipped (a run of skipped facts is no longer one unit)
    yield;
    const e = item.evidence;
    const text = normalizeSpace(e.text);
    const prefix = e.prefix.replace(/^\s+/, ' ');
    const suffix = e.suffix.replace(/\s+$/, ' ');
    const full = prefix.length + suffix.length;
    let spans: [number, number][];
    if (e.paragraph < 0) spans = heads ??= headlineSpans(ix, doc, region);
    else spans = span ? [span] : [];
    if (!spans.length) {
      report.skipped.push({ evidence: e, reason: e.paragraph < 0 ? 'no headline on the page' : 'article region not found' });
      continue;
    }
    const cands: Candidate[] = [];
    for (const [a, b] of spans) {
      for (const at of occurrences(ix.text, text, a, b)) {
        const node = ix.nodeAt(at)?.parentElement ?? null;
        if (!node || hardExcluded(node) || (e.paragraph >= 0 && softExcluded(node, region))) continue;
        cands.push({ at, len: text.length, score: contextScore(ix.text, at, text.length, prefix, suffix) });
      }
    }
    // In the body the words around the fact must mostly agree; a headline is short and specific already.
    const need = e.paragraph < 0 ? 0 : full === 0 ? 0 : Math.min(full, Math.max(4, Math.ceil(full * 0.5)));
    let pick = choose(cands, full, need);
    let method: 'exact' | 'fuzzy' = 'exact';
    if (!pick && !cands.some((c) => c.score >= need) && !opts.exactOnly && e.paragraph >= 0 && span) {
      if (!regionSkeleton) {
        yield;
        regionSkeleton = yield* skeletonSteps(ix.text, span[0], span[1]);
        yield;
      }
      pick = fuzzy(regionSkeleton, ix, text, prefix, suffix, region);
      method = 'fuzzy';
    }
    if (!pick) {
      report.skipped.push({ evidence: e, reason: cands.length ? 'ambiguous or context does not match' : 'text not found in the article' });
      continue;
    }
    const key = `${pick.at}:${pick.len}`;
    if (placed.has(key)) continue;
    const range = ix.range(pick.at, pick.at + pick.len, doc);
    if (!range) {
      report.skipped.push({ evidence: e, reason: 'match crosses a block boundary' });
      continue;
    }
    placed.add(key);
    report.facts.push({ evidence: e, round: item.round, primary: item.primary, range, at: pick.at, method });
  }
  report.facts.sort((a, b) => a.at - b.at);
  return report;
}

function fuzzy(
  sk: { text: string; map: number[] },
  ix: TextIndex,
  text: string,
  prefix: string,
  suffix: string,
  region: Element | null,
): Candidate | null {
  const t = skeleton(text).text;
  if (t.length < 2) return null;
  const p = skeleton(prefix).text;
  const s = skeleton(suffix).text;
  const full = p.length + s.length;
  const cands: Candidate[] = [];
  for (const at of occurrences(sk.text, t)) {
    const start = sk.map[at]!;
    const end = sk.map[at + t.length - 1]! + 1;
    const node = ix.nodeAt(start)?.parentElement ?? null;
    if (!node || hardExcluded(node) || softExcluded(node, region)) continue;
    cands.push({ at: start, len: end - start, score: contextScore(sk.text, at, t.length, p, s) });
  }
  // Fuzzy words need most of their surroundings to agree, and nothing else may agree as well.
  const need = Math.min(full, Math.max(8, Math.ceil(full * 0.7)));
  const sorted = cands.sort((a, b) => b.score - a.score);
  if (!sorted.length || sorted[0]!.score < need) return null;
  if (sorted[1] && sorted[1].score === sorted[0]!.score) return null;
  return sorted[0]!;
}

/** Anchors all at once (tests, small pages). */
export function anchorNow(doc: Document, rounds: Round[], opts: AnchorOptions = {}): AnchorReport {
  const g = anchorSteps(doc, rounds, opts);
  for (;;) {
    const r = g.next();
    if (r.done) return r.value;
  }
}
