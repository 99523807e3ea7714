// Currencies as they are written around a figure: marks before it ("US$", "Rs", "€"), words after it
// ("million yen", "de dólares"), and the words that tell which country's "$" or "¥" a page means.

/**
 * Marks written before a figure and their ISO code, tried in this order so a longer mark wins over its
 * start ("US$" before "$", "Rs." before "Rs"). "$" and "¥" stay unresolved until the page's context says
 * which dollar or yen/yuan they are. Short letter marks (R, N, Sh, kr) count only glued to a digit.
 */
export const CURRENCY_BEFORE: readonly (readonly [mark: string, code: string])[] = [
  // (a code glued to its sign: "CAD$1.2 million", "USD$950,000")
  ['USD$', 'USD'], ['CAD$', 'CAD'], ['AUD$', 'AUD'], ['NZD$', 'NZD'], ['SGD$', 'SGD'], ['HKD$', 'HKD'],
  ['US$', 'USD'], ['U.S.$', 'USD'], ['USD', 'USD'], ['US $', 'USD'], ['S$', 'SGD'], ['SGD', 'SGD'], ['HK$', 'HKD'], ['HKD', 'HKD'],
  ['A$', 'AUD'], ['AU$', 'AUD'], ['AUD', 'AUD'], ['C$', 'CAD'], ['CA$', 'CAD'], ['CAD', 'CAD'], ['NT$', 'TWD'], ['NZ$', 'NZD'],
  ['NZD', 'NZD'], ['R$', 'BRL'], ['BRL', 'BRL'], ['MX$', 'MXN'], ['$', '$'], ['€', 'EUR'], ['EUR', 'EUR'], ['£', 'GBP'], ['GBP', 'GBP'],
  ['¥', '¥'], ['JPY', 'JPY'], ['CNY', 'CNY'], ['RMB', 'CNY'], ['₹', 'INR'], ['Rs.', 'INR'], ['Rs', 'INR'], ['INR', 'INR'],
  ['CHF', 'CHF'], ['₦', 'NGN'], ['NGN', 'NGN'], ['N', 'NGN'], ['KES', 'KES'], ['KSh', 'KES'], ['Ksh', 'KES'], ['Sh', 'KES'],
  ['₩', 'KRW'], ['KRW', 'KRW'], ['SEK', 'SEK'], ['NOK', 'NOK'], ['DKK', 'DKK'], ['kr', 'SEK'], ['ZAR', 'ZAR'], ['R', 'ZAR'],
  ['₱', 'PHP'], ['PHP', 'PHP'], ['Rp', 'IDR'], ['IDR', 'IDR'], ['RM', 'MYR'], ['MYR', 'MYR'], ['฿', 'THB'], ['AED', 'AED'],
  ['₺', 'TRY'], ['PLN', 'PLN'], ['zł', 'PLN'], ['VND', 'VND'], ['EGP', 'EGP'], ['COP', 'COP'], ['ARS', 'ARS'], ['CLP', 'CLP'],
  ['SAR', 'SAR'], ['SR', 'SAR'], ['QAR', 'QAR'], ['KWD', 'KWD'],
];

/**
 * Currency letters before a digit that may start a figure ("USD 5 million", "SGD 5 million", "BRL 20 milhões").
 */
export const CURRENCY_SCAN_LETTERS: readonly string[] = [
  'US', 'USD', 'S', 'HK', 'A', 'AU', 'C', 'CA', 'NT', 'NZ', 'R', 'MX', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'Rs', 'INR', 'CHF', 'NGN',
  'KES', 'KSh', 'Ksh', 'Sh', 'KRW', 'SEK', 'NOK', 'DKK', 'kr', 'ZAR', 'PHP', 'Rp', 'IDR', 'RM', 'MYR', 'AED', 'PLN', 'VND', 'EGP',
  'COP', 'ARS', 'CLP', 'N', 'SGD', 'HKD', 'AUD', 'CAD', 'NZD', 'BRL', 'SAR', 'SR', 'QAR', 'KWD',
];

