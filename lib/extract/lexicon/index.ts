// Every language's lexicon merged and compiled once into the patterns the pipeline stages read.
import { de } from './de';
import { en } from './en';
import { id } from './id';
import { KO_FUNDING_WORDS, ZH_JA_FUNDING_WORDS } from './cjk';
import { HI_FUNDING_WORDS } from './hi';
import { es, fr, it, pt } from './romance';
import type { Lexicon } from './types';

export type { Lexicon } from './types';
export const LEXICONS: Lexicon[] = [en, es, pt, fr, de, it, id];

const merged = (key: keyof Lexicon): string[] => [...new Set(LEXICONS.flatMap((l) => l[key] ?? []))]
  // longest first, so "co-led by" wins over "led by" and "with participation from" over "with"
  .sort((a, b) => b.length - a.length);
const source = (phrases: string[]): string => phrases.map((p) => p.replace(/ /g, '\\s+')).join('|');

/** A pattern matching any of the phrases as whole words (a space in a phrase matches any whitespace). */
export function anyPhrase(phrases: string[], flags = ''): RegExp {
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  // (a phrase may end in an elision, "auprès d'": a letter follows it)
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${source(sorted)})(?:(?<=[’'])|(?![\p{L}\p{N}]))`, `iu${flags}`);
}

/** The source of anyPhrase(phrases), to embed in a longer pattern. */
export const phrasesSource = (phrases: readonly string[]): string => anyPhrase([...phrases]).source;

/** The alternatives of `key` in every language, longest first, without word boundaries (to embed in a pattern). */
export function phraseSource(key: keyof Lexicon): string {
  return source(merged(key));
}

/** A pattern matching any phrase of `key` in every language; `flags` adds e.g. "g". */
export function phrasePattern(key: keyof Lexicon, flags = ''): RegExp {
  return anyPhrase(merged(key), flags);
}

// "the fund-raising", "a capital-raising": a raise word after a hyphen is a noun, no verb
export const RAISE = new RegExp(`(?<!-)(?:${phrasePattern('raise').source}|${phrasePattern('raiseWith').source})`, 'giu');
export const RAISE_WITH = phrasePattern('raiseWith');
/** The same, to test a text for a raise verb (a global pattern's test() would keep its place between calls). */
export const HAS_RAISE = new RegExp(RAISE.source, 'iu');
export const INVEST = phrasePattern('invest', 'g');
export const LEAD_BEFORE = phrasePattern('leadBefore', 'g');
export const LEAD_AFTER = phrasePattern('leadAfter', 'g');
export const PARTICIPANT_BEFORE = phrasePattern('participantBefore', 'g');
export const PARTICIPANT_WEAK = phrasePattern('participantWeak', 'g');
export const PARTICIPANT_AFTER = phrasePattern('participantAfter', 'g');
export const PAST = phrasePattern('past');
export const UNFINISHED = phrasePattern('unfinished');
export const ROUND_NOUN = phrasePattern('roundNoun');
/** A sentence that speaks of a round or its backers, in any script we read: what a follow-up must hold
 *  ("Y and Z also participated", "이번 투자에는…", "…ने भी हिस्सा लिया"). */
export const ROUND_TALK = new RegExp(
  [ROUND_NOUN.source, String.raw`\binvest|\binvers(?:or|ores|ionistas?|ión)\b|\bbacker|\bparticipa|\binvolved\b|\btook part\b`, KO_FUNDING_WORDS.source, ZH_JA_FUNDING_WORDS.source, HI_FUNDING_WORDS.source].join('|'), 'iu');
export const AND_WORDS = new Set(LEXICONS.flatMap((l) => l.and));
