// A sentence may tell several rounds: "It closed a $12M Series A in June 2023, and a $4M seed round in 2021",
// "startups such as A - which raised $800M in February - or B, which raised $1B in September". Each round
// figure gets its own clause, so its stage, date, lead and company are read from its own words.
import { findDates } from './recognize/dates';
import type { MoneyMention } from './recognize/money';
import { moneyRole } from './roles';
import { findStages } from './recognize/stage';

export interface Clause { text: string; start: number }

// Clause joints; the earliest in the gap between two figures is the cut, so the second clause keeps its subject.
const JOINT = /,\s+(?:and|or|while|whereas|but|plus)\s+|;\s+|\s+[-—–]\s+(?:(?:and|or|while|but)\s+)?|,\s+(?:and\s+)?(?:followed\s+by|after|before)\s+|,\s+(?:[\w-]+\s+){1,3}(?:after|before|since|following)\s+|\s+and\s+(?=(?:a|an|its|their|another)\s)/g;
const OWN_ROUND = /\b(?:raise[sd]?|raising|secured|closed|landed|received|follow(?:s|ed|ing)|previously|earlier|prior|last|before|ago|round|seed|series\s+[a-j])\b/i;

/** `moneys`: the sentence's money figures (findMoney), computed once by the caller. */
export function splitClauses(text: string, moneys: MoneyMention[], published: string | null): Clause[] {
  const figs = moneys.filter((m) => m.money.value >= 10_000 && moneyRole(text, m).role === 'round');
  if (figs.length < 2) return [{ text, start: 0 }];
  const cuts: number[] = [];
  for (let k = 1; k < figs.length; k++) {
    const g0 = figs[k - 1].end, g1 = figs[k].start;
    JOINT.lastIndex = 0;
    const gap = text.slice(g0, g1);
    const j = JOINT.exec(gap);
    if (!j) continue;
    const from = g0 + j.index + j[0].length;
    const nextFig = figs[k + 1]?.start ?? text.length;
    const tail = text.slice(from, nextFig);
    // only a clause with a round of its own (a stage, a date, a raise verb) stands apart; "$10M in equity and $3M in debt" does not
    if (!findStages(tail).length && !findDates(tail, published).length && !OWN_ROUND.test(tail)) continue;
    cuts.push(g0 + j.index, from);
  }
  if (!cuts.length) return [{ text, start: 0 }];
  const out: Clause[] = [];
  let s = 0;
  for (let i = 0; i < cuts.length; i += 2) { out.push({ text: text.slice(s, cuts[i]), start: s }); s = cuts[i + 1]; }
  out.push({ text: text.slice(s), start: s });
  return out;
}
