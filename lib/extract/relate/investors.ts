// Investor lists: the names after "led by" / "with participation from" / "alongside", and the names before
// "led the round" / "also participated". A list is a run of names joined by commas and "and"; it ends at the
// first piece that is not a name ("…led by X to expand", "…and other investors").
import { oneOf } from '../lexicon/alternatives';
import { CLAUSE_STARTERS, DATA_SOURCES, GENERIC_ADJECTIVES, DESCRIBING_ARTICLES, GENERIC_NOUNS, MANAGEMENT_ROLES, MONEY_WORDS, PARTNER_RANKS, PERSON_TITLES, ROLE_MODIFIERS, ROLE_TITLES, SCALES, TIES_WITHOUT_MONEY } from '../lexicon/investor-lists';
import { KIND_NOUNS, ORG_WORDS } from '../lexicon/names';
import { MANAGED_HEADS, NON_INVESTOR_HEADS } from '../lexicon/list-heads';
import { MADE_BY } from '../lexicon/subject';
import { anyPhrase, AND_WORDS, LEAD_AFTER, LEAD_BEFORE, PARTICIPANT_AFTER, PARTICIPANT_BEFORE, PARTICIPANT_WEAK } from '../lexicon/index';
import { findMoney } from '../recognize/money';
import { findStages } from '../recognize/stage';
import { blankEmoji, firstName, lastName, type NameSpan } from '../recognize/names';
import { isDemonym, isLocative, isPlace } from '../recognize/places';
import { blankClosedRelative } from './relative';
import type { NameHit } from './types';

export interface InvestorHits {
  leads: NameHit[];
  participants: NameHit[];
}

interface Piece { text: string; start: number }

const AND = [...AND_WORDS].filter((w) => w !== '&').join('|');
const SEPARATOR = new RegExp(String.raw`\s*(?:,\s*(?:(?:${AND})\s+)?|;\s*|\s+(?:${AND})\s+|\s+as\s+well\s+as\s+|\s+plus\s+)`, 'gu');
/** A piece that is no name but does not end the list: "new investors", "existing backers such as". */
const GENERIC = new RegExp(String.raw`^\s*(?:(?:and\s+)?${oneOf(GENERIC_ADJECTIVES)}\s+)*${oneOf(GENERIC_NOUNS)}\b`, 'iu');
const ENDS_LIST = /^\s*(?:and\s+)?(?:others|more|among\s+others|et\s+al)\b/i;
/** "led by A, while B and C also invested": a new clause ends the list (its names have their own verb). */
const NEW_CLAUSE = /^\s*(?:while|whereas|but|although|though|and\s+(?:while|then))\s/i;
/** Where a backward list may begin: the sentence start, a semicolon, "that", "said". */
const STARTER = oneOf(CLAUSE_STARTERS);
const CLAUSE_START = new RegExp(String.raw`(?:^|${STARTER})(?![\s\S]*${STARTER})`, 'i');

const blank = (m: string): string => ' '.repeat(m.length);

/** Splits text into list pieces, dropping parentheticals ("Max Hauser (BCG partner)") but keeping offsets. */
function pieces(text: string, offset: number): Piece[] {
  const blanked = text.replace(/\([^()]*\)/g, blank);
  const out: Piece[] = [];
  let last = 0;
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(blanked); m; m = SEPARATOR.exec(blanked)) {
    if (m[0].length === 0) { SEPARATOR.lastIndex++; continue; }
    out.push({ text: blanked.slice(last, m.index), start: offset + last });
    last = m.index + m[0].length;
  }
  out.push({ text: blanked.slice(last), start: offset + last });
  return out;
}

