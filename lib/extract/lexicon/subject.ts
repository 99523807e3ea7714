// The words between a raiser and its verb, and the words that stand for a raiser: data for relate/subject.ts.
// Phrases as in lexicon/en.ts (a space matches any whitespace).

/** Auxiliaries, adverbs of time and reporting words: "Acme [announced today that it has] raised". */
export const AUXILIARIES = [
  'has', 'have', 'had', 'has been', 'is', 'are', 'was', 'were', 'will', 'would', 'just', 'now', 'also', 'further', 'that', 'to', 'each', 'both',
  'today', 'yesterday', 'tonight', 'this morning', 'earlier today', 'this week', 'on \\w+day',
  'recently', 'officially', 'successfully', 'finally', 'reportedly', 'quietly', 'already', 'then', 'later', 'subsequently', 'again',
  'eventually',
  'said', 'says', 'announced', 'announces', 'confirmed', 'revealed', 'disclosed',
  // es, pt, fr, de
  'chacun', 'chacune', 'cada uno', 'jeweils', 'ciascuno',
  'se', 'ha', 'a', 'ont', 'avait', 'avaient', 'había', 'habia', 'havia', 'tinha', 'tem', 'hat', 'hatte',
  // the recent past: "Elle vient de boucler", "acaba de cerrar"
  'vient de', 'viennent de', 'acaba de', 'acaban de', 'acabam de',
];

/** Nouns that name the raiser in "the company", "the stock trading app" (not "the firm": that is often the investor). */
export const RAISER_NOUNS = [
  'company', 'startup', 'start-up', 'business', 'platform', 'brand', 'group', 'app', 'lender', 'bank', 'insurer', 'unicorn', 'team',
  'maker', 'developer', 'provider', 'outfit', 'venture', 'newco', 'spinout', 'spin-out',
];

/** Words that stand for the raiser: pronouns, "the company", and the round itself ("the $6 billion round"). */
export const RAISER_REFERENCES = [
  'it', "it['’]s", 'we', "we['’]ve", 'they', 'ils', 'elles', 'elle', 'ellos', 'eles', 'sie',
  `the (?:[a-z-]+ ){0,3}(?:${RAISER_NOUNS.join('|')})`, 'this (?:company|startup|firm)', '(?:our|my) (?:company|startup|team)',
  '(?:the|this|that|its|their|our) (?:[\\w$€£¥₹.,-]+ ){0,3}(?:round|funding|financing|investment|raise|deal|fundraise|tranche)',
  'la (?:empresa|startup|compañía)', 'a (?:empresa|startup)', "l['’](?:entreprise|startup)", 'die Firma',
  // "das New-Space-Start-up", "das Münchner Unternehmen": a describing compound or adjective before the noun
  'das (?:[\\p{L}-]+-|[\\p{Lu}][\\p{Ll}]+er )?(?:Unternehmen|Start-?up)',
];

/** A segment between commas that describes rather than names: "a Lagos fintech", "which makes robots". */
export const APPOSITIVE_OPENERS = [
  'a', 'an', 'the', 'of', 'in', 'which', 'who', 'that', 'whose', 'que', 'qui', 'quien', 'dont', 'one', 'el', 'la', 'los', 'las', 'un', 'una', 'le', 'les', 'o', 'um',
  'uma', 'der', 'die', 'das', 'ein', 'eine', 'aka', 'also known as', 'formerly', 'based', 'headquartered', 'founded', 'backed', 'led',
  'owned', 'launched', 'started', 'created', 'set up', 'spun out', 'incubated',
  // "Verve Media, parent company of Dailyreel, raised": a role without its article
  'parent', 'parent company', 'owner', 'operator', 'maker', 'developer', 'creator', 'provider', 'home to', 'part of',
  // Spanish, Portuguese and French set a kind noun without its article: "Deliveroo, startup especializada en…"
  'startup', 'start-up', 'empresa', 'compañía', 'companhia', 'plataforma', 'fintech', 'healthtech', 'edtech', 'proptech', 'insurtech',
  'foodtech', 'unicornio', 'unicórnio', 'société', 'plateforme', 'jeune pousse',
];

/** Reporting verbs whose subject a following pronoun stands for: "Acme said it raised". */
export const REPORTING_VERBS = ['said', 'says', 'announced', 'announces', 'confirmed', 'confirms', 'revealed', 'reports?', 'reported', 'told [\\w ]{2,30}?'];

/** A figure's raiser named after it: "a $250M debt round raised by Tamara", "a $200M Series D by Tabby". */
export const PASSIVE_RAISE = [
  '(?:raised|secured|closed|landed|bagged|received|announced|picked up) by',
  '(?:series [a-j]\\+?|seed|pre-seed|pre-series [a-j]|debt|bridge|growth) (?:round |funding |financing )?(?:raised )?by',
  // "la levée de 15 millions d'euros bouclée par Phenix", "la ronda cerrada por X", "captada pela X"
  '(?:bouclée?|levée?|réalisée?|obtenue?) par', '(?:cerrada|levantada|obtenida|captada) por', '(?:captada|levantada|fechada|obtida) pel[ao]', 'obtid[ao]s? por',
  '(?:raccolt|ottenut|chius)[oaie] da',
];

