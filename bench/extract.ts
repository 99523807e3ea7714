// Benchmark of the extraction engine over the dev corpus:
//   extract_ms_per_article  — extract() alone, on articles already read by Readability
//   read_ms_per_article     — parse HTML (linkedom) + Readability + metadata
//   cli_pages_per_s         — the CLI end to end, process start included
// Run alone with `npx tsx bench/extract.ts`; the main bench imports benchExtract().
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticle } from '../lib/article/index';
import { parseHtml } from '../lib/article/parse-html';
import { extract } from '../lib/extract/index';
import type { Article } from '../lib/model';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');

export interface ExtractBench {
  pages: number;
  extract_ms_per_article: number;
  extract_ms_p95: number;
  read_ms_per_article: number;
  cli_pages_per_s: number;
  cli_batch_pages: number;
  cli_batch_pages_per_s: number;
}

export async function benchExtract(corpus = path.resolve(root, '../shared/corpus/dev')): Promise<ExtractBench> {
  const files = fs.readdirSync(corpus).map((d) => path.join(corpus, d, 'page.html')).filter((f) => fs.existsSync(f));
  const htmls = files.map((f) => fs.readFileSync(f, 'utf8'));
  const t0 = performance.now();
  const articles = htmls.map((h) => readArticle(parseHtml(h))).filter((a): a is Article => !!a);
  const readMs = (performance.now() - t0) / htmls.length;
  for (const a of articles) extract(a); // warm up the JIT
  const times: number[] = [];
  const rounds = 20;
  for (let r = 0; r < rounds; r++) for (const a of articles) { const s = performance.now(); extract(a); times.push(performance.now() - s); }
  times.sort((a, b) => a - b);
  const mean = times.reduce((s, x) => s + x, 0) / times.length;
  const c0 = performance.now();
  // node --import tsx is what `npm run extract` boils down to, without npm's own start-up
  const runCli = (list: string[]) => spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/extract.ts'), ...list], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  const cli = runCli(files);
  const cliS = (performance.now() - c0) / 1000;
  if (cli.status !== 0) throw new Error(`CLI failed: ${cli.stderr}`);
  // a bigger batch (dev corpus + the real non-funding pages) shows throughput once start-up is amortised
  const extra = path.resolve(root, '../shared/pages/readability');
  const big = fs.existsSync(extra) ? [...files, ...fs.readdirSync(extra).filter((f) => f.endsWith('.html')).map((f) => path.join(extra, f))] : files;
  const b0 = performance.now();
  runCli(big);
  const bigS = (performance.now() - b0) / 1000;
  return {
    pages: files.length,
    extract_ms_per_article: +mean.toFixed(3),
    extract_ms_p95: +times[Math.floor(times.length * 0.95)].toFixed(3),
    read_ms_per_article: +readMs.toFixed(2),
    cli_pages_per_s: +(files.length / cliS).toFixed(1),
    cli_batch_pages: big.length,
    cli_batch_pages_per_s: +(big.length / bigS).toFixed(1),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  benchExtract().then((r) => {
    console.log('measure                       value');
    for (const [k, v] of Object.entries(r)) console.log(`${k.padEnd(28)}  ${v}`);
  });
}
