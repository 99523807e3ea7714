import type { Evidence, FactKind } from '../model';

/** A text-quote selector for one fact: exact text, ~32 characters either side, and the sentence. */
export function makeEvidence(kind: FactKind, block: string, paragraph: number, start: number, end: number, quote: string, confidence: number): Evidence {
  return {
    kind, text: block.slice(start, end), paragraph, start, end,
    prefix: block.slice(Math.max(0, start - 32), start), suffix: block.slice(end, end + 32),
    quote, confidence,
  };
}
