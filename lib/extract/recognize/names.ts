// Proper names in running text: runs of capitalised tokens ("Norwest Venture Partners", "Bank of America",
// "4D Molecular Therapeutics", "eBay"), and the judgement whether a run can be an organization or a person.
import { oneOf } from '../lexicon/alternatives';
import { MONTHS } from '../lexicon/calendar';
import { ADJECTIVE_OPENERS, COLUMN_NOUNS, HONORIFICS, GERMAN_KIND_ENDINGS, GERMAN_NOUN_ENDINGS, COMPOUND_DESCRIPTORS, DESCRIPTOR_NOUNS, GROUP_NOUNS, JOB_TITLES, PERSON_ROLES, LOWER_ORG_NOUNS, ORG_WORDS, SCALE_WORDS, KIND_NOUNS, LEGAL_SUFFIXES, NAME_ABBREVIATIONS, NAME_CONNECTORS, NOT_NAME_WORDS } from '../lexicon/names';
import { phraseSource, phrasesSource } from '../lexicon/index';
import { isDemonym, isLocative } from './places';
import { findStages } from './stage';

export interface NameSpan {
  text: string;
  start: number;
  end: number;
  /** The run ended in a possessive ("Peter Thiel's"). */
  possessive: boolean;
}

const lower = (s: string): string => s.toLowerCase();

/** "Frota 162 🇧🇷 raised…", "led by ACE Startups 🇧🇷": a newsletter's flag or emoji beside a name is no word of the
 *  sentence; blanked with as many spaces, so offsets hold. */
