// Words that make a capitalised name a place descriptor rather than an organization ("Berlin-based").
// The places and demonyms themselves are in places.json (built by scripts/build-gazetteer.ts).

/** After a hyphen: "Lagos-based", "Paris-headquartered", "Kyiv-born". */
export const LOCATIVE_SUFFIXES: readonly string[] = ['based', 'headquartered', 'born'];
