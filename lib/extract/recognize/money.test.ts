import { describe, expect, it } from 'vitest';
import { currencyContext, findMoney } from './money';
import { roleOf } from '../relate/money-role';

const moneyRole = (s: string, m: Parameters<typeof roleOf>[1]) => { const r = roleOf(s, m); return r.role === 'valuation' ? { role: r.role, basis: r.basis } : { role: r.role }; };

const one = (s: string, ctx?: Parameters<typeof findMoney>[1]) => findMoney(s, ctx)[0]?.money;

describe('money grammar', () => {
  it.each([
    ['The startup pulled in $7.5 million last week.', 7_500_000, 'USD'],
    ['It landed US$40m from backers.', 40_000_000, 'USD'],
    ['The fintech took in €12m.', 12_000_000, 'EUR'],
    ['A £3.2bn deal.', 3_200_000_000, 'GBP'],
    ['They secured Rs 250 crore.', 2_500_000_000, 'INR'],
    ['The edtech got ₹40 lakh from angels.', 4_000_000, 'INR'],
    ['It closed S$12 million.', 12_000_000, 'SGD'],
    ['HK$80 million was committed.', 80_000_000, 'HKD'],
    ['A$15m went into the miner.', 15_000_000, 'AUD'],
    ['C$9 million for the robotics firm.', 9_000_000, 'CAD'],
    ['NT$450 million from chipmakers.', 450_000_000, 'TWD'],
    ['CHF 20 million from Swiss funds.', 20_000_000, 'CHF'],
    ['SEK 75 million from Nordic investors.', 75_000_000, 'SEK'],
    ['It raised R120 million locally.', 120_000_000, 'ZAR'],
    ['₦900 million from Lagos angels.', 900_000_000, 'NGN'],
    ['It drew 30 billion won from Seoul funds.', 30_000_000_000, 'KRW'],
    ['It collected 500 million yuan.', 500_000_000, 'CNY'],
    ['It collected 800 million yen.', 800_000_000, 'JPY'],
    ['The raise was half a billion dollars.', 500_000_000, 'USD'],
    ['A billion dollars poured in.', 1_000_000_000, 'USD'],
    ['Die Firma erhält 1,2 Mio. € von Investoren.', 1_200_000, 'EUR'],
    ['It raised $2.25B.', 2_250_000_000, 'USD'],
    ['It raised $900k.', 900_000, 'USD'],
    ['The round was $1.5 trillion? No, $1.5tn.', 1_500_000_000_000, 'USD'],
  ])('%s', (text, value, currency) => {
    const m = one(text);
    expect(m?.value).toBe(value);
    expect(m?.currency).toBe(currency);
  });

  it.each([
    ['more than $3 billion', 'more_than'], ['over €40m', 'more_than'], ['at least $5 million', 'more_than'],
    ['about $800 million', 'about'], ['nearly $20m', 'about'], ['roughly £7m', 'about'],
    ['up to $2.5 billion', 'up_to'], ['as much as $1bn', 'up_to'], ['$15 million', 'exact'],
  ])('qualifier of "%s" is %s', (text, q) => expect(one(text)?.qualifier).toBe(q));

  it('reads a range as its low end with a qualifier', () => {
    const m = findMoney('The company is raising $20-30 million.')[0];
    expect(m.money.value).toBe(20_000_000);
    expect(m.high).toBe(30_000_000);
  });

  it('folds a second currency in parentheses into alt', () => {
    expect(one('It raised Rs 80 crore ($9.6 million) this week.')).toEqual({ value: 800_000_000, currency: 'INR', qualifier: 'exact', alt: { value: 9_600_000, currency: 'USD' } });
  });

  it('reads bare $ as the local dollar on a local site that also writes US$', () => {
    const ctx = currencyContext('The robot maker raised $10m (US$7.4m).', 'https://news.example.sg/a', null);
    expect(one('The robot maker raised $10m (US$7.4m).', ctx)).toMatchObject({ value: 10_000_000, currency: 'SGD', alt: { value: 7_400_000, currency: 'USD' } });
    // elsewhere the explicit US figure is the safe reading
    expect(one('The robot maker raised $10m (US$7.4m).')).toMatchObject({ value: 7_400_000, currency: 'USD' });
  });

  it('tells yuan from yen by the words around', () => {
    expect(currencyContext('A Beijing startup raised ¥100 million from Chinese funds.', null, null).yen).toBe('CNY');
    expect(currencyContext('A Tokyo startup raised ¥100 million from Japanese funds.', null, null).yen).toBe('JPY');
  });

  it.each([
    ['Founded in 2012, the firm has 300 staff.'],
    ['It processes 10 billion events a day.'],
    ['Version 2.5 ships next week.'],
  ])('finds no money in "%s"', (text) => expect(findMoney(text)).toEqual([]));
});

describe('money roles: numbers that are not the round', () => {
  const role = (s: string, i = 0) => moneyRole(s, findMoney(s)[i]).role;
  it.each([
    ['The company has raised $60 million to date.', 'total'],
    ['That brings its total funding to $85 million.', 'total'],
    ['It now has $1.1 billion in annual recurring revenue.', 'other'],
    ['Revenue reached $40 million last year.', 'other'],
    ['The firm closed a $500 million fund for early-stage bets.', 'fund'],
    ['The market for drones is worth $40 billion.', 'valuation'],
    ['Shares were priced at $17 each.', 'other'],
    ['The startup raised $30 million in a Series B.', 'round'],
  ])('%s → %s', (s, r) => expect(role(s)).toBe(r));

  it('reads valuation forms and basis', () => {
    const s = 'The round values the company at a $900 million post-money valuation.';
    expect(moneyRole(s, findMoney(s)[0])).toEqual({ role: 'valuation', basis: 'post' });
    const t = 'It was valued at $2 billion pre-money.';
    expect(moneyRole(t, findMoney(t)[0]).role).toBe('valuation');
    const u = 'The deal gives it a valuation of more than $5 billion.';
    expect(moneyRole(u, findMoney(u)[0]).role).toBe('valuation');
    expect(findMoney(u)[0].money.qualifier).toBe('more_than');
  });
});
