// Places and demonyms from the gazetteer (lexicon/places.json, built by scripts/build-gazetteer.ts).
import { oneOf } from '../lexicon/alternatives';
import { COMPASS_PREFIXES, LOCATIVE_SUFFIXES, REGION_ADJECTIVES, SUBNATIONAL_ADJECTIVES } from '../lexicon/locatives';
import data from '../lexicon/places.json';

const fold = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’']s$/, '').trim();
const PLACES = new Set(data.places.map(fold));
const DEMONYMS = new Set(data.demonyms.map(fold));
/** "U.S.", "USA", "U.K.", "E.U.", "UAE", "NZ", "HK" with or without their dots, whatever the gazetteer lists. */
/** (and Spanish and Portuguese "EE.UU.", "EUA") */
const US_UK_EU = /^(?:u\.?s\.?a?|u\.?k\.?|e\.?u\.?|u\.?a\.?e\.?|nz|hk|ksa|prc|ee\.?\s?uu\.?|eua)$/;
// (an en dash too: "Chelsea–based")
const LOCATIVE_SUFFIX = new RegExp(`[-–]${oneOf(LOCATIVE_SUFFIXES)}$`, 'i');

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

const REGION_ADJECTIVE = new Set([...REGION_ADJECTIVES, ...SUBNATIONAL_ADJECTIVES].map(fold));
/** Longest first, so "Southeast" is tried before "South"; "Pan-" may drop its hyphen. */
const COMPASS_WORDS = [...COMPASS_PREFIXES].sort((a, b) => b.length - a.length).map((p) => p.replace(/-$/, '-?').replace(/ $/, '\\s'));
const COMPASS = new RegExp(`^(?:${COMPASS_WORDS.join('|')})\\s?`, 'i');

/** "Indian", "Japanese", "Singaporean"; a region's "Southeast Asian", "East African", "Pan-European". */
export function isDemonym(name: string): boolean {
  const f = fold(name);
  if (DEMONYMS.has(f) || REGION_ADJECTIVE.has(f)) return true;
  const rest = name.trim().replace(COMPASS, '');
  return rest !== name.trim() && (DEMONYMS.has(fold(rest)) || REGION_ADJECTIVE.has(fold(rest)));
}

/** A place or a demonym, or a "-based" place descriptor ("Berlin-based"). */
export function isLocative(name: string): boolean {
  return isPlace(name) || isDemonym(name) || LOCATIVE_SUFFIX.test(name);
}
