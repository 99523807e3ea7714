// Ranges by fact kind → CSS.highlights, and the styles that paint them — without one change to the page's DOM.
// The ::highlight() rules must apply to the document itself (rules inside a shadow root only style that
// shadow tree), so they go into a constructed stylesheet adopted by the document: adoptedStyleSheets is not
// part of the DOM tree and no MutationObserver sees it. Where the API is missing, nothing is painted and
// nothing throws.
import type { FactKind } from '../model';
import type { HighlightStyle } from '../settings-defaults';

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
const LOOK: Record<HighlightKind | 'mentioned', { tint: string | null; line: string }> = {
  amount: { tint: 'rgba(250, 204, 21, 0.34)', line: 'underline solid rgba(202, 138, 4, 0.95) 3px' },
  valuation: { tint: 'rgba(251, 146, 60, 0.28)', line: 'underline double rgba(234, 88, 12, 0.95) 2px' },
  stage: { tint: 'rgba(56, 189, 248, 0.22)', line: 'underline dotted rgba(2, 132, 199, 0.95) 3px' },
  company: { tint: 'rgba(167, 139, 250, 0.24)', line: 'underline dashed rgba(124, 58, 237, 0.9) 2px' },
  lead: { tint: 'rgba(52, 211, 153, 0.3)', line: 'underline wavy rgba(5, 150, 105, 0.95) 2px' },
  investor: { tint: 'rgba(52, 211, 153, 0.16)', line: 'underline solid rgba(5, 150, 105, 0.8) 1px' },
  mentioned: { tint: null, line: 'underline dotted rgba(128, 128, 128, 0.9) 1px' },
};

/** How the user wants each kind painted (options page); kinds left out keep the full look. */
export type HighlightLooks = Partial<Record<HighlightKind, HighlightStyle>>;

/** The ::highlight() rules for the user's choices: 'background' = tint + underline, 'underline' = line only. */
export function highlightCss(looks: HighlightLooks = {}): string {
  const rule = (name: string, look: { tint: string | null; line: string }, style: HighlightStyle) =>
    style === 'off'
      ? ''
      : `::highlight(${name}) { ${style === 'background' && look.tint ? `background-color: ${look.tint}; ` : ''}text-decoration: ${look.line}; text-underline-offset: 3px; }\n`;
  return (
    HIGHLIGHT_KINDS.map((k) => rule(`dealmark-${k}`, LOOK[k], looks[k] ?? 'background')).join('') +
    rule(MENTIONED, LOOK.mentioned, 'underline')
  );
}

export const HIGHLIGHT_CSS = highlightCss();

/** Kinds the user turned off are not registered at all (nothing to hit-test, nothing to tab to). */
export function shownKinds(looks: HighlightLooks): (f: PlacedFact) => boolean {
  return (f) => !(f.evidence.kind in looks) || looks[f.evidence.kind as HighlightKind] !== 'off';
}

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

type Adoptable = { adoptedStyleSheets: CSSStyleSheet[] };

/**
 * Firefox before 141 refuses a content script's write to document.adoptedStyleSheets (the Xray wrapper); the
 * same write through the page's own objects (wrappedJSObject: its constructor, its array) is accepted.
 */
function adoptInto(doc: Document, win: typeof globalThis & { CSSStyleSheet: typeof CSSStyleSheet }, css: string): { sheet: CSSStyleSheet; owner: Adoptable } | null {
  const sheetOf = (w: { CSSStyleSheet: typeof CSSStyleSheet }): CSSStyleSheet => { const sh = new w.CSSStyleSheet(); sh.replaceSync(css); return sh; };
  try {
    const sheet = sheetOf(win);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return { sheet, owner: doc };
  } catch {
    const pageDoc = (doc as Document & { wrappedJSObject?: Adoptable }).wrappedJSObject;
    const pageWin = (win as unknown as { wrappedJSObject?: typeof globalThis & { CSSStyleSheet: typeof CSSStyleSheet; Array: ArrayConstructor } }).wrappedJSObject;
    if (!pageDoc || !pageWin) return null;
    const sheet = sheetOf(pageWin);
    // the new list must be the page's own array, filled in the page's compartment
    const list = new pageWin.Array<CSSStyleSheet>();
    for (const s of pageDoc.adoptedStyleSheets) list.push(s);
    list.push(sheet);
    pageDoc.adoptedStyleSheets = list;
    return { sheet, owner: pageDoc };
  }
}

/**
 * Adds the ::highlight() rules to the document through a constructed, adopted stylesheet — not a DOM
 * change. Returns the remover; a no-op where constructed stylesheets are unavailable.
 */
export function installStyles(doc: Document, css = HIGHLIGHT_CSS): () => void {
  try {
    const win = doc.defaultView as (typeof globalThis & { CSSStyleSheet: typeof CSSStyleSheet }) | null;
    if (!win || !('adoptedStyleSheets' in doc)) return () => undefined;
    const sheet = adoptInto(doc, win, css);
    if (!sheet) return () => undefined;
    return () => {
      try {
        sheet.owner.adoptedStyleSheets = sheet.owner.adoptedStyleSheets.filter((s) => s !== sheet.sheet);
      } catch {
        /* the page replaced its sheets: ours is gone already */
      }
    };
  } catch {
    return () => undefined;
  }
}

export { hitTest, type HitEnv } from './hit';
