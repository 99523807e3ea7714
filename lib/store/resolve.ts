// Deciding a round's values from its sources (pure). Each field is a vote: equivalent values group together
// ("$600m" and "more than $600m" are one figure), the group with the most weighted support wins, ties go to
// the more confident, then the earlier-seen source. Losing groups are kept as a Conflict for the UI.
// The user's corrections override the vote whatever the sources say.

import type { Investor, Money, Stage, Valuation } from '../model';
import { datePrecision, gapDays } from './dates';
import { amountDifference } from './match';
import { investorKey } from './normalize';
import type { Conflict, ConflictField, ConflictOption, CorrectableField, CorrectionRecord, SourceRecord } from './types';

/** A source that only mentions a round in passing ("after its Series B last year") is a weaker witness. */
const MENTION_WEIGHT = 0.6;
/** Figures within 1% are the same figure reported with different rounding. */
const SAME_FIGURE = 0.01;
/** Outlets date the same announcement a day or two apart (time zones, next-day write-ups). */
const SAME_DATE_DAYS = 7;

export interface ResolvedRound {
  stage: Stage | null;
  amount: Money | null;
  valuation: Valuation | null;
  date: string | null;
  investors: Investor[];
  dateSeen: boolean;
  primary: boolean;
  reportedIn: number;
  mentionedIn: number;
  confidence: number;
  conflicts: Conflict[];
  corrected: CorrectableField[];
}

interface Vote<T> {
  value: T;
  weight: number;
  confidence: number;
  order: number;
  articleUrl: string;
}

function weightOf(source: SourceRecord): number {
  return source.facts.primary ? 1 : MENTION_WEIGHT;
}

function decide<T>(
  field: ConflictField,
  votes: Vote<T>[],
  same: (a: T, b: T) => boolean,
  prefer: (a: T, b: T) => number,
): { value: T | null; conflict: Conflict | null } {
  const groups: { members: Vote<T>[]; support: number; confidence: number; order: number }[] = [];
  for (const vote of votes) {
    const group = groups.find((g) => same(g.members[0].value, vote.value));
    if (group) {
      group.members.push(vote);
      group.support += vote.weight;
      group.confidence += vote.confidence;
      group.order = Math.min(group.order, vote.order);
    } else groups.push({ members: [vote], support: vote.weight, confidence: vote.confidence, order: vote.order });
  }
  if (groups.length === 0) return { value: null, conflict: null };
  groups.sort((a, b) => b.support - a.support || b.confidence - a.confidence || a.order - b.order);
  const representative = (members: Vote<T>[]): T =>
    [...members].sort((a, b) => prefer(a.value, b.value) || b.weight - a.weight || a.order - b.order)[0].value;
  const value = representative(groups[0].members);
  if (groups.length === 1) return { value, conflict: null };
  const options: ConflictOption[] = groups.map((g) => ({
    value: representative(g.members) as ConflictOption['value'],
    support: Math.round(g.support * 100) / 100,
    articleUrls: [...new Set(g.members.map((m) => m.articleUrl))],
  }));
  return { value, conflict: { field, options } };
}

function votes<T>(sources: readonly SourceRecord[], pick: (s: SourceRecord) => T | null): Vote<T>[] {
  const out: Vote<T>[] = [];
  sources.forEach((s, order) => {
    const value = pick(s);
    if (value !== null && value !== undefined) {
      out.push({ value, weight: weightOf(s), confidence: s.facts.confidence, order, articleUrl: s.articleUrl });
    }
  });
  return out;
}

const sameMoney = (a: Money, b: Money): boolean => {
  const d = amountDifference(a, b);
  return d !== null && d <= SAME_FIGURE;
};
const qualifierRank = (m: Money): number => (m.qualifier === 'exact' ? 0 : 1);
const sameValuation = (a: Valuation, b: Valuation): boolean =>
  sameMoney(a, b) && (a.basis === b.basis || a.basis === 'unspecified' || b.basis === 'unspecified');

