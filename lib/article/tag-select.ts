// A fast path for the selectors Readability and our paragraph collector ask linkedom most: a comma list of
// plain tag names ("p", "h1,h2,h3", "p, li, blockquote"). linkedom compiles every selector through
// css-select on every call, and Readability calls querySelectorAll once per candidate element: on a large page
// compiling alone was a fifth of Readability's time. A tag list needs no compiler: walk the subtree in document
// order and compare names, exactly as css-select would in an HTML document (case-insensitive, <template>
// content skipped like linkedom does). Anything else goes to linkedom's own implementation unchanged.

const TAG_LIST = /^\s*[a-zA-Z][a-zA-Z0-9-]*(?:\s*,\s*[a-zA-Z][a-zA-Z0-9-]*)*\s*$/;

type ListCtor = new () => Element[];

/** Tag names of a plain tag list, lower-cased; null when the selector is anything more. */
const tagsCache = new Map<string, ReadonlySet<string> | null>();
export function tagList(selector: string): ReadonlySet<string> | null {
  let tags = tagsCache.get(selector);
  if (tags === undefined) {
    tags = TAG_LIST.test(selector) ? new Set(selector.split(',').map((t) => t.trim().toLowerCase())) : null;
    if (tagsCache.size < 500) tagsCache.set(selector, tags);
  }
  return tags;
}

/** Elements under `root` (not root itself) in document order; stops early when `visit` returns true. */
function walk(root: Element | Document, visit: (el: Element) => boolean): void {
  let el = root.firstElementChild;
  while (el) {
    if (visit(el)) return;
    const child = el.localName === 'template' ? null : el.firstElementChild;
    if (child) {
      el = child;
      continue;
    }
    // No child: the next sibling of the nearest ancestor (inside root) that has one.
    let x: Element | null = el;
    el = null;
    while (x && x !== root) {
      const sib: Element | null = x.nextElementSibling;
      if (sib) {
        el = sib;
        break;
      }
      x = x.parentElement;
    }
  }
}

const htmlDocs = new WeakMap<Document, boolean>();
/** css-select ignores case only in HTML documents; XML ones keep linkedom's path. */
function isHtml(node: Element | Document): boolean {
  const doc = (node.nodeType === 9 ? node : node.ownerDocument) as Document | null;
  if (!doc) return false;
  let html = htmlDocs.get(doc);
  if (html === undefined) {
    html = doc.createElement('a').tagName === 'A';
    htmlDocs.set(doc, html);
  }
  return html;
}

/** A real node of an HTML document: linkedom's Document also calls the parent method on a stand-in object. */
const fastable = (self: unknown): self is Element | Document =>
  typeof (self as Node | null)?.nodeType === 'number' && isHtml(self as Element | Document);

const installed = new WeakSet<object>();

/**
 * Installs the fast path on every prototype above `node` that defines querySelectorAll/querySelector
 * (linkedom's Document overrides them over the shared parent class), once per prototype.
 */
export function installTagSelect(node: Node): void {
  let nodeList: ListCtor | null = null;
  for (let proto = Object.getPrototypeOf(node) as Record<string, unknown> | null; proto; proto = Object.getPrototypeOf(proto) as Record<string, unknown> | null) {
    if (installed.has(proto) || !Object.prototype.hasOwnProperty.call(proto, 'querySelectorAll')) continue;
    installed.add(proto);
    const all = proto.querySelectorAll as (this: unknown, s: string) => NodeListOf<Element>;
    const one = proto.querySelector as (this: unknown, s: string) => Element | null;
    proto.querySelectorAll = function (this: unknown, selector: string) {
      const tags = typeof selector === 'string' ? tagList(selector) : null;
      if (!tags || !fastable(this)) return all.call(this, selector);
      // linkedom's NodeList class (an Array with item()), so callers get what they always got.
      nodeList ??= all.call(this, 'a:not(a)').constructor as ListCtor;
      const out = new nodeList();
      walk(this, (el) => {
        if (tags.has(el.localName.toLowerCase())) out.push(el);
        return false;
      });
      return out as unknown as NodeListOf<Element>;
    };
    proto.querySelector = function (this: unknown, selector: string) {
      const tags = typeof selector === 'string' ? tagList(selector) : null;
      if (!tags || !fastable(this)) return one.call(this, selector);
      let found: Element | null = null;
      walk(this, (el) => {
        if (!tags.has(el.localName.toLowerCase())) return false;
        found = el;
        return true;
      });
      return found;
    };
  }
}
