// Earlier rounds an article mentions beside the one it reports: "follows a $X seed round in 2021",
// "previously raised", two rounds in one sentence, a rival's round; totals to date are not rounds.
import { describe, expect, it } from 'vitest';
import type { Article, Round } from '../model';
import { extract } from './index';

const art = (title: string, paragraphs: string[], published = '2025-03-12'): Article => ({ title, paragraphs, site: null, url: null, published });
const brief = (r: Round) => ({ primary: r.primary, company: r.company, stage: r.stage, amount: r.amount?.value ?? null, date: r.date, leads: r.investors.filter((i) => i.role === 'lead').map((i) => i.name) });
const mentioned = (a: Article) => extract(a).rounds.filter((r) => !r.primary).map(brief);
const primary = (a: Article) => extract(a).rounds.filter((r) => r.primary).map(brief);

describe('earlier rounds', () => {
  it('reads two earlier rounds from one sentence, each with its own date and lead', () => {
    const a = art('Pellucid raises $40 million Series B', [
      'Pellucid, a maker of warehouse robots, has raised $40 million in a Series B round led by Greyfriars Capital.',
      'The company closed a $12 million Series A led by Otterburn Ventures in June 2023, and a $4 million seed round in 2021.',
    ]);
    expect(primary(a)).toEqual([{ primary: true, company: 'Pellucid', stage: 'series_b', amount: 40_000_000, date: '2025-03-12', leads: ['Greyfriars Capital'] }]);
    expect(mentioned(a)).toEqual([
      { primary: false, company: 'Pellucid', stage: 'series_a', amount: 12_000_000, date: '2023-06', leads: ['Otterburn Ventures'] },
      { primary: false, company: 'Pellucid', stage: 'seed', amount: 4_000_000, date: '2021', leads: [] },
    ]);
  });

  it.each([
    ['This follows a $3 million seed round in 2022 from Brackwater Capital.', 'seed', 3_000_000, '2022'],
    ['The raise comes after a $410 million Series B last July.', 'series_b', 410_000_000, '2024-07'],
    ['Its most recent funding round was a $90 million Series C in November 2023, led by Halyard Partners.', 'series_c', 90_000_000, '2023-11'],
    ['We covered its $25 million Series A round in May 2022.', 'series_a', 25_000_000, '2022-05'],
    ['Kelpie had previously raised $8 million in seed funding.', 'seed', 8_000_000, null],
  ])('%s', (sentence, stage, amount, date) => {
    const a = art('Kelpie raises $30 million', ['Kelpie, which makes grid batteries, has raised $30 million in new funding led by Drumlin Ventures.', sentence]);
    const m = mentioned(a);
    expect(m).toHaveLength(1);
    expect(m[0]).toMatchObject({ company: 'Kelpie', stage, amount, date });
    expect(primary(a)).toHaveLength(1);
    expect(primary(a)[0].amount).toBe(30_000_000);
  });

  it('a total raised to date is not a round', () => {
    const a = art('Kelpie raises $30 million', [
      'Kelpie has raised $30 million in a Series B round led by Drumlin Ventures.',
      'The new money brings its total funding to $52 million.',
      'Kelpie has raised $52 million to date.',
    ]);
    expect(mentioned(a)).toEqual([]);
  });

  it('keeps equity and debt of one announcement in one round', () => {
    const a = art('Kelpie raises $30 million', ['Kelpie has raised $30 million in a Series B round led by Drumlin Ventures, and $10 million in venture debt.']);
    expect(primary(a)).toHaveLength(1);
  });

  it('names the rival whose round is mentioned', () => {
    const a = art('Kelpie raises $30 million', [
      'Kelpie has raised $30 million in a Series B round led by Drumlin Ventures.',
      'Rival Voltmere raised a $45 million Series B in 2023.',
    ]);
    expect(mentioned(a)).toEqual([{ primary: false, company: 'Voltmere', stage: 'series_b', amount: 45_000_000, date: '2023', leads: [] }]);
  });

  it('reads two companies\u2019 past rounds from a sentence of examples', () => {
    const a = art('Investors grow cautious', [
      'Venture firms are slowing down, even with startups such as Glimmerlake - a robotics company that raised about $800 million in February - or Tallpine, a lender that raised $1 billion in September.',
    ], '2016-05-13');
    const m = mentioned(a);
    expect(m.map((x) => [x.company, x.amount])).toEqual([['Glimmerlake', 800_000_000], ['Tallpine', 1_000_000_000]]);
  });
});

