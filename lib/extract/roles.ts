// What a money figure is, judged from the words around it: the round, a valuation, a total raised to
// date, a fund size, or something else (revenue, ARR, losses, prices, market sizes).
import type { ValuationBasis } from '../model';
import type { MoneyMention } from './recognize/money';

export type MoneyRole = 'round' | 'valuation' | 'total' | 'fund' | 'other';

const VAL_BEFORE = /(?:valuation|valued|valuing|evaluation|worth|value|values|valuing\s+\w+(?:\s+\w+)?)\s+(?:\w+\s+){0,3}?(?:at|of|to|around|about|near|over|above|more\s+than|nearly|some|roughly|approximately|close\s+to)?\s*(?:more\s+than|over|about|around|nearly|roughly|approximately|some|close\s+to|at\s+least|north\s+of|upwards\s+of|just\s+over|a\s+little\s+over)?\s*$/i;
const VAL_AFTER = /^\s*(?:pre-?money\s+|post-?money\s+|pre\s+money\s+|post\s+money\s+)?(?:valuation|valuación|valoración)\b/i;
const TOTAL_AFTER = /^[^.;$€£]{0,30}?\b(?:to date|so far|in total|till date|until now|thus far|since (?:its )?(?:founding|inception|launch|start)|since (?:it|they) (?:was|were) (?:founded|started|launched)|altogether|in all|overall|in cumulative|(?:in|over|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years?|decades?))\b/i;
const TOTAL_BEFORE = /\b(?:total(?:\s+(?:funding|raised|investment|capital|fundraising|financing))?|totall?ing|cumulative(?:ly)?|bringing\s+(?:\w+\s+){0,3}total\s+(?:\w+\s+){0,2}to|takes?\s+(?:\w+['’]s\s+|its\s+|the\s+)?total\s+(?:\w+\s+){0,4}to|has put in|so far|to date|in all)\b[^$€£¥₹]{0,25}$/i;
const TOTAL_SINCE = /\bsince\s+(?:its|their)\s+(?:founding|inception|launch|start)\b|\bsince\s+(?:it|they)\s+(?:was|were)\s+(?:founded|started|launched)\b/i;
const FUND_AFTER = /^\s*(?:[\w-]+\s+){0,3}(?:fund|vehicle|corpus|fondo)\b(?!ing)/i;
const FUND_BEFORE = /\b(?:fund|vehicle|corpus)\s+(?:of|worth|size\s+of|with)\s*$/i;
const OTHER_BEFORE = /\b(?:revenues?|sales|ARR|run[- ]rate|income|profits?|loss(?:es)?|market|GMV|turnover|earnings|EBITDA|deficit|price[sd]?|pricing|costs?|spend(?:ing)?|budget|salary|fines?|settlements?|paid|pay|pays|paying|fee|bookings|cash flow|assets|AUM|under management|losses|deal value|acquisition|acquired|acquire|bought|buy|sold|sell|selling|purchase|offer|exit)\b[^$€£¥₹]{0,25}$/i;
const OTHER_AFTER = /^\s*(?:in\s+(?:revenue|sales|annual|ARR|losses|net|profit|settlements?|fines?|GMV|assets|bookings|cash)|a\s+share|per\s+share|each|per\s+(?:month|year|user)|a\s+(?:month|year)|\/mo|market|of\s+revenue|revenue|in\s+losses|loss|profit|for\s+(?:the|its)\s+(?:acquisition|purchase))/i;

// the value of several deals taken together ("two transactions worth a combined $48M") is no one round's amount
const COMBINED_BEFORE = /\b(?:both|two|three|the\s+two|ambas|dos|tres|les\s+deux|beide)\s+(?:deals|transactions|operations|operaciones|transacciones|opérations|Transaktionen)\b[^$€£¥₹.;]{0,45}$|\bcombined\s*$|\b(?:sumaron|suman|en\s+conjunto|in\s+total\s+across)\b[^$€£¥₹.;]{0,25}$/i;

// a market's or a fund's money, not one company's round: "the ecosystem had raised", "funding in the week stood at",
// "the venture firm raised", "venture capitalists ... raking in"
const AGGREGATE_BEFORE = /\b(?:(?:sector|industry|ecosystem|space)\s+(?:has\s+|have\s+|had\s+)?(?:attracted|drawn|received|raised|pulled\s+in|seen)|the\s+(?:\w+\s+)?ecosystem|(?:startups|start-ups|companies)\s+(?:have\s+|had\s+)?(?:collectively\s+)?(?:raised|raked|pulled|drew|drawn|attracted|received|secured|bagged)|in\s+aggregate|funding\s+in\s+the\s+(?:\w+\s+){0,3}(?:week|month|quarter|year)|(?:venture|VC|private[- ]equity|investment|buyout)\s+(?:firm|fund|house)s?\s+(?:has\s+|have\s+|had\s+)?(?:raised|closed|raking|pulled|collected)|venture\s+capitalists|VCs)\b[^$€£¥₹.;]{0,45}$/i;

export function moneyRole(s: string, m: MoneyMention): { role: MoneyRole; basis?: ValuationBasis } {
  const before = s.slice(Math.max(0, m.start - 60), m.start);
  const after = s.slice(m.end, m.end + 60);
  if (COMBINED_BEFORE.test(before)) return { role: 'other' };
  // the figure a valuation is compared with: "values it at $1.2B, up from $400M in its Series B"
  if (/\b(?:up|down|rising|jumping|climbing|falling)\s+from\s*(?:about\s+|around\s+|roughly\s+)?$|\bcompared\s+(?:with|to)\s*$/i.test(before) && /\b(?:valu\w+|worth)\b/i.test(s.slice(Math.max(0, m.start - 140), m.start))) return { role: 'valuation', basis: 'unspecified' };
  if (AGGREGATE_BEFORE.test(before)) return { role: 'total' };
  // "a B+ round of financing worth 300 million yuan": the round's size, not a valuation
  if (/\b(?:round|financing|funding|investment|tranche|raise)\s+(?:\w+\s+){0,2}?worth\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|over\s+|more\s+than\s+|up\s+to\s+)?$/i.test(before)) return { role: 'round' };
  if (/^\s*(?:was\s+|were\s+)?(?:raised|collected|raked\s+in)\s+by\s+(?:U\.?S\.?\s+)?(?:VCs|venture\s+(?:capitalists|firms|funds)|(?:all\s+)?(?:the\s+)?(?:funds|startups))\b/i.test(after)) return { role: 'fund' };
  if (VAL_AFTER.test(after) || VAL_BEFORE.test(before)) {
    const ctx = before.slice(-30) + ' ' + after.slice(0, 25);
    const basis: ValuationBasis = /pre-?\s?money/i.test(ctx) ? 'pre' : /post-?\s?money/i.test(ctx) ? 'post' : 'unspecified';
    return { role: 'valuation', basis };
  }
  const roundNear = /^[^.;]{0,45}\b(?:round|series\s+[a-j]|seed|pre-seed|funding round|financing round)\b/i.test(after);
  if ((TOTAL_AFTER.test(after) || TOTAL_BEFORE.test(before) || (TOTAL_SINCE.test(before) && !/[.;$€£¥₹]/.test(before.slice(before.search(TOTAL_SINCE))))) && !(roundNear && /\ba total of\s*$/i.test(before))) return { role: 'total' };
  if (FUND_AFTER.test(after) || FUND_BEFORE.test(before)) return { role: 'fund' };
  if (OTHER_BEFORE.test(before) || OTHER_AFTER.test(after)) return { role: 'other' };
  return { role: 'round' };
}
