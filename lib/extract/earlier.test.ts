import { describe, expect, it } from 'vitest';
import type { Article } from '../model';
import { extract } from './index';

describe('earlier rounds named by their stage alone', () => {
  it('adds them as mentioned rounds of the company', () => {
    const a: Article = { title: 'Corvane raises $48 million', paragraphs: [
      'Corvane has raised $48 million in a Series B round led by Tessaly Capital, with participation from Pine Hill, who also invested in the seed round.',
      '“Since our initial investment in 2021, Corvane has grown fast,” said a Tessaly partner.',
    ], site: null, url: null, published: '2024-06-10' };
    const r = extract(a).rounds;
    expect(r.filter((x) => x.primary).map((x) => [x.company, x.stage, x.investors.map((i) => i.name)])).toEqual([['Corvane', 'series_b', ['Tessaly Capital', 'Pine Hill']]]);
    // the seed round the backer "also invested in"; an investor's dated "initial investment" names no round
    expect(r.filter((x) => !x.primary).map((x) => [x.company, x.stage, x.date])).toEqual([['Corvane', 'seed', null]]);
  });

  it('a round the news "follows" is an earlier one, also when the sentence names its raiser', () => {
    const a: Article = { title: '', paragraphs: [
      'Quillon has raised $20M in a Series B. The round follows Quillon’s $5M seed round led by Pell Partners.',
    ], site: null, url: null, published: '2024-06-10' };
    const r = extract(a).rounds;
    expect(r.map((x) => [x.primary, x.stage, x.amount?.value])).toEqual([[true, 'series_b', 20_000_000], [false, 'seed', 5_000_000]]);
  });

  it('a time after "after the <event>" dates that event, not the round', () => {
    const a: Article = { title: '', paragraphs: [
      'Tarnwick Freight said on Monday it raised $80 million in the first round of funding after the merger of two rivals last year.',
    ], site: null, url: null, published: '2024-06-10' };
    const r = extract(a).rounds;
    expect(r.map((x) => [x.primary, x.company, x.amount?.value])).toEqual([[true, 'Tarnwick Freight', 80_000_000]]);
  });

  it('"raised $X in its earlier round" is still an earlier round', () => {
    const a: Article = { title: '', paragraphs: [
      'Tarnwick Freight has raised $30 million in a Series B. Tarnwick raised $9 million in its previous round last year.',
    ], site: null, url: null, published: '2024-06-10' };
    const r = extract(a).rounds;
    expect(r.map((x) => [x.primary, x.amount?.value])).toEqual([[true, 30_000_000], [false, 9_000_000]]);
  });

  it('"as recently as <date>" tells an earlier round', () => {
    const a: Article = { title: '', paragraphs: [
      'Tarnwick has raised $550 million led by Pell Growth. It secured $300 million from Osprey Capital and Larch Ventures as recently as last winter.',
    ], site: null, url: null, published: null };
    const r = extract(a).rounds;
    expect(r.filter((x) => x.primary).map((x) => [x.amount?.value, x.investors.map((i) => i.name)])).toEqual([[550_000_000, ['Pell Growth']]]);
  });

  it('"had already taken part", "having closed": the past perfect and its participle tell earlier rounds', () => {
    const a: Article = { title: 'Corvane raises $30 million Series C', paragraphs: [
      'Corvane has raised $30 million in a Series C round led by Tessaly Capital.',
      'Pine Hill had already taken part in Corvane’s $8 million Series A in 2021.',
      'The company had raised $14 million before, having closed a $12 million Series B in 2022.',
    ], site: null, url: null, published: null };
    const r = extract(a).rounds;
    expect(r.filter((x) => x.primary).map((x) => [x.stage, x.amount?.value, x.investors.map((i) => i.name)])).toEqual([['series_c', 30_000_000, ['Tessaly Capital']]]);
    expect(r.filter((x) => !x.primary).map((x) => x.stage)).toEqual(expect.arrayContaining(['series_a', 'series_b']));
  });

  it('an investor\'s record ("after leading X’s $30M Series B") tells an earlier round', () => {
    const a: Article = { title: 'Corvane raises $25 million', paragraphs: [
      'Corvane has raised $25 million in a round led by Tessaly Capital.',
      'It is Tessaly Capital’s third deal in the region after leading Orla’s $30 million Series B.',
    ], site: null, url: null, published: null };
    const r = extract(a).rounds;
    expect(r.filter((x) => x.primary).map((x) => [x.company, x.amount?.value])).toEqual([['Corvane', 25_000_000]]);
  });

  it('on a page without a date, a figure dated before an earlier round is earlier too', () => {
    const a: Article = { title: 'Quillon gets backing from Harrow Motors', paragraphs: [
      'Quillon received an undisclosed investment from Harrow Motors, the carmaker, as part of a partnership.',
      'Quillon had previously raised $40 million, including a $25 million Series B round in May 2023.',
      'Ostrava Partners led the round’s $15 million first tranche in November 2022, alongside Pell Bank.',
    ], site: null, url: null, published: null };
    const r = extract(a).rounds;
    // the tranche is the Series B's, told a sentence later: none of its backers is today's
    expect(r.filter((x) => x.primary).flatMap((x) => x.investors.map((i) => i.name))).not.toContain('Ostrava Partners');
    expect(r.filter((x) => !x.primary).flatMap((x) => x.investors.map((i) => i.name))).toEqual(expect.arrayContaining(['Ostrava Partners', 'Pell Bank']));
  });

  it('rounds named as the makers of a market’s trend are examples, not news', () => {
    const a: Article = { title: 'Battery startups drew a record $900 million this year', paragraphs: [
      'Investment in battery startups rose 40% this year, according to the tracker.',
      'The biggest contributors to the jump were two large deals: Quillon’s $400 million Series D and Tallyloop’s $150 million Series C.',
    ], site: null, url: null, published: '2024-12-10' };
    expect(extract(a).rounds.filter((x) => x.primary)).toEqual([]);
  });
});

