// Round dates resolved against the article's published date: "on Monday (April 9)", "last July",
// "in 2017", "in December", "this week", "November 30, 2018". Hand-written: chrono-node is too heavy
// for the service worker and these few shapes cover how funding news dates a round.
// The names are in lexicon/calendar.ts; the rules below are tried in order, and a later rule never takes
// text an earlier one already read (so "November 30, 2018" is not also "November 30").
import { oneOf } from '../lexicon/alternatives';
import { BEFORE_MONTH, BEFORE_YEAR, MONTHS, WEEKDAYS } from '../lexicon/calendar';

export interface DateHit { date: string; start: number; end: number; text: string }

// ---- pattern parts ----

const MON = String.raw`${oneOf(MONTHS.map((m) => m.written))}\.?`;
const WEEKDAY = oneOf(WEEKDAYS);
/** "30", "30th", "1st". */
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`((?:19|20)\d\d)`;
const pattern = (source: string, flags: string): RegExp => new RegExp(source, flags);

// ---- resolving against the published date ----

const monthIndex = (s: string): number => MONTHS.findIndex((m) => m.name.startsWith(s.toLowerCase().replace('.', '').slice(0, 3)));
const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (d: Date): string => d.toISOString().slice(0, 10);
const ymd = (year: number | string, month: string, day: string): string => `${year}-${pad(monthIndex(month) + 1)}-${pad(+day)}`;

function parseIso(d: string | null): Date | null {
  if (!d) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(d);
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
}

/** The published date moved by `days`. */
function shifted(pub: Date, days: number): Date {
  const d = new Date(pub);
  d.setUTCDate(d.getUTCDate() + days);
  return d;
}

/** The latest `weekday` on or before the published date ("on Monday" in a Wednesday article). */
function lastWeekday(pub: Date, weekday: string): string {
  const want = WEEKDAYS.findIndex((w) => w.toLowerCase() === weekday.toLowerCase());
  const d = new Date(pub);
  for (let i = 0; i < 7 && d.getUTCDay() !== want; i++) d.setUTCDate(d.getUTCDate() - 1);
  return iso(d);
}

/** A month named without a year: this year's, or last year's when it is still to come ("last" also when it is this month). */
function monthOfPast(pub: Date, month: string, lastEvenIfCurrent: boolean): string {
  const mi = monthIndex(month);
  const ahead = lastEvenIfCurrent ? mi >= pub.getUTCMonth() : mi > pub.getUTCMonth();
  return `${ahead ? pub.getUTCFullYear() - 1 : pub.getUTCFullYear()}-${pad(mi + 1)}`;
}

function previousMonth(pub: Date): string {
  const d = new Date(pub);
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - 1);
  return iso(d).slice(0, 7);
}

