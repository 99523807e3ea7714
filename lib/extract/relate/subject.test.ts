// Who raised, read from the words before the verb; sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { paragraphSubject, subjectBefore } from './subject';

const raiser = (s: string, verb: string): string | null => {
  const r = subjectBefore(s, s.indexOf(verb));
  return r?.kind === 'name' ? r.span.text : r?.kind ?? null;
};

describe('the raiser before the verb', () => {
  it.each([
    ['Payments company Tillo, which serves corner shops in Accra, announced today it has raised $5 million.', 'raised', 'Tillo'],
    ['Kestrel, a drone maker backed by two utilities, has raised $12 million.', 'raised', 'Kestrel'],
    // a description that ends on its name right before the verb, no comma closing it, is the subject
    ['Tillo raised $35 million led by Harrow, the device security startup Movara raised $14 million.', 'raised $14', 'Movara'],
    // where a named firm sits, right before its verb, is no subject
    ['Kessel Conductor Inc. in Ashby will receive $3,660,000 to develop its wires.', 'receive', 'Kessel Conductor Inc.'],
    ['Tillo Engineering in Marlow will receive $2 million.', 'receive', 'Tillo Engineering'],
    ['Lagos-based logistics company, Movara, closed a $3 million seed round.', 'closed', 'Movara'],
    ['Fenwick Bio Inc., of Cambridge, Mass., said it raised $30 million in a series B.', 'raised', 'Fenwick Bio Inc.'],
    ['The startup has raised $4 million.', 'raised', 'ref'],
    ['Today we are happy to announce that we have raised $2 million.', 'raised', 'ref'],
    ['Robotics Company Arvo Raises $22M For Warehouse Arms', 'Raises', 'Arvo'],
    ['Nimbl, el proveedor de pagos fundado por Ana Ruiz, recauda $19 millones.', 'recauda', 'Nimbl'],
    ['On April 8, the Shenzhen-based battery platform Voltra received $37 million.', 'received', 'Voltra'],
    ['Corvane Bio, a company formed last year by scientists from the University of Leeds, today announced $5 million in funding.', 'announced', 'Corvane Bio'],
    ['The Leeds-based medical data firm has drawn $10 million from a health fund.', 'drawn', 'ref'],
    ['Corvane Inc., a Leeds company developing a drug licensed from Harrow Pharma Corp. (HPC), has raised $40 million.', 'raised', 'Corvane Inc.'],
    // the outlet a company spoke to is no raiser (Spanish drops the subject pronoun)
    ['En entrevista con EL DIARIO, anunció una ronda de inversión Serie C por 40 millones de dólares.', 'anunció', null],
    // a kind noun before a name that a gazetteer also knows as a place
    ['French carbon credit financing provider Rize secured €3 million in pre-seed funding.', 'secured', 'Rize'],
    // a wire's dateline, and the source a report names first, are no subject
    ['TAMPA, Fla., Dec. 18, 2017 (GLOBE NEWSWIRE) -- Quillon Inc. announced today the closing of a $2 million placement.', 'announced', 'Quillon Inc.'],
    ['According to Recode, the startup just closed a $25 million round.', 'closed', 'ref'],
    // a relative clause between commas describes the subject before it; a name inside it raised nothing
    ['The Leeds-based photo app, which is built around Instagram, has just raised $2.6 million.', 'raised', 'ref'],
    // a parenthesis of several words before the verb is an aside
    ['A gestora Serra Ventures (que investiu em empresas como Pagly, Lumio e Fisiora) levantou US$ 500 milhões.', 'levantou', 'Serra Ventures'],
    // a column's name run into a headline's first name is no part of it
    ['Funding and M&A Roundup Quillon Secures €600 Million from a Bank', 'Secures', 'Quillon'],
    // a description with a complement refers to the raiser
    ['A startup de saúde anunciou um aporte semente de R$ 10 milhões.', 'anunciou', 'ref'],
    // a rubric before a colon opens a headline; a name ending the description after it is the subject
    ['Paiement : la startup frenchy Quillon lève 7 millions d’euros', 'lève', 'Quillon'],
    // a news agency's dateline is no segment of the sentence; an adverb opens no name
    ['Leeds, March 29 (PTA) The payments startup secured $15 million this week.', 'secured', 'ref'],
    ['Anyway, companies reported raising $142 million that day.', 'raising', null],
    // where the company sits is no segment of its name
    ['To kick things off Quillon Therapeutics based in Cambridge, MA secured $77 million in a Series B.', 'secured', 'Quillon Therapeutics'],
    // a crowd right before the verb raised: the tracker named before it did not
    ['Per the tracker, Pellmark Data, 140 startups raised at least $1 million last year.', 'raised', null],
    ['Pellmark Data says many Kenyan fintechs raised more than $5 million.', 'raised', null],
    ["D'après Le Quotidien, la startup a bouclé un tour de table de 12 millions d'euros.", 'bouclé', 'ref'],
    // a place's "-based" word before a description without its article
    ['Tallyloop, Leeds, UK-based company that helps farms sell online, has raised $25M.', 'raised', 'Tallyloop'],
    ['Leeds, Yorkshire-based Tallyloop has raised $25M.', 'raised', 'Tallyloop'],
    // who made the company is no raiser: the name (or the noun) it hangs from is
    ['Quillon app co-founded by Leeds developer raises $15.2m funding', 'raises', 'Quillon'],
    ['A new social media app, which was co-founded by a Northern Irishman, has raised $15.2m.', 'raised', 'ref'],
    // a name that is a whole segment, an article opening the next: the rest describes it, places and all
    ['7shifts, a four-year-old, Saskatoon, Saskatchewan-based maker of scheduling software, has raised $3.5 million.', 'raised', '7shifts'],
    ['8th Wall, a year-old, Palo Alto, Ca.-based provider of a platform that works with Google’s Tango, has raised $2.4 million.', 'raised', '8th Wall'],
    // a city in title case before a dash is a dateline when a capitalised article opens the sentence after it
    ['Leipzig – Der Leipziger Online-Marktplatz Quillo hat 4 Millionen Euro eingesammelt.', 'hat', 'Quillo'],
    ['Porto — A startup portuense Tallyloop fechou uma ronda de 3 milhões de euros.', 'fechou', 'Tallyloop'],
    // the founders in an appositive after a described company are no raisers
    ['The warehouse robotics and software firm, set up by engineers Ana Ruiz and Tom Lee, raised $40 million.', 'raised', 'ref'],
  ])('%s', (sentence, verb, expected) => {
    expect(raiser(sentence, verb)).toBe(expected);
  });
});

