// Which drafts this article reports (primary) and which it only mentions: earlier rounds, rivals' rounds,
// rounds on a page that reports none. A roundup — several companies, each with its own raise and figure —
// reports every current deal; a single-deal story reports its subject's round.
import type { Round } from '../../model';
import { nameTokens, sameCompany } from '../assemble/company-key';
import { siteCompany } from './topic';
import type { Draft } from '../assemble/rounds';

export interface JudgeContext {
  topic: string | null;
  /** The topic was read from the headline (not guessed from the body). */
  topicFromHeadline: boolean;
  /** The page's headline, or '' when the stored copy has none. */
  headline: string;
  /** The body's first sentence (an app's h1 when the document title is the site's). */
  lead: string;
  /** The headline states a round (a figure or stage with a raise), even without naming the raiser. */
  headlineRound: boolean;
  notFunding?: string;
  published: string | null;
  /** The outlet's own name ("PYMNTS", "BioWorld"): never the raiser. */
  site: string | null;
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
  const h = nameTokens(headline).join(' ');
  return [d.company, ...d.aliases].some((n) => { const k = nameTokens(n).join(' '); return !!k && (` ${h} `).includes(` ${k} `); });
}

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

export function judge(drafts: Draft[], ctx: JudgeContext): Round[] {
  const kept = drafts.filter((d) => !d.unfinished && !isOutlet(d.company, ctx.site));
  const roundup = !ctx.notFunding && isRoundup(kept, ctx.topicFromHeadline);
  // a single-deal story names its subject in its headline ("SenseTime smashes its record…"), or at least
  // reports a round there; a headline about something else ("The story of Sequoia") reports none
  const firstDeal = kept.find((d) => isDeal(d) && (!ctx.headline || ctx.headlineRound || inHeadline(d, ctx.headline) || inHeadline(d, ctx.lead)));
  const subject = ctx.topic ?? firstDeal?.company ?? null;
  return kept.map((d) => {
    const ours = !!subject && [d.company, ...d.aliases].some((n) => sameCompany(n, subject));
    const primary = !ctx.notFunding && !d.past && (roundup ? isDeal(d) || ours : ours);
    return toRound(d, primary, ctx.published);
  });
}
