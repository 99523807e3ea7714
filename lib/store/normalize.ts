// Company and investor identity. Keys must be conservative: they collapse spelling noise (case, accents,
// punctuation, legal suffixes) and nothing else — "Apple" and "Apple Farm" stay two names. Pure; lib/compare
// uses it too.

/**
 * Trailing words that name a legal form rather than the business. "Group" and "Holdings" are here because
 * outlets write "SenseTime Group Ltd" and "SenseTime" for the same company; words that carry meaning
 * ("Capital", "Ventures", "Technologies") are not, so "Sequoia Capital" and "Sequoia" stay distinct keys.
 */
const LEGAL_SUFFIXES = new Set([
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'ltd', 'limited', 'llc', 'llp', 'lp', 'plc', 'gmbh', 'ag',
  'sa', 'sas', 'sarl', 'srl', 'spa', 'bv', 'nv', 'ab', 'oy', 'pte', 'pty', 'pvt', 'private', 'kk', 'group',
  'holdings', 'holding',
]);

/** Lower case, accents off, punctuation to spaces; "A.I." → "ai", "O'Reilly" → "oreilly". Used for search. */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The identity key: folded, with trailing legal-form words removed (never down to nothing). */
export function nameKey(name: string): string {
  const words = foldName(name).split(' ').filter(Boolean);
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1])) words.pop();
  // "The Sensetime Group" vs "SenseTime": a leading article is presentation too.
  if (words.length > 1 && words[0] === 'the') words.shift();
  return words.join(' ');
}

/**
 * Search tokens: every word-boundary suffix of the folded name, so a key-range prefix query on one
 * multiEntry index finds "horo" in "Andreessen Horowitz" without scanning. Capped: long hostile names
 * must not explode the index.
 */
export function searchTokens(names: readonly string[]): string[] {
  const tokens = new Set<string>();
  for (const name of names) {
    for (const form of [foldName(name), nameKey(name)]) {
      const words = form.split(' ').filter(Boolean);
      for (let i = 0; i < words.length && i < 8; i++) tokens.add(words.slice(i).join(' ').slice(0, 120));
    }
  }
  tokens.delete('');
  return [...tokens];
}

/** True when two names are the same entity by the store's rule. */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}
