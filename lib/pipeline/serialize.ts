// The live page as HTML for the background, in slices, without what the background would throw away.
// `documentElement.outerHTML` is one native call that cannot be cut: on a 1.5 MB page it held the page's
// thread for 17 ms, and half of what it produced (scripts, styles, inline SVG) was dropped again by
// stripHtml before parsing. Here a subtree that holds none of those, and is not too large, is still one
// native outerHTML call; a subtree that does is opened, its children serialized one by one, and the parts
// stripHtml drops are left out. The background then parses the same tree it parsed before, from a
// smaller message. Page text is only read, never run or inserted anywhere.

/** What stripHtml drops (it keeps JSON-LD scripts, which carry the page's metadata). */
const DROP = new Set(['SCRIPT', 'STYLE', 'SVG', 'NOSCRIPT', 'TEMPLATE', 'SELECT']);
const DROP_SELECTOR = 'script, style, svg, noscript, template, select';
/** Above this many descendant elements a clean subtree is still opened, so no one outerHTML call is long. */
const MAX_NATIVE = 250;
/**
 * Cheap steps (an element measured, a tag opened, a short text escaped) between two yields: the scheduler
 * reads the clock at each yield, so this bounds how far a slice can run past its budget.
 */
const STEPS_PER_YIELD = 64;

const escapeText = (s: string): string => s.replace(/[&<>\u00a0]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&nbsp;'));
const escapeAttr = (s: string): string => s.replace(/[&"\u00a0]/g, (c) => (c === '&' ? '&amp;' : c === '"' ? '&quot;' : '&nbsp;'));

function dropped(el: Element): boolean {
  if (!DROP.has(el.tagName.toUpperCase())) return false;
  return !(el.tagName.toUpperCase() === 'SCRIPT' && (el.getAttribute('type') ?? '').toLowerCase().includes('ld+json'));
}

function openTag(el: Element): string {
  let s = `<${el.localName}`;
  for (const a of Array.from(el.attributes)) s += ` ${a.name}="${escapeAttr(a.value)}"`;
  return `${s}>`;
}

interface Subtree {
  /** Descendant elements. */
  size: number;
  /** Holds an element stripHtml would drop. */
  dirty: boolean;
}

/**
 * Size and "holds something to drop" of every element's subtree, in one post-order walk with an explicit
 * stack (a page may nest 50,000 elements deep), yielding every few dozen elements.
 */
function* measureSubtrees(root: Element, into: Map<Element, Subtree>): Generator<void, void> {
  const stack: Element[] = [root];
  const done = new Set<Element>();
  let n = 0;
  while (stack.length) {
    const el = stack[stack.length - 1]!;
    if (!done.has(el) && el.firstElementChild) {
      done.add(el);
      for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
      continue;
    }
    stack.pop();
    const info: Subtree = { size: 0, dirty: false };
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const ci = into.get(c)!;
      info.size += 1 + ci.size;
      info.dirty ||= ci.dirty || dropped(c);
    }
    into.set(el, info);
    if (++n % STEPS_PER_YIELD === 0) yield;
  }
}

const TEXT_PIECE = 100_000;

/** Characters per part of the serialized page (what lib/pipeline/send.ts posts one at a time). */
export const PART_CHARS = 128 * 1024;

/** `serializePartsSteps` joined into one string (tests, small pages). */
export function* serializeSteps(doc: Document): Generator<void, string> {
  return (yield* serializePartsSteps(doc)).parts.join('');
}

/** The serialized page, and how many elements the live page has (the walk counted them anyway). */
export interface SerializedPage {
  parts: string[];
  /** Every element of the document, dropped ones included: `getElementsByTagName('*').length`. */
  elements: number;
}

/**
 * Serializes `doc` as HTML, yielding between pieces so a scheduler can run it in slices (see runInSlices).
 * Comments and the dropped elements are left out; everything else is what outerHTML would write.
 * The HTML comes as parts of about PART_CHARS characters, each joined as soon as it is full: joining a
 * 1 MB page's hundred thousand pieces at the end was one unit of 18 ms.
 */
export function* serializePartsSteps(doc: Document): Generator<void, SerializedPage> {
  const root = doc.documentElement;
  if (!root) return { parts: [], elements: 0 };
  const sizes = new Map<Element, Subtree>();
  yield* measureSubtrees(root, sizes);
  const elements = 1 + (sizes.get(root)?.size ?? 0);
  const parts: string[] = [];
  const pieces: string[] = [];
  let pending = 0;
  const out = {
    push(piece: string): void {
      pieces.push(piece);
      pending += piece.length;
      if (pending >= PART_CHARS) {
        parts.push(pieces.join(''));
        pieces.length = 0;
        pending = 0;
      }
    },
  };
  const stack: { el: Element; next: Node | null }[] = [];
  /** Writes a node, or opens it; true when it did a native call worth a yield. */
  const visit = (n: Node): boolean => {
    if (n.nodeType === 3) {
      out.push(escapeText((n as Text).data));
      return (n as Text).data.length > 1000;
    }
    if (n.nodeType !== 1) return false; // comments, processing instructions: stripHtml drops comments too
    const el = n as Element;
    if (dropped(el)) return false;
    const info = sizes.get(el);
    if (!info || (!info.dirty && info.size <= MAX_NATIVE)) {
      out.push(el.outerHTML);
      return true;
    }
    out.push(openTag(el));
    stack.push({ el, next: el.firstChild });
    return false;
  };
  visit(root);
  let steps = 0;
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const c = top.next;
    if (!c) {
      out.push(`</${top.el.localName}>`);
      stack.pop();
      continue;
    }
    top.next = c.nextSibling;
    // A huge text node (a 5 MB page of text) is escaped a piece at a time.
    if (c.nodeType === 3 && (c as Text).data.length > TEXT_PIECE) {
      const data = (c as Text).data;
      for (let i = 0; i < data.length; i += TEXT_PIECE) {
        out.push(escapeText(data.slice(i, i + TEXT_PIECE)));
        yield;
      }
      continue;
    }
    // a native call is worth a yield; so are a few hundred cheap steps (tags opened, small texts)
    if (visit(c) || ++steps % STEPS_PER_YIELD === 0) yield;
  }
  if (pieces.length) parts.push(pieces.join(''));
  return { parts, elements };
}
