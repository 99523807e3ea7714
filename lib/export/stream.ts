// Streaming CSV export: the store is read a page (~1,000 records) at a time and each page becomes one
// string chunk, so 100,000 rounds never sit in one transaction or one giant string, and the UI gets
// progress between pages.

import { iterateSources, iterateStore, sourceUrlsOfRounds } from '../store/iterate';
import { reportCounts } from '../store/reported';
import type { DealmarkDB } from '../store/schema';
import { csvRow, UTF8_BOM } from './csv';
import { FACTS_HEADER, factRow, ROUNDS_HEADER, roundRow } from './columns';

export interface ExportOptions {
  /** UTF-8 byte-order mark so Excel reads accents and ₹/€/¥ (default true). */
  bom?: boolean;
  pageSize?: number;
  onProgress?: (done: number, total: number) => void;
  /** Stops the export between pages (the generator throws an AbortError). */
  signal?: AbortSignal;
  /** rounds.csv: leave out rounds that articles only mention (no article reports them). */
  reportedOnly?: boolean;
}

export const CSV_MIME = 'text/csv;charset=utf-8';

export async function* roundsCsvChunks(db: DealmarkDB, options: ExportOptions = {}): AsyncGenerator<string> {
  const { bom = true, pageSize = 1000, onProgress, signal, reportedOnly = false } = options;
  yield (bom ? UTF8_BOM : '') + csvRow(ROUNDS_HEADER);
  // Rounds carry their sources' URLs, so one read per page is enough.
  for await (const page of iterateStore(db, 'rounds', { pageSize })) {
    signal?.throwIfAborted();
    const old = page.items.filter((r) => !r.articleUrls).map((r) => r.id);
    const urls = old.length ? await sourceUrlsOfRounds(db, old) : new Map<number, string[]>();
    let chunk = '';
    for (const round of page.items) {
      if (reportedOnly && reportCounts(round).reportedIn === 0) continue;
      chunk += csvRow(roundRow(round, round.articleUrls ?? urls.get(round.id) ?? []));
    }
    yield chunk;
    onProgress?.(page.done, page.total);
  }
}

export async function* factsCsvChunks(db: DealmarkDB, options: ExportOptions = {}): AsyncGenerator<string> {
  const { bom = true, pageSize = 1000, onProgress, signal } = options;
  yield (bom ? UTF8_BOM : '') + csvRow(FACTS_HEADER);
  for await (const page of iterateSources(db, { pageSize })) {
    signal?.throwIfAborted();
    let chunk = '';
    for (const { source, article } of page.items) {
      for (const e of source.evidence) chunk += csvRow(factRow(e, source, article));
    }
    yield chunk;
    onProgress?.(page.done, page.total);
  }
}

/** Collects chunks into a Blob (parts are kept as separate strings; the Blob joins them natively). */
export async function chunksToBlob(chunks: AsyncIterable<string>, type = CSV_MIME): Promise<Blob> {
  const parts: string[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return new Blob(parts, { type });
}

export async function exportRoundsCsv(db: DealmarkDB, options: ExportOptions = {}): Promise<Blob> {
  return chunksToBlob(roundsCsvChunks(db, options));
}

export async function exportFactsCsv(db: DealmarkDB, options: ExportOptions = {}): Promise<Blob> {
  return chunksToBlob(factsCsvChunks(db, options));
}
