// Investor lists as funding news writes them; sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findInvestors } from './investors';

const cases: [string, string[], string[]][] = [
  ['Quarry Labs raised $9 million in a round led by Northgate Capital and Pell Ventures, with participation from existing investors Arden Fund and Mira Partners.',
    ['Northgate Capital', 'Pell Ventures'], ['Arden Fund', 'Mira Partners']],
  ['The round was led by Halden Group’s Orbit Fund 3, with participation from prior backers Kessel Holdings and Tamsin.',
    ['Halden Group’s Orbit Fund 3'], ['Kessel Holdings', 'Tamsin']],
  ['Bellway Investment Co., Rowan, Ostrich Capital, and LT Health were among other new investors, the company said.', [], ['Bellway Investment Co.', 'Rowan', 'Ostrich Capital', 'LT Health']],
  ['Crane Venture Partners and other previous investors joined in the round.', [], ['Crane Venture Partners']],
  ['Norwegian state investment firm Fjord Holdings and retail giant Marlow Group also participated in the round.', [], ['Fjord Holdings', 'Marlow Group']],
  ['Led by Summit Seed, the round was joined by Orchid Ventures, Kite Global and Pallas.', ['Summit Seed'], ['Orchid Ventures', 'Kite Global', 'Pallas']],
  ['Angels include: Dana Whitlock (partner at Bram Capital), Ilya Sorn (Nimbus co-founder), and Ruth Okafor.', [], ['Dana Whitlock', 'Ilya Sorn', 'Ruth Okafor']],
  ['Lena Marsh, Corvid’s founder and CEO, also participated in the seed round.', [], ['Lena Marsh']],
  ['The Series B was led by existing investors Y Combinator’s Continuity Fund, with participation from GV (formerly Google Ventures).', ['Y Combinator’s Continuity Fund'], ['GV']],
  ['Wexley raises $20m Series C led by Tallis Group, with Brennan and Oakmont, valuing it at $1 billion', ['Tallis Group'], ['Brennan', 'Oakmont']],
  ['Parrot closed $4 million led by Sentry Capital to expand into Kenya and Ghana.', ['Sentry Capital'], []],
  // a list hanging from customers or a portfolio names no investor; a team led by someone is managed, not funded
  ['Demand from retailers like Hollis Bank, Ardent Retail and Quill fuelled the Series C led by Marrow Capital.', ['Marrow Capital'], []],
  ['La inversión de Brava Capital, que participa en empresas líderes como Tolva y Quinta, nos permitirá crecer.', [], []],
  ['After the seed round the founders hired a sales team led by Ana Ruiz and Peter Holm.', [], []],
  ['One of the undisclosed deals was Kestrel’s investment in Lumio’s Series B round.', [], ['Kestrel']],
  // a parenthesis after a firm's name says who runs the firm; a place word opens a firm's name
  ['Backers include 808 Capital (led by Ines Varga, founder of Tessel) and Lisbon Grey.', [], ['808 Capital', 'Lisbon Grey']],
  ['The company launched with $4 million in seed funding (led by Harrow Ventures).', ['Harrow Ventures'], []],
  // a person's role between list items is skipped; "backed by" after the round opens a list
  ['The round was backed by Ines Varga, co-founder at Tessel, Lagos Angels Network and Brava Capital.', [], ['Ines Varga', 'Lagos Angels Network', 'Brava Capital']],
  ['New investors, Ridgefield Bio and Ayla were the lead financers with participation from Amber Ventures. Existing Investors, including Pell Ventures, also participated.',
    ['Ridgefield Bio', 'Ayla'], ['Amber Ventures', 'Pell Ventures']],
  // a person named after a firm's title is the investor, whatever words the title takes; a firm's partner speaks for the firm
  ['Tessel raised $15 million in a Series B co-led by Halden executive chairman Ira Vance and Pell Ventures.', ['Ira Vance', 'Pell Ventures'], []],
  ['The seed round was led by former Quarry chief executive Dana Whitlock, with Mira Partners.', ['Dana Whitlock'], ['Mira Partners']],
  ['The round was led by Northgate Capital managing partner Ruth Okafor and Orchid Ventures.', ['Northgate Capital', 'Orchid Ventures'], []],
  // who heads the fund that led is no lead
  ['Tessel has raised a $200 million Series B led by Harrow Vision Fund – the $9 billion tech fund headed by billionaire Ira Vance.', ['Harrow Vision Fund'], []],
  // the vehicles a firm invests through name the firm; an initial opens a name
  ['Quillon raised $90 million led by Harrow Growth, with participation from funds and accounts advised by J. Ostrava Associates, Inc., Pell Capital and entities affiliated with Mira Partners.',
    ['Harrow Growth'], ['J. Ostrava Associates', 'Pell Capital', 'Mira Partners']],
  // a person's title after the person: a firm's partner speaks for the firm, an executive for himself
  ['The Series C round was led by Dana Whitlock, GV General Partner.', ['GV'], []],
  ['The seed round was led by Ana Ruiz, Quillon CEO, and Pell Ventures.', ['Ana Ruiz', 'Pell Ventures'], []],
  // "co-led a SEK42 million ($5.7 million) series A round": a figure with its conversion between the verb and the round
  ['Harrow and Pell Seeds co-led a SEK42 million ($5.7 million) series A round for the newco.', ['Harrow', 'Pell Seeds'], []],
  // (but a company that "led the list with $80 million in funding" led no round)
  ['Financial services firm Quillon led the list with $80 million in funding.', [], []],
  // a list whose items hold commas takes semicolons between them; "filled out by" introduces the rest of a round
  ['The round is being filled out by marketing firm Pell; Kessel Partners, the venturing arm of Kessel; and Orchid Ventures.', [], ['Pell', 'Kessel Partners', 'Orchid Ventures']],
  // places a company expands to are no backers, however the list is introduced
  ['Con la ronda liderada por Pell Ventures, la compañía ampliará su cobertura hacia zonas como Suba y Bosa.', ['Pell Ventures'], []],
  // what leads a month's total is rounds, not backers
  ['Fintech startups raised over $90m in May, led by the Series Bs of Quillon and Tallyloop.', [], []],
  // a state's or a nation's adjective describes the firm after it
  ['The round was led by Scottish investment firm Halden Gifford & Co. and the Atlantic Defence Fund.', ['Halden Gifford & Co.', 'Atlantic Defence Fund'], []],
  // who controls an investor is none; an Arabic name's "bin" joins it, and the person's possessive names the firm
  ['Quillon got $250 million from Harrow Corp, controlled by billionaire Ira Vance, as rivals close in.', [], ['Harrow']],
  ['Quillon secured $200 million from investors including Prince Khalid bin Saad’s Harrow Holding.', [], ['Harrow Holding']],
  // "A and B were the main investors", in English and Spanish
  ['Harrow Capital and Pell Fund were the main investors.', [], ['Harrow Capital', 'Pell Fund']],
  ['El gigante Quarry y el fondo Cathay han sido los principales inversores.', [], ['Quarry', 'Cathay']],
  // Portuguese and Spanish: "dois novos financiadores:", "nuevos inversores:" introduce a list
  ['Os 30 milhões foram angariados, a que se juntam dois novos financiadores: a Tejo Ventures e Serra Capital.', [], ['Tejo Ventures', 'Serra Capital']],
  ['La ronda de 5 millones suma dos nuevos inversores: Pampa Capital y Rio Fund.', [], ['Pampa Capital', 'Rio Fund']],
  // German: "federführend" is the lead
  ['Federführend investiert haben Nordholm Partners und Alpstein Capital.', ['Nordholm Partners', 'Alpstein Capital'], []],
  // a German article and adjectives of place describe the item after them
  ['Federführend investiert hätten die finnische Nordholm Partners und die kalifornische Alpstein Capital.', ['Nordholm Partners', 'Alpstein Capital'], []],
  ['Ebenso ziehen bestehende Investoren wie der österreichische Start-up-Finanzierer Pell Ventures oder Kessel Holdings mit.', [], ['Pell Ventures', 'Kessel Holdings']],
  ['Zum Investorenkreis zählen u.a. Jonas Brenner, Lea Marquardt oder Pit Anders, Vorstand des Branchenverbands.', [], ['Jonas Brenner', 'Lea Marquardt', 'Pit Anders']],
  // ", which led the round": the name before the pronoun led this round; ", which led its seed round" is its past
  ['“It is a fine team,” said Ana Ruiz, partner at Osprey Capital, which led the round.', ['Osprey Capital'], []],
  ['Kessel Holdings and Tamsin, which co-led the round, are both based in Leeds.', ['Kessel Holdings', 'Tamsin'], []],
  ['Mira Partners, which led the company’s seed round, also participated.', [], ['Mira Partners']],
  ['Tallyloop raised $5 million, with Osprey Capital leading the round.', ['Osprey Capital'], []],
  ['Sources say Leeds venture firm Osprey Capital has led the round, with participation from Kessel Holdings.', ['Osprey Capital'], ['Kessel Holdings']],
  ['All our seed investors doubled down, with Ana Ruiz from Harrow Ventures leading a strong new round.', ['Harrow Ventures'], []],
  ['It raised $50 million, with Mira Partners joining a list of investors that also includes Tamsin, Pell Ventures and Orchid Fund.', [], ['Mira Partners', 'Tamsin', 'Pell Ventures', 'Orchid Fund']],
  // an abbreviation inside a name, and the kind of the listed backers before the first
  ['Other investors in the round included hospital systems Leeds St. Mary Health, Tamsin Medical Center (TMC) and Ayla Health.', [],
    ['Leeds St. Mary Health', 'Tamsin Medical Center', 'Ayla Health']],
  ['In May it closed a $3 million seed round that included ocean fund Tamsin, marketplace Kessel and accelerator Orchid Lab.', [], ['Tamsin', 'Kessel', 'Orchid Lab']],
  ['Existing investor Mira Partners, the Leeds angel syndicate that gave Tallyloop its first £2m in 2019, has also followed on.', [], ['Mira Partners']],
  // the list after its verb
  ['Participating in the round were Kessel Holdings, Tamsin and Pell Ventures.', [], ['Kessel Holdings', 'Tamsin', 'Pell Ventures']],
  ['Also joining the round was Ines Varga, founder of Tessel.', [], ['Ines Varga']],
  // a proper name read as no name (two kind words) does not end the list after it
  ['The seed round was co-led by Ventures Platform and Kolade Capital, with Imani Angels.', ['Kolade Capital'], ['Imani Angels']],
  ['The $12 million round was joined by Sands Ridge Capital, Verity Capital and Falcon Ridge Capital.', [], ['Sands Ridge Capital', 'Verity Capital', 'Falcon Ridge Capital']],
  // a description before the names: by kind ("leading Gulf investment fund, X"), by nationality ("the Dutch bank")
  ['Tallyloop raised $3 million in a round led by leading Gulf investment fund, Kessel Partners, the startup said.', ['Kessel Partners'], []],
  ['Quillon raised $8 million in Series A funding from global logistics giants, Tamsin, Orchid and Pell.', [], ['Tamsin', 'Orchid', 'Pell']],
  ['Quillon said it had secured $50 million from investors including the Dutch lender, Kessel Holdings and Tamsin.', [], ['Kessel Holdings', 'Tamsin']],
  // a name owning a figure or a stage is another round's raiser, not one more backer
  ['Tallyloop raised $6 million from Kessel Holdings and Tamsin, followed by Quillon’s $15 million round.', [], ['Kessel Holdings', 'Tamsin']],
  ['The seed came from Orchid Ventures, Pell’s Series A a month later.', [], ['Orchid Ventures']],
  // a firm's possessive before a person names the person; a plural's possessive keeps the firm's unit
  ["The money came from investors such as Pell Ventures' Ana Ruiz, Kessel’s Tom Lee and Orchid.", [], ['Ana Ruiz', 'Tom Lee', 'Orchid']],
  ['The round was led by Goldman Sachs’ Merchant Banking Division.', ['Goldman Sachs’ Merchant Banking Division'], []],
  ['The largest contribution came from Osprey Partners, which is known for backing Tallyloop.', [], ['Osprey Partners']],
  // Spanish, Portuguese and Italian lists as their press writes them; an article and adjectives describe the name
  ['Quillon ha cerrado una ronda de 10 millones de euros, liderada por Pell Ventures, y donde también participan el Fondo Kessel, Orchid Capital y Tamsin.',
    ['Pell Ventures'], ['Fondo Kessel', 'Orchid Capital', 'Tamsin']],
  ['En esta operación han participado sus inversores actuales, entre los que destacan los españoles Kessel Capital, Orchid y el británico Pell Partners.', [], ['Kessel Capital', 'Orchid', 'Pell Partners']],
  ['A Quillon acaba de fechar uma ronda de 30 milhões de euros, com os investidores iniciais Kessel Ventures, Orchid e Tamsin Capital.', [], ['Kessel Ventures', 'Orchid', 'Tamsin Capital']],
  ['A Quillon levantou US$ 50 milhões com uma lista de novos investidores que inclui a Kessel Investments de Abu Dhabi.', [], ['Kessel Investments']],
  ['È significativo che a guidare l’investimento sia Pell Venture Capital.', ['Pell Venture Capital'], []],
  // a kind noun with its complement describes the name after it; "entre los que están" lists; Italian puts the verb first
  ['A rodada foi liderada pela empresa americana de investimentos Kessel Partners.', ['Kessel Partners'], []],
  ['La ronda fue liderada por la firma de capital riesgo Pell y han participado otros inversores, entre los que están el fondo Orchid y Tamsin.', ['Pell'], ['Orchid', 'Tamsin']],
  ['Il round è stato realizzato dal fondo Kessel Tech in qualità di lead investor.', ['Kessel Tech'], []],
  ['All’aumento di capitale ha partecipato anche Orchid Spa, azienda leader nel settore.', [], ['Orchid Spa']],
  // (but a kind noun after other words describes no backer: "fusión con la empresa de nómina Quillon")
  ['La ronda Serie A liderada por Pell y la fusión con la empresa de nómina mexicana Quillon.', ['Pell'], []],
  // after a Romance "de", a place opening the run says where the firm is from (a firm named for a place keeps it)
  ['La ronda fue liderada por la compañía de inversiones de Singapur Kessel, con la participación de Madrid Ventures.', ['Kessel'], ['Madrid Ventures']],
  // a source whose name holds a lowercase word, followed by its verb, is the next clause
  ['Quillon has received funding from Pell Financial, the affiliate of Orchid Group, Tech in Asia reported today.', [], ['Pell Financial']],
  // a description of people before their names is no part of them
  ['The seed round was led by billionaires Ana Ruiz and Tom Lee.', ['Ana Ruiz', 'Tom Lee'], []],
  ['The seed round was led by Billionaires Ana Ruiz and Tom Lee.', ['Ana Ruiz', 'Tom Lee'], []],
  ['A Quillon anuncia uma rodada semente de US$ 1,8 milhão coliderada pela Kessel e pela Pell Ventures.', ['Kessel', 'Pell Ventures'], []],
  ['17 Millionen Euro erhält das Startup von bisherigen Investoren wie dem Orchid-Fonds Kessel Capital und dem Frühphaseninvestor Tamsin.', [], ['Kessel Capital', 'Tamsin']],
  ["L'opération a été menée avec l'appui de Kessel, via ses fonds Alpha et Beta, ainsi qu'avec la société d'investissement Orchid et la société d'ingénierie logicielle Tamsin.",
    [], ['Kessel', 'Orchid', 'Tamsin']],
  ["Jerry Yang's AME Ventures was among other participants in the $6.6 million investment round.", [], ['AME Ventures']],
  // a participation verb before "such as", a dash-set "they include", a chief officer before a person
  ['Existing investors also participated, such as Kessel Global, Pell Partners and former Quill chief business officer Ana Ruiz.', [], ['Kessel Global', 'Pell Partners', 'Ana Ruiz']],
  ['Osprey Partners is leading the round, and all its existing investors — they include Kessel Capital, Orchid and Tom Lee — are participating.', ['Osprey Partners'], ['Kessel Capital', 'Orchid', 'Tom Lee']],
  // who owns an investor is no investor; a firm's arm is the investor
  ['Quillon raised $1 million in venture debt from Kessel Capital, a joint venture between Pell Holdings and Orchid Bank.', [], ['Kessel Capital']],
  ['The round was led by the likes of Pell Bank’s private financing arm Orchid Finance Corporation.', ['Orchid Finance Corporation'], []],
  // (a noun and its preposition are no description: "junto con la fusión con X" names no backer)
  ['La inversión de Pell, junto con la fusión con Quillon, nos permitirá crecer.', [], []],
  // a list closed by what its members did with the money, or by what they are in the round
  ['Kessel Holdings, Tamsin Partners and Orchid Ventures pumped the new capital into Tallyloop.', [], ['Kessel Holdings', 'Tamsin Partners', 'Orchid Ventures']],
  ['Previous backers, Kessel Holdings and Orchid Ventures are the two participants in the Series B round.', [], ['Kessel Holdings', 'Orchid Ventures']],
  // (but a description the next piece does not name is the list's end)
  ['Tallyloop drew $9 million from a cohort of new and old backers, all while the streaming giant Quillon raised $4 million.', [], []],
];

describe('investor lists', () => {
  it.each(cases)('%s', (sentence, leads, participants) => {
    const r = findInvestors(sentence, true);
    expect(r.leads.map((h) => h.name)).toEqual(leads);
    expect(r.participants.map((h) => h.name)).toEqual(participants);
  });

  it('reads "from" and "with" only in a sentence that states a round', () => {
    expect(findInvestors('Customers already include big names such as Hollis Bank and Ardent Retail.', false).participants).toEqual([]);
  });

  it('keeps offsets that point at the names', () => {
    const s = 'The round was led by Northgate Capital.';
    const [lead] = findInvestors(s, true).leads;
    expect(s.slice(lead!.start, lead!.end)).toBe('Northgate Capital');
  });
});
