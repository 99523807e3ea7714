// Who a sentence says raised a figure: a list item's head ("Acme, $6B: …"), the raiser named after it ("raised
// by X"), the subject of a raise verb, "its"/"the round" (the company in context), the object of an invest verb
// ("X invests $5M in Acme", whose subject is then an investor), the sentence's opening name, or a possessive.
import { INVEST, phrasesSource as words, RAISE, RAISE_WITH, ROUND_NOUN } from '../lexicon/index';
import { FIELD_LABELS, FRESH, GERMAN_AUXILIARIES, GERMAN_FINAL_RAISES, GERMAN_FINITE_RAISES, GERMAN_KIND_HEADS, POSSESSIVES, ROUND_DETERMINERS, ROUND_REFERENCES } from '../lexicon/frame-words';
import { firstName, type NameSpan } from '../recognize/names';
import { findStages } from '../recognize/stage';
import { blankSource, figureForRaiser, genitiveRaiser, ITEM_LABEL, objectAfter, openingSubject, passiveRaiser, possessiveBefore, type Subject, subjectBefore } from './subject';
import type { NameHit } from './types';
import { RAISER_NOUNS } from '../lexicon/subject';

export interface Raiser { subject: Subject; verb: boolean; investor?: NameHit & { lead: boolean } }

interface Match { index: number; end: number }

export const GLOBAL_ROUND_NOUN = new RegExp(ROUND_NOUN.source, ROUND_NOUN.flags + 'g');
/** "our $100M Series D", "its new $5M round": a possessive pronoun right before the figure names the raiser. */
const OWN_ROUND = new RegExp(String.raw`(?<![\p{L}])${words(POSSESSIVES)}\s+(?:${words(FRESH)}\s+)?$`, 'iu');
/** "The $6 billion round included…", "This funding will…": the sentence is about the round in context. */
const ROUND_SUBJECT = new RegExp(String.raw`^\s*${words(ROUND_DETERMINERS)}\s+(?:[\w$€£¥₹.,’'-]+\s+){0,3}${words(ROUND_REFERENCES)}`, 'iu');
/** What a possessive before a figure may own besides a round: "Tiger Global’s $50M investment", "its $2M bet". */
const OWNED_INVESTMENT = /^\s*(?:[\w-]+\s+){0,2}?(?:investment|bet|commitment|cheque|check|stake)\b/i;
/** A list item that opens on its company and figure: "Acme, $6B, fintech: …", "2. Acme – $5M seed", "Acme Finance
 *  (AF) – ₹800 Cr" (a short name in parentheses between). */
const ITEM_FIGURE = String.raw`(?=[$€£¥₹]|(?:US|USD|Rs|INR|EUR|S|HK|A|C)\$?\s?\d)`;
const ITEM_HEAD = new RegExp(String.raw`^\s*(?:\d{1,2}[.)]\s+)?([^,:–—(]{2,60}?)\s*(?:\([^()]{1,20}\)\s*)?(?:,|:|\s[–—-]|\()\s*${ITEM_FIGURE}`, 'u');
const FIELD_LABEL = new RegExp(String.raw`^\s*${words(FIELD_LABELS)}\s*$`, 'iu');
const GERMAN_AUX = new RegExp(String.raw`\s${words(GERMAN_AUXILIARIES)}\s`, 'giu');
const GERMAN_FINAL = new RegExp(String.raw`${words(GERMAN_FINAL_RAISES)}`, 'iu');

/**
 * "Das Berliner Startup Kelpware hat in einer Series-A-Runde 8 Mio. Euro eingesammelt": the subject before "hat";
 * "Bei einer Series-A-Runde hat Kelpware 8 Mio. Euro eingesammelt": a sentence that opens on something else puts
 * the subject right after the auxiliary (German keeps the verb second).
 */
function germanSubject(text: string, anchorAt: number): Subject {
  const aux = [...text.slice(0, anchorAt).matchAll(GERMAN_AUX)].at(-1);
  if (!GERMAN_FINAL.test(text.slice(anchorAt))) return null;
  if (!aux) return figureFirst(text, anchorAt);
  const at = aux.index + aux[0].length;
  const inverted = firstName(text.slice(at, anchorAt));
  if (inverted) return { kind: 'name', span: { ...inverted, start: inverted.start + at, end: inverted.end + at } };
  // ("In einer Serie-C-Runde hat das Zürcher Startup 558 Millionen Franken eingesammelt": the kind noun after
  // the auxiliary refers to the raiser in context)
  if (GERMAN_HEAD.test(text.slice(at, anchorAt).trimStart())) return { kind: 'ref' };
  return subjectBefore(text, aux.index);
}

/** "33 Millionen Euro erhielt das Hamburger Unternehmen Finanzcheck von…": the raiser after the finite verb that
 *  follows the figure (with "an" / "in" after "fließen": "7 Millionen Euro fließen an das Start-up X"). */
