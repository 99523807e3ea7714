// One sentence → the funding frames it states: who raised how much, at which stage and valuation, led by
// whom and with whom, and whether the round is current, past or not yet done. A sentence may state one
// current round and earlier ones ("…raised $20M, after a $5M seed last year"): one frame each, anchored on
// its figure (or, lacking one, its stage). Raisers: relate/raiser.ts; clauses and tense: relate/clauses.ts.
import { eachRaiser } from './each';
import type { Money, Stage, Valuation } from '../../model';
import { HAS_RAISE, UNFINISHED } from '../lexicon/index';
import { findDates } from '../recognize/dates';
import { type CurrencyContext, findMoney } from '../recognize/money';
import { findStages, type StageMention } from '../recognize/stage';
import { withAlias } from './aliases';
import { ALSO_IN, clauseOf, earlierStages, isPast, nearestStage, type Span, trendExample } from './clauses';
import { findInvestors, type InvestorHits } from './investors';
import { type RoledMoney, rolesOf } from './money-role';
import { findRaiser, GLOBAL_ROUND_NOUN, type Raiser } from './raiser';
import { pairRespectively, type Pair } from './respectively';
import { hitOf, shift } from './hits';
import type { Frame, NameHit } from './types';
import { investmentWithoutFigure } from './without-figure';

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

interface Anchor { at: number; end: number; m: RoledMoney | null }

/** What one sentence holds, read once for all its frames. */
interface Sentence {
  inp: SentenceInput;
  text: string;
  rounds: RoledMoney[];
  valuations: RoledMoney[];
  stages: StageMention[];
  inv: InvestorHits;
  anchors: Anchor[];
  clauses: Span[];
  pairs: Pair[] | null;
  /** Today's valuation and backers told beside an earlier round. */
  loose: { valuation?: RoledMoney; backers: NameHit[] };
}

/** A round noun in the sentence, not a firm's name word: "funding", "capital" — but not "Castik Capital". */
export function speaksOfRound(text: string): boolean {
  GLOBAL_ROUND_NOUN.lastIndex = 0;
  return [...text.matchAll(GLOBAL_ROUND_NOUN)].some((m) => !/^\p{Lu}/u.test(m[0]) || /^(?:Series|Seed|Pre-seed)\b/i.test(m[0]) || m.index === 0);
}

const money = (m: RoledMoney): Money => ({ ...m.money });
const valuationHit = (inp: SentenceInput, v: RoledMoney): Frame['valuation'] => ({ ...hitOf(inp, v.start, v.end), valuation: { ...money(v), basis: v.basis } as Valuation });

/**
 * Which figure an investor named at `at` goes with: the last one before it ("X received $50m from A; Y
 * received $40m from B and C"), or the first when the list comes before every figure ("A led a $5M round").
 */
function ownerOf(anchors: { at: number }[], at: number): number {
  let owner = 0;
  anchors.forEach((a, i) => { if (a.at <= at && (anchors[owner]!.at > at || a.at > anchors[owner]!.at)) owner = i; });
  return owner;
}

/** The sentence's investors; a title-case headline ("With SEBI’s Nod For IPO, Acme Raises…") gets no weak lists. */
function investorsOf(inp: SentenceInput, rounds: RoledMoney[], stages: StageMention[], total: RoledMoney | undefined): InvestorHits {
  const { text } = inp;
  const titleCase = inp.block === -1 && (text.match(/(?:^|\s)\p{Ll}{3,}/gu) ?? []).length < 2;
  const inv = findInvestors(text, !titleCase && (rounds.length > 0 || stages.length > 0 || speaksOfRound(text)));
  // "It has so far raised £22m from investors such as A": backers of the total, not of a round
  if (rounds.length || stages.length || !total) return inv;
  return { leads: inv.leads.filter((h) => h.start < total.start), participants: inv.participants.filter((h) => h.start < total.start) };
}

/** A stage word that is also a common noun ("Phaaze’s seed entered the system"): a round only beside a raise. */
const BARE_STAGE = /^(?:seed|seeding|semilla|grants?)$/i;

/** One anchor per round figure, then earlier rounds named by stage; lacking figures, the first stage. */
function anchorsOf(s: Pick<Sentence, 'text' | 'rounds' | 'stages' | 'inp'>): Anchor[] {
  if (!s.rounds.length) {
    const told = (st: StageMention): boolean => {
      const rest = s.text.slice(0, st.start) + ' '.repeat(st.end - st.start) + s.text.slice(st.end);
      return !BARE_STAGE.test(st.text) || speaksOfRound(rest) || HAS_RAISE.test(rest);
    };
    return s.stages.filter(told).slice(0, 1).map((st) => ({ at: st.start, end: st.end, m: null }));
  }
  const anchors: Anchor[] = s.rounds.map((m) => ({ at: m.start, end: m.end, m }));
  return [...anchors, ...earlierStages(s.text, s.stages, anchors, s.inp.published)];
}

