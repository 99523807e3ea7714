// Store + export benchmark. `npx tsx bench/store.ts [rounds]` runs it in Node on fake-indexeddb, which is
// a pure-JS IndexedDB and much slower than a browser's (numbers here are an upper bound). `benchStore()`
// uses whatever `indexedDB` is global, so a real-browser page can call it unchanged.

import { pathToFileURL } from 'node:url';
import type { Round, Stage } from '../lib/model';
import {
  companyHistory,
  counts,
  openStore,
  saveArticle,
  saveArticles,
  searchCompanies,
  searchInvestors,
  iterateStore,
  type ArticleMeta,
} from '../lib/store/index';
import { exportBackup, exportRoundsCsv } from '../lib/export/index';

export interface BenchOptions {
  rounds?: number;
  /** Articles per bulk transaction. */
  batch?: number;
  dbName?: string;
  log?: (line: string) => void;
}

export interface Timing {
  median: number;
  p95: number;
  max: number;
  runs: number;
}

export interface BenchStoreResult {
  environment: string;
  rounds: number;
  companies: number;
  bulkInsert: { totalMs: number; roundsPerSecond: number; batch: number };
  saveArticleMs: Timing;
  companyHistoryMs: Timing & { roundsPerCompany: number };
  searchPerKeystrokeMs: Timing;
  /** readOnlyMs: the same paged reads without CSV formatting, i.e. the IndexedDB share of totalMs. */
  exportRoundsCsv: { totalMs: number; bytes: number; readOnlyMs: number };
  exportBackup: { totalMs: number; bytes: number };
}

const STAGE_ORDER: Stage[] = ['seed', 'series_a', 'series_b', 'series_c', 'series_d', 'series_e', 'series_f', 'series_g'];
const WORDS = ['Sense', 'Nova', 'Quant', 'Blue', 'Hyper', 'Lumen', 'Astra', 'Vertex', 'Orbit', 'Pixel', 'Zen', 'Kite', 'Delta', 'Echo', 'Flux'];
const SUFFIXES = ['Time', 'Labs', 'AI', 'Robotics', 'Health', 'Pay', 'Bio', 'Energy', 'Cloud', 'Foods'];
const FUNDS = ['Sequoia Capital', 'Accel', 'Tiger Global', 'SoftBank Vision Fund', 'Alibaba Group', 'Temasek', 'Index Ventures', 'Lightspeed', 'GV', 'Andreessen Horowitz'];

function companyName(i: number): string {
  return `${WORDS[i % WORDS.length]}${SUFFIXES[Math.floor(i / WORDS.length) % SUFFIXES.length]} ${Math.floor(i / 150)}`;
}

/** Company c's k-th round: stages in order, a year apart, growing amounts; ~8 rounds per company. */
function generated(i: number, roundsPerCompany: number): { article: ArticleMeta; rounds: Round[] } {
  const c = Math.floor(i / roundsPerCompany);
  const k = i % roundsPerCompany;
  const year = 2010 + k;
  const date = `${year}-0${1 + (c % 9)}-1${c % 10}`;
  return {
    article: { url: `https://bench.example/${c}/${k}`, title: `${companyName(c)} raises`, site: 'bench.example', published: date },
    rounds: [
      {
        primary: true,
        company: companyName(c),
        stage: STAGE_ORDER[k % STAGE_ORDER.length],
        amount: { value: (k + 1) * 5_000_000 + c, currency: 'USD', qualifier: 'exact' },
        valuation: k > 2 ? { value: (k + 1) * 50_000_000, currency: 'USD', qualifier: 'exact', basis: 'post' } : null,
        investors: [
          { name: FUNDS[(c + k) % FUNDS.length], role: 'lead' },
          { name: `Angel ${c % 2000}`, role: 'participant' },
        ],
        date,
        confidence: 0.9,
        evidence: [{ kind: 'amount', text: `$${(k + 1) * 5}m`, paragraph: 0, start: 0, end: 4, prefix: '', suffix: '', quote: 'raised', confidence: 0.9 }],
      },
    ],
  };
}

function stats(samples: number[]): Timing {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  const round2 = (n: number) => Math.round(n * 100) / 100;
  return { median: round2(at(0.5)), p95: round2(at(0.95)), max: round2(s[s.length - 1]), runs: s.length };
}

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const value = await fn();
  return [performance.now() - t, value];
}