const FIGURE_THEN_VERB = new RegExp(String.raw`^\s*${words(GERMAN_FINITE_RAISES)}\s+(?:an\s+|in\s+)?`, 'u');
/** "das Hamburger Unternehmen", "das Team des Start-ups": the article, a city's adjective, an adjective, the kind. */
const GERMAN_DESCRIBED = String.raw`(?:(?:das|die|der|den|dem)\s+)?(?:\p{Lu}\p{Ll}+er\s+)?(?:[\p{Ll}-]+e[nrs]?\s+)?(?:[\p{L}-]*-)?`;
const GERMAN_HEAD = new RegExp(String.raw`^${GERMAN_DESCRIBED}${words(GERMAN_KIND_HEADS)}(?:\s+(?:des|der)\s+(?:Start-?ups?|Unternehmens))?\s+`, 'u');
/** Where the name ends: "Kelpware von Nordholm Partners" names the source after "von". */
const GERMAN_SOURCE = /\s(?:von|vom|durch|bei|aus|über)\s/u;
function invertedGerman(text: string, anchorEnd: number): Subject {
  const v = FIGURE_THEN_VERB.exec(text.slice(anchorEnd));
  if (!v) return null;
  let at = anchorEnd + v[0].length;
  const head = GERMAN_HEAD.exec(text.slice(at))?.[0].length ?? 0;
  at += head;
  const window = text.slice(at, at + 80);
  const n = firstName(window.slice(0, GERMAN_SOURCE.exec(window)?.index ?? window.length), 0);
  // ("17 Millionen Euro erhält das Startup von…": the kind noun alone refers to the raiser in context)
  if (!n) return head ? { kind: 'ref' } : null;
  return { kind: 'name', span: { ...n, start: n.start + at, end: n.end + at } };
}

/** "Syntony arrive juste derrière avec une opération de 15 M€": the name the sentence opens on, before its verb. */
function openingName(text: string): NameSpan | null {
  const n = firstName(text);
  return n && n.start < 40 && /^\s+\p{Ll}{3,}\s/u.test(text.slice(n.end)) ? n : null;
}

/** "3,7 Millionen Euro hat das Startup Kelpware eingesammelt": a sentence opening on its figure puts the subject
 *  right after the auxiliary that follows the figure. */
function figureFirst(text: string, anchorAt: number): Subject {
  const aux = FIGURE_THEN_AUX.exec(text.slice(anchorAt));
  if (!aux) return null;
  const at = anchorAt + aux[0].length;
  const n = firstName(text.slice(at, at + 80));
  return n ? { kind: 'name', span: { ...n, start: n.start + at, end: n.end + at } } : null;
}
const FIGURE_THEN_AUX = new RegExp(String.raw`^[^\s]+(?:\s+[^\s]+){0,2}?${GERMAN_AUX.source}`, 'iu');

/** A roundup item that opens on its company, then speaks of it: "Kelpware: The Bengaluru startup raised…". */
const LABEL_HEAD = /^\s*(?:\d{1,2}[.)]\s+)?([^,:–—(]{2,50}?)\s*(?::|\s[–—]\s)\s*(?=(?:The|This|It|Its)\s)/u;

/** The name a head group holds when it holds one name and nothing more (a trailing round allowed:
 *  "Kelpware Series B"), with offsets into the sentence. */
function wholeName(m: RegExpExecArray): NameSpan | null {
  const group = m[1]!;
  const n = firstName(group);
  if (!n) return null;
  const rest = group.slice(n.end).trim();
  if (rest.length > 1 && !findStages(rest).some((st) => st.start === 0 && st.end >= rest.length - 1)) return null;
  const at = m.index + m[0].indexOf(group);
  return { ...n, start: n.start + at, end: n.end + at };
}

/** The company a label head names. */
function labelHead(text: string): Subject {
  const m = LABEL_HEAD.exec(text);
  const n = m ? wholeName(m) : null;
  return n ? { kind: 'name', span: n } : null;
}

/** "Staff at Acme will sell $120M of stock in a secondary sale": the shares sold are Acme's. */
const SECONDARY_SELLER = /\b(?:at|of|in)\s+([^,]{2,60}?)\s+(?:will\s+|plan\s+to\s+|are\s+)?(?:sell|sells|selling|sold|offload\w*)\b/i;
/** "X invested $1B" (a figure right after): X invests in the round in context. */
const FIGURE_LEAD = String.raw`(?:a\s+total\s+of|about|around|nearly|(?:a\s+)?(?:further|another|additional))\s+`;
const FIGURE_NEXT = new RegExp(String.raw`^\s*(?:${FIGURE_LEAD})?(?:[$€£¥₹]|(?:US|S|HK|A|C)\$|\d)`);
const PARTICIPLE_OF = /\b(?:total|amount|sum|money|funds|capital|funding)\s+$/i;
const INVESTS = /^(?:invest|co-invest|has\s+invested|pour|pump|inject)/i;
const ANNOUNCE = /^announc/i;

export function firstMatch(re: RegExp, text: string, accept: (i: number) => boolean): Match | null {
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) if (accept(m.index)) return { index: m.index, end: m.index + m[0].length };
  return null;
}

