// Reported vs mentioned: a round some article reports as news, or one articles only mention in passing.
import type { StoredRound } from './types';

/** A round's reported/mentioned counts, for records that may predate them. */
export function reportCounts(round: Pick<StoredRound, 'primary' | 'reportedIn' | 'mentionedIn' | 'sourceCount'>): { reportedIn: number; mentionedIn: number } {
  if (round.reportedIn !== undefined && round.mentionedIn !== undefined) return { reportedIn: round.reportedIn, mentionedIn: round.mentionedIn };
  return round.primary ? { reportedIn: Math.max(1, round.sourceCount), mentionedIn: 0 } : { reportedIn: 0, mentionedIn: Math.max(1, round.sourceCount) };
}
