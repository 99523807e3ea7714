// Words that are capitalised in news text without being a company's or an investor's name.

/** Sentence openers, function words, months, days, titles: never a name on their own, never a name's first word. */
export const NOT_NAME_WORDS = [
  'the', 'a', 'an', 'in', 'on', 'at', 'for', 'and', 'but', 'or', 'nor', 'today', 'yesterday', 'tomorrow', 'also', 'meanwhile', 'this',
  'that', 'these', 'those', 'it', 'its', "it's", 'we', 'our', 'they', 'their', 'he', 'she', 'his', 'her', 'with', 'from', 'by', 'as',
  'after', 'before', 'following', 'since', 'during', 'amid', 'despite', 'until', 'throughout', 'about', 'last', 'next', 'according', 'per', 'other', 'others', 'both', 'all', 'some', 'several',
  'many', 'most', 'more', 'read', 'here', 'there', 'when', 'while', 'if', 'however', 'now', 'then', 'so', 'to', 'is', 'was', 'has',
  'have', 'had', 'will', 'would', 'said', 'says', 'why', 'how', 'what', 'who', 'which', 'where', 'not', 'no', 'yes', 'you', 'your',
  'i', 'my', 'me', 'us', 'them', "i'm", "i've", "i'd", "i'll", "we're", "we've", "we'd", "we'll", "they're", "they've", "you're", "you've",
  'pela', 'pelo', 'pelas', 'pelos', 'dem', 'den', 'einem', 'einer', "he's", "she's", "that's", "there's", "here's", "what's", "let's", 'having', 'nobody', 'everybody', 'everyone', 'somebody', 'someone', 'anyone', 'anybody', 'one', 'two', 'three', 'first', 'second', 'third', 'see', 'specifically', 'moreover', 'furthermore',
  'additionally', 'besides', 'separately', 'elsewhere', 'overall', 'finally', 'instead', 'still', 'yet', 'indeed', 'notably',
  'together', 'overnight', 'tonight', 'currently', 'recently', 'similarly', 'likewise', 'apart', 'aside', 'earlier', 'later', 'once', 'just', 'only', 'even',
  'update', 'updated', 'exclusive', 'breaking', 'report', 'reports', 'sources', 'source', 'photo', 'image', 'credit', 'video',
  // people by their trade, opening a sentence: "Investigators tested the approach…"
  'investigators', 'researchers', 'scientists', 'analysts', 'experts', 'officials', 'doctors', 'engineers', 'employees', 'regulators',
  // statistics: "Moyenne (3,3 millions d'euros) et médiane (2,5 millions)…"
  'average', 'median', 'mean', 'moyenne', 'médiane', 'mediana', 'media', 'promedio', 'média', 'durchschnitt', 'gdp', 'pib', 'bip', 'revenue', 'revenues', 'turnover', 'arr', 'mrr', 'gmv', 'ebitda', 'cagr',
  // demonstratives that stand for a noun said before: "Celui-ci a permis…", "Éste cerró…"
  'celui-ci', 'celle-ci', 'ceux-ci', 'celles-ci', 'celui-là', 'éste', 'ésta', 'este', 'esta', 'esto', 'estes', 'estas', 'dieser', 'diese', 'dieses', 'questo', 'questa',
  // headline verbs before a name: "Decoding Rapido’s $120M round", "Inside Quill’s Series B"
  'us-dollar', 'franken', 'pfund',
  'decoding', 'explaining', 'explained', 'understanding', 'unpacking', 'inside', 'examining', 'analysing', 'analyzing', 'revisiting',
  'advertisement', 'sponsored', 'subscribe', 'press', 'release', 'news', 'editor', 'note', 'disclosure', 'click', 'share', 'like',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mr', 'mrs', 'ms', 'dr', 'prof', 'sir',
  'series', 'seed', 'round', 'funding', 'financing', 'investment', 'investors', 'investor', 'startup', 'startups', 'start-up',
  'company', 'companies', 'firm', 'firms', 'fund', 'funds', 'capital', 'ventures', 'venture', 'partners', 'group', 'holdings',
  'rs', 'inr', 'usd', 'eur', 'gbp', 'us', 'uk', 'eu', 'ai', 'ipo', 'ceo', 'cto', 'cfo', 'coo', 'vc', 'vcs', 'pre-seed', 'angel', 'angels',
  'la', 'el', 'los', 'las', 'le', 'les', 'der', 'die', 'das', 'una', 'un', 'une', 'su', 'sus', 'con', 'por', 'para', 'ronda', 'serie',
  'rival', 'rivals', 'competitor', 'competitors', 'peer', 'fellow', 'compatriot',
  // determiners and prepositions that open sentences in French, Spanish, Portuguese and German: "Ces derniers…", "En Estados Unidos…"
  'elle', 'elles', 'ils', 'ces', 'cette', 'cet', 'ce', 'après', 'avant', 'dans', 'sans', 'chez', 'lors', 'en', 'después', 'tras', 'desde', 'sin', 'entre', 'durante',
  'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'após', 'esse', 'essa', 'isso', 'ohne', 'diese', 'dieser', 'dieses',
  // plural acronyms of kinds of businesses: "provider to SMEs"
  'smes', 'msmes', 'smbs', 'sme', 'msme', 'smb',
  'bestandsinvestoren', 'investoren', 'geldgeber', 'neuinvestoren', 'business-angels', 'altinvestoren',
  'o', 'os', 'as', 'um', 'uma', 'em', 'na', 'no', 'do', 'da', 'de', 'del', 'et', 'und', 'ein', 'eine', 'il', 'lo', 'gli',
  // currency words, capitalised in German and in title case: "45,4 Millionen Euro"
  'euro', 'euros', 'dollar', 'dollars', 'yuan', 'rupee', 'rupees', 'pesos', 'reais', 'francs', 'höhe',
  // sentence-opening adverbs and prepositions elsewhere: "Zuvor hatte das Unternehmen…", "Selon la société…"
  'zuvor', 'bereits', 'zudem', 'außerdem', 'damals', 'bisher', 'zuletzt', 'ebenfalls', 'insgesamt', 'nun', 'jetzt', 'dabei', 'laut', 'auch', 'wiederum',
  'mit', 'für', 'nach', 'seit', 'bei', 'durch', 'auparavant', 'déjà', 'ensuite', 'depuis', 'selon', 'avec', 'pour', 'anteriormente',
  'además', 'también', 'según', 'além', 'enfin', 'ainsi', 'aussi', 'également', 'puis', 'désormais', 'toutefois', 'cependant',
  'finalement', 'finalmente', 'asimismo', 'aun', 'aún', 'incluso', 'todavía', 'mientras', 'infine', 'inoltre', 'anche', 'ainda',
  // English adverbs that open a sentence or a count: "Anyway, that day…", "Around 36,000 of its customers…"
  'anyway', 'anyhow', 'around', 'roughly', 'nearly', 'approximately', 'almost',
  // conjunctions that open a sentence: "Car alors que…" (for), "Mais…", "Aber…", "Pero…"
  'car', 'mais', 'donc', 'pourtant', 'alors', 'aber', 'denn', 'doch', 'pero', 'mas', 'però', 'cabe',
  // what introduces another name: "inDrive — FKA inDriver — has raised"
  'fka', 'aka', 'dba', 'between', 'among', 'amongst',
];

