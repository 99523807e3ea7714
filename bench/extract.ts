// Benchmark of the extraction engine over the dev corpus, each figure beside the floor every article pays,
// Readability's own parse of the same pages (linkedom + `new Readability(doc).parse()`), measured in the same
// run, interleaved:
//   extract()  — all corpus articles once (already read), vs Readability parsing the same pages once
//   CLI        — the CLI over the corpus, process start included, vs a node process parsing the same pages
//                with Readability (bench/lib/readability-pass.mjs); both plain node, no TypeScript loader
// Absolute figures stay beside the ratios (extract_ms_per_article, cli_pages_per_s…).
// Run alone with `npx tsx bench/extract.ts`; the main bench imports benchExtract().
import { Readability } from '@mozilla/readability';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { readArticle } from '../lib/article/index';
import { parseHtml } from '../lib/article/parse-html';
import { extract } from '../lib/extract/index';
import type { Article } from '../lib/model';
import { ratioOf, type Pair, type Ratio } from './lib/ratio';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');

export interface ExtractBench {
  pages: number;
  extract_ms_per_article: number;
  extract_ms_p95: number;
  read_ms_per_article: number;
  readability_ms_per_page: number;
  /** Wall clock, the CLI as users run it (its own choice of worker threads), median of the rounds. */
  cli_pages_per_s: number;
  cli_batch_pages: number;
  cli_batch_pages_per_s: number;
  ratios: { extract_vs_readability: Ratio; cli_vs_readability: Ratio };
}

const sumOf = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

