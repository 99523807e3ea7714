// The other names a sentence gives the raiser right after its name: "(CMB)", "aka Smart", "formerly X", and
// "X, the company behind Y" — where readers know the brand Y and the legal name X is the alias.
import type { NameSpan } from '../recognize/names';

const ALIAS_NAME = String.raw`([\p{Lu}\p{N}][\p{L}\p{N}.&-]*(?:\s[\p{Lu}][\p{L}\p{N}.&-]*){0,3})`;
const FORMERLY = String.raw`\(\s*(?:formerly\s+|legally\s+|legal\s+name\s+)?`;
const KNOWN_AS = String.raw`(?:,|\s[–—])\s*(?:aka|fka|also\s+known\s+as|formerly(?:\s+known\s+as)?|dba|doing\s+business\s+as|trading\s+as)\s+`;
const MAKER = String.raw`(?:company|startup|firm|developer|maker|operator)`;
const THE = String.raw`(?:the\s+(?:[\p{L}-]+\s+){0,3}?)?`;
/** ", the company behind X", ", the maker of X": X is the brand readers know. */
const BEHIND = String.raw`,\s*${THE}${MAKER}\s+(?:behind|of|(?:that|which)\s+(?:runs|operates))\s+(?:[\p{Ll}-]+\s+){0,3}`;
/** ", the parent company of X", ", the Delhi-headquartered company that owns payments platform X": the owner raised, X is its brand. */
const OWNER = String.raw`,\s*${THE}(?:${MAKER}\s+(?:that|which)\s+owns|(?:parent(?:\s+company)?|owner)\s+of)\s+(?:[\p{Ll}-]+\s+){0,3}`;
const ALIAS = new RegExp(String.raw`^\s*(?:${FORMERLY}|${KNOWN_AS})${ALIAS_NAME}\s*\)?`, 'u');
const BRAND = new RegExp(String.raw`^${BEHIND}${ALIAS_NAME}`, 'u');
const OWNED = new RegExp(String.raw`^${OWNER}${ALIAS_NAME}`, 'u');

/** "PRTC's Seaport", "IBM’s Red Hat": a ticker's possessive names the owner, not the raiser. */
const TICKER_OWNER = /^[A-Z]{2,5}[’']s\s+(?=\p{Lu})/u;
function withoutTickerOwner(span: NameSpan): NameSpan {
  const m = TICKER_OWNER.exec(span.text);
  return m ? { ...span, text: span.text.slice(m[0].length), start: span.start + m[0].length } : span;
}

/** The raiser's name as readers know it, and the other name the sentence gives it. */
export function withAlias(text: string, named: NameSpan): { span: NameSpan; alias: string | null } {
  const span = withoutTickerOwner(named);
  const owned = OWNED.exec(text.slice(span.end));
  if (owned) return { span, alias: owned[1]! };
  const brand = BRAND.exec(text.slice(span.end));
  if (!brand) return { span, alias: ALIAS.exec(text.slice(span.end))?.[1] ?? null };
  const at = span.end + brand[0].length - brand[1]!.length;
  return { span: { text: brand[1]!, start: at, end: at + brand[1]!.length, possessive: false }, alias: span.text };
}
