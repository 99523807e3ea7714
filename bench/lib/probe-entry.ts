// Bundled (esbuild, IIFE) and evaluated inside the extension's service worker by db.ts: the store's and the
// exporter's own functions, plus a seeder that writes N synthetic rounds straight into the schema the store
// created (openStore runs the real migrations first), in big transactions so 100,000 rounds seed in seconds.
import { openStore, companyHistory, counts, deleteEverything, saveArticles } from '../../lib/store/index';
import { nameKey, searchTokens } from '../../lib/store/normalize';
import Papa from 'papaparse';
import { exportRoundsCsv } from '../../lib/export/stream';
import { iterateStore } from '../../lib/store/iterate';
import { roundRow } from '../../lib/export/columns';
import { csvRow, type CsvCell } from '../../lib/export/csv';
import type { DealmarkDB } from '../../lib/store/schema';
import type { ArticleRecord, EntityRecord, SourceRecord, StoredRound } from '../../lib/store/types';
import type { Evidence, Stage } from '../../lib/model';

const STAGES: Stage[] = ['pre_seed', 'seed', 'series_a', 'series_b', 'series_c', 'series_d', 'series_e', 'growth'];

export interface SeedPlan {
  rounds: number;
  roundsPerCompany: number;
  investors: number;
  batch: number;
}

/** Deterministic names so two runs seed the same database. */
const companyName = (i: number) => `Bench Company ${i} Technologies`;
const investorName = (i: number) => `Bench Ventures ${i} Capital`;

function evidence(kind: Evidence['kind'], text: string, quote: string): Evidence {
  const start = Math.max(0, quote.indexOf(text));
  return { kind, text, paragraph: 1, start, end: start + text.length, prefix: quote.slice(Math.max(0, start - 32), start), suffix: quote.slice(start + text.length, start + text.length + 32), quote, confidence: 0.9 };
}

export async function seed(db: DealmarkDB, plan: SeedPlan, startRound = 0): Promise<{ rounds: number; ms: number }> {
  const t0 = performance.now();
  const now = new Date().toISOString();
  const companies = Math.ceil(plan.rounds / plan.roundsPerCompany);
  // Entities first (ids are explicit so rounds can point at them without reading back); put again when the
  // history grows, since a larger plan has more companies.
  {
    const tx = db.transaction(['companies', 'investors'], 'readwrite');
    for (let c = 1; c <= companies; c++) {
      const name = companyName(c);
      const rec: EntityRecord = { id: c, name, aliases: [name], keys: [nameKey(name)], tokens: searchTokens([name]), createdAt: now };
      void tx.objectStore('companies').put(rec);
    }
    for (let v = 1; v <= plan.investors; v++) {
      const name = investorName(v);
      const rec: EntityRecord = { id: v, name, aliases: [name], keys: [nameKey(name)], tokens: searchTokens([name]), createdAt: now };
      void tx.objectStore('investors').put(rec);
    }
    await tx.done;
  }
  for (let from = startRound; from < plan.rounds; from += plan.batch) {
    const to = Math.min(plan.rounds, from + plan.batch);
    const tx = db.transaction(['articles', 'rounds', 'sources'], 'readwrite');
    for (let i = from; i < to; i++) {
      const id = i + 1;
      const companyId = (i % companies) + 1;
      const nth = Math.floor(i / companies);
      const company = companyName(companyId);
      const stage = STAGES[nth % STAGES.length]!;
      const year = 2005 + (nth % 20);
      const date = `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
      const lead = investorName((i % plan.investors) + 1);
      const other = investorName(((i * 7) % plan.investors) + 1);
      const value = 1_000_000 * ((i % 500) + 1);
      const url = `https://news.example/${year}/bench-${id}`;
      const quote = `${company} raised $${(value / 1e6).toFixed(0)} million in a ${stage.replace('_', ' ')} round led by ${lead}, with ${other} participating.`;
      const round: StoredRound = {
        id, companyId, company, stage,
        amount: { value, currency: 'USD', qualifier: 'exact' },
        valuation: i % 3 === 0 ? { value: value * 8, currency: 'USD', qualifier: 'exact', basis: 'post' } : null,
        investors: [{ name: lead, role: 'lead' }, { name: other, role: 'participant' }],
        date, primary: true, confidence: 0.9,
        investorIds: [(i % plan.investors) + 1, ((i * 7) % plan.investors) + 1].filter((v, k, a) => a.indexOf(v) === k),
        dateKey: date, sourceCount: 1, articleUrls: [url], conflicts: [], corrected: [], firstSeen: now, updatedAt: now,
      };
      const source: SourceRecord = {
        id, roundId: id, articleUrl: url,
        facts: { primary: true, company, stage, amount: round.amount, valuation: round.valuation, investors: round.investors, date, confidence: 0.9 },
        evidence: [
          evidence('company', company, quote),
          evidence('amount', `$${(value / 1e6).toFixed(0)} million`, quote),
          evidence('lead', lead, quote),
          evidence('investor', other, quote),
        ],
        seenAt: now,
      };
      const article: ArticleRecord = { url, title: `${company} raises ${stage}`, site: 'news.example', published: date, firstSeen: now, lastSeen: now };
      void tx.objectStore('rounds').put(round);
      void tx.objectStore('sources').put(source);
      void tx.objectStore('articles').put(article);
    }
    await tx.done;
  }
  return { rounds: plan.rounds - startRound, ms: performance.now() - t0 };
}

