// One sentence → the funding frames it states: who raised how much, at which stage and valuation, led by
// whom and with whom, and whether the round is current, past or not yet done. A sentence may state one
// current round and earlier ones ("…raised $20M, after a $5M seed last year"): one frame each.
import type { Money, Stage, Valuation } from '../../model';
import { INVEST, PAST, RAISE, ROUND_NOUN, UNFINISHED } from '../lexicon/index';
import { daysBefore, findDates } from '../recognize/dates';
import { type CurrencyContext, findMoney } from '../recognize/money';
import { findStages, type StageMention } from '../recognize/stage';
import { firstName, type NameSpan } from '../recognize/names';
import { findInvestors } from './investors';
import { pairRespectively } from './respectively';
import { type RoledMoney, roleOf } from './money-role';
import { objectAfter, openingSubject, passiveRaiser, possessiveBefore, type Subject, subjectBefore } from './subject';
import type { Frame, Hit, NameHit } from './types';

export interface SentenceInput {
  block: number;
  blockText: string;
  /** Offset of the sentence in its block. */
  start: number;
  text: string;
  currency: CurrencyContext;
  published: string | null;
}

const MIN_ROUND = 10_000;
/** Another name the sentence gives the raiser right after its name: "(CMB)", "aka Smart", "the company behind CircleCI". */
const ALIAS_NAME = String.raw`([\p{Lu}\p{N}][\p{L}\p{N}.&-]*(?:\s[\p{Lu}][\p{L}\p{N}.&-]*){0,3})`;
const ALIAS_INTRO = String.raw`\(\s*(?:formerly\s+|legally\s+|legal\s+name\s+)?|,\s*(?:aka|also\s+known\s+as|formerly(?:\s+known\s+as)?|dba|doing\s+business\s+as|trading\s+as)\s+`;
const OWNER_NOUN = String.raw`(?:company|startup|firm|developer|maker|operator|parent(?:\s+company)?|owner)`;
const OWNS = String.raw`(?:behind|of|(?:that|which)\s+(?:owns|runs|operates))\s+(?:[\p{Ll}-]+\s+){0,3}`;
/** ", the company behind X", ", the Delhi-headquartered company that owns payments platform X". */
const ALIAS_OWNER = String.raw`,\s*(?:the\s+(?:[\p{L}-]+\s+){0,3}?)?${OWNER_NOUN}\s+${OWNS}`;
const ALIAS = new RegExp(String.raw`^\s*(?:${ALIAS_INTRO})${ALIAS_NAME}\s*\)?`, 'u');
/** "Circle Internet Services, the company behind CircleCI": readers know it as CircleCI, the legal name is the alias. */
const BRAND = new RegExp(String.raw`^${ALIAS_OWNER}${ALIAS_NAME}`, 'u');

const GLOBAL_ROUND_NOUN = new RegExp(ROUND_NOUN.source, ROUND_NOUN.flags + 'g');

/** A round noun in the sentence, not a firm's name word: "funding", "capital" — but not "Castik Capital". */
function speaksOfRound(text: string): boolean {
  GLOBAL_ROUND_NOUN.lastIndex = 0;
  return [...text.matchAll(GLOBAL_ROUND_NOUN)].some((m) => !/^\p{Lu}/u.test(m[0]) || /^(?:Series|Seed|Pre-seed)\b/i.test(m[0]) || m.index === 0);
}

function firstMatch(re: RegExp, text: string, accept: (i: number, len: number) => boolean): { index: number; end: number } | null {
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) if (accept(m.index, m[0].length)) return { index: m.index, end: m.index + m[0].length };
  return null;
}

