// Pages that report no completed round: an acquisition, an IPO, a VC firm's own fund, a round only in talks,
// earnings or layoffs. Read from the headline (or, on a page stored without one, its first sentence), and only
// when the headline does not itself report a raise.
import { anyPhrase } from '../lexicon/index';
import { ACQUIRED_OUTRIGHT, CAMPAIGN_WORDS, COMPLETED_RAISE, CONTROLLING_STAKE, DIGEST_WORDS, LISTING_RAISE, PAGE_KINDS, PAGE_KINDS_CJK, REWARD_PLATFORMS } from '../lexicon/page-kinds';
import { CROWDFUNDING_PLATFORMS } from '../lexicon/stages';
import type { Frame } from '../relate/types';

export type NotFunding = 'acquisition' | 'ipo' | 'fund' | 'talks' | 'earnings' | 'layoffs' | 'campaign' | 'totals';

const KINDS: [NotFunding, RegExp][] = PAGE_KINDS.map(([kind, phrases]) => [kind, anyPhrase(phrases)]);
const COMPLETED = anyPhrase(COMPLETED_RAISE);
const LISTING = anyPhrase(LISTING_RAISE);
const DIGEST = anyPhrase(DIGEST_WORDS);
const ACQUIRED = anyPhrase(ACQUIRED_OUTRIGHT);
const CAMPAIGN = anyPhrase(CAMPAIGN_WORDS);
const REWARD_PLATFORM = anyPhrase(REWARD_PLATFORMS);
const EQUITY_PLATFORM = anyPhrase(CROWDFUNDING_PLATFORMS.filter((p) => !REWARD_PLATFORMS.includes(p)));
/** Kinds a completed raise in the same headline does not outweigh: the raise is the fund's, the campaign's,
 *  the market's, or the thing still in talks. */
/** "Tesco has bought a small stake in Lazada", "Acme buys 20% stake in X": a stake short of control is an
 *  investment into the company, no acquisition of it (read right after the acquisition word). */
const MINORITY_STAKE = new RegExp(String.raw`^\s+(?:(?:a|an)\s+)?(?:(?!${CONTROLLING_STAKE.join('|')})[\w%.-]+\s+){0,2}stake\b`, 'i');
const OUTWEIGH_A_RAISE = new Set<NotFunding>(['talks', 'fund', 'campaign', 'totals']);
/** Kinds that a raise told beside them does not undo: a fund's close, a round in talks, a listing. */
export const outweighsRaise = (kind: NotFunding): boolean => OUTWEIGH_A_RAISE.has(kind) || kind === 'ipo';

/** The kind a first sentence tells outright: "Stripe has acquired Paystack in a deal worth…" (its headline said none). */
export function leadKind(lead: string): NotFunding | null {
  const m = ACQUIRED.exec(lead);
  return m && !MINORITY_STAKE.test(lead.slice(m.index + m[0].length)) ? 'acquisition' : null;
}

export function pageKind(headline: string): NotFunding | null {
  if (!headline) return null;
  // (a CJK headline's sale or listing wins over an investment it recalls: "CJ투자 받았던 X, 헐값 매각")
  for (const [kind, re] of PAGE_KINDS_CJK) if (re.test(headline)) return kind;
  // (a raise made by listing shares is the listing: "raised $19M on its first day of trading")
  if (LISTING.test(headline)) return 'ipo';
  for (const [kind, re] of KINDS) {
    const m = re.exec(headline);
    if (!m) continue;
    // ("[Weekly funding roundup] – Startup funding activity declines": a digest of deals, not a market's total)
    if (kind === 'totals' && DIGEST.test(headline)) continue;
    if (kind === 'acquisition' && MINORITY_STAKE.test(headline.slice(m.index + m[0].length))) continue;
    // "Amid IPO uncertainty, MobiKwik raises INR 55 Cr": a completed raise in the headline wins, unless it is
    // the thing in talks ("in talks to raise")
    const done = COMPLETED.exec(headline);
    if (done && !OUTWEIGH_A_RAISE.has(kind)) continue;
    if (done && kind === 'talks' && done.index < m.index) continue;
    return kind;
  }
  return null;
}

/** "The Pebble's creators have raised about $6.1 million since their fundraising campaign began", on a page that
 *  names Kickstarter: the first current raise with a figure is a product's pre-orders, whatever the headline says
 *  (an equity crowdfunding campaign names its platform — Crowdcube, Republic — and is a round). */
export function rewardCampaign(body: string, frames: Frame[]): boolean {
  const first = frames.find((f) => f.block >= 0 && f.raise && !!f.amount && !f.past && !f.unfinished);
  return !!first && CAMPAIGN.test(first.quote) && REWARD_PLATFORM.test(body) && !EQUITY_PLATFORM.test(body);
}