export async function benchStore(options: BenchOptions = {}): Promise<BenchStoreResult> {
  const { rounds = 100_000, batch = 1000, log = () => undefined } = options;
  const roundsPerCompany = 8;
  const db = await openStore({ name: options.dbName ?? `dealmark-bench-${Date.now()}` });

  const [insertMs] = await time(async () => {
    for (let start = 0; start < rounds; start += batch) {
      const items = [];
      for (let i = start; i < Math.min(rounds, start + batch); i++) items.push(generated(i, roundsPerCompany));
      await saveArticles(db, items);
      if ((start / batch) % 10 === 9) log(`  inserted ${start + batch}`);
    }
  });
  const c = await counts(db);
  log(`bulk insert: ${c.rounds} rounds, ${c.companies} companies in ${Math.round(insertMs)} ms`);

  // A new outlet reporting three rounds, one of them known: the merge path, not a plain insert.
  const saveSamples: number[] = [];
  for (let n = 0; n < 50; n++) {
    const known = generated((n * 997) % rounds, roundsPerCompany);
    const fresh = generated(rounds + n * roundsPerCompany, roundsPerCompany).rounds[0];
    const other = { ...fresh, company: `Fresh Co ${n}`, primary: false };
    const [ms] = await time(() =>
      saveArticle(db, { ...known.article, url: `https://other.example/${n}` }, [known.rounds[0], fresh, other]),
    );
    saveSamples.push(ms);
  }
  log(`saveArticle (3 rounds): ${JSON.stringify(stats(saveSamples))}`);

  const historySamples: number[] = [];
  let perCompany = 0;
  for (let n = 0; n < 200; n++) {
    const name = companyName((n * 7919) % Math.floor(rounds / roundsPerCompany));
    const [ms, history] = await time(() => companyHistory(db, name));
    perCompany = history.length;
    historySamples.push(ms);
  }
  log(`companyHistory: ${JSON.stringify(stats(historySamples))}`);

  // Typing "VertexCloud 4" and "Tiger Global" one key at a time.
  const keystrokes: number[] = [];
  for (const word of ['VertexCloud 4', 'senset', 'Tiger Global', 'angel 19', 'q']) {
    for (let len = 1; len <= word.length; len++) {
      const [a] = await time(() => searchCompanies(db, word.slice(0, len)));
      const [b] = await time(() => searchInvestors(db, word.slice(0, len)));
      keystrokes.push(a, b);
    }
  }
  log(`search per keystroke: ${JSON.stringify(stats(keystrokes))}`);

  const [readMs] = await time(async () => {
    for await (const page of iterateStore(db, 'rounds')) void page;
  });
  const [csvMs, csv] = await time(() => exportRoundsCsv(db));
  log(`rounds.csv export: ${Math.round(csvMs)} ms (paged reads alone ${Math.round(readMs)} ms), ${csv.size} bytes`);
  const [backupMs, backup] = await time(() => exportBackup(db));
  log(`JSON backup: ${Math.round(backupMs)} ms, ${backup.size} bytes`);
  db.close();

  return {
    environment: typeof process !== 'undefined' && process.versions?.node ? `node ${process.versions.node} + fake-indexeddb (slower than a browser)` : 'browser',
    rounds: c.rounds,
    companies: c.companies,
    bulkInsert: { totalMs: Math.round(insertMs), roundsPerSecond: Math.round(c.rounds / (insertMs / 1000)), batch },
    saveArticleMs: stats(saveSamples),
    companyHistoryMs: { ...stats(historySamples), roundsPerCompany: perCompany },
    searchPerKeystrokeMs: stats(keystrokes),
    exportRoundsCsv: { totalMs: Math.round(csvMs), bytes: csv.size, readOnlyMs: Math.round(readMs) },
    exportBackup: { totalMs: Math.round(backupMs), bytes: backup.size },
  };
}

async function main(): Promise<void> {
  // A non-literal specifier: this module must not pull fake-indexeddb into a browser build.
  const fake = 'fake-indexeddb/auto';
  if (typeof indexedDB === 'undefined') await import(fake);
  const rounds = Number(process.argv[2] ?? 100_000);
  const result = await benchStore({ rounds, log: (line) => console.error(line) });
  console.log(JSON.stringify(result, null, 2));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
