// Sentence splitting on its own, in sentences of our own.
import { describe, expect, it } from 'vitest';
import { sentencesOf, splitSentences } from './sentences';

const texts = (p: string): string[] => splitSentences(p).map((s) => s.text);

describe('sentences', () => {
  it.each([
    ['Loomwork Inc. raised $4m. It will hire.', ['Loomwork Inc. raised $4m.', 'It will hire.']],
    ['The fund is based in Austin, Tex. and Denver.', ['The fund is based in Austin, Tex. and Denver.']],
    ['Founder Ana B. Ruiz spoke. Then she left.', ['Founder Ana B. Ruiz spoke.', 'Then she left.']],
    ['It opened in the U.S. last year.', ['It opened in the U.S. last year.']],
    ['Kelp.io raised 2.5 million. Good!', ['Kelp.io raised 2.5 million.', 'Good!']],
    ['Sales tripled in 2019.Then the round came.', ['Sales tripled in 2019.', 'Then the round came.']],
    ['It listed on the NYSE.AI tools followed.', ['It listed on the NYSE.AI tools followed.']],
    // after a word, a glued period ends a sentence only when a sentence's opening word follows ("Infra.Market" is a name)
    ['Construction platform Quill.Market raised $8M. It will hire.', ['Construction platform Quill.Market raised $8M.', 'It will hire.']],
    ['The team moved to Leeds last year.The round followed.', ['The team moved to Leeds last year.', 'The round followed.']],
    ['The buyer is Harbor Holdings Corp. The deal closed.', ['The buyer is Harbor Holdings Corp.', 'The deal closed.']],
    ['The buyer is Harbor Holdings Corp. Partners also joined.', ['The buyer is Harbor Holdings Corp. Partners also joined.']],
    ['"We are thrilled." The CEO smiled.', ['"We are thrilled."', 'The CEO smiled.']],
    ['It grew (!) fast. Really?', ['It grew (!) fast.', 'Really?']],
    // "etc." closes a list, and the sentence, when a sentence opens after it
    ['Backers include Pell, Ayla, etc. This is its third round.', ['Backers include Pell, Ayla, etc.', 'This is its third round.']],
    ['Pell, Ayla, etc. all joined.', ['Pell, Ayla, etc. all joined.']],
    // a round's letter is no initial: its period ends the sentence
    ['Quill raised $20M in a Series B. It follows a $5M pre-Series A. Then Ana B. Ruiz spoke.',
      ['Quill raised $20M in a Series B.', 'It follows a $5M pre-Series A.', 'Then Ana B. Ruiz spoke.']],
  ])('%s', (p, want) => expect(texts(p)).toEqual(want));

  it('gives offsets into the paragraph, without the spaces around', () => {
    expect(splitSentences('  One. Two.  ')).toEqual([{ text: 'One.', start: 2, end: 6 }, { text: 'Two.', start: 7, end: 11 }]);
  });

  it('ends Chinese and Japanese sentences at 。！？ with no space after', () => {
    expect(sentencesOf('公司完成融资。投资方包括两家基金！').map((s) => s.text)).toEqual(['公司完成融资。', '投资方包括两家基金！']);
  });
});
