// The history at scale, in the REAL extension database: the store's own code (bundled from lib/store and
// lib/export by esbuild) is evaluated inside the extension's service worker, which opens the extension
// origin's IndexedDB with the real migrations, then seeds synthetic rounds and times the store's queries.
import type { Worker } from 'playwright-core';
import { resolve } from 'node:path';
import { summarize, type Summary } from './stats';

let bundled: string | undefined;

async function probeSource(): Promise<string> {
  if (bundled) return bundled;
  const esbuild = await import('esbuild');
  const out = await esbuild.build({
    entryPoints: [resolve(import.meta.dirname, 'probe-entry.ts')],
    bundle: true,
    format: 'iife',
    globalName: '__dmProbe',
    write: false,
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
    // Evaluated inside a function by the driver: make the global explicit.
    footer: { js: 'globalThis.__dmProbe = __dmProbe;' },
  });
  bundled = out.outputFiles[0]!.text;
  return bundled;
}

/** Loads the probe into the worker (once per worker) and opens the database there. */
export async function installProbe(worker: Worker): Promise<void> {
  const has = await worker.evaluate(() => typeof (globalThis as any).__dmProbe === 'object');
  if (!has) await worker.evaluate(await probeSource());
  await worker.evaluate(async () => {
    const g = globalThis as any;
    g.__dmDb ??= await g.__dmProbe.openStore();
  });
}

export const PLAN = { roundsPerCompany: 8, investors: 2_000, batch: 5_000 };

/** Grows the seeded history from `from` to `to` rounds (same company count rule as the plan for `to`). */
export async function seedRounds(worker: Worker, total: number, from = 0): Promise<{ ms: number; counts: unknown }> {
  return worker.evaluate(
    async ({ total, from, plan }) => {
      const g = globalThis as any;
      const r = await g.__dmProbe.seed(g.__dmDb, { ...plan, rounds: total }, from);
      return { ms: r.ms, counts: await g.__dmProbe.counts(g.__dmDb) };
    },
    { total, from, plan: PLAN },
  );
}

export async function clearDb(worker: Worker): Promise<void> {
  await worker.evaluate(async () => {
    const g = globalThis as any;
    await g.__dmProbe.deleteEverything(g.__dmDb);
  });
}

export interface HistoryTiming {
  ms: Summary;
  rounds_per_company: Summary;
}

/** companyHistory() for `n` companies spread over the seeded range; the first call is reported apart (cold). */
export async function timeCompanyHistory(worker: Worker, rounds: number, n = 30): Promise<HistoryTiming & { cold_ms: number }> {
  const companies = Math.ceil(rounds / PLAN.roundsPerCompany);
  const ids = Array.from({ length: n + 1 }, (_, k) => 1 + Math.floor((k * (companies - 1)) / n));
  const r = await worker.evaluate(
    async (ids) => {
      const g = globalThis as any;
      return g.__dmProbe.timeHistory(g.__dmDb, ids) as Promise<{ ms: number[]; sizes: number[] }>;
    },
    ids,
  );
  return { cold_ms: r.ms[0]!, ms: summarize(r.ms.slice(1)), rounds_per_company: summarize(r.sizes) };
}

export async function timeCsvExport(worker: Worker): Promise<{ ms: number; bytes: number; rows: number }> {
  return worker.evaluate(async () => {
    const g = globalThis as any;
    return g.__dmProbe.timeExport(g.__dmDb);
  });
}

/** Reading every round page by page as the export does, nothing else (the whole export's baseline). */
export async function timeStoreRead(worker: Worker): Promise<{ ms: number; rows: number }> {
  return worker.evaluate(async () => {
    const g = globalThis as any;
    return g.__dmProbe.timeStoreRead(g.__dmDb);
  });
}

/** rounds.csv of whatever the extension database holds now, as text. */
export async function csvText(worker: Worker): Promise<string> {
  return worker.evaluate(async () => {
    const g = globalThis as any;
    return g.__dmProbe.exportText(g.__dmDb) as Promise<string>;
  });
}

/** Prepares the rows both CSV formatters are timed on (all rounds in the database, as cells). */
export async function loadCsvRows(worker: Worker): Promise<number> {
  return worker.evaluate(async () => {
    const g = globalThis as any;
    return g.__dmProbe.loadCsvRows(g.__dmDb) as Promise<number>;
  });
}

/** Our CSV formatting and papaparse's over the same rows, taking turns chunk by chunk (probe-entry.ts). */
export async function timeCsvFormats(worker: Worker): Promise<{ ours: number; papa: number }> {
  return worker.evaluate(() => (globalThis as any).__dmProbe.timeCsvFormats() as { ours: number; papa: number });
}