/** Adjectives that open sentences about a kind of company ("Online grocer X"): no name alone, but they may open
 *  one ("Leading Edge Capital", "Digital Ocean", "Global Founders Capital"). */
export const ADJECTIVE_OPENERS = ['online', 'leading', 'digital', 'mobile', 'global', 'popular', 'homegrown', 'home-grown', 'fast-growing'];

/** Nouns that say what kind of company something is: the name follows them ("cybersecurity company Agari"). */
/** The kind nouns that say a company is young, never an investor: "life sciences startup Canary". */
export const STARTUP_NOUNS = ['startup', 'start-up', 'scale-up', 'scaleup', 'upstart'];
export const KIND_NOUNS = [
  'company', 'companies', 'startup', 'start-up', 'startups', 'firm', 'platform', 'provider', 'maker', 'developer', 'operator',
  'unicorn', 'scale-up', 'scaleup', 'giant', 'app', 'service', 'marketplace', 'specialist', 'player', 'brand', 'business', 'venture',
  'outfit', 'newcomer', 'upstart', 'pioneer', 'leader', 'manufacturer', 'producer', 'retailer', 'lender', 'bank', 'neobank',
  'insurer', 'insurtech', 'fintech', 'proptech', 'edtech', 'healthtech', 'biotech', 'medtech', 'agritech', 'agtech', 'cleantech',
  'climatetech', 'regtech', 'legaltech', 'foodtech', 'deeptech', 'saas', 'software', 'tool', 'network', 'solution', 'solutions',
  'group', 'subsidiary', 'unit', 'arm', 'spinout', 'spin-off', 'spinoff', 'studio', 'lab', 'labs', 'agency', 'aggregator',
  'investor', 'investors', 'fund', 'vc', 'backer', 'backers', 'shareholder', 'shareholders', 'incubator', 'accelerator',
  'unternehmen', 'firma', 'plattform', 'empresa', 'compañía', 'plataforma', 'société', 'entreprise', 'jeune pousse', 'startup',
  'grocer', 'chain', 'carrier', 'exchange', 'broker', 'processor',
];

