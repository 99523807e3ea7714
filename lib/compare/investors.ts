// Who came back and who is new between two rounds, by the store's name identity (so "Alibaba" in one
// round and "Alibaba Group" in the next are the same investor).

import type { Investor } from '../model';
import { nameKey } from '../store/normalize';

export interface InvestorOverlap {
  /** In both rounds (names as written in the later round). */
  repeat: Investor[];
  /** Only in the later round. */
  new: Investor[];
  /** Only in the earlier round. */
  gone: Investor[];
}

export function investorOverlap(earlier: readonly Investor[], later: readonly Investor[]): InvestorOverlap {
  const before = new Set(earlier.map((i) => nameKey(i.name)));
  const after = new Set(later.map((i) => nameKey(i.name)));
  return {
    repeat: later.filter((i) => before.has(nameKey(i.name))),
    new: later.filter((i) => !before.has(nameKey(i.name))),
    gone: earlier.filter((i) => !after.has(nameKey(i.name))),
  };
}
