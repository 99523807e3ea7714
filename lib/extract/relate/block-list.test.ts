// Backers listed one per paragraph under an introducing line. Paragraphs written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../index';
import { blockListFrames } from './block-list';

const blocks = (texts: string[]) => texts.map((text, index) => ({ index, text }));
const names = (texts: string[]) => [...blockListFrames(blocks(texts)).values()].map((f) => f.participants[0]!.name);

describe('lists of backers, one per paragraph', () => {
  it('reads every item under a line that introduces them', () => {
    expect(names([
      'Quillon raised $2M in its first round, led by Harbor Ventures.',
      'Besides Harbor, we are thrilled to welcome on board:',
      '808 Capital (led by Ines Varga, founder of Tessel)',
      'Dana Whitlock',
      'Mira Okafor, founder of Loomly (acq. by Brightwork)',
      'We will use the money to hire.',
      'Pell Ventures',
    ])).toEqual(['808 Capital', 'Dana Whitlock', 'Mira Okafor']);
  });
  it('reads no list without an introducing line', () => {
    expect(names(['Our customers:', 'Dana Whitlock', 'Ardent Retail'])).toEqual([]);
  });
  it('the items join the round in context', () => {
    const round = extract({ title: 'Quillon raises $2M seed', site: null, url: null, published: '2024-05-20', paragraphs: [
      'Quillon raised $2M in a seed round led by Harbor Ventures.', 'Our other investors include:', 'Dana Whitlock', 'Brava Capital',
    ] }).rounds[0];
    expect(round?.investors.map((i) => i.name)).toEqual(['Harbor Ventures', 'Dana Whitlock', 'Brava Capital']);
  });
});
