// Places and demonyms from the gazetteer (lexicon/places.json, built by scripts/build-gazetteer.ts).
import data from '../lexicon/places.json';

const fold = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’']s$/, '').trim();
const PLACES = new Set(data.places.map(fold));
const DEMONYMS = new Set(data.demonyms.map(fold));

/** "Hong Kong", "Delhi's", "U.S." — a place, not an organization. */
export function isPlace(name: string): boolean {
  const f = fold(name);
  return PLACES.has(f) || PLACES.has(f.replace(/\./g, '')) || /^(?:u\.?s\.?a?|u\.?k\.?|e\.?u\.?)$/.test(f);
}

/** "Indian", "Japanese", "Singaporean". */
export function isDemonym(name: string): boolean {
  return DEMONYMS.has(fold(name));
}

/** A place or a demonym, or a "-based" place descriptor ("Berlin-based"). */
export function isLocative(name: string): boolean {
  return isPlace(name) || isDemonym(name) || /-(?:based|headquartered|born)$/i.test(name);
}
