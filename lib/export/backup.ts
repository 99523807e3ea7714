// Versioned JSON backup of everything, and its import. Export streams (one chunk per page of records);
// import validates the whole file first, then merges in ONE transaction by replaying every source through
// the store's own matching rule (so nothing is duplicated), restores aliases first (so merges the user made
// hold) and corrections last (so they still win).

import { lookupKeys, withAliases } from '../store/entities';
import { applyCorrectionInTx } from '../store/corrections';
import { iterateStore } from '../store/iterate';
import { nameKey, searchTokens } from '../names';
import { placeRound, putArticle } from '../store/save';
import type { DealmarkDB, StoreName } from '../store/schema';
import { addRecord, inTransaction, now, type RwTx } from '../store/tx';
import type { Correction, EntityRecord, SourceRecord } from '../store/types';
import { BACKUP_FORMAT, BACKUP_SECTIONS, BACKUP_VERSION, parseBackup, type Backup, type BackupCounts } from './backup-format';
import { chunksToBlob } from './stream';

export { BACKUP_FORMAT, BACKUP_VERSION, parseBackup, type Backup, type BackupCounts } from './backup-format';

export const BACKUP_MIME = 'application/json';

export interface BackupOptions {
  pageSize?: number;
  onProgress?: (done: number, total: number) => void;
}

/** The backup file as string chunks: valid JSON once concatenated. */
export async function* backupChunks(db: DealmarkDB, options: BackupOptions = {}): AsyncGenerator<string> {
  const { pageSize = 1000, onProgress } = options;
  const counts: BackupCounts = { articles: 0, companies: 0, investors: 0, rounds: 0, sources: 0, corrections: 0 };
  yield `{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},"exportedAt":${JSON.stringify(now())}`;
  let done = 0;
  for (const section of BACKUP_SECTIONS) {
    yield `,${JSON.stringify(section)}:[`;
    for await (const page of iterateStore(db, section as StoreName, { pageSize })) {
      yield (counts[section] > 0 ? ',' : '') + page.items.map((item) => JSON.stringify(item)).join(',');
      counts[section] += page.items.length;
      done += page.items.length;
      onProgress?.(done, done);
    }
    yield ']';
  }
  yield `,"counts":${JSON.stringify(counts)}}`;
}

export async function exportBackup(db: DealmarkDB, options: BackupOptions = {}): Promise<Blob> {
  return chunksToBlob(backupChunks(db, options), BACKUP_MIME);
}

export type ImportResult =
  | { ok: true; added: BackupCounts; skipped: BackupCounts }
  | { ok: false; reason: string };

const zero = (): BackupCounts => ({ articles: 0, companies: 0, investors: 0, rounds: 0, sources: 0, corrections: 0 });

/** Brings a backed-up company/investor's names in; returns true when a new entity was created. */
async function restoreEntity(tx: RwTx, store: 'companies' | 'investors', entity: EntityRecord): Promise<boolean> {
  const index = tx.objectStore(store).index('by-key');
  const names = entity.aliases.length ? entity.aliases : [entity.name];
  const keys = [...new Set([entity.name, ...names].flatMap((n) => lookupKeys(store, n)))];
  const holders = new Map<number, EntityRecord>();
  for (const key of keys) {
    const holder = await index.get(key);
    if (holder) holders.set(holder.id, holder);
  }
  const first = holders.values().next().value;
  if (!first) {
    const record: Omit<EntityRecord, 'id'> = {
      name: entity.name,
      aliases: [...new Set([entity.name, ...names])],
      keys,
      tokens: searchTokens([entity.name, ...names]),
      createdAt: entity.createdAt ?? now(),
    };
    await addRecord(tx, store, record);
    return true;
  }
  // Only keys no other entity holds can join: two local companies are not merged behind the user's back.
  const free = names.filter((n) => {
    const k = nameKey(n);
    return [...holders.values()].every((h) => h.id === first.id || !h.keys.includes(k));
  });
  const merged = withAliases(first, free);
  if (merged.aliases.length !== first.aliases.length) await tx.objectStore(store).put(merged);
  return false;
}

