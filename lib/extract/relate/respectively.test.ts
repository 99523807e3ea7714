// Names and figures paired in order by "respectively". Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findMoney } from '../recognize/money';
import { pairRespectively } from './respectively';

const pairs = (text: string) => pairRespectively(text, findMoney(text))?.map((p) => p.name.text) ?? null;

describe('respectively', () => {
  it('pairs each name with its figure, descriptions and all', () => {
    expect(pairs('Next came freight marketplace Haulr, payroll provider for small shops Paysly, and dental chain Brightbite which raised $30 million, $12 million and $4.5 million, respectively.'))
      .toEqual(['Haulr', 'Paysly', 'Brightbite']);
  });
  it('pairs nothing when names and figures do not match one for one', () => {
    expect(pairs('Haulr and its rival Paysly raised $30 million, $12 million and $4 million, respectively.')).toBeNull();
  });
  it('pairs nothing without the word', () => {
    expect(pairs('Haulr and Paysly raised $30 million and $12 million.')).toBeNull();
  });
});
