// Investor lists that continue past the verb ("..., along with new backer X") and names that end where a
// time phrase begins ("led by X in June 2023").
import { describe, expect, it } from 'vitest';
import { extract } from './index';
import { investorMentions as findInvestors } from './relate/investors';

const names = (s: string) => findInvestors(s).map((i) => (i.role === 'lead' ? `L:${i.name}` : i.name));

describe('lists continued by "along with" / "together with"', () => {
  it.each([
    ['Existing investors Alder Ridge Capital and Ostrava Partners also took part in the round, along with new backer Palisade Growth Fund and the shipping group Brandt & Lowe.',
      ['Alder Ridge Capital', 'Ostrava Partners', 'Palisade Growth Fund', 'Brandt & Lowe']],
    ['Returning investor Saltmarsh Ventures also took part, together with new backer Juniper Fund.', ['Saltmarsh Ventures', 'Juniper Fund']],
    ['Kestrel Capital participated as well, alongside the Japanese conglomerate Hoshino Holdings.', ['Kestrel Capital', 'Hoshino Holdings']],
    ['Fjord Partners joined the round together with Singapore’s sovereign fund Merlion Investments.', ['Fjord Partners', 'Merlion Investments']],
    ['The round was led by Tern Capital, along with first-time investor Brisa Ventures.', ['L:Tern Capital', 'Brisa Ventures']],
  ])('%s', (s, want) => expect(names(s)).toEqual(want));

  it('does not take a co-founder or the company itself for a backer', () => {
    expect(names('Lumio was founded in 2019 by Ada Brook along with co-founder Rui Costa.')).toEqual([]);
    expect(names('Corvid Labs participated in the round, along with its chief executive Ilse Marten.')).toEqual(['Corvid Labs']);
  });
});

describe('a time phrase ends a name', () => {
  it.each([
    ['It closed a $17 million Series A led by Quarry Ventures in June 2023.', ['L:Quarry Ventures']],
    ['The seed round was led by Pebble Capital last year.', ['L:Pebble Capital']],
    ['A Series B led by Maris Partners earlier this month valued it at $1 billion.', ['L:Maris Partners']],
    ['Its seed round, led by Ironbark Fund in 2021, was oversubscribed.', ['L:Ironbark Fund']],
    ['The round was led by Northgate in early 2022 and joined by Sable Ventures.', ['L:Northgate', 'Sable Ventures']],
  ])('%s', (s, want) => expect(names(s)).toEqual(want));
});

describe('"X-led" is an adjective', () => {
  it('does not take the person in "the Ada Brook-led company" for an investor', () => {
    expect(names('The Ada Brook-led company had earlier invested in the startup in 2015.')).toEqual([]);
  });
});

describe('a month opens a firm’s name', () => {
  it.each([
    ['The $8 million round came from investors August Capital, Kestrel Ventures and Y Combinator.', ['August Capital', 'Kestrel Ventures', 'Y Combinator']],
    ['March Capital led the round.', ['L:March Capital']],
  ])('%s', (s, want) => expect(names(s)).toEqual(want));

  it('but a month before a name is still a date', () => {
    expect(names('In June Harbor Ventures led the round.')).toEqual(['L:Harbor Ventures']);
  });
});

