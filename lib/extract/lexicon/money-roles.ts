// What a figure in a funding sentence is: the round, the valuation, the total raised to date, a fund's size,
// or something else (revenue, a price, a market). Each rule reads the words just before or just after it.
import type { ValuationBasis } from '../../model';

export type MoneyRole = 'round' | 'valuation' | 'total' | 'fund' | 'other';

/** Words right after a figure that make it no round: "$30M in annual recurring revenue", "$21 per share". */
const NOT_ROUND_AFTER = ['revenues?', 'sales', 'ARR', 'profit', 'loss', 'EBITDA', 'turnover', 'income', 'GMV', 'market', 'per share', 'a share',
  'each', 'a month', 'a year', 'per month', 'per year', 'salary', 'in assets'];
/** Words shortly before a figure that make it no round: revenue, a price, a sale, spending, a fine. */
const NOT_ROUND_BEFORE = ['revenues?', 'sales', 'ARR', 'profits?', 'loss(?:es)?', 'EBITDA', 'turnover', 'income', 'GMV',
  'market(?: \\w+)? (?:of|at|worth)', 'price[ds]?', 'priced at', 'acquired for', 'acquisition (?:of|for)', 'bought for',
  'sold (?:\\w+ ){0,4}for', 'for as much as', 'deal (?:worth|valued)', 'IPO', 'listing', '(?:public|share|stock|secondary) offering',
  'offering of', 'cost', 'spend', 'spent', 'budget', 'pay(?:ing)?', 'paid', 'earn(?:ed|s|ing)?', 'generated', 'fined', 'penalty', 'lost',
  'losing', 'burn(?:ed|ing)?', 'planea invertir', 'invertir', '(?:gross|net) proceeds(?: of)?', 'proceeds of'];
const words = (phrases: string[]): string => String.raw`(?<![\p{L}\p{N}])(?:${phrases.map((p) => p.replace(/ /g, '\\s+')).join('|')})(?![\p{L}\p{N}])`;

export interface RoleRule {
  role: MoneyRole;
  /** Read the ~100 characters before the figure, or the ~70 after it. */
  side: 'before' | 'after';
  pattern: RegExp;
  basis?: ValuationBasis;
}

