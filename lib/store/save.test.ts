import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { companyHistory, counts, getRound, roundsForArticle, saveArticle } from './index';
import { article, evidence, freshDb, lead, participant, round, usd, valuation } from './test-support';

const seriesC = round({
  company: 'SenseTime',
  stage: 'series_c',
  amount: usd(600_000_000),
  valuation: { ...valuation(3_000_000_000), qualifier: 'more_than' },
  investors: [lead('Alibaba Group'), participant('Temasek'), participant('Suning')],
  date: '2018-04-09',
  evidence: [evidence('amount', '$600m'), evidence('company', 'SenseTime')],
});

describe('saveArticle', () => {
  it('stores the article, the company and the round with its source', async () => {
    const db = await freshDb();
    const result = await saveArticle(db, article('https://a.example/sensetime', '2018-04-09'), [seriesC]);
    expect(result).toMatchObject({ added: 1, merged: 0, unchanged: 0, skipped: 0 });
    const rounds = await roundsForArticle(db, 'https://a.example/sensetime');
    expect(rounds).toHaveLength(1);
    expect(rounds[0]).toMatchObject({ company: 'SenseTime', stage: 'series_c', amount: usd(600_000_000), sourceCount: 1 });
    expect(rounds[0].investors.map((i) => i.name)).toEqual(['Alibaba Group', 'Temasek', 'Suning']);
    const detail = await getRound(db, rounds[0].id);
    expect(detail?.sources[0].evidence[0].text).toBe('$600m');
    expect(detail?.articles[0].title).toContain('sensetime');
    expect(await counts(db)).toMatchObject({ articles: 1, rounds: 1, sources: 1, companies: 1, investors: 3 });
  });

  it('adds nothing when the same article is saved twice', async () => {
    const db = await freshDb();
    await saveArticle(db, article('https://a.example/s', '2018-04-09'), [seriesC]);
    const before = await counts(db);
    const again = await saveArticle(db, article('https://a.example/s', '2018-04-09'), [seriesC]);
    expect(again).toMatchObject({ added: 0, merged: 0, unchanged: 1 });
    expect(await counts(db)).toEqual(before);
  });

  it('"$600m" and "$600 million" from two outlets are one round with two sources', async () => {
    const db = await freshDb();
    await saveArticle(db, article('https://a.example/1', '2018-04-09'), [seriesC]);
    const second = await saveArticle(db, article('https://b.example/2', '2018-04-10'), [
      round({ company: 'SenseTime Group Ltd', stage: 'series_c', amount: usd(600_000_000), date: '2018-04-10', evidence: [evidence('amount', '$600 million')] }),
    ]);
    expect(second).toMatchObject({ added: 0, merged: 1 });
    const history = await companyHistory(db, 'Sensetime');
    expect(history).toHaveLength(1);
    expect(history[0].sourceCount).toBe(2);
    expect(history[0].conflicts).toEqual([]);
  });

  it('skips rounds without a company and says so', async () => {
    const db = await freshDb();
    const r = await saveArticle(db, article('https://a.example/x'), [round({ company: null, amount: usd(5) }), round({ company: '  ' })]);
    expect(r).toMatchObject({ skipped: 2, roundIds: [null, null] });
  });
});

