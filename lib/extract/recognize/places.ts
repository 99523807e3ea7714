// Places and demonyms from the gazetteer (lexicon/places.json, built by scripts/build-gazetteer.ts).
import { oneOf } from '../lexicon/alternatives';
import { LOCATIVE_SUFFIXES } from '../lexicon/locatives';
import data from '../lexicon/places.json';

const fold = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’']s$/, '').trim();
const PLACES = new Set(data.places.map(fold));
const DEMONYMS = new Set(data.demonyms.map(fold));
/** "U.S.", "USA", "U.K.", "E.U." with or without their dots, whatever the gazetteer lists. */
const US_UK_EU = /^(?:u\.?s\.?a?|u\.?k\.?|e\.?u\.?)$/;
const LOCATIVE_SUFFIX = new RegExp(`-${oneOf(LOCATIVE_SUFFIXES)}$`, 'i');

/** "Hong Kong", "Delhi's", "U.S." — a place, not an organization. */
export function isPlace(name: string): boolean {
  const f = fold(name);
  return PLACES.has(f) || PLACES.has(f.replace(/\./g, '')) || US_UK_EU.test(f);
}

/** "Indian", "Japanese", "Singaporean". */
export function isDemonym(name: string): boolean {
  return DEMONYMS.has(fold(name));
}

/** A place or a demonym, or a "-based" place descriptor ("Berlin-based"). */
export function isLocative(name: string): boolean {
  return isPlace(name) || isDemonym(name) || LOCATIVE_SUFFIX.test(name);
}
