// Who raised: the name right before the raise verb ("Acme, a Lagos fintech, has raised"), the object of an
// investment ("X invests $5M in Acme"), a possessive before the round ("Acme's $5M Series A"), or a pronoun.
import { phrasesSource as ANY } from '../lexicon/index';
import { APPOSITIVE_OPENERS, AUXILIARIES, COMPANY_DESCRIPTIONS, FIGURE_FOR, INTERVIEW_WITH, GENITIVE_ROUNDS, MADE_BY, PASSIVE_RAISE, RAISER_REFERENCES, REPORTING_VERBS, SENTENCE_ARTICLES, SOURCE_OPENERS } from '../lexicon/subject';
import { EXECUTIVE_TITLES, GROUP_NOUNS, KIND_NOUNS, LEGAL_SUFFIXES, ORG_WORDS, STARTUP_NOUNS } from '../lexicon/names';
import { afterKindNouns, blankEmoji, firstName, lastName, type NameSpan } from '../recognize/names';
import { isLocative } from '../recognize/places';
import { DESCRIBED_COMPANY, isReferringSegment, REFERRING_OPENER } from './referring';
import { FOUNDING_VERBS } from '../lexicon/frame-words';
import { withoutTrailingPronoun } from './relative';
import { splitSentences } from '../segment/sentences';
import { oneOf } from '../lexicon/alternatives';
import { PERSON_TITLES } from '../lexicon/investor-lists';

export type Subject = { kind: 'name'; span: NameSpan } | { kind: 'ref' } | null;

