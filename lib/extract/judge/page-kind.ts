// Pages that report no completed round: an acquisition, an IPO, a VC firm's own fund, a round only in talks,
// earnings or layoffs. Read from the headline (or, on a page stored without one, its first sentence), and only
// when the headline does not itself report a raise.
export type NotFunding = 'acquisition' | 'ipo' | 'fund' | 'talks' | 'earnings' | 'layoffs';

const KINDS: [NotFunding, RegExp][] = [
  ['talks', /\b(?:in talks|in (?:advanced )?discussions|seeks?|seeking|plans? to raise|planning to raise|looking to raise|aims? to raise|to raise|eyes|eyeing|targeting|nears?|nearing|reportedly (?:raising|in talks)|could raise|would value|set to raise|mulls?)\b/i],
  ['acquisition', /\b(?:acquires?|acquired|acquisition|acquiring|buys|bought|to buy|buyout|merger|merges?|merging|takeover|takes over|sells?|sold|to sell|snaps up|snapped up|sale (?:to|of))\b/i],
  ['ipo', /\b(?:IPO|prices? (?:its )?(?:shares|IPO|offering)|goes public|go public|going public|public offering|listing|lists on|debut|SPAC)\b/i],
  ['fund', /\b(?:(?:new|first|second|third|debut|flagship|\w+th)\s+(?:\w+\s+)?fund|fund (?:I{1,3}|IV|V|VI{0,3}|\d)\b|closes? (?:\w+\s+){0,3}fund\b|venture fund|funds? of \$)/i],
  ['earnings', /\b(?:posts? (?:a |an )?(?:\w+ )?(?:loss|profit)|(?:quarterly|annual|net) (?:loss|losses|profit)|profits?|earnings|quarterly results|revenue (?:rises|grows|jumps|falls)|results|crece el|guidance)\b/i],
  ['layoffs', /\b(?:lay(?:s)? off|laid off|layoffs?|job cuts|cuts? (?:\d+\s+)?jobs|shuts? down|shutting down|(?:cuts|trims|slashes|sheds) (?:its )?(?:staff|jobs|workforce|headcount)|(?:cuts?|slashes|sheds|trims|reduces)\s+(?:nearly\s+|about\s+|around\s+|some\s+)?\d+\s*(?:%|percent)\s+(?:of\s+)?(?:its\s+)?(?:staff|workforce|jobs|employees|headcount))\b/i],
];

/** A headline that reports a completed raise: "X raises $5M", "X secures funding". */
const COMPLETED = /\b(?:raise[sd]|raised|secure[sd]|closes|closed|lands|landed|bags|bagged|nabs|gets|got|receives?|received|picks up|pulls in|rakes in|invests|invested|backs|leads|led|levanta|recauda|capta|lève|sammelt|erhält)\b/i;

export function pageKind(headline: string): NotFunding | null {
  if (!headline) return null;
  for (const [kind, re] of KINDS) {
    const m = re.exec(headline);
    if (!m) continue;
    // "Amid IPO uncertainty, MobiKwik raises INR 55 Cr": a completed raise in the headline wins, unless it is
    // the thing in talks ("in talks to raise")
    const done = COMPLETED.exec(headline);
    if (done && kind !== 'talks' && kind !== 'fund') continue;
    if (done && kind === 'talks' && done.index < m.index) continue;
    return kind;
  }
  return null;
}
