// The words that belong to one figure of a sentence, and whether they tell an earlier round: "…closed a $12M
// Series A in June 2023, and a $4M seed in 2021" — each figure keeps its own date, stage and tense.
import { anyPhrase, PAST } from '../lexicon/index';
import { CLAUSE_OPENERS, FOUNDING_VERBS, FOUNDING_WHEN, REPORTED, TREND_DRIVEN, TREND_DRIVERS, TREND_NOUNS } from '../lexicon/frame-words';
import { daysBefore, findDates } from '../recognize/dates';
import type { StageMention } from '../recognize/stage';

export interface Span { start: number; end: number }

const OPENER = anyPhrase(CLAUSE_OPENERS).source;
const CLAUSE_BREAK = new RegExp(String.raw`,\s+${OPENER}\s|;\s|,\s+(?:\w+\s+){1,2}(?:days|weeks|months|years)\s+after\s`, 'gu');
/** "said it had raised" reports the news in the past tense; it is not an earlier round. */
const SAID_HAD = new RegExp(String.raw`${anyPhrase(REPORTED).source}\s+(?:on\s+\w+\s+|today\s+|this\s+week\s+)?(?:that\s+)?(?:it|they|the\s+\w+)\s+had\b`, 'giu');
/** "…with participation from X, who also invested in the seed round": an earlier round named by its stage alone. */
export const ALSO_IN = /\b(?:also|previously|earlier|first)\s+(?:invested|participated|backed\s+\w+)\s+in\s+(?:the|its|their)\s+$/i;

/** "…raised $1.9bn after the merger of two rivals last year": what follows "after" is another event, with its own time. */
const AFTER_EVENT = /\s+(?:after|following)\s+(?:the|its|their|a|an)\s+(?=\p{Ll})/u;

/** From a little before the figure (never past the previous one) to the next figure or clause break. */
export function clauseOf(text: string, a: { at: number; end: number }, prevEnd: number, nextAt: number): Span {
  const from = Math.max(prevEnd, a.at - 70);
  const before = [...text.slice(from, a.at).matchAll(CLAUSE_BREAK)];
  const start = before.length ? from + before.at(-1)!.index! : from;
  const after = [...text.slice(a.end, nextAt).matchAll(CLAUSE_BREAK)][0];
  const event = AFTER_EVENT.exec(text.slice(a.end, nextAt));
  return { start, end: Math.min(nextAt, a.end + 120, after ? a.end + after.index! : text.length, event ? a.end + event.index : text.length) };
}

/** "All its earlier backers … joined the round": "earlier" there describes the backers, not the round. */
const EARLIER_BACKERS = /\b(?:earlier|prior)\s+(?:backers|investors|shareholders|supporters)\b/giu;
/** "led by Baillie Gifford (which previously backed SpaceX)": an aside on a backer's record is no earlier round. */
const BACKER_RECORD = /\(\s*(?:which|who)\s+(?:has\s+)?(?:previously|also|earlier|once)\s+(?:backed|invested\s+in|funded)\b[^)]*\)/giu;
/** "X becomes a unicorn after a $150M Series C": the round that made it one is today's news. */
const MILESTONE_AFTER = /\bunicorn(?:\s+(?:club|status|tag|title))?\s+after\b/giu;

/** "The company, set up last year by A and B, has raised": when the company began is not when it raised. */
const FOUNDED_WHEN = new RegExp(`${anyPhrase(FOUNDING_VERBS).source}\\s+${anyPhrase(FOUNDING_WHEN).source}`, 'giu');

export function isPast(clause: string, published: string | null): boolean {
  const win = clause.replace(SAID_HAD, '').replace(EARLIER_BACKERS, '').replace(MILESTONE_AFTER, '').replace(FOUNDED_WHEN, '').replace(BACKER_RECORD, '');
  if (PAST.test(win)) return true;
  return findDates(win, published).some((d) => (daysBefore(d.date, published) ?? 0) > 60);
}

/** "This rebound was mainly driven by two big deals: Moniepoint's $110M Series C…", "The biggest contributors to
 *  the jump in investment were…": rounds named as the makers of a market's trend are examples from the period
 *  the figures sum, not the page's news. */
const TREND = anyPhrase(TREND_NOUNS).source;
const DRIVEN_BY = String.raw`${TREND}\b[^.;]{0,60}?\b${anyPhrase(TREND_DRIVEN).source}\s+by\b`;
const DRIVERS_OF = String.raw`${anyPhrase(TREND_DRIVERS).source}\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?${TREND}\b`;
const TREND_EXAMPLE = new RegExp(`${DRIVEN_BY}|${DRIVERS_OF}`, 'iu');
export const trendExample = (before: string): boolean => TREND_EXAMPLE.test(before);

/** The stage nearest the figure, within reach. */
export function nearestStage(stages: StageMention[], at: number): StageMention | null {
  let best: StageMention | null = null;
  for (const s of stages) if (!best || Math.abs(s.start - at) < Math.abs(best.start - at)) best = s;
  return best && Math.abs(best.start - at) < 90 ? best : null;
}

/** Earlier rounds a sentence names by their stage alone, beside its figures. */
export function earlierStages(text: string, stages: StageMention[], anchors: { at: number }[], published: string | null): { at: number; end: number; m: null }[] {
  return stages.filter((st) => !anchors.some((a) => Math.abs(st.start - a.at) < 90))
    .filter((st) => ALSO_IN.test(text.slice(Math.max(0, st.start - 60), st.start)) || isPast(text.slice(Math.max(0, st.start - 60), st.end + 40), published))
    .map((st) => ({ at: st.start, end: st.end, m: null }));
}
