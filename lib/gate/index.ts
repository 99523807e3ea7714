// The cheap gate: can this live page be a funding article at all? Decided from the DOM in well under 2 ms,
// before anything heavy happens. Readability's isProbablyReaderable says "looks like an article", but it
// counts characters and so rejects many Chinese/Japanese/Korean pages; the quick scan of the title, meta
// description and first paragraphs for money figures and funding words carries those.
// Only the small readerable module is imported, never the whole of Readability.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';

export interface GateResult {
  pass: boolean;
  /** Readability's verdict, asked only when the text scan alone cannot decide (funding words, no money). */
  readerable: boolean | null;
  /** The page has a few paragraphs of prose: what the popup calls "an article" when the gate says no. */
  articleLike: boolean;
  money: boolean;
  funding: boolean;
  /** Characters scanned. */
  scanned: number;
  ms: number;
}

/** A money figure: a currency sign or code next to a number, or a number with a scale word. */
export const MONEY =
  /(?:[$€£¥₹₩]|\b(?:US\$|USD|EUR|GBP|INR|Rs\.?|CHF|SGD|S\$|HK\$|A\$|C\$|R\$|CNY|RMB|JPY|KRW|AED|SAR|NGN|KES|ZAR|BRL|SEK|NOK|DKK|ILS|IDR|₦)\s?)\s?\d[\d.,]*|\d[\d.,]*\s?(?:million|billion|mn|bn|crore|lakh|milliards?|millions?|Mio\.?|Mrd\.?|millones|milhões|miljoen|miljard)\b|\d[\d.,]*\s?(?:万|億|亿|억|兆|千万)|\d[\d.,]*\s?(?:m|M|bn|B)\b(?=\s|[.,;)]|$)/;

/** Words that come with reports of an investment round, in the languages of the corpus and beyond. */
export const FUNDING =
  /\b(?:rais(?:es|ed|ing)|funding|fundraise|round|series [a-k]\b|seed|pre-seed|invest(?:ors?|ment|s|ed)|venture|backed|led by|valuation|valued|capital injection|financing|secures?|closes?|lands?|bags?|nets?|grabs?|mops? up|(?:levée|lève|levé) de fonds|lève|financement|finanzierungsrunde|investitionen|finanzierung|financiación|ronda|inversión|rodada|investimento|aporte|financieringsronde|investering|finansiering|investimento)\b|融资|投资|领投|跟投|轮|資金調達|出資|調達|투자|유치|시리즈|라운드/i;

const SCAN_LIMIT = 6000;

function metaContent(doc: Document, sel: string): string {
  return doc.querySelector(sel)?.getAttribute('content') ?? '';
}

/** The page's most telling text, up to SCAN_LIMIT characters: title, descriptions, headings, first paragraphs. */
export function gateText(doc: Document): { text: string; prose: number } {
  const parts: string[] = [
    doc.title ?? '',
    metaContent(doc, 'meta[name="description"]'),
    metaContent(doc, 'meta[property="og:title"]'),
    metaContent(doc, 'meta[property="og:description"]'),
  ];
  let n = parts.reduce((s, p) => s + p.length, 0);
  const h1 = doc.querySelector('h1');
  if (h1) {
    const t = (h1.textContent ?? '').slice(0, 500);
    parts.push(t);
    n += t.length;
  }
  // A live collection: reading `.length` would walk the whole document, so stop at the first missing item.
  const ps = doc.getElementsByTagName('p');
  let prose = 0;
  for (let i = 0; i < 60 && n < SCAN_LIMIT; i++) {
    const p = ps[i];
    if (!p) break;
    const t = (p.textContent ?? '').slice(0, 1500);
    if (t.length >= 140) prose++;
    parts.push(t);
    n += t.length;
  }
  return { text: parts.join('\n').slice(0, SCAN_LIMIT), prose };
}

/**
 * True when the page may report a funding round: funding words plus either a money figure or an
 * article-shaped page. Reads at most SCAN_LIMIT characters, whatever the page's size.
 */
export function gate(doc: Document, now: () => number = () => performance.now()): GateResult {
  const t0 = now();
  const { text, prose } = gateText(doc);
  const funding = FUNDING.test(text);
  const money = funding && MONEY.test(text);
  // Readability's check walks many nodes; it only decides the case of funding words without a figure.
  let readerable: boolean | null = null;
  if (funding && !money) {
    try {
      readerable = isProbablyReaderable(doc);
    } catch {
      readerable = false;
    }
  }
  const pass = funding && (money || readerable === true);
  return { pass, readerable, articleLike: readerable ?? prose >= 3, money, funding, scanned: text.length, ms: now() - t0 };
}
