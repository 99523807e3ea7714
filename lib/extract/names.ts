// Proper-name spans in running text: runs of capitalised tokens ("Norwest Venture Partners",
// "Digital East Fund of Earlybird Venture Capital", "Y Combinator's Continuity Fund", "iAngels", "a16z").

export interface NameSpan { text: string; start: number; end: number }

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}.'’&+-]*/gu;
const CONNECT = new Set(['of', 'de', 'la', 'del', 'du', 'von', 'van', 'der', 'den', 'da', 'di', '&', 'for', 'y', 'e']);
/** Capitalised words that begin sentences or label things but are not names by themselves. */
export const NOT_NAME = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'for', 'and', 'but', 'or', 'today', 'yesterday', 'also', 'meanwhile', 'this', 'that', 'these',
  'those', 'it', 'its', 'we', 'our', 'they', 'their', 'he', 'she', 'his', 'her', 'with', 'from', 'by', 'as', 'after', 'before',
  'following', 'since', 'last', 'next', 'according', 'per', 'founded', 'based', 'led', 'backed', 'other', 'others', 'existing',
  'new', 'both', 'all', 'some', 'several', 'investors', 'investor', 'series', 'seed', 'round', 'funding', 'pre-seed', 'press',
  'release', 'ceo', 'cto', 'cfo', 'coo', 'founder', 'co-founder', 'chairman', 'president', 'partner', 'director', 'managing',
  'general', 'chief', 'officer', 'head', 'vp', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'read', 'more', 'here', 'there', 'when',
  'while', 'if', 'however', 'now', 'then', 'so', 'to', 'is', 'was', 'has', 'have', 'had', 'will', 'would', 'said', 'says',
  'according', 'announcing', 'announced', 'update', 'exclusive', 'breaking', 'why', 'how', 'what', 'who', 'which', 'where',
  'not', 'no', 'yes', 'dr', 'mr', 'mrs', 'ms', 'prof', 'sir', 'l.p', 'lp', 'inc', 'inc.', 'ltd', 'ltd.', 'llc', 'la', 'el',
  'los', 'las', 'una', 'un', 'su', 'sus', 'con', 'por', 'para', 'ronda', 'serie', 'be', 'been', 'being', 'us', 'you', 'your',
  'i', 'my', 'me', 'them', 'him', 'one', 'two', 'three', 'first', 'second', 'third', 'latest', 'fresh', 'total',
  'vc', 'vcs', 'lps', 'lp', 'startup', 'startups', 'company', 'firm', 'subscribe', 'advertisement', 'source',
]);

const DESCRIPTOR_TOKEN = /-(?:based|headquartered|born|listed|focused|backed|led|owned|registered|founded)$/i;
const LEAD_STRIP = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'for', 'and', 'but', 'or', 'today', 'yesterday', 'also', 'meanwhile', 'this', 'that', 'these',
  'those', 'it', 'its', 'we', 'our', 'they', 'their', 'he', 'she', 'his', 'her', 'with', 'from', 'by', 'as', 'after', 'before',
  'following', 'since', 'last', 'according', 'per', 'led', 'backed', 'existing', 'both', 'all', 'investors', 'investor',
  'ceo', 'cto', 'cfo', 'coo', 'founder', 'co-founder', 'chairman', 'president', 'read', 'here', 'there', 'when', 'while', 'if',
  'however', 'now', 'then', 'so', 'to', 'said', 'says', 'announcing', 'update', 'exclusive', 'breaking', 'why', 'how', 'what',
  'who', 'which', 'where', 'dr', 'mr', 'mrs', 'ms', 'prof', 'sir', 'la', 'el', 'los', 'las', 'una', 'un', 'su', 'con', 'por',
  'para', 'you', 'your', 'i', 'my', 'subscribe', 'advertisement', 'press', 'release', 'exclusive:', 'report', 'sources',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'like', 'including', 'other', 'new',
  'overall', 'apart', 'aside', 'besides', 'elsewhere', 'separately', 'additionally', 'further', 'furthermore', 'moreover',
  'rival', 'rivals', 'competitor', 'competitors', 'peer', 'peers', 'fellow', 'compatriot', 'similarly', 'likewise', 'finally', 'instead', 'still', 'yet', 'indeed', 'notably', 'together', 'currently', 'recently',
]);
// German capitalises every noun: "Das Berliner Startup Fahrwerk" — a kind-of-company noun is never part of the name after it
const KIND_NOUN = new Set(['Startup', 'Start-up', 'Startups', 'Unternehmen', 'Jungunternehmen', 'Firma', 'Plattform', 'Scale-up', 'Das', 'Der', 'Die']);
export const isCapToken = (t: string): boolean => !KIND_NOUN.has(t) && !DESCRIPTOR_TOKEN.test(t) && (/^[\p{Lu}\p{N}]/u.test(t) || /^[a-z]+[A-Z]/.test(t) || /^[a-z]\d/.test(t));

