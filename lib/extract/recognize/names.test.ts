// Names in running text, and what cannot be a company's or an investor's name.
import { describe, expect, it } from 'vitest';
import { isNameLike, nameRuns } from './names';

describe('name runs', () => {
  it.each([
    ['Fintech Startup Petal Raises $10M', ['Petal']],
    ['led by the Northern Fund of Ashby Venture Capital and KLM Ventures', ['Northern Fund of Ashby Venture Capital', 'KLM Ventures']],
    ['backed by 7 Seas Capital, eBay and iFood', ['7 Seas Capital', 'eBay', 'iFood']],
    ["Nigeria's Paystream and Toronto’s Kelvin", ['Paystream', 'Kelvin']],
    ['New York-based Rain', ['Rain']],
    ['Frankfurt-listed Orwell Media Group', ['Orwell Media Group']],
    // a place word that opens a firm's name ("Falcón" is a Venezuelan state) stays in it
    ['joined by Falcon Ridge Capital and Boston Harbor Partners', ['Falcon Ridge Capital', 'Boston Harbor Partners']],
    ['with Source Point Capital and Today Brava Ventures', ['Source Point Capital', 'Brava Ventures']],
  ])('%s', (text, names) => {
    expect(nameRuns(text).map((r) => r.text)).toEqual(names);
  });
});

describe('what is no name', () => {
  it.each(['Hong Kong', 'Delhi', 'Indian', 'Japanese', 'Vietnam', 'Asia', 'Series B', 'Specifically', 'Moreover', 'Managing Partner', '7', 'Deal Roundup', 'Fintech Weekly Digest', 'Euro', 'NZ', 'January-April'])('%s', (n) => {
    expect(isNameLike(n)).toBe(false);
  });
  it.each(['Sequoia Capital', 'Ola', 'Max Hauser', '5Y Capital'])('%s is one', (n) => {
    expect(isNameLike(n)).toBe(true);
  });
});