describe('list shapes of single-deal stories', () => {
  it.each([
    ['Foxglove Ventures led Kelpware’s $20 million Series A.', ['L:Foxglove Ventures']],
    ['Existing backers Foxglove Ventures and Barrow Capital returned for the round.', ['Foxglove Ventures', 'Barrow Capital']],
    ['New investor Foxglove Ventures joined existing investors Barrow Capital and Brindle Partners in the round.', ['Foxglove Ventures', 'Barrow Capital', 'Brindle Partners']],
    ['The round was led by Foxglove Ventures, while Barrow Capital and Brindle Partners also invested.', ['L:Foxglove Ventures', 'Barrow Capital', 'Brindle Partners']],
    ['The seed round was led by Roots Ventures and former Acme Chief Executive Mara Quint.', ['L:Roots Ventures', 'L:Mara Quint']],
    ['The round drew money from Foxglove Ventures and Acme CEO Mara Quint.', ['Foxglove Ventures', 'Mara Quint']],
    ['Funding came from Accel Partners Growth Fund and Sequoia.', ['Accel Partners Growth Fund', 'Sequoia']],
    // a title word inside a firm's name keeps the firm whole when an organization word ends it
    ['The round drew money from Harbor President Growth Fund.', ['Harbor President Growth Fund']],
    ['Leapfrog Partners alongside Canyon Capital and existing investor Mirae Fund participated in the round.', ['Leapfrog Partners', 'Canyon Capital', 'Mirae Fund']],
    ['Alex Marr, Quillo’s founder and CEO, also participated in the Series D round.', ['Alex Marr']],
    ['Esplanade Ventures, GiTV and iAngels who also invested in the seed round.', ['Esplanade Ventures', 'GiTV', 'iAngels']],
    ['The company will receive the capital from founder-promoter Ravi Sethi and existing investor Kestrel Group.', ['Ravi Sethi', 'Kestrel Group']],
    ['It closed a Series C of JPY 1 billion through the sale of preferred stock to Hoshino Investment Co., Ltd., a venture firm.', ['Hoshino Investment Co.']],
  ])('%s', (s, want) => expect(names(s)).toEqual(want));

  it('a clause after "along with" is no list item: "…along with a strategic outlay by Toyota have funded Grab, Uber’s rival"', () => {
    expect(names('Softbank and Didi along with a strategic outlay by Toyota have funded Grab, Uber’s key rival, in a $2.5 billion deal.')).not.toContain('Uber');
  });
});

describe('a list across sentences', () => {
  const art = (title: string, paragraphs: string[]) => ({ title, paragraphs, site: null, url: null, published: '2024-05-20' });
  it('"All its earlier backers – A, B and C – joined the round": earlier describes the backers, not the round', () => {
    const [r] = extract(art('Kelpware raises $10M', ['Kelpware raised $10 million. All its earlier backers – Foxglove Ventures, Barrow Capital and Brindle Partners – joined the round.'])).rounds;
    expect(r!.investors.map((i) => i.name)).toEqual(['Foxglove Ventures', 'Barrow Capital', 'Brindle Partners']);
  });
  it('the headline’s short name gives way to the body’s full one', () => {
    const [r] = extract(art('Foxglove leads $20M round in Kelpware', ['Foxglove Ventures and Barrow Capital led the $20 million round in Kelpware, a maker of warehouse robots.'])).rounds;
    expect(r!.investors.map((i) => i.name)).toEqual(['Foxglove Ventures', 'Barrow Capital']);
  });
});