describe('money that is no company’s round', () => {
  it.each([
    'Between May 4 and May 9, the ecosystem had raised $1.3 billion.',
    'Overall, funding in the closing week of the month stood at $1.05 billion.',
    'The venture firm raised $2 billion in March for its fifth fund.',
    'Venture capitalists are raising money fast, raking in about $13 billion in the first quarter.',
  ])('%s', (sentence) => {
    const a = art('Kelpie raises $30 million', ['Kelpie has raised $30 million in a Series B round led by Drumlin Ventures.', sentence]);
    expect(extract(a).rounds.map(brief)).toEqual([{ primary: true, company: 'Kelpie', stage: 'series_b', amount: 30_000_000, date: '2025-03-12', leads: ['Drumlin Ventures'] }]);
  });

  it('a paragraph that opens on a company makes "the startup" that company', () => {
    const a = art('Tech layoffs keep coming', [
      'Corvane laid off 8% of its staff this week.',
      'The startup’s most recent funding round was a $90 million Series C in November 2023, led by Halyard Partners.',
    ]);
    expect(mentioned(a).map((r) => [r.company, r.stage, r.leads])).toEqual([['Corvane', 'series_c', ['Halyard Partners']]]);
  });
});

describe('money raised by venture firms themselves', () => {
  it('"The $13 billion raised by VCs" is a market figure', () => {
    const a = art('VCs raise more money', ['The $13 billion raised by VCs is the third-largest quarter for fundraising since 2000, according to Dealogic.'], '2016-05-13');
    expect(extract(a).rounds).toEqual([]);
  });
});

describe('reported speech and comparisons', () => {
  it('"said it had raised $12M from X, eight months after raising $4M in seed funding"', () => {
    const a = art('Kelpie lands $12 million', ['Kelpie said on Tuesday it had raised $12 million from Lightspeed and Index, eight months after raising $4 million in seed funding.'], '2024-06-10');
    const r = extract(a).rounds.map((x) => [x.primary, x.stage, x.amount?.value, x.investors.map((i) => i.name)]);
    expect(r).toEqual([[true, null, 12e6, ['Lightspeed', 'Index']], [false, 'seed', 4e6, []]]);
  });
  it('"up from $400M in its Series B" is the old valuation, not a round', () => {
    const a = art('Kelpie raises $80M Series C', ['Kelpie has raised $80 million in a Series C led by Index Ventures.', 'The Series C values Kelpie at $1.2 billion post-money, up from $400 million in its Series B last year.'], '2024-06-10');
    const r = extract(a).rounds;
    expect(r.map((x) => [x.primary, x.amount?.value, x.valuation?.value, x.valuation?.basis])).toEqual([[true, 80e6, 1.2e9, 'post']]);
  });
});

describe('today’s valuation beside an old round, relative months', () => {
  it('"X, which raised a $20M Series A in 2019, is now valued at $500M" values the new round', () => {
    const a = art('Kelpie raises $60M Series C', ['Kelpie has raised $60 million in a Series C round led by Greylock.', 'Kelpie, which raised a $20 million Series A in 2019, is now valued at $500 million after the new round.'], '2024-06-10');
    expect(extract(a).rounds.map((x) => [x.primary, x.stage, x.valuation?.value ?? null])).toEqual([[true, 'series_c', 500e6], [false, 'series_a', null]]);
  });
  it('dates "last month" and "earlier this month"', () => {
    const a = art('Kelpie raises $10M', ['Kelpie raised $10 million in a Series A led by Accel. Its rival Voltmere closed a $12 million Series A last month.'], '2024-06-10');
    expect(mentioned(a).map((x) => [x.company, x.date])).toEqual([['Voltmere', '2024-05']]);
  });
});
