/**
 * # lib/names — who is who (pure, no browser APIs)
 *
 * One place for name identity, used by the store (entity keys), compare (repeat investors) and export.
 * - `foldName(name)` — search form: lower case, no accents or punctuation
 * - `nameKey(name)`, `sameName(a, b)` — company identity: legal suffixes and a leading "the" dropped
 * - `investorKey(name)`, `investorMatchKeys(name)`, `sameInvestor(a, b)` — investor identity: also
 *   possessives ("Y Combinator's Continuity Fund") and firm-type words ("Sequoia Capital" = "Sequoia");
 *   a unit meets its owner ("Goldman Sachs' Principal Strategic Investments" meets "Goldman Sachs")
 * - `splitPossessive(name)`, `withoutPossessive(name)`
 * - `searchTokens(names)` — multiEntry search tokens
 */

export { foldName, foldedWords } from './fold';
export { nameKey, sameName, LEGAL_SUFFIXES } from './company';
export { investorKey, investorMatchKeys, sameInvestor } from './investor';
export { splitPossessive, withoutPossessive, type Possessive } from './possessive';
export { searchTokens } from './tokens';
