// Money grammar: currency marks and words, number formats (1,200 / 1.200 / 1,2), scales (k, m, bn,
// crore, lakh, Mio.), written numbers, qualifiers, ranges and a second currency in parentheses.
// The words live in lexicon/currencies.ts, lexicon/magnitudes.ts and lexicon/money-qualifiers.ts; this file
// is how a figure is read: [currency] number [range] [scale] [currency], then folded with its neighbours.
import type { Money, Qualifier } from '../../model';
import { oneChar, oneOf } from '../lexicon/alternatives';
import { CHINA_WORDS, CURRENCY_AFTER, CURRENCY_BEFORE, CURRENCY_SCAN_LETTERS, type CurrencyWords, JAPAN_WORDS, LOCAL_DOLLAR_TLDS } from '../lexicon/currencies';
import { CURRENCY_SCALES, DECIMAL_COMMA_SCALES, NUMBER_WORDS, SCALES, SCALES_AFTER_WORDS, type ScaleEnd, type ScaleWords } from '../lexicon/magnitudes';
import { CONVERSION_OR, CONVERSION_OR_HEDGES, CONVERSION_WORDS, QUALIFIERS, RANGE_DASHES, SHARED_CURRENCY_NEXT } from '../lexicon/money-qualifiers';

export interface MoneyMention {
  start: number;
  end: number;
  text: string;
  money: Money;
  /** True when the currency came from a bare "$" (so a page's locale may change it). */
  bareDollar: boolean;
  /** Upper bound when the figure was written as a range. */
  high?: number;
}

// ---- patterns compiled from the lexicons ----

const SCALE_ENDS: Record<ScaleEnd, string> = {
  word: '\\b', letter: '(?![a-zA-Z])', lower: '(?![a-z])', lowerAccented: '(?![a-zõã])', script: '(?![\\p{L}\\p{M}])',
};
const scalePattern = (s: ScaleWords): RegExp => new RegExp(`^${oneOf(s.words)}${SCALE_ENDS[s.end]}`, s.caseSensitive ? 'u' : 'iu');
const SCALE_PATTERNS: [RegExp, number][] = SCALES.map((s) => [scalePattern(s), s.value]);

function currencyAfterPattern(c: CurrencyWords): RegExp {
  const words = `^${oneOf(c.words)}${c.accented ? '(?![\\p{L}])' : '\\b'}`;
  const signs = (c.signs ?? []).map((s) => `|^${s}`).join('');
  return new RegExp(words + signs, (c.caseSensitive ? '' : 'i') + (c.accented ? 'u' : ''));
}
const CURRENCY_AFTER_PATTERNS: [RegExp, string][] = CURRENCY_AFTER.map((c) => [currencyAfterPattern(c), c.code]);

const QUALIFIER_PATTERNS: [RegExp, Qualifier][] = QUALIFIERS.map(([q, words]) => [new RegExp(`${oneOf(words)}\\s*$`, 'i'), q]);

/** A number in words, only when a scale word follows: "half a billion", "two million". */
const NUMBER_WORDS_SOURCE = String.raw`${oneOf(Object.keys(NUMBER_WORDS))}\s+(?=${oneOf(SCALES_AFTER_WORDS)}\b)`;
const NUMBER_WORDS_AT = new RegExp(NUMBER_WORDS_SOURCE, 'iy');
const DIGITS_AT = /\d[\d.,]*/y;
const RANGE_HIGH = new RegExp(String.raw`^\s?${oneOf(RANGE_DASHES)}\s?(\d[\d.,]*)`);
const RANGE_GAP = new RegExp(String.raw`^\s*${oneOf([...RANGE_DASHES, 'and'])}\s*$`);
const CONVERSION_GAP = new RegExp(String.raw`^\s*\(\s*${oneOf(CONVERSION_WORDS)}?\s*$`, 'i');
const CONVERSION_OR_GAP = new RegExp(String.raw`^\s*,?\s*${oneOf(CONVERSION_OR)}\s+(?:${oneOf(CONVERSION_OR_HEDGES)}\s+)?$`, 'i');
const SHARES_CURRENCY = new RegExp(String.raw`^\s*(?:[,.;)]|$|${oneOf(SHARED_CURRENCY_NEXT)}\b)`);

/** Where a figure may start: a currency sign, a currency's letters before a digit, a digit, or a number word. */
const SIGNS = CURRENCY_BEFORE.map(([mark]) => mark).filter((m) => m.length === 1 && !/[A-Za-z]/.test(m));
const SCAN_LETTERS = String.raw`\b${oneOf(CURRENCY_SCAN_LETTERS)}(?=[\s$.]?\d|\.\s\d|\$)`;
const CANDIDATE = new RegExp(`${oneChar(SIGNS)}|${SCAN_LETTERS}|\\d|\\b${NUMBER_WORDS_SOURCE}`, 'gi');
/** A sign a digit may be glued to ("$5"), where a digit after a letter or a dot is inside a word or number. */
const GLUED_SIGN = /[$€£¥₹₦₩]/;

