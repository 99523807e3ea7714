// The shape of a language's lexicon: the words funding news is written with, kept as data.
// Phrases are plain text; a space matches any run of whitespace, and `(?:…)` groups are allowed for endings.

export interface Lexicon {
  /** The company got money: "raises", "has closed", "bags". Its subject is the company. */
  raise: string[];
  /** A raise told by a noun phrase after the subject's own verb: "X arrive derrière avec une levée de 15 M€",
   *  "X tops the week with a round of $20M". The subject is the name the sentence opens on. */
  raiseWith?: string[];
  /** An investor put money in: "invests", "backs", "leads". Subject investor, object ("in X") the company. */
  invest: string[];
  /** Before a list of lead investors: "led by", "co-led by". */
  leadBefore: string[];
  /** After a list of lead investors: "led the round", "co-led". */
  leadAfter: string[];
  /** Before a list of other investors: "with participation from", "alongside", "joined by". */
  participantBefore: string[];
  /** Introducers too common to read outside a sentence that states a round: "from", "with", "including". */
  participantWeak: string[];
  /** After a list of other investors: "also participated", "joined the round". */
  participantAfter: string[];
  /** Words that make a round a thing of the past: "previously", "last year", "had raised". */
  past: string[];
  /** A round not (yet) done: "in talks to raise", "plans to raise". */
  unfinished: string[];
  /** Nouns that name a round: "round", "funding", "financing". */
  roundNoun: string[];
  /** Words that join the last two items of a list. */
  and: string[];
}