/** Union of every source's investors (one per investor identity, lib/names); lead when any source names them as lead. */
export function unionInvestors(sources: readonly SourceRecord[]): Investor[] {
  const byKey = new Map<string, Investor>();
  for (const s of sources) {
    for (const inv of s.facts.investors) {
      const key = investorKey(inv.name);
      if (!key) continue;
      const known = byKey.get(key);
      if (!known) byKey.set(key, { name: inv.name, role: inv.role });
      else if (inv.role === 'lead') known.role = 'lead';
    }
  }
  return [...byKey.values()];
}

/** How many articles report the round and how many only mention it; reported when any source reports it. */
export function reportedOrMentioned(sources: readonly Pick<SourceRecord, 'articleUrl' | 'facts'>[]): { primary: boolean; reportedIn: number; mentionedIn: number } {
  const reporting = new Set(sources.filter((s) => s.facts.primary).map((s) => s.articleUrl));
  const mentioning = new Set(sources.filter((s) => !reporting.has(s.articleUrl)).map((s) => s.articleUrl));
  return { primary: reporting.size > 0, reportedIn: reporting.size, mentionedIn: mentioning.size };
}

/** Sources should be passed in the order they were seen (ascending id). */
export function resolveRound(sources: readonly SourceRecord[], corrections: readonly CorrectionRecord[]): ResolvedRound {
  const conflicts: Conflict[] = [];
  const take = <T>(r: { value: T | null; conflict: Conflict | null }): T | null => {
    if (r.conflict) conflicts.push(r.conflict);
    return r.value;
  };
  const stage = take(decide('stage', votes(sources, (s) => s.facts.stage), (a, b) => a === b, () => 0));
  const amount = take(
    decide('amount', votes(sources, (s) => s.facts.amount), sameMoney, (a, b) => qualifierRank(a) - qualifierRank(b)),
  );
  const valuation = take(
    decide('valuation', votes(sources, (s) => s.facts.valuation), sameValuation, (a, b) =>
      (a.basis === 'unspecified' ? 1 : 0) - (b.basis === 'unspecified' ? 1 : 0) || qualifierRank(a) - qualifierRank(b),
    ),
  );
  // A day an article was read is a date only when no source gives a real one (and is never a conflict with one).
  const dated = sources.filter((s) => s.facts.date && !s.facts.dateSeen);
  const dateSeen = dated.length === 0 && sources.some((s) => s.facts.date && s.facts.dateSeen);
  const date = take(
    decide('date', votes(dateSeen ? sources : dated, (s) => s.facts.date), (a, b) => (gapDays(a, b) ?? Infinity) <= SAME_DATE_DAYS, (a, b) => datePrecision(b) - datePrecision(a)),
  );
  let resolved: ResolvedRound = {
    stage,
    amount,
    valuation,
    date,
    investors: unionInvestors(sources),
    ...reportedOrMentioned(sources),
    dateSeen,
    confidence: sources.reduce((m, s) => Math.max(m, s.facts.confidence), 0),
    conflicts,
    corrected: [],
  };
  for (const c of corrections) resolved = applyCorrection(resolved, c);
  return resolved;
}

function applyCorrection(r: ResolvedRound, c: CorrectionRecord): ResolvedRound {
  const corrected = r.corrected.includes(c.field) ? r.corrected : [...r.corrected, c.field];
  switch (c.field) {
    case 'stage':
      return { ...r, stage: c.value, corrected };
    case 'amount':
      return { ...r, amount: c.value, corrected };
    case 'valuation':
      return { ...r, valuation: c.value, corrected };
    case 'date':
      return { ...r, date: c.value, dateSeen: false, corrected };
    case 'investors':
      return { ...r, investors: c.value.map((i) => ({ ...i })), corrected };
    case 'company':
      // The company is applied by moving the round to another company record (see corrections.ts).
      return { ...r, corrected };
  }
}
