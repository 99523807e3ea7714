import { describe, expect, it } from 'vitest';
import { investorMentions as findInvestors } from './relate/investors';

const names = (s: string) => findInvestors(s).map((i) => (i.role === 'lead' ? `L:${i.name}` : i.name));

describe('investor phrases', () => {
  it.each([
    ['The round was led by Harbor Peak Capital.', ['L:Harbor Peak Capital']],
    ['The deal was co-led by Northgate Partners and Bluefin Ventures.', ['L:Northgate Partners', 'L:Bluefin Ventures']],
    ['Orchid Ventures led the round, with participation from Kestrel Capital and Pine Hill.', ['L:Orchid Ventures', 'Kestrel Capital', 'Pine Hill']],
    ['The financing was led by Alder Fund and joined by Copper Rock Capital.', ['L:Alder Fund', 'Copper Rock Capital']],
    ['It raised $5 million from Elm Street Ventures, Quarry Capital and Beacon Angels.', ['Elm Street Ventures', 'Quarry Capital', 'Beacon Angels']],
    ['Investors include Lattice Ventures, Oakmont Partners as well as Ridgeway Capital.', ['Lattice Ventures', 'Oakmont Partners', 'Ridgeway Capital']],
    ['The round was led by Tern Capital along with existing investors Gull Ventures and Heron Fund.', ['L:Tern Capital', 'Gull Ventures', 'Heron Fund']],
    ['Participants such as Norway’s sovereign wealth fund NBIM and German carmaker Autowerk joined.', ['NBIM', 'Autowerk']],
    // what a person is known as goes before the name, an organization may own the role
    ['Quillo raised $5 million with participation from WNBA star Ada Reese, Nigerian singer Remo and actor Tom Banks.', ['Ada Reese', 'Remo', 'Tom Banks']],
    ['Maple Leaf Ventures and Birch Capital co-led a $12 million investment in Fernly.', ['L:Maple Leaf Ventures', 'L:Birch Capital']],
    ['Granite Partners also joined the round.', ['Granite Partners']],
    ['Thistle Capital and Moorland Ventures, which backed the company’s first two rounds, also joined.', ['Thistle Capital', 'Moorland Ventures']],
    ['Corrie Fund, who led its seed round, also participated.', ['Corrie Fund']],
    ['The startup is backed by Spruce Capital in this round, which was led by Cedar Growth.', ['L:Cedar Growth']],
    ['It raised $2m led by Falcon Ventures and angel investors including Jane Moreau, a former airline executive, and Tom Okafor.', ['L:Falcon Ventures', 'Jane Moreau', 'Tom Okafor']],
    ['Led by Summit Peak, the round was joined by Valley Oak Capital, Riverbend and Stonegate Fund.', ['L:Summit Peak', 'Valley Oak Capital', 'Riverbend', 'Stonegate Fund']],
    ['Quayline has closed a $9 million round led by Fenwick Partners, Tech Daily has learned.', ['L:Fenwick Partners']],
    ['The company raised $30 million from Osprey Capital and Larch Ventures, The Ledger reported.', ['Osprey Capital', 'Larch Ventures']],
    ['Amongst others, Osprey Capital and Larch Ventures were involved.', ['Osprey Capital', 'Larch Ventures']],
    ['The week saw four Series C deals: These included Pune-based fintech Quillo and Lagos-based marketplace Orla.', []],
  ])('%s', (s, want) => expect(names(s)).toEqual(want));

  it("strips descriptors: \"Singapore's state investment firm Temasek\" → Temasek", () => {
    expect(names('The round had participation from Singapore’s state investment firm Temasek.')).toEqual(['Temasek']);
  });
  it('drops appositives and unnamed groups', () => {
    expect(names('The company drew money from Lumen Holdings, a Seoul-based conglomerate, Aster Capital, a private equity firm that invests in Asia, and others.')).toEqual(['Lumen Holdings', 'Aster Capital']);
  });
  it('does not take an executive for an investor', () => {
    expect(names('Novala, led by CEO Mara Quint, raised $9 million.')).toEqual([]);
  });
  it('reads the firm behind a partner: "Ana Ruiz from Crestline Ventures"', () => {
    expect(names('The investment was led by Ana Ruiz from Crestline Ventures.')).toEqual(['L:Crestline Ventures']);
  });
  it('keeps legal suffixes out of names', () => {
    expect(names('The round also included new investors Kite Capital Management, L.P, and Osprey Partners LLC.')).toEqual(['Kite Capital Management', 'Osprey Partners']);
  });
  it('but a firm named for a place keeps its legal form', () => {
    expect(names('The round also included Ghana Limited and Osprey Partners LLC.')).toEqual(['Ghana Limited', 'Osprey Partners']);
  });
});
