// Which drafts this article reports (primary) and which it only mentions: earlier rounds, rivals' rounds,
// rounds on a page that reports none. A roundup — several companies, each with its own raise and figure —
// reports every current deal; a single-deal story reports its subject's round.
import type { Money, Round, Stage } from '../../model';
import { anyPhrase } from '../lexicon/index';
import { MANY_DEALS, MANY_DEALS_CJK } from '../lexicon/page-kinds';
import { nameTokens, sameCompany } from '../assemble/company-key';
import { sameFigure } from '../assemble/same-money';
import { siteCompany } from './topic';
import { isCjk } from '../relate/cjk';
import type { Draft } from '../assemble/rounds';

export interface JudgeContext {
  topic: string | null;
  /** The topic was read from the headline (not guessed from the body). */
  topicFromHeadline: boolean;
  /** The page's headline, or '' when the stored copy has none. */
  headline: string;
  /** The body's first sentence (an app's h1 when the document title is the site's). */
  lead: string;
  /** A newsletter's own headline for its story, in the body (see judge/topic.ts). */
  subhead?: string;
  /** The headline states a round (a figure or stage with a raise), even without naming the raiser. */
  headlineRound: boolean;
  notFunding?: string;
  published: string | null;
  /** The outlet's own name ("PYMNTS", "BioWorld"): never the raiser. */
  site: string | null;
  /** The round figures the headline states ("Leads $13M In…"). */
  headlineAmounts?: Money[];
  /** The body's text, to tell a name the headline misread from one the body uses. */
  body?: string;
}

const ROUNDUP_COMPANIES = 3;

function isDeal(d: Draft): boolean {
  return !d.past && d.raiseBlocks.size > 0 && !!(d.amount || d.stage);
}

/** Several companies each with a raise of their own, in blocks of their own. */
export function isRoundup(drafts: Draft[], headline: boolean): boolean {
  const deals = drafts.filter(isDeal);
  const companies = deals.filter((d, i) => deals.findIndex((x) => sameCompany(x.company, d.company)) === i);
  const blocks = new Set(companies.map((d) => Math.min(...d.raiseBlocks)));
  // under a headline that names one company, the others must each have a paragraph of their own
  return headline ? companies.length >= ROUNDUP_COMPANIES && blocks.size >= 2 : companies.length >= 2;
}

/** "PYMNTS" on pymnts.com: the outlet is never the raiser (but a company's own blog speaks for it). */
function isOutlet(company: string, site: string | null): boolean {
  if (!site || siteCompany(site)) return false;
  const key = (s: string): string => nameTokens(s).join('');
  const outlet = site.replace(/\s*\(.*\)\s*$/, '').replace(/\.(?:com|net|org|io|co|in|ng|de|fr|es)$/i, '');
  return key(company) === key(outlet);
}

function inHeadline(d: Draft, headline: string): boolean {
  return namedIn([d.company, ...d.aliases], headline);
}

/** Whether the headline holds one of these names whole. */
function namedIn(names: string[], headline: string): boolean {
  const h = nameTokens(headline).join(' ');
  // CJK text runs its words together: "Harbour BioMedが$85Mを調達" holds a Latin name without a space after it
  // (a name in CJK script is only ever matched whole: the headline it was read from holds it trivially)
  const glued = isCjk(headline);
  return names.some((n) => {
    const k = nameTokens(n).join(' ');
    // (and a CJK name of three or more characters is as rarely a word inside another: "智能清洁品牌追光Speedfox宣布")
    return (!!k && (` ${h} `).includes(` ${k} `)) || (glued && n.length >= (isCjk(n) ? 3 : 2) && headline.includes(n));
  });
}

/** (a backer's name of two words or more: one word is too often a common one) */
const backerInHeadline = (d: Draft, headline: string): boolean =>
  namedIn(d.investors.map((i) => i.name).filter((n) => nameTokens(n).length > 1), headline);

function confidence(d: Draft, primary: boolean): number {
  const facts = [d.amount, d.stage, d.valuation].filter(Boolean).length + Math.min(2, d.investors.length);
  return Math.min(0.95, (primary ? 0.55 : 0.4) + facts * 0.08);
}