export async function benchExtract(corpus = path.resolve(root, '../shared/corpus/dev'), rounds = 7): Promise<ExtractBench> {
  const files = fs.readdirSync(corpus).map((d) => path.join(corpus, d, 'page.html')).filter((f) => fs.existsSync(f));
  const htmls = files.map((f) => fs.readFileSync(f, 'utf8'));
  const t0 = performance.now();
  const read = htmls.map((h) => readArticle(parseHtml(h)));
  const articles = read.filter((a): a is Article => !!a);
  const readMs = (performance.now() - t0) / htmls.length;

  // node scripts/extract.mjs is what `npm run extract` runs, without npm's own start-up
  const runCli = (list: string[], env: NodeJS.ProcessEnv = process.env) =>
    spawnSync(process.execPath, [path.join(root, 'scripts/extract.mjs'), ...list], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26, env });
  // The CPU time a finished child used (Linux: /proc/self/stat's cutime + cstime, in clock ticks), or null.
  const childCpuMs = (): number | null => {
    try {
      const stat = fs.readFileSync('/proc/self/stat', 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(f[13]) + Number(f[14])) * 10; // fields 16 and 17; USER_HZ is 100 on Linux
    } catch {
      return null;
    }
  };
  /** Runs `fn` (one child process) and returns its CPU time, or its wall time where CPU time is unknown. */
  const childTime = (fn: () => void): { cpu: number | null; wall: number } => {
    const c0 = childCpuMs();
    const w0 = performance.now();
    fn();
    const wall = performance.now() - w0;
    const c1 = childCpuMs();
    return { cpu: c0 !== null && c1 !== null ? c1 - c0 : null, wall };
  };
  // One page at a time, extract() and Readability side by side, each timed by the CPU time it used (not the
  // wall clock) and the fastest of three tries. On a busy machine a wall-clock timing counts the time the
  // process waited for a core, and a longer call (Readability) waits more often than a short one (extract),
  // so wall-clock ratios moved with the load even with a best-of-three.
  const cpuMs = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  const fastest = (fn: () => void): number => {
    let best = Infinity;
    for (let k = 0; k < 3; k++) { const x = cpuMs(); fn(); best = Math.min(best, cpuMs() - x); }
    return best;
  };
  const extractVsReadability = (times: number[], flip: boolean): Pair => {
    let a = 0;
    let b = 0;
    htmls.forEach((h, i) => {
      const art = read[i];
      const one = () => { b += fastest(() => new Readability(parseHTML(h).document as unknown as Document).parse()); };
      const two = () => { if (!art) return; const d = fastest(() => extract(art)); a += d; times.push(d); };
      if ((i % 2 === 0) !== flip) { one(); two(); } else { two(); one(); }
    });
    return { a, b };
  };
  // The ratio compares CPU time, one thread each side: a busy machine stretches wall time (and takes away the
  // idle core the CLI would give a worker), not the work done. Pages per second stay the wall-clock figure of
  // the CLI as users run it (its own choice of workers).
  const readabilityProcess = (): number => {
    const t = childTime(() => {
      const r = spawnSync(process.execPath, [path.join(here, 'lib/readability-pass.mjs'), ...files], { cwd: root, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`Readability pass failed: ${r.stderr}`);
    });
    return t.cpu ?? t.wall;
  };
  const cliPass = (): number => {
    const t = childTime(() => {
      const cli = runCli(files, { ...process.env, DEALMARK_CLI_WORKERS: '0' });
      if (cli.status !== 0) throw new Error(`CLI failed: ${cli.stderr}`);
    });
    return t.cpu ?? t.wall;
  };
  const cliWall = (): number => {
    const t = childTime(() => {
      const cli = runCli(files);
      if (cli.status !== 0) throw new Error(`CLI failed: ${cli.stderr}`);
    });
    return t.wall;
  };
  extractVsReadability([], false); // warm up the JIT, both sides
  runCli(files.slice(0, 1)); // the CLI's bundle cache is built once, not timed
  readabilityProcess(); // and the baseline's files into the page cache

  const times: number[] = [];
  const ex: Pair[] = [];
  const cli: Pair[] = [];
  const walls: number[] = [];
  for (let r = 0; r < rounds; r++) {
    ex.push(extractVsReadability(times, r % 2 === 1));
    // the CLI is a whole process, and so is its baseline: A, B then B, A
    if (r % 2 === 0) { const c = cliPass(); cli.push({ a: c, b: readabilityProcess() }); }
    else { const b = readabilityProcess(); cli.push({ a: cliPass(), b }); }
    walls.push(cliWall());
  }
  times.sort((a, b) => a - b);
  // a bigger batch (dev corpus + the real non-funding pages) shows throughput once start-up is amortised
  const extra = path.resolve(root, '../shared/pages/readability');
  const big = fs.existsSync(extra) ? [...files, ...fs.readdirSync(extra).filter((f) => f.endsWith('.html')).map((f) => path.join(extra, f))] : files;
  const b0 = performance.now();
  runCli(big);
  const bigS = (performance.now() - b0) / 1000;
  const medianCli = [...walls].sort((a, b) => a - b)[Math.floor(walls.length / 2)]!;
  const perPage = (pairs: Pair[], n: number) => pairs.map((p) => ({ a: p.a / n, b: p.b / htmls.length }));
  return {
    pages: files.length,
    extract_ms_per_article: +(sumOf(times) / times.length).toFixed(3),
    extract_ms_p95: +times[Math.floor(times.length * 0.95)]!.toFixed(3),
    read_ms_per_article: +readMs.toFixed(2),
    readability_ms_per_page: +(sumOf(ex.map((p) => p.b)) / rounds / htmls.length).toFixed(3),
    cli_pages_per_s: +(files.length / (medianCli / 1000)).toFixed(1),
    cli_batch_pages: big.length,
    cli_batch_pages_per_s: +(big.length / bigS).toFixed(1),
    ratios: {
      extract_vs_readability: ratioOf(perPage(ex, articles.length), 'CPU ms/page', `Readability's own parse (linkedom + parse()), ${htmls.length} corpus pages`),
      cli_vs_readability: ratioOf(perPage(cli, files.length), childCpuMs() === null ? 'ms/page' : 'CPU ms/page (one thread)', `a node process running Readability's own parse of the same ${htmls.length} pages`),
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  benchExtract().then((r) => {
    console.log(JSON.stringify(r, null, 2));
  });
}