/** Reads a sentence; or its frames outright when it has no anchor (none, or one figureless investment). */
function readSentence(inp: SentenceInput): Sentence | Frame[] {
  const { text } = inp;
  const moneys = rolesOf(text, findMoney(text, inp.currency));
  const stages = findStages(text);
  const rounds = moneys.filter((m) => m.role === 'round' && m.money.value >= MIN_ROUND);
  const valuations = moneys.filter((m) => m.role === 'valuation');
  const inv = investorsOf(inp, rounds, stages, moneys.find((m) => m.role === 'total'));
  const anchors = anchorsOf({ text, rounds, stages, inp });
  if (!anchors.length) {
    // "Telstra Ventures invests in GitLab": an investment named without its figure
    const backed = investmentWithoutFigure(text);
    if (backed) return [backed(inp)];
    if (!inv.leads.length && !inv.participants.length && !valuations[0]) return [];
    anchors.push({ at: valuations[0]?.start ?? 0, end: valuations[0]?.end ?? 0, m: null });
  }
  const clauses = anchors.map((a, i) => clauseOf(text, a, anchors[i - 1]?.end ?? 0, anchors[i + 1]?.at ?? text.length));
  // "A, B and C raised $24M, $22M and $9.6M, respectively"
  const pairs = pairRespectively(text, rounds);
  return { inp, text, rounds, valuations, stages, inv, anchors, clauses, pairs, loose: { backers: [] } };
}

/** The raiser of anchor i: its "respectively" partner, or the one the sentence's words name. */
function raiserOf(s: Sentence, i: number): Raiser {
  const a = s.anchors[i]!;
  const paired = i < s.rounds.length ? s.pairs?.[i] : undefined;
  if (paired) return { subject: { kind: 'name', span: paired.name }, verb: true };
  return findRaiser(s.text, a.at, a.end, s.anchors[i + 1]?.at ?? s.text.length);
}

/** Anchor i's leads and participants; backers named before an earlier round's clause are set aside as today's. */
function backersOf(s: Sentence, i: number, past: boolean, investor: Raiser['investor']): Pick<Frame, 'leads' | 'participants'> {
  const clause = s.clauses[i]!;
  // "Listing other participants such as A and B, this round surpasses the $410M Series B of last July"
  const mine = (h: NameHit): boolean => ownerOf(s.anchors, h.start) === i && !(past && h.end <= clause.start && (s.loose.backers.push(h), true));
  const leads = s.inv.leads.filter(mine).map((h) => shift(h, s.inp.start));
  const participants = s.inv.participants.filter(mine).map((h) => shift(h, s.inp.start));
  const by = s.inp.start;
  if (investor && ![...leads, ...participants].some((h) => h.start < investor.end + by && h.end > investor.start + by)) {
    (investor.lead ? leads : participants).push(shift(investor, by));
  }
  return { leads, participants };
}

/** A valuation goes with the figure whose clause holds it; one in no clause with the first, current round. */
function valuationOf(s: Sentence, i: number, past: boolean): RoledMoney | undefined {
  const inClause = (v: RoledMoney, c: Span): boolean => v.start >= c.start && v.end <= c.end;
  const outside = s.valuations.find((v) => !s.clauses.some((c) => inClause(v, c)));
  // "X, which raised $20M in 2019, is now valued at $500M": a loose valuation never goes to an earlier round
  if (i === 0 && past && outside) s.loose.valuation = outside;
  return s.valuations.find((v) => inClause(v, s.clauses[i]!)) ?? (i === 0 && !past ? outside : undefined);
}

/** "…had raised $40M, including a $25M Series B in 2023": a part of an earlier total is as earlier as the total. */
const PART_OF = /^[\s,]*(?:including|of which|among them)\s/i;
function partOfEarlier(s: Sentence, i: number): boolean {
  const prev = s.anchors[i - 1];
  if (!prev || !PART_OF.test(s.text.slice(prev.end, s.anchors[i]!.at))) return false;
  const span = s.clauses[i - 1]!;
  return isPast(s.text.slice(span.start, span.end), s.inp.published);
}

