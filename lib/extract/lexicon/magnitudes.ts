// How big a figure is: scale words after it ("million", "bn", "crore", "Mio.") and numbers written as words.
// (Chinese, Japanese and Korean scales, 亿/万/억, are read by relate/cjk.ts with lexicon/cjk.ts.)

/**
 * What may not follow a scale word, so "m" in "5m" counts but not in "5 meters": a word boundary; any ASCII
 * letter; or a lower-case letter (with `õã`, so "milhões" does not stop at "milh"); or, for words in scripts
 * without case (Devanagari), any letter or combining mark.
 */
export type ScaleEnd = 'word' | 'letter' | 'lower' | 'lowerAccented' | 'script';

export interface ScaleWords {
  value: number;
  /** Pattern text for the words, tried in order. */
  words: readonly string[];
  end: ScaleEnd;
  /** "M", "m", "B", "K" are case-sensitive abbreviations ("MM" is million, "Mb" is not). */
  caseSensitive?: boolean;
}

/** Tried in this order: the first that matches right after the number is its scale. */
export const SCALES: readonly ScaleWords[] = [
  { value: 1e12, words: ['trillion', 'tn', 'trn', 'triliun'], end: 'word' },
  { value: 1e9, words: ['billions?', 'milliards?', 'Milliarden', 'Mrd\\.?', 'bilh(?:ões|ão|oes|ao)', 'miliard[io]', 'bn', 'bln', 'mil millones', 'miliar'], end: 'lower' },
  { value: 1e9, words: ['B', 'b'], end: 'letter', caseSensitive: true },
  { value: 1e6, words: ['millions?', 'millones', 'millón', 'millon', 'Millionen', 'milh(?:ões|ão|oes|ao)', 'milion[ie]', 'mn', 'mln', 'mio\\.?', 'juta'], end: 'lowerAccented' },
  { value: 1e6, words: ['MM', 'mm', 'M', 'm'], end: 'letter', caseSensitive: true },
  { value: 1e7, words: ['crores?', 'cr'], end: 'word' },
  // Brazilian headlines shorten milhões and bilhões: "levanta US$ 1,8 mi", "R$ 2 bi"
  { value: 1e6, words: ['mi'], end: 'word' },
  { value: 1e9, words: ['bi'], end: 'word' },
  // thousands in Italian, Spanish and Portuguese: "800mila euro", "500 mil euros" ("mil millones" is read above)
  { value: 1e3, words: ['mila', 'mil'], end: 'word' },
  { value: 1e5, words: ['lakhs?', 'lacs?'], end: 'word' },
  { value: 1e3, words: ['thousand', 'k', 'K'], end: 'lower', caseSensitive: true },
  // Hindi: करोड़ is written with the precomposed ड़ or with ड and a nukta
  { value: 1e7, words: ['करो(?:\u095c|\u0921\u093c)'], end: 'script' },
  { value: 1e5, words: ['लाख'], end: 'script' },
  { value: 1e9, words: ['अरब', 'बिलियन'], end: 'script' },
  { value: 1e6, words: ['मिलियन'], end: 'script' },
];

/** A scale abbreviation that means another scale after one currency: Indonesian writes miliar (billion) as "M"
 *  after rupiah ("Rp 492 M"; juta is "jt"). */
export const CURRENCY_SCALES: Readonly<Record<string, Readonly<Record<string, number>>>> = { IDR: { M: 1e9 } };

/** The scale words a number written in words must be followed by ("two million", never "two"). */
export const SCALES_AFTER_WORDS: readonly string[] = ['million', 'billion', 'trillion', 'thousand',
  // "oito milhões de dólares", "cinq millions d'euros", "zwei Millionen Euro", "tre milioni di euro"
  'millions', 'milliards?', 'millones', 'millón', 'mil millones', 'milh(?:ões|ão)', 'bilh(?:ões|ão)', 'mil milhões', 'milion[ie]', 'miliard[io]',
  'Millionen', 'Milliarden?'];

/**
 * Numbers written as words before a scale. The several-word ones come first: they are tried in this order,
 * so "a half" is read before "a".
 */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  'half a': 0.5, 'a half': 0.5, 'quarter of a': 0.25, 'several hundred': 300, 'a few': 3,
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
  // Spanish and Portuguese
  uno: 1, una: 1, um: 1, uma: 1, dos: 2, dois: 2, duas: 2, tres: 3, 'três': 3, cuatro: 4, quatro: 4, cinco: 5, seis: 6, siete: 7, sete: 7,
  ocho: 8, oito: 8, nueve: 9, nove: 9, diez: 10, dez: 10, quince: 15, quinze: 15, veinte: 20, vinte: 20, treinta: 30, trinta: 30,
  cuarenta: 40, quarenta: 40, cincuenta: 50, cinquenta: 50, cien: 100, cem: 100,
  // French and Italian
  un: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, vingt: 20, trente: 30, cinquante: 50, cent: 100,
  due: 2, tre: 3, quattro: 4, cinque: 5, sette: 7, otto: 8, dieci: 10, venti: 20, trenta: 30, cento: 100,
  // German
  eine: 1, ein: 1, zwei: 2, drei: 3, vier: 4, 'fünf': 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, zwanzig: 20, 'fünfzig': 50, hundert: 100,
};

/** Scale words of languages whose comma is the decimal one: "2,315 milliards d'euros" is 2.315 billion. */
export const DECIMAL_COMMA_SCALES: readonly string[] = ["millions d['’e]", 'milliards?', 'millones', 'millón', 'milh(?:ões|ão)', 'bilh(?:ões|ão)',
  'milion[ie]', 'miliard[io]', 'Millionen', 'Milliarden?', 'Mio\\.', 'Mrd\\.'];
