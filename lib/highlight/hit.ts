// Which fact is under the pointer? highlightsFromPoint() where the browser has it, else the caret position
// under the point, confirmed against the fact's own boxes (a caret snaps to the nearest text, even in a margin).

export interface HitEnv {
  doc: Document;
  registry?: { highlightsFromPoint?: (x: number, y: number) => { highlight: unknown; ranges: AbstractRange[] }[] };
}

interface Hittable {
  range: AbstractRange;
}

function within(range: Range, x: number, y: number): boolean {
  const rects = range.getClientRects();
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/** The fact at viewport point (x, y), or null. `facts` are ours; other highlights on the page are ignored. */
export function hitTest<T extends Hittable>(x: number, y: number, facts: readonly T[], env: HitEnv): T | null {
  if (!facts.length) return null;
  const from = env.registry?.highlightsFromPoint;
  if (typeof from === 'function') {
    try {
      const hits = from.call(env.registry, x, y);
      for (const h of hits) {
        for (const r of h.ranges) {
          const f = facts.find((ff) => ff.range === r || sameRange(ff.range, r));
          if (f) return f;
        }
      }
      // No match is not the final word: Firefox 153 answers a content script with no hits at all (its
      // registry is seen through Xray wrappers), so the caret below settles it.
    } catch {
      /* fall through to the caret */
    }
  }
  const caret = caretAt(env.doc, x, y);
  if (!caret) return null;
  for (const f of facts) {
    const r = f.range as Range;
    try {
      if (typeof r.isPointInRange === 'function' && !r.isPointInRange(caret.node, caret.offset)) continue;
      if (within(r, x, y)) return f;
    } catch {
      /* a range in a node the page removed */
    }
  }
  return null;
}

function sameRange(a: AbstractRange, b: AbstractRange): boolean {
  return a.startContainer === b.startContainer && a.startOffset === b.startOffset && a.endContainer === b.endContainer && a.endOffset === b.endOffset;
}