function toRound(d: Draft, primary: boolean, published: string | null): Round {
  const round: Round = {
    primary, company: d.company, stage: d.stage, amount: d.amount, valuation: d.valuation,
    investors: d.investors, date: d.date ?? (primary ? published : null), confidence: confidence(d, primary), evidence: d.evidence,
  };
  if (d.aliases.length) round.aliases = d.aliases;
  return round;
}

const MANY = anyPhrase(MANY_DEALS);
const MANY_CJK = new RegExp(MANY_DEALS_CJK.join('|'), 'u');

/** The headline speaks of many deals: "Deals of the week", "医疗健康行业周报". */
const manyDeals = (headline: string): boolean => MANY.test(headline) || MANY_CJK.test(headline);

/** "New Oriental Leads $13M In Kaishu": a headline with one figure, no word of many deals, tells one deal — its figure's. */
function headlineDeal(kept: Draft[], ctx: JudgeContext): Draft | null {
  const amounts = ctx.headlineAmounts ?? [];
  if (ctx.topicFromHeadline || amounts.length !== 1 || manyDeals(ctx.headline)) return null;
  return kept.find((d) => isDeal(d) && d.amount && sameFigure(d.amount, amounts[0]!)) ?? null;
}

const QUOTATION = /^\s*["“„«「『][^"“”„«»「」『』]{8,}["”“»」』]\s*$/u;

const headlineOnly = (d: Draft): boolean => d.evidence.every((e) => e.paragraph === -1);

/**
 * "…Leads $8M In Children’s Audio Start-Up": a title-case headline makes names of common words. A round read
 * from the headline alone, under a name the body never uses, is the body's round of the same figure.
 */
function misreadHeadline(kept: Draft[], body: string): Draft[] {
  const misread = (d: Draft): boolean => headlineOnly(d) && !!d.amount && !body.includes(d.company)
    && kept.some((x) => x !== d && !headlineOnly(x) && !!x.amount && sameFigure(x.amount, d.amount!));
  return kept.filter((d) => !misread(d));
}

/**
 * A round only mentioned must still be told as funding: a raise by a named company, a stage or a backer. A
 * price ("Lupita's $150K dress"), a bill's size or a worth with nothing else is no round at all.
 */
function toldAsFunding(d: Draft): boolean {
  return d.raiseBlocks.size > 0 || !!d.stage || d.investors.length > 0;
}

/**
 * A page stored without its headline whose first sentence tells one company's raise, and which speaks of that
 * company again after the other companies' rounds, is that company's story ("…FTA's new funding will allow it
 * to…" after "Last week BlackRock led a $70 million investment in Loadsmart"): judged as under a headline
 * naming it. A digest moves on from each company for good, and its first sentence may name several of them.
 */
function returnsToLead(kept: Draft[], ctx: JudgeContext): boolean {
  const lead = !ctx.headline && ctx.body ? kept.find((d) => isDeal(d) && inHeadline(d, ctx.lead)) : undefined;
  if (!lead) return false;
  const body = ctx.body!;
  const names = (d: Draft): string[] => [d.company, ...d.aliases].filter((n) => n.length >= 2);
  const others = kept.filter((d) => isDeal(d) && !sameCompany(d.company, lead.company));
  // (a digest's opening sentence names several of its companies: "Spleet, Sokowatch, Big Cabal Media… made the headlines")
  if (!others.length || others.some((d) => inHeadline(d, ctx.lead))) return false;
  const lastOther = Math.max(-1, ...others.map((d) => Math.min(...names(d).map((n) => body.indexOf(n)).filter((i) => i >= 0))));
  return names(lead).some((n) => body.lastIndexOf(n) > lastOther);
}

export function judge(drafts: Draft[], ctx: JudgeContext): Round[] {
  // (a company's own post, its topic read from the site — "we have raised" on livingcarbon.com — speaks for the site)
  const ownPost = !!ctx.topic && !ctx.topicFromHeadline;
  const all = drafts.filter((d) => !d.unfinished && !(!ownPost && isOutlet(d.company, ctx.site) && ![...d.raiseBlocks].some((b) => b >= 0)));
  const kept = ctx.body === undefined ? all : misreadHeadline(all, ctx.body);
  if (kept.length < all.length && ctx.topic && !kept.some((d) => sameCompany(d.company, ctx.topic!))) {
    ctx = { ...ctx, topic: null, topicFromHeadline: false };
  }
  const told = headlineDeal(kept, ctx);
  // a headline that names its one raiser, without a word of many deals, tells one deal: the list of other
  // companies' rounds under it ("• Swiggy raised $700M in 2022") is for comparison
  const digest = manyDeals(ctx.headline);
  const oneRaiser = ctx.topicFromHeadline && !digest;
  // (a headline naming one company and promising others — "X's $135m debut, and other bio financing news" — is a
  // digest's: two companies' deals make it one)
  const roundup = !ctx.notFunding && !told && !oneRaiser && isRoundup(kept, (ctx.topicFromHeadline && !digest) || returnsToLead(kept, ctx));
  // a single-deal story names its subject in its headline ("SenseTime smashes its record…"), or at least
  // reports a round there; a headline about something else ("The story of Sequoia") reports none
  // (a digest's headline — "Week in Review: …" — may report any of its deals)
  // (or names one of its backers: "El brazo inversor de Juan Roig entra en…" over Criptan's round with Juan Roig in it)
  const namedUp = (d: Draft): boolean => inHeadline(d, ctx.headline) || inHeadline(d, ctx.lead) || (!!ctx.subhead && inHeadline(d, ctx.subhead))
    || backerInHeadline(d, ctx.headline);
  // (a headline that is only a quotation — an interview's pull quote — says no more about the topic than none)
  const quoted = QUOTATION.test(ctx.headline);
  const firstDeal = kept.find((d) => isDeal(d) && (!ctx.headline || quoted || ctx.headlineRound || digest || namedUp(d)));
  const subject = ctx.topic ?? told?.company ?? firstDeal?.company ?? null;
  const primary = kept.map((d) => {
    const ours = !!subject && [d.company, ...d.aliases].some((n) => sameCompany(n, subject));
    return !ctx.notFunding && !d.past && (roundup ? isDeal(d) || ours : ours);
  });
  const earlier = earlierRungs(kept, primary);
  const retold = retoldRounds(kept, primary);
  return kept.flatMap((d, i) => !retold[i] && (primary[i] || toldAsFunding(d)) ? [toRound(d, primary[i]! && !earlier[i], ctx.published)] : []);
}

/** "PureTech Founded Entity Seaport Therapeutics" holds "Seaport": a title-case description run into the name. */
function holdsName(long: string, short: string): boolean {
  const k = nameTokens(short).join(' ');
  return k.length >= 4 && ` ${nameTokens(long).join(' ')} `.includes(` ${k} `);
}

/** "Announcing our $6.8M Series A" over "earlier this year we closed our Series A at $6.8M": a mention with the
 *  reported round's company, stage and figure is that round told again, not an earlier one. */
function retoldRounds(drafts: Draft[], primary: boolean[]): boolean[] {
  const same = (a: Draft, b: Draft): boolean => !!a.amount && !!b.amount && a.amount.currency === b.amount.currency
    && Math.abs(a.amount.value - b.amount.value) <= 0.01 * b.amount.value && a.stage === b.stage && (sameCompany(a.company, b.company) || holdsName(a.company, b.company));
  return drafts.map((d, i) => !primary[i] && drafts.some((p, j) => primary[j] && same(d, p)));
}

/** seed < Series A < Series B …: the order in which a company raises its lettered rounds. */
const LADDER: Partial<Record<Stage, number>> = { pre_seed: 0, angel: 0, seed: 1, ...Object.fromEntries('abcdefghij'.split('').map((l, i) => [`series_${l}`, i + 2])) };

/** "…pledged $9M in a Series A round" on a page reporting the company's Series B: the Series A is an earlier one. */
function earlierRungs(drafts: Draft[], primary: boolean[]): boolean[] {
  const rung = (d: Draft): number | undefined => (d.stage ? LADDER[d.stage] : undefined);
  return drafts.map((d, i) => {
    const mine = rung(d);
    return primary[i]! && mine !== undefined
      && drafts.some((x, j) => primary[j] && sameCompany(x.company, d.company) && (rung(x) ?? -1) > mine);
  });
}
