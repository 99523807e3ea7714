// Adapter between the `import-backup` message and lib/export's backup reader: a bad file changes nothing and
// the page is told why, in words for a person.
import { importBackup, type BackupCounts } from '../export';
import type { DealmarkDB } from '../store';

export interface ImportReport {
  /** Records added, by kind (rounds, articles, sources, corrections…). */
  added: BackupCounts;
  /** Records already present (merged with the store's rules). */
  skipped: BackupCounts;
}

export async function importBackupText(db: DealmarkDB, text: string): Promise<ImportReport> {
  const result = await importBackup(db, text);
  if (!result.ok) throw new Error(`This backup was not imported and nothing changed: ${result.reason}`);
  return { added: result.added, skipped: result.skipped };
}
