import { describe, expect, it } from 'vitest';
import { findStages, stageRank } from './stage';

describe('stages', () => {
  it.each([
    ['closed its Series B extension', 'series_b'], ['a B-2 round of funding', 'series_b'], ['its Series C+ financing', 'series_c'],
    ['the Round C funding', 'series_c'], ['an A round led by two funds', 'series_a'], ['raised a pre-seed round', 'pre_seed'],
    ['a seed round of $2m', 'seed'], ['a pre-IPO round', 'pre_ipo'], ['secured venture debt from a bank', 'debt'],
    ['through convertible notes', 'convertible_note'], ['won a government grant', 'grant'], ['via equity crowdfunding', 'crowdfunding'],
    ['a growth round led by a PE firm', 'growth'], ['a bridge round from insiders', 'bridge'], ['a strategic investment from a carmaker', 'strategic'],
    ['its Series J', 'series_j'], ['una ronda Serie A', 'series_a'], ['an angel round', 'angel'],
    ['une levée de fonds d’amorçage', 'seed'], ['numa rodada semente', 'seed'],
  ])('%s → %s', (text, stage) => expect(findStages(text)[0]?.stage).toBe(stage));

  it('files a pre-Series A round as seed, with series_a as the alternative', () => {
    expect(findStages('a pre-Series A round')[0]).toMatchObject({ stage: 'seed', alt: 'series_a' });
  });
  it('does not read "A round of applause" or a crowdfunding business as a stage', () => {
    expect(findStages('A round of applause followed.')).toEqual([]);
    expect(findStages('It runs three crowdfunding platforms.')).toEqual([]);
  });
});

// One row per phrase shape of lexicon/stages.ts, in sentences of our own.
describe('stage table', () => {
  const stages = (s: string) => findStages(s).map((m) => m.stage);
  it.each([
    ['the bakery closed a Series D-1 at a flat price', 'series_d'],
    ['una ronda de Serie B liderada por un fondo', 'series_b'],
    ['uma rodada série C com fundos locais', 'series_c'],
    ['the firm calls it its B+ round', 'series_b'],
    ['a $40m C round from insiders', 'series_c'],
    ['the clinic closed its D-2 financing', 'series_d'],
    ['a pre-Series C round from a sovereign fund', 'series_b'],
    ['it raised a seed extension from the same angels', 'seed'],
    ['a seed+ round', 'seed'],
    ['una ronda semilla de dos millones', 'seed'],
    ['an angel investment from two founders', 'angel'],
    ['a credit facility from a regional bank', 'debt'],
    ['$20m in venture debt', 'debt'],
    ['a term loan of $5m', 'debt'],
    ['convertible notes from its backers', 'convertible_note'],
    ['a non-dilutive grant from the state', 'grant'],
    ['a crowdfunding campaign that sold out', 'crowdfunding'],
    ['it raised the money on Wefunder', 'crowdfunding'],
    ['a growth-stage investment from a pension fund', 'growth'],
    ['a growth equity round', 'growth'],
    ['a bridge financing before the next round', 'bridge'],
    ['a strategic round with a carmaker', 'strategic'],
    ['a secondary share sale by early staff', 'secondary'],
  ])('%s → %s', (text, stage) => expect(stages(text)[0]).toBe(stage));

  it.each([
    ['the fund backs Series B companies in Europe'],
    ['a program for seed-stage founders'],
    ['it writes seed and growth checks'],
    ['it backs Series A and early Series B startups'],
    ['all our existing seed investors doubled down'],
    ['the bank mixes loans of debt and equity'],
  ])('reads no round in "%s"', (text) => expect(stages(text)).toEqual([]));

  it('prefers the longer phrase: "debt financing" is one debt mention, not "debt" twice', () => {
    expect(findStages('a debt financing from a bank')).toMatchObject([{ stage: 'debt', text: 'debt financing' }]);
  });

  it('ranks stages on the equity ladder and leaves debt off it', () => {
    expect(stageRank('seed')).toBeLessThan(stageRank('series_a'));
    expect(stageRank('series_j')).toBeLessThan(stageRank('pre_ipo'));
    expect(stageRank('debt')).toBe(-1);
    expect(stageRank(null)).toBe(-1);
  });
});