describe('merging rounds across articles', () => {
  it('a Series B and its extension months later are two rounds of one company', async () => {
    const db = await freshDb();
    await saveArticle(db, article('https://a.example/b', '2017-07-11'), [
      round({ company: 'SenseTime', stage: 'series_b', amount: usd(410_000_000), date: '2017-07-11' }),
    ]);
    const ext = await saveArticle(db, article('https://a.example/b-ext', '2018-01-15'), [
      round({ company: 'SenseTime', stage: 'series_b', amount: usd(100_000_000), date: '2018-01-15' }),
    ]);
    expect(ext.added).toBe(1);
    const history = await companyHistory(db, 'SenseTime');
    expect(history.map((r) => [r.date, r.amount?.value])).toEqual([
      ['2017-07-11', 410_000_000],
      ['2018-01-15', 100_000_000],
    ]);
  });

  it('a later article mentioning the earlier round adds a source to it, not a new round', async () => {
    const db = await freshDb();
    await saveArticle(db, article('https://a.example/b', '2017-07-11'), [
      round({ company: 'SenseTime', stage: 'series_b', amount: usd(410_000_000), date: '2017-07-11' }),
    ]);
    const r = await saveArticle(db, article('https://a.example/c', '2018-04-09'), [
      round({ company: 'SenseTime', stage: 'series_c', amount: usd(600_000_000), date: '2018-04-09' }),
      round({ company: 'SenseTime', primary: false, stage: 'series_b', amount: usd(410_000_000), date: '2017-07' }),
    ]);
    expect(r).toMatchObject({ added: 1, merged: 1 });
    const history = await companyHistory(db, 'SenseTime');
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({ stage: 'series_b', date: '2017-07-11', sourceCount: 2 });
  });

  it('a primary round without a date takes the article date; a mention does not', async () => {
    const db = await freshDb();
    const res = await saveArticle(db, article('https://a.example/d', '2020-02-02'), [
      round({ company: 'Acme', stage: 'seed', amount: usd(1e6) }),
      round({ company: 'Acme', primary: false, stage: 'pre_seed', amount: usd(2e5) }),
    ]);
    const history = await companyHistory(db, 'Acme');
    expect(history.find((h) => h.id === res.roundIds[0])?.date).toBe('2020-02-02');
    expect(history.find((h) => h.id === res.roundIds[1])?.date).toBeNull();
  });

  it('keeps the best-supported value and records the conflict', async () => {
    const db = await freshDb();
    const c = (url: string, value: number) =>
      saveArticle(db, article(url, '2021-05-01'), [round({ company: 'Zeta', stage: 'series_a', amount: usd(value), date: '2021-05-01' })]);
    await c('https://a.example/1', 20e6);
    await c('https://b.example/2', 25e6);
    await c('https://c.example/3', 25e6);
    const [r] = await companyHistory(db, 'Zeta');
    expect(r.amount?.value).toBe(25e6);
    expect(r.sourceCount).toBe(3);
    expect(r.conflicts).toEqual([
      {
        field: 'amount',
        options: [
          { value: usd(25e6), support: 2, articleUrls: ['https://b.example/2', 'https://c.example/3'] },
          { value: usd(20e6), support: 1, articleUrls: ['https://a.example/1'] },
        ],
      },
    ]);
  });

  it('a round reported as primary outweighs one only mentioned in passing', async () => {
    const db = await freshDb();
    await saveArticle(db, article('https://a.example/1', '2021-05-01'), [
      round({ company: 'Zeta', primary: false, stage: 'series_a', amount: usd(20e6), date: '2021-05' }),
    ]);
    await saveArticle(db, article('https://b.example/2', '2021-05-01'), [
      round({ company: 'Zeta', stage: 'series_a', amount: usd(22e6), date: '2021-05-01' }),
    ]);
    const [r] = await companyHistory(db, 'Zeta');
    expect(r.amount?.value).toBe(22e6);
    expect(r.date).toBe('2021-05-01');
    expect(r.primary).toBe(true);
  });

  it('investors from every source are united; lead wins over participant', async () => {
    const db = await freshDb();
    await saveArticle(db, article('https://a.example/1', '2018-04-09'), [
      round({ company: 'SenseTime', stage: 'series_c', investors: [participant('Alibaba'), participant('Temasek')], date: '2018-04-09' }),
    ]);
    await saveArticle(db, article('https://b.example/1', '2018-04-09'), [
      round({ company: 'SenseTime', stage: 'series_c', investors: [lead('Alibaba Group'), participant('Suning')], date: '2018-04-09' }),
    ]);
    const [r] = await companyHistory(db, 'SenseTime');
    expect(r.investors).toEqual([lead('Alibaba'), participant('Temasek'), participant('Suning')]);
    expect(r.investorIds).toHaveLength(3);
  });

  it('rejects malformed input with an "invalid" StoreError and writes nothing', async () => {
    const db = await freshDb();
    await expect(saveArticle(db, article('https://a.example/1'), [round({ company: 'X', stage: 'series_z' as never })])).rejects.toMatchObject({
      name: 'StoreError',
      code: 'invalid',
    });
    await expect(saveArticle(db, { url: '', title: 't', site: null, published: null }, [])).rejects.toMatchObject({ code: 'invalid' });
    expect((await counts(db)).articles).toBe(0);
  });
});

