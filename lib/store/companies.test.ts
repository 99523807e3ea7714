import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { companyHistory, counts, getCompany, getInvestor, investorRounds, mergeCompanies, mergeInvestors, renameCompany, saveArticle, searchInvestors, splitCompany, splitInvestor } from './index';
import { article, freshDb, lead, round, usd } from './test-support';

describe('company identity and aliases', () => {
  it('"SenseTime", "SenseTime Group Ltd" and "Sensetime" are one company with three aliases', async () => {
    const db = await freshDb();
    await saveArticle(db, article('https://a.example/1', '2017-07-11'), [round({ company: 'SenseTime', stage: 'series_b', date: '2017-07-11' })]);
    await saveArticle(db, article('https://b.example/2', '2018-04-09'), [round({ company: 'SenseTime Group Ltd', stage: 'series_c', date: '2018-04-09' })]);
    await saveArticle(db, article('https://c.example/3', '2018-05-30'), [round({ company: 'Sensetime', stage: 'series_c', date: '2018-05-30' })]);
    expect((await counts(db)).companies).toBe(1);
    const company = await getCompany(db, 'sensetime group');
    expect(company?.name).toBe('SenseTime');
    expect(company?.aliases).toEqual(['SenseTime', 'SenseTime Group Ltd', 'Sensetime']);
    const history = await companyHistory(db, 'SenseTime Group Ltd');
    expect(history.map((r) => [r.stage, r.sourceCount])).toEqual([
      ['series_b', 1],
      ['series_c', 2],
    ]);
  });

  it('does not merge "Apple" from a roundup into an unrelated "Apple Farm"', async () => {
    const db = await freshDb();
    await saveArticle(db, article('https://roundup.example/week', '2021-01-08'), [
      round({ company: 'Apple Farm', stage: 'seed', amount: usd(2e6), date: '2021-01-05' }),
      round({ company: 'Apple', stage: 'seed', amount: usd(2e6), date: '2021-01-05' }),
    ]);
    expect((await counts(db)).companies).toBe(2);
    expect(await companyHistory(db, 'Apple')).toHaveLength(1);
    expect(await companyHistory(db, 'Apple Farm')).toHaveLength(1);
  });

  it('merging two companies folds their duplicate rounds into one and keeps the others', async () => {
    const db = await freshDb();
    await saveArticle(db, article('https://a.example/1', '2018-04-09'), [
      round({ company: 'Face++', stage: 'series_c', amount: usd(460e6), date: '2017-10-31' }),
    ]);
    await saveArticle(db, article('https://b.example/2', '2019-05-09'), [
      round({ company: 'Megvii', stage: 'series_c', amount: usd(460e6), date: '2017-11-01' }),
      round({ company: 'Megvii', stage: 'series_d', amount: usd(750e6), date: '2019-05-09' }),
    ]);
    const target = await getCompany(db, 'Megvii');
    const other = await getCompany(db, 'Face++');
    const merged = await mergeCompanies(db, target!.id, other!.id);
    expect(merged.aliases).toEqual(['Megvii', 'Face++']);
    const history = await companyHistory(db, 'Face++');
    expect(history.map((r) => [r.stage, r.sourceCount, r.company])).toEqual([
      ['series_c', 2, 'Megvii'],
      ['series_d', 1, 'Megvii'],
    ]);
    expect(await counts(db)).toMatchObject({ companies: 1, rounds: 2, sources: 3 });
    // A new article about "Face++" now lands in Megvii.
    const later = await saveArticle(db, article('https://c.example/3', '2019-05-10'), [
      round({ company: 'Face++', stage: 'series_d', amount: usd(750e6), date: '2019-05-10' }),
    ]);
    expect(later.merged).toBe(1);
  });

  it('split moves the named aliases and the rounds reported under them to a new company', async () => {
    const db = await freshDb();
    await saveArticle(db, article('https://a.example/1', '2020-01-01'), [round({ company: 'Nova Ltd', stage: 'seed', date: '2020-01-01' })]);
    await saveArticle(db, article('https://b.example/2', '2021-06-01'), [round({ company: 'Nova', stage: 'series_a', date: '2021-06-01' })]);
    const nova = await getCompany(db, 'Nova');
    const company = await mergeCompanies(db, nova!.id, nova!.id).catch((e: unknown) => e);
    expect(company).toMatchObject({ code: 'invalid' });
    // Both names were one key; a user-merged alias with its own key is what a split can separate.
    await saveArticle(db, article('https://c.example/3', '2022-01-01'), [round({ company: 'Nova Robotics', stage: 'seed', date: '2022-01-01' })]);
    const robotics = await getCompany(db, 'Nova Robotics');
    await mergeCompanies(db, nova!.id, robotics!.id);
    expect(await companyHistory(db, 'Nova')).toHaveLength(3);
    const split = await splitCompany(db, nova!.id, ['Nova Robotics']);
    expect(split.name).toBe('Nova Robotics');
    expect((await companyHistory(db, 'Nova')).map((r) => r.stage)).toEqual(['seed', 'series_a']);
    expect((await companyHistory(db, split.id)).map((r) => [r.stage, r.company])).toEqual([['seed', 'Nova Robotics']]);
    await expect(splitCompany(db, nova!.id, ['Nova'])).rejects.toMatchObject({ code: 'invalid' });
  });

  it('rename changes the display name everywhere and keeps the old name as an alias', async () => {
    const db = await freshDb();
    await saveArticle(db, article('https://a.example/1', '2020-01-01'), [round({ company: 'sensetime', stage: 'seed', date: '2020-01-01' })]);
    const c = await getCompany(db, 'SenseTime');
    await renameCompany(db, c!.id, 'SenseTime');
    const [r] = await companyHistory(db, 'sensetime');
    expect(r.company).toBe('SenseTime');
  });
});

