/**
 * # lib/export — CSV export and JSON backup (pure formatting, streaming reads)
 *
 * CSV (RFC 4180: CRLF, quoted when needed, quotes doubled; UTF-8 BOM by default; OWASP guard: text
 * starting with = + - @ tab CR (or ') gets a leading '; numbers stay numbers). Columns: see columns.ts.
 * - `roundsCsvChunks(db, opts?)`, `factsCsvChunks(db, opts?): AsyncGenerator<string>` — one chunk per page
 * - `exportRoundsCsv(db, opts?)`, `exportFactsCsv(db, opts?): Promise<Blob>` (text/csv;charset=utf-8)
 *   opts: `{ bom = true, pageSize = 1000, onProgress(done, total), signal }`
 * - Pure pieces: `csvCell`, `csvRow`, `guardFormula`, `unguardCell`, `roundRow`, `factRow`,
 *   `ROUNDS_HEADER`, `FACTS_HEADER`, `investmentType(stage)`, `stageFromInvestmentType(label)`
 *
 * JSON backup (format "dealmark-backup", version 1)
 * - `backupChunks(db, { pageSize, onProgress }?): AsyncGenerator<string>`; `exportBackup(db, opts?): Promise<Blob>`
 * - `importBackup(db, textOrBlob, { onProgress }?): Promise<ImportResult>` —
 *   `{ ok: true, added: BackupCounts, skipped: BackupCounts } | { ok: false, reason }`; a bad file (truncated,
 *   garbage, newer version, damaged) or a failed write changes nothing. Merges with the store's rules.
 * - `parseBackup(text): { ok: true, backup } | { ok: false, reason }`
 */

export { csvCell, csvRow, guardFormula, unguardCell, UTF8_BOM, CRLF, type CsvCell } from './csv';
export {
  ROUNDS_HEADER,
  FACTS_HEADER,
  LIST_SEPARATOR,
  URL_SEPARATOR,
  roundRow,
  factRow,
  investmentType,
  stageFromInvestmentType,
  basisLabel,
} from './columns';
export {
  roundsCsvChunks,
  factsCsvChunks,
  exportRoundsCsv,
  exportFactsCsv,
  chunksToBlob,
  CSV_MIME,
  type ExportOptions,
} from './stream';
export {
  backupChunks,
  exportBackup,
  importBackup,
  parseBackup,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BACKUP_MIME,
  type Backup,
  type BackupCounts,
  type BackupOptions,
  type ImportResult,
} from './backup';
