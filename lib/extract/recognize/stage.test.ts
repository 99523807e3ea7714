import { describe, expect, it } from 'vitest';
import { findStages } from './stage';

describe('stages', () => {
  it.each([
    ['closed its Series B extension', 'series_b'], ['a B-2 round of funding', 'series_b'], ['its Series C+ financing', 'series_c'],
    ['the Round C funding', 'series_c'], ['an A round led by two funds', 'series_a'], ['raised a pre-seed round', 'pre_seed'],
    ['a seed round of $2m', 'seed'], ['a pre-IPO round', 'pre_ipo'], ['secured venture debt from a bank', 'debt'],
    ['through convertible notes', 'convertible_note'], ['won a government grant', 'grant'], ['via equity crowdfunding', 'crowdfunding'],
    ['a growth round led by a PE firm', 'growth'], ['a bridge round from insiders', 'bridge'], ['a strategic investment from a carmaker', 'strategic'],
    ['its Series J', 'series_j'], ['una ronda Serie A', 'series_a'], ['an angel round', 'angel'],
  ])('%s → %s', (text, stage) => expect(findStages(text)[0]?.stage).toBe(stage));

  it('files a pre-Series A round as seed, with series_a as the alternative', () => {
    expect(findStages('a pre-Series A round')[0]).toMatchObject({ stage: 'seed', alt: 'series_a' });
  });
  it('does not read "A round of applause" or a crowdfunding business as a stage', () => {
    expect(findStages('A round of applause followed.')).toEqual([]);
    expect(findStages('It runs three crowdfunding platforms.')).toEqual([]);
  });
});