// ---- numbers ----

/** Parses "1,234.5", "1.234,5", "1,2", "48.000" knowing whether a scale word follows. */
/** Scale words of the languages that write a decimal comma. */
const DECIMAL_COMMA_SCALE = new RegExp(`^(?:${DECIMAL_COMMA_SCALES.join('|')})`, 'u');

export function parseNumber(raw: string, scaled: boolean, decimalComma = false): number | null {
  let s = raw.replace(/\s/g, '');
  if (!/^\d[\d.,]*$/.test(s)) return null;
  s = s.replace(/[.,]$/, '');
  const commas = (s.match(/,/g) ?? []).length;
  const dots = (s.match(/\./g) ?? []).length;
  if (commas && dots) {
    // the later separator is the decimal one
    if (s.lastIndexOf(',') > s.lastIndexOf('.')) s = s.replace(/\./g, '').replace(',', '.');
    else s = s.replace(/,/g, '');
  } else if (commas) {
    const parts = s.split(',');
    const thousands = !(decimalComma && commas === 1) && parts.slice(1).every((p) => p.length === 3);
    s = thousands ? parts.join('') : parts.join('.');
    if (commas > 1 && !thousands) return null;
  } else if (dots > 1) {
    s = s.replace(/\./g, '');
  } else if (dots === 1) {
    const [, frac] = s.split('.');
    // "48.000 millones" is 48,000 million; "2.625B" is 2.625 billion; but a language that writes a decimal comma
    // groups thousands with the dot: "1.887 millones de dólares" is 1,887 million
    if (frac.length === 3 && (!scaled || frac === '000' || decimalComma)) s = s.replace('.', '');
  }
  const v = Number(s);
  return Number.isFinite(v) ? v : null;
}

const stickyAt = (re: RegExp, text: string, i: number): RegExpExecArray | null => { re.lastIndex = i; return re.exec(text); };
/** Past one optional space (plain or non-breaking) at i. */
const skipSpace = (text: string, i: number): number => (text[i] === ' ' || text[i] === '\u00a0' ? i + 1 : i);
/** Before a scale, a hyphen joins like a space: "a $500-million round" (but "$10-15 million" is a range). */
const skipJoin = (text: string, i: number): number => (text[i] === '-' && /\p{L}/u.test(text[i + 1] ?? '') ? i + 1 : skipSpace(text, i));
const trimSeparators = (digits: string): string => digits.replace(/[.,]+$/, '');

/** The first pattern of `table` matching at i (looking at most `span` characters ahead): its value and length. */
function firstAt<T>(table: [RegExp, T][], text: string, i: number, span: number): [T, number] | null {
  const rest = text.slice(i, i + span);
  for (const [re, value] of table) {
    const m = re.exec(rest);
    if (m) return [value, m[0].length];
  }
  return null;
}
const scaleAt = (text: string, i: number): [number, number] | null => firstAt(SCALE_PATTERNS, text, i, 16);
const currencyAfterAt = (text: string, i: number): [string, number] | null => firstAt(CURRENCY_AFTER_PATTERNS, text, i, 24);

// ---- one figure ----

function currencyBeforeAt(text: string, i: number): readonly [string, string] | null {
  for (const entry of CURRENCY_BEFORE) {
    const p = entry[0];
    if (!text.startsWith(p, i)) continue;
    // single letters (R, N) and Sh/kr only count when glued to or just before a digit
    if (/^[A-Za-z]{1,2}$/.test(p) && p !== 'Rs') {
      const after = text.slice(i + p.length, i + p.length + 2);
      if (!/^\s?\d/.test(after)) continue;
      if (p.length === 1 && !/^\d/.test(after)) continue;
      if (i > 0 && /[A-Za-z0-9]/.test(text[i - 1])) continue;
    }
    if (/^[A-Z]{3}$/.test(p) && i > 0 && /[A-Za-z]/.test(text[i - 1])) continue;
    return entry;
  }
  return null;
}

interface NumberRead { value: number; end: number; words: boolean }

/** The number at i, in digits or words; its end is before any scale (a number word's end is after its space). */
function numberAt(text: string, i: number): NumberRead | null {
  const digits = stickyAt(DIGITS_AT, text, i);
  if (digits) {
    const trimmed = trimSeparators(digits[0]);
    const end = i + trimmed.length;
    // peek at the scale to decide how to read "1.200" vs "1.2"
    const scaleFrom = skipJoin(text, end);
    // (before "milliards", "millones", "Millionen", a comma is the decimal one: "2,315 milliards d'euros")
    const value = parseNumber(trimmed, !!scaleAt(text, scaleFrom), DECIMAL_COMMA_SCALE.test(text.slice(scaleFrom, scaleFrom + 14)));
    return value === null ? null : { value, end, words: false };
  }
  const words = stickyAt(NUMBER_WORDS_AT, text, i);
  const value = words ? NUMBER_WORDS[words[0].trim().toLowerCase()] ?? null : null;
  return words && value !== null ? { value, end: i + words[0].length, words: true } : null;
}

