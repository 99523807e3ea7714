import { describe, expect, it } from 'vitest';
import type { Money, Valuation } from '../model';
import {
  compactNumber,
  compareRounds,
  formatChange,
  formatMoney,
  formatMonths,
  formatRatio,
  formatStepUp,
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
  it('Series B $410m Jul 2017 → Series C $600m Apr 2018: round size ×1.46 in 9 months, a step-up of at least ×2', () => {
    const c = compareRounds(seriesB, seriesC);
    expect(formatRatio(c.roundSize)).toBe('×1.46');
    expect(c.months).toBe(9);
    expect(formatMonths(c.months)).toBe('9 months');
    // "more than $3bn" after $1.5bn: the multiple is a floor.
    expect(formatStepUp(c.stepUp)).toBe('≥ ×2');
    expect(formatChange(c.valuationChange)).toBe('+$1.5bn');
  });

  it('the two-article case: Series A $10M at $40M post, Series B $30M at $150M post 15 months later', () => {
    const investors = [{ name: 'Harbor Light Ventures', role: 'lead' as const }, { name: 'Kestrel Capital', role: 'participant' as const }];
    const a = r({ stage: 'series_a', amount: usd(10e6), valuation: val(40e6), date: '2023-01-10', investors });
    const b = r({ stage: 'series_b', amount: usd(30e6), valuation: val(150e6), date: '2024-04-12',
      investors: [{ name: 'Harbor Light', role: 'participant' }, { name: 'Kestrel Capital Partners', role: 'lead' }] });
    const found = compareWithPrevious([a, b], b)!;
    expect(found.previous).toBe(a);
    expect(formatStepUp(found.comparison.stepUp)).toBe('×3.75');
    expect(formatRatio(found.comparison.roundSize)).toBe('×3');
    expect(formatMonths(found.comparison.months)).toBe('15 months');
    expect(found.comparison.investors.repeat.map((i) => i.name)).toEqual(['Harbor Light', 'Kestrel Capital Partners']);
    expect(found.comparison.investors.new).toEqual([]);
  });

  it('bounds give bounded multiples; two floors give none', () => {
    const a = r({ valuation: val(364e6), date: '2020-01' });
    const b = r({ valuation: { ...val(1e9), qualifier: 'more_than' }, date: '2021-01' });
    expect(formatStepUp(compareRounds(a, b).stepUp)).toBe('≥ ×2.75');
    expect(formatStepUp(compareRounds({ ...a, valuation: { ...val(364e6), qualifier: 'more_than' } }, b).stepUp)).toBe('both figures are bounds');
    expect(formatRatio(ratio(usd(10e6, 'up_to'), usd(30e6)))).toBe('≥ ×3');
    expect(formatRatio(ratio(usd(10e6, 'about'), usd(30e6)))).toBe('~×3');
    expect(formatRatio(ratio(usd(10e6), usd(30e6, 'up_to')))).toBe('≤ ×3');
  });

  it('the step-up is post-money to post-money, and says when pre-money is compared', () => {
    const pre = (value: number): Valuation => ({ ...val(value), basis: 'pre' });
    const a = r({ amount: usd(10e6), valuation: val(40e6), date: '2020-01' });
    // $120m pre + $30m raised = $150m post.
    expect(formatStepUp(compareRounds(a, r({ amount: usd(30e6), valuation: pre(120e6), date: '2021-01' })).stepUp)).toBe('×3.75 (post-money = pre-money + round size)');
    // Without the amount the pre-money figure cannot become post-money.
    expect(formatStepUp(compareRounds(a, r({ valuation: pre(120e6), date: '2021-01' })).stepUp)).toBe('×3 (post-money vs pre-money)');
  });

  it('a share of a round is not the round: the previous round is the whole Series D, and sources differ', () => {
    const d = r({ id: 1, stage: 'series_d', amount: usd(250e6), date: '2021-03-01' });
    const share = r({ id: 2, stage: 'series_d', amount: usd(20e6), date: '2021-04-01' });
    const e = r({ id: 3, stage: 'series_e', amount: usd(268e6), date: '2022-06-01' });
    expect(previousRound([d, share, e], e)).toBe(d);
    expect(formatRatio(compareWithPrevious([d, share, e], e)!.comparison.roundSize)).toBe('×1.07');
    // One stored round whose sources gave $250m and $20m (a tie the small figure won): the $250m is compared.
    const mixed = r({ stage: 'series_d', amount: usd(20e6), date: '2021-03-01',
      conflicts: [{ field: 'amount', options: [{ value: usd(20e6), support: 1 }, { value: usd(250e6), support: 1 }] }] });
    const c = compareRounds(mixed, e);
    expect(formatRatio(c.roundSize)).toBe('×1.07');
    expect(c.sourcesDiffer).toEqual(['amount']);
    // A corrected figure is the figure, whatever the sources said.
    expect(formatRatio(compareRounds({ ...mixed, corrected: ['amount'] }, e).roundSize)).toBe('×13.4');
  });

  it('repeat and new investors, by name identity', () => {
    const c = compareRounds(seriesB, seriesC);
    expect(c.investors.repeat.map((i) => i.name)).toEqual(['Alibaba Group']);
    expect(c.investors.new.map((i) => i.name)).toEqual(['Temasek']);
    expect(c.investors.gone.map((i) => i.name)).toEqual(['CDH Investments']);
    expect(investorOverlap([], [])).toEqual({ repeat: [], new: [], gone: [] });
  });

  it('a repeat investor is anyone in any earlier round, names resolved', () => {
    const seed = r({ stage: 'seed', date: '2015-03', investors: [{ name: "Y Combinator's Continuity Fund", role: 'participant' }, { name: 'Goldman Sachs', role: 'lead' }] });
    const a = r({ stage: 'series_a', date: '2016-05', investors: [{ name: 'Temasek', role: 'lead' }] });
    const b = r({ stage: 'series_b', date: '2017-09', investors: [
      { name: 'Y Combinator Continuity Fund', role: 'participant' },
      { name: "Goldman Sachs' Principal Strategic Investments", role: 'lead' },
      { name: 'Temasek Holdings', role: 'participant' },
      { name: 'Tencent', role: 'participant' },
    ] });
    const { previous, comparison } = compareWithPrevious([seed, a, b], b)!;
    expect(previous).toBe(a);
    expect(comparison.investors.repeat.map((i) => i.name)).toEqual([
      'Y Combinator Continuity Fund', "Goldman Sachs' Principal Strategic Investments", 'Temasek Holdings',
    ]);
    expect(comparison.investors.new.map((i) => i.name)).toEqual(['Tencent']);
  });

  it('refuses cross-currency ratios with a reason instead of a number', () => {
    const inr = r({ amount: { value: 1e9, currency: 'INR', qualifier: 'exact' }, valuation: val(1e10, 'INR'), date: '2019-01' });
    const c = compareRounds(seriesC, inr);
    expect(c.roundSize).toEqual({ ok: false, reason: 'different_currencies', message: 'different currencies' });
    expect(c.valuationChange.ok).toBe(false);
    expect(formatRatio(c.roundSize)).toBe('different currencies');
    expect(formatChange(c.valuationChange)).toBe('different currencies');
  });

  it('missing or zero figures are refused too', () => {
    expect(ratio(null, usd(1))).toMatchObject({ ok: false, reason: 'missing' });
    expect(ratio(usd(0), usd(1))).toMatchObject({ ok: false, reason: 'zero' });
    expect(compareRounds(r({}), seriesC).stepUp.multiple.ok).toBe(false);
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
    expect(formatRatio(found!.comparison.roundSize)).toBe('×1.46');
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
    expect(formatRatio({ ok: true, ratio: 600 / 410, bound: 'exact' })).toBe('×1.46');
    expect(formatMonths(1)).toBe('1 month');
    expect(formatMonths(0)).toBe('less than a month');
    expect(formatMonths(null)).toBe('—');
  });
});
