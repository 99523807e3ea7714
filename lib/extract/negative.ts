// Pages that talk money without reporting an investment round: IPO pricing, acquisitions, a VC firm
// closing its own fund, earnings, layoffs. Judged from the headline and the lead, where news states its point.

export type NotFunding = 'ipo' | 'acquisition' | 'fund' | 'earnings' | 'layoffs' | 'talks';

const ROUND_WORDS = /\b(?:raises?|raised|raising|secures?|secured|lands?|funding|series\s+[a-j]|seed|pre-seed|led by|financing round|investment round|round of funding|bags?|nabs?)\b/i;

export function classifyArticle(title: string, paragraphs: string[], url: string | null): NotFunding | null {
  let slug = '';
  try { slug = url ? decodeURIComponent(new URL(url).pathname).replace(/[-_/]+/g, ' ').replace(/\.\w+$/, '') : ''; } catch { /* bad url */ }
  const head = title.trim() || slug;
  const lead = paragraphs.slice(0, 2).join(' ').slice(0, 700);
  const roundy = ROUND_WORDS.test(head) && !/\bfund\b/i.test(head.replace(/\bfunding\b/gi, ''));
  if (/\b(?:IPO|initial public offering|prices? (?:its )?(?:IPO|shares|offering)|share prices?|go(?:es|ing)? public|stock market debut|listing price)\b/i.test(head) && !/\bseries\s+[a-j]\b|\bseed\b|\bpre-IPO\b/i.test(head)) return 'ipo';
  if (/\b(?:lay(?:s|ing)?\s+off|laid off|layoffs?|job cuts|(?:cuts?|slash(?:es)?|trims?|sheds?)\s+(?:about\s+|nearly\s+|roughly\s+|some\s+)?\d[\d,.]*%?\s+(?:of\s+)?(?:its\s+)?(?:jobs|staff|employees|workforce|headcount|workers))\b/i.test(head) && !(roundy && /\b(?:raises?|raised|secures?|lands?)\b/i.test(head))) return 'layoffs';
  if (/\b(?:venture capital(?:ists)?|VCs|venture firms?|fund managers?)\b[^.]{0,40}\b(?:raise|raising|raised|close[sd]?|closing)\b/i.test(head)
    || /\b(?:raise[sd]?|raising|close[sd]?|closing|launch(?:es|ed)?|pulls? in|collects?|hits?)\b[^.]{0,40}\b(?:fund|vehicle|fondo)\b(?!ing)/i.test(head)
    || /\b(?:fondo|fund)\b[^.]{0,80}\b(?:invertirá|will invest|lanzamiento|launch)\b/i.test(lead) && !roundy) return 'fund';
  // "X is in talks to raise funds at a $4B valuation": a round not yet agreed is not one reported
  if (/\b(?:in (?:early |advanced |preliminary )?(?:talks|discussions|negotiations) (?:to raise|for (?:a |new )?(?:funding|round|investment))|(?:seeks|seeking|looks|looking|aims|aiming|plans|planning) to raise)\b/i.test(head)
    && !/\b(?:raises|raised|secures?|secured|closes|closed|lands|landed|bags|nabs)\b/i.test(head)) return 'talks';
  if (roundy) return null;
  if (/\b(?:profits?|earnings|quarterly|net income|results|revenues?|loss|posts? .{0,20}(?:loss|profit)|crece)\b/i.test(head)) return 'earnings';
  if (/\b(?:acquires?|acquired|acquisition|buys|bought|to buy|sold to|sells|merger|merges|takeover)\b/i.test(head)) return 'acquisition';
  if (/\b(?:sold to|agreed to (?:buy|acquire)|will acquire|has acquired|acquired by)\b/i.test(lead) && !ROUND_WORDS.test(lead)) return 'acquisition';
  return null;
}
