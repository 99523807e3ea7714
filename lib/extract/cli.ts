// The extraction CLI's work, kept apart from its launcher (scripts/extract.ts) so the launcher can run it
// from a prebuilt bundle. One JSON line per page in the corpus contract (../shared/corpus/FORMAT.md); a page
// that fails still gets its line, with "rounds": [] and an "error". Exit code is non-zero only for usage errors.
import fs from 'node:fs';
import os from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { readArticle } from '../article/index';
import { parseHtml } from '../article/parse-html';
import type { Round } from '../model';
import { extract } from './index';

const MAX_BYTES = 8 * 1024 * 1024;

export function toContract(r: Round) {
  return {
    primary: r.primary,
    company: r.company,
    stage: r.stage,
    amount: r.amount,
    valuation: r.valuation,
    lead_investors: r.investors.filter((i) => i.role === 'lead').map((i) => i.name),
    investors: r.investors.filter((i) => i.role !== 'lead').map((i) => i.name),
    date: r.date,
    confidence: Math.round(r.confidence * 100) / 100,
    evidence: r.evidence.map((e) => ({ kind: e.kind, text: e.text, paragraph: e.paragraph, start: e.start, end: e.end })),
  };
}

export function extractFile(file: string): Record<string, unknown> {
  try {
    const stat = fs.statSync(file);
    let html = fs.readFileSync(file, stat.size > MAX_BYTES ? undefined : 'utf8') as string | Buffer;
    if (typeof html !== 'string') html = html.subarray(0, MAX_BYTES).toString('utf8');
    const doc = parseHtml(html);
    const article = readArticle(doc);
    if (!article) return { file, rounds: [], error: 'no readable article' };
    const ex = extract(article);
    const out: Record<string, unknown> = { file, rounds: ex.rounds.map(toContract) };
    if (ex.notFunding) out.not_funding = ex.notFunding;
    return out;
  } catch (e) {
    return { file, rounds: [], error: e instanceof Error ? e.message : String(e) };
  }
}

const usage = (): number => { process.stderr.write('usage: npm run --silent extract -- FILE.html [FILE.html ...] [--pretty]\n'); return 2; };
const line = (out: Record<string, unknown>, pretty: boolean): string => (pretty ? JSON.stringify(out, null, 2) : JSON.stringify(out)) + '\n';

export function runCli(argv: string[]): number {
  const pretty = argv.includes('--pretty');
  const files = argv.filter((a) => !a.startsWith('--'));
  if (!files.length) return usage();
  for (const f of files) process.stdout.write(line(extractFile(f), pretty));
  return 0;
}

/**
 * Same output as runCli, with the pages shared between this thread and worker threads running `self`
 * (this module as a bundle). Reading pages is CPU-bound, so a batch on a multi-core machine finishes
 * sooner; a small batch is not worth a worker's start-up.
 */
export async function runCliParallel(argv: string[], self: string): Promise<number> {
  const pretty = argv.includes('--pretty');
  const files = argv.filter((a) => !a.startsWith('--'));
  if (!files.length) return usage();
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  // a worker only pays when a core is idle: on a busy machine its second JIT warm-up is pure cost
  const idle = Math.floor(cores - os.loadavg()[0]);
  // DEALMARK_CLI_WORKERS=N fixes the count (the bench times the work on one thread with 0)
  const forced = Number.parseInt(process.env.DEALMARK_CLI_WORKERS ?? '', 10);
  const nWorkers = Number.isFinite(forced) && forced >= 0 ? Math.min(forced, 8)
    : Math.max(0, Math.min(cores - 1, idle, 3, Math.floor(files.length / 12)));
  if (!nWorkers) return runCli(argv);
  // interleaved shares: a run of big pages does not land on one thread
  const share = (k: number): number[] => files.map((_, i) => i).filter((i) => i % (nWorkers + 1) === k);
  const lines: (string | null)[] = files.map(() => null);
  const jobs = Array.from({ length: nWorkers }, (_, w) => {
    const idx = share(w + 1);
    return new Promise<void>((resolve) => {
      const worker = new Worker(new URL(self), { workerData: { dealmarkFiles: idx.map((i) => files[i]) } });
      worker.once('message', (outs: Record<string, unknown>[]) => { outs.forEach((o, j) => { lines[idx[j]] = line(o, pretty); }); resolve(); });
      worker.once('error', () => resolve());
      worker.once('exit', () => resolve());
    });
  });
  for (const i of share(0)) lines[i] = line(extractFile(files[i]), pretty);
  await Promise.all(jobs);
  // a worker that died leaves holes; those pages are read here, so every page still gets its line
  lines.forEach((l, i) => { if (l === null) lines[i] = line(extractFile(files[i]), pretty); });
  process.stdout.write(lines.join(''));
  return 0;
}

if (!isMainThread && parentPort && Array.isArray((workerData as { dealmarkFiles?: unknown } | null)?.dealmarkFiles)) {
  parentPort.postMessage((workerData as { dealmarkFiles: string[] }).dealmarkFiles.map(extractFile));
}