/** "in" or "In" (a sentence may open on it), while the month keeps its capital: "may" is no month. */
const capitalizable = (w: string): string => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`;

// ---- rules ----

type Resolver = (m: RegExpExecArray, pub: Date | null) => string | null;
/** A rule whose reading needs the published date: without one it reads nothing. */
const relative = (f: (m: RegExpExecArray, pub: Date) => string): Resolver => (m, pub) => (pub ? f(m, pub) : null);

const RULES: [RegExp, Resolver][] = [
  // "November 30, 2018", "30th of November 2018"
  [pattern(String.raw`\b(${MON})\s+${DAY},?\s+${YEAR}\b`, 'gi'), (m) => ymd(m[3], m[1], m[2])],
  [pattern(String.raw`\b${DAY}\s+(?:of\s+)?(${MON}),?\s+${YEAR}\b`, 'gi'), (m) => ymd(m[3], m[2], m[1])],
  // "on Monday (April 9)"
  [pattern(String.raw`\b(?:on\s+)?${WEEKDAY}\s*\(?\s*(${MON})\s+(\d{1,2})\)?`, 'gi'), relative((m, pub) => ymd(pub.getUTCFullYear(), m[1], m[2]))],
  [pattern(String.raw`\b(?:on|last|this)\s+(${WEEKDAY})\b`, 'gi'), relative((m, pub) => lastWeekday(pub, m[1]))],
  // "April 9" with no year after it
  [pattern(String.raw`\b(?:on\s+)?(${MON})\s+${DAY}\b(?!,?\s*(?:19|20)\d\d)`, 'g'), relative((m, pub) => ymd(pub.getUTCFullYear(), m[1], m[2]))],
  [pattern(String.raw`\b(${MON})\s+${YEAR}\b`, 'g'), (m) => `${m[2]}-${pad(monthIndex(m[1]) + 1)}`],
  [pattern(String.raw`\blast\s+(${MON})\b`, 'g'), relative((m, pub) => monthOfPast(pub, m[1], true))],
  [pattern(String.raw`\b${oneOf(BEFORE_MONTH.map(capitalizable))}\s+(${MON})\b(?!\s+\d)`, 'g'), relative((m, pub) => monthOfPast(pub, m[1], false))],
  [/\blast\s+year\b/gi, relative((_m, pub) => String(pub.getUTCFullYear() - 1))],
  [/\blast\s+month\b/gi, relative((_m, pub) => previousMonth(pub))],
  [/\b(?:earlier\s+this|this)\s+month\b/gi, relative((_m, pub) => iso(pub).slice(0, 7))],
  [/\bearlier\s+this\s+year\b/gi, relative((_m, pub) => String(pub.getUTCFullYear()))],
  [pattern(String.raw`\b${oneOf(BEFORE_YEAR)}\s+${YEAR}\b`, 'gi'), (m) => m[1]],
  // a week is filed under its month
  [/\b(?:this|last|the past)\s+week\b|\bduring the week\b/gi, relative((m, pub) => iso(/last/i.test(m[0]) ? shifted(pub, -7) : pub).slice(0, 7))],
  [/\b(?:today|this morning)\b/gi, relative((_m, pub) => iso(pub))],
  [/\byesterday\b/gi, relative((_m, pub) => iso(shifted(pub, -1)))],
];

const DATE_SHAPE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Every date expression in a text, resolved against `published` (YYYY-MM-DD or null). */
export function findDates(text: string, published: string | null): DateHit[] {
  const pub = parseIso(published);
  const out: DateHit[] = [];
  for (const [re, resolve] of RULES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const s = m.index, e = m.index + m[0].length;
      if (out.some((o) => s < o.end && e > o.start)) continue;
      const d = resolve(m, pub);
      if (d && DATE_SHAPE.test(d) && !d.includes('NaN')) out.push({ date: d, start: s, end: e, text: m[0] });
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

// A dateline: "TAMPA, Fla., April 29, 2015 /PRNewswire/" or "BERLIN, 3 March 2021 -", after an optional place.
const DATELINE_PLACE = String.raw`^(?:[A-Z][\w .,'-]{0,60}?[,—–-]\s*)?`;
const DATELINE_MONTH_FIRST = new RegExp(String.raw`${DATELINE_PLACE}\(?(${MON})\s+${DAY},?\s+${YEAR}\)?\s*(?:[-—–/]|$)`);
const DATELINE_DAY_FIRST = new RegExp(String.raw`${DATELINE_PLACE}${DAY}\s+(${MON})\s+${YEAR}\s*[-—–,]`);

/** A date in the article's first lines ("TAMPA, Fla., April 29, 2015 /PRNewswire/") beats re-indexed metadata. */
export function datelineDate(paragraphs: string[]): string | null {
  for (const p of paragraphs.slice(0, 3)) {
    const head = p.slice(0, 120);
    const monthFirst = DATELINE_MONTH_FIRST.exec(head);
    if (monthFirst) return ymd(monthFirst[3], monthFirst[1], monthFirst[2]);
    const dayFirst = DATELINE_DAY_FIRST.exec(head);
    if (dayFirst) return ymd(dayFirst[3], dayFirst[2], dayFirst[1]);
  }
  return null;
}
