// Runs the shared scorer over our own corpus (tests/fixtures/heldout: pages written in-house in batches, each
// scored blind before the extractor was tuned on it) and holds the extractor to a floor just under its score.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, score, SCORER } from './score';

const corpus = path.resolve(ROOT, 'tests/fixtures/heldout');
const haveScorer = fs.existsSync(SCORER);

// Set just below what the extractor reaches; raise it when the extractor improves. These pages were written
// in-house and were the old extractor's tuning set (it reached 0.995 here but 0.62 on real pages); the rebuilt
// pipeline was tuned on real pages only (tests/folds) and reads them at 0.939, precision 0.995.
const FLOOR = { fact_f1: 0.935, amount: 0.97, investors: 0.9, stage: 0.93, mentioned: 0.85 };

if (!haveScorer) console.log('../shared/eval/score.mjs not found — held-out score not checked');

describe('held-out corpus score', () => {
  it('has its pages', () => {
    const dirs = fs.readdirSync(corpus).filter((d) => fs.existsSync(path.join(corpus, d, 'labels.json')) && fs.existsSync(path.join(corpus, d, 'page.html')));
    expect(dirs.length).toBeGreaterThanOrEqual(58);
  });

  it.skipIf(!haveScorer)('scores above the floor with no negative page flagged', () => {
    const res = score(corpus);
    console.log(res.headline);
    expect(res.factF1).toBeGreaterThanOrEqual(FLOOR.fact_f1);
    expect(res.f1('amount')).toBeGreaterThanOrEqual(FLOOR.amount);
    expect(res.f1('investors')).toBeGreaterThanOrEqual(FLOOR.investors);
    expect(res.f1('stage')).toBeGreaterThanOrEqual(FLOOR.stage);
    expect(res.f1('mentioned')).toBeGreaterThanOrEqual(FLOOR.mentioned);
    expect(res.negativesFlagged).toBe(0);
  }, 120_000);
});
