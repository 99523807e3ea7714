// Runs the shared scorer over the labelled dev corpus and holds the extractor to a floor that can only go up.
// Also checks that no page of ../shared/pages/readability gets a primary round, and hardly any mentioned one.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEV_FLOORS as FLOOR } from '../floors';
import { ROOT, score, SCORER } from './score';

const root = ROOT;
const corpus = path.resolve(root, '../shared/corpus/dev');
const scorer = SCORER;
const readabilityDir = path.resolve(root, '../shared/pages/readability');
const haveCorpus = fs.existsSync(corpus) && fs.existsSync(scorer);


if (!haveCorpus) console.log('../shared/corpus/dev not found — corpus score not checked');

describe('corpus score', () => {
  it.skipIf(!haveCorpus)('dev corpus scores above the floor, with no more negative pages flagged than before', () => {
    const res = score(corpus);
    console.log(res.headline);
    expect(res.factF1).toBeGreaterThanOrEqual(FLOOR.fact_f1);
    expect(res.precision).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(res.f1('amount')).toBeGreaterThanOrEqual(FLOOR.amount);
    expect(res.f1('investors')).toBeGreaterThanOrEqual(FLOOR.investors);
    expect(res.f1('valuation')).toBeGreaterThanOrEqual(FLOOR.valuation);
    // earlier rounds and rivals' rounds the article only mentions
    expect(res.f1('mentioned')).toBeGreaterThanOrEqual(FLOOR.mentioned);
    expect(res.negativesFlagged).toBeLessThanOrEqual(FLOOR.negativesClaimed);
  }, 120_000);

  it.skipIf(!fs.existsSync(readabilityDir))('claims no primary round, and hardly a mentioned one, on 130 real non-funding pages', () => {
    const files = fs.readdirSync(readabilityDir).filter((f) => f.endsWith('.html')).map((f) => path.join(readabilityDir, f));
    const r = spawnSync('npx', ['tsx', 'scripts/extract.ts', ...files], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; rounds: { primary: boolean }[] });
    expect(lines).toHaveLength(files.length);
    expect(lines.filter((l) => l.rounds.some((x) => x.primary)).map((l) => path.basename(l.file))).toEqual([]);
    // and hardly a mentioned round either: a grey highlight on a recipe or a court report is noise
    const mentioned = lines.flatMap((l) => l.rounds.map(() => path.basename(l.file)));
    expect(mentioned.length, mentioned.join(', ')).toBeLessThanOrEqual(FLOOR.readabilityRounds);
  }, 120_000);
});