/** Kind nouns that never belong to the name after them, even in a title-case headline ("Fintech Startup Petal"). */
export const DESCRIPTOR_NOUNS = [
  'company', 'startup', 'start-up', 'firm', 'platform', 'provider', 'maker', 'developer', 'operator', 'unicorn', 'scale-up', 'scaleup',
  'giant', 'upstart', 'newcomer', 'specialist', 'marketplace', 'realtor', 'lender', 'retailer', 'e-tailer', 'insurer', 'automaker', 'carmaker', 'grocer', 'fintech', 'insurtech', 'proptech', 'edtech', 'healthtech', 'medtech',
  'agritech', 'agtech', 'cleantech', 'climatetech', 'regtech', 'legaltech', 'foodtech', 'deeptech', 'saas', 'app', 'unternehmen',
  'empresa', 'plataforma', 'société', 'entreprise', "l'entreprise", 'l’entreprise', "l'application", 'l’application', "l'enseigne", 'l’enseigne',
  // German capitalises every noun: "Der Wiener Marktplatz Refurbed", "Der Münchner Softwareanbieter X"
  'marktplatz', 'anbieter', 'softwareanbieter', 'hersteller', 'händler', 'onlinehändler', 'dienstleister', 'spezialist', 'vermittler',
  'betreiber', 'entwickler', 'plattform', 'firma', 'versicherer', 'neobank', 'scale-up', 'finanzierer', 'geldgeber', 'fonds',
];

/** Job titles: "Managing Partner at YC Continuity" names a person's role, not an investor. */
/** Honorifics before a person's name: "Dr. Jane Roe" is Jane Roe. */
/** Abbreviations that stand inside a name, their period no sentence's end: "St. Jude Medical", "Mt. Sinai". */
export const NAME_ABBREVIATIONS = ['St', 'Ste', 'Mt', 'Ft'];
export const HONORIFICS = ['Dr', 'Mr', 'Mrs', 'Ms', 'Mx', 'Prof', 'Sir', 'Dame'];

export const JOB_TITLES = [
  'ceo', 'cto', 'cfo', 'coo', 'cmo', 'founder', 'co-founder', 'cofounder', 'chairman', 'chairwoman', 'chair', 'president',
  'partner', 'managing partner', 'general partner', 'managing director', 'director', 'principal', 'associate', 'vice president',
  'vp', 'head', 'chief', 'officer', 'executive', 'analyst', 'founding partner', 'senior', 'board', 'member', 'investor',
  'founding', 'engineer', 'engineering', 'manager', 'lead', 'professor', 'scientist', 'researcher', 'advisor', 'adviser', 'billionaire', 'billionaires', 'entrepreneur', 'entrepreneurs', 'philanthropist',
];

/** Legal forms that end a name: "Mubadala Investment Co.", "Sony Group Corp". */
export const LEGAL_SUFFIXES = [
  'Inc', 'Inc.', 'Incorporated', 'Ltd', 'Ltd.', 'Limited', 'LLC', 'LLP', 'LP', 'L.P.', 'PLC', 'plc', 'GmbH', 'AG', 'SA', 'S.A.', 'SAS',
  'BV', 'B.V.', 'NV', 'N.V.', 'Co', 'Co.', 'Corp', 'Corp.', 'Corporation', 'Pte', 'Pte.', 'Pvt', 'Pvt.', 'Private', 'SRL', 'S.r.l.', 'SpA', 'S.p.A.',
  'AB', 'Oy', 'AS', 'ASA', 'KK', 'K.K.', 'SE', 'Ltda', 'Ltda.',
];

/** Lower-case words allowed inside a name: "Bank of America", "Procter & Gamble", "Caisse de dépôt". */
export const NAME_CONNECTORS = ['of', 'de', 'du', 'des', 'la', 'le', 'del', 'della', 'da', 'do', 'dos', 'das', 'di', 'van', 'von', 'der', 'den', 'bin', 'bint', 'ibn', '&'];

/** Words that end the name of a column or a page rather than of a company: "Deal Roundup", "Funding Digest". */
export const COLUMN_NOUNS = ['roundup', 'round-up', 'digest', 'recap', 'newsletter', 'wrap', 'wrap-up', 'briefing', 'roundtable', 'review', 'tracker'];

