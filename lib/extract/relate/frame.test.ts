// One sentence → its funding frames: who raised, how much. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { framesOf } from './frame';

const frames = (text: string) => framesOf({ block: 0, blockText: text, start: 0, text, currency: { dollar: 'USD', yen: 'JPY' }, published: '2024-05-20' })
  .map((f) => ({ company: f.company?.name ?? null, amount: f.amount?.money.value ?? null }));

describe('the raiser of a figure', () => {
  it.each([
    // the verb before the figure wins over a later clause's verb
    ['In today’s fintech news, Boston-based FinTech Quilla has landed an additional $30 million, while Marlow Bank announced a tie-up.', 'Quilla', 30_000_000],
    ['Paris-listed Orwell Media Group raised €12 million in a private placement.', 'Orwell Media Group', 12_000_000],
    // the raiser named after the figure
    ['The biggest were a $90 million debt round raised by Dubai-based Marlin, and a $40 million Series C by Oasys.', 'Marlin', 90_000_000],
    ['Sono 2 milioni di euro ottenuti da Quillon Spa per crescere in Europa.', 'Quillon Spa', 2_000_000],
    ['Foram R$ 5 milhões obtidos por Quillon junto a fundos locais.', 'Quillon', 5_000_000],
    ['a $40 million Series C by Oasys', 'Oasys', 40_000_000],
    // a descriptor and a dash before the name
    ['Harrow Capital led a USD 60 million Series D funding round for Brazil’s largest running app—Stride.', 'Stride', 60_000_000],
    // the owner raised; the brand it owns is kept as an alias
    ['Brio Ninety Ltd, the Pune headquartered company that owns shopping app Kartly, raised $80 million.', 'Brio Ninety Ltd', 80_000_000],
    // the owner raised: "the parent company of X" names its brand, kept as an alias
    ['Verve Media, parent company of Dailyreel and Jolt, raised $80 million in 2022.', 'Verve Media', 80_000_000],
    // but "a developer of" describes, it names no brand
    ['Halden, a developer of CAR-T cell therapies, picked up $115 million in equity financing.', 'Halden', 115_000_000],
    // a press release's announcer who invested is the investor, not the raiser
    ['Harbor Merchant Capital announced today that it has made a lead investment of $2 million into Tidewell, LLC.', 'Tidewell', 2_000_000],
    // German inverts after a figure that opens the clause: the finite verb, then the subject
    ['Es war die Woche der großen Erfolge: 33 Millionen Euro erhielt das Münchner Unternehmen Kelpware von Nordholm Partners.', 'Kelpware', 33_000_000],
    // a launch "with" a figure is a raise, the words between it and the figure the product (and an en dash's "–based")
    ['The latest example, Leeds–based Quillon, publicly launched its peer-support app Tuesday with $2.9 million in seed funding.', 'Quillon', 2_900_000],
    // a brand in capitals is no place, though a state shares its letters ("Oyo")
    ['The week’s headline was the approval of OYO’s $1.5 billion fundraising round.', 'OYO', 1_500_000_000],
  ])('%s', (text, company, amount) => expect(frames(text)[0]).toEqual({ company, amount }));
});

describe('a round for "the newco"', () => {
  it('refers back to the company', () => {
    const text = 'Harrow and Pell Seeds co-led a SEK42 million ($5.7 million) series A round for the newco to develop a compound.';
    const [f] = framesOf({ block: 0, blockText: text, start: 0, text, currency: { dollar: 'USD', yen: 'JPY' }, published: '2024-05-20' });
    expect([f?.company, f?.companyRef]).toEqual([null, true]);
  });
});

describe('a Romance sentence that drops its subject', () => {
  const ref = (text: string) => {
    const [f] = framesOf({ block: 0, blockText: text, start: 0, text, currency: { dollar: 'USD', yen: 'JPY' }, published: '2024-05-20' });
    return [f?.company?.name ?? null, f?.companyRef];
  };
  it.each([
    ['En los cinco años que lleva en activo ha conseguido recaudar 90 millones de euros.'],
    ['Depois disso, captou R$ 5 milhões com fundos locais.'],
  ])('speaks of the raiser in context: %s', (text) => expect(ref(text)).toEqual([null, true]));
  // (a noun before the verb is a subject of its own, not the story's company)
  it('but a noun before the verb is its own subject', () => expect(ref('el fondo ha recaudado 50 millones de euros.')).toEqual([null, false]));
});

describe('a lead never raised the round it leads', () => {
  it('a fund described after its name, as the lead, is no raiser; an aside on a backer\'s record is no earlier round', () => {
    const text = 'Quillon’s round was led by Halden Gifford (which previously backed Marlow) and the Atlantic Defence Fund, a fund set up last year.';
    const [f] = framesOf({ block: 0, blockText: text, start: 0, text, currency: { dollar: 'USD', yen: 'JPY' }, published: '2024-05-20' });
    expect([f?.company, f?.leads.map((h) => h.name), f?.past]).toEqual([null, ['Halden Gifford', 'Atlantic Defence Fund'], false]);
  });
});

