// How a site names itself, and how a company's own post speaks: what tells a company's blog ("RethinkDB
// Blog", "Acme Newsroom") from a news outlet ("TechCrunch", "Daily Herald"), and a post's "we raised".

/** Words a company's own site adds after its name: "Acme Blog", "Acme Press Releases". */
export const OWN_SITE_SECTIONS: readonly string[] = [
  'blog', 'news(?:room)?', 'press(?: releases)?', 'releases', 'media', 'updates', 'engineering', '\\(company newsroom\\)',
];

/** Words in an outlet's name, which is not a company speaking for itself: "Business Insider", "Acme.com". */
export const OUTLET_WORDS: readonly string[] = [
  'times', 'post', 'journal', 'review', 'daily', 'news', 'tech', 'crunch', 'wire', 'herald', 'business', 'magazine', 'insider', 'report',
];
export const OUTLET_DOMAINS: readonly string[] = ['com', 'net', 'org', 'io'];

/** A company writing of itself: "we have raised", "our $5M seed". */
export const FIRST_PERSON: readonly string[] = ['we', 'we[\'’]ve', 'we[\'’]re', 'our'];
/** What a company's own post says it did, within a sentence of FIRST_PERSON. */
export const OWN_RAISE_WORDS: readonly string[] = ['raised', 'raise', 'closed', 'secured', 'funding', 'round', 'financing', 'investment'];

/** A headline about deals in general ("Deals of the week", "Funding roundup") may report any of them. */
export const DEALS_HEADLINE_WORDS: readonly string[] = [
  'deals?', 'fundings?', 'funding round', 'rounds', 'raises', 'financings?', 'investments', 'roundup', 'round-up',
];
