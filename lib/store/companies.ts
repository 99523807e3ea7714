// The user's say over company identity: merge two companies the key rule kept apart, or split off names
// that were wrongly taken as one company.

import { StoreError } from './errors';
import { splitNames, withAliases } from './entities';
import { bestMatch } from './match';
import { nameKey } from './normalize';
import { foldRoundInto } from './rounds-tx';
import { recomputeRound, roundsOfCompany } from './save';
import type { DealmarkDB } from './schema';
import { addRecord, inTransaction, now } from './tx';
import type { EntityRecord } from './types';

/**
 * Moves everything of company `otherId` into `targetId`. Rounds that the matching rule says are the same
 * round (e.g. "Sensetime Series C" and "SenseTime Group Series C") become one round with both sources.
 */
export async function mergeCompanies(db: DealmarkDB, targetId: number, otherId: number): Promise<EntityRecord> {
  if (targetId === otherId) throw new StoreError('invalid', 'cannot merge a company with itself');
  return inTransaction(db, 'readwrite', async (tx) => {
    const companies = tx.objectStore('companies');
    const target = await companies.get(targetId);
    const other = await companies.get(otherId);
    if (!target || !other) throw new StoreError('not_found', 'company');
    // The other's keys must be free before the target can hold them (unique index).
    await companies.delete(otherId);
    const merged = withAliases(target, other.aliases);
    merged.keys = [...new Set([...merged.keys, ...other.keys])];
    await companies.put(merged);
    for (const round of await roundsOfCompany(tx, otherId)) {
      const targetRounds = await roundsOfCompany(tx, targetId);
      const same = bestMatch(round, targetRounds);
      if (same) await foldRoundInto(tx, round.id, same.id);
      else await tx.objectStore('rounds').put({ ...round, companyId: targetId, company: merged.name, updatedAt: now() });
    }
    return merged;
  });
}

/**
 * Splits the given names (aliases of the company) off into a new company. A round moves when most of its
 * sources called the company by one of those names, unless the user corrected that round's company.
 */
export async function splitCompany(db: DealmarkDB, companyId: number, names: readonly string[]): Promise<EntityRecord> {
  return inTransaction(db, 'readwrite', async (tx) => {
    const companies = tx.objectStore('companies');
    const company = await companies.get(companyId);
    if (!company) throw new StoreError('not_found', `company ${companyId}`);
    const { kept, fresh, moving } = splitNames(company, names, 'company');
    await companies.put(kept);
    const freshId = await addRecord(tx, 'companies', fresh);
    for (const round of await roundsOfCompany(tx, companyId)) {
      if (round.corrected.includes('company')) continue;
      const sources = await tx.objectStore('sources').index('by-round').getAll(round.id);
      const votes = sources.filter((s) => moving.has(nameKey(s.facts.company))).length;
      if (votes * 2 > sources.length) {
        await tx.objectStore('rounds').put({ ...round, companyId: freshId });
        await recomputeRound(tx, round.id);
      } else if (round.company !== kept.name) {
        await tx.objectStore('rounds').put({ ...round, company: kept.name });
      }
    }
    return { ...fresh, id: freshId };
  });
}

/** Changes the name the UI shows for a company (kept as an alias). */
export async function renameCompany(db: DealmarkDB, companyId: number, name: string): Promise<EntityRecord> {
  const clean = name.trim();
  if (!nameKey(clean)) throw new StoreError('invalid', 'a company needs a name');
  return inTransaction(db, 'readwrite', async (tx) => {
    const company = await tx.objectStore('companies').get(companyId);
    if (!company) throw new StoreError('not_found', `company ${companyId}`);
    const holder = await tx.objectStore('companies').index('by-key').get(nameKey(clean));
    if (holder && holder.id !== companyId) throw new StoreError('invalid', `"${clean}" is already the company ${holder.name}; merge them instead`);
    const renamed = { ...withAliases(company, [clean]), name: clean };
    await tx.objectStore('companies').put(renamed);
    for (const round of await roundsOfCompany(tx, companyId)) await tx.objectStore('rounds').put({ ...round, company: clean });
    return renamed;
  });
}
