// The user's say over investor identity, like companies.ts for companies: merge two investors the key rule
// kept apart ("GS Growth" and "Goldman Sachs Growth"), or split off names wrongly taken as one investor.
// Rounds name investors as their sources wrote them; re-deciding a round re-links those names to entities.

import { StoreError } from './errors';
import { splitNames, withAliases } from './entities';
import { recomputeRound } from './save';
import type { DealmarkDB } from './schema';
import { addRecord, inTransaction, type RwTx } from './tx';
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
    const { kept, fresh } = splitNames(investor, names, 'investor');
    await investors.put(kept);
    const freshId = await addRecord(tx, 'investors', fresh);
    await relinkRounds(tx, investorId);
    return { ...fresh, id: freshId };
  });
}
