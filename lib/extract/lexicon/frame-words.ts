// Words the relate stage reads around a figure: possessives that name the raiser ("its new $5M round"), nouns
// that refer back to the round ("The $6B round included…"), words that open a new clause (", while"), and
// reporting verbs ("said it had raised": news in the past tense, not an earlier round). Data for relate/.

/** Possessive pronouns before a figure: "our $100M Series D", "su ronda", "leur levée". */
export const POSSESSIVES = ['our', 'its', 'their', 'su', 'sus', 'seu', 'sua', 'son', 'sa', 'ses', 'leur', 'ihre', 'seine'];
/** Words between the possessive and the figure: "its new $5M round", "its Sequoia-led $5M round". */
export const FRESH = ['new', 'latest', 'fresh', 'recent', 'first', 'nueva', 'nuevo', '\\w+-led'];
/** Nouns by which a sentence speaks of the round in context. */
export const ROUND_REFERENCES = ['round', 'funding', 'financing', 'investment', 'raise', 'deal', 'tranche'];
/** The round just told, opening a sentence in French, Spanish, Portuguese, Italian, German: "L'opération, d'un
 *  montant de six millions de dollars, a été menée par…". */
export const ROUND_OPENERS = ["l['’]opération", 'la levée(?: de fonds)?', 'le tour de table', "l['’]op[eé]raci[oó]n", 'la ronda', 'a rodada',
  'a operação', "l['’]operazione", 'il round', 'die (?:finanzierungs)?runde'];
/** Determiners before them: "the", "this", "the latest". */
export const ROUND_DETERMINERS = ['the', 'this', 'that', 'the new', 'the latest'];
/** After a comma, words that open a new clause: "…$12M in June, and a $4M seed in 2021". */
export const CLAUSE_OPENERS = ['and', 'while', 'with', 'but', 'plus', 'after', 'following', 'up from', 'down from', 'compared', 'is', 'are',
  'was', 'were', 'has', 'have', 'now'];
/** Verbs that report the news: "said it had raised". */
export const REPORTED = ['said', 'says', 'announced', 'confirmed', 'added'];
/** German puts the raise verb last ("Kelpware hat … 8 Millionen Euro eingesammelt"): the auxiliary in second
 *  place follows the subject, the participle or infinitive ends the clause. */
export const GERMAN_AUXILIARIES = ['hat', 'haben', 'hatte', 'hatten', 'konnte', 'konnten', 'kann', 'können'];
export const GERMAN_FINAL_RAISES = ['eingesammelt', 'einsammeln', 'erhalten', 'gesichert', 'sichern', 'abgeschlossen', 'bekommen', 'aufgenommen',
  'aufnehmen', 'eingeworben', 'einwerben'];
/** A finite raise verb right after the figure, the subject after it: "33 Millionen Euro erhielt das Hamburger
 *  Unternehmen Finanzcheck von…" (German keeps the verb second, so a sentence opening on its figure inverts). */
export const GERMAN_FINITE_RAISES = ['erhielt', 'erhielten', 'erhält', 'erhalten', 'sammelte', 'sammelten', 'sammelt', 'sicherte', 'sicherten',
  'sichert', 'bekam', 'bekamen', 'bekommt', 'holte', 'holten', 'holt', 'fließen', 'flossen', 'floss', 'gehen', 'gingen', 'ging'];
/** The describing words before a German company's name: "das Hamburger Unternehmen", "die Berliner Fintech-Firma". */
export const GERMAN_KIND_HEADS = ['Unternehmen', 'Start-?up', 'Startup', 'Fintech', 'Firma', 'Plattform', 'Anbieter', 'Jungunternehmen', 'Gründer', 'Team'];

/** Labels of a deal's fields in trackers and newsletters ("Amount: $8M", "Round: Series A"): no company's name. */
export const FIELD_LABELS = ['amount', 'amount raised', 'funding', 'funding amount', 'round', 'round size', 'deal size', 'stage', 'series', 'valuation',
  'investors?', 'lead investors?', 'backers?', 'sector', 'industry', 'vertical', 'location', 'hq', 'headquarters', 'founded', 'date',
  'total', 'total raised', 'raised', 'size', 'type', 'deal type'];

/** Relative pronouns: what follows them speaks of the name before ("Barrow Capital, which led its seed round"). */
export const RELATIVE_PRONOUNS = ['which', 'who', 'whose', 'that', 'que', 'qui', 'die', 'der'];

/** Determiners that point back at the round just told: "that round", "the same financing". */
export const BACK_POINTING = ['that', 'the same', 'the earlier', 'the previous', 'the prior'];
/** Verbs of a company's start: "set up last year", "founded in 2019" date the company, not a round. */
export const FOUNDING_VERBS = ['set up', 'founded', 'co-founded', 'launched', 'started', 'established', 'incorporated', 'created'];
/** When, after a founding verb: "in 2019", "in March 2019", "last year", "two years ago". */
export const FOUNDING_WHEN = ['in (?:\\w+ )?\\d{4}', 'last year', '(?:\\w+ ){1,2}years? ago'];


/** A market's movement: "the major jump in investment", "this rebound". */
export const TREND_NOUNS = ['jump', 'rise', 'increase', 'rebound', 'growth', 'surge', 'spike', 'recovery', 'uptick', 'boost', 'decline', 'drop', 'dip'];
/** What makes a trend: "…was mainly driven by two big deals: X's $110M Series C". */
export const TREND_DRIVEN = ['driven', 'fuell?ed', 'powered', 'propelled', 'boosted', 'buoyed', 'lifted'];
/** Who made it: "the biggest contributors to the jump were…". */
export const TREND_DRIVERS = ['(?:biggest|largest|main|major|key) (?:contributors?|drivers?) (?:to|of|behind)'];
