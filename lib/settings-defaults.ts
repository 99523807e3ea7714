// The settings' shapes and defaults, without the storage (usable in tests and pure code). See settings.ts.
import type { FactKind } from './model';

/** How one kind of fact is highlighted on the page. */
export type HighlightStyle = 'background' | 'underline' | 'off';

export const FACT_KINDS: readonly FactKind[] = ['amount', 'valuation', 'stage', 'company', 'lead', 'investor', 'date'];

export type HighlightSettings = Record<FactKind, HighlightStyle>;

/** Where the highlight choices live in storage.sync (settings.ts's item 'sync:highlight'). */
export const HIGHLIGHT_SETTING_KEY = 'highlight';

/** Every kind tinted and underlined (each with its own line style): the look the page gets by default. */
export const DEFAULT_HIGHLIGHT: HighlightSettings = {
  amount: 'background',
  valuation: 'background',
  stage: 'background',
  company: 'background',
  lead: 'background',
  investor: 'background',
  date: 'off',
};

/** The kinds painted on the page; dates are read and quoted but never highlighted. */
export const HIGHLIGHTED_KINDS: readonly FactKind[] = ['amount', 'valuation', 'stage', 'company', 'lead', 'investor'];

/** Fills kinds a stored value lacks (a newer Dealmark may highlight more kinds than the value knows). */
export function completeHighlight(value: unknown): HighlightSettings {
  const out = { ...DEFAULT_HIGHLIGHT };
  const stored = typeof value === 'object' && value !== null ? (value as Partial<Record<string, unknown>>) : {};
  for (const kind of FACT_KINDS) {
    const v = stored[kind];
    if (v === 'background' || v === 'underline' || v === 'off') out[kind] = v;
  }
  return out;
}