/** "$10-15 million": the high end of a range right after the number, when it has a scale the low end shares. */
function rangeHighAt(text: string, i: number, low: number): { high: number; end: number } | null {
  const rng = RANGE_HIGH.exec(text.slice(i, i + 24));
  if (!rng) return null;
  const end = i + rng[0].length;
  const scaled = !!scaleAt(text, text[end] === ' ' ? end + 1 : end);
  const high = parseNumber(trimSeparators(rng[1]), scaled);
  return scaled && high !== null && high > low ? { high, end } : null;
}

/** "Rs 100 crore", "130 million yen", "1,2 Mio. €": the currency written after the figure, if any. */
function currencyAfter(text: string, i: number, cur: string | null): { cur: string | null; end: number } {
  let q = skipSpace(text, i);
  if (text.startsWith('of ', q) && !cur) q += 3; // "a billion of dollars" is rare; tolerate it
  const suf = currencyAfterAt(text, q);
  if (!suf) return { cur, end: i };
  // a bare "$" before the figure takes the country the words after it name; "US dollars" keeps it "$"
  const named = !cur || cur === '$' ? (suf[0] === '$' ? (cur ?? '$') : suf[0]) : cur;
  return { cur: named, end: q + suf[1] };
}

interface Raw { start: number; end: number; value: number; cur: string; bare: boolean; high?: number }

/** Reads one amount starting exactly at i (a currency mark, a digit or a number word), or null. */
function readAt(text: string, i: number, inherit: string | null = null): Raw | null {
  const pre = currencyBeforeAt(text, i);
  const num = numberAt(text, pre ? skipSpace(text, i + pre[0].length) : i);
  if (!num) return null;
  const range = num.words ? null : rangeHighAt(text, num.end, num.value);
  const scaleStart = skipJoin(text, range ? range.end : num.end);
  const scale = scaleAt(text, scaleStart);
  let q = scale ? scaleStart + scale[1] : range ? range.end : num.end;
  if (num.words && !scale) return null;
  const after = currencyAfter(text, q, pre ? pre[1] : null);
  let cur = after.cur;
  q = after.end;
  // "Klar raised 170 million dollars and Plata 250 million": a bare scaled figure right after another one shares its currency
  if (!cur && scale && inherit && SHARES_CURRENCY.test(text.slice(q, q + 14))) cur = inherit;
  if (!cur) return null;
  // A bare "R 5" or "N 10" without a scale is too often a model number.
  if (!scale && pre && /^[RN]$/.test(pre[0])) return null;
  const mult = scale ? CURRENCY_SCALES[cur]?.[text.slice(scaleStart, scaleStart + scale[1])] ?? scale[0] : 1;
  return { start: i, end: q, value: num.value * mult, cur, bare: cur === '$' || cur === '¥', high: range ? range.high * mult : undefined };
}

// ---- the page's "$" and "¥" ----

/** Resolves "$" and "¥" against the page: locale of the site and the words around. */
export interface CurrencyContext {
  /** Currency a bare "$" means on this page (USD unless a local-dollar site also writes "US$"). */
  dollar: string;
  /** JPY or CNY for "¥". */
  yen: string;
}

const CHINA = new RegExp(`\\b${oneOf(CHINA_WORDS)}\\b`, 'g');
const JAPAN = new RegExp(`\\b${oneOf(JAPAN_WORDS)}\\b`, 'g');
const hostOf = (url: string | null): string => { try { return url ? new URL(url).hostname : ''; } catch { return ''; } };

export function currencyContext(fullText: string, url: string | null, site: string | null): CurrencyContext {
  const tld = hostOf(url).split('.').pop() ?? '';
  let dollar = 'USD';
  const loc = LOCAL_DOLLAR_TLDS[tld] ?? (/singapore/i.test(site ?? '') ? 'SGD' : null);
  // Local outlets write "US$" for American money, so their bare "$" is the local dollar.
  if (loc && /\bUS\$|\bUS dollars|\bUSD\b/.test(fullText)) dollar = loc;
  const cn = (fullText.match(CHINA) ?? []).length;
  const jp = (fullText.match(JAPAN) ?? []).length;
  const yen = tld === 'jp' || jp > cn ? 'JPY' : 'CNY';
  return { dollar, yen };
}

// ---- all figures of a text ----

