// Companies and investors share one shape and one identity rule: a name belongs to the entity holding its
// nameKey, else a new entity is created. Exact keys only — no fuzzy matching.

import type { EntityRecord } from './types';
import { nameKey, searchTokens } from './normalize';
import { addRecord, now, type RoTx, type RwTx } from './tx';

export type EntityStore = 'companies' | 'investors';

export async function findEntity(tx: RoTx, store: EntityStore, name: string): Promise<EntityRecord | undefined> {
  const key = nameKey(name);
  if (!key) return undefined;
  return tx.objectStore(store).index('by-key').get(key);
}

/** Finds or creates the entity for `name`, remembering a new spelling as an alias. */
export async function ensureEntity(tx: RwTx, store: EntityStore, name: string): Promise<EntityRecord> {
  const clean = name.trim();
  const found = await findEntity(tx, store, clean);
  if (found) {
    if (!found.aliases.includes(clean)) {
      found.aliases.push(clean);
      found.tokens = searchTokens(found.aliases);
      await tx.objectStore(store).put(found);
    }
    return found;
  }
  const record: Omit<EntityRecord, 'id'> = {
    name: clean,
    aliases: [clean],
    keys: [nameKey(clean)],
    tokens: searchTokens([clean]),
    createdAt: now(),
  };
  const id = await addRecord(tx, store, record);
  return { ...record, id };
}

export function withAliases(entity: EntityRecord, names: readonly string[]): EntityRecord {
  const aliases = [...new Set([...entity.aliases, ...names])];
  const keys = [...new Set([...entity.keys, ...aliases.map(nameKey).filter(Boolean)])];
  return { ...entity, aliases, keys, tokens: searchTokens(aliases) };
}
