// Money grammar: currency marks and words, number formats (1,200 / 1.200 / 1,2), scales (k, m, bn,
// crore, lakh, Mio.), written numbers, qualifiers, ranges and a second currency in parentheses.
import type { Money, Qualifier } from '../../model';

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

const PREFIX: [string, string][] = [
  ['US$', 'USD'], ['U.S.$', 'USD'], ['USD', 'USD'], ['US $', 'USD'], ['S$', 'SGD'], ['SGD', 'SGD'], ['HK$', 'HKD'], ['HKD', 'HKD'],
  ['A$', 'AUD'], ['AU$', 'AUD'], ['AUD', 'AUD'], ['C$', 'CAD'], ['CA$', 'CAD'], ['CAD', 'CAD'], ['NT$', 'TWD'], ['NZ$', 'NZD'],
  ['NZD', 'NZD'], ['R$', 'BRL'], ['BRL', 'BRL'], ['MX$', 'MXN'], ['$', '$'], ['€', 'EUR'], ['EUR', 'EUR'], ['£', 'GBP'], ['GBP', 'GBP'],
  ['¥', '¥'], ['JPY', 'JPY'], ['CNY', 'CNY'], ['RMB', 'CNY'], ['₹', 'INR'], ['Rs.', 'INR'], ['Rs', 'INR'], ['INR', 'INR'],
  ['CHF', 'CHF'], ['₦', 'NGN'], ['NGN', 'NGN'], ['N', 'NGN'], ['KES', 'KES'], ['KSh', 'KES'], ['Ksh', 'KES'], ['Sh', 'KES'],
  ['₩', 'KRW'], ['KRW', 'KRW'], ['SEK', 'SEK'], ['NOK', 'NOK'], ['DKK', 'DKK'], ['kr', 'SEK'], ['ZAR', 'ZAR'], ['R', 'ZAR'],
  ['₱', 'PHP'], ['PHP', 'PHP'], ['Rp', 'IDR'], ['IDR', 'IDR'], ['RM', 'MYR'], ['MYR', 'MYR'], ['฿', 'THB'], ['AED', 'AED'],
  ['₺', 'TRY'], ['PLN', 'PLN'], ['zł', 'PLN'], ['VND', 'VND'], ['EGP', 'EGP'], ['COP', 'COP'], ['ARS', 'ARS'], ['CLP', 'CLP'],
];

