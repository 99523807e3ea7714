import { describe, expect, it } from 'vitest';
import { framesOf } from './frame';

const raisers = (text: string) => framesOf({ block: 0, blockText: text, start: 0, text, currency: { dollar: 'USD', yen: 'JPY' }, published: '2024-06-10' })
  .filter((f) => f.amount).map((f) => [f.company?.name ?? null, f.amount!.money.value]);

describe('one figure, several raisers', () => {
  it.each([
    ['Quillon, Orla Bio and Pell Robotics raised more than $100m each, a record month.', [['Quillon', 100e6], ['Orla Bio', 100e6], ['Pell Robotics', 100e6]]],
    ['Quillon and Orla Bio each raised $20 million in June.', [['Quillon', 20e6], ['Orla Bio', 20e6]]],
    // without "each" the list is one raiser's name and what stands before it
    ['Quillon and Orla Bio raised $20 million.', [['Orla Bio', 20e6]]],
  ])('%s', (text, want) => expect(raisers(text)).toEqual(want));
});