/** Raise-verb matches before (or just after) the anchor, nearest first. */
function raiseVerbs(text: string, anchorAt: number, anchorEnd: number, nextAt: number): { index: number; end: number }[] {
  RAISE.lastIndex = 0;
  // "200 billion won": a word inside the figure is no verb
  const all = [...text.matchAll(RAISE)].map((m) => ({ index: m.index, end: m.index + m[0].length }))
    .filter((m) => m.index >= anchorEnd || m.end <= anchorAt);
  // verbs before the figure, nearest first, then those just after it ("$5M raised by…"), then the rest
  // ("xAI, $6B: … xAI announced its round"); "Petal has landed $55M, while BNY announced…" is Petal's
  const before = all.filter((m) => m.end <= anchorAt).sort((a, b) => b.index - a.index);
  const near = all.filter((m) => m.index >= anchorEnd && m.index <= anchorAt + 30);
  // a verb past the next figure is that figure's ("…X received $50m from A; …Y who received $40m")
  return [...before, ...near, ...all.filter((m) => m.index > anchorAt + 30 && m.index < nextAt)];
}

/** A list item that opens on its company and figure: "Acme, $6B, fintech: …", "2. Acme – $5M seed". */
const ITEM_HEAD = /^\s*(?:\d{1,2}[.)]\s+)?([^,:–—(]{2,60}?)\s*(?:,|:|\s[–—-]|\()\s*(?=[$€£¥₹]|(?:US|USD|Rs|INR|EUR|S|HK|A|C)\$?\s?\d)/u;

/** Who the sentence says raised: subject of a raise verb, object of an invest verb, or a possessive. */
interface Raiser { subject: Subject; verb: boolean; investor?: NameHit & { lead: boolean } }

/** "our $100M Series D", "its new $5M round": a possessive pronoun right before the figure names the raiser. */
const OWN_ROUND = /(?<![\p{L}])(?:our|its|their|su|sus|seu|sua|son|sa|ses|leur|ihre|seine|sua)\s+(?:(?:new|latest|fresh|recent|first|nueva|nuevo|\w+-led)\s+)?$/iu;

/** "The $6 billion round included…", "This funding will…": the sentence is about the round in context. */
const ROUND_SUBJECT = /^\s*(?:the|this|that|the\s+new|the\s+latest)\s+(?:[\w$€£¥₹.,’'-]+\s+){0,3}(?:round|funding|financing|investment|raise|deal|tranche)\b/i;

/** "Staff at Acme will sell $120M of stock in a secondary sale": the shares sold are Acme's. */
const SECONDARY_SELLER = /\b(?:at|of|in)\s+([^,]{2,60}?)\s+(?:will\s+|plan\s+to\s+|are\s+)?(?:sell|sells|selling|sold|offload\w*)\b/i;

function secondaryRaiser(text: string): NameSpan | null {
  if (!/\bsecondary\b/i.test(text)) return null;
  const m = SECONDARY_SELLER.exec(text);
  if (!m) return null;
  const at = m.index + m[0].indexOf(m[1]!);
  const n = firstName(m[1]!);
  return n ? { ...n, start: n.start + at, end: n.end + at } : null;
}

function findRaiser(text: string, anchorAt: number, anchorEnd = anchorAt, nextAt = text.length): Raiser {
  const seller = secondaryRaiser(text);
  if (seller) return { subject: { kind: 'name', span: seller }, verb: true };
  const item = ITEM_HEAD.exec(text);
  const head = item && item[0].length >= anchorAt - 1 ? firstName(item[1]!) : null;
  if (head && head.end >= item![1]!.trim().length - 1) return { subject: { kind: 'name', span: head }, verb: true };
  const passive = passiveRaiser(text, anchorEnd);
  if (passive) return { subject: { kind: 'name', span: passive }, verb: true };
  const verbs = raiseVerbs(text, anchorAt, anchorEnd, nextAt);
  for (const v of verbs) {
    const s = subjectBefore(text, v.index);
    if (s) return { subject: s, verb: true };
  }
  if (OWN_ROUND.test(text.slice(0, anchorAt)) || ROUND_SUBJECT.test(text)) return { subject: { kind: 'ref' }, verb: true };
  const invest = firstMatch(INVEST, text, (i) => i <= anchorAt + 30);
  if (invest) {
    const o = objectAfter(text, invest.end);
    // "Harbor Peak invests $5M in Acme": the investing subject is the round's investor
    const by = subjectBefore(text, invest.index);
    const investor = by?.kind === 'name' ? { name: by.span.text, text: by.span.text, start: by.span.start, end: by.span.end, lead: /^(?:co-)?lea?d/i.test(text.slice(invest.index, invest.end)) } : undefined;
    if (o) return { subject: { kind: 'name', span: o }, verb: true, investor };
    // "Sony, an existing investor, and Kirkbi each invested $1B": investors of the round in context
    const figureNext = /^\s*(?:a\s+total\s+of\s+|about\s+|around\s+|nearly\s+)?(?:[$€£¥₹]|(?:US|S|HK|A|C)\$|\d)/.test(text.slice(invest.end));
    if (investor && figureNext && /^(?:invest|co-invest|has\s+invested|pour|pump|inject)/i.test(text.slice(invest.index, invest.end))) return { subject: { kind: 'ref' }, verb: true, investor };
  }
  const verb = verbs.length > 0 || !!invest;
  const opening = verb ? openingSubject(text) : null;
  if (opening) return { subject: { kind: 'name', span: opening }, verb };
  const own = possessiveBefore(text, anchorAt);
  if (own) return { subject: { kind: 'name', span: own }, verb };
  const noun = firstMatch(GLOBAL_ROUND_NOUN, text, (i) => Math.abs(i - anchorAt) < 60);
  const o = noun ? objectAfter(text, noun.end) : null;
  return { subject: o ? { kind: 'name', span: o } : null, verb };
}

/**
 * The words that belong to one figure: from a little before it (never past the previous figure) to the next
 * figure or clause break. "…closed a $12M Series A in June 2023, and a $4M seed in 2021": each keeps its date.
 */
const CLAUSE_BREAK = /,\s+(?:and|while|with|but|plus|after|following|up from|down from|compared|is|are|was|were|has|have|now)\s|;\s|,\s+(?:\w+\s+){1,2}(?:days|weeks|months|years)\s+after\s/g;

function clauseOf(text: string, a: { at: number; end: number }, prevEnd: number, nextAt: number): { start: number; end: number } {
  const from = Math.max(prevEnd, a.at - 70);
  const before = [...text.slice(from, a.at).matchAll(CLAUSE_BREAK)];
  const start = before.length ? from + before.at(-1)!.index! : from;
  const after = [...text.slice(a.end, nextAt).matchAll(CLAUSE_BREAK)][0];
  return { start, end: Math.min(nextAt, a.end + 120, after ? a.end + after.index! : text.length) };
}

function isPast(clause: string, published: string | null): boolean {
  // "said it had raised" reports the news in the past tense; it is not an earlier round
  const win = clause.replace(/\b(?:said|says|announced|confirmed|added)\s+(?:on\s+\w+\s+|today\s+|this\s+week\s+)?(?:that\s+)?(?:it|they|the\s+\w+)\s+had\b/gi, '');
  if (PAST.test(win)) return true;
  return findDates(win, published).some((d) => (daysBefore(d.date, published) ?? 0) > 60);
}

function hitOf(inp: SentenceInput, start: number, end: number): Hit {
  return { text: inp.text.slice(start, end), start: inp.start + start, end: inp.start + end };
}

function nearestStage(stages: StageMention[], at: number): StageMention | null {
  let best: StageMention | null = null;
  for (const s of stages) if (!best || Math.abs(s.start - at) < Math.abs(best.start - at)) best = s;
  return best && Math.abs(best.start - at) < 90 ? best : null;
}

function money(m: RoledMoney): Money {
  return { ...m.money };
}

function shift(h: NameHit, by: number): NameHit {
  return { ...h, start: h.start + by, end: h.end + by };
}

/** "…with participation from X, who also invested in the seed round": an earlier round named by its stage alone. */
const ALSO_IN = /\b(?:also|previously|earlier|first)\s+(?:invested|participated|backed\s+\w+)\s+in\s+(?:the|its|their)\s+$/i;

function earlierStages(text: string, stages: StageMention[], anchors: { at: number; end: number }[], published: string | null): { at: number; end: number; m: null }[] {
  return stages.filter((st) => !anchors.some((a) => Math.abs(st.start - a.at) < 90))
    .filter((st) => ALSO_IN.test(text.slice(Math.max(0, st.start - 60), st.start)) || isPast(text.slice(Math.max(0, st.start - 60), st.end + 40), published))
    .map((st) => ({ at: st.start, end: st.end, m: null }));
}

const INVESTS_IN = /\b(?:invests?|has\s+invested|have\s+invested|backs|back)\s+(?:in\s+)?/gi;

/** An investor investing in a named company, no figure: a frame with the company and that investor only. */
function investmentWithoutFigure(text: string): ((inp: SentenceInput) => Frame) | null {
  for (const m of text.matchAll(INVESTS_IN)) {
    const company = objectAfter(text, m.index + m[0].length - (/\bin\s+$/i.test(m[0]) ? 3 : 0));
    const by = subjectBefore(text, m.index);
    if (!company || by?.kind !== 'name') continue;
    return (inp) => ({
      block: inp.block, blockText: inp.blockText, quote: text,
      company: { name: company.text, ...hitOf(inp, company.start, company.end) }, companyRef: false,
      amount: null, valuation: null, stage: null, leads: [],
      participants: [{ name: by.span.text, ...hitOf(inp, by.span.start, by.span.end) }],
      raise: true, past: false, unfinished: false, date: null, aliases: [],
    });
  }
  return null;
}

/**
 * Which figure an investor named at `at` goes with: the last one before it ("X received $50m from A; Y
 * received $40m from B and C"), or the first when the list comes before every figure ("A led a $5M round").
 */
function ownerOf(anchors: { at: number }[], at: number): number {
  let owner = 0;
  anchors.forEach((a, i) => { if (a.at <= at && (anchors[owner]!.at > at || a.at > anchors[owner]!.at)) owner = i; });
  return owner;
}

/** The frames of one sentence; none when it states no round (no amount, stage, investor or raise). */
export function framesOf(inp: SentenceInput): Frame[] {
  const { text } = inp;
  const moneys = findMoney(text, inp.currency).map((m) => roleOf(text, m));
  const stages = findStages(text);
  const rounds = moneys.filter((m) => m.role === 'round' && m.money.value >= MIN_ROUND);
  const valuations = moneys.filter((m) => m.role === 'valuation');
  const valuation = valuations[0];
  // a title-case headline ("With SEBI’s Nod For IPO, Acme Raises…") makes every word a name: no weak lists there
  const titleCase = inp.block === -1 && (text.match(/(?:^|\s)\p{Ll}{3,}/gu) ?? []).length < 2;
  const inv = findInvestors(text, !titleCase && (rounds.length > 0 || stages.length > 0 || speaksOfRound(text)));
  type Anchor = { at: number; end: number; m: RoledMoney | null };
  const anchors: Anchor[] = rounds.length ? rounds.map((m) => ({ at: m.start, end: m.end, m })) : stages.slice(0, 1).map((s) => ({ at: s.start, end: s.end, m: null }));
  if (rounds.length) anchors.push(...earlierStages(text, stages, anchors, inp.published));
  // "It has so far raised £22m from investors such as A": backers of the total, not of a round
  const total = moneys.find((m) => m.role === 'total');
  if (!anchors.length && total) {
    inv.leads = inv.leads.filter((h) => h.start < total.start);
    inv.participants = inv.participants.filter((h) => h.start < total.start);
  }
  if (!anchors.length) {
    // "Telstra Ventures invests in GitLab": an investment named without its figure
    const backed = investmentWithoutFigure(text);
    if (backed) return [backed(inp)];
    if (!inv.leads.length && !inv.participants.length && !valuation) return [];
    anchors.push({ at: valuation?.start ?? 0, end: valuation?.end ?? 0, m: null });
  }
  const frames: Frame[] = [];
  // "A, B and C raised $24M, $22M and $9.6M, respectively"
  const pairs = pairRespectively(text, rounds);
  let looseValuation: RoledMoney | undefined;
  const loose: NameHit[] = [];
  const clauses = anchors.map((a, i) => clauseOf(text, a, anchors[i - 1]?.end ?? 0, anchors[i + 1]?.at ?? text.length));
  anchors.forEach((a, i) => {
    const paired = i < rounds.length ? pairs?.[i] : undefined;
    const { subject, verb, investor }: Raiser = paired ? { subject: { kind: 'name', span: paired.name }, verb: true }
      : findRaiser(text, a.at, a.end, anchors[i + 1]?.at ?? text.length);
    const span0 = clauseOf(text, a, anchors[i - 1]?.end ?? 0, anchors[i + 1]?.at ?? text.length);
    const clause = text.slice(span0.start, span0.end);
    const past = isPast(clause, inp.published) || (!a.m && ALSO_IN.test(text.slice(Math.max(0, a.at - 60), a.at)));
    // "Listing other participants such as A and B, this round surpasses the $410M Series B of last July":
    // backers named before an earlier round's clause are today's round's
    const mine = (h: NameHit): boolean => ownerOf(anchors, h.start) === i && !(past && h.end <= span0.start && (loose.push(h), true));
    const leads = inv.leads.filter(mine).map((h) => shift(h, inp.start));
    const participants = inv.participants.filter(mine).map((h) => shift(h, inp.start));
    if (investor && ![...leads, ...participants].some((h) => h.start < investor.end + inp.start && h.end > investor.start + inp.start)) {
      (investor.lead ? leads : participants).push(shift(investor, inp.start));
    }
    // a valuation goes with the figure whose clause holds it; one in no clause goes with the first round
    const inClause = (v: RoledMoney, c: { start: number; end: number }): boolean => v.start >= c.start && v.end <= c.end;
    const outside = valuations.find((v) => !clauses.some((c) => inClause(v, c)));
    // "X, which raised $20M in 2019, is now valued at $500M": a loose valuation never goes to an earlier round
    const own = valuations.find((v) => inClause(v, clauses[i]!)) ?? (i === 0 && !past ? outside : undefined);
    if (i === 0 && past && outside) looseValuation = outside;
    // the stage of this figure's clause ("…$12M from X, eight months after raising $4M in seed funding")
    const stage = nearestStage(stages.filter((st) => st.start >= span0.start - 20 && st.end <= span0.end + 20), a.at);
    let span = subject?.kind === 'name' ? subject.span : null;
    let alias = span ? ALIAS.exec(text.slice(span.end))?.[1] ?? null : null;
    const brand = span ? BRAND.exec(text.slice(span.end)) : null;
    if (span && brand) {
      const at = span.end + brand[0].length - brand[1]!.length;
      alias = span.text;
      span = { text: brand[1]!, start: at, end: at + brand[1]!.length, possessive: false };
    }
    frames.push({
      block: inp.block,
      blockText: inp.blockText,
      quote: text,
      company: span ? { name: span.text, ...hitOf(inp, span.start, span.end) } : null,
      companyRef: subject?.kind === 'ref',
      amount: a.m ? { ...hitOf(inp, a.m.start, a.m.end), money: money(a.m) } : null,
      valuation: own ? { ...hitOf(inp, own.start, own.end), valuation: { ...money(own), basis: own.basis } as Valuation } : null,
      stage: stage ? { ...hitOf(inp, stage.start, stage.end), stage: stage.stage as Stage } : null,
      // one list per sentence: it goes with the sentence's first round
      leads,
      participants,
      raise: verb || speaksOfRound(text),
      past,
      unfinished: UNFINISHED.test(text.slice(Math.max(0, a.at - 60), a.at)),
      date: findDates(clause, inp.published)[0]?.date ?? null,
      aliases: alias ? [alias] : [],
    });
  });
  if ((looseValuation || loose.length) && frames[0]) frames.push(currentFrame(frames[0], inp, looseValuation, loose));
  return frames;
}

/** Today's valuation or backers told beside an earlier round: a frame of their own, for the current round. */
function currentFrame(first: Frame, inp: SentenceInput, v: RoledMoney | undefined, backers: NameHit[]): Frame {
  return {
    ...first, amount: null, stage: null, leads: [], participants: backers.map((h) => shift(h, inp.start)), past: false, date: null,
    valuation: v ? { ...hitOf(inp, v.start, v.end), valuation: { ...money(v), basis: v.basis } as Valuation } : null,
  };
}