const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u{FE0F}\u{200D}]+/gu;
export const blankEmoji = (text: string): string => text.replace(EMOJI, (m) => ' '.repeat(m.length));
/** (each word with a straight apostrophe also stands with a curly one: "I’m") */
const NOT_NAME = new Set([...NOT_NAME_WORDS, ...ADJECTIVE_OPENERS].flatMap((w) => (w.includes("'") ? [w, w.replace(/'/g, '’')] : [w])));
/** Words that are no name alone but may open one ("First Round Capital", "Capital One", "Group Nine"). */
const MAY_OPEN = new Set([...ADJECTIVE_OPENERS, 'first', 'second', 'third', 'one', 'two', 'three', 'capital', 'ventures', 'venture', 'partners', 'group', 'holdings', 'fund', 'funds', 'angel', 'seed', 'round', 'series', 'company', 'firm', 'investment', 'investors', 'startup', 'more', 'next']);
const OPENER = new Set([...NOT_NAME].filter((w) => !MAY_OPEN.has(w)));
const KIND = new Set(KIND_NOUNS);
const DESCRIPTOR = new Set(DESCRIPTOR_NOUNS);
const GROUP = new Set(GROUP_NOUNS);
const TITLES = new Set(JOB_TITLES);
const LEGAL = new Set(LEGAL_SUFFIXES);
const INNER_ABBREVIATIONS = new Set(NAME_ABBREVIATIONS);
const CONNECT = new Set(NAME_CONNECTORS);
const COLUMN = new Set(COLUMN_NOUNS);
const LOWER_ORG = new Set(LOWER_ORG_NOUNS);
/** "Existing Investors", "New Backers": a title-case description of investors, no name. */
const GENERIC_ADJECTIVE = new Set(['existing', 'new', 'previous', 'prior', 'returning', 'other', 'strategic', 'institutional', 'individual', 'notable']);
const NOUN_OPENERS = new Set(['source', 'sources', 'credit', 'image', 'photo', 'press', 'release', 'news', 'report', 'update', 'video', 'note', 'share', 'next', 'first', 'second', 'third']);
const MONTH = new RegExp(`^${oneOf(MONTHS.map((m) => m.written))}$`, 'i');
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}.'’&+@-]*[\p{L}\p{N}+]|[\p{L}\p{N}]|&/gu;

interface Tok { t: string; s: number; e: number }
const ELIDED = String.raw`(?:[lLdD]|[Qq]u|[Dd]ell|[Aa]ll|[Dd]all|[Nn]ell|[Ss]ull)['’]`;
const ELIDED_ARTICLE = new RegExp(`^${ELIDED}(?=\\p{Lu})`, 'u');
const ELIDED_ALONE = new RegExp(`^${ELIDED}$`, 'u');

function tokens(text: string): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let t = m[0];
    // "Corp." keeps its period when the text has it; other trailing dots end a sentence
    if (text[m.index + t.length] === '.' && LEGAL.has(t + '.')) t += '.';
    // ("Providence St. Joseph Health": an abbreviation inside a name keeps its period before the next capital)
    // (and so does an initial: "T. Rowe Price", "J. Crew")
    else if ((INNER_ABBREVIATIONS.has(t) || /^\p{Lu}$/u.test(t)) && /^\.\s\p{Lu}/u.test(text.slice(m.index + t.length, m.index + t.length + 3))) t += '.';
    // "l’Acumen Fund", "dell'Olivetti": an elided article before a capital is not part of the name
    const elided = ELIDED_ARTICLE.exec(t)?.[0].length ?? 0;
    out.push({ t: t.slice(elided), s: m.index + elided, e: m.index + t.length });
  }
  return out;
}

/** Starts like a name: a capital, a digit-led code ("4D", "5Y"), or an inner capital ("eBay", "iFood"). */
const capital = (t: string): boolean => (/^\p{Lu}/u.test(t) || /^\d+\p{L}/u.test(t) || /^\p{Ll}+\p{Lu}/u.test(t)) && !(/(?:s|ed|ing|Led)$/.test(t) && VERB.test(t)) && !AMOUNT.test(t) && !SCALE_WORD.test(t);
/** "$525 Million Fund Raise": a scale word is part of a figure, never of a name. */
const SCALE_WORD = new RegExp(`^${oneOf(SCALE_WORDS)}$`);
/** A title-case verb in -s/-ed/-ing ends a run: "Agari Raises $22M" (but "Back Market" keeps its "Back"). */
const VERB = new RegExp(`^(?:${phraseSource('raise')}|${phraseSource('invest')})$`, 'iu');
/** "22M", "5bn": a figure, not a code like "4D". */
const AMOUNT = /^\d+(?:[.,]\d+)?(?:k|m|mm|mn|mln|b|bn|cr|million|billion)$/i;
/** "Thiel's", "Sachs’": the token ends a possessive run. */
const possessiveAt = (text: string, tok: Tok): boolean => /[’']s$/.test(tok.t) || /^[’'](?![\p{L}])/u.test(text.slice(tok.e, tok.e + 2));
const spaced = (text: string, a: Tok, b: Tok): boolean => /^[ \u00a0]$/.test(text.slice(a.e, b.s));
/** "6 Dimensions Capital": a bare number opens a run only when a capitalised word follows it. */
const opensRun = (text: string, toks: Tok[], i: number): boolean =>
  capital(toks[i]!.t) || (/^\d+$/.test(toks[i]!.t) && !!toks[i + 1] && capital(toks[i + 1]!.t) && spaced(text, toks[i]!, toks[i + 1]!));

/** A number that opens a figure, not a name's ("Sviper 2,5 Millionen Euro", "Acme 12 million"): "Vision Fund 2" keeps it. */
const FIGURE_AFTER = new RegExp(String.raw`^(?:[.,]\d|\s?%|\s+${oneOf(SCALE_WORDS)}\b)`, 'iu');

/** Index of the last token of the run that starts at i. */
function runEnd(text: string, toks: Tok[], i: number): number {
  let j = i;
  while (j + 1 < toks.length && !possessiveAt(text, toks[j]!) && spaced(text, toks[j]!, toks[j + 1]!)) {
    const nx = toks[j + 1]!.t;
    if (capital(nx) || (/^\d+$/.test(nx) && !FIGURE_AFTER.test(text.slice(toks[j + 1]!.e)))) { j++; continue; }
    // "Cassava technologies", "C5 capital": a lower-case organization noun still ends the name
    if (LOWER_ORG.has(nx) && capital(toks[j]!.t)) { j++; continue; }
    const after = toks[j + 2];
    if (CONNECT.has(nx) && after && capital(after.t) && spaced(text, toks[j + 1]!, after)) { j += 2; continue; }
    break;
  }
  return j;
}

/** All runs of capitalised tokens; lower-case connectors ("of", "&") may sit inside a run. */
export function nameRuns(text: string): NameSpan[] {
  const toks = tokens(text);
  const out: NameSpan[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!opensRun(text, toks, i)) continue;
    const j = runEnd(text, toks, i);
    const possessive = possessiveAt(text, toks[j]!);
    const start = toks[i]!.s;
    const raw = text.slice(start, toks[j]!.e).replace(/[’']s$/, '');
    const name = stageTail(raw);
    const run = trimRun({ text: name, start, end: start + name.length, possessive });
    if (run) out.push(run);
    i = j;
  }
  return mergeOwned(text, out);
}

/**
 * "Y Combinator's Continuity Fund", "SoftBank's Vision Fund 2": an owner's possessive right before a name is part
 * of that name; a place's possessive is not ("Nigeria's Paystack" is Paystack).
 */
function mergeOwned(text: string, runs: NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i]!, nx = runs[i + 1];
    // ("Luma Health’s B Round": the owner of a lettered round is the name, the round no part of it)
    const ownsStage = (): boolean => findStages(text.slice(r.start, nx!.end)).some((st) => st.start === nx!.start - r.start);
    const adjacent = nx && r.possessive && /^[’']s?\s$/.test(text.slice(r.end, nx.start)) && isNameLike(nx.text) && !ownsStage();
    if (!adjacent) { out.push(r); continue; }
    out.push(isLocative(r.text) ? nx : { text: text.slice(r.start, nx.end), start: r.start, end: nx.end, possessive: nx.possessive });
    i++;
  }
  return out;
}

/** "Kelpware Series B: $20M…": a lettered round at the end of a run is the round, not part of the name. */
function stageTail(raw: string): string {
  const st = findStages(raw).find((s) => s.end === raw.length && s.start > 0 && /^(?:series|serie|round)\b/i.test(s.text));
  return st ? raw.slice(0, st.start).trimEnd() : raw;
}

/** "New York-based", "Fantasy-Fußball-Plattform": a word that describes the name after it. */
const COMPOUND_DESCRIPTOR = new RegExp(`-${oneOf(COMPOUND_DESCRIPTORS)}$`, 'i');

const ORG_WORD = new RegExp(`^${oneOf(ORG_WORDS)}$`);

/** A kind noun that describes the name after it. A camel-case brand ("UpStart") is none even if its letters spell
 *  one, but "FinTech" is one; so is a German compound ending on one ("Internet-Marktplatz", "Start-up-Finanzierer"). */
const describes = (w: string): boolean => (DESCRIPTOR.has(lower(w)) && (!/\p{Ll}\p{Lu}/u.test(w) || /Tech$/.test(w)))
  || (/-\p{Lu}\p{Ll}+$/u.test(w) && DESCRIPTOR.has(lower(w.slice(w.lastIndexOf('-') + 1))));

/** Drops opener words and kind nouns at the front ("Today Acme", "Cybersecurity Company Agari" → "Agari"). */
function trimRun(r: NameSpan): NameSpan | null {
  const words = r.text.split(/ /);
  let k = 0;
  for (let i = 0; i < words.length - 1; i++) if (describes(words[i]!) || COMPOUND_DESCRIPTOR.test(words[i]!) || GERMAN_KIND.test(words[i]!)) k = i + 1;
  // ("Funding and M&A Roundup Enel Secures…": a column's name run into the headline's first name)
  for (let i = 0; i < words.length - 1; i++) if (COLUMN.has(lower(words[i]!))) k = Math.max(k, i + 1);
  // ("Startup Bangladesh Limited", "Startup India": a kind noun before a place alone is the name's own word)
  const rest = words.slice(k).filter((w) => !LEGAL.has(w));
  if (k > 0 && rest.length > 0 && isLocative(rest.join(' '))) k = 0;
  // a place opens a firm's name when an organization word follows it ("Ostrava Partners", "Boston Dynamics")
  // and a run ending in one is a firm's name from its first word ("Falcon Edge Capital", not Edge Capital)
  const firmName = words.slice(1).some((w) => ORG_WORD.test(w) || LEGAL.has(w));
  // ("Swiss Re": a short last word is the name's own, not what a demonym describes)
  const shortTail = (i: number): boolean => i === words.length - 2 && (words[i + 1]?.length ?? 0) <= 3;
  const placeStrips = (i: number): boolean => !firmName && (isDemonym(words[i]!) || /-(?:based|headquartered|born)$/i.test(words[i]!))
    && !MAY_OPEN.has(lower(words[i + 1] ?? '')) && !ORG_WORD.test(words[i + 1] ?? '') && !shortTail(i);
  // a noun that opens sentences ("Source:", "Credit") still opens a firm's name ("Source Code Capital"), and a
  // month right before the firm word is the name's ("August Capital"; but "June Harbor Ventures" is a date)
  const monthFirm = words.length === 2 && MONTH.test(words[0]!);
  const opener = (w: string): boolean => OPENER.has(lower(w)) && !(firmName && (NOUN_OPENERS.has(lower(w)) || monthFirm));
  while (k < words.length - 1 && (opener(words[k]!) || TITLES.has(lower(words[k]!)) || placeStrips(k) || CONNECT.has(words[k]!))) k++;
  if (k === 0) return r;
  const cut = words.slice(0, k).join(' ').length + 1;
  return { ...r, text: r.text.slice(cut), start: r.start + cut };
}

const GERMAN_KIND = new RegExp(`^\\p{Lu}\\p{Ll}{2,}(?:${GERMAN_KIND_ENDINGS.join('|')})$`, 'u');
const GERMAN_NOUN = new RegExp(`\\p{L}{3}(?:${GERMAN_NOUN_ENDINGS.join('|')})$`, 'u');

/** Whether a run can name an organization or a person (not a place, a month, a title, a stage, a number). */
const FIGURE_OR_PERIOD = /^(?:\d[\d.,]*\s?(?:[KMB]|mn|bn|million|billion)\+?|(?:[HQ][1-4]|[1-4][HQ]|FY)(?:\s?'?\d{2,4})?)$/i;

/** "14일", "3月", "2021年": a day, a month or a year in CJK script. */
/** "Serie-C-Runde", "Seed-Finanzierung": a German compound naming a round. */
const ROUND_COMPOUND = /-(?:Runde|Finanzierungsrunde|Finanzierung|Investition)$/u;
const CJK_DATE = /^\d{1,4}(?:일|日|월|月|년|年|号|號)$/u;

export function isNameLike(name: string): boolean {
  const n = name.trim();
  if (n.length < 2 || !/\p{L}/u.test(n)) return false;
  const l = lower(n);
  if (NOT_NAME.has(l) || KIND.has(l) || TITLES.has(l) || LEGAL.has(n)) return false;
  if (isLocative(n) || COMPOUND_DESCRIPTOR.test(n)) return false;
  if (findStages(n).some((s) => s.end - s.start >= n.length - 2)) return false;
  // ("26. Mai 2021", "Juin 2024": a month in any language with its year is a date)
  if (/^\p{Lu}\p{Ll}{2,9}\.?\s(?:19|20)\d\d$/u.test(n)) return false;
  const words = l.split(/\s+/);
  // generic words alone are no name, but an organization word ends many real ones: "First Round Capital", "August Capital"
  const orgNamed = words.length >= 2 && ORG_WORD.test(n.split(/\s+/).at(-1)!) && (!OPENER.has(words[0]!) || (words.length === 2 && MONTH.test(words[0]!)));
  if (!orgNamed && words.every((w) => NOT_NAME.has(w) || TITLES.has(w) || KIND.has(w) || GENERIC_ADJECTIVE.has(w))) return false;
  // "Pharma Startup", "AI Platform": a description ending in a kind noun (but "Ford Motor Company" is a name)
  if (words.length > 1 && DESCRIPTOR.has(words.at(-1)!) && words.at(-1) !== 'company') return false;
  // "32 Udaan Fires 120 Employees Within A Week Of": a title-case headline, not a name (long, a count inside,
  // and no organization word or legal form to end it)
  const ends = n.split(/\s+/).at(-1)!;
  if (words.length > 6 && !ORG_WORD.test(ends) && !LEGAL.has(ends.replace(/\.$/, ''))) return false;
  if (words.length > 3 && words.slice(1, -1).some((w) => /^\d+$/.test(w))) return false;
  // "Finanzierungssumme", "Investitionsrunde": a German common noun, capitalized as all German nouns are
  if (words.length === 1 && GERMAN_NOUN.test(l)) return false;
  // "Geographically, …", "Additionally": an adverb opening the sentence ("Ally", "Tally" are short names)
  if (words.length === 1 && l.length >= 8 && l.endsWith('ally')) return false;
  // "500M+", "H1", "Q3", "FY2019": a figure or a period, not a name
  if (FIGURE_OR_PERIOD.test(n) || CJK_DATE.test(n) || ROUND_COMPOUND.test(n)) return false;
  // "January-April": a span of months
  if (n.split(/[-–]/).every((w) => MONTH.test(w))) return false;
  // "Deal Roundup", "Weekly Digest": the name of a column, not of a company
  if (COLUMN.has(words.at(-1)!)) return false;
  // "21 Indian Startups", "Biotech Founders", "Proptechs": a crowd, not a company (a bare count before the
  // noun is a firm's style of name: "500 Startups")
  if (GROUP.has(words.at(-1)!) && !(words.length === 2 && /^\d+$/.test(words[0]!))) return false;
  if (TITLES.has(words[0]!) && words.length <= 3 && words.every((w) => TITLES.has(w) || CONNECT.has(w) || NOT_NAME.has(w))) return false;
  return true;
}

/** The last name-like run ending at or near the end of `text` (the subject right before a verb), or null. */
export function lastName(text: string, slack = 2): NameSpan | null {
  const runs = nameRuns(text);
  for (let i = runs.length - 1; i >= 0; i--) {
    const r = runs[i]!;
    if (text.slice(r.end).replace(/[\s"“”'’)(,:–—-]+/g, '').length > slack) return null;
    if (isNameLike(r.text)) return r;
  }
  return null;
}

/** The first name-like run starting at or near the beginning of `text`, or null. */
export function firstName(text: string, slack = 0): NameSpan | null {
  let allowed = slack + Math.max(text.length - text.trimStart().length, leadingWords(text));
  for (const r of nameRuns(text)) {
    // a run inside the describing words is theirs ("WNBA" in "WNBA star Angel Reese")
    if (r.end <= allowed && allowed > slack) continue;
    // words the run lost in trimming ("Bestandsinvestoren Moorland Ventures") may stand before it
    const gap = text.slice(allowed, r.start).trim().split(/\s+/).filter(Boolean);
    // (and a dash: "China’s top workout platform—Keep")
    // "Saudi Arabia-based Tamara": a place may go with the "-based" word after it
    const based = gap.length > 0 && COMPOUND_DESCRIPTOR.test(gap.at(-1)!);
    const trimmed = (w: string): boolean => OPENER.has(lower(w)) || ELIDED_ALONE.test(w) || describes(w) || GERMAN_KIND.test(w) || TITLES.has(lower(w)) || /^[–—:]+$/.test(w) || (based && (isLocative(w) || COMPOUND_DESCRIPTOR.test(w)));
    // "India’s Ostra Capital", "South Africa’s Pell Fund": a place's possessive before the name
    const placeOwner = /[’']s$/.test(gap.join(' ')) && isLocative(gap.join(' '));
    if (r.start > allowed && !placeOwner && !gap.every(trimmed)) return null;
    if (isNameLike(r.text)) return r;
    // "Singapore’s state investment firm Temasek", "Chinese retailer Suning": a place before the describing words
    // (and "Meituan-backed fund Long-Z": a compound descriptor before them)
    if (isLocative(r.text) || COMPOUND_DESCRIPTOR.test(r.text)) {
      const rest = text.slice(r.end).replace(/^[’']s?/, (x) => ' '.repeat(x.length));
      // "German carmaker Autowerk": after a place, any few lower-case words describe the name
      allowed = r.end + Math.max(leadingWords(rest), /^\s*(?:[\p{Ll}][\p{L}-]*(?:\s+|\s*[–—]\s*)){0,4}/u.exec(rest)![0].length) + 1;
    }
  }
  return null;
}

const ADJECTIVES = '(?:the\\s+likes\\s+of|the|a|an|die|der|das|den|dem|des|la|le|les|el|los|las|il|lo|gli|os|as|um|uma|un|une|una|ein|eine|einer|its|their|our|all|all\\s+of\\s+its|existing|new|previous|prior|current|returning|other|fellow|early|lead|notable|several|both|a\\s+number\\s+of|a\\s+host\\s+of|the\\s+likes\\s+of|some|influential|prominent|well-known|high-profile|individual)';
const ROLES = oneOf(PERSON_ROLES);
const KIND_WORDS = `(?:${KIND_NOUNS.join('|')}|giant|systems|hospitals|banks|universities|insurers|backers?|shareholders?|investors?|funds?|firms?|angels?|partners?|arm|house|conglomerate|group|enterprise|retailer|corporation|entrepreneurs?|billionaire|veteran|executives?|fundos?|fondos?|fonds|${ROLES})`;
/** "WNBA star ", "Google veteran ": an organization's name that owns the role after it. */
const ROLE_OWNER = String.raw`(?:(?:\p{Lu}[\p{L}\p{N}&.-]*\s+){1,2}(?=(?:[\p{Ll}][\p{L}-]*\s+){0,2}${ROLES}\s))?`;
/** Lower-case words before a name that only describe it: "existing investors ", "e-commerce giant ", "state-backed fund ". */
// (a Romance kind noun right at the front takes its complement after it: "empresa americana de investimentos
// T. Rowe Price"; not after other words: "fusión con la empresa de nómina Osmos" is no backer)
const KIND_COMPLEMENT = String.raw`(?:\p{Ll}[\p{L}-]*\s+)?(?:de|da|do|di|des|du|del|dos|das)\s+(?:\p{Ll}[\p{L}-]*\s+){1,2}(?=\p{Lu})`;
const KIND_PHRASE = String.raw`${ROLE_OWNER}(?:(?:(?:la|el|le|il|lo|a|o)\s+)?${KIND_WORDS}\s+${KIND_COMPLEMENT}|(?:[\p{Ll}][\p{L}-]*\s+){0,4}${KIND_WORDS}\s+)`;
const HONORIFIC = String.raw`${oneOf(HONORIFICS)}\.?\s+(?=\p{Lu})`;
const DESCRIBING = new RegExp(String.raw`^\s*(?:${ADJECTIVES}\s+)*(?:${KIND_PHRASE})?(?:${ADJECTIVES}\s+)*(?:${HONORIFIC})?`, 'u');

/** "Online beauty platform Nykaa": a sentence-opening adjective describes like its lower-case self. */
const lowerOpener = (text: string): string =>
  text.replace(/^(\s*)(\p{Lu})([\p{L}-]*)/u, (m, sp: string, c: string, rest: string) => (ADJECTIVE_OPENERS.includes((c + rest).toLowerCase()) ? sp + c.toLowerCase() + rest : m));

/** Length of the describing words at the front of a list piece. */
function leadingWords(text: string): number {
  const m = DESCRIBING.exec(lowerOpener(text).replace(/^[\s:]+/, (x) => ' '.repeat(x.length)));
  return m ? m[0].length : 0;
}

const KIND_THEN_WORD = new Map<readonly string[], RegExp>();
/** Where a capitalised word follows a kind noun: "life sciences startup Canary Medical", "financing provider
 *  Rize" → the offsets of "Canary" and "Rize", whether or not the word reads as a name elsewhere. */
export function afterKindNouns(text: string, nouns: readonly string[] = KIND_NOUNS): number[] {
  let re = KIND_THEN_WORD.get(nouns);
  if (!re) KIND_THEN_WORD.set(nouns, re = new RegExp(String.raw`(?<![\p{L}-])${phrasesSource(nouns)}\s+`, 'giu'));
  // (the capital is checked apart: under the `i` flag `\p{Lu}` matches lower case too)
  return [...text.matchAll(re)].map((m) => m.index + m[0].length).filter((at) => /^\p{Lu}/u.test(text.slice(at, at + 1)));
}