/** Organization nouns a page may write in lower case after the name ("Cassava technologies", "C5 capital"); none is a verb. */
export const LOWER_ORG_NOUNS = [
  'technologies', 'technology', 'capital', 'labs', 'holdings', 'therapeutics', 'biosciences', 'robotics', 'analytics', 'logistics',
  'payments', 'systems', 'solutions', 'networks', 'motors', 'foods', 'pharmaceuticals', 'studios', 'games', 'limited', 'inc',
];

/** Scale words, part of a figure and never of a name: "$525 Million Fund Raise". */
export const SCALE_WORDS = ['Million', 'Millions', 'Billion', 'Billions', 'Trillion', 'Thousand', 'Mn', 'Bn', 'Crore', 'Crores', 'Lakh', 'Lakhs',
  'Mio', 'Mrd', 'Milliarden', 'Millionen', 'Millones', 'Milhões'];

/** After a hyphen, words that make the word a description of the name after it: "New York-based", "Fantasy-Plattform". */
export const COMPOUND_DESCRIPTORS = ['based', 'headquartered', 'born', 'focused', 'backed', 'led', 'founded', 'funded', 'run', 'controlled', 'supported', 'listed', 'owned', 'registered', 'maker', 'developer',
  'provider', 'operator', 'Plattform', 'old', 'advisor', 'adviser', 'powered', 'driven', 'enabled', 'first', 'native', 'centric',
  'Startup', 'Start-up', 'Unternehmen', 'Firma', 'Anbieter', 'Spezialist', 'Experte', 'Schmiede'];

/** Words that end many organizations' names: "First Round Capital", "Boston Dynamics". */
export const ORG_WORDS = ['Partners', 'Capital', 'Ventures', 'Group', 'Holdings', 'Bank', 'Fund', 'Dynamics', 'Investments?', 'Equity', 'Growth',
  'Labs', 'Technologies', 'Systems', 'Therapeutics', 'Energy', 'Motors', 'Airways', 'Airlines', 'Telecom', 'Media', 'Foods', 'Health',
  'University', 'Angels', 'Advisors', 'Management'];
/** Endings of German common nouns that no company name shares: "Finanzierungssumme", "Investitionsrunde". */
/** German compounds ending in a kind of company describe the name after them: "Der Scooterverleiher Rollo",
 *  "der Softwareanbieter X", "das Fintech-Startup Y". */
export const GERMAN_KIND_ENDINGS = ['verleiher', 'anbieter', 'hersteller', 'entwickler', 'betreiber', 'spezialist', 'dienstleister', 'vermittler',
  'händler', 'versender', 'lieferdienst', 'plattform', 'startup', 'unternehmen', 'versicherer', 'konzern', 'pionier', 'marktplatz', 'finanzierer',
  'investor', 'geldgeber'];
export const GERMAN_NOUN_ENDINGS = ['summe', 'runde', 'ierung', 'ierungen', 'keit', 'heit', 'schaft', 'nahme', 'betrag', 'volumen', 'branche'];

/** Plural nouns for a group of companies or people: a run ending in one ("21 Indian Startups", "Biotech
 *  Founders") names a crowd, never the one company that raised. ("Ventures", "Partners" end firms' names.) */
export const GROUP_NOUNS = [
  'startups', 'start-ups', 'companies', 'firms', 'founders', 'entrepreneurs', 'businesses', 'brands', 'unicorns', 'scale-ups',
  'scaleups', 'makers', 'players', 'fintechs', 'biotechs', 'insurtechs', 'lenders', 'retailers', 'developers', 'operators',
  'unternehmen', 'empresas', 'entreprises', 'sociétés', 'proptechs', 'edtechs', 'healthtechs', 'medtechs', 'agritechs', 'foodtechs',
];

/** What a person is known as, before the name in a list of backers: "actor Tom Hanks", "WNBA star Angel Reese",
 *  "Nigerian singer Rema" (an organization may own the role: "NBA star", "Google veteran"). */
export const PERSON_ROLES = [
  'star', 'superstar', 'singer', 'rapper', 'actor', 'actress', 'athlete', 'player', 'legend', 'icon', 'musician', 'artist', 'host',
  'influencer', 'chef', 'comedian', 'model', 'designer', 'champion', 'quarterback', 'footballer', 'cricketer', 'golfer', 'tennis star',
  'producer', 'director', 'author', 'investor', 'angel investor', 'entrepreneur', 'alum', 'alumnus', 'co-founder', 'founder',
];

/** A company's own executives: "RoadBotics CEO Mark DeSantis", "the co-founder of Civil Maps" (an investor's
 *  "partner" is left out: a fund's partners speak for the fund). */
export const EXECUTIVE_TITLES = ['CEO', 'CTO', 'COO', 'chief executive', 'co-?founder', 'cofounder', 'founder'];
