// Places and demonyms: the gazetteer's countries and cities, and regions told by compass and continent.
import { describe, expect, it } from 'vitest';
import { isDemonym, isLocative } from './places';

describe('demonyms', () => {
  it.each([
    ['Indian', true], ['South Korean', true], ['Southeast Asian', true], ['East African', true], ['Pan-African', true],
    ['Latin American', true], ['Middle Eastern', true], ['Scottish', true], ['Catalan', true], ['Californian', true],
    ['Western Union', false], ['Central', false], ['North', false], ['Quillo', false],
  ])('%s → %s', (word, want) => expect(isDemonym(word)).toBe(want));
  it('a region\'s adjective is a locative, so "Southeast Asian mobile app X" names X', () => expect(isLocative('Southeast Asian')).toBe(true));
});

describe('the United States as Spanish and Portuguese write it', () => {
  it.each(['EE.UU.', 'EEUU', 'EUA'])('%s is a place', (p) => expect(isLocative(p)).toBe(true));
});