export const ROLE_RULES: RoleRule[] = [
  { role: 'total', side: 'before', pattern: /\b(?:a\s+)?combined\s+(?:total\s+of\s+)?$|\bin\s+all\s+$/i },
  // "valued at $1.2B, up from $400M": the old figure is history, not this round
  { role: 'other', side: 'before', pattern: /\b(?:up|down)\s+from\s+(?:about\s+|around\s+|roughly\s+)?$/i },
  // "lowered its valuation from $4.5B to around $3B": both figures are valuations
  { role: 'valuation', side: 'before', pattern: /\bvaluations?\s+from\b(?:[^.;]|\.\d){0,80}\bto\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?$/i },
  { role: 'valuation', side: 'after', basis: 'post', pattern: /^\s*post-?money\b/i },
  { role: 'valuation', side: 'after', basis: 'pre', pattern: /^\s*pre-?money\b/i },
  // a sector's or a country's sum: "fintech startups drew about $90B", "companies raised $1.3B"
  { role: 'total', side: 'before', pattern: /\b(?:startups|companies|firms|ventures|the\s+(?:sector|industry|ecosystem|market|country|region))\s+(?:\w+\s+){0,2}(?:drew|attracted|raised|received|pulled\s+in|secured|raked\s+in|collectively\s+raised)\s+(?:about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+|over\s+)?$/i },
  { role: 'valuation', side: 'before', basis: 'pre', pattern: /\bpre-?money valuation (?:of|at)\s+(?:\w+\s+){0,2}$/i },
  { role: 'valuation', side: 'before', basis: 'post', pattern: /\bpost-?money valuation (?:of|at)\s+(?:\w+\s+){0,2}$/i },
  { role: 'valuation', side: 'after', basis: 'pre', pattern: /^\s*(?:pre-?money)\s+valuation\b/i },
  { role: 'valuation', side: 'after', basis: 'post', pattern: /^\s*(?:post-?money)\s+valuation\b/i },
  { role: 'valuation', side: 'before', pattern: /\b(?:valu(?:ation|ed|ing|es)|valuation\s+(?:of|at|to)|valorada?|valoración|valorização|avaliada?|valorisée?|valorisation|bewertet|Bewertung)\b[^.;$€£¥₹]{0,40}$/iu },
  { role: 'valuation', side: 'after', pattern: /^\s*(?:\w+\s+)?(?:valuation|valuations)\b/i },
  // "is worth $40 billion" (but "a round worth $525 million" is the round)
  { role: 'valuation', side: 'before', pattern: /(?<!\b(?:round|funding|financing|investment|deal|raise|capital|facility|loan)\s+)(?<!\bdeals?\s+(?:\w+\s+)?)\bworth\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|more than\s+|over\s+)?$/i },
  { role: 'total', side: 'before', pattern: /\b(?:total(?:ling)?|totals|in all|cumulative|altogether|to date|so far|bringing|brings|taking|takes|lifetime|overall|since (?:its )?(?:founding|inception|launch)|aggregate|en total|au total|insgesamt)\b[^.;$€£¥₹]{0,40}$/iu },
  { role: 'total', side: 'after', pattern: /^\s*(?:in (?:total|all)|to date|so far|since (?:its )?(?:founding|inception|launch|it was founded)|in (?:total )?(?:funding|capital) to date|overall)\b/i },
  // an investor's sum over many deals: "committed $269M to 11 deals", "invested $208m across 9 startups"
  { role: 'total', side: 'after', pattern: /^\s*(?:to|in|into|across|over|on)\s+(?:more\s+than\s+|over\s+|some\s+|about\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens\s+of|several|many)\s+(?:[\w-]+\s+)?(?:deals|startups|companies|investments|rounds|transactions|firms)\b/i },
  // a firm's own fund: "closed its second fund with $195M", "$195M in capital commitments"
  { role: 'fund', side: 'before', pattern: /\b(?:its|their|a|the)\s+(?:[\w-]+\s+){0,3}fund\s+(?:with|at|of)\s+(?:about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+)?$/i },
  { role: 'fund', side: 'after', pattern: /^\s*(?:in\s+|of\s+)?(?:total\s+|limited\s+partner\s+)?(?:capital\s+)?commitments\b|^\s*(?:[\w-]+\s+){0,3}from\s+(?:its\s+|their\s+)?(?:limited\s+partners|LPs)\b/i },
  { role: 'fund', side: 'after', pattern: /^\s*(?:[\w-]+\s+){0,2}(?:funds?|vehicle)\b(?!ing|ed|\s*-?\s*rais)/i },
  { role: 'fund', side: 'after', pattern: /^[\s,]*(?:[\w$€£.-]+[\s,]+){0,8}for\s+(?:its|a|the|their)\s+(?:[\w-]+\s+){0,2}fund\b(?!ing)/i },
  // a firm raising money "to invest in startups" is raising a fund
  { role: 'fund', side: 'after', pattern: /^\s*(?:[\w’'-]+\s+){0,9}to\s+(?:invest|back|deploy)\s+(?:in|into)\b/i },
  { role: 'fund', side: 'before', pattern: /\b(?:fund|corpus)\s+(?:size\s+)?(?:of|at|worth|totall?ing)?\s*(?:about\s+|around\s+|roughly\s+)?$/i },
  // "Bosch will acquire the assets of US chipmaker TSI for $1.5 billion": a purchase price
  { role: 'other', side: 'before', pattern: /\b(?:acquir(?:e|es|ed|ing)|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|take\s+over|takes\s+over|took\s+over)\b[^.;$€£¥₹]{0,70}\bfor\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|up\s+to\s+)?$/i },
  // "Yahoo's $4.8 billion sale to Verizon": the price of a sale or a takeover is no round
  { role: 'other', side: 'after', pattern: /^\s*(?:[\w-]+\s+)?(?:sale|acquisition|purchase|takeover|buyout|merger|bid|offer)\b(?!\s+of\s+(?:new\s+)?shares\s+to)/i },
  { role: 'other', side: 'after', pattern: new RegExp(`^\\s*(?:in\\s+)?(?:(?:annual|annualized|recurring|gross|net|monthly)\\s+){0,2}${words(NOT_ROUND_AFTER)}`, 'iu') },
  { role: 'other', side: 'before', pattern: new RegExp(`${words(NOT_ROUND_BEFORE)}[^.;$€£¥₹]{0,30}$`, 'iu') },
];
