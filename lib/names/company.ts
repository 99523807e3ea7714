// Company identity. Keys must be conservative: they collapse spelling noise (case, accents, punctuation, legal
// suffixes) and nothing else — "Apple" and "Apple Farm" stay two names. Stored as the companies' unique keys,
// so changing what a key is means a schema migration.

import { foldedWords } from './fold';

/**
 * Trailing words that name a legal form rather than the business. "Group" and "Holdings" are here because
 * outlets write "SenseTime Group Ltd" and "SenseTime" for the same company; words that carry meaning
 * ("Capital", "Ventures", "Technologies") are not, so "Sequoia Capital" and "Sequoia" stay distinct keys.
 */
export const LEGAL_SUFFIXES = new Set([
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'ltd', 'limited', 'llc', 'llp', 'lp', 'plc', 'gmbh', 'ag',
  'sa', 'sas', 'sarl', 'srl', 'spa', 'bv', 'nv', 'ab', 'oy', 'pte', 'pty', 'pvt', 'private', 'kk', 'group',
  'holdings', 'holding',
]);

/** Drops trailing words while `drop` says so, never down to nothing; then a leading "the". */
export function trimWords(words: string[], drop: (word: string, rest: readonly string[]) => boolean): string[] {
  const out = [...words];
  while (out.length > 1 && drop(out[out.length - 1]!, out.slice(0, -1))) out.pop();
  // "The Sensetime Group" vs "SenseTime": a leading article is presentation too.
  if (out.length > 1 && out[0] === 'the') out.shift();
  return out;
}

/** The identity key: folded, with trailing legal-form words removed (never down to nothing). */
export function nameKey(name: string): string {
  return trimWords(foldedWords(name), (w) => LEGAL_SUFFIXES.has(w)).join(' ');
}

/** True when two names are the same company by the key rule. */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}