describe('investor merge and split', () => {
  it('merging two investors lists the target in both rounds; splitting moves the names back', async () => {
    const db = await freshDb();
    await saveArticle(db, article('https://a.example/1', '2020-01-01'), [round({ company: 'Acme', stage: 'seed', amount: usd(1e6), date: '2020-01-01', investors: [lead('GS Growth')] })]);
    await saveArticle(db, article('https://a.example/2', '2021-06-01'), [round({ company: 'Acme', stage: 'series_a', amount: usd(5e6), date: '2021-06-01', investors: [lead('Goldman Sachs Growth')] })]);
    const gs = (await getInvestor(db, 'Goldman Sachs Growth'))!;
    const short = (await getInvestor(db, 'GS Growth'))!;
    const merged = await mergeInvestors(db, gs.id, short.id);
    expect(merged.aliases).toEqual(['Goldman Sachs Growth', 'GS Growth']);
    expect((await investorRounds(db, 'GS Growth')).map((r) => r.stage)).toEqual(['seed', 'series_a']);
    expect((await searchInvestors(db, 'gs')).map((h) => [h.name, h.rounds])).toEqual([['Goldman Sachs Growth', 2]]);
    const split = await splitInvestor(db, gs.id, ['GS Growth']);
    expect(split.name).toBe('GS Growth');
    expect((await investorRounds(db, split.id)).map((r) => r.stage)).toEqual(['seed']);
    expect((await investorRounds(db, gs.id)).map((r) => r.stage)).toEqual(['series_a']);
    await expect(mergeInvestors(db, gs.id, gs.id)).rejects.toMatchObject({ code: 'invalid' });
  });
});

describe('investor identity when saving', () => {
  it('"Sequoia Capital" and "Sequoia" are one investor; "Sequoia Capital China" is another', async () => {
    const db = await freshDb();
    await saveArticle(db, article('https://a.example/1', '2020-01-01'), [round({ company: 'Acme', stage: 'seed', amount: usd(1e6), date: '2020-01-01', investors: [lead('Sequoia Capital')] })]);
    await saveArticle(db, article('https://a.example/2', '2021-06-01'), [round({ company: 'Acme', stage: 'series_a', amount: usd(5e6), date: '2021-06-01', investors: [lead('Sequoia'), lead('Sequoia Capital China')] })]);
    expect((await searchInvestors(db, 'sequoia')).map((h) => [h.name, h.rounds])).toEqual([['Sequoia Capital', 2], ['Sequoia Capital China', 1]]);
    expect((await getInvestor(db, 'Sequoia'))?.aliases).toEqual(['Sequoia Capital', 'Sequoia']);
  });
});

describe('company aliases from the article', () => {
  it('a round whose article gives the company another name joins the company known by that name', async () => {
    const db = await freshDb();
    await saveArticle(db, article('https://a.example/1', '2024-05-01'), [round({ company: 'Botco', stage: 'series_a', amount: usd(12e6), date: '2024-05-01' })]);
    // "Nuro Labs (formerly Botco)": the extractor gives the former name as an alias.
    const renamed = { ...round({ company: 'Nuro Labs', stage: 'series_a', amount: usd(12e6), date: '2024-05-02' }), aliases: ['Botco'] };
    const res = await saveArticle(db, article('https://b.example/2', '2024-05-02'), [renamed]);
    expect(res).toMatchObject({ merged: 1, added: 0 });
    expect(await counts(db)).toMatchObject({ companies: 1, rounds: 1 });
    expect((await getCompany(db, 'Nuro Labs'))?.aliases).toEqual(['Botco', 'Nuro Labs']);
    // A name another company already holds is not taken over.
    await saveArticle(db, article('https://c.example/3', '2025-01-01'), [round({ company: 'Zeta', stage: 'seed', amount: usd(1e6), date: '2025-01-01' })]);
    const claimsZeta = { ...round({ company: 'Nuro Labs', stage: 'series_b', amount: usd(30e6), date: '2025-02-01' }), aliases: ['Zeta'] };
    await saveArticle(db, article('https://c.example/4', '2025-02-01'), [claimsZeta]);
    expect((await companyHistory(db, 'Zeta')).map((r) => r.stage)).toEqual(['seed']);
  });
});
