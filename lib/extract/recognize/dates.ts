// Round dates resolved against the article's published date: "on Monday (April 9)", "last July",
// "in 2017", "in December", "this week", "November 30, 2018". Hand-written: chrono-node is too heavy
// for the service worker and these few shapes cover how funding news dates a round.

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MON = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const monthIndex = (s: string): number => MONTHS.findIndex((m) => m.startsWith(s.toLowerCase().replace('.', '').slice(0, 3)));
const pad = (n: number): string => String(n).padStart(2, '0');

export interface DateHit { date: string; start: number; end: number; text: string }

function parseIso(d: string | null): Date | null {
  if (!d) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(d);
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
}
const iso = (d: Date): string => d.toISOString().slice(0, 10);

const RULES: [RegExp, (m: RegExpExecArray, pub: Date | null) => string | null][] = [
  [new RegExp(String.raw`\b(${MON})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b`, 'gi'), (m) => `${m[3]}-${pad(monthIndex(m[1]) + 1)}-${pad(+m[2])}`],
  [new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MON}),?\s+((?:19|20)\d\d)\b`, 'gi'), (m) => `${m[3]}-${pad(monthIndex(m[2]) + 1)}-${pad(+m[1])}`],
  [new RegExp(String.raw`\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*\(?\s*(${MON})\s+(\d{1,2})\)?`, 'gi'), (m, pub) => pub ? `${pub.getUTCFullYear()}-${pad(monthIndex(m[1]) + 1)}-${pad(+m[2])}` : null],
  [/\b(?:on|last|this)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/gi, (m, pub) => {
    if (!pub) return null;
    const want = DAYS.indexOf(m[1].toLowerCase());
    const d = new Date(pub);
    for (let i = 0; i < 7 && d.getUTCDay() !== want; i++) d.setUTCDate(d.getUTCDate() - 1);
    return iso(d);
  }],
  [new RegExp(String.raw`\b(?:on\s+)?(${MON})\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*(?:19|20)\d\d)`, 'g'), (m, pub) => pub ? `${pub.getUTCFullYear()}-${pad(monthIndex(m[1]) + 1)}-${pad(+m[2])}` : null],
  [new RegExp(String.raw`\b(${MON})\s+((?:19|20)\d\d)\b`, 'g'), (m) => `${m[2]}-${pad(monthIndex(m[1]) + 1)}`],
  [new RegExp(String.raw`\blast\s+(${MON})\b`, 'g'), (m, pub) => {
    if (!pub) return null;
    const mi = monthIndex(m[1]);
    const y = mi >= pub.getUTCMonth() ? pub.getUTCFullYear() - 1 : pub.getUTCFullYear();
    return `${y}-${pad(mi + 1)}`;
  }],
  [new RegExp(String.raw`\b(?:in|since|during|back in|earlier in)\s+(${MON})\b(?!\s+\d)`, 'g'), (m, pub) => {
    if (!pub) return null;
    const mi = monthIndex(m[1]);
    const y = mi > pub.getUTCMonth() ? pub.getUTCFullYear() - 1 : pub.getUTCFullYear();
    return `${y}-${pad(mi + 1)}`;
  }],
  [/\blast\s+year\b/gi, (_m, pub) => (pub ? String(pub.getUTCFullYear() - 1) : null)],
  [/\blast\s+month\b/gi, (_m, pub) => { if (!pub) return null; const d = new Date(pub); d.setUTCDate(1); d.setUTCMonth(d.getUTCMonth() - 1); return iso(d).slice(0, 7); }],
  [/\b(?:earlier\s+this|this)\s+month\b/gi, (_m, pub) => (pub ? iso(pub).slice(0, 7) : null)],
  [/\bearlier\s+this\s+year\b/gi, (_m, pub) => (pub ? String(pub.getUTCFullYear()) : null)],
  [/\b(?:in|since|during|back in|early|late|mid-?)\s+((?:19|20)\d\d)\b/gi, (m) => m[1]],
  [/\b(?:this|last|the past)\s+week\b|\bduring the week\b/gi, (m, pub) => {
    if (!pub) return null;
    const d = new Date(pub); if (/last/i.test(m[0])) d.setUTCDate(d.getUTCDate() - 7);
    return iso(d).slice(0, 7);
  }],
  [/\b(?:today|this morning)\b/gi, (_m, pub) => (pub ? iso(pub) : null)],
  [/\byesterday\b/gi, (_m, pub) => { if (!pub) return null; const d = new Date(pub); d.setUTCDate(d.getUTCDate() - 1); return iso(d); }],
];

/** Every date expression in a text, resolved against `published` (YYYY-MM-DD or null). */
export function findDates(text: string, published: string | null): DateHit[] {
  const pub = parseIso(published);
  const out: DateHit[] = [];
  for (const [re, f] of RULES) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const s = m.index, e = m.index + m[0].length;
      if (out.some((o) => s < o.end && e > o.start)) continue;
      const d = f(m, pub);
      if (d && /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(d) && !d.includes('NaN')) out.push({ date: d, start: s, end: e, text: m[0] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Days from a (possibly partial) date to the published date; positive means before publication. */
export function daysBefore(date: string, published: string | null): number | null {
  const pub = parseIso(published);
  if (!pub) return null;
  const [y, mo, d] = date.split('-').map(Number);
  // a partial date stands for its last day, so "in 2021" is not "before" a 2021 article
  const end = new Date(Date.UTC(y, mo ? mo - 1 : 11, d || (mo ? new Date(Date.UTC(y, mo, 0)).getUTCDate() : 31)));
  return Math.round((pub.getTime() - end.getTime()) / 86_400_000);
}

/** A date in the article's first lines ("TAMPA, Fla., April 29, 2015 /PRNewswire/") beats re-indexed metadata. */
export function datelineDate(paragraphs: string[]): string | null {
  for (const p of paragraphs.slice(0, 3)) {
    const head = p.slice(0, 120);
    const m = new RegExp(String.raw`^(?:[A-Z][\w .,'-]{0,60}?[,—–-]\s*)?\(?(${MON})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\)?\s*(?:[-—–/]|$)`).exec(head)
      ?? new RegExp(String.raw`^(?:[A-Z][\w .,'-]{0,60}?[,—–-]\s*)?(\d{1,2})(?:st|nd|rd|th)?\s+(${MON})\s+((?:19|20)\d\d)\s*[-—–,]`).exec(head);
    if (!m) continue;
    if (/^\d/.test(m[1])) return `${m[3]}-${pad(monthIndex(m[2]) + 1)}-${pad(+m[1])}`;
    return `${m[3]}-${pad(monthIndex(m[1]) + 1)}-${pad(+m[2])}`;
  }
  return null;
}
