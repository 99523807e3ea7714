// Runs the shared scorer (../shared/eval/score.mjs) over a labelled corpus and returns its figures.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SCORER = path.resolve(ROOT, '../shared/eval/score.mjs');

type Tally = { tp: number; fp: number; fn: number };

export interface Score {
  /** The scorer's last line: "fact_f1=… precision=…". */
  headline: string;
  factF1: number;
  /** Precision over every primary fact. */
  precision: number;
  /** F1 of one field: amount, investors, stage, valuation, mentioned… */
  f1(field: string): number;
  negativesFlagged: number;
}

export function score(corpus: string): Score {
  const jsonOut = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dealmark-score-')), 'score.json');
  const r = spawnSync(process.execPath, [SCORER, '--corpus', corpus, '--json', jsonOut], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`scorer exited ${r.status}: ${r.stderr}`);
  const res = JSON.parse(fs.readFileSync(jsonOut, 'utf8')) as { fact: { f1: number; p: number }; tally: Record<string, Tally>; negAlarms: number };
  const f1 = (field: string) => {
    const t = res.tally[field]!;
    const p = t.tp / (t.tp + t.fp || 1);
    const rc = t.tp / (t.tp + t.fn || 1);
    return p + rc ? (2 * p * rc) / (p + rc) : 0;
  };
  return { headline: r.stdout.trim().split('\n').pop() ?? '', factF1: res.fact.f1, precision: res.fact.p, f1, negativesFlagged: res.negAlarms };
}
