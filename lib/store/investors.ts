// The user's say over investor identity, like companies.ts for companies: merge two investors the key rule
// kept apart ("GS Growth" and "Goldman Sachs Growth"), or split off names wrongly taken as one investor.
// Rounds name investors as their sources wrote them; re-deciding a round re-links those names to entities.

import { StoreError } from './errors';
import { withAliases } from './entities';
import { nameKey, searchTokens } from './normalize';
import { recomputeRound } from './save';
import type { DealmarkDB } from './schema';
import { addRecord, inTransaction, now, type RwTx } from './tx';
import type { EntityRecord } from './types';

async function relinkRounds(tx: RwTx, investorId: number): Promise<void> {
  for (const id of await tx.objectStore('rounds').index('by-investor').getAllKeys(investorId)) await recomputeRound(tx, id);
}

/** Moves every name of investor `otherId` to `targetId`; its rounds now list the target. */
export async function mergeInvestors(db: DealmarkDB, targetId: number, otherId: number): Promise<EntityRecord> {
  if (targetId === otherId) throw new StoreError('invalid', 'cannot merge an investor with itself');
  return inTransaction(db, 'readwrite', async (tx) => {
    const investors = tx.objectStore('investors');
    const target = await investors.get(targetId);
    const other = await investors.get(otherId);
    if (!target || !other) throw new StoreError('not_found', 'investor');
    // The other's keys must be free before the target can hold them (unique index).
    await investors.delete(otherId);
    const merged = withAliases(target, other.aliases);
    merged.keys = [...new Set([...merged.keys, ...other.keys])];
    await investors.put(merged);
    await relinkRounds(tx, otherId);
    return merged;
  });
}

/** Splits the given names (aliases of the investor) off into a new investor. */
export async function splitInvestor(db: DealmarkDB, investorId: number, names: readonly string[]): Promise<EntityRecord> {
  return inTransaction(db, 'readwrite', async (tx) => {
    const investors = tx.objectStore('investors');
    const investor = await investors.get(investorId);
    if (!investor) throw new StoreError('not_found', `investor ${investorId}`);
    const moving = new Set(names.map(nameKey).filter((k) => investor.keys.includes(k)));
    if (moving.size === 0) throw new StoreError('invalid', 'none of these names belong to the investor');
    if (moving.size === investor.keys.length) throw new StoreError('invalid', 'a split must leave the investor at least one name');
    const movedAliases = investor.aliases.filter((a) => moving.has(nameKey(a)));
    const keptAliases = investor.aliases.filter((a) => !moving.has(nameKey(a)));
    await investors.put({
      ...investor,
      name: moving.has(nameKey(investor.name)) ? keptAliases[0] ?? investor.name : investor.name,
      aliases: keptAliases,
      keys: investor.keys.filter((k) => !moving.has(k)),
      tokens: searchTokens(keptAliases),
    });
    const fresh: Omit<EntityRecord, 'id'> = {
      name: movedAliases[0] ?? names[0]!,
      aliases: movedAliases.length ? movedAliases : [...names],
      keys: [...moving],
      tokens: searchTokens(movedAliases.length ? movedAliases : [...names]),
      createdAt: now(),
    };
    const freshId = await addRecord(tx, 'investors', fresh);
    await relinkRounds(tx, investorId);
    return { ...fresh, id: freshId };
  });
}