/** "Bpifrance, via ses fonds SPI et FDI": the vehicles an investor put the money through end its list. */
const VEHICLE = /^\s*(?:via|through|par l['’]intermédiaire d|à travers|über|tramite|por medio d|através d)/iu;
/** "InnoVen Capital, a joint venture between Temasek and UOB": who owns the investor ends its list. */
const OWNERS = /^\s*(?:an?\s+)?(?:joint\s+venture|JV|subsidiary|unit|division)\s+(?:between|of|owned\s+by)\s/iu;
/** A piece that opens on an amount or a stage ends the list: "led by X, Series B…" (not "Summit Seed"). */
const isFigure = (s: string): boolean => findMoney(s).some((m) => m.start === 0) || findStages(s).some((m) => m.start === 0);

/** A list hit; the name drops a trailing legal form ("Osprey Partners LLC" → Osprey Partners), the evidence keeps it. */
/** "Chimera Investments de Abu Dhabi", "Pell Ventures aus Berlin": the place after a firm's name says where it is
 *  (but "State Bank of India", "Banco do Brasil" are banks' own names, and English "of" joins names). */
const OF_PLACE = /\s+(?:de|aus|du|da|do|di)\s+(\p{Lu}[\p{L}.'’ -]*)$/u;
const BANK = /\b(?:Bank|Banco|Banque|Banca|Caixa|Caja|Caisse)\b/u;
const withoutPlace = (text: string): string => {
  const m = OF_PLACE.exec(text);
  const firm = m ? text.slice(0, m.index) : '';
  return m && isPlace(m[1]!) && ORG_WORD.test(firm) && !BANK.test(firm) ? firm : text;
};

/** "la compañía de inversiones de Singapur Temasek": after a Romance "de", a place opening the run says where the
 *  firm is from (the run's start is `at` + name.start in `text`). */
const DE_BEFORE = /(?:^|\s)(?:de|da|do|du|di|del)\s+$/u;
function afterPlace(text: string, at: number, name: NameSpan): NameSpan {
  const [first, ...more] = name.text.split(' ');
  // (but a firm named for a place keeps it: "con la participación de Madrid Ventures")
  if (!more.length || more.some((w) => ORG_WORD.test(w)) || !DE_BEFORE.test(text.slice(0, at + name.start)) || !isPlace(first!)) return name;
  const cut = first!.length + 1;
  return { ...name, text: name.text.slice(cut), start: name.start + cut };
}

function hit(name: { text: string; start: number; end: number }, base: number): NameHit {
  const own = ownedName(name.text);
  const start = base + name.start + (name.text.length - own.length);
  const owned = withoutPlace(own);
  // (but a firm named for a place keeps its legal form: "Bangladesh Limited" is no country)
  const bare = owned.replace(/,?\s+(?:Inc|Ltd|LLC|LLP|LP|L\.P|Corp|GmbH|PLC|Limited)\.?$/, '');
  return { name: bare !== owned && isPlace(bare) ? owned : bare, text: owned, start, end: start + owned.length };
}

/** "Peter Thiel’s Founders Fund" is Founders Fund, "Korea’s Pell Investments" Pell Investments: a person's or a
 *  place's possessive is no part of the firm's name. A firm's own fund keeps its owner ("SoftBank’s Vision Fund"),
 *  and so does a name that is common words alone ("Moody’s Analytics"). */
const OWNER = /^(.*?)([’']s|(?<=s)[’'])\s+/u;
const PERSON = /^\p{Lu}[\p{Ll}]+(?:-\p{Lu}?[\p{Ll}]+)?\s+\p{Lu}[\p{Ll}]+$/u;
const COMMON_ORG = new RegExp(`^(?:${ORG_WORDS.join('|')}|Analytics|Foundation|Ventures?|Fund)$`, 'iu');
const isPerson = (name: string): boolean => PERSON.test(name) && !name.split(/\s+/).some((w) => COMMON_ORG.test(w));
function ownedName(text: string): string {
  const owner = OWNER.exec(text);
  if (!owner) return text;
  const rest = text.slice(owner[0].length);
  // "Google Ventures' Kevin Rose", "SV Angel’s Ron Conway": the person a firm's possessive names invests
  if (isPerson(rest)) return rest;
  // (a plural's possessive — "Goldman Sachs’ Merchant Banking Division" — is a firm's own unit)
  if (owner[2]!.length === 1) return text;
  const byPersonOrPlace = isPerson(owner[1]!) || isPlace(owner[1]!) || isDemonym(owner[1]!);
  if (!byPersonOrPlace || !/^\p{Lu}/u.test(rest)) return text;
  return rest.split(/\s+/).every((w) => COMMON_ORG.test(w)) ? text : rest;
}

/** "raised $5M from", "funding from", "backing with": what a bare "from" / "with" needs before it to open a list. */
const MONEY_CONTEXT = new RegExp(String.raw`[$€£¥₹]|\d\s*${oneOf(SCALES)}\b|\b${oneOf(MONEY_WORDS)}\b`, 'i');
/** "die finnische Evli Growth Partners", "los españoles Nauta Capital", "österreichische Speedinvest": an article and
 *  adjectives (or a German adjective of place alone, "-ische") describe the item after them. */
/** (adjectives, not a noun and its preposition: "la fusión con Osmos" is no backer) */
const ADJECTIVE = String.raw`(?!(?:con|de|del|da|do|di|en|em|von|mit|avec|par|per|por|para|com|à|a|au|zu|für|auf|aus|bei|nach|über|sein\w*|ihr\w*|sus?|son|sa|ses|leurs?|seus?|suas?|suoi|sua)\s)\p{Ll}[\p{L}'’-]*\s+`;
const ARTICLE_DESCRIBED = new RegExp(String.raw`^\s*(?:(?:${oneOf(DESCRIBING_ARTICLES)})\s+(?:${ADJECTIVE}){0,3}|(?:\p{Ll}+ische[nrs]?\s+))(?=\p{Lu})`, 'u');
const STAGE_INVESTOR = /^\s*(?:its\s+|their\s+)?(?:series\s+[a-j]|seed|pre-seed|early|growth)(?:-stage)?\s+(?:investors?|backers?|lead)\s+/i;
/** "enterprises like A, B", "empresas líderes como A": a list hanging from such a noun (and up to two words after it). */
const NON_INVESTOR_HEAD = new RegExp(String.raw`${anyPhrase(NON_INVESTOR_HEADS).source}(?:[\s:]+[\p{L}-]+){0,2}[\s,:]*$`, 'iu');
/** "a business team led by A": a head that "led by" makes managed, not funded. */
/** (also "the firm co-founded and backed by Peter Thiel": who founded and backs the investor) */
const MANAGED_HEAD = new RegExp(String.raw`${anyPhrase(MANAGED_HEADS).source}\s+(?:(?:co-?)?founded\s+(?:and|&)\s+)?$`, 'iu');
const LIST_WORDS = /^(?:like|such\s+as|including|included|como|comme|wie|tra\s+cui|darunter)$/iu;
/** "468 Capital (led by Florian Leibert, …)": a parenthesis after a firm's name says who runs the firm. */
function firmLeader(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  return /\p{Lu}[\p{L}\p{N}.&-]*\s*\(\s*$/u.test(before) && !findStages(before.slice(-16)).length && !findMoney(before.slice(-24)).length;
}

/** The ~50 characters before `at`, within its clause: "a funding round for Q; and action from City Hall" has no money context. */
/** "including its lead candidate, X": what a company owns is listed, not who backs it. */
const OWN_THING = /^\s*(?:its|their|our|his|her)\b/i;

function clauseBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 50), at);
  return before.slice(before.lastIndexOf(';') + 1);
}

/** "legal battle with X", "a partnership with X": a "with" that hangs from a tie, not from money. */
const TIE_BEFORE = new RegExp(String.raw`\b${oneOf(TIES_WITHOUT_MONEY)}\s+$`, 'i');

/** A data source is no investor: "according to PitchBook", "data from Crunchbase", "per Tracxn". */
const SOURCE_BEFORE = new RegExp(String.raw`\b${oneOf(DATA_SOURCES)}\s*$`, 'i');
const APPOSITIVE_PIECE = /^\s*(?:a|an|the|its|one of)\s+(?:\p{Ll}|\p{Lu}[\p{L}.]*-(?:based|born|headquartered))/u;
/** "Tunde Akinnuwa, co-founder at Duplo, Cameroon Angels": the role of the person before, not a name. */
const ROLE_PIECE = new RegExp(String.raw`^\s*(?:${oneOf(ROLE_TITLES)}|managing\s+partner|general\s+partner|director)s?\s+(?:at|of|des|der|von|bei)\s`, 'iu');
/** "a Seoul-based conglomerate" between items is skipped; "a strategic outlay by Toyota have funded Grab" is a clause. */
const appositive = (piece: string): boolean => APPOSITIVE_PIECE.test(piece) && !/\b(?:have|has|had|is|are|was|were|will)\s/.test(piece);
/** "Valar Ventures, the firm co-founded and backed by Peter Thiel": who an appositive says founded or runs the
 *  investor is not one. */
const RUN_BY = anyPhrase([...MADE_BY, 'headed by', 'managed by', 'chaired by', 'controlled by', 'owned by', 'run by',
  // "Ka Enterprises, the investment entity of actress Deepika Padukone": its owner invests through it
  '(?:investment|investing|venture|family) (?:entity|arm|vehicle|office) of']);
/** (the same after "and": "the firm co-founded | and backed by Peter Thiel") */
const RUN_BY_OPENS = new RegExp(`^\\s*${RUN_BY.source}`, 'iu');
// ("…, Tech in Asia reported": a source whose name holds a lowercase word is the next clause too)
const NAME_OF = String.raw`(?:\s+(?:in|of|on|for)\s+\p{Lu}\p{L}*)?`;
const CLAUSE_VERBS = 'has|have|had|is|are|was|were|said|says|reported|reports|learned|told|confirmed|will|would|noted|added';
const CLAUSE_VERB = new RegExp(String.raw`^${NAME_OF}\s+(?:${CLAUSE_VERBS})\b`, 'u');
/** "Ana Ruiz from Crestline Ventures": a person named with the firm they invest for. */
/** (and "Orchid Asia affiliate Travis Global", "Pell's venture arm Ostra": the unit that invests) */
// (and "World Bank’s private financing arm International Finance Corporation")
const FIRM_WORDS = String.raw`(?:from|of|at|affiliate|unit|subsidiary|(?:[\p{Ll}-]+\s+){0,2}arm)`;
const FIRM_OF = new RegExp(String.raw`^(?:[’']s?)?\s+${FIRM_WORDS}\s+`, 'u');
const FIRM_INSIDE = new RegExp(String.raw`\s+${FIRM_WORDS}\s+(?=\p{Lu})`, 'u');

/** The firm named right after a person (or the unit after a firm): `tail` starts where the first name ends.
 *  Gives the firm's name and where, in `tail`, the text it was read from starts. */
function firmBehind(tail: string): { name: NameSpan; at: number } | null {
  const firm = FIRM_OF.exec(tail);
  const name = firm ? firstName(tail.slice(firm[0].length)) : null;
  return name ? { name, at: firm![0].length } : null;
}
const LEGAL_TAIL = /^[\s,]*(?:Inc|Ltd|LLC|LLP|LP|L\.P|Corp|Co|GmbH|AG|SA|PLC|Pte|Limited)\.?[\s,.]*$/;
const MANAGEMENT = new RegExp(String.raw`^\s*(?:its\s+|the\s+|their\s+)?${oneOf(MANAGEMENT_ROLES)}\b`, 'i');

/** "WordPress founder Matt Mullenweg", "Acme CEO Jo Park": the person named after a role is the investor. */
/** (the owner's words are read apart: under the `i` flag `\p{Lu}` matches lower case too) */
const ROLE_BEFORE = new RegExp(String.raw`^\s*(?:(?:former|ex-)\s*)?((?:[\p{L}\p{N}.&-]+\s+){0,3})${oneOf(ROLE_TITLES)}s?\s+$`, 'iu');
const MODIFIER = new Set(ROLE_MODIFIERS);
const roleBefore = (text: string): boolean => {
  const m = ROLE_BEFORE.exec(text);
  return !!m && m[1]!.split(/\s+/).every((w) => !w || /^[\p{Lu}\p{N}]/u.test(w) || MODIFIER.has(w.toLowerCase()));
};
/** "Acme CEO Mara Quint", "McKinsey Chief Rajat Gupta": a title inside the run, a person's name after it. */
const INNER_TITLE = new RegExp(String.raw`^(.+?\s)(?:${oneOf(PERSON_TITLES)})\s+((?:\p{Lu}[\p{L}'’.-]*\s?){2,3})$`, 'u');
const RANK = oneOf(PARTNER_RANKS);
const RANK_TITLE = oneOf(PARTNER_RANKS.map((r) => r[0]!.toUpperCase() + r.slice(1)));
const FIRM_PARTNER = new RegExp(String.raw`\b${oneOf(ORG_WORDS)}\s+(?:${RANK}\s+)?partner\s+$`, 'u');
const SEMICOLON_LIST = /^[^.;!?]{2,160};\s[^.;!?]{2,160};\s+and\s/u;
/** "…$145m in May, led by the Series Bs of Legora and Supio": what leads a month's total is rounds, not backers. */
const ROUNDS_LISTED = /^\s*(?:the\s+)?(?:series\s+[a-j]s|rounds|raises|deals)\s+(?:of|by|from)\s/i;
/** ", GV General Partner", ", Acme CEO": a firm and a title in title case after a person, closing the piece. */
const FIRM_THEN_TITLE = String.raw`^\s*(\p{Lu}[\p{L}\p{N}&.'’ -]{0,40}?)\s+`;
const ROLE_AFTER_PERSON = new RegExp(String.raw`${FIRM_THEN_TITLE}(?:((?:${RANK_TITLE}\s+)?Partner)|${oneOf(PERSON_TITLES)})\s*$`, 'u');
/** (…and the partner named after it is passed over: "Foo Ventures partner Jo Park and Bar Capital") */
const PARTNER_TAIL = new RegExp(String.raw`^\s*(?:${RANK}\s+)?partners?\s+(?:\p{Lu}[\p{L}'’.-]*\s*){1,3}$`, 'u');
const ORG_WORD = new RegExp(String.raw`\b${oneOf(ORG_WORDS)}\b`, 'u');

function titled(text: string): ReturnType<typeof lastName> {
  const n = lastName(text, 1);
  if (!n) return null;
  const before = text.slice(0, n.start);
  // (a firm's partner speaks for the firm: "led by Foo Ventures managing partner Jo Park" is Foo Ventures's round)
  if (FIRM_PARTNER.test(before)) return null;
  if (roleBefore(before)) return n;
  const inner = INNER_TITLE.exec(n.text);
  if (!inner || ORG_WORD.test(inner[2]!)) return null;
  const cut = n.text.length - inner[2]!.length;
  return { ...n, text: inner[2]!.trim(), start: n.start + cut };
}

/** "including the British grocer, Access Industries and…": a description by nationality refers back to a
 *  backer named before; it is passed over, not taken for the list's end. */
const DEMONYM_DESCRIPTION = /^\s*the\s+(\p{Lu}[\p{L}-]+)\s+\p{Ll}[\p{L}-]*\s*$/u;
const demonymDescribed = (piece: string): boolean => {
  const m = DEMONYM_DESCRIPTION.exec(piece);
  return !!m && isDemonym(m[1]!);
};
/** "led by leading Middle East investment fund, Shorooq Partners", "from global payment giants, Stripe, Visa":
 *  a lower-case description ending on a kind noun announces the names after it. */
const KIND_DESCRIPTION = new RegExp(String.raw`^\s*\p{Ll}[^,;]*\s${oneOf([...KIND_NOUNS, 'giant'])}s?\s*$`, 'u');

/** A piece of a list that names no investor and does not end the list. */
const passedOver = (piece: string): boolean => GENERIC.test(piece) || appositive(piece) || ROLE_PIECE.test(piece)
  || isLocative(piece.trim()) || PROPER_RUN.test(piece) || demonymDescribed(piece);

const PROPER_RUN = /^\s*(?:\p{Lu}[\p{L}&.'’-]*\s+)+\p{Lu}[\p{L}&.'’-]*\s*$/u;

/** Names after an introducer at `from`: "led by A, B and C to expand…" → A, B, C. */
/** "funds and accounts advised by", "entities affiliated with", "affiliates of": the vehicles a firm invests through. */
const VEHICLE_NOUN = String.raw`(?:funds|accounts|entities|vehicles|affiliates|clients)`;
const VEHICLES = String.raw`(?:certain\s+|investment\s+)?${VEHICLE_NOUN}(?:\s+and\s+${VEHICLE_NOUN})?`;
const BEHIND_VEHICLES = String.raw`(?:${VEHICLES}\s+(?:managed|advised|sub-advised|affiliated|sponsored|controlled)\s+(?:by|with)|(?:an\s+)?affiliates?\s+of)`;
const VEHICLES_OF = new RegExp(String.raw`(?<=^\s*|,\s*|\band\s+)${BEHIND_VEHICLES}\s+(?=\p{Lu})`, 'giu');

export function listAfter(text: string, from: number, stops: number[] = [], managed = true): NameHit[] {
  const next = stops.filter((s) => s > from).sort((a, b) => a - b)[0];
  // "…by Dentsu; Globis, the venturing arm of Globis Inc.; and DA Consortium": a list whose items hold commas
  // takes semicolons between them
  const raw = blankEmoji(text.slice(from, next));
  // ("participation from funds and accounts advised by T. Rowe Price": the firm behind the vehicles invests)
  const rest = (SEMICOLON_LIST.test(raw) ? raw.replace(/;(?=\s)/g, ',') : raw).replace(VEHICLES_OF, blank);
  const stop = /[.!?](?:\s|$)|[;"“”]|\s[–—]\s/.exec(rest.replace(/\b(?:Inc|Co|Corp|Ltd|Jr|Sr|St|Dr|Mr|Mrs|Ms|Prof|[A-Z])\./g, (m) => m.replace('.', '_')));
  const out: NameHit[] = [];
  // "Agari, led by CEO Patrick Peterson, raised…": a company led by its managers is no investment
  // (but money "from founder-promoter Ritesh Agarwal" is his)
  if (managed && MANAGEMENT.test(rest)) return out;
  let describing = false;
  let announced = false;
  for (const p of pieces(stop ? rest.slice(0, stop.index) : rest, from)) {
    if (!p.text.trim()) continue;
    const described = describing;
    describing = appositive(p.text);
    // (the piece after "leading investment fund," must open on its name)
    if (announced && firstName(p.text)?.start !== p.text.search(/\S/)) break;
    announced = false;
    // "series C investor 5Y Capital": a stage that describes the investor does not end the list
    p.text = p.text.replace(STAGE_INVESTOR, blank).replace(ARTICLE_DESCRIBED, blank);
    if (ENDS_LIST.test(p.text) || NEW_CLAUSE.test(p.text) || ROUNDS_LISTED.test(p.text) || VEHICLE.test(p.text) || OWNERS.test(p.text) || isFigure(p.text.trim())) break;
    if (LEGAL_TAIL.test(p.text)) continue;
    if ((describing && RUN_BY.test(p.text)) || (described && RUN_BY_OPENS.test(p.text))) continue;
    // ("SoftBank Corp, controlled by billionaire Masayoshi Son, as…": a participle after a name ends the list)
    if (out.length > 0 && RUN_BY_OPENS.test(p.text)) break;
    // "led by Dave Ruiz, GV General Partner": the person's role after the person; a partner speaks for the firm
    const role = ROLE_AFTER_PERSON.exec(p.text);
    if (role && out.length) {
      const firm = firstName(role[1]!, 0);
      if (role[2] && firm && firm.text === role[1]!.trim()) out[out.length - 1] = hit(firm, p.start + p.text.indexOf(role[1]!));
      continue;
    }
    const name = titled(p.text) ?? firstName(p.text);
    // "Lumen Holdings, a Seoul-based conglomerate, Aster Capital": an appositive between items is skipped
    // (a place alone — "including Wellington, OrbiMed and …" — is passed over, not taken for the list's end)
    // (and a proper name we do not take — "Ventures Platform", two kind words — is no end of the list either)
    if (!name || ROLE_PIECE.test(p.text)) {
      if (passedOver(p.text)) continue;
      if (KIND_DESCRIPTION.test(p.text)) { announced = true; continue; }
      break;
    }
    const tail = p.text.slice(name.end);
    // "…led by Fenwick Partners, Tech Daily has learned": a name followed by its verb is the next clause
    // (and "…, followed by Rocket’s $15M round": a name owning a figure or a stage is another round's raiser)
    if (CLAUSE_VERB.test(tail) || (name.possessive && isFigure(tail.replace(/^[’']s?\s*/u, '')))) break;
    const behind = firmBehind(tail);
    out.push(behind ? hit(behind.name, p.start + name.end + behind.at) : hit(afterPlace(text, p.start, name), p.start));
    // what follows the last name read ends the list unless it is nothing, a generic word or a legal form
    const after = behind ? tail.slice(behind.at + behind.name.end) : tail;
    if (after.replace(/[\s,.]+/g, '').length > 0 && !GENERIC.test(after) && !LEGAL_TAIL.test(after) && !PARTNER_TAIL.test(after)) break;
  }
  return out;
}

/** ", Acme’s founder and CEO," / ", the company's chief executive,": a person's role between the name and the verb. */
const WHOSE = String.raw`(?:the\s+company[’']s|its|their|[\p{Lu}][\p{L}.&-]*[’']s)`;
const ROLE_APPOSITIVE = new RegExp(String.raw`,\s*${WHOSE}\s+${oneOf(ROLE_TITLES)}(?:\s+and\s+${oneOf(ROLE_TITLES)})?,\s*$`, 'iu');

const DESCRIPTION_TAIL = /,\s*(?:the|an?)\s+[^,;]*,\s*$/u;
const AUXILIARY_TAIL = /\s+(?:has|have|had|will|would)(?:\s+(?:also|jointly|now))?\s*$/i;

/** Names before a closer at `to`: "A, B and other investors also participated" → A, B. */
export function listBefore(text: string, to: number): NameHit[] {
  // "A and B, which backed its first rounds, also joined": the relative clause is not the list; nor is a
  // person's role ("Alex Ng, Acme's founder and CEO, also participated") or a bare "who" ("…and iAngels who also invested")
  // (and an auxiliary before the closer is no part of the last name: "Atomico has led the round")
  // (and a description between commas: "Par Equity, the Edinburgh angel syndicate that backed it first, has also followed on")
  const head = blankClosedRelative(text.slice(0, to).replace(AUXILIARY_TAIL, blank)).replace(ROLE_APPOSITIVE, blank)
    .replace(/(?<!,)\s+who\s*$/i, blank).replace(DESCRIPTION_TAIL, blank);
  const cs = CLAUSE_START.exec(head);
  const from = cs ? cs.index + cs[0].length : 0;
  const out: NameHit[] = [];
  const ps = pieces(head.slice(from), from);
  for (let i = ps.length - 1; i >= 0; i--) {
    const p = ps[i]!;
    if (!p.text.trim()) continue;
    if (/^\s*(?:L\.?P|LLC|Inc|Ltd)\.?\s*$/.test(p.text)) continue;
    const name = lastName(p.text, 1);
    if (!name) { if (GENERIC.test(p.text) || !out.length) continue; break; }
    out.unshift(hit(name, p.start));
  }
  return out;
}

function overlaps(a: { index: number; end: number }, taken: { index: number; end: number }[]): boolean {
  return taken.some((t) => a.index < t.end && a.end > t.index);
}

/** "a Tiger Global-led $150M Series C": the name glued to "-led" before a round leads it. */
const LED_ROUNDS = oneOf(['round', 'investment', 'financing', 'funding', 'raise', 'series [a-j]', 'seed']);
const HYPHEN_LED = new RegExp(String.raw`(?<=\p{L})-led\s+(?:\S+\s+){0,3}?${LED_ROUNDS}\b`, 'giu');

function matches(re: RegExp, text: string): { index: number; end: number }[] {
  re.lastIndex = 0;
  return [...text.matchAll(re)].map((m) => ({ index: m.index, end: m.index + m[0].length }));
}

/**
 * Every lead and participant a sentence names; a name both leads and participates → lead. The weak
 * introducers ("from", "with", "including") are read only in a sentence that states a round (`round`).
 */
export function findInvestors(text: string, round: boolean): InvestorHits {
  const leadB = matches(LEAD_BEFORE, text).filter((m) => !MANAGED_HEAD.test(text.slice(Math.max(0, m.index - 40), m.index)) && !firmLeader(text, m.index));
  const leadA = [...matches(LEAD_AFTER, text), ...matches(HYPHEN_LED, text)].filter((m) => !overlaps(m, leadB));
  const strong = matches(PARTICIPANT_BEFORE, text);
  // "participation from Indian banks, including A and B": a head noun that a strong opener names is the backers
  const backersHead = (m: { index: number }): boolean => strong.some((s) => s.end <= m.index && m.index - s.end < 40 && !/[.;]/.test(text.slice(s.end, m.index)));
  const weak = round ? matches(PARTICIPANT_WEAK, text).filter((m) => !overlaps(m, strong) && !SOURCE_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index + 5))
    && !OWN_THING.test(text.slice(m.end, m.end + 10))
    && (!/^(?:from|with)$/i.test(text.slice(m.index, m.end)) || MONEY_CONTEXT.test(clauseBefore(text, m.index)) || leadB.some((l) => l.end <= m.index))
    && !(/^with$/i.test(text.slice(m.index, m.end)) && TIE_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index)))
    && !(LIST_WORDS.test(text.slice(m.index, m.end)) && NON_INVESTOR_HEAD.test(text.slice(Math.max(0, m.index - 50), m.index)) && !backersHead(m))) : [];
  const partB = [...strong, ...weak].filter((m) => !overlaps(m, [...leadB, ...leadA]));
  const partA = matches(PARTICIPANT_AFTER, text).filter((m) => !overlaps(m, [...leadB, ...leadA, ...partB]));
  // a list after an introducer ends where the next introducer begins: "led by A, with participation from B"
  // only strong introducers end a list: "led by Ana Ruiz from Crestline Ventures" keeps its "from"
  // (and a weak one after a comma: "led by A, along with B")
  const commaWeak = weak.filter((m) => /,\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index)));
  const stops = [...leadB, ...leadA, ...strong, ...partA, ...commaWeak].map((m) => m.index);
  // "led by A and B also participated": B belongs to the closer's list (the first name after "led by" stays a lead)
  const closed = new Set(partA.flatMap((m) => listBefore(text, m.index)).map((h) => h.start));
  const leadLists = leadB.map((m) => listAfter(text, m.end, stops).filter((h, i) => i === 0 || !closed.has(h.start)));
  const leads = [...leadLists.flat(), ...leadA.flatMap((m) => antecedentLeads(text, m) ?? listBefore(text, m.index))];
  const seen = new Set(leads.map((l) => l.start));
  // money "from" a founder is the founder's; "along with co-founder X" is the company's management
  const fromFounder = (m: { index: number; end: number }): boolean => /^from$/i.test(text.slice(m.index, m.end));
  const participants = [...partB.flatMap((m) => listAfter(text, m.end, stops, !fromFounder(m))), ...partA.flatMap((m) => listBefore(text, m.index)),
    ...possessiveInvestors(text), ...companionsFirst(text, partB, partA)]
    .filter((p) => !seen.has(p.start) && !leads.some((l) => p.start < l.end && p.end > l.start));
  const notSource = (h: NameHit): boolean => !SOURCE_BEFORE.test(text.slice(Math.max(0, h.start - 20), h.start)) && !/^\s+data\b/i.test(text.slice(h.end, h.end + 6));
  return { leads: dedupe(leads).filter(notSource), participants: dedupe(participants).filter(notSource) };
}

/** ", which led the round": the relative pronoun's antecedent led this round (", which led its seed round" is a
 *  backer's past, and no lead of this one). */
const RELATIVE_LEAD = /,\s*(?:which|who)\s+(?:also\s+)?$/i;
const THIS_ROUND_LED = /^(?:co-)?led\s+the\s+(?:round|investment|financing|funding|raise|deal)$/i;

/** "…said Ana Ruiz, partner at Osprey Capital, which led the round" → Osprey Capital; "A and B, which co-led
 *  the round" → A, B. Null when the closer has no relative pronoun before it. */
function antecedentLeads(text: string, m: { index: number; end: number }): NameHit[] | null {
  const rel = RELATIVE_LEAD.exec(text.slice(0, m.index));
  if (!rel) return null;
  if (!THIS_ROUND_LED.test(text.slice(m.index, m.end))) return [];
  const names = listBefore(text, rel.index);
  const last = names.at(-1) && firmOfPerson(names.at(-1)!);
  if (!last) return [];
  const before = names.at(-2);
  return before && /^\s*and\s*$/i.test(text.slice(before.end, last.start)) ? [before, last] : [last];
}

/** "Ana Ruiz of Osprey Capital" → Osprey Capital: the firm a person speaks for. */
function firmOfPerson(h: NameHit): NameHit {
  const inside = FIRM_INSIDE.exec(h.text);
  const behind = inside && firmBehind(h.text.slice(inside.index));
  return behind ? hit(behind.name, h.start + inside!.index + behind.at) : h;
}

const COMPANION = /^(?:alongside|along\s+with|together\s+with)$/i;

/** "Leapfrog alongside Canyon Partners and Mirae Asset participated": the name before "alongside" takes part too. */
function companionsFirst(text: string, partB: { index: number; end: number }[], partA: { index: number }[]): NameHit[] {
  return partB.flatMap((m) => {
    if (!COMPANION.test(text.slice(m.index, m.end)) || !partA.some((a) => a.index > m.end)) return [];
    const head = text.slice(0, m.index);
    const n = lastName(head, 1);
    const from = CLAUSE_START.exec(head);
    const opens = n && head.slice(from ? from.index + from[0].length : 0, n.start).trim().replace(/^(?:and|while)\b/i, '') === '';
    return n && opens ? [hit(n, 0)] : [];
  });
}

/** "Airbnb’s investment in OYO", "Tencent’s $50M investment in Acme": the possessive names the investor. */
const OWN_INVESTMENT = /[’']s?\s+(?:[\w$€£¥₹.,-]+\s+){0,2}?investment\s+(?:in|into)\s/giu;

function possessiveInvestors(text: string): NameHit[] {
  return [...text.matchAll(OWN_INVESTMENT)].flatMap((m) => {
    const n = lastName(text.slice(0, m.index) + '’s', 3);
    return n?.possessive ? [hit(n, 0)] : [];
  });
}

function dedupe(hits: NameHit[]): NameHit[] {
  const out: NameHit[] = [];
  for (const h of hits.sort((a, b) => a.start - b.start)) if (!out.some((o) => o.start < h.end && o.end > h.start)) out.push(h);
  return out;
}

/** The investors of a sentence in reading order, each with its role. */
export function investorMentions(text: string, round = true): (NameHit & { role: 'lead' | 'participant' })[] {
  const r = findInvestors(text, round);
  return [...r.leads.map((h) => ({ ...h, role: 'lead' as const })), ...r.participants.map((h) => ({ ...h, role: 'participant' as const }))]
    .sort((a, b) => a.start - b.start);
}
