// "A, B and C raised more than $100m each": one figure, several raisers — a round for every name of the list.
import { hitOf } from './hits';
import { listBefore } from './investors';
import type { SentenceInput } from './frame';
import type { Frame } from './types';

/** "each" right after the figure, or between the raisers and their verb ("A and B each raised $5M", "A et B qui
 *  ont chacun levé 4 M€", "A y B levantaron cada uno…", "A und B erhalten jeweils…"). */
const EACH_WORDS = String.raw`(?:each|chacun|chacune|cada\s+uno|cada\s+una|jeweils|ciascuno|ciascuna|cada)`;
const EACH_AFTER = new RegExp(String.raw`^\s*${EACH_WORDS}(?![\p{L}])`, 'iu');
const EACH_BEFORE = new RegExp(String.raw`(?<![\p{L}])${EACH_WORDS}\s*$`, 'iu');

/** The frame, then one copy for every other raiser its subject lists, when the sentence says "each". */
export function eachRaiser(inp: SentenceInput, f: Frame): Frame[] {
  if (!f.company || !f.amount) return [f];
  const end = f.company.end - inp.start;
  const at = f.amount.start - inp.start;
  const each = EACH_AFTER.test(inp.text.slice(f.amount.end - inp.start)) || EACH_BEFORE.test(inp.text.slice(end, at).replace(/\s*\S+\s*$/, ''));
  if (!each) return [f];
  const names = listBefore(inp.text, end);
  if (names.length < 2 || names.at(-1)!.name !== f.company.name) return [f];
  // every raiser took the figure, none led or joined another's round
  const others = names.slice(0, -1).map((n): Frame => ({ ...f, company: { name: n.name, ...hitOf(inp, n.start, n.end) }, leads: [], participants: [], aliases: [] }));
  return [...others, f];
}
