// Words around a figure that say how exact it is, and the words that may join two figures into one amount.
import type { Qualifier } from '../../model';

/** Words just before a figure, as pattern text; the first group whose word ends right at the figure wins. */
export const QUALIFIERS: readonly (readonly [Qualifier, readonly string[]])[] = [
  ['more_than', ['more than', 'over', 'above', 'north of', 'upwards of', 'in excess of', 'at least', 'a little over', 'just over',
    'exceeding', 'excess of', '\\+', 'minimum of']],
  ['about', ['about', 'around', 'approximately', 'approx\\.?', 'roughly', 'nearly', 'almost', 'close to', 'closed to', 'some',
    'an estimated', 'estimated', 'circa', '~', 'just under', 'under', 'less than', 'reportedly']],
  ['up_to', ['up to', 'as much as', 'as high as', 'targeting', 'target of', 'seeking', 'looking to raise', 'aims to raise',
    'hopes to raise']],
];

/** Between a figure and the same amount in another currency in parentheses: "$8.5m (about €7.8m)". */
export const CONVERSION_WORDS: readonly string[] = ['about', 'approximately', 'approx\\.?', 'roughly', 'around', 'or', 'nearly', 'almost', 'some', 'then', '~'];

/** The same amount in another currency without parentheses: "$31 million, or about Rs 230 crore", "US$ 31 juta
 *  atau sekitar Rp 492 miliar", "4 M€, soit environ 4,3 M$". (Only across two currencies: "$5M or $6M" stays two.) */
export const CONVERSION_OR: readonly string[] = ['or', 'atau', 'soit', 'ou', 'o', 'bzw\\.'];
export const CONVERSION_OR_HEDGES: readonly string[] = ['about', 'around', 'roughly', 'approximately', 'nearly', 'some', 'sekitar', 'setara(?: dengan)?',
  'environ', 'près de', 'cerca de', 'unos', 'aproximadamente', 'rund', 'etwa'];

/** Between the two ends of a range: "$10-15 million", "$10 million to $15 million". */
export const RANGE_DASHES: readonly string[] = ['-', '–', 'to'];

/**
 * After a scaled figure with no currency of its own, words that let it share the previous figure's currency:
 * "raised 170 million dollars and Plata 250 million", "€5m in seed and 2 million in debt".
 */
export const SHARED_CURRENCY_NEXT: readonly string[] = ['in', 'de', 'en', 'of', 'para', 'for', 'from', 'y', 'and', 'e', 'et', 'und', 'led'];
