// Frames → draft rounds per company. A frame with a raiser opens or extends that company's round; a frame
// that speaks of "it" / "the company" belongs to the company the text is about; a frame that only lists
// investors or a valuation ("The round was led by X") extends the round last spoken of.
import type { Evidence, FactKind, Investor, Money, Stage, Valuation } from '../../model';
import { makeEvidence } from '../evidence';
import { phrasesSource as words, ROUND_TALK } from '../lexicon/index';
import { CJK_REFERRING_OPENER } from '../lexicon/cjk';
import { BACK_POINTING, ROUND_OPENERS, ROUND_REFERENCES } from '../lexicon/frame-words';
import { AUX_BEFORE_RAISE, PRONOUN_RAISERS, RAISED } from '../lexicon/subject';
import { firstName, lastName } from '../recognize/names';
import { REFERRING_OPENER } from '../relate/referring';
import { insideRelative } from '../relate/relative';
import { blankSource } from '../relate/subject';
import type { Frame, Hit } from '../relate/types';
import { sameCompany } from './company-key';
import { sameFigure } from './same-money';

export interface Draft {
  company: string;
  aliases: string[];
  past: boolean;
  stage: Stage | null;
  amount: Money | null;
  valuation: Valuation | null;
  investors: Investor[];
  date: string | null;
  evidence: Evidence[];
  /** Blocks where a frame named this round's raiser with a verb of raising. */
  raiseBlocks: Set<number>;
  unfinished: boolean;
}


function evidence(f: Frame, kind: FactKind, h: Hit): Evidence {
  return makeEvidence(kind, f.blockText, f.block, h.start, h.end, f.quote, f.block <= 0 ? 0.9 : 0.75);
}

function addInvestors(d: Draft, f: Frame): void {
  const add = (h: Frame['leads'][number], role: Investor['role']): void => {
    if (sameCompany(h.name, d.company) || d.aliases.some((a) => sameCompany(h.name, a))) return;
    const prev = d.investors.find((i) => sameCompany(i.name, h.name));
    if (prev) {
      if (role === 'lead') prev.role = 'lead';
      // "Foxglove leads…" in the headline, "Foxglove Ventures" in the body: the fuller name is shown
      if (h.name.length > prev.name.length && h.name.startsWith(prev.name)) prev.name = h.name;
      // the same backer named again in another paragraph (headline and lead) is highlighted there too
      if (!d.evidence.some((e) => e.paragraph === f.block && e.text === h.text)) d.evidence.push(evidence(f, prev.role === 'lead' ? 'lead' : 'investor', h));
      return;
    }
    d.investors.push({ name: h.name, role });
    d.evidence.push(evidence(f, role === 'lead' ? 'lead' : 'investor', h));
  };
  for (const h of f.leads) add(h, 'lead');
  for (const h of f.participants) add(h, 'participant');
}

/** "It has raised $31M", "the startup recently closed…". */
// ("we’ve raised", "it’s closed": a contracted auxiliary)
const PRONOUN_RAISE = new RegExp(String.raw`(?:^|[\s,])${words(PRONOUN_RAISERS)}(?:['’](?:ve|s|d))?\s+(?:${words(AUX_BEFORE_RAISE)}\s+)*${words(RAISED)}`, 'iu');

/** Adds a frame's facts to a draft; facts already known stay (the first statement is usually the clearest). */
/** The body's sentence is the better quote: body evidence of a fact goes before the headline's. */
function preferBody(d: Draft, f: Frame, kind: FactKind, h: Hit): void {
  const first = d.evidence.findIndex((e) => e.kind === kind);
  if (f.block >= 0 && first >= 0 && d.evidence[first]!.paragraph === -1 && !d.evidence.some((e) => e.kind === kind && e.paragraph >= 0)) {
    d.evidence.splice(first, 0, evidence(f, kind, h));
  }
}

