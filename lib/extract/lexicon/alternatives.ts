// Word lists into pattern text. The lists in this folder are plain words, sometimes with a small `(?:…)`,
// `?` or `\.` for endings and dots; these helpers only join them, in the order written (order can matter
// inside a longer pattern, so nothing is sorted or escaped here; lexicon/index.ts's anyPhrase does both).

/** `(?:a|b|c)`: one of the alternatives, tried in the order given. */
export const oneOf = (alternatives: readonly string[]): string => `(?:${alternatives.join('|')})`;

/** `[abc]`: one of the characters given (none may be `]`, `\\`, or a leading `^`). */
export const oneChar = (chars: readonly string[]): string => `[${chars.join('')}]`;
