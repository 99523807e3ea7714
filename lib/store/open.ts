// Opening the database. Another tab upgrading the schema sends `versionchange`; we close at once
// (`blocking`) so its upgrade never hangs on us, and tell the caller so it can reopen later.

import { openDB } from 'idb';
import { StoreError, toStoreError } from './errors';
import { DB_NAME, DB_VERSION, upgradeSchema, type DealmarkDB, type DealmarkSchema } from './schema';

export interface OpenOptions {
  /** Database name; tests use a fresh one each. */
  name?: string;
  /** This connection was closed because a newer version wants to upgrade. Reopen when needed. */
  onVersionChange?: () => void;
  /** The browser closed the connection abnormally (storage cleared, disk error). */
  onTerminated?: () => void;
  /** How long to wait for other tabs to release an old version before giving up with code 'blocked'. */
  blockedTimeoutMs?: number;
}

export async function openStore(options: OpenOptions = {}): Promise<DealmarkDB> {
  const { name = DB_NAME, onVersionChange, onTerminated, blockedTimeoutMs = 10_000 } = options;
  let db: DealmarkDB | undefined;
  let blockedTimer: ReturnType<typeof setTimeout> | undefined;
  let gaveUp = false;
  let migrationError: unknown = null;
  let rejectBlocked: (error: StoreError) => void = () => undefined;
  const blockedFailure = new Promise<never>((_, reject) => {
    rejectBlocked = reject;
  });

  const opening = openDB<DealmarkSchema>(name, DB_VERSION, {
    upgrade(upgrading, oldVersion, _newVersion, tx) {
      upgradeSchema(upgrading, oldVersion, tx).catch((error: unknown) => {
        migrationError = error;
        try {
          tx.abort();
        } catch {
          // The upgrade transaction already ended; the open request reports the failure.
        }
      });
    },
    blocked() {
      blockedTimer ??= setTimeout(() => {
        gaveUp = true;
        rejectBlocked(new StoreError('blocked'));
      }, blockedTimeoutMs);
    },
    blocking() {
      db?.close();
      onVersionChange?.();
    },
    terminated() {
      onTerminated?.();
    },
  });

  try {
    db = await Promise.race([opening, blockedFailure]);
    return db;
  } catch (error) {
    if (gaveUp) {
      // If the other tab lets go later, do not leave a stray connection holding the database open.
      opening.then((late) => late.close()).catch(() => undefined);
    }
    throw toStoreError(migrationError ?? error);
  } finally {
    if (blockedTimer) clearTimeout(blockedTimer);
  }
}

export function closeStore(db: DealmarkDB): void {
  db.close();
}