describe('one page reporting the same round twice', () => {
  it('keeps one source, and the report of the round wins over the passing mention', async () => {
    const db = await freshDb();
    const page = article('https://a.example/twice', '2017-07-11');
    const report = round({ company: 'SenseTime', stage: 'series_b', amount: usd(410e6), date: '2017-07-11', investors: [lead('CDH Investments')] });
    const mention = round({ company: 'SenseTime', primary: false, stage: 'series_b', date: '2017-07' });
    for (const order of [[mention, report, mention], [report, mention]]) {
      const db = await freshDb();
      const first = await saveArticle(db, page, order);
      expect(new Set(first.roundIds).size).toBe(1);
      const again = await saveArticle(db, page, order);
      expect(again.added + again.merged).toBe(0);
      expect((await companyHistory(db, 'SenseTime'))[0]).toMatchObject({ sourceCount: 1, amount: usd(410e6), date: '2017-07-11', primary: true });
    }
    const rounds = [mention, report, round({ company: 'SenseTime', primary: false, stage: 'series_b', date: null })];
    const first = await saveArticle(db, page, rounds);
    expect(new Set(first.roundIds).size).toBe(1);
    const [r] = await companyHistory(db, 'SenseTime');
    expect(r).toMatchObject({ sourceCount: 1, amount: usd(410e6), date: '2017-07-11', primary: true });
    const again = await saveArticle(db, page, rounds);
    expect(again.added + again.merged).toBe(0);
    expect((await companyHistory(db, 'SenseTime'))[0]).toMatchObject({ sourceCount: 1, amount: usd(410e6) });
  });
});

describe('undated articles', () => {
  it('a round in an article without a date is dated the day it was read, marked, and keeps that day on re-visits', async () => {
    const db = await freshDb();
    const undated = { url: 'https://news.example/undated', title: 'Acme raises', site: null, published: null };
    const acme = round({ company: 'Acme', stage: 'seed', amount: usd(2e6) });
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2025-03-03T10:00:00Z'));
      await saveArticle(db, undated, [acme]);
      vi.setSystemTime(new Date('2025-03-20T10:00:00Z'));
      await saveArticle(db, undated, [acme]);
    } finally {
      vi.useRealTimers();
    }
    const [r] = await companyHistory(db, 'Acme');
    expect(r).toMatchObject({ date: '2025-03-03', dateSeen: true, sourceCount: 1 });
    // A dated report of the same round gives it its real date.
    await saveArticle(db, article('https://other.example/acme', '2024-02-01'), [round({ company: 'Acme', stage: 'seed', amount: usd(2e6) })]);
    const [dated] = await companyHistory(db, 'Acme');
    expect(dated).toMatchObject({ id: r!.id, date: '2024-02-01', dateSeen: false });
    expect(dated!.conflicts).toEqual([]);
  });

  it('an article with a published date dates its undated round by it', async () => {
    const db = await freshDb();
    await saveArticle(db, article('https://news.example/a', '2025-03-03'), [round({ company: 'Acme', stage: 'seed', amount: usd(2e6) })]);
    expect((await companyHistory(db, 'Acme'))[0]).toMatchObject({ date: '2025-03-03', dateSeen: false });
  });
});