describe('more ways funding news names its backers (web set 1 shapes, our own sentences)', () => {
  it.each([
    ['Harbor Lane is spearheading a $21 million funding round in Quillon.', ['L:Harbor Lane']],
    ['The $21 million round was participated in by Pell Capital, Ostra and Bix Ventures.', ['Pell Capital', 'Ostra', 'Bix Ventures']],
    ['The Series A round was participated by Pell Capital and Ostra.', ['Pell Capital', 'Ostra']],
    ['Quillon becomes a unicorn after a Harbor Global-led US$150M Series C round.', ['L:Harbor Global']],
    ['Other investors include Pell Capital, Swiss Re and Ostra Holding.', ['Pell Capital', 'Swiss Re', 'Ostra Holding']],
    ['Other investors that took part include Pell Capital and Ostra, with a contribution from ecosystem firm Bix.', ['Pell Capital', 'Ostra', 'Bix']],
    ['Other investors in the funding round include Pell Capital and Ostra.', ['Pell Capital', 'Ostra']],
    ['The main investors in the latest round are Ana Ruiz’s Pell Holding and private equity firm Ostra Group.', ['Pell Holding', 'Ostra Group']],
    ['The two other investors are Pell Investment and Ostra Capital.', ['Pell Investment', 'Ostra Capital']],
    ['All investors from the prior round – Pell, Ostra Capital and the Bix Catalyst Fund – joined the financing.', ['Pell', 'Ostra Capital', 'Bix Catalyst Fund']],
    ['Other investors include Pell Capital, Meituan-backed fund Long-Z and Orchid affiliate Travis Global.', ['Pell Capital', 'Long-Z', 'Travis Global']],
    ['The round was led by Crestline Ventures and Pell also participated.', ['L:Crestline Ventures', 'Pell']],
    ['Die Bestandsinvestoren Pell, Ostra Ventures und Bix Ventures stemmten die Hälfte der Runde.', ['Pell', 'Ostra Ventures', 'Bix Ventures']],
    ['A Quillon levantou US$ 1 bilhão com os fundos Pell Lake e Ostra Partners.', ['Pell Lake', 'Ostra Partners']],
    // "with X taking the lead"; "the company's list of investors includes A, B and C"
    ['It secured $30 million, with Pell Partners taking the lead. The company’s list of investors includes Ostra Capital, Bix Ventures and Tern Fund.', ['L:Pell Partners', 'Ostra Capital', 'Bix Ventures', 'Tern Fund']],
    ['Quillon raised a total of 50 billion won, with Pell Investment identified as the lead investor.', ['L:Pell Investment']],
    // the owner behind an investing entity is no second investor
    ['Quillon has raised an undisclosed amount from Pell Enterprises, the investment entity of actress Ana Ruiz.', ['Pell Enterprises']],
    // who runs an investor is none: "the venture capital firm headed by X"
    ['It raised $25 million in a Series A round led by Pellwater, the firm co-founded and backed by Ostra co-founder Ana Ruiz.', ['L:Pellwater']],
    ['It raised $6 million in seed funding led by Pellwater, the venture capital firm headed by former Ostra executive Ana Ruiz.', ['L:Pellwater']],
    // "they round out the round: A, B and C"; "a group of lenders that includes A, B and C"
    ['Trois fonds complètent le tour de table : Pell Ventures, Ostra Partners et Bix Capital.', ['Pell Ventures', 'Ostra Partners', 'Bix Capital']],
    ['Pell Ventures et Ostra Partners complètent le tour de table.', ['Pell Ventures', 'Ostra Partners']],
    ['Quillon will receive $1.4 billion in financing from a group of lenders that includes Pell Bank, Ostra Finance and Bix Capital.', ['Pell Bank', 'Ostra Finance', 'Bix Capital']],
    ['The round was co-led by Pell Ventures and Ostra Ventures, and included new investors Bix Capital and Tern Fund.', ['L:Pell Ventures', 'L:Ostra Ventures', 'Bix Capital', 'Tern Fund']],
    ['The round also saw participation from Indian banks, including Pell Bank of India and Ostra Finance, among others.', ['Pell Bank of India', 'Ostra Finance']],
    // a place alone in a list is passed over; the names after it stay
    ['It raised $75M with participation from existing investors including Wellington, Pell Capital and Ostra Management.', ['Pell Capital', 'Ostra Management']],
    // a person's or a place's possessive is no part of the firm's name; a firm's own fund keeps its owner
    ['The round was led by Ana Ruiz’s Pellwater Fund and India’s Ostra Capital.', ['L:Pellwater Fund', 'L:Ostra Capital']],
    ['The round was led by Pell Capital’s Continuity Fund.', ['L:Pell Capital’s Continuity Fund']],
    // who a company competes with is no backer
    ['Quillon secured the $15M round to compete with Coursera and Udemy.', []],
    ['Quillon raised $15M and works with Pell Health and Ostra Clinics.', []],
    ['Quillon closed a $28.5M series B that will fund work including its lead candidate, QX84-23, for asthma.', []],
  ])('%s', (s, want) => expect(names(s)).toEqual(want));

  it('reads the company "called" by a descriptor, and the raiser of "X said Thursday that it raised"', () => {
    const r = (paragraphs: string[]) => extract({ title: '', paragraphs, site: null, url: null, published: '2024-05-20' }).rounds
      .map((x) => [x.company, x.amount?.value ?? null, x.investors.map((i) => i.name)]);
    expect(r(['Pell Capital has invested in a $300 million Series D round of funding in a shopping app called Quillon.']))
      .toEqual([['Quillon', 300_000_000, ['Pell Capital']]]);
    expect(r(['Quillon said Thursday that it raised $620 million from investors including Pell Capital and Ostra.']))
      .toEqual([['Quillon', 620_000_000, ['Pell Capital', 'Ostra']]]);
  });
});

describe('people with honorifics, and backers who "joined as" investors', () => {
  it.each([
    ['The round had participation from Tern Capital and Dr. Mira Okafor, a former hospital chief.', ['Tern Capital', 'Mira Okafor']],
    ['Angel investors include Prof. Lionel Vane and Ms. Ada Brook.', ['Lionel Vane', 'Ada Brook']],
    ['The Series B was led by Pebble Capital, while Quarry Ventures and Maris Partners joined as new investors.', ['L:Pebble Capital', 'Quarry Ventures', 'Maris Partners']],
    ['Ironbark Fund came on board as a strategic investor.', ['Ironbark Fund']],
  ])('%s', (s, want) => expect(names(s)).toEqual(want));
});