describe('the name a paragraph opens on', () => {
  it.each([
    ['Corvane laid off a fifth of its staff in May.', 'Corvane'],
    ['Tallyloop, the Leeds payroll startup, announced a new round on Tuesday.', 'Tallyloop'],
    // (a description that does not close before the verb says nothing sure about the subject)
    ['Tallyloop, which sells payroll, software and support, announced a round.', null],
    ['In a statement, the company said it would hire.', null],
    ['The team at Corvane Carbon thinks it has cracked soil chemistry.', 'Corvane Carbon'],
    // a lead that introduces one startup by that word, its subject no name
    ['Investment dollars are flocking to life sciences startup Corvane Medical Inc.', 'Corvane Medical Inc.'],
    ['Investors are backing fintech startup Tallyloop and its rival, health startup Quorra.', null],
    // a list item's label names what the item is about
    ['Quillon: In July, the gaming startup crossed 100 million users. It raised an equity round of Rs 300 crore.', 'Quillon'],
    // (but a ticker's date is no label)
    ['26. Mai 2021: Das Biotech-Startup Quill.Bio hat 12 Millionen Euro eingesammelt.', null],
    // a paragraph its founders open is about what they founded
    ['About a year ago, co-founder Ana Ruiz launched a new startup called Quillon.', 'Quillon'],
    ['Ana Ruiz and Tom Lee founded Quillon as a market stall in 2016. In 2017 the company raised £300,000.', 'Quillon'],
    // a person who speaks for a company puts the company in the subject, a bare title none
    ['Quillon CEO Tina Marsh said the market had turned.', 'Quillon'],
    ['CEO Tina Marsh said the market had turned.', null],
    // who led or invested is the paragraph's backer, not its subject
    ['Osprey has led a $12 million Series A round in Leeds-based payroll platform Quillon.', null],
    // people by their trade are no company
    ['Investigators tested the approach in a 16-patient trial.', null],
    // a later sentence that opens on a name described as a company between commas, in any language
    ['La scène lyonnaise compte une pépite de plus. Quillon, une startup spécialisée dans la paie, a franchi un cap.', 'Quillon'],
    ['El sector vive un gran año. Tallyloop, empresa de software agrícola, ha cerrado su ronda.', 'Tallyloop'],
    // (an investor described between commas is no company)
    ['The market turned in May. Osprey Capital, the Lagos investor, led three rounds.', null],
  ])('%s', (paragraph, expected) => expect(paragraphSubject(paragraph)).toBe(expected));
});