function qualifierBefore(text: string, start: number): Qualifier {
  const before = text.slice(Math.max(0, start - 24), start);
  for (const [re, q] of QUALIFIER_PATTERNS) if (re.test(before)) return q;
  return 'exact';
}

const endOfDigits = (text: string, i: number): number => { let j = i; while (j < text.length && /[\d.,]/.test(text[j])) j++; return j; };

/** Every figure, left to right, none overlapping; a figure close after another may share its currency. */
function readAll(text: string): Raw[] {
  const raws: Raw[] = [];
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = CANDIDATE.exec(text)) && guard++ < 50_000) {
    const i = m.index;
    const digit = /\d/.test(m[0][0]);
    if (raws.length && i < raws[raws.length - 1].end) continue;
    // digits inside a word or number already consumed: skip the whole run, not digit by digit
    if (digit && i > 0 && /[\w.,]/.test(text[i - 1]) && !GLUED_SIGN.test(text[i - 1])) { CANDIDATE.lastIndex = endOfDigits(text, i); continue; }
    const prev = raws[raws.length - 1];
    const r = readAt(text, i, prev && i - prev.end < 90 ? prev.cur : null);
    if (r) { raws.push(r); CANDIDATE.lastIndex = r.end; }
    else if (digit) CANDIDATE.lastIndex = Math.max(endOfDigits(text, i), i + 1);
  }
  return raws;
}

/** The currency a mark means on this page: a bare "$" or "¥" resolved by the CurrencyContext, others as they are. */
type Resolve = (cur: string) => string;

function mentionOf(text: string, r: Raw, resolve: Resolve): MoneyMention {
  const mention: MoneyMention = {
    start: r.start, end: r.end, text: text.slice(r.start, r.end),
    money: { value: Math.round(r.value), currency: resolve(r.cur), qualifier: qualifierBefore(text, r.start) },
    bareDollar: r.cur === '$',
  };
  if (r.high) { mention.high = Math.round(r.high); if (mention.money.qualifier === 'exact') mention.money.qualifier = 'more_than'; }
  return mention;
}

/** "$10 million to $15 million", "between $5m and $10m": the next figure is the range's high end. */
function foldRange(text: string, mention: MoneyMention, r: Raw, next: Raw): boolean {
  const gap = text.slice(r.end, next.start);
  if (!RANGE_GAP.test(gap)) return false;
  if (gap.trim() === 'and' && !/between\s*$/i.test(text.slice(Math.max(0, r.start - 10), r.start))) return false;
  mention.high = Math.round(next.value);
  mention.end = next.end; mention.text = text.slice(r.start, next.end);
  if (mention.money.qualifier === 'exact') mention.money.qualifier = 'more_than';
  return true;
}

/** "€7.8m ($8.5m)": the same amount in another currency in parentheses becomes `alt`. */
function foldConversion(text: string, mention: MoneyMention, r: Raw, next: Raw, resolve: Resolve): boolean {
  const gap = text.slice(r.end, next.start);
  // (a few words may close the bracket: "(nearly $5 million at current exchange rate)", "(Rs 21 crore at the time)")
  const bracketed = CONVERSION_GAP.test(gap) && /^[^()$€£¥₹\d]{0,40}\)/u.test(text.slice(next.end));
  if (!bracketed && !CONVERSION_OR_GAP.test(gap)) return false;
  const cur = mention.money.currency;
  const nextCur = resolve(next.cur);
  const explicitUs = r.cur === '$' && next.cur === 'USD';
  if (nextCur === cur && !explicitUs) return false;
  // "$8.5m (US$6.3m)": the explicit US figure is the reliable one when "$" is ambiguous
  if (explicitUs && cur === 'USD') mention.money = { value: Math.round(next.value), currency: 'USD', qualifier: mention.money.qualifier };
  else mention.money.alt = { value: Math.round(next.value), currency: nextCur };
  mention.end = bracketed ? text.indexOf(')', next.end) + 1 : next.end;
  mention.text = text.slice(r.start, mention.end);
  return true;
}

/** All money figures in a text, left to right, with parenthesised second currencies folded in as `alt`. */
export function findMoney(text: string, ctx: CurrencyContext = { dollar: 'USD', yen: 'JPY' }): MoneyMention[] {
  const resolve: Resolve = (cur) => (cur === '$' ? ctx.dollar : cur === '¥' ? ctx.yen : cur);
  const raws = readAll(text);
  const out: MoneyMention[] = [];
  for (let k = 0; k < raws.length; k++) {
    const r = raws[k];
    const mention = mentionOf(text, r, resolve);
    const next = raws[k + 1];
    if (next && (foldRange(text, mention, r, next) || foldConversion(text, mention, r, next, resolve))) k++;
    out.push(mention);
  }
  return out;
}
