import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
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