async function importInTx(tx: RwTx, backup: Backup, onProgress?: (done: number, total: number) => void): Promise<ImportResult> {
  const added = zero();
  const skipped = zero();
  const total = backup.sources.length + backup.corrections.length;
  let done = 0;

  for (const c of backup.companies) (await restoreEntity(tx, 'companies', c)) ? added.companies++ : skipped.companies++;
  for (const i of backup.investors) (await restoreEntity(tx, 'investors', i)) ? added.investors++ : skipped.investors++;

  for (const a of backup.articles) {
    const existed = (await tx.objectStore('articles').getKey(a.url)) !== undefined;
    await putArticle(tx, a, a.firstSeen);
    if (a.lastSeen > a.firstSeen) await putArticle(tx, a, a.lastSeen);
    existed ? skipped.articles++ : added.articles++;
  }

  // Replayed in the order they were first saved, so the matching rule sees what it saw then.
  const newRoundOf = new Map<number, number>();
  const articleSources = new Map<string, SourceRecord[]>();
  const sources = [...backup.sources].sort((a, b) => a.seenAt.localeCompare(b.seenAt) || a.id - b.id);
  const createdRounds = new Set<number>();
  for (const s of sources) {
    let cached = articleSources.get(s.articleUrl);
    if (!cached) {
      cached = await tx.objectStore('sources').index('by-article').getAll(s.articleUrl);
      articleSources.set(s.articleUrl, cached);
    }
    const { roundId, outcome } = await placeRound(tx, s.articleUrl, { facts: s.facts, evidence: s.evidence, seenAt: s.seenAt }, cached);
    if (!newRoundOf.has(s.roundId)) newRoundOf.set(s.roundId, roundId);
    if (outcome === 'unchanged') skipped.sources++;
    else added.sources++;
    if (outcome === 'added') createdRounds.add(roundId);
    onProgress?.(++done, total);
  }

  for (const r of backup.rounds) {
    const id = newRoundOf.get(r.id);
    if (id === undefined) {
      skipped.rounds++;
      continue;
    }
    createdRounds.has(id) ? added.rounds++ : skipped.rounds++;
    const current = await tx.objectStore('rounds').get(id);
    if (current && r.firstSeen < current.firstSeen) await tx.objectStore('rounds').put({ ...current, firstSeen: r.firstSeen });
  }

  for (const c of backup.corrections) {
    onProgress?.(++done, total);
    const roundId = newRoundOf.get(c.roundId);
    if (roundId === undefined) {
      skipped.corrections++;
      continue;
    }
    const local = await tx.objectStore('corrections').index('by-round-field').get([roundId, c.field]);
    // Both are the user's word: the later one stands.
    if (local && local.createdAt >= c.createdAt) {
      skipped.corrections++;
      continue;
    }
    const correction = { field: c.field, value: c.value } as Correction;
    const evidence = (Array.isArray(c.evidence) ? c.evidence : []).filter((u) => typeof u?.articleUrl === 'string' && typeof u.evidence?.text === 'string');
    await applyCorrectionInTx(tx, roundId, correction, c.createdAt, evidence);
    added.corrections++;
  }
  return { ok: true, added, skipped };
}

/**
 * Imports a backup file (text or Blob). Never throws for a bad file: returns `{ ok: false, reason }` and
 * changes nothing. A storage failure during the write also changes nothing and is reported the same way.
 */
export async function importBackup(
  db: DealmarkDB,
  file: string | Blob,
  options: { onProgress?: (done: number, total: number) => void } = {},
): Promise<ImportResult> {
  let text: string;
  try {
    text = typeof file === 'string' ? file : await file.text();
  } catch {
    return { ok: false, reason: 'The backup file could not be read. Nothing was imported.' };
  }
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  try {
    return await inTransaction(db, 'readwrite', (tx) => importInTx(tx, parsed.backup, options.onProgress));
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
