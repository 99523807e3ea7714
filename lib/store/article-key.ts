// One article, one key. The same article arrives as "…/story?utm_source=newsletter", "…/story#comments" and
// its canonical link; the store keys it by the URL without the fragment and without the query parameters
// that only say where the reader came from, so corrections and sources made on any of them meet.

/** Query parameters that track the visit, not select the content. Exact names, or prefixes ending in "_". */
const TRACKING = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'igshid', 'mc_cid', 'mc_eid', 'mkt_tok',
  '_ga', '_gl', '_hsenc', '_hsmi', 'ref', 'ref_src', 'ref_url', 'cmpid', 'ocid', 'smid', 'sr_share', 'guccounter',
  'guce_referrer', 'guce_referrer_sig', 'spm', 'ncid', 'soc_src', 'soc_trk',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_', 'oly_', 'vero_', '__twitter'];

function isTracking(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

/** The store's key for an article URL; a string that is not an absolute URL is kept as given (trimmed). */
export function articleKey(url: string): string {
  const clean = url.trim();
  let u: URL;
  try {
    u = new URL(clean);
  } catch {
    return clean;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return clean;
  u.hash = '';
  for (const name of [...new Set(u.searchParams.keys())]) if (isTracking(name)) u.searchParams.delete(name);
  // `URLSearchParams` re-encodes what is left; an untouched query keeps its exact form.
  if (![...u.searchParams.keys()].length) u.search = '';
  return u.href;
}

/** The keys an article may be stored under: its key, and the URL as given (records saved before keys existed). */
export function articleKeys(url: string): string[] {
  return [...new Set([articleKey(url), url.trim()])];
}
