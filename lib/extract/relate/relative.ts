// Relative clauses. "Barrow Capital, which led the company's seed round, also participated": what a relative
// clause says is about the name before it — a backer's past, a portfolio — never the sentence's news. One
// reader for every stage that must see past one; the pronouns are data (lexicon/frame-words.ts).
import { phrasesSource } from '../lexicon/index';
import { RELATIVE_PRONOUNS } from '../lexicon/frame-words';

const PRONOUN = phrasesSource(RELATIVE_PRONOUNS);
const OPEN = new RegExp(String.raw`,\s*${PRONOUN}[^,.;]*$`, 'iu');
const CLOSED = new RegExp(String.raw`,\s*${PRONOUN}[^,]*,\s*$`, 'iu');
const TRAILING = new RegExp(String.raw`[\s,]+${PRONOUN}\s*$`, 'iu');
const BEFORE_VERB = new RegExp(String.raw`${PRONOUN}\s+(?:also\s+|previously\s+)?$`, 'iu');

/** `before` ends inside a relative clause still open: "Barrow Capital, which led the company's ". */
export const insideRelative = (before: string): boolean => OPEN.test(before);

/** `before` ends with a verb's relative pronoun: "a venture firm that has invested in" read up to "invested". */
export const pronounBeforeVerb = (before: string): boolean => BEFORE_VERB.test(before);

/** `head` with a closed relative clause at its end blanked, offsets kept: "A and B, which backed it," → "A and B". */
export const blankClosedRelative = (head: string): string => head.replace(CLOSED, (m) => ' '.repeat(m.length));

/** `head` without its last word when that is a relative pronoun: "Acme, which" → "Acme". */
export const withoutTrailingPronoun = (head: string): string => head.replace(TRAILING, '');
