// Investor identity: the company rule plus what outlets vary in investors' names — a possessive ("Y
// Combinator's Continuity Fund" = "Y Combinator Continuity Fund") and the firm-type word ("Sequoia Capital" =
// "Sequoia", "Accel Partners" = "Accel", "Founders Fund II" = "Founders Fund"). Investors are named by firm,
// so those words say what kind of firm it is, not which; for companies they can be the business and stay.

import { LEGAL_SUFFIXES, trimWords } from './company';
import { foldedWords } from './fold';
import { splitPossessive, withoutPossessive } from './possessive';

const FIRM_WORDS = new Set([
  'fund', 'funds', 'capital', 'ventures', 'venture', 'partners', 'vc', 'management', 'investments', 'investment',
  'advisors', 'advisers',
]);
/** "Fund II", "Fund 3": a fund's vintage, dropped only right after a firm word that follows a name ("Fund 3" alone stays). */
const VINTAGE = /^(?:[ivx]{1,4}|\d{1,2})$/;

/** The investor identity key: "Y Combinator's Continuity Fund" → "y combinator continuity". */
export function investorKey(name: string): string {
  return trimWords(foldedWords(withoutPossessive(name)), (w, rest) =>
    LEGAL_SUFFIXES.has(w) || FIRM_WORDS.has(w) || (VINTAGE.test(w) && rest.length > 1 && FIRM_WORDS.has(rest[rest.length - 1]!)),
  ).join(' ');
}

/**
 * Every key a later round's investor can meet an earlier one by: its own, and its owner's when it is a unit
 * named through one ("Goldman Sachs' Principal Strategic Investments" meets "Goldman Sachs").
 */
export function investorMatchKeys(name: string): string[] {
  const keys = [investorKey(name)];
  const p = splitPossessive(name);
  if (p) keys.push(investorKey(p.owner));
  return [...new Set(keys.filter(Boolean))];
}

/** True when two investor names are one investor (or one is the other's unit). */
export function sameInvestor(a: string, b: string): boolean {
  const keysA = investorMatchKeys(a);
  return investorMatchKeys(b).some((k) => keysA.includes(k));
}