/** Auxiliaries and reporting words between the subject and its verb: "announced today that it has". */
const AUX = new RegExp(`(?:[\\s,]+${ANY(AUXILIARIES)})+\\s*$`, 'iu');
const PRONOUN = new RegExp(`(?:^|[\\s,(])${ANY(RAISER_REFERENCES)}\\s*$`, 'iu');
const REPORTED = new RegExp(`[\\s,]+${ANY(REPORTING_VERBS)}(?:\\s+(?:on\\s+\\w+|\\w+day|this\\s+week|last\\s+week|in\\s+a\\s+statement|that))*\\s*$`, 'iu');
const LOCATION = /^\s*(?:of|in|from|based in|headquartered in)\s+\p{Lu}/u;
const SUBJECT_PRONOUN = /(?:^|[\s,])(?:we|it|they)(?:['’](?:re|ve|s|d))?\s/i;
const GERUND_CLAUSE = /\b(?:after|by|upon|following|while|when|since|with|in)\s*$/i;
/** A segment between commas that describes rather than names: "a Lagos fintech", "which makes robots". */
const OPENS_WITH_ARTICLE = /^\s*(?:a|an|the)\s/i;
/** "7shifts, a four-year-old, Saskatoon, Saskatchewan-based maker of…, has raised": a name that is a whole segment,
 *  an article opening the next, is the subject; what follows is its description, places and all. */
function describedFirst(segments: { text: string; start: number }[]): NameSpan | null {
  const first = segments[0];
  const whole = first && segments.length > 2 && OPENS_WITH_ARTICLE.test(segments[1]!.text) ? firstName(first.text) : null;
  return whole && whole.text === first!.text.trim() ? { ...whole, start: whole.start + first!.start, end: whole.end + first!.start } : null;
}
const OPENS_APPOSITIVE = new RegExp(`^\\s*${ANY(APPOSITIVE_OPENERS)}`, 'iu');
/** A place's "-based" word before a lower-case description, without its article: "Sport Ngin, Minneapolis,
 *  Mn.-based company that…, has raised" (but "Massachusetts-based Commonwealth Fusion" names the raiser). */
const PLACE_BASED = /^\s*[\p{L}.]+(?:\s[\p{L}.]+)?-(?:based|headquartered)\s+\p{Ll}/u;
const APPOSITIVE = { test: (t: string): boolean => OPENS_APPOSITIVE.test(t) || PLACE_BASED.test(t) };

/** A preposition right before a name: the name is an object inside a description ("similar to those of Uber"). */
const OBJECT_BEFORE = /(?:^|\s)(?:of|to|like|than|da|do|das|dos|de|del|des|du|aos|às|al|von|vom|der)\s+(?:the\s+|la\s+|le\s+|el\s+)?$/iu;
const MADE_BY_BEFORE = new RegExp(`${ANY(MADE_BY)}\\s*$`, 'iu');
const RELATIVE_BEFORE = /,\s*(?:which|that|who)\s+(?:was|were|is|are|has\s+been)?\s*$/i;
const MADE_BY_ANYWHERE = new RegExp(`(?<=\\s)${ANY(MADE_BY)}\\s`, 'iu');
const TRAILING_KIND = new RegExp(`\\s${ANY(KIND_NOUNS)}\\s*$`, 'iu');

// ("In an interview with El Universal, [it] announced…": the outlet a company spoke to never raised either)
const SOURCE_SEGMENT = new RegExp(String.raw`^\s*(?:according\s+to|per|citing|data\s+(?:from|by|compiled)|${ANY(INTERVIEW_WITH)})(?![\p{L}])`, 'iu');

/** A lower-case adverb between subject and verb: "Fernway previously raised" (but "Ledgerly raises" keeps its name). */
const ADVERB = /[\s,]+\p{Ll}{3,}ly\s*$/u;

const KIND_LEAD = new RegExp(`^(?:[\\p{L}-]+\\s+){1,3}?${ANY(KIND_NOUNS)}\\s+(?=\\p{Lu})`, 'u');
const DATELINE = /^\p{Lu}[\p{Lu}\s.,'-]{1,40}?\s*(?:[–—-]|:)\s+/u;
/** "Wien – Der Wiener Marktplatz…", "Berlin (dpa) – Das Start-up…": a city in title case before a dash, when a
 *  capitalised article opens the sentence after it. */
const TITLE_DATELINE = new RegExp(String.raw`^\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){0,2}(?:\s*\([^)]{1,20}\))?\s*[–—]\s+(?=${ANY(SENTENCE_ARTICLES)}\s)`, 'u');
/** "MINNEAPOLIS, Dec. 18, 2017 (GLOBE NEWSWIRE) -- DiaMedica…", "TAMPA, Fla., April 29, 2015 /PRNewswire/ –": a
 *  wire's dateline, a place, a date with its year and the wire's name, before a dash. */
const WIRE_DATELINE = /^\s*\p{Lu}[\p{L} .'’-]{1,40},[^\n]{0,40}?\b(?:19|20)\d{2}\s*(?:\/[^/]{2,30}\/|\([^)]{2,30}\))?\s*(?:--|[–—-])\s*/u;
/** "New Delhi, March 29 (IANS) The domestic…": a news agency's dateline, a place, a day and the agency's tag. */
const DAY = String.raw`(?:\p{Lu}\p{L}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{L}{2,8})(?:,?\s*(?:19|20)\d{2})?`;
const AGENCY_DATELINE = new RegExp(String.raw`^\s*\p{Lu}[\p{L} .'’-]{1,40},\s*${DAY}\s*\([A-Z][A-Za-z-]{1,14}\)\s*(?:--|[–—-])?\s*`, 'u');
/** "According to Recode, the startup just closed…": the source is no part of the subject. */
const SOURCE_OPENER = new RegExp(String.raw`^\s*${ANY(SOURCE_OPENERS)}\s+[^,]{1,60},\s*`, 'iu');
/** The text with a leading "According to X," blanked (offsets kept). */
const blank = (m: string): string => ' '.repeat(m.length);
export const blankSource = (text: string): string => text.replace(SOURCE_OPENER, blank);
const blankDateline = (text: string): string => [WIRE_DATELINE, AGENCY_DATELINE, DATELINE, TITLE_DATELINE, SOURCE_OPENER].reduce((t, re) => t.replace(re, blank), text);

/** "Mobility startup Quillon…": a descriptor word before a kind noun is no name; the name after it is. */
const KIND_THEN = new RegExp(`^\\s+(?:[\\p{Ll}-]+\\s+)?${ANY(KIND_NOUNS)}\\s+`, 'u');
function pastKindNoun(text: string, n: NameSpan | null): NameSpan | null {
  const kind = n ? KIND_THEN.exec(text.slice(n.end)) : null;
  if (!n || !kind) return n;
  const at = n.end + kind[0].length;
  const next = firstName(text.slice(at), 0);
  return next ? { ...next, start: next.start + at, end: next.end + at } : n;
}

function stripAuxiliaries(head: string): string {
  for (let prev = ''; prev !== head;) { prev = head; head = head.replace(AUX, '').replace(ADVERB, ''); }
  return head;
}

/** The raiser of a verb at `verbAt`, read leftwards through auxiliaries, appositives and relative clauses. */
/** "Vireo Health International Inc. (CSE:VREO) (OTCQX:VREOF)": a listing's exchange and symbol, no name. */
const TICKER = /\((?:[A-Z][A-Za-z-]{1,10}\s?:\s?[A-Z][A-Z0-9.]{0,6}[;,]?\s*)+\)/g;

/** "Petal is expanding after securing $200M": a gerund clause's subject opens the sentence. */
function gerundSubject(text: string, head: string): Subject {
  // (past a dateline: "LONDON – Specialist X has arrived after raising…")
  const dl = DATELINE.exec(text)?.[0].length ?? 0;
  // ("Fintech startup OneCard is India's newest unicorn after raising…": the name after the kind noun)
  const at = dl + (KIND_LEAD.exec(text.slice(dl))?.[0].length ?? 0);
  const first = firstName(text.slice(at), 2);
  const n = pastKindNoun(text, first && { ...first, start: first.start + at, end: first.end + at });
  // ("Today we’re sharing that we have sped up our work by raising…": a pronoun is the clause's subject)
  return n ? { kind: 'name', span: n } : SUBJECT_PRONOUN.test(head) ? { kind: 'ref' } : null;
}

/** "…, Africa the Big Deal, 188 startups raised at least $1M": a crowd right before the verb raised, no firm. */
const CROWD = new RegExp(String.raw`(?:^|\s)(?:\d[\d,.]*|many|several|some|most|other)\s+(?:\p{L}+\s+)?${oneOf(GROUP_NOUNS)}\s*$`, 'iu');

const DASH_ASIDE = /\s[–—]\s?[^–—.]{1,80}?\s?[–—](?=\s)/gu;
const PAREN_ASIDE = /\s\((?:[^()\s]+\s+){3,}[^()]*\)\s*$/u;
const PLACE_WORDS = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}(?:,\s*\p{Lu}[\p{L}.]+){0,2}`;
const BASED_IN = new RegExp(String.raw`,?\s+(?:based|located|headquartered)\s+in\s+${PLACE_WORDS}\s*$`, 'u');
/** "Paiement : la startup frenchy Lydia lève…", "Fintech: Quillon raises…": a rubric before a colon opens a headline. */
const RUBRIC = /^\s*\p{Lu}[\p{L}-]*(?:\s[\p{L}-]+){0,2}\s?:\s+(?=\S)/u;
const RELATIVE_SEGMENT = /^\s*(?:which|who|whose)\s/i;

/** "BBCP Conductor Inc. in Richmond will receive…": where a named company sits, right before its verb. */
// (a place the gazetteer knows, or any after a firm's legal form or organization word: "David Bromley Engineering in Burnaby")
const IN_PLACE = new RegExp(String.raw`\s+(?:in|of|from)\s+(${PLACE_WORDS})\s*$`, 'u');
const FIRM_WORDS = [...LEGAL_SUFFIXES, ...ORG_WORDS, 'Engineering', 'Materials', 'Technologies', 'Systems'];
const FIRM_END = new RegExp(String.raw`\b(?:${ANY(FIRM_WORDS)})\s*$`, 'u');
function withoutSeat(head: string): string {
  const m = IN_PLACE.exec(head);
  const before = m ? head.slice(0, m.index) : '';
  if (!m || !lastName(before) || !(isLocative(m[1]!.split(',')[0]!.trim()) || FIRM_END.test(before))) return head;
  return before + blank(m[0]);
}

/** The words before the verb, with what is no segment of the subject blanked (offsets hold). */
function subjectHead(text: string, verbAt: number): string {
  // ("SINGAPORE: Singapore remains…, having secured": a dateline is no segment of the sentence)
  // ("la joven startup clicOH –tiene apenas cuatro años– obtuvo": an aside between dashes is none either)
  // (and so is a parenthesis of several words right before the verb: "Index Ventures (que investiu em … Dropbox) levantou")
  // (and where the company sits: "ROME Therapeutics based in Cambridge, MA secured")
  const head = withoutSeat(blankEmoji(blankDateline(stripAuxiliaries(text.slice(0, verbAt))).replace(TICKER, blank))
    .replace(DASH_ASIDE, blank).replace(PAREN_ASIDE, blank).replace(BASED_IN, blank));
  // (a rubric only when a name follows it: "Quillon: Investoren pumpen…" is the label of the company)
  const rubric = RUBRIC.exec(head);
  return rubric && lastName(head.slice(rubric[0].length)) ? blank(rubric[0]) + head.slice(rubric[0].length) : head;
}

export function subjectBefore(text: string, verbAt: number): Subject {
  let head = subjectHead(text, verbAt);
  const pronoun = PRONOUN.exec(head);
  if (pronoun) {
    // "Circle Pharma, of South San Francisco, said it raised": the pronoun is the reporting verb's subject
    const said = REPORTED.exec(head.slice(0, pronoun.index));
    return said ? subjectBefore(head, said.index) ?? { kind: 'ref' } : { kind: 'ref' };
  }
  if (GERUND_CLAUSE.test(head) && /ing$/i.test(text.slice(verbAt).split(/\s/)[0] ?? '')) return gerundSubject(text, head);
  // "Acme, which raised…": the relative pronoun stands for the name before it
  head = withoutTrailingPronoun(head);
  const all = splitSegments(head);
  // "Eureka Therapeutics, of Emeryville, Calif., said": what follows an "of <place>" segment is still the place
  const loc = all.findIndex((sg, i) => i > 0 && LOCATION.test(sg.text) && !!lastName(all[i - 1]!.text));
  const segments = loc > 0 ? all.slice(0, loc) : all;
  const whole = describedFirst(segments);
  if (whole) return { kind: 'name', span: whole };
  for (let i = segments.length - 1; i >= 0; i--) {
    const seg = segments[i]!;
    if (!seg.text.trim()) continue;
    // "X, a company … in-licensed from Mitsubishi Tanabe Pharma Corp. (MTPC), has raised": a parenthesis inside
    // a description is no subject (but "Suzhou Abogen Co. (“Abogen”) raised" gives the name the story uses)
    if (head[seg.start - 1] === '(' && segments.slice(0, i).some((sg) => APPOSITIVE.test(sg.text))) continue;
    // "According to data from CB Insights, Uber is…": the source of a figure never raised it
    if (SOURCE_SEGMENT.test(seg.text)) return null;
    if (i === segments.length - 1 && CROWD.test(seg.text)) return null;
    // "The photo service, which is built around Twitter, has raised": a relative clause between commas describes
    // the subject before it
    // (a description before it, with no name, refers to the raiser: "A new social media app, which was co-founded…")
    if (i > 0 && RELATIVE_SEGMENT.test(seg.text)) {
      if (lastName(segments[i - 1]!.text) || kindNamed(segments[i - 1]!.text)) continue;
      return { kind: 'ref' };
    }
    const prev = segments[i - 1];
    // "…led by Blackbird, the device management startup Devicie raised $14M": a description that ends on its
    // name right before the verb, no comma closing it, is the subject, not an aside on the name before
    const named = i === segments.length - 1 && !/,\s*$/.test(head) ? kindNamed(seg.text) : null;
    if (named && APPOSITIVE.test(seg.text)) return { kind: 'name', span: { ...named, start: named.start + seg.start, end: named.end + seg.start } };
    if (i > 0 && APPOSITIVE.test(seg.text) && prev && lastName(prev.text)) continue;
    // "The robotics firm, set up by Ana Ruiz and Tom Lee, raised": the described company, not its founders
    // ("The Gurugram-based company, set up last year by A, B and C, has raised")
    if (i > 0 && APPOSITIVE.test(seg.text) && prev && (DESCRIBED_COMPANY.test(prev.text) || isReferringSegment(prev.text))) return { kind: 'ref' };
    // "The French company, which builds payroll software, has raised": the noun refers to the raiser in context
    // (but "la joven startup clicOH", "la startup frenchy Lydia": a name ending the description is the subject)
    if (isReferringSegment(seg.text)) return { kind: 'ref' };
    const name = lastName(seg.text) ?? kindNamed(seg.text);
    // "O Full Truck Alliance, maior aplicativo … semelhante aos da Uber, levantou": a name after a preposition
    // ends a description of the name before, not the subject
    if (i > 0 && name && OBJECT_BEFORE.test(seg.text.slice(0, name.start)) && prev && lastName(prev.text)) continue;
    const made = madeBy(head, seg, name);
    if (made === 'skip') continue;
    if (made) return made;
    if (name) return { kind: 'name', span: { ...name, start: name.start + seg.start, end: name.end + seg.start } };
    if (i === segments.length - 1 && !APPOSITIVE.test(seg.text) && seg.text.trim().split(/\s+/).length > 6) return relativeHead(head);
  }
  return null;
}

/** "The startup, founded by Ana Ruiz, has raised": the founder is no raiser; the name or noun before is. 'skip' when
 *  the segment is only who made the company; null when it says nothing of that. */
function madeBy(head: string, seg: { text: string; start: number }, name: NameSpan | null): Subject | 'skip' {
  // ("Itsme app co-founded by NI developer raises…": a maker in lower case, no name after "by")
  const made = name ? MADE_BY_BEFORE.exec(seg.text.slice(0, name.start)) : MADE_BY_ANYWHERE.exec(seg.text);
  if (!made) return null;
  const lead = head.slice(0, seg.start + made.index);
  // the noun it hangs from ("The company founded by X", "La compañía cofundada por X") is the raiser in context
  if (PRONOUN.test(lead.replace(/[\s,]+$/, '')) || !lead.trim()) return { kind: 'ref' };
  // ("A new social media app, which was co-founded by a Northern Irishman, has raised": the app, in context)
  if (RELATIVE_BEFORE.test(lead)) return { kind: 'ref' };
  // (the kind noun after the name is no part of it: "Itsme app")
  const before = lastName(seg.text.slice(0, made.index).replace(TRAILING_KIND, (m) => ' '.repeat(m.length)));
  return before ? { kind: 'name', span: { ...before, start: before.start + seg.start, end: before.end + seg.start } } : 'skip';
}

/** "financing provider Rize": a capitalised word right after a kind noun, ending the segment, is the company's
 *  name, even one a gazetteer knows as a place (Rize is a Turkish province). */
function kindNamed(text: string): NameSpan | null {
  const at = afterKindNouns(text).at(-1);
  const word = at === undefined ? null : /^\p{Lu}[\p{L}\p{N}.&-]*(?=\s*$)/u.exec(text.slice(at));
  return word ? { text: word[0], start: at!, end: at! + word[0].length, possessive: false } : null;
}

/** "Tech startup Decagon that combines lending, training, and job placement…, has raised": a long relative
 *  clause, commas inside, between the name and its verb. */
const RELATIVE_OPEN = /\s(?:that|which|who)\s/gu;
function relativeHead(head: string): Subject {
  for (const m of head.matchAll(RELATIVE_OPEN)) {
    const name = lastName(head.slice(0, m.index), 0);
    if (name) return { kind: 'name', span: name };
  }
  return null;
}

interface Segment { text: string; start: number }

/** Comma- and dash-separated segments, with their offsets. */
function splitSegments(s: string): Segment[] {
  const out: Segment[] = [];
  // (a decimal comma is no break: "Sviper 2,5 Millionen Euro")
  const re = /,(?!\d)|;\s|\s[–—-]\s|:\s|\(|\)/g;
  let last = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) { out.push({ text: s.slice(last, m.index), start: last }); last = m.index + m[0].length; }
  out.push({ text: s.slice(last), start: last });
  return joinedLists(s, out);
}

/** "set up last year by A, B and C": the names after "by" run on across the commas of their list, one segment. */
const ENDS_ON_BY = /\bby\s+\p{Lu}[^,]*$/u;
const NAMES_ONLY = /^\s*(?:(?:and|&)\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+(?:(?:and|&)\s+)?\p{Lu}[\p{L}.’'-]*)*\s*$/u;
function joinedLists(s: string, segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const seg of segments) {
    const prev = out.at(-1);
    if (prev && ENDS_ON_BY.test(prev.text) && NAMES_ONLY.test(seg.text) && s[seg.start - 1] === ',') {
      prev.text = s.slice(prev.start, seg.start + seg.text.length);
      continue;
    }
    out.push({ ...seg });
  }
  return out;
}

/** The sentence's own subject when it opens on a name and a verb: "SenseTime has broken its record, raising…". */
export function openingSubject(text: string): NameSpan | null {
  const m = /^(.{2,120}?)\s+(?:has|have|had|is|are|was|were)\s+\p{Ll}+/u.exec(text);
  if (!m || /,/.test(m[1]!)) return null;
  return lastName(m[1]!, 0);
}

/** "Knowunity是一个…平台", "Acmeは…": a Latin name that opens a Chinese or Japanese paragraph as its subject ("is"). */
const CJK_LATIN_SUBJECT = /^([A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})\s?(?:是|は|는|은)/u;

/** The name a paragraph opens on as its subject: "Corvane laid off 8% of its staff." → Corvane. */
export function paragraphSubject(paragraph: string): string | null {
  const latin = CJK_LATIN_SUBJECT.exec(paragraph);
  if (latin) return latin[1]!;
  const item = itemLabel(paragraph);
  if (item) return item;
  const text = blankSource(paragraph);
  const plain = SUBJECT_VERB.exec(text);
  const founded = plain && foundedBy(text, plain);
  if (founded) return founded;
  const m = plain && /,/.test(plain[1]!) ? APPOSED_SUBJECT_VERB.exec(text) : plain;
  // ("Stripe has led a $12 million Series A round in PayMongo": who led or invested is the paragraph's backer)
  const backs = !!m && INVESTING_NEXT.test(text.slice(m[1]!.length));
  const subject = m && !backs && !/,/.test(m[1]!) ? speaksFor(m[1]!, lastName(m[1]!, 0)) : null;
  return subject ?? teamOf(text) ?? introducedStartup(text) ?? describedStartup(text);
}

const INVESTING_NEXT = /^\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:co-)?(?:led|leads|invested|invests|backed|backs|participated|joined)\b/u;
/** "Quillon CEO Ana Ruiz said…": a person who speaks for a company puts the company, not the person, in the
 *  paragraph's subject ("CEO Ana Ruiz said…" puts none). */
const EXECUTIVE = new RegExp(String.raw`^(.*?)\s*(?:[’']s\s+)?\b(?:${oneOf([...PERSON_TITLES, ...EXECUTIVE_TITLES])})\b`, 'u');
function speaksFor(head: string, subject: NameSpan | null): string | null {
  if (!subject) return null;
  const m = EXECUTIVE.exec(head.slice(0, subject.end));
  return m ? lastName(m[1]!, 0)?.text ?? null : subject.text;
}

/** "Pigment, une startup française spécialisée dans…, a franchi…": a sentence of the paragraph's first four that opens
 *  on a name, describes it as a company between commas and goes on with its verb, in any language. */
const DESCRIBED_AS = String.raw`(?:${ANY(APPOSITIVE_OPENERS)}\s+)?(?:[\p{L}-]+\s+){0,3}${ANY(COMPANY_DESCRIPTIONS)}\b`;
const DESCRIBED_OPENING = new RegExp(String.raw`^([^,]{2,60}),\s+${DESCRIBED_AS}[^,]{0,120},\s+\p{Ll}`, 'iu');
function describedStartup(text: string): string | null {
  for (const s of splitSentences(text).slice(0, 4)) {
    const m = DESCRIBED_OPENING.exec(s.text);
    const name = m ? firstName(m[1]!, 0) : null;
    if (name && name.start === 0 && name.text === m![1]!.trim()) return name.text;
  }
  return null;
}

/** "JetSynthesys: In July 2020, … It raised…": a list item's label names what the item is about. */
export const ITEM_LABEL = /^\s*(?:\d{1,2}[.)]\s+)?([^,:;–—(]{2,40}?)\s*:\s+\S/u;
function itemLabel(paragraph: string): string | null {
  const m = ITEM_LABEL.exec(paragraph);
  // ("26. Mai 2021: Das Biotech-Firma…": a ticker's date is no label)
  const n = m && !/\b(?:19|20)\d\d\b/.test(m[1]!) ? lastName(m[1]!, 0) : null;
  return n && n.end === m![1]!.trimEnd().length ? n.text : null;
}

/** "Ana Ruiz and Tom Lee founded Corvane as a market stall", "…launched a new startup called Medium": a paragraph
 *  its founders open is about what they founded. */
const A_STARTUP_CALLED = String.raw`an?\s+(?:new\s+)?${ANY(STARTUP_NOUNS.concat('company'))}\s+(?:called|named)`;
const FOUNDED = new RegExp(String.raw`^\s*${ANY(FOUNDING_VERBS)}\s+(?:the\s+|${A_STARTUP_CALLED}\s+)?`, 'iu');
function foundedBy(text: string, m: RegExpExecArray): string | null {
  const verbAt = m[1]!.length;
  const v = FOUNDED.exec(text.slice(verbAt));
  return v ? firstName(text.slice(verbAt + v[0].length), 0)?.text ?? null : null;
}

/** "The team at Lithos Carbon thinks…", "The founders behind Corvane…": the company its people speak for. */
const TEAM_OF = /^(?:the\s+)?(?:team|founders|people|folks|engineers|scientists)\s+(?:at|behind|of)\s+/iu;
function teamOf(text: string): string | null {
  const m = TEAM_OF.exec(text);
  return m ? firstName(text.slice(m[0].length), 0)?.text ?? null : null;
}

/** "Investors are flocking to life sciences startup Canary Medical": a one-sentence paragraph that introduces
 *  one startup by that word, with no name for its subject, is about that startup. */
function introducedStartup(text: string): string | null {
  if (/[.!?]\s+\S/.test(text.trim()) || REFERRING_OPENER.test(text)) return null;
  const names = afterKindNouns(text, STARTUP_NOUNS).flatMap((at) => { const n = firstName(text.slice(at), 0); return n && n.start === 0 ? [n] : []; });
  return names.length === 1 ? names[0]!.text : null;
}
const VERB = String.raw`\s+(?:has|have|had|is|are|was|were|\p{Ll}{2,}ed|laid|cut|shed|said|saw|took|made|won|lost|grew|began)\b`;
const SUBJECT_VERB = new RegExp(String.raw`^(.{2,80}?)${VERB}`, 'u');
/** "Loomly, the Berlin scheduling startup, announced…": a name, its description between commas, its verb. */
const APPOSED_SUBJECT_VERB = new RegExp(String.raw`^([^,]{2,60}),\s+(?:the|a|an)\s+[^,]{2,80},${VERB}`, 'u');

/** The company after "in", "into" or "for": "invests $20M in Acme", "funding for Acme". */
const ROUND_NOUNS = String.raw`(?:round|funding|financing|investment)(?:\s+of\s+(?:funding|financing))?`;
const ROUND_THEN = new RegExp(String.raw`^(?:an?|the)\s+[^.;]{0,60}?\b${ROUND_NOUNS}\s+(?:in|into|for)\s+`, 'iu');
const CALLED = /^(?:an?|the)\s+(?:[\p{L}-]+\s+){0,4}(?:called|named|dubbed)\s+/iu;

const OBJECT_PREPOSITIONS = String.raw`in|into|for|en|dans|em|in\s+die|an|a\s+favore?\s+d[ie]|en\s+faveur\s+de|em\s+favor\s+de`;
const OBJECT_AFTER = new RegExp(String.raw`^(?:[^.;]|\.\d){0,80}?\b(?:${OBJECT_PREPOSITIONS})\s+(?!Höhe\b)`, 'i');

export function objectAfter(text: string, from: number): NameSpan | null {
  // (German "in Höhe von" is "amounting to", no object)
  // (and "a favore di", "en faveur de": "un finanziamento di 800mila euro a favore di Buzzoole")
  const m = OBJECT_AFTER.exec(text.slice(from));
  if (!m) return null;
  // "has pumped in $250 million to become the top investor in X": a particle before the figure is no preposition
  if (/^\s*(?:[$€£¥₹]|(?:US|S|HK|A|C)\$|\d)/.test(text.slice(from + m[0].length))) return objectAfter(text, from + m[0].length);
  let at = from + m[0].length;
  // "invested in a $300M Series D round of funding in X", "in a shopping app called X": the name past them
  for (const skip of [ROUND_THEN, CALLED]) at += skip.exec(text.slice(at))?.[0].length ?? 0;
  if (PRONOUN.test(' ' + text.slice(at, at + 20).split(/[\s,]/).slice(0, 2).join(' '))) return null;
  const n = firstName(text.slice(at), 0);
  return n ? { ...n, start: n.start + at, end: n.end + at } : null;
}

/** "Acme's $5M Series A", "GitLab’s Series D financing": a possessive name right before the round. */
export function possessiveBefore(text: string, at: number): NameSpan | null {
  const head = text.slice(Math.max(0, at - 60), at);
  const m = /([’']s?)\s+(?:(?:new|latest|fresh|recent|first|second|\w+-led)\s+)?$/u.exec(head);
  if (!m) return null;
  const name = lastName(head.slice(0, m.index) + '’s', 3);
  if (!name || !name.possessive) return null;
  const base = Math.max(0, at - 60);
  return { ...name, start: name.start + base, end: name.end + base };
}

/** "…by <raiser>" up to a few words after a figure: the words between may be its stage and round noun. */
const PASSIVE = new RegExp(String.raw`^\s*(?:[\p{L}-]+\s+){0,2}?${ANY(PASSIVE_RAISE)}\s+`, 'iu');

/** "a $250M debt round raised by Tamara", "a $200M Series D by Tabby": the raiser named after the figure. */
export function passiveRaiser(text: string, figureEnd: number): NameSpan | null {
  const m = PASSIVE.exec(text.slice(figureEnd, figureEnd + 80));
  if (!m) return null;
  const at = figureEnd + m[0].length;
  const n = firstName(text.slice(at), 0);
  return n ? { ...n, start: n.start + at, end: n.end + at } : null;
}

/** "75 millions d'euros pour Quillon", "$20M Series A for Kelpware": a text that opens on its figure (a headline)
 *  names the raiser after "for" (a few words between: "in seed funding for"). */
const FOR_AFTER = new RegExp(String.raw`^\s*(?:[\p{L}-]+\s+){0,3}?${ANY(FIGURE_FOR)}\s+`, 'iu');
export function figureForRaiser(text: string, figureAt: number, figureEnd: number): NameSpan | null {
  if (text.slice(0, figureAt).trim()) return null;
  const m = FOR_AFTER.exec(text.slice(figureEnd));
  if (!m) return null;
  const at = figureEnd + m[0].length;
  // ("250 millions d'euros pour les BioMedTech": a plural article names a sector, not one company)
  if (/^(?:les|los|las|os|as|die)\s/i.test(text.slice(at))) return null;
  const n = firstName(text.slice(at), 0);
  return n ? { ...n, start: n.start + at, end: n.end + at } : null;
}

/** "la levée de 5 millions d'euros de Quillon", "la ronda de 5 millones de Quillon": the raiser after "de". */
const GENITIVE_BEFORE = new RegExp(`${ANY(GENITIVE_ROUNDS)}\\s+(?:de\\s+|d['’]|di\\s+)?(?:\\p{L}+\\s+){0,2}$`, 'iu');
const GENITIVE_AFTER = /^\s*(?:de|d['’]|da|do|del|della|di)\s*/iu;
export function genitiveRaiser(text: string, figureAt: number, figureEnd: number): NameSpan | null {
  const of = GENITIVE_AFTER.exec(text.slice(figureEnd));
  if (!of || !GENITIVE_BEFORE.test(text.slice(Math.max(0, figureAt - 60), figureAt))) return null;
  const at = figureEnd + of[0].length;
  const n = firstName(text.slice(at), 0);
  return n ? { ...n, start: n.start + at, end: n.end + at } : null;
}
