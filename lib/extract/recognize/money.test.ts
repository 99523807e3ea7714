import { describe, expect, it } from 'vitest';
import { currencyContext, findMoney, parseNumber } from './money';
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
    ['Its Series B funding of Rs. 100 crores was led by Pell.', 1_000_000_000, 'INR'],
    ['The edtech got ₹40 lakh from angels.', 4_000_000, 'INR'],
    ['It closed S$12 million.', 12_000_000, 'SGD'],
    ['HK$80 million was committed.', 80_000_000, 'HKD'],
    ['A$15m went into the miner.', 15_000_000, 'AUD'],
    ['It raised CAD$1.2 million in a private placement.', 1_200_000, 'CAD'],
    ['Quillon, startup mexicana de pagamentos, levanta US$ 1,8 mi', 1_800_000, 'USD'],
    ['C$9 million for the robotics firm.', 9_000_000, 'CAD'],
    ['NT$450 million from chipmakers.', 450_000_000, 'TWD'],
    ['CHF 20 million from Swiss funds.', 20_000_000, 'CHF'],
    ['SEK 75 million from Nordic investors.', 75_000_000, 'SEK'],
    ['The retailer set up a unit with SR5 million of capital.', 5_000_000, 'SAR'],
    ['SAR 20 million from Riyadh angels.', 20_000_000, 'SAR'],
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

// One row per word of lexicon/currencies.ts, magnitudes.ts and money-qualifiers.ts, in sentences of our own.
describe('money table: the lexicon words', () => {
  const value = (s: string) => { const m = one(s); return m && [m.value, m.currency]; };
  it.each([
    ['The bakery drew 3 crore rupees.', 30_000_000, 'INR'],
    ['A clinic took in ₹75 lakh.', 7_500_000, 'INR'],
    ['Die Plattform sammelt 4 Mrd. Euro ein.', 4_000_000_000, 'EUR'],
    ['La société lève 2 milliards d’euros.', 2_000_000_000, 'EUR'],
    ['La empresa recaudó 15 millones de dólares.', 15_000_000, 'USD'],
    ['A fintech captou R$ 40 milhões.', 40_000_000, 'BRL'],
    ['A clinic chain raised 6 mn pounds sterling.', 6_000_000, 'GBP'],
    ['A grocer took 1.2 bln Swiss francs.', 1_200_000_000, 'CHF'],
    ['The insurer raised $350MM.', 350_000_000, 'USD'],
    ['A van maker raised 90 thousand dollars.', 90_000, 'USD'],
    ['The bank lent 3 tn won.', 3_000_000_000_000, 'KRW'],
    ['A lender raised 12 billion naira.', 12_000_000_000, 'NGN'],
    ['A school took 40 million Kenyan shillings.', 40_000_000, 'KES'],
    ['A farm group raised 80 million rand.', 80_000_000, 'ZAR'],
    ['A shipping app got 200 million kronor.', 200_000_000, 'SEK'],
    ['A ferry line raised 90 million Norwegian kroner.', 90_000_000, 'NOK'],
    ['A taxi app raised 300 million pesos.', 300_000_000, 'MXN'],
    ['A bakery app raised 25 million ringgit.', 25_000_000, 'MYR'],
    ['A scooter firm got 50 billion rupiah.', 50_000_000_000, 'IDR'],
    ['A coffee chain raised 100 billion dong.', 100_000_000_000, 'VND'],
    ['A spa group raised 400 million baht.', 400_000_000, 'THB'],
    ['A port operator raised 60 million Singapore dollars.', 60_000_000, 'SGD'],
    ['A robot maker raised KSh 500 million.', 500_000_000, 'KES'],
    ['A kiosk firm raised Rp 30 billion.', 30_000_000_000, 'IDR'],
    ['A battery firm raised RM10 million.', 10_000_000, 'MYR'],
    ['A drone maker raised two million euros.', 2_000_000, 'EUR'],
    ['A lab raised a few million dollars.', 3_000_000, 'USD'],
    ['A game studio raised several hundred million yen.', 300_000_000, 'JPY'],
    // a comma before a scale word of a decimal-comma language is the decimal one
    ["Les start-up ont récolté 2,315 milliards d'euros.", 2_315_000_000, 'EUR'],
    // thousands in Italian, Spanish and Portuguese
    ['La startup ha raccolto 800mila euro.', 800_000, 'EUR'],
    ['A startup recebeu um aporte de R$ 500 mil.', 500_000, 'BRL'],
    ['A fund raised $2,315 million.', 2_315_000_000, 'USD'],
    ['Ha conseguido recaudar 1.887 millones de dólares.', 1_887_000_000, 'USD'],
    ['A empresa captou 1.250 milhões de reais.', 1_250_000_000, 'BRL'],
  ])('%s → %i %s', (text, v, currency) => expect(value(text)).toEqual([v, currency]));

  it.each([
    ['1,250', false, 1250], ['1.250', false, 1250], ['1.250', true, 1.25], ['7,5', true, 7.5],
    ['2.500.000', false, 2_500_000], ['3.400,75', false, 3400.75], ['6,100.5', false, 6100.5], ['12,34,56', false, null],
  ])('parseNumber(%s, scaled %s) is %s', (raw, scaled, v) => expect(parseNumber(raw, scaled)).toBe(v));

  it.each([
    ['upwards of $9 million', 'more_than'], ['in excess of €30m', 'more_than'], ['north of $1bn', 'more_than'],
    ['an estimated $12 million', 'about'], ['circa £4m', 'about'], ['just under $10m', 'about'],
    ['is seeking $60 million', 'up_to'], ['hopes to raise €25m', 'up_to'],
  ])('qualifier of "%s" is %s', (text, q) => expect(one(text)?.qualifier).toBe(q));

  it('reads "between X and Y" and "X to Y" as ranges, but not two figures joined by "and"', () => {
    expect(findMoney('It wants between $4m and $6m.')[0]).toMatchObject({ money: { value: 4_000_000, qualifier: 'more_than' }, high: 6_000_000 });
    expect(findMoney('It wants €8 million to €12 million.')[0]).toMatchObject({ money: { value: 8_000_000 }, high: 12_000_000 });
    expect(findMoney('It raised $4m and then $6m.').map((m) => m.money.value)).toEqual([4_000_000, 6_000_000]);
  });

  it('lets a bare scaled figure share the currency of the figure just before it', () => {
    expect(findMoney('Orchard took 40 million euros and Pine 15 million in debt.').map((m) => [m.money.value, m.money.currency]))
      .toEqual([[40_000_000, 'EUR'], [15_000_000, 'EUR']]);
    expect(findMoney('It employs 15 million people.')).toEqual([]);
  });

  it('folds "(about €…)" into alt and keeps a non-money parenthesis apart', () => {
    expect(one('The studio raised $11 million (about €10 million).')).toEqual({ value: 11_000_000, currency: 'USD', qualifier: 'exact', alt: { value: 10_000_000, currency: 'EUR' } });
    expect(findMoney('The studio raised $11 million (and $2 million more).')).toHaveLength(2);
  });

  it('does not read a lone letter mark as a currency before an unscaled number', () => {
    expect(findMoney('The R 8 model and the N 95 mask sold well.')).toEqual([]);
  });
});
