// Companies and investors share one shape and one identity rule: a name belongs to the entity holding its
// key (lib/names: nameKey; for investors also investorKey), else a new entity is created. Exact keys only —
// no fuzzy matching.

import { StoreError } from './errors';
import type { EntityRecord } from './types';
import { investorKey, nameKey, searchTokens } from './normalize';
import { addRecord, now, type RoTx, type RwTx } from './tx';

export type EntityStore = 'companies' | 'investors';

/**
 * The keys a name is found by: its nameKey; for an investor also its investor key ("Sequoia Capital" →
 * "sequoia"), so outlets' variants of a firm's name land on one investor.
 */
export function lookupKeys(store: EntityStore, name: string): string[] {
  const keys = [nameKey(name)];
  if (store === 'investors') keys.push(investorKey(name));
  return [...new Set(keys.filter(Boolean))];
}

export async function findEntity(tx: RoTx, store: EntityStore, name: string): Promise<EntityRecord | undefined> {
  for (const key of lookupKeys(store, name)) {
    const found = await tx.objectStore(store).index('by-key').get(key);
    if (found) return found;
  }
  return undefined;
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
    // Neither key is held (findEntity looked both up), so the unique index accepts them.
    keys: lookupKeys(store, clean),
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

/**
 * Splitting names off an entity (the user's "two under one name"): what the entity keeps and what the new one
 * gets. Throws when no name belongs to the entity or every name would leave.
 */
export function splitNames(entity: EntityRecord, names: readonly string[], what: string): { kept: EntityRecord; fresh: Omit<EntityRecord, 'id'>; moving: Set<string> } {
  const moving = new Set(names.map(nameKey).filter((k) => entity.keys.includes(k)));
  if (moving.size === 0) throw new StoreError('invalid', `none of these names belong to the ${what}`);
  if (moving.size === entity.keys.length) throw new StoreError('invalid', `a split must leave the ${what} at least one name`);
  const movedAliases = entity.aliases.filter((a) => moving.has(nameKey(a)));
  const keptAliases = entity.aliases.filter((a) => !moving.has(nameKey(a)));
  const kept: EntityRecord = {
    ...entity,
    name: moving.has(nameKey(entity.name)) ? keptAliases[0] ?? entity.name : entity.name,
    aliases: keptAliases,
    keys: entity.keys.filter((k) => !moving.has(k)),
    tokens: searchTokens(keptAliases),
  };
  const freshAliases = movedAliases.length ? movedAliases : [...names];
  const fresh = { name: freshAliases[0]!, aliases: freshAliases, keys: [...moving], tokens: searchTokens(freshAliases), createdAt: now() };
  return { kept, fresh, moving };
}

/**
 * The entity for `name`, or for the first of `aliases` already known (a company's legal or former name); the
 * other names join it as aliases where no other entity holds them (two entities are never merged silently).
 */
export async function ensureEntityWithAliases(tx: RwTx, store: EntityStore, name: string, aliases: readonly string[] = []): Promise<EntityRecord> {
  const others = aliases.map((a) => a.trim()).filter((a) => a && nameKey(a) && nameKey(a) !== nameKey(name));
  if (!others.length) return ensureEntity(tx, store, name);
  let entity: EntityRecord | undefined;
  for (const n of [name, ...others]) if ((entity = await findEntity(tx, store, n))) break;
  entity ??= await ensureEntity(tx, store, name);
  const index = tx.objectStore(store).index('by-key');
  const free: string[] = [];
  for (const n of [name.trim(), ...others]) {
    const holder = await index.get(nameKey(n));
    if (!holder || holder.id === entity.id) free.push(n);
  }
  const next = withAliases(entity, free);
  if (next.aliases.length !== entity.aliases.length) await tx.objectStore(store).put(next);
  return next;
}