describe('investors go with their figure', () => {
  it('each of two raises in one sentence keeps its own backers', () => {
    const text = 'Fintech led the month: Lumio received a $50m investment from Harrow Capital; in energy, Kenya’s Solvane, who received a $40m investment from Norlake and Pembury, came second.';
    const fs = framesOf({ block: 0, blockText: text, start: 0, text, currency: { dollar: 'USD', yen: 'JPY' }, published: '2024-05-20' });
    expect(fs.map((f) => [f.company?.name, f.participants.map((h) => h.name)])).toEqual([['Lumio', ['Harrow Capital']], ['Solvane', ['Norlake', 'Pembury']]]);
  });
  it('a company the sentence says raised money of its own is no backer of another figure', () => {
    const text = 'Tillo raised $35 million from Harrow, the device security startup Movara raised $14 million led by Pell.';
    const fs = framesOf({ block: 0, blockText: text, start: 0, text, currency: { dollar: 'USD', yen: 'JPY' }, published: '2024-05-20' });
    expect(fs.map((f) => [f.company?.name, [...f.leads, ...f.participants].map((h) => h.name)])).toEqual([['Tillo', ['Harrow']], ['Movara', ['Pell']]]);
  });
});

describe('sentences that state no round', () => {
  it.each([
    // a firm whose name holds "Capital" does not make a sale a funding sentence
    'Tessel has been acquired by Marlow for £1.1 billion from funds managed by Abbot Partners and Castell Capital.',
  ])('%s', (text) => expect(frames(text)).toEqual([]));
});

describe('an investment named without its figure', () => {
  it.each([
    ['Telstra Ventures invests in GitLab', 'GitLab', 'Telstra Ventures'],
    ['Harbor Merchant Capital makes lead investment in Tidewell', 'Tidewell', 'Harbor Merchant Capital'],
  ])('%s', (text, company, investor) => {
    const fs = framesOf({ block: -1, blockText: text, start: 0, text, currency: { dollar: 'USD', yen: 'JPY' }, published: null });
    expect(fs.map((f) => [f.company?.name, [...f.leads, ...f.participants].map((h) => h.name)])).toEqual([[company, [investor]]]);
  });
});

describe('each figure keeps its own stage', () => {
  it('a stage right after one figure is not the next raiser’s', () => {
    const text = 'Deals included carmaker Quilla, which raised $40 million in its Series C round, and design startup Orwell, which secured $35 million led by Pell Ventures.';
    const fs = framesOf({ block: 0, blockText: text, start: 0, text, currency: { dollar: 'USD', yen: 'JPY' }, published: '2024-05-20' });
    expect(fs.map((f) => [f.company?.name, f.stage?.stage ?? null])).toEqual([['Quilla', 'series_c'], ['Orwell', null]]);
  });
});

describe('list items and datelines', () => {
  const of = (text: string) => framesOf({ block: 0, blockText: text, start: 0, text, currency: { dollar: 'USD', yen: 'JPY' }, published: '2024-05-20' })
    .map((f) => [f.company?.name ?? null, f.amount?.money.value ?? null]);
  it('items parted by semicolons each name their raiser ("…; B, which secured…; and C, which…")', () => expect(of(
    'The top rounds went to local startups, including Quilla, which secured $75 million in Series D funding; Orwell, which secured $60 million; and Pell, which secured $45 million.'))
    .toEqual([['Quilla', 75e6], ['Orwell', 60e6], ['Pell', 45e6]]));
  it('a dateline in capitals before a colon is no raiser', () => expect(of(
    'SINGAPORE: The city remains ahead of its neighbours, having secured $604 million in the first quarter, according to data from Tracxn.').map(([c]) => c))
    .not.toContain('SINGAPORE'));
});

describe('a name inside a description is no raiser', () => {
  it('"X, the largest app of its kind, similar to those of Uber, raised": the name after a preposition describes', () => {
    const text = 'O Quilla, maior aplicativo do país de serviços semelhantes aos da Uber, levantou US$ 1,9 bilhão em abril.';
    expect(framesOf({ block: 0, blockText: text, start: 0, text, currency: { dollar: 'USD', yen: 'JPY' }, published: '2024-05-20' }).map((f) => f.company?.name))
      .toEqual(['Quilla']);
  });
});

describe('a round told as the background of other news is an earlier one', () => {
  const past = (text: string) => framesOf({ block: 0, blockText: text, start: 0, text, currency: { dollar: 'USD', yen: 'JPY' }, published: '2024-05-20' })
    .filter((f) => f.amount).map((f) => f.past);
  it.each([
    ['Fresh off an $8 million raise, Corvane Bio has licensed a therapy for rare eye disease.'],
    ['Coming off its $20 million Series B, Tallyloop has opened an office in Lagos.'],
  ])('%s', (text) => expect(past(text)).toEqual([true]));
});