/** Raise verbs before the figure (nearest first), then just after it ("$5M raised by…"), then up to the next figure. */
function raiseVerbs(text: string, anchorAt: number, anchorEnd: number, nextAt: number): Match[] {
  RAISE.lastIndex = 0;
  // "200 billion won": a word inside the figure is no verb
  const all = [...text.matchAll(RAISE)].map((m) => ({ index: m.index, end: m.index + m[0].length }))
    .filter((m) => m.index >= anchorEnd || m.end <= anchorAt)
    // "bringing the total raised to £75M": a participle after its noun is no verb of the sentence
    .filter((m) => !PARTICIPLE_OF.test(text.slice(Math.max(0, m.index - 20), m.index)));
  // "Petal has landed $55M, while BNY announced…" is Petal's; "…Y who received $40m" is the next figure's
  const before = all.filter((m) => m.end <= anchorAt).sort((a, b) => b.index - a.index);
  const near = all.filter((m) => m.index >= anchorEnd && m.index <= anchorAt + 30);
  return [...before, ...near, ...all.filter((m) => m.index > anchorAt + 30 && m.index < nextAt)];
}

function secondaryRaiser(text: string): NameSpan | null {
  if (!/\bsecondary\b/i.test(text)) return null;
  const m = SECONDARY_SELLER.exec(text);
  if (!m) return null;
  const at = m.index + m[0].indexOf(m[1]!);
  const n = firstName(m[1]!);
  return n ? { ...n, start: n.start + at, end: n.end + at } : null;
}

/** The raiser told before any verb: a secondary sale's seller, a list item's head, "raised by X". */
function namedOutright(text: string, anchorAt: number, anchorEnd: number): NameSpan | null {
  const seller = secondaryRaiser(text);
  if (seller) return seller;
  const item = ITEM_HEAD.exec(text);
  // "Amount: $80 million" is a tracker's field, not a company's item
  const head = item && item[0].length >= anchorAt - 1 && !FIELD_LABEL.test(item[1]!) ? wholeName(item) : null;
  return head ?? passiveRaiser(text, anchorEnd) ?? genitiveRaiser(text, anchorAt, anchorEnd) ?? figureForRaiser(text, anchorAt, anchorEnd);
}

/** "Foxglove backs Kelpware in a $20M round", "has backed Kelpware with $20M": "back" takes the company as its
 *  direct object ("backed by X" is the passive, whose X is an investor). */
function directObject(text: string, verb: string, from: number): NameSpan | null {
  if (!/^back(?:s|ed)?$/i.test(verb) || /^\s+by\b/i.test(text.slice(from))) return null;
  const n = firstName(text.slice(from), 1);
  return n ? { ...n, start: n.start + from, end: n.end + from } : null;
}

/** "Harbor Peak invests $5M in Acme": the object raised, the investing subject is the round's investor. */
function investedIn(text: string, invest: Match): Raiser | null {
  const o = objectAfter(text, invest.end) ?? directObject(text, text.slice(invest.index, invest.end), invest.end);
  const by = subjectBefore(text, invest.index);
  const verb = text.slice(invest.index, invest.end);
  // "Movinga: Investoren pumpen 17 Millionen Euro in…": the name a colon sets before the clause is its topic, the
  // raiser, never the investor
  const label = ITEM_LABEL.exec(text);
  if (label && by?.kind === 'name' && by.span.end <= label[0].length) return { subject: by, verb: true };
  const investor = by?.kind === 'name' ? { name: by.span.text, text: by.span.text, start: by.span.start, end: by.span.end, lead: /^(?:co-)?lea?d/i.test(verb) } : undefined;
  if (o) return { subject: { kind: 'name', span: o }, verb: true, investor };
  // "Sony, an existing investor, and Kirkbi each invested $1B": investors of the round in context
  if (investor && FIGURE_NEXT.test(text.slice(invest.end)) && INVESTS.test(verb)) return { subject: { kind: 'ref' }, verb: true, investor };
  return null;
}

