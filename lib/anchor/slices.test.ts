// Cutting the page's work into slices must change when it runs, never what it finds: the same anchors,
// the same HTML, the same index, however small the slices. And a slice ends once its budget is spent.
// The clock is injected (every unit of work moves it on by a fixed step), so nothing here depends on timing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it, vi } from 'vitest';
import { readArticle } from '../article';
import { parseHtml } from '../article/parse-html';
import { extract } from '../extract';
import { serializePartsSteps } from '../pipeline/serialize';
import { anchorNow, anchorSteps, TextIndex } from './index';
import { Aborted, runInSlices, runNow } from './slices';

const FIX = join(import.meta.dirname, '../../tests/fixtures/annotate');

function live(src: string): Document {
  const w = new Window({ url: 'http://127.0.0.1/' });
  w.document.write(src);
  return w.document as unknown as Document;
}

/** A clock that moves on `stepMs` every time it is read, and a pause that only counts. */
function fakeTime(stepMs: number) {
  let t = 0;
  const pauses = { n: 0 };
  return { now: () => (t += stepMs), pause: vi.fn(async () => void pauses.n++), pauses };
}

/** Units that each take `ms` on the fake clock (the clock is read once per unit by runInSlices). */
function* units(n: number, log: number[]): Generator<void, string> {
  for (let i = 0; i < n; i++) {
    log.push(i);
    yield;
  }
  return 'done';
}

describe('runInSlices', () => {
  it('ends a slice as soon as its budget is spent, and gives the page its turn in between', async () => {
    const time = fakeTime(1);
    const log: number[] = [];
    // each unit reads the clock once after it ran: 1 ms each, so a 3 ms budget holds 3 units per slice
    const { value, stats } = await runInSlices(units(9, log), { budgetMs: 3, now: time.now, pause: time.pause });
    expect(value).toBe('done');
    expect(log).toHaveLength(9);
    // 9 units + the final step that returns: 10 steps of 1 ms → slices of 3, 3, 3, 1
    expect(stats.slices).toBe(4);
    expect(time.pause).toHaveBeenCalledTimes(3);
    expect(stats.longestMs).toBe(3);
    expect(stats.longestUnitMs).toBe(1);
  });

  it('runs work that fits the budget in one slice, without pausing', async () => {
    const time = fakeTime(0.1);
    const { stats } = await runInSlices(units(5, []), { budgetMs: 4, now: time.now, pause: time.pause });
    expect(stats.slices).toBe(1);
    expect(time.pause).not.toHaveBeenCalled();
  });

  it('gives the page its turn through scheduler.yield where the browser has it', async () => {
    const g = globalThis as unknown as { scheduler?: unknown };
    const had = g.scheduler;
    const yielded = vi.fn(async () => undefined);
    g.scheduler = { yield: yielded, postTask: vi.fn(async () => undefined) };
    try {
      const time = fakeTime(1);
      await runInSlices(units(4, []), { budgetMs: 2, now: time.now });
      expect(yielded).toHaveBeenCalledTimes(2);
    } finally {
      g.scheduler = had;
    }
  });

  it('stops between slices once its signal aborts', async () => {
    const time = fakeTime(1);
    const ctl = new AbortController();
    const log: number[] = [];
    const pause = async () => ctl.abort();
    await expect(runInSlices(units(10, log), { budgetMs: 2, now: time.now, pause, signal: ctl.signal })).rejects.toBeInstanceOf(Aborted);
    expect(log).toEqual([0, 1]);
  });
});

describe('sliced work finds what unsliced work finds', () => {
  const src = readFileSync(join(FIX, 'ambiguous.html'), 'utf8');
  const rounds = extract(readArticle(parseHtml(src), 'http://127.0.0.1/x')!).rounds;
  /** The report as plain data: each fact's kind, round and where its range lies. */
  const shape = (r: ReturnType<typeof anchorNow>) => ({
    facts: r.facts.map((f) => [f.evidence.kind, f.round, f.primary, f.at, f.method, f.range.toString()]),
    skipped: r.skipped.map((s) => [s.evidence.kind, s.reason]),
    region: r.region?.className,
  });

  it('anchors the same facts in slices of one unit as all at once', async () => {
    const whole = anchorNow(live(src), rounds);
    expect(whole.facts.length).toBeGreaterThan(3);
    // a 1 ms budget with every unit taking 1 ms: a pause after every unit of work
    const time = fakeTime(1);
    const { value, stats } = await runInSlices(anchorSteps(live(src), rounds), { budgetMs: 1, now: time.now, pause: time.pause });
    expect(stats.slices).toBeGreaterThan(10);
    expect(shape(value)).toEqual(shape(whole));
  });

  it('anchors the same facts from an index built beforehand as from its own', () => {
    const doc = live(src);
    const index = TextIndex.build(doc.body);
    expect(shape(anchorNow(doc, rounds, { index }))).toEqual(shape(anchorNow(live(src), rounds)));
  });

  it('serializes the same HTML, and counts the same elements, in slices as at once', async () => {
    // scripts to leave out all over the page, so the walk opens elements and yields along the way
    const doc = live(`<html><body>${Array.from({ length: 300 }, (_, i) => `<div><p>Part ${i} &amp; a $${i}m round</p><script>x(${i})</script></div>`).join('')}</body></html>`);
    const whole = runNow(serializePartsSteps(doc));
    const time = fakeTime(1);
    const { value, stats } = await runInSlices(serializePartsSteps(doc), { budgetMs: 1, now: time.now, pause: time.pause });
    expect(stats.slices).toBeGreaterThan(1);
    expect(value).toEqual(whole);
    expect(value.elements).toBe(doc.getElementsByTagName('*').length);
  });

  it('builds the same text index step by step as at once', () => {
    const body = live(src).body;
    const once = TextIndex.build(body);
    const stepped = new TextIndex(body);
    let yields = 0;
    const g = stepped.steps();
    while (!g.next().done) yields++;
    expect(yields).toBeGreaterThan(0);
    expect(stepped.text).toBe(once.text);
    expect(stepped.nodes).toEqual(once.nodes);
  });
});
