import { describe, expect, it } from 'vitest';
import type { Money, Valuation } from '../model';
import {
  compactNumber,
  compareRounds,
  formatChange,
  formatMoney,
  formatMonths,
  formatRatio,
  formatValuation,
  investorOverlap,
  monthsBetween,
  previousRound,
  compareWithPrevious,
  ratio,
  type ComparableRound,
} from './index';

const usd = (value: number, qualifier: Money['qualifier'] = 'exact'): Money => ({ value, currency: 'USD', qualifier });
const val = (value: number, currency = 'USD'): Valuation => ({ value, currency, qualifier: 'exact', basis: 'post' });
const r = (partial: Partial<ComparableRound>): ComparableRound => ({ stage: null, amount: null, valuation: null, investors: [], date: null, ...partial });

const seriesB = r({ stage: 'series_b', amount: usd(410e6), date: '2017-07-11', valuation: val(1.5e9),
  investors: [{ name: 'CDH Investments', role: 'lead' }, { name: 'Alibaba', role: 'participant' }] });
const seriesC = r({ stage: 'series_c', amount: usd(600e6), date: '2018-04-09', valuation: { ...val(3e9), qualifier: 'more_than' },
  investors: [{ name: 'Alibaba Group', role: 'lead' }, { name: 'Temasek', role: 'participant' }] });

describe('comparing rounds', () => {
  it('Series B $410m Jul 2017 → Series C $600m Apr 2018: ×1.46 in 9 months', () => {
    const c = compareRounds(seriesB, seriesC);
    expect(formatRatio(c.amountStepUp)).toBe('×1.46');
    expect(c.months).toBe(9);
    expect(formatMonths(c.months)).toBe('9 months');
    expect(formatRatio(c.valuationStepUp)).toBe('×2');
    expect(formatChange(c.valuationChange)).toBe('+$1.5bn');
  });

  it('repeat and new investors, by name identity', () => {
    const c = compareRounds(seriesB, seriesC);
    expect(c.investors.repeat.map((i) => i.name)).toEqual(['Alibaba Group']);
    expect(c.investors.new.map((i) => i.name)).toEqual(['Temasek']);
    expect(c.investors.gone.map((i) => i.name)).toEqual(['CDH Investments']);
    expect(investorOverlap([], [])).toEqual({ repeat: [], new: [], gone: [] });
  });

  it('refuses cross-currency ratios with a reason instead of a number', () => {
    const inr = r({ amount: { value: 1e9, currency: 'INR', qualifier: 'exact' }, valuation: val(1e10, 'INR'), date: '2019-01' });
    const c = compareRounds(seriesC, inr);
    expect(c.amountStepUp).toEqual({ ok: false, reason: 'different_currencies', message: 'different currencies' });
    expect(c.valuationChange.ok).toBe(false);
    expect(formatRatio(c.amountStepUp)).toBe('different currencies');
    expect(formatChange(c.valuationChange)).toBe('different currencies');
  });

  it('missing or zero figures are refused too', () => {
    expect(ratio(null, usd(1))).toMatchObject({ ok: false, reason: 'missing' });
    expect(ratio(usd(0), usd(1))).toMatchObject({ ok: false, reason: 'zero' });
    expect(compareRounds(r({}), seriesC).valuationStepUp.ok).toBe(false);
  });

  it('months between partial dates', () => {
    expect(monthsBetween('2017-07', '2018-04')).toBe(9);
    expect(monthsBetween('2017-07-31', '2018-04-01')).toBe(8);
    expect(monthsBetween('2018-04-09', '2017-07-11')).toBe(-9);
    expect(monthsBetween('2017', '2018-04')).toBeNull();
    expect(monthsBetween(null, '2018-04')).toBeNull();
    expect(monthsBetween('2020-01-10', '2020-01-25')).toBe(0);
  });

  it('the previous round is the latest dated one strictly before', () => {
    const seed = r({ stage: 'seed', date: '2016' });
    const undated = r({ stage: 'angel' });
    const history = [seed, seriesB, seriesC, undated];
    expect(previousRound(history, seriesC)).toBe(seriesB);
    expect(previousRound(history, seriesB)).toBe(seed);
    expect(previousRound(history, seed)).toBeUndefined();
    expect(previousRound(history, undated)).toBeUndefined();
    expect(previousRound(history, r({ date: '2017' }))).toBe(seed);
  });

  it('compares a round with the one before it in one call', () => {
    const found = compareWithPrevious([seriesC, seriesB], seriesC);
    expect(found?.previous).toBe(seriesB);
    expect(formatRatio(found!.comparison.amountStepUp)).toBe('×1.46');
    expect(compareWithPrevious([seriesC], seriesC)).toBeNull();
  });
});

describe('formatters', () => {
  it('money: symbol + compact, qualifier as a sign', () => {
    expect(formatMoney(usd(600e6))).toBe('$600m');
    expect(formatMoney({ value: 1.2e9, currency: 'EUR', qualifier: 'exact' })).toBe('€1.2bn');
    expect(formatMoney({ value: 1e9, currency: 'INR', qualifier: 'exact' })).toBe('₹1bn');
    expect(formatMoney(usd(3e9, 'more_than'))).toBe('> $3bn');
    expect(formatMoney(usd(5e6, 'about'))).toBe('~$5m');
    expect(formatMoney(usd(50e6, 'up_to'))).toBe('up to $50m');
    expect(formatMoney({ value: 40e6, currency: 'CHF', qualifier: 'exact' })).toBe('CHF 40m');
    expect(formatMoney({ value: 12e6, currency: 'SGD', qualifier: 'exact' })).toBe('S$12m');
    expect(formatMoney(null)).toBe('—');
  });

  it('compact numbers keep three significant digits and carry rounding', () => {
    expect(compactNumber(12_345_678)).toBe('12.3m');
    expect(compactNumber(1_234_567)).toBe('1.23m');
    expect(compactNumber(999_600_000)).toBe('1bn');
    expect(compactNumber(250_000)).toBe('250k');
    expect(compactNumber(950)).toBe('950');
    expect(compactNumber(2.5e12)).toBe('2.5tn');
  });

  it('valuation, ratio, months', () => {
    expect(formatValuation(seriesC.valuation)).toBe('> $3bn post-money');
    expect(formatValuation({ ...val(1e9), basis: 'unspecified' })).toBe('$1bn');
    expect(formatRatio({ ok: true, ratio: 600 / 410 })).toBe('×1.46');
    expect(formatMonths(1)).toBe('1 month');
    expect(formatMonths(0)).toBe('less than a month');
    expect(formatMonths(null)).toBe('—');
  });
});
