// "Telstra Ventures invests in GitLab": an investment named without its figure is still a round, with the
// company invested in and that one investor.
import { hitOf } from './hits';
import { pronounBeforeVerb } from './relative';
import { objectAfter, subjectBefore } from './subject';
import type { SentenceInput } from './frame';
import type { Frame } from './types';

const MAKES_INVESTMENT = String.raw`(?:makes?|made|has\s+made)\s+(?:an?\s+)?(?:\w+\s+)?investment`;
const INVESTS_IN = new RegExp(String.raw`\b(?:invests?|has\s+invested|have\s+invested|backs|back|${MAKES_INVESTMENT})\s+(?:in(?:to)?\s+)?`, 'gi');


export function investmentWithoutFigure(text: string): ((inp: SentenceInput) => Frame) | null {
  for (const m of text.matchAll(INVESTS_IN)) {
    // "…is a venture firm that has invested in A and B": a relative clause tells a portfolio, not today's deal
    if (pronounBeforeVerb(text.slice(0, m.index))) continue;
    const company = objectAfter(text, m.index + m[0].length - (/\bin(?:to)?\s+$/i.exec(m[0])?.[0].length ?? 0));
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
