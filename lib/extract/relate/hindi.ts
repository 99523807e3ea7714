// Frames for Hindi sentences. Hindi puts the verb last and marks roles with words after them: the raiser is
// the name before "ने" (or before "को" with "मिली", got), the leads are the list before "के नेतृत्व में", the
// others the list before "ने भी हिस्सा लिया". A name is the words before its marker back to a postposition,
// a describing word or a comma. Lexicon: lexicon/hi.ts.
import type { Stage } from '../../model';
import {
  HI_ALONG_WITH, HI_AND, HI_BOUNDARY, HI_NUMBER_WORDS, HI_SCALES, HI_DESCRIPTOR, HI_INVESTED, HI_INVESTORS_ARE, HI_INVESTORS_ARE_END, HI_LEAD_AFTER, HI_LEAD_DID, HI_NOT_A_NAME,
  HI_PARTICIPANT_AFTER, HI_PAST, HI_RAISE, HI_RECEIVED, HI_REFERS, HI_SAID, HI_SAID_IT, HI_STAGES, HI_UNFINISHED, HI_VALUATION,
} from '../lexicon/hi';
import { findMoney } from '../recognize/money';
import { findStages } from '../recognize/stage';
import type { SentenceInput } from './frame';
import { blockFrame } from './hits';
import type { Frame, Hit, NameHit } from './types';

const DEVANAGARI = /[\u0900-\u097f]/u;
export const isHindi = (text: string): boolean => DEVANAGARI.test(text);