/** All runs of capitalised tokens, connectors allowed inside ("Bank of America", "Procter & Gamble"). */
export function capRuns(text: string): NameSpan[] {
  const toks: { t: string; s: number; e: number }[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text))) {
    let t = m[0];
    // trailing punctuation is not part of the token, except in "Inc." / "Co." / initials
    while (/[.'’&+-]$/.test(t) && !/^(?:[A-Z]|Inc|Co|Corp|Ltd|Jr|Sr|St|L\.P|[A-Z]\.[A-Z])\.$/.test(t)) t = t.slice(0, -1);
    // "9-5-17Daosheng": a date glued to a name by a page's markup
    const glued = /^[\d-]+(?=[A-Z][a-z])/.exec(t);
    if (glued) { toks.push({ t: t.slice(glued[0].length), s: m.index + glued[0].length, e: m.index + t.length }); continue; }
    if (t) toks.push({ t, s: m.index, e: m.index + t.length });
  }
  const out: NameSpan[] = [];
  let i = 0;
  while (i < toks.length) {
    if (!isCapToken(toks[i].t)) { i++; continue; }
    // numbers start a name only when a word follows: "468 Capital", "D1 Capital", not "600m" or "30th"
    if (/^\d/.test(toks[i].t) && (/^\d[\d.,]*(?:st|nd|rd|th|m|bn|b|k|mn|s|%)?$/i.test(toks[i].t) || /^\d+-/.test(toks[i].t)) && !(toks[i + 1] && /^[A-Z][a-z]/.test(toks[i + 1].t) && text.slice(toks[i].e, toks[i + 1].s) === ' ' && /^\d+$/.test(toks[i].t))) { i++; continue; }
    let j = i;
    while (j + 1 < toks.length) {
      const gap = text.slice(toks[j].e, toks[j + 1].s);
      if (!/^[ \u00a0]?$/.test(gap) && gap !== '’s ' && gap !== "'s " && gap !== ' & ' && gap !== '-') break;
      const nt = toks[j + 1].t;
      if (isCapToken(nt)) { j++; continue; }
      if (CONNECT.has(nt) && j + 2 < toks.length && isCapToken(toks[j + 2].t) && /^ $/.test(text.slice(toks[j + 1].e, toks[j + 2].s))) { j += 2; continue; }
      break;
    }
    // strip leading function words ("The", "Today", "Also") and trailing ones; "First Round Capital" stays
    let a = i, b = j;
    while (a <= b && (LEAD_STRIP.has(toks[a].t.toLowerCase()) || a === b && NOT_NAME.has(toks[a].t.toLowerCase()))) a++;
    while (b >= a && /^\d[\d.,]*(?:st|nd|rd|th)?$/.test(toks[b].t) && b > a && !/^[A-Z]/.test(toks[b - 1].t.slice(-1))) b--;
    while (b >= a && (NOT_NAME.has(toks[b].t.toLowerCase()) && !/^(?:Inc|Ltd|LLC|L\.P|LP)\.?$/.test(toks[b].t) || CONNECT.has(toks[b].t))) b--;
    if (a <= b) {
      const start = toks[a].s, end = toks[b].e;
      out.push({ text: text.slice(start, end), start, end });
    }
    i = j + 1;
  }
  return out;
}

/** "Singapore's state investment firm Temasek" → Temasek: the last name-run of a phrase. */
export function lastName(phrase: string): NameSpan | null {
  const runs = capRuns(phrase);
  return runs.length ? runs[runs.length - 1] : null;
}

export function firstName(phrase: string): NameSpan | null {
  const runs = capRuns(phrase);
  return runs.length ? runs[0] : null;
}

const LEGAL = /(?:,?\s+(?:Inc|Incorporated|Ltd|Limited|LLC|L\.?P|LP|Corp|Corporation|Co|GmbH|AG|SA|SAS|BV|NV|Pte|Pvt|Plc|PLC|S\.A|Oy|AB)\.?)+$/;
/** Removes legal suffixes and stray punctuation for display: "Adage Capital Management, L.P" → "Adage Capital Management". */
export function tidyName(s: string): string {
  let t = s.replace(/^[\s"'“‘(]+|[\s"'”’),.:;]+$/g, '').replace(/\s+/g, ' ');
  const stripped = t.replace(LEGAL, '');
  if (stripped.length >= 2) t = stripped;
  return t.replace(/[\s,]+$/, '');
}
