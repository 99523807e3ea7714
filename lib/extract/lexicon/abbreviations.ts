// Words whose period does not end a sentence ("Inc.", "Calif.", "Sept."), and the words a sentence opens
// on after a company's legal suffix, where that period does end one ("… Group Corp. The deal …").

/** Lower case, without the period. */
export const ABBREVIATIONS: readonly string[] = [
  'inc', 'ltd', 'co', 'corp', 'llc', 'plc', 'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'vs', 'etc', 'no',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'calif', 'mass', 'wash',
  'fla', 'ariz', 'colo', 'conn', 'ill', 'penn', 'tex', 'va', 'gen', 'gov', 'rep', 'sen', 'mt', 'ft', 'approx',
  'est', 'dept', 'univ', 'assn', 'bros', 'intl', 'pte', 'pvt', 'mio', 'mrd', 'rs', 'e.g', 'i.e', 'al', 'eng', 'acq',
];

/** Abbreviations that often close a sentence — legal suffixes, the "etc." of a list — and do when SENTENCE_OPENERS follow. */
export const CLOSING_ABBREVIATIONS: readonly string[] = ['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'etc'];

/** Capitalised words that open a new sentence after "Corp." or "Inc." (case-sensitive). */
export const SENTENCE_OPENERS: readonly string[] = [
  'The', 'This', 'It', 'Its', 'Following', 'According', 'He', 'She', 'They', 'We', 'In', 'On', 'Their', 'That', 'A', 'An', 'After',
  'With', 'Meanwhile', 'However', 'But', 'And', 'As', 'At', 'Our', 'His', 'Her', 'These', 'Those', 'Now', 'Today', 'Last', 'For', 'While', 'Before',
];
/** Words a single letter names ("a Series B.", "Class A."): that letter is no initial, its period may end the sentence. */
export const LETTERED = ['series', 'serie', 'série', 'serien', 'round', 'class', 'tranche', 'phase', 'type', 'grade', 'plan'];
