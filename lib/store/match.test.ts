import { describe, expect, it } from 'vitest';
import type { Money } from '../model';
import { isSameRound, type MatchFacts } from './match';

const usd = (value: number): Money => ({ value, currency: 'USD', qualifier: 'exact' });
const f = (stage: string | null, amount: Money | null, date: string | null): MatchFacts => ({ stage, amount, date });

describe('the matching rule', () => {
  it('"$600m" and "$600 million" from two outlets a day apart are one round', () => {
    expect(isSameRound(f('series_c', usd(600e6), '2018-04-09'), f('series_c', usd(600e6), '2018-04-10'))).toBe(true);
  });

  it('different stages are different rounds', () => {
    expect(isSameRound(f('series_b', usd(600e6), '2018-04-09'), f('series_c', usd(600e6), '2018-04-09'))).toBe(false);
  });

  it('a Series B and its extension months later are two rounds', () => {
    expect(isSameRound(f('series_b', usd(410e6), '2017-07-11'), f('series_b', usd(100e6), '2018-01-15'))).toBe(false);
  });

  it('outlets disagreeing on the amount within weeks still report one round', () => {
    expect(isSameRound(f('series_b', usd(410e6), '2017-07-11'), f('series_b', usd(400e6), '2017-07-20'))).toBe(true);
    expect(isSameRound(f('series_b', usd(410e6), '2017-07-11'), f('series_b', usd(300e6), '2017-08-01'))).toBe(true);
  });

  it('same stage: one round up to 9 months apart, two beyond', () => {
    expect(isSameRound(f('seed', null, '2020-01-01'), f('seed', null, '2020-09-15'))).toBe(true);
    expect(isSameRound(f('seed', null, '2020-01-01'), f('seed', null, '2020-10-15'))).toBe(false);
    expect(isSameRound(f('seed', usd(1e6), '2020-01'), f('seed', usd(1e6), '2021-03'))).toBe(false);
  });

  it('a year-only date is compatible with any date inside that year', () => {
    expect(isSameRound(f('series_a', usd(5e6), '2019'), f('series_a', usd(20e6), '2019-11-30'))).toBe(true);
  });

  it('same stage with an unknown date is the same round', () => {
    expect(isSameRound(f('series_c', usd(600e6), null), f('series_c', usd(600e6), '2018-04-09'))).toBe(true);
  });

  it('unknown stage: same amount (±5%) and close dates match; anything less does not', () => {
    expect(isSameRound(f(null, usd(600e6), '2018-04-09'), f('series_c', usd(600e6), '2018-04-20'))).toBe(true);
    expect(isSameRound(f('undisclosed', usd(600e6), '2018-04'), f('series_c', usd(620e6), '2018-04-09'))).toBe(true);
    expect(isSameRound(f(null, usd(600e6), '2018-04-09'), f(null, usd(700e6), '2018-04-09'))).toBe(false);
    expect(isSameRound(f(null, usd(600e6), '2018-04-09'), f(null, usd(600e6), '2018-09-09'))).toBe(false);
    expect(isSameRound(f(null, null, '2018-04-09'), f(null, null, '2018-04-09'))).toBe(false);
  });

  it('unknown stage never matches across currencies', () => {
    const inr: Money = { value: 600e6, currency: 'INR', qualifier: 'exact' };
    expect(isSameRound(f(null, inr, '2018-04-09'), f(null, usd(600e6), '2018-04-09'))).toBe(false);
  });
});
