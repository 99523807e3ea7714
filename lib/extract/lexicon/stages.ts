// Round stages as funding news names them, in English with a little Spanish, Portuguese and French:
// lettered series ("Series B", "serie A", "B-2 round"), seed and angel rounds, and the kinds of money that
// are not equity rounds (debt, grants, crowdfunding). Pattern text; a space matches one space.

/** The word before a series letter: "Series B", "una ronda Serie A", "série C". */
export const SERIES_WORDS: readonly string[] = ['series', 'serie', 's[eé]rie', 'seri'];

/** Before a bare letter and "round", what makes the letter a stage: "an A round", "its B-1 round", "$20m C round". */
/** (and an owner's possessive: "Luma Health’s B Round") */
export const LETTER_ROUND_BEFORE: readonly string[] = ['an', 'its', 'the', 'their', 'our', 'new', 'a', '[\\d.]+[mMbBk]?', 'million', 'billion', '[\\w-]+[’\']s'];
/** After a letter with a tranche number: "a B-2 round", "its C-1 financing". */
export const TRANCHE_NOUNS: readonly string[] = ['round', 'funding', 'financing'];

export const SEED_WORDS: readonly string[] = ['seed', 'seeding', 'semilla'];
/** After "seed": "seed round", "seed-stage", "seed extension", "seed+". */
export const SEED_NOUNS: readonly string[] = ['round', 'funding', 'financing', 'investment', 'stage', 'capital', 'extension', 'plus', '\\+'];
/** Seed rounds named in French and Portuguese: "levée de fonds d'amorçage", "rodada semente". */
export const SEED_PHRASES: readonly string[] = [
  "(?:levée de fonds|levée|tour de table|tour|financement|fonds|phase) d['’]amorçage", "(?:rodada|capital|investimento|aporte|round|fase) (?:de )?semente",
];
export const ANGEL_NOUNS: readonly string[] = ['round', 'funding', 'investment', 'financing'];

/** Borrowed money, read as a debt round. */
export const DEBT_PHRASES: readonly string[] = [
  'venture debt', 'debt financing', 'debt funding', 'credit facility', 'credit line', 'term loan', 'loan facility',
  'senior secured loan', 'debt round', 'debt facility', 'lending facility', 'loan',
];
export const CONVERTIBLE_NOUNS: readonly string[] = ['notes?', 'loan', 'debt', 'note round'];
export const GRANT_PHRASES: readonly string[] = ['grant', 'grants', 'grant funding', 'non-dilutive grant'];

/** Platforms whose name alone makes a raise a crowdfunding: "on Crowdcube". */
export const CROWDFUNDING_PLATFORMS: readonly string[] = ['Crowdcube', 'Seedrs', 'Republic', 'Wefunder', 'StartEngine', 'Kickstarter', 'Indiegogo'];
export const CROWDFUNDING_NOUNS: readonly string[] = ['round', 'campaign', 'raise'];
/** Before a crowdfunding or a platform: "via crowdfunding", "through Seedrs". */
export const CROWDFUNDING_BY: readonly string[] = ['via', 'through', 'on'];
export const PLATFORM_BY: readonly string[] = ['on', 'via', 'through'];

export const GROWTH_NOUNS: readonly string[] = ['round', 'funding', 'equity round', 'financing', 'investment'];
export const BRIDGE_NOUNS: readonly string[] = ['round', 'funding', 'financing', 'loan'];
export const STRATEGIC_NOUNS: readonly string[] = ['round', 'investment', 'funding', 'financing'];
export const SECONDARY_NOUNS: readonly string[] = ['sale', 'round', 'transaction', 'share sale'];

/**
 * After a stage, nouns that make it an adjective naming a kind of company or investor, not a round:
 * "to back Series A startups", "seed-stage founders", "seed and growth funds".
 */
export const STAGE_ADJECTIVE_NOUNS: readonly string[] = ['startups', 'companies', 'founders', 'funds?', 'investors', 'backers', 'shareholders', 'deals', 'valuations', 'checks', 'cheques', 'portfolio'];
