// Who came back and who is new. A repeat investor is anyone who was in ANY earlier round of the company (an
// investor sitting out the Series B and returning for the C is still a repeat investor), matched by the
// investor identity rule of lib/names ("Sequoia" = "Sequoia Capital"; "Goldman Sachs' Principal Strategic
// Investments" meets "Goldman Sachs").

import type { Investor } from '../model';
import { investorMatchKeys } from '../names';

export interface InvestorOverlap {
  /** Investors of the later round who were in an earlier round (names as written in the later round). */
  repeat: Investor[];
  /** Only in the later round. */
  new: Investor[];
  /** In the round just before, not in the later one. */
  gone: Investor[];
}

function keySet(investors: readonly Investor[]): Set<string> {
  return new Set(investors.flatMap((i) => investorMatchKeys(i.name)));
}

const meets = (keys: Set<string>) => (i: Investor) => investorMatchKeys(i.name).some((k) => keys.has(k));

/**
 * `earlier`: the investors of the round just before; `everEarlier`: of every earlier round (defaults to
 * `earlier`).
 */
export function investorOverlap(
  earlier: readonly Investor[],
  later: readonly Investor[],
  everEarlier: readonly Investor[] = earlier,
): InvestorOverlap {
  const before = keySet([...earlier, ...everEarlier]);
  const after = keySet(later);
  return {
    repeat: later.filter(meets(before)),
    new: later.filter((i) => !meets(before)(i)),
    gone: earlier.filter((i) => !meets(after)(i)),
  };
}
