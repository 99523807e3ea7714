// A normalized, searchable copy of a document's visible text, with a way back to the live text nodes.
// Whitespace collapses exactly as the article reader collapses it (runs of \s, NBSP and ZWSP become one space),
// and block boundaries become "\n", so a quote from one paragraph can never match across two.
// Building it is resumable (`steps()`, `step(budgetMs)`), so a big page is indexed in slices that never block the page.

/** Elements whose text is never article text, or never ours to touch. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'IFRAME', 'OBJECT', 'SVG', 'CANVAS', 'MATH', 'DEALMARK-UI', 'HEAD', 'INPUT', 'BUTTON']);

/** Elements that start a new text block (the reader treats their text as a separate paragraph or container). */
const BLOCK = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TD', 'TH', 'TR', 'TABLE',
  'TBODY', 'THEAD', 'TFOOT', 'SECTION', 'ARTICLE', 'ASIDE', 'NAV', 'HEADER', 'FOOTER', 'MAIN', 'FIGURE', 'FIGCAPTION',
  'DT', 'DD', 'DL', 'FORM', 'FIELDSET', 'ADDRESS', 'HR', 'DETAILS', 'SUMMARY', 'CAPTION', 'BODY', 'HTML',
]);

const BLOCK_CHARS = 32 * 1024;
/** Units of work (a node, or 16 characters of text) between two looks at the clock or two yields: well under 1 ms. */
const WORK_PER_STEP = 64;

const isSpace = (c: number): boolean =>
  c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0x200b || c === 0x1680
  || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** Collapses whitespace the way the article reader does: "a\u00a0 b " → "a b". */
export function normalizeSpace(s: string): string {
  let out = '';
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) { space = true; continue; }
    if (space && out) out += ' ';
    space = false;
    out += s[i];
  }
  return out;
}

function hiddenElement(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el as HTMLElement).style;
  return !!style && (style.display === 'none' || style.visibility === 'hidden');
}

export class TextIndex {
  /** The normalized text. */
  text = '';
  /** For each character of `text`: index into `nodes`, or -1 for a block separator. */
  private charNode = new Int32Array(4096);
  /** For each character of `text`: its offset in the live text node. */
  private charOff = new Int32Array(4096);
  readonly nodes: Text[] = [];
  private nodeStart = new Map<Node, number>();
  private nodeIdx = new Map<Node, number>();
  /** The text so far: joined blocks of about BLOCK_CHARS, and the pieces of the block being filled. */
  private blocks: string[] = [];
  private parts: string[] = [];
  private partsLength = 0;
  private pendingSpace = false;
  // The resumable walk: the next node to visit, and the elements whose end we still owe a separator.
  private next: Node | null;
  private done = false;

  constructor(readonly root: Node) {
    this.next = root;
  }

  get complete(): boolean {
    return this.done;
  }

  /** Indexes until done or `budgetMs` elapsed; returns true when the whole tree is indexed. */
  step(budgetMs = Infinity, now: () => number = () => performance.now()): boolean {
    const until = now() + budgetMs;
    while (!this.advance(WORK_PER_STEP)) if (now() > until) return false;
    return true;
  }

  /**
   * The index built a few dozen nodes at a time, yielding between them, for a scheduler that reads the
   * clock itself (runInSlices): a budget of the index's own inside the scheduler's let one slice run two.
   */
  *steps(): Generator<void, void> {
    while (!this.advance(WORK_PER_STEP)) yield;
  }

  /**
   * Visits nodes until about `work` units are done, a unit being a node or 16 characters of its text
   * (counting nodes alone let a few hundred long text nodes run as one piece); true once the tree is indexed.
   */
  private advance(work: number): boolean {
    let done = 0;
    while (this.next && done < work) {
      const before = this.length;
      this.visit();
      done += 1 + ((this.length - before) >> 4);
    }
    if (this.next) return false;
    if (!this.done) {
      this.flush();
      this.text = this.blocks.join('');
      this.blocks = [];
      this.done = true;
    }
    return true;
  }

  /** Builds the whole index at once (tests, small pages). */
  static build(root: Node): TextIndex {
    const ix = new TextIndex(root);
    ix.step();
    return ix;
  }

  private length = 0;

  private emit(ch: string, node: number, off: number): void {
    this.put(ch);
    this.mark(node, off);
  }

  /** Maps the next character of `text` (its string is written by the caller). */
  private mark(node: number, off: number): void {
    if (this.length === this.charNode.length) this.grow();
    this.charNode[this.length] = node;
    this.charOff[this.length] = off;
    this.length++;
  }