/** Hindi words end at any letter or mark, not at an ASCII word boundary. */
const words = (phrases: readonly string[], flags = 'u'): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{M}])(?:${phrases.map((p) => p.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{M}])`, flags);
const RAISE = words(HI_RAISE);
const RECEIVED = words(HI_RECEIVED);
const INVESTED = words(HI_INVESTED);
const LEAD_AFTER = words(HI_LEAD_AFTER, 'gu');
const LEAD_DID = words(HI_LEAD_DID, 'gu');
const LEAD_IS = /(?:का|की) (?:नेतृत्व|अगुवाई|अगुआई) ([^।]{2,120}?) ने (?:किया|की)/gu;
const PARTICIPANT_AFTER = words(HI_PARTICIPANT_AFTER, 'gu');
const INVESTORS_ARE = new RegExp(`${words(HI_INVESTORS_ARE).source}\\s+([^।]{2,200}?)\\s+${words(HI_INVESTORS_ARE_END).source}`, 'gu');
const PAST = words(HI_PAST);
const UNFINISHED = words(HI_UNFINISHED);
const VALUATION = words(HI_VALUATION);
const REFERS = words(HI_REFERS);
const SUBJECT_MARK = /(?<=\S) ने(?![\p{L}\p{M}])/gu;
const RECEIVER_MARK = /(?<=\S) को(?![\p{L}\p{M}])/gu;
const IN_MARK = /(?<=\S) में(?![\p{L}\p{M}])/gu;

const BOUNDARY = new Set(HI_BOUNDARY);
const DESCRIPTOR = new Set(HI_DESCRIPTOR);
const AND = new Set(HI_AND);
const NOT_A_NAME = new Set(HI_NOT_A_NAME);
/** The last word of a clause: it ends on a comma, a colon or a dash, or holds a figure. */
const ENDS_CLAUSE = /[,:;—–-]$|\d/u;

interface Word { text: string; start: number; end: number }
const wordsBefore = (text: string, at: number): Word[] =>
  [...text.slice(0, at).matchAll(/[^\s]+/gu)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));

/** One name of up to four words ending at `at`, back to the first postposition, describing word or clause end
 *  (an alias in brackets right before the marker is passed over: "फिजिक्स वाला (पीडब्ल्यू) ने"). */
function nameBefore(text: string, at: number): NameHit | null {
  const alias = /\s*\([^()]{1,40}\)\s*$/u.exec(text.slice(0, at));
  const ws = wordsBefore(text, alias ? alias.index : at);
  let first = ws.length;
  for (let i = ws.length - 1; i >= 0 && ws.length - i <= 4; i--) {
    const w = ws[i]!.text;
    if (BOUNDARY.has(w) || DESCRIPTOR.has(w) || AND.has(w) || (i < ws.length - 1 && ENDS_CLAUSE.test(w)) || /[।"“”'‘’(]/u.test(w)) break;
    first = i;
  }
  return hitOfWords(text, ws.slice(first));
}

const LATIN = /^\p{Script=Latin}[\p{Script=Latin}\d.&'’-]*,?$/u;

function hitOfWords(text: string, all: Word[]): NameHit | null {
  // "सॉवरेन वेल्थ फंड GIC": Latin words ending Devanagari ones are the name, the rest describes it
  const latinFrom = all.findIndex((w, i) => all.slice(i).every((x) => LATIN.test(x.text)));
  const ws = latinFrom > 0 ? all.slice(latinFrom) : all;
  if (!ws.length) return null;
  const start = ws[0]!.start;
  const end = ws.at(-1)!.end - (/[,;:]$/u.test(ws.at(-1)!.text) ? 1 : 0);
  const name = text.slice(start, end);
  if (NOT_A_NAME.has(name) || /^\d/u.test(name) || name.length < 2) return null;
  return { name, text: name, start, end };
}

/** The list ending at `at`: names joined by commas and "और", back to the first postposition or describing word. */
function listBefore(text: string, at: number): NameHit[] {
  const ws = wordsBefore(text, at);
  const items: Word[][] = [[]];
  for (let i = ws.length - 1; i >= 0; i--) {
    const w = ws[i]!;
    if (AND.has(w.text)) { items.unshift([]); continue; }
    // (a short number ends a fund's name: "सॉफ्टबैंक विजन फंड 2"; any other figure ends the list)
    if (BOUNDARY.has(w.text) || DESCRIPTOR.has(w.text) || /[।”’(:]|.["“‘']/u.test(w.text) || (/\d/u.test(w.text) && !/^\d{1,2},?$/u.test(w.text))) break;
    if (/,$/u.test(w.text) && i < ws.length - 1) items.unshift([]);
    // an opening quote starts the list: "कहा, 'टी रो प्राइस की अगुवाई में"
    const quote = /^[‘'"“]+/u.exec(w.text)?.[0].length ?? 0;
    items[0]!.unshift(quote ? { text: w.text.slice(quote), start: w.start + quote, end: w.end } : w);
    if (quote) break;
    if (items[0]!.length > 4) break;
  }
  return items.filter((it) => it.length && it.length <= 4).map((it) => hitOfWords(text, it)).filter((h): h is NameHit => !!h);
}

const firstMarkBefore = (re: RegExp, text: string, limit: number): number => {
  re.lastIndex = 0;
  const m = re.exec(text);
  return m && m.index < limit ? m.index : -1;
};

/** Who raised: the name before "ने" ahead of the raise verb, or before "को" ahead of "मिली"; with the investor of "X ने Y में निवेश किया". */
function raiserOf(text: string): { company: NameHit | null; investor: NameHit | null; verb: boolean } {
  const raise = RAISE.exec(text);
  if (raise) {
    const ne = firstMarkBefore(SUBJECT_MARK, text, raise.index);
    const between = ne >= 0 ? text.slice(ne, raise.index) : '';
    const speaker = HI_SAID.test(between) && !HI_SAID_IT.test(between);
    return { company: ne >= 0 && !speaker ? nameBefore(text, ne) : null, investor: null, verb: true };
  }
  const got = RECEIVED.exec(text);
  if (got) {
    const ko = firstMarkBefore(RECEIVER_MARK, text, got.index);
    return { company: ko >= 0 ? nameBefore(text, ko) : null, investor: null, verb: ko >= 0 };
  }
  const invested = INVESTED.exec(text);
  if (!invested) return { company: null, investor: null, verb: false };
  const ne = firstMarkBefore(SUBJECT_MARK, text, invested.index);
  IN_MARK.lastIndex = Math.max(0, ne);
  const inAt = IN_MARK.exec(text);
  const company = inAt && inAt.index < invested.index ? nameBefore(text, inAt.index) : null;
  return { company, investor: ne >= 0 ? nameBefore(text, ne) : null, verb: true };
}

function investorsOf(text: string): { leads: NameHit[]; participants: NameHit[] } {
  const leads = [...text.matchAll(LEAD_AFTER), ...text.matchAll(LEAD_DID)].flatMap((m) => listBefore(text, m.index!));
  for (const m of text.matchAll(LEAD_IS)) leads.push(...listBefore(text, m.index! + m[0].lastIndexOf(' ने')));
  const participants = [...text.matchAll(PARTICIPANT_AFTER)].flatMap((m) => listBefore(text, m.index!));
  for (const m of text.matchAll(INVESTORS_ARE)) participants.push(...listBefore(text, m.index! + m[0].lastIndexOf(m[1]!) + m[1]!.length));
  return { leads, participants: participants.filter((p) => !leads.some((l) => l.name === p.name)) };
}

function stageOf(text: string): (Hit & { stage: Stage }) | null {
  for (const [re, stage] of HI_STAGES) {
    const m = re.exec(text);
    if (m) return { text: m[0], start: m.index, end: m.index + m[0].length, stage: stage(m) };
  }
  const latin = findStages(text)[0];
  return latin ? { text: latin.text, start: latin.start, end: latin.end, stage: latin.stage } : null;
}

const SCALE = `(?:${HI_SCALES.join('|')})`;
const NUMBER_WORD = new RegExp(`(?<![\\p{L}\\p{M}])(?:${Object.keys(HI_NUMBER_WORDS).join('|')})(?= ${SCALE})`, 'gu');
/** What ends the clause a valuation word opens: a comma, the danda, or another figure. */
const CLAUSE_OR_FIGURE = new RegExp(`[,।]|\\d+(?:[.,]\\d+)?\\s?${SCALE}`, 'u');
/** The same text, as long, with number words as digits ("एक अरब" → " 1 अरब") and "के साथ-साथ" as "और". */
const normalized = (text: string): string => text
  .replace(NUMBER_WORD, (w) => HI_NUMBER_WORDS[w]!.padStart(w.length, ' '))
  .replace(HI_ALONG_WITH, (w) => ' और '.padEnd(w.length, ' '));

/** The frame of one Hindi sentence, or none when it states no round. */
export function hindiFramesOf(inp: SentenceInput): Frame[] {
  const text = normalized(inp.text);
  const moneys = findMoney(text, inp.currency);
  // "X के मूल्यांकन पर" (the word after), "मूल्यांकन 2.5 गुना बढ़कर 2.8 अरब डॉलर" (before, in the same clause, no figure between)
  const isValuation = (m: Hit): boolean => VALUATION.test(text.slice(m.end, m.end + 16))
    || VALUATION.test(text.slice(Math.max(0, m.start - 40), m.start).split(CLAUSE_OR_FIGURE).pop() ?? '');
  const amount = moneys.find((m) => !isValuation(m)) ?? null;
  const valuation = moneys.find(isValuation) ?? null;
  const stage = stageOf(text);
  const who = raiserOf(text);
  const inv = investorsOf(text);
  if (who.investor && !inv.leads.length) inv.participants.unshift(who.investor);
  const named = inv.leads.length + inv.participants.length > 0;
  // a valuation alone ("कंपनी का मूल्यांकन …") adds to the round before it
  if (!who.verb && !named && !valuation) return [];
  if (!amount && !stage && !named && !valuation) return [];
  const company = who.company && ![...inv.leads, ...inv.participants].some((i) => i.name === who.company!.name) ? who.company : null;
  return [blockFrame(inp, {
    company, companyRef: !company && REFERS.test(text), amount, valuation, stage, leads: inv.leads, participants: inv.participants,
    raise: who.verb, past: PAST.test(text), unfinished: UNFINISHED.test(text),
  })];
}
