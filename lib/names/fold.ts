// The search form of a name: what two spellings of one name have in common before any identity rule.

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

/** Folded words, dropping empties. */
export function foldedWords(name: string): string[] {
  return foldName(name).split(' ').filter(Boolean);
}
