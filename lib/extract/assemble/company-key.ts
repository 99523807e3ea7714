// When two mentions name one company: "SenseTime Group" and "SenseTime", "Insilico Medicine" and "Insilico".
// Looser than the store's identity key (lib/names): within one article a shorter form of a name is the same
// company; across articles only the store's conservative key decides. The folding is lib/names' own.
import { foldedWords } from '../../names';
import { CJK_CHAR } from '../lexicon/cjk';
import { LEGAL_SUFFIXES, ORG_WORDS } from '../lexicon/names';
import { isPlace } from '../recognize/places';

const LEGAL = new Set(LEGAL_SUFFIXES.map((s) => s.toLowerCase().replace(/\./g, '')));
const GENERIC = new Set(['group', 'holdings', 'holding', 'technologies', 'technology', 'labs', 'the', 'ai', 'io', 'app', 'inc', 'global']);

/** Words too common to stand for a company alone: "Capital" is no short form of "Harbor Capital". */
const ORG = new RegExp(`^(?:${ORG_WORDS.join('|')})$`, 'iu');

const CJK = new RegExp(`^${CJK_CHAR.source}`, 'u');

/** Folded words without possessive endings or legal forms: "Peter Thiel's Fund Inc." → peter thiel fund. */
export function nameTokens(name: string): string[] {
  return foldedWords(name.replace(/[’']s\b/g, '')).filter((t) => !LEGAL.has(t));
}

/** Same company: equal tokens, or one is the other's leading words and shares a distinctive one. */
export function sameCompany(a: string, b: string): boolean {
  const x = nameTokens(a), y = nameTokens(b);
  if (!x.length || !y.length) return false;
  if (x.join('') === y.join('')) return true;
  // "普济生物" and "南京普济生物有限公司": CJK names have no spaces; one inside the other is one company
  if (CJK.test(a) && CJK.test(b)) { const [s, l] = a.length <= b.length ? [a, b] : [b, a]; return s.length >= 2 && l.includes(s); }
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.every((t, i) => t === long[i]) && short.some((t) => !GENERIC.has(t))) return true;
  // "Ellicott City's Blackpoint Cyber" and "Blackpoint Cyber": what follows an owner's or a place's possessive
  const owned = (n: string): string => n.replace(/^.*?[’']s\s+(?=\p{Lu})/u, '');
  if ((owned(a) !== a || owned(b) !== b) && nameTokens(owned(a)).join(' ') === nameTokens(owned(b)).join(' ')) return true;
  // "Market Kurly" and "Kurly": one distinctive last word, no common word and no place
  const last = a.length <= b.length ? a : b;
  return short.length === 1 && long.at(-1) === short[0] && short[0]!.length >= 4 && !GENERIC.has(short[0]!)
    && !ORG.test(short[0]!) && !isPlace(last.trim());
}
