// Fixed five-fold split of ../shared/corpus/dev, and the scorer run on one fold or all of them.
//
//   npx tsx scripts/folds.ts            score every fold (one line each) and the whole corpus
//   npx tsx scripts/folds.ts 2 [--verbose]   score fold 2 only
//   npx tsx scripts/folds.ts --write    rewrite tests/folds/folds.json from the hash (new pages join a fold)
//
// A page's fold is FNV-1a of its folder name mod 5: stable, independent of what else is in the corpus.
// The list is also committed (tests/folds/folds.json) so the split is visible; blind scores are logged
// in tests/folds/BLIND.md — a fold is scored there before any rule is tuned on its pages.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const DEV = path.resolve(ROOT, '../shared/corpus/dev');
const SCORER = path.resolve(ROOT, '../shared/eval/score.mjs');
const LIST = path.join(ROOT, 'tests/folds/folds.json');
export const FOLDS = 5;

export function foldOf(id: string): number {
  let h = 0x811c9dc5;
  for (const ch of Buffer.from(id, 'utf8')) h = Math.imul(h ^ ch, 0x01000193) >>> 0;
  return h % FOLDS;
}

function pageIds(): string[] {
  return fs.readdirSync(DEV).filter((d) => fs.existsSync(path.join(DEV, d, 'labels.json'))).sort();
}

/** A temporary corpus holding one fold: a folder per page with links to its page.html and labels.json. */
function foldCorpus(fold: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `dealmark-fold${fold}-`));
  for (const id of pageIds().filter((i) => foldOf(i) === fold)) {
    fs.mkdirSync(path.join(dir, id));
    for (const f of ['page.html', 'labels.json']) fs.symlinkSync(path.join(DEV, id, f), path.join(dir, id, f));
  }
  return dir;
}

function run(corpus: string, verbose: boolean): string {
  const args = [SCORER, '--corpus', corpus, ...(verbose ? ['--verbose'] : [])];
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  return verbose ? r.stdout : (r.stdout.trim().split('\n').pop() ?? '');
}

function main(argv: string[]): void {
  if (!fs.existsSync(DEV)) { console.error('../shared/corpus/dev is not on this machine: nothing to score'); process.exit(2); }
  if (argv.includes('--write')) {
    const folds: string[][] = Array.from({ length: FOLDS }, () => []);
    for (const id of pageIds()) folds[foldOf(id)]!.push(id);
    fs.writeFileSync(LIST, JSON.stringify(folds, null, 1) + '\n');
    console.log(folds.map((f, i) => `fold ${i}: ${f.length} pages`).join('\n'));
    return;
  }
  const verbose = argv.includes('--verbose');
  const only = argv.find((a) => /^\d$/.test(a));
  const folds = only !== undefined ? [Number(only)] : [...Array(FOLDS).keys()];
  for (const f of folds) console.log(`fold ${f}: ${run(foldCorpus(f), verbose)}`);
  if (only === undefined) console.log(`all:    ${run(DEV, false)}`);
}

main(process.argv.slice(2));