export async function timeHistory(db: DealmarkDB, ids: number[]): Promise<{ ms: number[]; sizes: number[] }> {
  const ms: number[] = [];
  const sizes: number[] = [];
  for (const id of ids) {
    const t0 = performance.now();
    const rounds = await companyHistory(db, companyName(id));
    ms.push(performance.now() - t0);
    sizes.push(rounds.length);
  }
  return { ms, sizes };
}

export async function timeExport(db: DealmarkDB): Promise<{ ms: number; bytes: number; rows: number }> {
  const t0 = performance.now();
  const blob = await exportRoundsCsv(db);
  const ms = performance.now() - t0;
  const text = await blob.text();
  return { ms, bytes: blob.size, rows: text.split('\r\n').length - 2 };
}

/**
 * The whole export's baseline: the same rounds read from the database page by page, as the export reads
 * them (same page size), and nothing done with them. Both sides wait on IndexedDB the same way.
 */
export async function timeStoreRead(db: DealmarkDB): Promise<{ ms: number; rows: number }> {
  const t0 = performance.now();
  let rows = 0;
  for await (const page of iterateStore(db, 'rounds', { pageSize: 1000 })) rows += page.items.length;
  return { ms: performance.now() - t0, rows };
}

export async function exportText(db: DealmarkDB): Promise<string> {
  return (await exportRoundsCsv(db)).text();
}

// CSV formatting against papaparse on the same rows: the rounds are read and turned into cells once, so
// both sides time only the text they produce.
let csvRows: CsvCell[][] = [];

export async function loadCsvRows(db: DealmarkDB): Promise<number> {
  const rounds = (await db.getAll('rounds')) as StoredRound[];
  csvRows = rounds.map((r) => roundRow(r));
  return csvRows.length;
}

// Both formatters run on the same chunks of rows, taking turns within each chunk (ours, papaparse, ours, …),
// and each side counts its fastest try per chunk. Taking turns chunk by chunk puts both sides on the same
// machine state (a neighbour's burst hits both, not whichever ran second); chunks of 5,000 rows keep each
// timing some milliseconds long, where the worker's coarse clock (0.1 ms steps without cross-origin
// isolation) and the best-of-three over sub-millisecond chunks of 500 rows had biased the sum by tens of
// ms (csv_format_100k read 0.287 and 0.218 in two runs).
const CSV_CHUNK = 5000;
const CSV_TRIES = 5;

/** Read so the flattening read is kept. */
let lastChars = 0;
export const csvChecksum = (): number => lastChars;

type Formatter = (rows: CsvCell[][]) => string;

/** One timed try: a string built with += is a rope until read, so its last character is read inside the timing, as writing it to the export's Blob would (papaparse's join returns a flat string already). */
function timeOnce(format: Formatter, rows: CsvCell[][]): { ms: number; chars: number } {
  const t0 = performance.now();
  const text = format(rows);
  lastChars += text.charCodeAt(text.length - 1) || 0;
  return { ms: performance.now() - t0, chars: text.length };
}

/** Our formatter, as the export runs it (csvRow per row, concatenated). */
const ours: Formatter = (rows) => {
  let chunk = '';
  for (const row of rows) chunk += csvRow(row);
  return chunk;
};

/** papaparse with the same line ending and the same formula guard. */
const papa: Formatter = (rows) => Papa.unparse(rows as unknown as unknown[][], { newline: '\r\n', escapeFormulae: true, header: false });

/** Both formatters over every row: per chunk, each side's fastest of CSV_TRIES tries, taking turns; summed. */
export function timeCsvFormats(): { ours: number; papa: number; bytes: { ours: number; papa: number } } {
  const out = { ours: 0, papa: 0, bytes: { ours: 0, papa: 0 } };
  for (let i = 0; i < csvRows.length; i += CSV_CHUNK) {
    const rows = csvRows.slice(i, i + CSV_CHUNK);
    const best = { ours: Infinity, papa: Infinity };
    for (let k = 0; k < CSV_TRIES; k++) {
      // which side goes first alternates too, so neither always runs on the other's warm caches
      for (const side of k % 2 ? (['papa', 'ours'] as const) : (['ours', 'papa'] as const)) {
        const t = timeOnce(side === 'ours' ? ours : papa, rows);
        best[side] = Math.min(best[side], t.ms);
        if (k === 0) out.bytes[side] += t.chars;
      }
    }
    out.ours += best.ours;
    out.papa += best.papa;
  }
  return out;
}

export { openStore, counts, deleteEverything, saveArticles };