const SUFFIX: [RegExp, string][] = [
  [/^(?:US dollars|U\.S\. dollars|dollars|USD)\b/i, '$'], [/^(?:(?:d['’]|de\s+)euros|euros?|EUR)\b|^€/i, 'EUR'], [/^(?:pounds(?: sterling)?|GBP|sterling)\b/i, 'GBP'],
  [/^(?:yuan|RMB|renminbi|CNY)\b/i, 'CNY'], [/^(?:yen|JPY)\b|^円/i, 'JPY'], [/^(?:won|KRW)\b/, 'KRW'], [/^(?:rupees|INR)\b/i, 'INR'],
  [/^(?:naira)\b/i, 'NGN'], [/^(?:(?:Kenyan )?shillings|KES)\b/i, 'KES'], [/^(?:rand)\b/i, 'ZAR'], [/^(?:Swiss francs|CHF)\b/i, 'CHF'],
  [/^(?:kronor|SEK)\b/i, 'SEK'], [/^(?:Norwegian kroner|NOK)\b/i, 'NOK'], [/^(?:Danish kroner|DKK)\b/i, 'DKK'],
  [/^(?:de dólares|dólares|dolares|de dolares|dollars américains)(?![\p{L}])/iu, 'USD'], [/^(?:pesos)\b/i, 'MXN'], [/^(?:(?:de\s+)?reais)\b/i, 'BRL'], [/^(?:ringgit)\b/i, 'MYR'],
  [/^(?:rupiah)\b/i, 'IDR'], [/^(?:dong)\b/i, 'VND'], [/^(?:baht)\b/i, 'THB'], [/^(?:SGD|Singapore dollars)\b/i, 'SGD'],
];

const SCALES: [RegExp, number][] = [
  [/^(?:trillion|tn|trn)\b/i, 1e12], [/^(?:billions?|milliards?|Milliarden|Mrd\.?|bilh(?:ões|ão|oes|ao)|bn|bln|mil millones)(?![a-z])/i, 1e9],
  [/^[Bb](?![a-zA-Z])/, 1e9],
  [/^(?:millions?|millones|millón|millon|Millionen|milh(?:ões|ão|oes|ao)|mn|mln|mio\.?)(?![a-zõã])/i, 1e6], [/^(?:MM|mm|M|m)(?![a-zA-Z])/, 1e6], [/^(?:crores?|cr)\b/i, 1e7],
  [/^(?:lakhs?|lacs?)\b/i, 1e5], [/^(?:thousand|k|K)(?![a-z])/, 1e3],
];

const WORD_NUM: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, 'half a': 0.5, 'a half': 0.5,
  'quarter of a': 0.25, 'several hundred': 300, 'a few': 3,
};

const QUAL: [RegExp, Qualifier][] = [
  [/(?:more than|over|above|north of|upwards of|in excess of|at least|a little over|just over|exceeding|excess of|\+|minimum of)\s*$/i, 'more_than'],
  [/(?:about|around|approximately|approx\.?|roughly|nearly|almost|close to|closed to|some|an estimated|estimated|circa|~|just under|under|less than|reportedly)\s*$/i, 'about'],
  [/(?:up to|as much as|as high as|targeting|target of|seeking|looking to raise|aims to raise|hopes to raise)\s*$/i, 'up_to'],
];

/** Parses "1,234.5", "1.234,5", "1,2", "48.000" knowing whether a scale word follows. */
export function parseNumber(raw: string, scaled: boolean): number | null {
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
    const thousands = parts.slice(1).every((p) => p.length === 3);
    s = thousands && !(scaled && commas === 1 && parts[1] !== '000' && false) ? parts.join('') : parts.join('.');
    if (commas > 1 && !thousands) return null;
  } else if (dots > 1) {
    s = s.replace(/\./g, '');
  } else if (dots === 1) {
    const [, frac] = s.split('.');
    // "48.000 millones" is 48,000 million; "2.625B" is 2.625 billion
    if (frac.length === 3 && (!scaled || frac === '000')) s = s.replace('.', '');
  }
  const v = Number(s);
  return Number.isFinite(v) ? v : null;
}

function matchPrefix(text: string, i: number): [string, string] | null {
  for (const [p, c] of PREFIX) {
    if (text.startsWith(p, i)) {
      // single letters (R, N) and Sh/kr only count when glued to or just before a digit
      if (/^[A-Za-z]{1,2}$/.test(p) && p !== 'Rs') {
        const after = text.slice(i + p.length, i + p.length + 2);
        if (!/^\s?\d/.test(after)) continue;
        if (p.length === 1 && !/^\d/.test(after)) continue;
        if (i > 0 && /[A-Za-z0-9]/.test(text[i - 1])) continue;
      }
      if (/^[A-Z]{3}$/.test(p) && i > 0 && /[A-Za-z]/.test(text[i - 1])) continue;
      return [p, c];
    }
  }
  return null;
}

const NUM_AT = /\d[\d.,]*/y;
const SPACE_AT = /[ \u00a0]?/y;
const WORD_AT = /(?:half a|a half|quarter of a|several hundred|a few|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\s+(?=(?:million|billion|trillion|thousand)\b)/iy;

function scaleAt(text: string, i: number): [number, number] | null {
  const rest = text.slice(i, i + 16);
  for (const [re, mult] of SCALES) {
    const m = re.exec(rest);
    if (m) return [mult, m[0].length];
  }
  return null;
}

function suffixAt(text: string, i: number): [string, number] | null {
  const rest = text.slice(i, i + 24);
  for (const [re, cur] of SUFFIX) {
    const m = re.exec(rest);
    if (m) return [cur, m[0].length];
  }
  return null;
}

const INHERITS = /^\s*(?:[,.;)]|$|(?:in|de|en|of|para|for|from|y|and|e|et|und|led)\b)/;

interface Raw { start: number; end: number; value: number; cur: string; bare: boolean; high?: number }

/** Reads one amount starting exactly at i (a currency mark, a digit or a number word), or null. */
function readAt(text: string, i: number, inherit: string | null = null): Raw | null {
  let p = i;
  let cur: string | null = null;
  const pre = matchPrefix(text, p);
  if (pre) { cur = pre[1]; p += pre[0].length; SPACE_AT.lastIndex = p; SPACE_AT.exec(text); p = SPACE_AT.lastIndex; }
  NUM_AT.lastIndex = p;
  const nm = NUM_AT.exec(text);
  let value: number | null = null;
  let numEnd = p;
  let words = false;
  if (nm && nm.index === p) {
    numEnd = p + nm[0].length;
    const trimmed = nm[0].replace(/[.,]+$/, '');
    numEnd = p + trimmed.length;
    // peek at the scale to decide how to read "1.200" vs "1.2"
    let q = numEnd; if (text[q] === ' ' || text[q] === '\u00a0') q++;
    const sc = scaleAt(text, q);
    value = parseNumber(trimmed, !!sc);
  } else {
    WORD_AT.lastIndex = p;
    const wm = WORD_AT.exec(text);
    if (!wm || wm.index !== p) return null;
    value = WORD_NUM[wm[0].trim().toLowerCase()] ?? null;
    numEnd = p + wm[0].length;
    words = true;
  }
  if (value === null) return null;
  let q = numEnd;
  // "$10-15 million": the low end shares the scale of the high end
  let high: number | null = null;
  const rng = /^\s?(?:-|–|to)\s?(\d[\d.,]*)/.exec(text.slice(q, q + 24));
  if (rng && !words) {
    const hq = q + rng[0].length;
    const hs = scaleAt(text, text[hq] === ' ' ? hq + 1 : hq);
    const hv = parseNumber(rng[1].replace(/[.,]+$/, ''), !!hs);
    if (hs && hv !== null && hv > value) { high = hv; q = hq; }
  }
  let mult = 1;
  let hadScale = false;
  const sp = (): void => { if (text[q] === ' ' || text[q] === '\u00a0') q++; };
  const save = q; sp();
  const sc = scaleAt(text, q);
  if (sc) { mult = sc[0]; q += sc[1]; hadScale = true; } else q = save;
  if (words && !hadScale) return null;
  // "Rs 100 crore", "130 million yen", "1,2 Mio. €"
  const save2 = q; sp();
  if (text.startsWith('of ', q) && !cur) q += 3; // "a billion of dollars" is rare; tolerate it
  const suf = suffixAt(text, q);
  if (suf) {
    if (!cur || cur === '$') cur = suf[0] === '$' ? (cur ?? '$') : suf[0];
    q += suf[1];
  } else q = save2;
  // "Klar raised 170 million dollars and Plata 250 million": a bare scaled figure right after another one shares its currency
  if (!cur && hadScale && inherit && INHERITS.test(text.slice(q, q + 14))) cur = inherit;
  if (!cur) return null;
  // A bare "R 5" or "N 10" without a scale is too often a model number.
  if (!hadScale && pre && /^[RN]$/.test(pre[0])) return null;
  return { start: i, end: q, value: value * mult, cur, bare: cur === '$' || cur === '¥', high: high === null ? undefined : high * mult };
}

/** Resolves "$" and "¥" against the page: locale of the site and the words around. */
export interface CurrencyContext {
  /** Currency a bare "$" means on this page (USD unless a local-dollar site also writes "US$"). */
  dollar: string;
  /** JPY or CNY for "¥". */
  yen: string;
}

export function currencyContext(fullText: string, url: string | null, site: string | null): CurrencyContext {
  const host = (() => { try { return url ? new URL(url).hostname : ''; } catch { return ''; } })();
  const tld = host.split('.').pop() ?? '';
  const local: Record<string, string> = { sg: 'SGD', au: 'AUD', nz: 'NZD', ca: 'CAD', hk: 'HKD', tw: 'TWD' };
  let dollar = 'USD';
  const loc = local[tld] ?? (/singapore/i.test(site ?? '') ? 'SGD' : null);
  // Local outlets write "US$" for American money, so their bare "$" is the local dollar.
  if (loc && /\bUS\$|\bUS dollars|\bUSD\b/.test(fullText)) dollar = loc;
  const cn = (fullText.match(/\b(?:yuan|RMB|renminbi|China|Chinese|Beijing|Shanghai|Shenzhen|Hangzhou)\b/g) ?? []).length;
  const jp = (fullText.match(/\b(?:yen|Japan|Japanese|Tokyo|Osaka)\b/g) ?? []).length;
  const yen = tld === 'jp' || jp > cn ? 'JPY' : 'CNY';
  return { dollar, yen };
}

function qualifierBefore(text: string, start: number): Qualifier {
  const before = text.slice(Math.max(0, start - 24), start);
  for (const [re, q] of QUAL) if (re.test(before)) return q;
  return 'exact';
}

const CANDIDATE = /[$€£¥₹₦₩₱฿₺]|\b(?:US|USD|S|HK|A|AU|C|CA|NT|NZ|R|MX|EUR|GBP|JPY|CNY|RMB|Rs|INR|CHF|NGN|KES|KSh|Ksh|Sh|KRW|SEK|NOK|DKK|kr|ZAR|PHP|Rp|IDR|RM|MYR|AED|PLN|VND|EGP|COP|ARS|CLP|N)(?=[\s$.]?\d|\$)|\d|\b(?:half a|a half|quarter of a|several hundred|a few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\s+(?=(?:million|billion|trillion|thousand)\b)/gi;

/** All money figures in a text, left to right, with parenthesised second currencies folded in as `alt`. */
export function findMoney(text: string, ctx: CurrencyContext = { dollar: 'USD', yen: 'JPY' }): MoneyMention[] {
  const raws: Raw[] = [];
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = CANDIDATE.exec(text)) && guard++ < 50_000) {
    const i = m.index;
    if (raws.length && i < raws[raws.length - 1].end) continue;
    // digits inside a word or number already consumed
    if (/\d/.test(m[0][0]) && i > 0 && /[\w.,]/.test(text[i - 1]) && !/[$€£¥₹₦₩]/.test(text[i - 1])) {
      // skip to end of this digit run so we do not re-enter it digit by digit
      let j = i; while (j < text.length && /[\d.,]/.test(text[j])) j++;
      CANDIDATE.lastIndex = j; continue;
    }
    const prev = raws[raws.length - 1];
    const r = readAt(text, i, prev && i - prev.end < 90 ? prev.cur : null);
    if (r) { raws.push(r); CANDIDATE.lastIndex = r.end; }
    else if (/\d/.test(m[0][0])) { let j = i; while (j < text.length && /[\d.,]/.test(text[j])) j++; CANDIDATE.lastIndex = Math.max(j, i + 1); }
  }
  const out: MoneyMention[] = [];
  for (let k = 0; k < raws.length; k++) {
    const r = raws[k];
    const cur = r.cur === '$' ? ctx.dollar : r.cur === '¥' ? ctx.yen : r.cur;
    const mention: MoneyMention = {
      start: r.start, end: r.end, text: text.slice(r.start, r.end),
      money: { value: Math.round(r.value), currency: cur, qualifier: qualifierBefore(text, r.start) },
      bareDollar: r.cur === '$',
    };
    if (r.high) { mention.high = Math.round(r.high); if (mention.money.qualifier === 'exact') mention.money.qualifier = 'more_than'; }
    // range: "$10-15 million", "$10 million to $15 million", "between $5m and $10m"
    const next = raws[k + 1];
    if (next) {
      const gap = text.slice(r.end, next.start);
      if (/^\s*(?:-|–|to|and)\s*$/.test(gap) && (gap.trim() !== 'and' || /between\s*$/i.test(text.slice(Math.max(0, r.start - 10), r.start)))) {
        mention.high = Math.round(next.value);
        mention.end = next.end; mention.text = text.slice(r.start, next.end);
        if (mention.money.qualifier === 'exact') mention.money.qualifier = 'more_than';
        k++;
      } else if (/^\s*\(\s*(?:about|approximately|approx\.?|roughly|around|or|nearly|some|then|~)?\s*$/i.test(gap) && /^\s*\)/.test(text.slice(next.end))) {
        const nextCur = next.cur === '$' ? ctx.dollar : next.cur === '¥' ? ctx.yen : next.cur;
        if (nextCur !== cur || (r.cur === '$' && next.cur === 'USD')) {
          // "$8.5m (US$6.3m)": the explicit US figure is the reliable one when "$" is ambiguous
          if (r.cur === '$' && next.cur === 'USD' && cur === 'USD') mention.money = { value: Math.round(next.value), currency: 'USD', qualifier: mention.money.qualifier };
          else mention.money.alt = { value: Math.round(next.value), currency: nextCur };
          mention.end = text.indexOf(')', next.end) + 1;
          mention.text = text.slice(r.start, mention.end);
          k++;
        }
      }
    }
    out.push(mention);
  }
  return out;
}
