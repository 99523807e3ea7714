// Every public store function goes through `inTransaction`: one transaction, errors mapped to StoreError,
// and on any failure the transaction is aborted so IndexedDB rolls back everything it did.

import type { IDBPTransaction } from 'idb';
import { ALL_STORES, type DealmarkDB, type DealmarkSchema, type StoreName } from './schema';
import { toStoreError } from './errors';

export type RwTx = IDBPTransaction<DealmarkSchema, StoreName[], 'readwrite'>;
export type RoTx = IDBPTransaction<DealmarkSchema, StoreName[], 'readonly' | 'readwrite'>;

export async function inTransaction<T, M extends 'readonly' | 'readwrite'>(
  db: DealmarkDB,
  mode: M,
  body: (tx: IDBPTransaction<DealmarkSchema, StoreName[], M>) => Promise<T>,
  stores: StoreName[] = ALL_STORES,
): Promise<T> {
  let tx: IDBPTransaction<DealmarkSchema, StoreName[], M>;
  try {
    tx = db.transaction(stores, mode);
  } catch (error) {
    throw toStoreError(error);
  }
  // Observed early so an abort never surfaces as an unhandled rejection.
  const done = tx.done.then(
    () => null,
    (error: unknown) => error ?? tx.error ?? new DOMException('Transaction aborted', 'AbortError'),
  );
  let result: T;
  try {
    result = await body(tx);
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted by the browser: the rollback has happened either way.
    }
    await done;
    throw toStoreError(error);
  }
  const failure = await done;
  if (failure !== null) throw toStoreError(failure);
  return result;
}

/** idb types `add` as taking the full record; autoIncrement stores fill `id` themselves. */
export async function addRecord<S extends 'rounds' | 'sources' | 'companies' | 'investors' | 'corrections'>(
  tx: RwTx,
  store: S,
  record: Omit<DealmarkSchema[S]['value'], 'id'>,
): Promise<number> {
  const key = await tx.objectStore(store).add(record as DealmarkSchema[S]['value']);
  return key as number;
}

export function now(): string {
  return new Date().toISOString();
}
