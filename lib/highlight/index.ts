// Ranges by fact kind → CSS.highlights, and the styles that paint them — without one change to the page's DOM.
// The ::highlight() rules must apply to the document itself (rules inside a shadow root only style that
// shadow tree), so they go into a constructed stylesheet adopted by the document: adoptedStyleSheets is not
// part of the DOM tree and no MutationObserver sees it. Where the API is missing, nothing is painted and
// nothing throws.
import type { FactKind } from '../model';

export const HIGHLIGHT_KINDS = ['amount', 'valuation', 'stage', 'company', 'lead', 'investor'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];
export const MENTIONED = 'dealmark-mentioned';
export const HIGHLIGHT_NAMES = [...HIGHLIGHT_KINDS.map((k) => `dealmark-${k}` as const), MENTIONED] as const;
export type HighlightName = (typeof HIGHLIGHT_NAMES)[number];

/** A fact placed in the page: what the highlighter needs of an anchored fact. */
export interface PlacedFact {
  evidence: { kind: FactKind };
  primary: boolean;
  range: AbstractRange;
}

export function highlightName(f: PlacedFact): HighlightName | null {
  if (!(HIGHLIGHT_KINDS as readonly string[]).includes(f.evidence.kind)) return null;
  return f.primary ? (`dealmark-${f.evidence.kind}` as HighlightName) : MENTIONED;
}

// Told apart by more than colour: each kind has its own underline style and weight; the tints are
// translucent so they read on light and dark pages alike, and the page's own text colour is kept.
export const HIGHLIGHT_CSS = `
::highlight(dealmark-amount) { background-color: rgba(250, 204, 21, 0.34); text-decoration: underline solid rgba(202, 138, 4, 0.95) 3px; text-underline-offset: 3px; }
::highlight(dealmark-valuation) { background-color: rgba(251, 146, 60, 0.28); text-decoration: underline double rgba(234, 88, 12, 0.95) 2px; text-underline-offset: 3px; }
::highlight(dealmark-stage) { background-color: rgba(56, 189, 248, 0.22); text-decoration: underline dotted rgba(2, 132, 199, 0.95) 3px; text-underline-offset: 3px; }
::highlight(dealmark-company) { background-color: rgba(167, 139, 250, 0.24); text-decoration: underline dashed rgba(124, 58, 237, 0.9) 2px; text-underline-offset: 3px; }
::highlight(dealmark-lead) { background-color: rgba(52, 211, 153, 0.3); text-decoration: underline wavy rgba(5, 150, 105, 0.95) 2px; text-underline-offset: 3px; }
::highlight(dealmark-investor) { background-color: rgba(52, 211, 153, 0.16); text-decoration: underline solid rgba(5, 150, 105, 0.8) 1px; text-underline-offset: 3px; }
::highlight(dealmark-mentioned) { text-decoration: underline dotted rgba(128, 128, 128, 0.9) 1px; text-underline-offset: 3px; }
`;

// Lower numbers paint under higher ones where two facts overlap.
const PRIORITY: Record<HighlightName, number> = {
  'dealmark-mentioned': 0,
  'dealmark-company': 1,
  'dealmark-stage': 2,
  'dealmark-investor': 3,
  'dealmark-valuation': 4,
  'dealmark-lead': 5,
  'dealmark-amount': 6,
};

/** The part of HighlightRegistry we use; a fake in unit tests. */
export interface RegistryLike {
  set(name: string, h: unknown): unknown;
  get(name: string): unknown;
  delete(name: string): boolean;
}

export interface HighlightEnv {
  registry: RegistryLike;
  make: (ranges: AbstractRange[]) => { priority?: number };
}

/** The browser's own highlight API, or null where it is missing. */
export function browserEnv(win: typeof globalThis = globalThis): HighlightEnv | null {
  const css = (win as { CSS?: { highlights?: RegistryLike } }).CSS;
  const H = (win as { Highlight?: new (...r: AbstractRange[]) => { priority?: number } }).Highlight;
  if (!css?.highlights || typeof H !== 'function') return null;
  return { registry: css.highlights, make: (ranges) => new H(...ranges) };
}

/**
 * Registers one highlight per name for `facts`; returns the function that removes exactly what it added
 * (a highlight the page itself registered under another name is never touched).
 */
export function registerHighlights(facts: PlacedFact[], env: HighlightEnv | null): { names: HighlightName[]; remove(): void } {
  if (!env) return { names: [], remove: () => undefined };
  const groups = new Map<HighlightName, AbstractRange[]>();
  for (const f of facts) {
    const name = highlightName(f);
    if (!name) continue;
    const list = groups.get(name) ?? [];
    list.push(f.range);
    groups.set(name, list);
  }
  const added: [HighlightName, unknown][] = [];
  for (const [name, ranges] of groups) {
    try {
      const h = env.make(ranges);
      h.priority = PRIORITY[name];
      env.registry.set(name, h);
      added.push([name, h]);
    } catch {
      // a page that broke the registry gets no paint from us, and no error either
    }
  }
  return {
    names: added.map(([n]) => n),
    remove() {
      for (const [name, h] of added) {
        try {
          if (env.registry.get(name) === h) env.registry.delete(name);
        } catch {
          /* already gone */
        }
      }
    },
  };
}

/**
 * Adds the ::highlight() rules to the document through a constructed, adopted stylesheet — not a DOM
 * change. Returns the remover; a no-op where constructed stylesheets are unavailable.
 */
export function installStyles(doc: Document, css = HIGHLIGHT_CSS): () => void {
  try {
    const win = doc.defaultView as (typeof globalThis & { CSSStyleSheet: typeof CSSStyleSheet }) | null;
    if (!win || !('adoptedStyleSheets' in doc)) return () => undefined;
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      try {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      } catch {
        /* the page replaced its sheets: ours is gone already */
      }
    };
  } catch {
    return () => undefined;
  }
}

export { hitTest, type HitEnv } from './hit';
