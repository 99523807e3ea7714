// Offsets of a sentence's spans, moved into its block: what evidence and highlights anchor on.
import type { SentenceInput } from './frame';
import type { Hit } from './types';

export const hitOf = (inp: SentenceInput, start: number, end: number): Hit => ({ text: inp.text.slice(start, end), start: inp.start + start, end: inp.start + end });
/** A span moved by `by` characters: a sentence's hit into its block. */
export const shift = <T extends Hit>(h: T, by: number): T => ({ ...h, start: h.start + by, end: h.end + by });
