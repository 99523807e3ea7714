// Places and demonyms from the gazetteer (lexicon/places.json, built by scripts/build-gazetteer.ts).
import { oneOf } from '../lexicon/alternatives';
import { LOCATIVE_SUFFIXES } from '../lexicon/locatives';
import data from '../lexicon/places.json';

const fold = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’']s$/, '').trim();
const PLACES = new Set(data.places.map(fold));
const DEMONYMS = new Set(data.demonyms.map(fold));
/** "U.S.", "USA", "U.K.", "E.U.", "UAE", "NZ", "HK" with or without their dots, whatever the gazetteer lists. */
const US_UK_EU = /^(?:u\.?s\.?a?|u\.?k\.?|e\.?u\.?|u\.?a\.?e\.?|nz|hk|ksa|prc)$/;
const LOCATIVE_SUFFIX = new RegExp(`-${oneOf(LOCATIVE_SUFFIXES)}$`, 'i');

/** Places the gazetteer writes in capitals ("MENA", "DACH"); other capitals are brands ("OYO" is no Oyo State). */
const CAPS_PLACES = new Set(data.places.filter((p) => /^\p{Lu}{2,}$/u.test(p)).map(fold));
const allCaps = (s: string): boolean => /^[\p{Lu}\s]{3,}$/u.test(s.replace(/[’']s$/, ''));

/** "Hong Kong", "Delhi's", "U.S." — a place, not an organization. */
export function isPlace(name: string): boolean {
  const f = fold(name);
  if (US_UK_EU.test(f)) return true;
  if (allCaps(name.trim()) && !CAPS_PLACES.has(f)) return false;
  return PLACES.has(f) || PLACES.has(f.replace(/\./g, ''));
}

/** "Indian", "Japanese", "Singaporean". */
export function isDemonym(name: string): boolean {
  return DEMONYMS.has(fold(name));
}

/** A place or a demonym, or a "-based" place descriptor ("Berlin-based"). */
export function isLocative(name: string): boolean {
  return isPlace(name) || isDemonym(name) || LOCATIVE_SUFFIX.test(name);
}
