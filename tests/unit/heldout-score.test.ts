// Runs the shared scorer over our own held-out corpus (tests/fixtures/heldout: pages written in-house, never used
// to tune the dev-corpus rules) and holds the extractor to a floor just under what it reaches.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const corpus = path.resolve(root, 'tests/fixtures/heldout');
const scorer = path.resolve(root, '../shared/eval/score.mjs');
const haveScorer = fs.existsSync(scorer);

// Set just below what the extractor reaches; raise it when the extractor improves.
const FLOOR = { fact_f1: 0.99, amount: 0.99, investors: 0.98, stage: 0.98, mentioned: 0.88 };

if (!haveScorer) console.log('../shared/eval/score.mjs not found — held-out score not checked');

describe('held-out corpus score', () => {
  it('has its pages', () => {
    const dirs = fs.readdirSync(corpus).filter((d) => fs.existsSync(path.join(corpus, d, 'labels.json')) && fs.existsSync(path.join(corpus, d, 'page.html')));
    expect(dirs.length).toBeGreaterThanOrEqual(48);
  });

  it.skipIf(!haveScorer)('scores above the floor with no negative page flagged', () => {
    const jsonOut = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dealmark-heldout-')), 'score.json');
    const r = spawnSync(process.execPath, [scorer, '--corpus', corpus, '--json', jsonOut], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(r.status, r.stderr).toBe(0);
    const res = JSON.parse(fs.readFileSync(jsonOut, 'utf8'));
    const f1 = (t: { tp: number; fp: number; fn: number }) => { const p = t.tp / (t.tp + t.fp || 1), rc = t.tp / (t.tp + t.fn || 1); return p + rc ? (2 * p * rc) / (p + rc) : 0; };
    console.log(r.stdout.trim().split('\n').pop());
    expect(res.fact.f1).toBeGreaterThanOrEqual(FLOOR.fact_f1);
    expect(f1(res.tally.amount)).toBeGreaterThanOrEqual(FLOOR.amount);
    expect(f1(res.tally.investors)).toBeGreaterThanOrEqual(FLOOR.investors);
    expect(f1(res.tally.stage)).toBeGreaterThanOrEqual(FLOOR.stage);
    expect(f1(res.tally.mentioned)).toBeGreaterThanOrEqual(FLOOR.mentioned);
    expect(res.negAlarms).toBe(0);
  }, 120_000);
});
