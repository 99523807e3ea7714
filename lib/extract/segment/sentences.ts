// Sentence splitting with offsets. Periods in abbreviations, initials, decimals and domain-like names
// ("Binah.ai", "U.S.", "Inc.") do not end a sentence; a period glued to a capital ("2016.But") does.
import { CJK_CHAR } from '../lexicon/cjk';

export interface Span {
  text: string;
  /** Offset of the sentence inside its paragraph. */
  start: number;
  end: number;
}

const ABBREV = new Set([
  'inc', 'ltd', 'co', 'corp', 'llc', 'plc', 'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'vs', 'etc', 'no',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'calif', 'mass', 'wash',
  'fla', 'ariz', 'colo', 'conn', 'ill', 'penn', 'tex', 'va', 'gen', 'gov', 'rep', 'sen', 'mt', 'ft', 'approx',
  'est', 'dept', 'univ', 'assn', 'bros', 'intl', 'pte', 'pvt', 'mio', 'mrd', 'rs', 'e.g', 'i.e', 'al', 'eng', 'acq',
]);

export function splitSentences(p: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const n = p.length;
  const push = (end: number): void => {
    let s = start;
    while (s < end && /\s/.test(p[s])) s++;
    let e = end;
    while (e > s && /\s/.test(p[e - 1])) e--;
    if (e > s) out.push({ text: p.slice(s, e), start: s, end: e });
    start = end;
  };
  for (let i = 0; i < n; i++) {
    const c = p[i];
    if (c !== '.' && c !== '!' && c !== '?') continue;
    if (c !== '.' && p[i - 1] === '(') continue; // "(!)" is an aside, not an ending
    // swallow closing quotes/brackets after the terminator
    let j = i + 1;
    while (j < n && /["'”’)\]]/.test(p[j])) j++;
    const next = p[j];
    if (c === '.') {
      const wordStart = p.lastIndexOf(' ', i - 1) + 1;
      const word = p.slice(wordStart, i).replace(/^[("'“‘]+/, '');
      const lw = word.toLowerCase();
      if (ABBREV.has(lw)) {
        // "... SoftBank Group Corp. Following the deal ...": a legal suffix can end a sentence
        if (!/^(?:inc|corp|co|ltd|llc|plc)$/.test(lw) || !/^\s+(?:The|This|It|Its|Following|According|He|She|They|We|In|On|Their|That|A|An|After|With|Meanwhile|However)\b/.test(p.slice(i + 1, i + 14))) continue;
      }
      if (/^[A-Z]$/.test(word)) continue; // initials: "Marcel P. Lima"
      if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) continue; // U.S, e.g
      if (next !== undefined && /[0-9a-z]/.test(next)) continue; // decimals, domains
      if (next !== undefined && /[A-Z]/.test(next)) {
        // "2016.But": glued sentence, only when the left side is a plain word/number, not "U.S.A" or "Binah.AI"
        if (!/^[a-z0-9]{2,}$/i.test(word) || /[A-Z]{2,}$/.test(word)) continue;
        push(j);
        continue;
      }
    }
    if (next === undefined || /\s/.test(next)) push(j);
  }
  push(n);
  return out;
}


/** Sentences of any language; Chinese and Japanese sentences end at 。！？ with no space after. */
export function sentencesOf(text: string): Span[] {
  if (!CJK_CHAR.test(text)) return splitSentences(text);
  const out: Span[] = [];
  const re = /[^。！？!?]+[。！？!?]*/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].trim()) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}
