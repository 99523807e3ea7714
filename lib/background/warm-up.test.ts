import { afterEach, describe, expect, it } from 'vitest';
import { readPage } from './analyze';
import { WARM_UP_PAGES } from './warm-up-pages';
import { holdWarmUp, resetWarmUp, startsReadablePage, warmUp } from './warm-up';

afterEach(() => resetWarmUp());

describe('warm-up samples', () => {
  // A sample the extractor reads as nothing would warm only the gate: each must take the whole path.
  it.each(WARM_UP_PAGES.map((html, i) => [i, html] as const))('sample %i is read as a round with its company, amount and stage', (_, html) => {
    const { result } = readPage({ html, url: 'https://dealmark.invalid/warm-up' });
    const primary = result.rounds.filter((r) => r.primary);
    expect(result.status).toBe('found');
    expect(primary).toHaveLength(1);
    expect(primary[0]).toMatchObject({ company: expect.any(String), amount: { value: expect.any(Number) }, stage: expect.any(String) });
  });
});

describe('warmUp', () => {
  it('reads every sample once per background, each after giving way to what is queued', async () => {
    const events: string[] = [];
    const opts = { read: () => events.push('read'), pause: async () => void events.push('pause') };
    await Promise.all([warmUp(opts), warmUp(opts)]);
    await warmUp(opts);
    const n = WARM_UP_PAGES.length;
    expect(events.filter((e) => e === 'read')).toHaveLength(n);
    expect(events.join(' ')).toBe(Array(n).fill('pause read').join(' '));
  });

  it('goes on past a sample that throws', async () => {
    let reads = 0;
    await warmUp({ read: () => { if (reads++ === 0) throw new Error('bad sample'); }, pause: async () => undefined });
    expect(reads).toBe(WARM_UP_PAGES.length);
  });
});

describe('startsReadablePage', () => {
  it.each([
    [{ status: 'loading' }, { url: 'https://news.example/story' }, true],
    [{ status: 'loading' }, { url: 'http://127.0.0.1:8080/a' }, true],
    [{ status: 'complete' }, { url: 'https://news.example/story' }, false],
    [{ status: 'loading' }, {}, false], // no host access: the URL is hidden from us
    [{ status: 'loading' }, { url: 'chrome://newtab/' }, false],
    [{ status: 'loading' }, { url: 'about:blank' }, false],
  ])('%o on %o → %s', (change, tab, want) => {
    expect(startsReadablePage(change, tab)).toBe(want);
  });
});

describe('holdWarmUp', () => {
  it('keeps the samples waiting while a page is being read, and lets them go on once it is answered', async () => {
    let reads = 0;
    const release = holdWarmUp();
    const done = warmUp({ read: () => void reads++, pause: async () => undefined });
    await new Promise((ok) => setTimeout(ok, 5));
    expect(reads).toBe(0);
    release();
    release(); // a second release of the same hold changes nothing
    await done;
    expect(reads).toBe(WARM_UP_PAGES.length);
  });
});
