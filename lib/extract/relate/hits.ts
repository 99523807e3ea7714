// Offsets of a sentence's spans, moved into its block: what evidence and highlights anchor on.
import type { SentenceInput } from './frame';
import type { Hit, NameHit } from './types';

export const hitOf = (inp: SentenceInput, start: number, end: number): Hit => ({ text: inp.text.slice(start, end), start: inp.start + start, end: inp.start + end });
export const shift = (h: NameHit, by: number): NameHit => ({ ...h, start: h.start + by, end: h.end + by });
