// A noun phrase that refers back to the company instead of naming it: "The French company", "this startup",
// "La compañía francesa". One phrase, read two ways: as a sentence's opener (the round's raiser is the company
// already in the draft) and as a whole comma segment before a raise verb (the subject is a reference).
import { phrasesSource as ANY } from '../lexicon/index';
import { REFERRING_NOUNS } from '../lexicon/subject';

const DETERMINER = String.raw`(?:(?:the|this|la|el|le|a|o|die|der|das)\s+|l['’])`;
/** A determiner, up to `n` describing words of the class given, then the noun: "the Berlin-based company"
 *  (the noun may end a compound: "das New-Space-Start-up"). */
const phrase = (determiner: string, word: string, n: number): string =>
  String.raw`${determiner}(?:${word}+\s+){0,${n}}(?:\p{L}+-)*${ANY(REFERRING_NOUNS)}`;
const PHRASE = phrase(DETERMINER, String.raw`[\p{L}-]`, 3);
/** "…that", "…qui": a relative clause may follow the noun inside the same segment. */
const RELATIVE = String.raw`\s+(?:que|qui|which|that|who)\s`;
const RELATIVE_TAIL = String.raw`(?:${RELATIVE}.*)?`;

/** A sentence that opens with the phrase: "The company also said…". */
// (not \b: "société", "compañía" end on a letter \b does not know)
export const REFERRING_OPENER = new RegExp(String.raw`^\s*${PHRASE}(?![\p{L}\p{N}])`, 'iu');

/** A comma segment that is only the phrase, perhaps with a trailing adjective ("la compañía francesa"). */
/** (or a complement: "A startup de saúde", "la société de conseil") */
const COMPLEMENT = String.raw`(?:\s+(?:de|do|da|des|du|di|del|della)\s+[\p{Ll}-]+)?`;
const REFERRING_SEGMENT = new RegExp(String.raw`^\s*${PHRASE}(?:\s+[\p{Ll}-]+)?${COMPLEMENT}${RELATIVE_TAIL}\s*$`, 'iu');

/** "The industrial automation and robotics firm": a longer description, lower-case words only, before an appositive. */
export const DESCRIBED_COMPANY = new RegExp(String.raw`^\s*${phrase(String.raw`(?:[Tt]he|[Tt]his)\s+`, String.raw`[\p{Ll}-]`, 5)}\s*$`, 'u');

/** The last word when it is a name's: a capital ("la startup frenchy Lydia") or an inner one ("la joven startup
 *  clicOH"); the case-insensitive pattern above cannot tell (a German noun, "das Zürcher Unternehmen", is none). */
const NAME_LAST = /\s(?:\p{Lu}\p{L}*|\p{Ll}+\p{Lu}\p{L}*)\s*$/u;
const NOUN = new Set(REFERRING_NOUNS.map((n) => n.toLowerCase()));
const namedLast = (text: string): boolean => NAME_LAST.test(text) && !NOUN.has(text.trim().split(/\s+/).at(-1)!.toLowerCase());

/** A comma segment that only refers to the company: the phrase, with no name at its end unless a relative clause
 *  follows the noun ("the company that Ana Ruiz founded"). */
export function isReferringSegment(text: string): boolean {
  return REFERRING_SEGMENT.test(text) && (HAS_RELATIVE.test(text) || !namedLast(text));
}
const HAS_RELATIVE = new RegExp(RELATIVE, 'iu');
