// Sentence splitting with offsets. Periods in abbreviations, initials, decimals and domain-like names
// ("Binah.ai", "U.S.", "Inc.") do not end a sentence; a period glued to a capital ("2016.But") does.
import { ABBREVIATIONS, CLOSING_ABBREVIATIONS, LETTERED, SENTENCE_OPENERS } from '../lexicon/abbreviations';
import { oneOf } from '../lexicon/alternatives';
import { CJK_CHAR } from '../lexicon/cjk';

export interface Span {
  text: string;
  /** Offset of the sentence inside its paragraph. */
  start: number;
  end: number;
}

const ABBREV = new Set(ABBREVIATIONS);
const CLOSING = new RegExp(`^${oneOf(CLOSING_ABBREVIATIONS)}$`);
/** "…in a Series B." / "…its pre-Series A.": the word before a lone letter that names a round. */
const LETTERED_BEFORE = new RegExp(String.raw`(?:^|[\s-])${oneOf(LETTERED)}\s$`, 'iu');
const OPENS_SENTENCE = new RegExp(String.raw`^\s+${oneOf(SENTENCE_OPENERS)}\b`);
const OPENS_GLUED = new RegExp(String.raw`^${oneOf(SENTENCE_OPENERS)}\b`);

/**
 * What the period at i does: 'no', it does not end a sentence; 'glued', it ends one that the next starts
 * without a space ("2016.But"); 'maybe', it ends one if a space or the end follows.
 */
function periodAt(p: string, i: number, next: string | undefined): 'no' | 'glued' | 'maybe' {
  const wordStart = p.lastIndexOf(' ', i - 1) + 1;
  const word = p.slice(wordStart, i).replace(/^[("'“‘]+/, '');
  const lw = word.toLowerCase();
  // "... SoftBank Group Corp. Following the deal ...": a legal suffix can end a sentence
  if (ABBREV.has(lw) && (!CLOSING.test(lw) || !OPENS_SENTENCE.test(p.slice(i + 1, i + 14)))) return 'no';
  // initials: "Marcel P. Lima" (but "…raised $20M in a Series B. It follows…" ends there)
  if (/^[A-Z]$/.test(word) && !LETTERED_BEFORE.test(p.slice(Math.max(0, wordStart - 12), wordStart))) return 'no';
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) return 'no'; // U.S, e.g
  if (next === undefined) return 'maybe';
  if (/[0-9a-z]/.test(next)) return 'no'; // decimals, domains
  if (!/[A-Z]/.test(next)) return 'maybe';
  // "2016.But": glued sentence, only when the left side is a plain word/number, not "U.S.A" or "Binah.AI" — and,
  // after a word, only when a sentence's opening word follows ("Infra.Market", "Origin.Bio" are names)
  if (!/^[a-z0-9]{2,}$/i.test(word) || /[A-Z]{2,}$/.test(word)) return 'no';
  return /\d$/.test(word) || OPENS_GLUED.test(p.slice(i + 1, i + 14)) ? 'glued' : 'no';
}

/** Sentences with their offsets; whitespace around each is left out. */
export function splitSentences(p: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    while (s < end && /\s/.test(p[s])) s++;
    let e = end;
    while (e > s && /\s/.test(p[e - 1])) e--;
    if (e > s) out.push({ text: p.slice(s, e), start: s, end: e });
    start = end;
  };
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    // (। , the danda, ends a Hindi sentence)
    if (c !== '.' && c !== '!' && c !== '?' && c !== '।') continue;
    if (c !== '.' && p[i - 1] === '(') continue; // "(!)" is an aside, not an ending
    // swallow closing quotes/brackets after the terminator
    let j = i + 1;
    while (j < p.length && /["'”’)\]]/.test(p[j])) j++;
    const next = p[j];
    const verdict = c === '.' ? periodAt(p, i, next) : 'maybe';
    if (verdict === 'no') continue;
    if (verdict === 'glued' || next === undefined || /\s/.test(next)) push(j);
  }
  push(p.length);
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