/** The draft's company was read from the headline alone so far. */
const headlineOnly = (d: Draft): boolean => d.evidence.filter((e) => e.kind === 'company').every((e) => e.paragraph === -1);

function extend(d: Draft, f: Frame): void {
  // a title-case headline runs words into the name ("Meltano Spins Out of GitLab"): the body's shorter name wins
  // (and so does the name without an owner's or place's possessive: "Ellicott City's Blackpoint Cyber")
  if (f.company && f.block >= 0 && (headlineOnly(d) || /[’']s\s/u.test(d.company)) && sameCompany(f.company.name, d.company) && f.company.name.length < d.company.length) {
    d.company = f.company.name;
  }
  if (f.amount && d.amount && sameFigure(f.amount.money, d.amount)) preferBody(d, f, 'amount', f.amount);
  // "Kelpware raising $8M" over "…is in talks to raise $8 million": the same figure, not yet raised
  if (f.unfinished && f.amount && d.amount && sameFigure(f.amount.money, d.amount)) d.unfinished = true;
  if (f.stage && d.stage === f.stage.stage) preferBody(d, f, 'stage', f.stage);
  if (f.company && sameCompany(f.company.name, d.company)) preferBody(d, f, 'company', f.company);
  if (f.amount && !d.amount) { d.amount = f.amount.money; d.evidence.push(evidence(f, 'amount', f.amount)); }
  if (f.stage && !d.stage) { d.stage = f.stage.stage; d.evidence.push(evidence(f, 'stage', f.stage)); }
  if (f.valuation && !d.valuation) { d.valuation = f.valuation.valuation; d.evidence.push(evidence(f, 'valuation', f.valuation)); }
  if (f.company && !d.evidence.some((e) => e.kind === 'company')) d.evidence.push(evidence(f, 'company', f.company));
  if (!d.date && f.date) d.date = f.date;
  for (const a of f.aliases) if (!d.aliases.includes(a)) d.aliases.push(a);
  // the draft was opened under a name the frame calls an alias (the legal name): readers' name wins
  if (f.company && f.aliases.some((a) => sameCompany(a, d.company)) && !sameCompany(f.company.name, d.company)) {
    d.aliases = [...new Set([d.company, ...d.aliases])].filter((a) => !sameCompany(a, f.company!.name));
    d.company = f.company.name;
  }
  // "It has raised $31M": a raise told of the company by "it" is its raise too
  // (and by a noun that opens the sentence or its clause after a colon: "The French company, which builds payroll
  // software, has raised…", "X has news: the startup has raised…", "该团队…获得了")
  const clause = f.quote.slice(f.quote.search(/[:;]\s+[^:;]*$/) + 1);
  if (f.raise && (f.company || (f.companyRef && (PRONOUN_RAISE.test(f.quote) || REFERRING_OPENER.test(f.quote) || REFERRING_OPENER.test(clause) || CJK_REFERRING_OPENER.test(f.quote))))) d.raiseBlocks.add(f.block);
  addInvestors(d, f);
}

/** The draft is this company's: by name, or by another name either of them gives ("the company behind X"). */
function sameRaiser(d: Draft, f: Frame, company: string): boolean {
  return sameCompany(d.company, company) || d.aliases.some((a) => sameCompany(a, company)) || f.aliases.some((a) => sameCompany(a, d.company));
}

const isLoan = (s: Stage | null | undefined): boolean => s === 'debt' || s === 'convertible_note';

function fits(d: Draft, f: Frame, company: string): boolean {
  if (d.past !== f.past || !sameRaiser(d, f, company)) return false;
  // (a loan of another size told in a sentence of its own is a deal of its own: "It also secured a $25M facility")
  if (f.amount && d.amount && !sameFigure(f.amount.money, d.amount)) {
    return !f.past && !(f.stage && d.stage && f.stage.stage !== d.stage) && !(isLoan(f.stage?.stage) && !isLoan(d.stage));
  }
  if (f.stage && d.stage && f.stage.stage !== d.stage) return !f.past && !f.amount;
  return true;
}

function open(company: string, f: Frame): Draft {
  return { company, aliases: [], past: f.past, stage: null, amount: null, valuation: null, investors: [], date: null, evidence: [], raiseBlocks: new Set(), unfinished: f.unfinished };
}

/** A round whose raiser could not be read: follow-ups attach to it, and it never reaches the page. */
function unnamedRound(f: Frame): Draft {
  const d = open('', f);
  extend(d, f);
  return d;
}

/** "…secured the investment", "…closed the round": a sentence that names the round just told. */
const THE_ROUND_WORDS = `(?:the|this)\\s+(?:new\\s+|latest\\s+)?${words(ROUND_REFERENCES)}`;
const THE_ROUND = new RegExp(`\\b${THE_ROUND_WORDS}`, 'iu');

/** The unnamed round last told takes the raiser a follow-up names (and joins the page's rounds, or the draft
 *  that company already has). */
function nameRound(drafts: Draft[], d: Draft, f: Frame, company: string): void {
  const own = drafts.find((x) => fits(x, f, company));
  if (own) { extend(own, f); return; }
  d.company = company;
  extend(d, f);
  drafts.push(d);
}

/** A sentence that only adds to the round last spoken of: it names the round or leads, or states a valuation. */
function isFollowUp(f: Frame): boolean {
  if (f.valuation) return true;
  if (!f.leads.length && !f.participants.length) return false;
  if (f.listed) return true;
  // "Rs 1 crore each from A and B": money from named backers adds to the round
  return f.leads.length > 0 || !!f.amount || ROUND_TALK.test(f.quote);
}

const SHARE_OF_ROUND = /\b(?:each|tranche|of which|part of|portion|share of|first close|second close)\b/i;

/** "…took $15.5M, led by Insight" after another company's $40M round; but "Rs 1 crore each from A and B" adds to it. */
function otherFigure(last: Draft, f: Frame): boolean {
  return !!f.amount && !!last.amount && !sameFigure(f.amount.money, last.amount) && !SHARE_OF_ROUND.test(f.quote);
}

/** The one current round of the page with the frame's figure, if any. */
function sameFigureRound(drafts: Draft[], f: Frame): Draft | null {
  const same = drafts.filter((d) => !d.past && !d.unfinished && d.company && d.amount && sameFigure(d.amount, f.amount!.money));
  return !f.past && same.length === 1 ? same[0]! : null;
}

/** "Other participants in that round included…": a demonstrative names the round just told, however long ago. */
const THAT_ROUND = new RegExp(`${words(BACK_POINTING)}\\s+${words(ROUND_REFERENCES)}`, 'iu');

/** "X raised $10M. It had previously raised $2.6M. The funding was provided by…": a sentence that opens on
 *  the round names today's. */
const OPENS_ON_ROUND = new RegExp(`^\\s*(?:${THE_ROUND_WORDS}\\b|${words(ROUND_OPENERS)})`, 'iu');

function backToToday(last: Draft, f: Frame): boolean {
  const told = last.evidence.at(-1);
  return !told || told.paragraph !== f.block || told.quote === f.quote || OPENS_ON_ROUND.test(f.quote);
}

/** With no other context, "its Series C" belongs to the name the sentence opens with. */
function sentenceName(f: Frame): string | null {
  const n = firstName(blankSource(f.quote), 40);
  return n && !f.leads.concat(f.participants).some((h) => h.name === n.text) ? n.text : null;
}

/** "Barrow Capital, which led the company's seed round, also participated": that stage is another round's. */
function inRelativeClause(f: Frame): boolean {
  return !!f.stage && insideRelative(f.blockText.slice(0, f.stage.start));
}

/** "One of them was Quillon's. The company has raised…": failing all else, the name ending the sentence before. */
function nameBefore(f: Frame): string | null {
  const at = f.blockText.indexOf(f.quote);
  if (at <= 0) return null;
  const before = f.blockText.slice(Math.max(0, at - 200), at).trimEnd();
  if (!/[.!?]$/.test(before)) return null;
  // (a sentence of one word is a dateline: "ROMA. La startup italiana ha chiuso…")
  const last = before.slice(0, -1).split(/[.!?]\s/).pop()!.trim();
  if (!/\s/.test(last)) return null;
  return lastName(before.slice(0, -1), 2)?.text ?? null;
}

/** "A debt collection startup has scored $1M… InDebted, which operates in Australia, will…": a sentence that
 *  opens on an indefinite description names its company in the next one, if that one opens on a name. */
const INDEFINITE_OPENER = /^\s*(?:an?|one)\s/i;
/** What follows a name that is its sentence's subject: an appositive's comma, or a verb. */
const SUBJECT_NEXT = /^(?:\s*,|\s+(?:has|have|had|is|was|said|says|will|plans|got|won|took|drew|made|saw|\p{Ll}+s|\p{Ll}+ed)\b)/u;
const SOURCE_NAME = String.raw`(?:The\s+)?\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3}`;
const REPORTED_BY = new RegExp(String.raw`^${SOURCE_NAME}\s+(?:reports|reported|says|said|writes|wrote)\s+(?:that\s+)?`, 'u');
function nameAfter(f: Frame): string | null {
  if (!INDEFINITE_OPENER.test(f.quote) || !REFERRING_OPENER.test(f.quote.replace(INDEFINITE_OPENER, 'the '))) return null;
  const at = f.blockText.indexOf(f.quote);
  // ("…now it's raised $3.4 million. The AFR reports Fulcrum, which…, has closed": the source is passed over)
  const next = at < 0 ? '' : f.blockText.slice(at + f.quote.length, at + f.quote.length + 300).trimStart().replace(REPORTED_BY, '');
  const n = firstName(next, 0);
  return n && n.start <= 60 && SUBJECT_NEXT.test(next.slice(n.end)) ? n.text : null;
}

/** Words by which a sentence refers back to the article's subject: "This follows…", "Its last round…". */
const REFERS = /\b(?:its|it|this|that|the company|the startup|follows|comes after|after)\b/i;

/** Adds a frame to its company's fitting draft, or opens one. */
function placeFrame(drafts: Draft[], f: Frame, company: string): Draft {
  // "…raised $30M in a Series B, and $10M in venture debt": one announcement, one round
  const same = f.past ? undefined : drafts.find((x) => !x.past && sameRaiser(x, f, company) && x.evidence.some((e) => e.quote === f.quote));
  if (same) { extend(same, { ...f, amount: null, stage: null }); return same; }
  let d = drafts.find((x) => fits(x, f, company)) ?? null;
  if (!d) { d = open(company, f); drafts.push(d); }
  if (d.amount && f.amount && !sameFigure(d.amount, f.amount.money)) extend(d, { ...f, amount: null });
  else extend(d, f);
  return d;
}

/** The rounds last spoken of, of any time and of today. */
interface Spoken { last: Draft | null; lastCurrent: Draft | null }

/** A sentence with no raiser of its own ("The round was led by X", "Y and Z also participated") adds to the round
 *  last spoken of, if that round is of the same time (current or earlier). Returns a round whose raiser is unread,
 *  when the sentence tells one of its own. */
function followUp(drafts: Draft[], spoken: Spoken, f: Frame): Draft | null {
  const { last, lastCurrent } = spoken;
  // a present-tense one after an earlier round's sentence, in its own paragraph or split from that sentence,
  // goes back to today's round; "Other participants in that round included…" stays with the round just told
  const that = THAT_ROUND.test(f.quote);
  const to = last && last.past && !f.past && !that && backToToday(last, f) ? lastCurrent : last;
  // "X led the Series D round": a present follow-up may name the stage the round lacked
  // (or one that gives the round's own figure again: "…has raised $15.2m in Series A funding led by X")
  const ownFigure = !f.amount || (!!to?.amount && sameFigure(to.amount, f.amount.money));
  const stage = to && !to.stage && !f.past && ownFigure && !inRelativeClause(f) ? f.stage : null;
  // ("$7 million has now been raised from A and B": a figure the page already gave a round names that round)
  const told = to && otherFigure(to, f) ? sameFigureRound(drafts, f) : null;
  // ("L'opération, d'un montant de six millions de dollars, a été menée par X": the round's figure, told late)
  const amount = to && !to.amount && !f.past && f.amount && OPENS_ON_ROUND.test(f.quote) ? f.amount : null;
  const only = { company: null, companyRef: false, date: null };
  if (told && isFollowUp(f)) extend(told, { ...f, ...only, amount: null, stage: null });
  else if (to && isFollowUp(f) && (to.past === f.past || that) && !otherFigure(to, f)) extend(to, { ...f, ...only, amount, stage });
  // "Florida-based fintech Finally has raised $200M" (its raiser unread) is a round of its own: what follows
  // ("the raise includes $50M from X") speaks of it, so it becomes the round last spoken of, kept off the page
  else if (f.raise && f.amount && !f.past && (!to || otherFigure(to, f))) return unnamedRound(f);
  return null;
}

export interface AssembleContext {
  /** The company the article is about, if the headline or lead says. */
  topic: string | null;
  /** The name each paragraph opens on ("Corvane laid off…"): what "the startup" means there, failing a topic. */
  blockSubjects?: Map<number, string>;
}

const NUMBERED_ITEM = /^\s*\d{1,2}[.)]\s/;

/** Folds the frames, in reading order, into draft rounds. */
export function assemble(frames: Frame[], ctx: AssembleContext): Draft[] {
  const drafts: Draft[] = [];
  let last = null as Draft | null;
  let lastCurrent = null as Draft | null;
  let blockCompany = null as { block: number; name: string } | null;
  for (const f of frames) {
    const named = f.company?.name ?? null;
    if (named) blockCompany = { block: f.block, name: named };
    // only a sentence that speaks of the raiser ("it", "the company", "the round") borrows the company of its context
    // (a numbered item — "4. A New Zealand startup… it's raised $3.4M" — never speaks of the item before it)
    const item = NUMBERED_ITEM.test(f.blockText);
    const context = (): string | null => (blockCompany?.block === f.block ? blockCompany.name : null) ?? ctx.topic
      ?? ctx.blockSubjects?.get(f.block) ?? (item ? null : ctx.blockSubjects?.get(f.block - 1) ?? sentenceName(f) ?? last?.company) ?? nameBefore(f);
    const company: string | null = named ?? nameAfter(f) ?? (f.companyRef ? context() : null);
    const roundLike = !!(f.amount || f.stage);
    // "This follows a $3M seed in 2022": an earlier round told without its raiser is the article's subject's
    const raiser = company ?? (f.past && roundLike && REFERS.test(f.quote) ? context() : null);
    if (raiser && !company) { placeFrame(drafts, f, raiser); continue; }
    if (!company || (!roundLike && !named)) {
      const unnamed = followUp(drafts, { last, lastCurrent }, f);
      if (unnamed) last = lastCurrent = unnamed;
      continue;
    }
    // "A London food company has closed a £4M seed round. Vertical Future secured the investment…": the name
    // given next to the round an indefinite description raised is its raiser
    if (last && !last.company && !roundLike && !f.past && THE_ROUND.test(f.quote)) { nameRound(drafts, last, f, company); continue; }
    if (!roundLike && !f.leads.length && !f.participants.length && !f.valuation) continue;
    last = placeFrame(drafts, f, company);
    if (!last.past) lastCurrent = last;
  }
  return drafts.filter((d) => d.amount || d.stage || d.investors.length || d.valuation);
}
