// Names in running text, and what cannot be a company's or an investor's name.
import { describe, expect, it } from 'vitest';
import { afterKindNouns, firstName, isNameLike, nameRuns } from './names';

describe('name runs', () => {
  it.each([
    ['Fintech Startup Petal Raises $10M', ['Petal']],
    ['led by the Northern Fund of Ashby Venture Capital and KLM Ventures', ['Northern Fund of Ashby Venture Capital', 'KLM Ventures']],
    ['backed by 7 Seas Capital, eBay and iFood', ['7 Seas Capital', 'eBay', 'iFood']],
    ["Nigeria's Paystream and Toronto’s Kelvin", ['Paystream', 'Kelvin']],
    ['New York-based Rain', ['Rain']],
    ['Ana Ruiz-led Quillon Electric', ['Quillon Electric']],
    // Portuguese and Spanish "e" and "y" join items of a list, not words of a name
    ['empresas como Criteo, Pagly e Dropbox', ['Criteo', 'Pagly', 'Dropbox']],
    // a kind noun before a place alone is the name's own first word
    ['backed by Startup Ghana Limited and Pell Fund', ['Startup Ghana Limited', 'Pell Fund']],
    ['Frankfurt-listed Orwell Media Group', ['Orwell Media Group']],
    // a place word that opens a firm's name ("Falcón" is a Venezuelan state) stays in it
    ['joined by Falcon Ridge Capital and Boston Harbor Partners', ['Falcon Ridge Capital', 'Boston Harbor Partners']],
    ['with Source Point Capital and Today Brava Ventures', ['Source Point Capital', 'Brava Ventures']],
    // "-maker" describes the name after it; a sentence-opening adjective may still open a firm's name
    ['Lidar-maker Quanta and EV-maker Voltra', ['Quanta', 'Voltra']],
    ['with Leading Edge Capital, Global Founders Capital and Digital Ocean', ['Leading Edge Capital', 'Global Founders Capital', 'Digital Ocean']],
    // an age or a French article with its kind noun describes; a figure's number is no part of the name
    ['Two-year-old Quillware raised', ['Quillware']],
    ["L'entreprise Quill Good lève", ['Quill Good']],
    ['hat der Mobile-Gaming-Experte Quillo 2,5 Millionen eingesammelt', ['Quillo']],
    ['SoftBank Vision Fund 2 and Quill 12 million', ['SoftBank Vision Fund 2', 'Quill']],
    // the owner of a lettered round is the name, the round no part of it
    ['Quillon Health’s B Round', ['Quillon Health', 'B Round']],
    ['Der Robo-Advisor Quillon Capital', ['Quillon Capital']],
    ['Realtor Quillon Estates and Lender Tallyloop', ['Quillon Estates', 'Tallyloop']],
    // a German compound ending on a kind noun describes the name after it
    ['Der Leipziger Online-Marktplatz Quillo und der Start-up-Finanzierer Orchid', ['Quillo', 'Orchid']],
    // a statistic before a place is no part of a name
    ['GDP of Leeds', ['Leeds']],
    // (and so is a metric: "8.4x ARR")
    ['ARR of Quillon', ['Quillon']],
  ])('%s', (text, names) => {
    expect(nameRuns(text).map((r) => r.text)).toEqual(names);
  });
});

describe('what is no name', () => {
  it.each(['Hong Kong', 'Delhi', 'Indian', 'Japanese', 'Korea', 'Korean', '500M+', 'H1', 'Q3', 'FY2019', 'Vietnam', 'Asia', 'Series B', 'Specifically', 'Moreover', 'Managing Partner', '7', 'Deal Roundup', 'Fintech Weekly Digest', 'Euro', 'NZ', 'January-April', 'Online', 'Leading', 'Finanzierungssumme', 'Investitionsrunde', 'Decoding', '32 Quill Fires 120 Employees Within A Week Of', 'Quill Fires 120 Staff', 'H2 2024', 'Q3 2025', "FY'24", '21 Indian Startups', 'Biotech Founders', 'Zuvor', 'Geographically', 'Additionally', 'Proptechs', 'Startups', 'Ces', 'Cette', 'Après', 'SMEs', 'I’m', "We've", 'Mai 2021', 'Juin 2024', '14일', '3月', 'Serie-C-Runde', 'Seed-Finanzierung'])('%s', (n) => {
    expect(isNameLike(n)).toBe(false);
  });
  it.each(['Sequoia Capital', 'Ola', 'Max Hauser', '5Y Capital', 'Samsung', 'Swiss Re', 'Harbor Lane Artificial Intelligence Industry Equity Investment Fund', '500 Global', '500 Startups', 'Ally', 'Tally', 'Rally Health', 'Founders Fund'])('%s is one', (n) => {
    expect(isNameLike(n)).toBe(true);
  });
});

describe('the name after describing words', () => {
  it.each([
    ['Online beauty platform Nykora raised Rs 100 crore.', 'Nykora'],
    ['Leading crypto exchange Kestrel said…', 'Kestrel'],
  ])('%s', (text, name) => expect(firstName(text)?.text).toBe(name));
});

describe('the word after a kind noun', () => {
  const words = (text: string, nouns?: readonly string[]): string[] =>
    afterKindNouns(text, nouns).map((at) => text.slice(at).split(/\s/)[0]!);
  it.each([
    ['Investors back life sciences startup Canary Medical', ['Canary']],
    ['the financing provider Rize and the lender Brightwell', ['Rize', 'Brightwell']],
    ['Startup Quillon raised money', ['Quillon']],
    // a lower-case word after the noun is no name, whatever the case flag says
    ['the startup scene in Lagos', []],
    // "upstart" inside a longer word is no kind noun
    ['a counterstartup Nope', []],
  ])('%s', (text, expected) => expect(words(text)).toEqual(expected));
  it('reads only the nouns it is given', () => {
    expect(words('provider Rize and startup Canary', ['startup'])).toEqual(['Canary']);
  });
});