/** The frame of anchor i. */
function frameAt(s: Sentence, i: number): Frame {
  const { inp, text } = s;
  const a = s.anchors[i]!;
  const span = s.clauses[i]!;
  const clause = text.slice(span.start, span.end);
  const past = isPast(clause, inp.published) || (!a.m && ALSO_IN.test(text.slice(Math.max(0, a.at - 60), a.at))) || partOfEarlier(s, i)
    || trendExample(text.slice(0, a.at));
  const { subject, verb, investor } = raiserOf(s, i);
  const backers = backersOf(s, i, past, investor);
  const own = valuationOf(s, i, past);
  // the stage of this figure's clause ("…$12M from X, eight months after raising $4M in seed funding")
  // (but a stage nearer the figure before it is that figure's: "A raised $40M in its Series C round, and B, which
  // secured $35M…")
  const prev = s.anchors[i - 1];
  const theirs = (st: StageMention): boolean => !!prev && st.start >= prev.end && st.end <= a.at && st.start - prev.end < a.at - st.end;
  // (and a stage after the next figure is the next figure's: "$40M, including a $25M Series B")
  const next = s.anchors[i + 1];
  const nextOwns = (st: StageMention): boolean => !!next && st.start >= next.end;
  const stage = nearestStage(s.stages.filter((st) => st.start >= span.start - 20 && st.end <= span.end + 20 && !theirs(st) && !nextOwns(st)), a.at);
  // (the lead of a round never raised it: "…led by A and the B Fund, a fund announced in 2023"; a raiser read
  // as one of its own participants is no participant)
  const raiserName = subject?.kind === 'name' ? subject.span.text : null;
  const isLead = !!raiserName && backers.leads.some((h) => h.name === raiserName);
  backers.participants = backers.participants.filter((h) => h.name !== raiserName);
  const named = subject?.kind === 'name' && !isLead ? withAlias(text, subject.span) : null;
  return {
    block: inp.block, blockText: inp.blockText, quote: text,
    company: named ? { name: named.span.text, ...hitOf(inp, named.span.start, named.span.end) } : null,
    companyRef: subject?.kind === 'ref',
    amount: a.m ? { ...hitOf(inp, a.m.start, a.m.end), money: money(a.m) } : null,
    valuation: own ? valuationHit(inp, own) : null,
    stage: stage ? { ...hitOf(inp, stage.start, stage.end), stage: stage.stage as Stage } : null,
    ...backers,
    raise: verb || speaksOfRound(text),
    past,
    unfinished: UNFINISHED.test(text.slice(Math.max(0, a.at - 60), a.at)) && !SHARES_ISSUED.test(text.slice(Math.max(0, a.at - 200), a.at)),
    date: findDates(clause, inp.published)[0]?.date ?? null,
    aliases: named?.alias ? [named.alias] : [],
  };
}

/** "passed a special resolution to issue 95,479 Series E shares at Rs 52,467 each to raise Rs 1,002 crore": shares
 *  issued to raise a sum are how the round was made, not a raise still to come. */
const SHARES_ISSUED = /\b(?:issu\w*|allot\w*)\b[^.;]{0,160}\bshares\b[^.;]{0,80}\bto raise\b[^.;]{0,20}$/i;

/** Today's valuation or backers told beside an earlier round: a frame of their own, for the current round. */
function currentFrame(first: Frame, s: Sentence): Frame {
  const { valuation, backers } = s.loose;
  return {
    ...first, amount: null, stage: null, leads: [], participants: backers.map((h) => shift(h, s.inp.start)), past: false, date: null,
    valuation: valuation ? valuationHit(s.inp, valuation) : null,
  };
}

/** The frames of one sentence; none when it states no round (no amount, stage, investor or raise). */
export function framesOf(inp: SentenceInput): Frame[] {
  const s = readSentence(inp);
  if (Array.isArray(s)) return s;
  const frames = s.anchors.flatMap((_, i) => eachRaiser(inp, frameAt(s, i)));
  if ((s.loose.valuation || s.loose.backers.length) && frames[0]) frames.push(currentFrame(frames[0], s));
  return withoutOtherRaisers(frames);
}

/** "Sonder raised $35M from Blackbird, the device startup Devicie raised $14M…": a company the sentence says raised
 *  money of its own is no backer of another figure in it. */
function withoutOtherRaisers(frames: Frame[]): Frame[] {
  const raisers = new Set(frames.map((f) => f.company?.name).filter((n): n is string => !!n));
  if (raisers.size < 2) return frames;
  const keep = (f: Frame) => (h: NameHit): boolean => h.name === f.company?.name || !raisers.has(h.name);
  return frames.map((f) => ({ ...f, leads: f.leads.filter(keep(f)), participants: f.participants.filter(keep(f)) }));
}