/** A raise told of the company by a pronoun: "[it] [has recently] [raised]". */
export const PRONOUN_RAISERS = ['it', 'we', 'they', 'the company', 'the startup'];
export const AUX_BEFORE_RAISE = ['has', 'have', 'had', 'just', 'also', 'recently', 'now', 'today', 'finally'];
export const RAISED = ['raised', 'secured', 'closed', 'landed', 'received', 'bagged', 'picked up', 'completed', 'announced', 'obtained', 'got', 'raises', 'secures', 'closes', 'announces'];
/** "The startup, founded by Ana Ruiz, has raised": the name after these is a founder or owner, never the raiser. */
// "formed last year by scientists from the University of X": when, and the makers' description, may stand between
const MADE_WHEN = String.raw`(?:\s+(?:in\s+\d{4}|last\s+year|(?:earlier\s+)?this\s+year|\w+\s+years\s+ago))?`;
const MAKERS = String.raw`(?:\s+(?:a\s+(?:team|group)\s+of\s+|two\s+|three\s+|several\s+)?(?:\w+\s+)?`
  + String.raw`(?:scientists|researchers|engineers|professors|doctors|physicians|alumni|students|veterans|executives)(?:\s+(?:from|at|of))?)?(?:\s+(?:the|an?))?`;
export const MADE_BY = [String.raw`(?:(?:co-?)?founded|formed|started|created|established|spun\s+out|set\s+up)${MADE_WHEN}\s+by${MAKERS}`, 'run by', 'owned by', 'headed by', 'backed by',
  '(?:co)?fundad[ao] por', '(?:co)?fondée? par', 'gegründet von', 'geführt von', '(?:co)?fundad[ao] pel[ao]'];

/** "In an interview with X": the outlet the company spoke to, never a raiser. */
export const INTERVIEW_WITH = ['in an interview with', 'en (?:una )?entrevista con', 'em entrevista (?:ao|à|com)', 'dans un entretien (?:avec|au|à)',
  'im interview mit', 'in einem interview mit', 'speaking to', 'talking to'];

/** What gives a figure's receiver in a headline that opens on the figure: "$20M for Kelpware", "75 M€ pour Quillon". */
export const FIGURE_FOR = ['for', 'pour', 'para', 'für', 'per', 'a favore di', 'in favore di', 'en faveur de', 'a favor de', 'em favor de', 'zugunsten von'];

/** Round nouns of the Romance languages that take the raiser after the figure: "la levée de 5 M€ de Quillon". */
export const GENITIVE_ROUNDS = ['levée', 'levée de fonds', 'tour de table', 'ronda', 'ronda de financiación', 'rodada', 'aporte', 'round',
  'aumento di capitale'];
/** Nouns by which a sentence names the company it speaks of: "The French company, which…, has raised". */
export const REFERRING_NOUNS = ['company', 'startup', 'start-up', 'firm', 'compañía', 'empresa', 'entreprise', 'société', 'companhia', 'Unternehmen', 'Firma'];

/** Capitalised articles that open a sentence: after "Wien – " they show the city was a dateline ("Wien – Der Wiener…"). */
export const SENTENCE_ARTICLES = ['The', 'A', 'An', 'Der', 'Die', 'Das', 'Ein', 'Eine', 'El', 'La', 'Los', 'Las', 'Le', 'Les', "L['’]", 'Il', 'Lo',
  'O', 'Os', 'As', 'Um', 'Uma', 'Un', 'Una', 'Une'];

/** Openers that name a report's source before the sentence's subject: "According to Recode, the startup…". */
export const SOURCE_OPENERS = ['according to', 'as reported by', 'as first reported by', 'citing', 'per',
  // fr, es, pt, it, de
  "d['’]après", 'selon', 'según', 'segundo', 'de acordo com', 'conforme', 'secondo', 'stando a', 'laut'];

/** What a company is called in an appositive that describes a sentence's subject ("Pigment, une startup française…"). */
export const COMPANY_DESCRIPTIONS = ['startup', 'start-up', 'scale-up', 'company', 'fintech', 'healthtech', 'edtech', 'proptech', 'insurtech',
  'biotech', 'medtech', 'empresa', 'compañía', 'companhia', 'plataforma', 'plateforme', 'platform', 'société', 'entreprise', 'jeune pousse',
  'Unternehmen', 'azienda', 'società', 'unicorn', 'unicornio', 'unicórnio', 'licorne'];
