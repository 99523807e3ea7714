// Valuation stated apart from the round's sentence: a follow-up sentence, a lead-in clause, "worth".
import { describe, expect, it } from 'vitest';
import type { Article } from '../model';
import { extract } from './index';

const art = (paragraphs: string[]): Article => ({ title: 'Corvane raises $48 million Series B', paragraphs, site: null, url: null, published: '2025-03-12' });
const val = (paragraphs: string[]) => {
  const r = extract(art(paragraphs)).rounds.filter((x) => x.primary);
  return r[0]?.valuation ? [r[0].valuation.value, r[0].valuation.qualifier, r[0].valuation.basis] : null;
};
const LEAD = 'Corvane, which makes crop sensors, has raised $48 million in a Series B round led by Tessaly Capital.';

describe('valuation in its own sentence', () => {
  it.each([
    ['The deal values the company at about $310 million.', [310e6, 'about', 'unspecified']],
    ['The financing gives it a post-money valuation of $400 million.', [400e6, 'exact', 'post']],
    ['Corvane is now worth more than $3 billion, according to people familiar with the matter.', [3e9, 'more_than', 'unspecified']],
    ['With a valuation of more than $1.2 billion, Corvane has become the region’s largest agtech startup.', [1.2e9, 'more_than', 'unspecified']],
    ['The round puts the startup’s pre-money valuation at $250 million.', [250e6, 'exact', 'pre']],
    ['That values the startup at roughly $500 million, up from $120 million in its Series A.', [500e6, 'about', 'unspecified']],
  ])('%s', (sentence, want) => {
    expect(val([LEAD, sentence])).toEqual(want);
  });

  it('a later paragraph about the valuation still counts', () => {
    expect(val([LEAD, 'The company will hire 40 engineers this year.', 'The new funding values Corvane at $600 million.'])).toEqual([600e6, 'exact', 'unspecified']);
  });

  it('a rival’s or an earlier valuation is not this round’s', () => {
    expect(val([LEAD, 'Rival Agrion was valued at $2 billion in 2021.'])).toBeNull();
    expect(val([LEAD, 'Its Series A in 2022 valued it at $90 million.'])).toBeNull();
  });
});

describe('several valuations in one sentence', () => {
  it('takes the one that follows the new money', () => {
    expect(val(['Early holders sold shares at a valuation of $480 million, and Corvane raised $48 million in a Series B at a valuation of $680 million.']))
      .toEqual([680e6, 'exact', 'unspecified']);
  });
});
