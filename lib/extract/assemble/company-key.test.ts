import { describe, expect, it } from 'vitest';
import { sameCompany } from './company-key';

describe('one company, two mentions', () => {
  it.each([
    ['Quillon Group', 'Quillon', true],
    ['Insight Quillon', 'Quillon', true], // a distinctive last word is a short form
    ['Harbor Capital', 'Capital', false], // a common word is not
    ['Harbor Labs', 'Labs', false],
    ['Northwind Kenya', 'Kenya', false], // nor a place
    ['Quillon', 'Bramble', false],
    ['Fernhill Town’s Quillon Cyber', 'Quillon Cyber', true], // an owner's or a place's possessive
    ['Fernhill’s Quillon', 'Bramble’s Quillon Labs', false],
  ])('%s / %s → %s', (a, b, same) => expect(sameCompany(a, b)).toBe(same));
});
