// What a figure is — a round, a valuation, a total, a fund, a price — from the words around it. Own sentences.
import { describe, expect, it } from 'vitest';
import { findMoney } from '../recognize/money';
import { rolesOf } from './money-role';

const roles = (text: string) => rolesOf(text, findMoney(text)).map((m) => m.role);

describe('money roles', () => {
  it.each([
    ['Quill raised $12 million in a Series A.', ['round']],
    // a total over a lifetime, over a year's rounds, or the whole a share is taken of
    ['Harrow has raised over $2 billion in its lifetime.', ['total']],
    ['La fintech Quillon fue avaluada en US$2.450 millones en una ronda de US$350 millones.', ['valuation', 'round']],
    ['Quill raised over $233 million this year in two rounds.', ['total']],
    ['Kenyan start-ups raised 35% of the continent’s $4 billion in 2021.', ['total']],
    // a fund the money is for, and a company's money for its own business or its own unit
    ['Ana Ruiz has raised $20 million for a new $50 million fund.', ['fund', 'fund']],
    ['Harrow closed the first $60 million of a new $100 million fourth fund.', ['fund', 'fund']],
    ['Marlow also announced a $2 billion investment for its India operations.', ['other']],
    ['Its board approved a fully owned subsidiary, with SR5 million ($1.3 million) capital.', ['other']],
    ['Harrow Partners has committed $240 million to 14 deals so far this year.', ['total']],
    ['Lindqvist, which invested $95m across nine startups, came second.', ['total']],
    ['Maple Ventures has closed its third fund with $310 million in capital commitments.', ['fund']],
    ['The firm raised $150 million from its limited partners.', ['fund']],
    ['Legal tech startups raised in excess of $145m in May.', ['total']],
    ['Der Risikokapitalgeber Halden hat 300 Millionen Euro eingesammelt, die in Start-ups investiert werden sollen.', ['fund']],
    ['A gestora Serra Ventures levantou US$ 500 milhões para investir em startups da América Latina.', ['fund']],
    ['A fintech Pagly captou R$ 50 milhões para investir em tecnologia e expansão.', ['round']],
    ['The round was led by the Atlantic Innovation Fund, a €1 billion dual-use defence venture capital fund.', ['fund']],
    ['Harrow Partners has closed its fourth South-east Asia and India fund at a record $305 million.', ['fund']],
    ['The new fund far exceeded its original target of $230 million.', ['other']],
    ['The Austin-based firm raised $120 million, plus a $9 million side vehicle, for its debut fund in 2019.', ['fund', 'fund']],
    // the figure a valuation fell from is history; the one it fell to is today's
    ['The round has lowered Quill’s valuation from $4.5 billion to around $3 billion.', ['other', 'valuation']],
    ['The third most valued startup in Lagos, Quill, has raised another $16 million.', ['round']],
    ['The Series B was based on a total evaluation of $45 million.', ['valuation']],
    ['Rival Orla reached a valuation multiple of 30 after passing $1 billion in annual revenue.', ['other']],
    ['Quill alcanzó una valoración récord tras superar los $500M de ingresos.', ['other']],
    ['Quill raised $30 million in revenue-based financing.', ['round']],
    ['Quill raised $50 million at a $5 billion market valuation.', ['round', 'valuation']],
    ['Quill now has a $5 billion market cap.', ['other']],
    ['Quill a levé 50 millions d’euros, ce qui la valorise à 400 millions d’euros.', ['round', 'valuation']],
    ['It has raised £25m from the city’s Growing Places Fund to invest in young science companies.', ['fund']],
    ['Pellar said it closed its public offering of 8.3 million shares priced at $9 per share for gross proceeds of about $75 million.', ['other', 'other']],
    // what a company owes is no round; a word before the raise verb does not reach past it
    ['Two Quill subsidiaries received tax notices totaling INR 1,119.93 Cr.', ['other']],
    ['Quill Receives Tax Notices Worth ₹845 Crore', ['other']],
    ['Quill agreed to a $40 million settlement.', ['other']],
    ['Quill cerró 2024 con €53M de pérdidas netas (€59M en 2023).', ['other', 'other']],
    ['Quill raised $20M (€18M) in a Series A, up from $5M (€4M) in 2021.', ['round', 'other']],
    ['Quill and Pell announced plans for a $500bn AI infrastructure project in the US.', ['other']],
    ['Quill raised $5M for the project.', ['round']],
    // a contract won is revenue to come, not a round
    ['Quill Health lands $310m imaging contract with the state.', ['other']],
    ['Quill won a contract worth up to $310 million to supply the army.', ['other']],
    ['Quill raised $12M to deliver on its contracts.', ['round']],
    ['The round, which will ultimately close at $42 million, was co-led by Pell.', ['other']],
    ['The revenue platform Quill has raised $5M in a seed round.', ['round']],
    // a listed company's public offering: the market or the depositary shares after the figure
    ['Harlow Bio plc (HRLW) has raised US-$40m (€37m) at NASDAQ through the issuance of 3,100,000 American Depositary Shares.', ['other']],
    ['Harlow raised $60 million in its initial public offering on the NYSE.', ['other']],
    ['Harlow raised $60 million through a private placement with Pell Capital.', ['round']],
    ['Quill has now raised about $2.9 billion altogether.', ['total']],
    ['Quill joins $3.2 billion-funded Orla and $1.5-billion funded Pell.', ['other', 'other']],
    ['Three companies raised funding of $100 million or more this week.', ['total']],
    ['Junge Unternehmen aus der Gesundheitsbranche haben im ersten Halbjahr rund 250 Millionen Euro eingesammelt.', ['total']],
    ['Das Berliner Startup Quill hat 12 Millionen Euro eingesammelt.', ['round']],
    // "each" before the backers makes a share of the round; a unit's face value is a price
    ['Quill took Rs 1 crore each from Pell and Orla.', ['other']],
    ['Orla bought 200 debentures at a face value of INR 10 lakh each, putting INR 20 crore into Quill.', ['other', 'round']],
    // a firm's assets under management are no round
    ['Pell Partners has £6 billion of client investments under management.', ['other']],
    ['Its parent manages $28 billion in AUM.', ['other']],
    ['Corvid will acquire the assets of German sensor maker Optiq GmbH for $1.2 billion to expand its lidar line.', ['other']],
  ])('%s', (text, want) => expect(roles(text)).toEqual(want));
});
