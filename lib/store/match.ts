// THE MATCHING RULE — when is a reported round the same round we already store?
//
// Candidates are only rounds of the same company identity (nameKey, with aliases). Then:
// 1. Both stages known (not 'undisclosed'):
//    - different stages ⇒ different rounds;
//    - same stage ⇒ the same round, unless
//      a. the dates are more than 9 months apart (SAME_STAGE_MAX_GAP_DAYS): a company does not take nine
//         months to announce one round, but it may raise a second "Series B" a year later; or
//      b. the amounts are in the same currency, differ by more than 10% (AMOUNT_TOLERANCE) and the dates are
//         more than 2 months apart (EXTENSION_MIN_GAP_DAYS): that is an extension or second close
//         ("Series B $410m in July", "Series B extension $100m in January") — two rounds.
//      Outlets reporting the same round within weeks with slightly different figures stay one round
//      (and the disagreement is recorded as a conflict).
// 2. Either stage unknown: the same round only when both amounts are known, in the same currency, within
//    5% (UNKNOWN_STAGE_AMOUNT_TOLERANCE), and the dates are at most 2 months apart (or one date is unknown).
//    Without stage and amount there is nothing to identify a round by, so it stays separate.
// "$600m" and "$600 million" are both 600000000 USD: same stage, same amount ⇒ one round.
// Among several matching candidates the one with the closest date (then closest amount) wins.

import type { Money } from '../model';
import { gapDays } from './dates';

export const SAME_STAGE_MAX_GAP_DAYS = 274; // 9 months
export const EXTENSION_MIN_GAP_DAYS = 61; // 2 months
export const AMOUNT_TOLERANCE = 0.1;
export const UNKNOWN_STAGE_AMOUNT_TOLERANCE = 0.05;
export const UNKNOWN_STAGE_MAX_GAP_DAYS = 61;

/** The fields the rule looks at; both RoundFacts and StoredRound have them. */
export interface MatchFacts {
  stage: string | null;
  amount: Money | null;
  date: string | null;
  /** The date is only the day an undated article was read: it says nothing about when the round was. */
  dateSeen?: boolean;
}

const roundDate = (f: MatchFacts): string | null => (f.dateSeen ? null : f.date);

function knownStage(stage: string | null): string | null {
  return stage && stage !== 'undisclosed' ? stage : null;
}

/** Relative difference of two amounts in the same currency; null when not comparable. */
export function amountDifference(a: Money | null, b: Money | null): number | null {
  if (!a || !b || a.currency !== b.currency) return null;
  const max = Math.max(Math.abs(a.value), Math.abs(b.value));
  if (max === 0) return 0;
  return Math.abs(a.value - b.value) / max;
}

export function isSameRound(a: MatchFacts, b: MatchFacts): boolean {
  const sa = knownStage(a.stage);
  const sb = knownStage(b.stage);
  const gap = gapDays(roundDate(a), roundDate(b));
  const diff = amountDifference(a.amount, b.amount);
  if (sa && sb) {
    if (sa !== sb) return false;
    if (gap !== null && gap > SAME_STAGE_MAX_GAP_DAYS) return false;
    if (diff !== null && diff > AMOUNT_TOLERANCE && gap !== null && gap > EXTENSION_MIN_GAP_DAYS) return false;
    return true;
  }
  if (diff === null || diff > UNKNOWN_STAGE_AMOUNT_TOLERANCE) return false;
  return gap === null || gap <= UNKNOWN_STAGE_MAX_GAP_DAYS;
}

/** Lower is a better match; used only among candidates that already match. */
export function matchDistance(a: MatchFacts, b: MatchFacts): number {
  const gap = gapDays(roundDate(a), roundDate(b)) ?? 100;
  const diff = amountDifference(a.amount, b.amount) ?? 0.5;
  const stageBonus = knownStage(a.stage) && a.stage === b.stage ? 0 : 50;
  return gap + diff * 100 + stageBonus;
}

export function bestMatch<T extends MatchFacts>(incoming: MatchFacts, candidates: readonly T[]): T | undefined {
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (!isSameRound(incoming, c)) continue;
    const d = matchDistance(incoming, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