  /**
   * Adds a piece of text. Pieces are joined a block at a time, as the walk goes: one join of a big page's
   * hundred thousand words at the end would be a long piece of its own.
   */
  private put(piece: string): void {
    this.parts.push(piece);
    this.partsLength += piece.length;
    if (this.partsLength >= BLOCK_CHARS) this.flush();
  }

  private flush(): void {
    if (this.parts.length) this.blocks.push(this.parts.join(''));
    this.parts = [];
    this.partsLength = 0;
  }

  /** Typed arrays, doubled when full: one plain array entry per character cost a copy and garbage per growth. */
  private grow(): void {
    const node = new Int32Array(this.charNode.length * 2);
    node.set(this.charNode);
    this.charNode = node;
    const off = new Int32Array(this.charOff.length * 2);
    off.set(this.charOff);
    this.charOff = off;
  }

  private separate(): void {
    this.pendingSpace = false;
    if (this.length && this.charNode[this.length - 1] !== -1) this.emit('\n', -1, 0);
  }

  private visit(): void {
    const node = this.next!;
    if (node.nodeType === 3) {
      this.addText(node as Text);
    } else if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      if (!SKIP.has(tag) && !hiddenElement(el)) {
        if (BLOCK.has(tag)) this.separate();
        if (el.firstChild) { this.next = el.firstChild; return; }
      }
    } else if ((node.nodeType === 9 || node.nodeType === 11) && node.firstChild) {
      this.next = node.firstChild;
      return;
    }
    // a leaf: move on to the next sibling, closing every block we climb out of
    let cur: Node | null = node;
    while (cur && cur !== this.root) {
      if (cur.nextSibling) { this.next = cur.nextSibling; return; }
      cur = cur.parentNode;
      if (cur && cur.nodeType === 1 && BLOCK.has((cur as Element).tagName.toUpperCase())) this.separate();
    }
    this.next = null;
  }

  private addText(t: Text): void {
    const s = t.data;
    if (!s) return;
    const idx = this.nodes.length;
    this.nodes.push(t);
    this.nodeIdx.set(t, idx);
    this.nodeStart.set(t, this.length);
    // Runs of non-space characters go in as slices of the node's text (not one character at a time: that
    // made a new string per character, and the garbage collector's pauses were the index's longest pieces).
    const n = s.length;
    let i = 0;
    while (i < n) {
      if (isSpace(s.charCodeAt(i))) {
        this.pendingSpace = true;
        i++;
        continue;
      }
      if (this.pendingSpace && this.length && this.charNode[this.length - 1] !== -1) {
        // the collapsed space belongs to the character before it (its raw offset is only for mapping)
        this.put(' ');
        this.mark(idx, Math.max(0, i - 1));
      }
      this.pendingSpace = false;
      let j = i;
      while (j < n && !isSpace(s.charCodeAt(j))) this.mark(idx, j++);
      this.put(i === 0 && j === n ? s : s.slice(i, j));
      i = j;
    }
  }

  /** [start, end) of an element's text in `text`, or null when none of it is indexed. */
  spanOf(el: Node): [number, number] | null {
    let first: number | undefined;
    let last: Text | undefined;
    const walk = (n: Node): void => {
      for (let c = n.firstChild; c; c = c.nextSibling) {
        if (c.nodeType === 3) {
          if (this.nodeStart.has(c)) {
            if (first === undefined) first = this.nodeStart.get(c);
            last = c as Text;
          }
        } else if (c.nodeType === 1) walk(c);
      }
    };
    if (el.nodeType === 3) {
      const s = this.nodeStart.get(el);
      if (s === undefined) return null;
      return [s, this.endOfNode(el as Text)];
    }
    walk(el);
    if (first === undefined || !last) return null;
    return [first, this.endOfNode(last)];
  }

  private endOfNode(t: Text): number {
    const idx = this.nodeIdx.get(t);
    let i = this.nodeStart.get(t)!;
    while (i < this.length && this.charNode[i] === idx) i++;
    return i;
  }

  /** The live text node holding character `i`, or null for a separator. */
  nodeAt(i: number): Text | null {
    if (i < 0 || i >= this.length) return null;
    const n = this.charNode[i]!;
    return n < 0 ? null : this.nodes[n]!;
  }

  /**
   * A live Range for [start, end) of `text`, or null when it would cross a block boundary.
   * Uses the document's own Range constructor so highlights accept it.
   */
  range(start: number, end: number, doc: Document): Range | null {
    if (start < 0 || end > this.length || end <= start) return null;
    for (let i = start; i < end; i++) if (this.charNode[i] === -1) return null;
    const a = this.nodes[this.charNode[start]!]!;
    const b = this.nodes[this.charNode[end - 1]!]!;
    const r = doc.createRange();
    r.setStart(a, this.charOff[start]!);
    r.setEnd(b, this.charOff[end - 1]! + 1);
    return r;
  }
}
