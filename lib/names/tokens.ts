// Search tokens for a multiEntry index: prefix queries on one index find any word of any alias.

import { nameKey } from './company';
import { foldName } from './fold';

/**
 * Every word-boundary suffix of the folded name, so a key-range prefix query on one multiEntry index finds
 * "horo" in "Andreessen Horowitz" without scanning. Capped: long hostile names must not explode the index.
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
