// A selection turned into a fact of a round: what it says (a figure, a stage, a name) and its evidence.
// Pure. A selection that is not what the user says it is gets a sentence saying so, and nothing is saved.
// The extractor's public grammar (only the background bundle, which has the extractor anyway, imports this file).
import { findMoney, findStages } from '../extract';
import type { Evidence, FactKind, Money, Stage, Valuation } from '../model';
import type { AddKind } from './kinds';
import type { PageSelection } from './snapshot';

export type SelectedValue =
  | { kind: 'amount'; value: Money }
  | { kind: 'valuation'; value: Valuation }
  | { kind: 'stage'; value: Stage }
  | { kind: 'lead' | 'investor' | 'company'; value: string };

export type SelectionFact = { ok: true; fact: SelectedValue; evidence: Evidence } | { ok: false; message: string };

const MAX_NAME = 120;

function money(text: string): Money | null {
  return findMoney(text)[0]?.money ?? null;
}

export function selectionFact(kind: AddKind, selection: PageSelection): SelectionFact {
  const text = selection.text.trim();
  const evidence: Evidence = {
    kind: kind as FactKind,
    text,
    // Body text: the anchor searches the article's paragraphs for it, by its words and their context.
    paragraph: 0,
    start: selection.start,
    end: selection.end,
    prefix: selection.prefix,
    suffix: selection.suffix,
    quote: selection.quote || text,
    // The user read it: as sure as a fact gets.
    confidence: 1,
  };
  switch (kind) {
    case 'amount':
    case 'valuation': {
      const m = money(text);
      if (!m) return { ok: false, message: `“${text}” is not an amount of money (select the figure, e.g. “$30 million”).` };
      const fact: SelectedValue = kind === 'amount' ? { kind, value: m } : { kind, value: { ...m, basis: /pre-money/i.test(selection.suffix) ? 'pre' : /post-money/i.test(selection.suffix) ? 'post' : 'unspecified' } };
      return { ok: true, fact, evidence };
    }
    case 'stage': {
      const s = findStages(text)[0];
      if (!s) return { ok: false, message: `“${text}” does not name a round (select e.g. “Series B” or “seed round”).` };
      return { ok: true, fact: { kind, value: s.stage }, evidence };
    }
    default:
      if (text.length > MAX_NAME || !/\p{L}/u.test(text)) return { ok: false, message: `“${text.slice(0, 60)}” does not look like a name.` };
      return { ok: true, fact: { kind, value: text }, evidence };
  }
}