/** "Tiger Global’s $50M investment in Acme": the owner of an investment is its investor, the object its raiser. */
function ownedInvestment(text: string, anchorAt: number, anchorEnd: number): Raiser | null {
  const noun = OWNED_INVESTMENT.exec(text.slice(anchorEnd, anchorEnd + 40));
  const owner = noun ? possessiveBefore(text, anchorAt) : null;
  if (!owner) return null;
  const o = objectAfter(text, anchorEnd + noun![0].length);
  const investor = { name: owner.text, text: owner.text, start: owner.start, end: owner.end, lead: false };
  return o ? { subject: { kind: 'name', span: o }, verb: true, investor } : { subject: null, verb: true, investor };
}

const REFERRED_OBJECT = new RegExp(String.raw`^\s+(?:(?:round|funding|financing)\s+)?(?:for|in|into)\s+the\s+(?:[\p{Ll}-]+\s+){0,2}${words(RAISER_NOUNS)}\b`, 'u');

export function findRaiser(text: string, anchorAt: number, anchorEnd = anchorAt, nextAt = text.length): Raiser {
  const outright = namedOutright(text, anchorAt, anchorEnd);
  if (outright) return { subject: { kind: 'name', span: outright }, verb: true };
  const inverted = invertedGerman(text, anchorEnd);
  if (inverted) return { subject: inverted, verb: true };
  const verbs = raiseVerbs(text, anchorAt, anchorEnd, nextAt);
  const invest = firstMatch(INVEST, text, (i) => i <= anchorAt + 30);
  const invested = invest ? investedIn(text, invest) : null;
  for (const v of verbs) {
    // "Atlantic Capital announced that it has made an investment in Social Quant": the announcer invested
    if (ANNOUNCE.test(text.slice(v.index, v.end)) && invested?.subject?.kind === 'name' && invest!.index > v.index) return invested;
    const s = subjectBefore(text, v.index);
    if (s) return { subject: s.kind === 'ref' ? labelHead(text) ?? s : s, verb: true };
  }
  const german = germanSubject(text, anchorAt);
  if (german) return { subject: german, verb: true };
  // ("D'après nos estimations, …": the source a sentence opens on is not its subject)
  const opener = RAISE_WITH.test(text) ? openingName(blankSource(text)) : null;
  if (opener) return { subject: { kind: 'name', span: opener }, verb: true };
  const owned = ownedInvestment(text, anchorAt, anchorEnd);
  if (owned) return owned;
  // "The largest deal was Acme’s $23M Series C": the figure's owner outweighs the round the sentence opens on
  // (an owned investment was read just above)
  const owner = possessiveBefore(text, anchorAt);
  if (owner && ROUND_SUBJECT.test(text)) return { subject: { kind: 'name', span: owner }, verb: true };
  if (OWN_ROUND.test(text.slice(0, anchorAt)) || ROUND_SUBJECT.test(text)) return { subject: { kind: 'ref' }, verb: true };
  if (invested) return invested;
  const verb = verbs.length > 0 || !!invest;
  const opening = verb ? openingSubject(text) : null;
  if (opening) return { subject: { kind: 'name', span: opening }, verb };
  const own = possessiveBefore(text, anchorAt);
  if (own) return { subject: { kind: 'name', span: own }, verb };
  const noun = firstMatch(GLOBAL_ROUND_NOUN, text, (i) => Math.abs(i - anchorAt) < 60);
  const o = noun ? objectAfter(text, noun.end) : null;
  // ("co-led a $5.7M series A round for the newco": the round's object refers back to the company)
  if (!o && noun && REFERRED_OBJECT.test(text.slice(noun.end))) return { subject: { kind: 'ref' }, verb };
  if (o) return { subject: { kind: 'name', span: o }, verb };
  return { subject: verbs[0] && droppedSubject(text.slice(0, verbs[0].index)) ? { kind: 'ref' } : null, verb };
}

/** Auxiliaries (es, pt, fr, it) a Romance verb of raising follows, with an optional participle: "ha conseguido". */
const ROMANCE_AUX_END = /(?:^|\s)(?:ha|han|había|habían|tem|têm|tinha|tinham|a|ont|avait|avaient|hanno|aveva|avevano)\s+(?:\p{Ll}+\s+)?$/u;
const DETERMINER_NOUN = /(?:^|\s)(?:el|la|los|las|un|una|o|os|as|um|uma|le|les|une|il|lo|gli|uno)\s+\p{Ll}/u;
/** "En los seis años que lleva en activo ha conseguido recaudar…", "Depois disso, captou…": Spanish, Portuguese,
 *  French and Italian drop the subject a sentence shares with the story; a clause with no name and no noun before
 *  its verb speaks of the raiser in context. */
function droppedSubject(head: string): boolean {
  if (!head.trim() || /\p{Lu}/u.test(head.trimStart().slice(1))) return false;
  const clause = head.split(/,|\bque\b|\bche\b/).pop()!;
  return (ROMANCE_AUX_END.test(head) || /,\s*$/.test(head)) && !DETERMINER_NOUN.test(clause);
}
