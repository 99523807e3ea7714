// "A, B and C raised $24M, $22M and $9.6M, respectively": names and figures paired in order. Only when the
// sentence gives exactly as many names as figures; otherwise nothing is paired (say less when unsure).
import { lastName, type NameSpan } from '../recognize/names';

const RESPECTIVELY = /\brespectively\b/i;
/** Where the list of names ends: its verb or a relative pronoun ("…and Smartworks which raised"). */
const LIST_END = /\s+(?:which|that|who|have|has|had|raised|secured|received|bagged|got|landed|closed|picked\s+up|took)\b/gi;
const ITEM_BREAK = /,\s*(?:and\s+)?|\s+and\s+|;\s*/g;

export interface Pair { name: NameSpan; figure: number }

/** The names before the first figure, one per list item that ends on a name. */
function listNames(head: string): NameSpan[] {
  const lastBreak = [...head.matchAll(ITEM_BREAK)].at(-1);
  const end = [...head.matchAll(LIST_END)].find((m) => m.index! > (lastBreak?.index ?? 0));
  const list = end ? head.slice(0, end.index) : head;
  const out: NameSpan[] = [];
  let from = 0;
  for (const m of [...list.matchAll(ITEM_BREAK), { index: list.length, 0: '' } as RegExpMatchArray]) {
    const piece = list.slice(from, m.index);
    const n = lastName(piece, 0);
    if (n) out.push({ ...n, start: n.start + from, end: n.end + from });
    from = m.index! + m[0].length;
  }
  return out;
}

/** Index of each figure's name, by order, when the sentence pairs them "respectively". */
export function pairRespectively(text: string, figures: { start: number }[]): Pair[] | null {
  if (figures.length < 2 || !RESPECTIVELY.test(text)) return null;
  const names = listNames(text.slice(0, figures[0]!.start));
  if (names.length !== figures.length) return null;
  return names.map((name, figure) => ({ name, figure }));
}
