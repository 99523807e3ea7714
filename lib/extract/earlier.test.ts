import { describe, expect, it } from 'vitest';
import type { Article } from '../model';
import { earlierRefs } from './earlier';
import { extract } from './index';

describe('earlier rounds named by a reference', () => {
  it.each([
    ['“Since our initial investment in 2019, the team has tripled,” said a partner at Quarry Ventures.', [null, '2019']],
    ['Tessaly Capital, which made its first investment in March 2021, returned for this round.', [null, '2021-03']],
    ['Backers include Pine Hill and Copper Rock, who also invested in the seed round.', ['seed', null]],
    ['Maris Partners and Ironbark were early seed investors in the company.', ['seed', null]],
  ])('%s', (s, want) => {
    expect(earlierRefs(s, '2024-06-10').map((r) => [r.stage, r.date])).toEqual([want]);
  });
  it('ignores undated, unstaged references and kinds of investor', () => {
    expect(earlierRefs('Its first investment was a big bet.', '2024-06-10')).toEqual([]);
    expect(earlierRefs('Seed investors are scarce this year.', '2024-06-10')).toEqual([]);
  });
  it('adds them as mentioned rounds of the company', () => {
    const a: Article = { title: 'Corvane raises $48 million', paragraphs: [
      'Corvane has raised $48 million in a Series B round led by Tessaly Capital, with participation from Pine Hill, who also invested in the seed round.',
      '“Since our initial investment in 2021, Corvane has grown fast,” said a Tessaly partner.',
    ], site: null, url: null, published: '2024-06-10' };
    const r = extract(a).rounds;
    expect(r.filter((x) => x.primary).map((x) => [x.company, x.stage, x.investors.map((i) => i.name)])).toEqual([['Corvane', 'series_b', ['Tessaly Capital', 'Pine Hill']]]);
    expect(r.filter((x) => !x.primary).map((x) => [x.company, x.stage, x.date])).toEqual([['Corvane', 'seed', null], ['Corvane', null, '2021']]);
  });
});