export interface CurrencyWords {
  /** ISO code, or "$" for a dollar of unknown country. */
  code: string;
  /** Words after the figure, as pattern text ("pounds(?: sterling)?"), tried in order. */
  words: readonly string[];
  /** Signs that may follow the figure too ("12 €"). */
  signs?: readonly string[];
  /** "won" is a currency but "Won" also a verb; only these few are case-sensitive. */
  caseSensitive?: boolean;
  /** Accented words end before any letter, not at an ASCII word boundary. */
  accented?: boolean;
}

/** Currencies named after the figure: "130 million yen", "1,2 Mio. €", "50 millones de dólares". */
export const CURRENCY_AFTER: readonly CurrencyWords[] = [
  // (French writes the sign after the figure: "4,1 millions $", "12 M$")
  { code: '$', words: ['US dollars', 'U\\.S\\. dollars', '(?:de\\s+)?dollars', 'US-Dollar', 'Dollar', 'USD'], signs: ['\\$(?!\\s?\\d)'] },
  { code: 'EUR', words: ["(?:d['’]|de\\s+)euros", '(?:di\\s+)?euro', 'euros?', 'EUR'], signs: ['€'] },
  { code: 'GBP', words: ['pounds(?: sterling)?', 'GBP', 'sterling', 'de livres(?: sterling)?', 'Pfund'] },
  { code: 'CNY', words: ['yuan', 'RMB', 'renminbi', 'CNY'] },
  { code: 'JPY', words: ['yen', 'JPY'], signs: ['円'] },
  { code: 'KRW', words: ['won', 'KRW'], caseSensitive: true },
  { code: 'INR', words: ['rupees', 'INR', 'रुपये', 'रुपए', 'रुपया'], accented: true },
  { code: 'NGN', words: ['naira'] },
  { code: 'KES', words: ['(?:Kenyan )?shillings', 'KES'] },
  { code: 'ZAR', words: ['rand'] },
  { code: 'CHF', words: ['Swiss francs', 'CHF', 'de francs suisses', 'Franken'] },
  { code: 'SEK', words: ['kronor', 'SEK'] },
  { code: 'NOK', words: ['Norwegian kroner', 'NOK'] },
  { code: 'DKK', words: ['Danish kroner', 'DKK'] },
  { code: 'USD', words: ['de dólares', 'dólares', 'dolares', 'de dolares', 'dollars américains', 'di dollari', 'dollari'], accented: true },
  { code: 'MXN', words: ['pesos'] },
  { code: 'BRL', words: ['(?:de\\s+)?reais'] },
  { code: 'MYR', words: ['ringgit'] },
  { code: 'IDR', words: ['rupiah'] },
  { code: 'USD', words: ['dolar AS', 'dolar Amerika(?: Serikat)?', 'अमेरिकी डॉलर'], accented: true },
  { code: '$', words: ['डॉलर'], accented: true },
  { code: 'VND', words: ['dong'] },
  { code: 'THB', words: ['baht'] },
  { code: 'SGD', words: ['SGD', 'Singapore dollars'] },
  // a code after a bare "$" names which dollar: "$5M CAD"
  { code: 'CAD', words: ['CAD', 'Canadian dollars'] },
  { code: 'AUD', words: ['AUD', 'Australian dollars'] },
  { code: 'NZD', words: ['NZD'] },
  { code: 'HKD', words: ['HKD', 'Hong Kong dollars'] },
];

/** Country-code domains whose outlets write "$" for their own dollar. */
export const LOCAL_DOLLAR_TLDS: Readonly<Record<string, string>> = { sg: 'SGD', au: 'AUD', nz: 'NZD', ca: 'CAD', hk: 'HKD', tw: 'TWD' };

/** Words that make a bare "¥" the yuan: the currency's names and China's cities. */
export const CHINA_WORDS: readonly string[] = ['yuan', 'RMB', 'renminbi', 'China', 'Chinese', 'Beijing', 'Shanghai', 'Shenzhen', 'Hangzhou'];
/** Words that make a bare "¥" the yen. */
export const JAPAN_WORDS: readonly string[] = ['yen', 'Japan', 'Japanese', 'Tokyo', 'Osaka'];
